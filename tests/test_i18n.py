"""The game's languages: the catalogues are complete and current, the words a
player reads go through them, and the language is chosen by the locale, the
Settings screen and --lang, in that rising order."""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from app_helpers import TextBoxes, key, make_app, step
from quiz import cli, i18n
from quiz.i18n import Msg, lazy

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "quiz" / "locale"
POT = LOCALE / "quiz.pot"
PO = LOCALE / "zh_CN" / "LC_MESSAGES" / "quiz.po"
MO = LOCALE / "zh_CN" / "LC_MESSAGES" / "quiz.mo"
EXTRACT = ["-F", "babel.cfg", "-k", "_", "-k", "N_", "-k", "pgettext:1c,2", "-k", "ngettext:1,2"]


def _catalogue(path: Path):
    with open(path, "rb") as f:
        return read_po(f)


def _entries(catalogue):
    return {(m.context, m.id): m for m in catalogue if m.id}


# ---------------------------------------------------------------- the catalogue


def test_every_message_has_a_chinese_translation_that_is_not_fuzzy():
    template = _entries(_catalogue(POT))
    chinese = _entries(_catalogue(PO))
    assert set(template) == set(chinese), "run pybabel update (docs/translating.md)"
    for key_, message in chinese.items():
        assert "fuzzy" not in message.flags, key_
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(s.strip() for s in strings), f"no translation for {key_}"
    assert not _catalogue(PO).obsolete


def test_the_template_holds_exactly_the_words_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", *EXTRACT,
                    "-o", str(fresh), "."], cwd=ROOT, check=True, capture_output=True)
    found = set(_entries(_catalogue(fresh)))
    kept = set(_entries(_catalogue(POT)))
    assert found - kept == set(), "new words: re-extract quiz/locale/quiz.pot and translate them"
    assert kept - found == set(), "words no longer in the code: re-extract quiz/locale/quiz.pot"


def test_the_compiled_catalogue_says_what_the_po_says():
    with open(MO, "rb") as f:
        compiled = gettext.GNUTranslations(f)
    for (context, msgid), message in _entries(_catalogue(PO)).items():
        if isinstance(msgid, tuple):
            for n, form in ((1, 0), (2, 0)):
                got = (compiled.npgettext(context, *msgid, n) if context
                       else compiled.ngettext(*msgid, n))
                assert got == message.string[form], msgid
        else:
            got = compiled.pgettext(context, msgid) if context else compiled.gettext(msgid)
            assert got == message.string, msgid


PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%[sd]|%\([a-z_]+\)[sd]")


def test_every_translation_keeps_the_placeholders_of_its_english():
    for (context, msgid), message in _entries(_catalogue(PO)).items():
        ids = msgid if isinstance(msgid, tuple) else (msgid,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = sorted(PLACEHOLDER.findall(ids[-1]))
        for said in strings:
            assert sorted(PLACEHOLDER.findall(said)) == wanted, (msgid, said)


def test_the_catalogues_are_shipped_with_the_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["quiz"]
    shipped = {p for pattern in patterns for p in (ROOT / "quiz").glob(pattern)}
    for path in (POT, PO, MO):
        assert path in shipped, path
    assert any(dep.startswith("Babel") for dep in config["project"]["optional-dependencies"]["test"])


# ---------------------------------------------------------------- the layer


def test_languages_follow_locale_names():
    assert i18n.normalise("zh_CN.UTF-8") == "zh_CN"
    assert i18n.normalise("zh-Hans") == "zh_CN"
    assert i18n.normalise("en_GB") == "en"
    assert i18n.normalise("C") is None and i18n.normalise("fr_FR") is None


def test_the_system_language_is_the_first_the_environment_asks_for(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr:zh_TW:en")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.system_language() == "en"


def test_a_word_kept_for_later_is_translated_when_shown_in_the_language_then(chinese):
    back = lazy.pgettext("go back", "Back")
    assert back == "Back" and isinstance(back, Msg)  # still the key it was made from
    assert i18n._(back) == "返回"
    assert i18n._("") == ""  # never the catalogue's header
    i18n.set_language("en")
    assert i18n._(back) == "Back"


def test_counts_take_the_catalogues_plural_forms(chinese):
    assert i18n.ngettext("{n} question", "{n} questions", 1).format(n=1) == "1 道题"
    assert i18n.ngettext("{n} question", "{n} questions", 7).format(n=7) == "7 道题"
    i18n.set_language("en")
    assert i18n.ngettext("{n} question", "{n} questions", 1).format(n=1) == "1 question"
    assert i18n.ngettext("{n} question", "{n} questions", 7).format(n=7) == "7 questions"


# ---------------------------------------------------------------- every screen in Chinese


def _english_words():
    """Pieces of English the interface says (between placeholders), with their translations."""
    pieces = {}
    for (context, msgid), message in _entries(_catalogue(PO)).items():
        ids = msgid if isinstance(msgid, tuple) else (msgid,)
        said = message.string[0] if isinstance(message.string, tuple) else message.string
        for english in ids:
            for piece in PLACEHOLDER.split(english):
                piece = piece.strip(" ·:;,.()!?…–—'\"“”+")
                if re.search(r"[A-Za-z]{3}", piece) and piece not in said:
                    pieces[piece] = said
    return pieces


def _content(app):
    """Words that come from the packs (titles, questions, names), not from the interface."""
    from quiz.deck import all_questions

    packs = app.selected_packs()
    words = [p.title for p in packs] + [p.description or "" for p in packs]
    for q in all_questions(packs):
        words += [q.question, q.explanation or "", q.category, str(getattr(q, "source", "") or "")]
        words += [str(c) for c in getattr(q, "choices", None) or ()]
    return words


def _untranslated(lines, content):
    pieces = _english_words()
    found = []
    for line in lines:
        if any(line.strip() in c for c in content if c):
            continue  # a question's or a pack's own words
        for piece in pieces:
            whole_word = re.search(rf"(?<![A-Za-z]){re.escape(piece)}(?![A-Za-z])", line)
            if whole_word and (" " in piece or line.strip() == piece):
                if not any(piece in c for c in content if c):
                    found.append(f"{piece!r} in {line!r}")
    return found


def _visit_every_screen(app, seen):
    """Each screen a player can reach, with what it drew: menus, a round, learn mode, a party."""
    from quiz.ui.party_start import PartyChoice

    def look(name):
        step(app, 3)
        seen(name)

    look("title")
    for screen in ("setup", "packs", "high_scores", "settings", "controls", "statistics", "learn"):
        app.router.show(screen)
        look(screen)
        for _ in range(6):  # each row's help, and the focused look
            key(app, "DOWN")
        look(screen + " (focus moved)")
        app.router.back_to("title")
    app.router.show("learn")
    key(app, "RETURN")
    look("learn question")
    key(app, "1")
    look("learn feedback")
    app.router.back_to("title")
    key(app, "RETURN")  # Play
    step(app, 30)
    look("question")
    key(app, "ESCAPE")
    look("pause")
    key(app, "ESCAPE")
    while app.router.top_name == "question":
        key(app, "1")
        look("feedback")
        app.clock.advance(1.0)
        key(app, "RETURN")
    look("results")
    app.router.back_to("title")
    app.router.show("party_lobby", names=["林见清", "方小晓"],
                    choice=PartyChoice(rounds=1, questions=2, timer=20.0, seed=3))
    look("party lobby")
    key(app, "UP")
    key(app, "RETURN")
    look("party rule")
    for _ in range(60):
        if app.router.top_name != "party":
            break
        key(app, "RETURN")
        key(app, "1")
        key(app, "7")
        step(app, 120)
        look("party")
    look("podium")


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_no_screen_in_chinese_shows_an_english_interface_word_or_spills_a_word(
        monkeypatch, chinese, size, silent_sound):
    boxes = TextBoxes(monkeypatch)
    app = make_app(size, overrides={"seed": 4, "questions": 3, "formats": "classic"})
    problems, screens = [], []
    try:
        app.update_settings(last_name="方小晓")
        content = _content(app)

        def seen(name):
            screens.append(name)
            problems.extend(f"{name}: {p}" for p in _untranslated(boxes.texts, content))
            problems.extend(f"{name}: {p}" for p in boxes.outside(size))
            if size == (960, 540):
                problems.extend(f"{name}: {p}" for p in boxes.smaller_than(11))
            boxes.clear()

        _visit_every_screen(app, seen)
    finally:
        app.close()
    assert {"title", "settings", "controls", "results", "pause", "party lobby", "podium"} <= set(screens)
    assert problems == []


def test_the_check_finds_an_english_word_left_on_a_chinese_screen(monkeypatch, chinese):
    # The same check as above, on a screen whose translation is taken away for the test.
    boxes = TextBoxes(monkeypatch)
    app = make_app((960, 540))
    try:
        app.router.show("settings")
        step(app, 2)
        assert _untranslated(boxes.texts, _content(app)) == []
        i18n.set_language("en")
        step(app)
        boxes.clear()
        app.invalidate()
        step(app)
        assert any("Auto-advance" in p for p in _untranslated(boxes.texts, _content(app)))
    finally:
        app.close()


# ---------------------------------------------------------------- choosing the language


def test_settings_choose_the_language_at_once_and_keep_it(monkeypatch, silent_sound):
    boxes = TextBoxes(monkeypatch)
    app = make_app((1280, 720))
    try:
        app.router.show("settings")
        step(app)
        row = next(r for r in app.stack.top.rows if r.label == "Language")
        assert row.value_text() == "System"
        while app.stack.top.menu.items[app.stack.top.menu.focus] is not row:
            key(app, "DOWN")  # as a player gets there: the rows scroll to follow the focus
        boxes.clear()
        key(app, "RIGHT")  # System -> English -> 中文
        key(app, "RIGHT")
        assert app.settings.language == "zh_CN" and i18n.language() == "zh_CN"
        assert "设置" in boxes.texts and "语言" in boxes.texts  # the very next frames
        assert app.store.load_settings().language == "zh_CN"
        key(app, "RIGHT")  # back to the system's (English here)
        assert app.settings.language is None and i18n.language() == "en"
    finally:
        app.close()
    again = make_app((1280, 720))
    try:
        assert i18n.language() == "en"
    finally:
        again.close()


def test_a_saved_language_beats_the_locale_and_lang_beats_both(monkeypatch):
    first = make_app((960, 540))
    first.update_settings(language="zh_CN")
    first.close()
    monkeypatch.setenv("LANGUAGE", "en_US")
    app = make_app((960, 540))
    app.close()
    assert i18n.language() == "zh_CN"
    app = make_app((960, 540), overrides={"lang": "en"})
    app.close()
    assert i18n.language() == "en"


def test_lang_on_the_command_line_speaks_for_every_command(tmp_path, capsys):
    pack = tmp_path / "broken.yaml"
    pack.write_text("title: [unclosed\n", encoding="utf-8")
    assert cli.main(["validate", str(pack), "--lang", "zh_CN"]) == 1
    assert "已检查 1 个文件：1 个错误" in capsys.readouterr().err
    assert cli.main(["--lang=en", "validate", str(pack)]) == 1
    assert "1 file checked: 1 error" in capsys.readouterr().err
    assert cli.main(["--lang", "zh_CN", "scores", "--yes"]) != 0
    assert "--pack-set 和 --yes 需与 --reset 一起使用" in capsys.readouterr().err
    assert cli.main(["play", "--pack", str(tmp_path / "none.yaml"), "--lang", "zh_CN"]) != 0
    assert "没有文件" in capsys.readouterr().err


def test_lang_refuses_a_language_it_does_not_have(capsys):
    assert cli.main(["--lang", "fr", "packs"]) == 2
    err = capsys.readouterr().err
    assert "--lang" in err and "zh_CN" in err


def test_lang_reaches_the_game_window(capsys, monkeypatch, tmp_path):
    shot = tmp_path / "title.png"
    assert cli.main(["--lang", "zh_CN", "--frames", "3", "--size", "960x540",
                     "--screenshot", str(shot)]) == 0
    assert shot.exists() and i18n.language() == "zh_CN"


# ---------------------------------------------------------------- the phone page


def _page_words(html: str) -> set[str]:
    fixed = set(re.findall(r"<[^>]*\bdata-t\b[^>]*>([^<]+)<", html))
    said = set(re.findall(r'\bt\("((?:[^"\\]|\\.)*)"', html))
    return fixed | said


def test_every_word_of_the_phone_page_is_in_the_catalogue():
    from quiz.phones import words
    from quiz.phones.server import page_html

    html = page_html()
    found = _page_words(html)
    assert len(found) > 20
    assert found <= set(words.PAGE_WORDS), found - set(words.PAGE_WORDS)


def test_the_phone_page_comes_in_the_games_language_with_its_hooks(chinese):
    from quiz.phones.server import page_html
    from quiz.phones.words import localise

    page = localise(page_html())
    assert '<html lang="zh-Hans">' in page
    assert '"Join the quiz": "加入问答"' in page
    assert '<input id="name" name="name"' in page and '<button id="join"' in page
    assert "data-answer" in page
    i18n.set_language("en")
    english = localise(page_html())
    assert '<script id="words" type="application/json">{}</script>' in english
