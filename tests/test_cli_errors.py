"""The `scores` command, and errors a player can meet on the command line.

Each error ends in one plain line on stderr and a non-zero status, never a
traceback; --debug adds the traceback for whoever maintains the game.
"""

import json

import pytest

from quiz import cli
from quiz.cli import main
from quiz.paths import DB_FILE
from quiz.store import Store
from quiz.tables import TableKey

PACKS = "us-and-them"
KEY = TableKey(PACKS, 10, 20)


def _one_line_error(err):
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("us-and-them-quiz: ")
    assert "Traceback" not in err
    return lines[0]


def test_scores_with_none_saved(capsys):
    assert main(["scores"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "No scores yet. Play a round to set one."
    assert err == ""


def test_scores_prints_every_table(_data_folder, capsys):
    store = Store()
    store.add_score(KEY, "Jianqing", 8450, 8, 10, 5)
    store.add_score(KEY, "Xiaoxiao", 9100, 9, 10, 6)
    store.add_score(TableKey(PACKS, 5, 10), "Ann", 3000, 3, 5, 2)
    store.close()
    assert main(["scores"]) == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "us-and-them (10 questions, 20 s)"
    assert lines[2].split()[:3] == ["1.", "Xiaoxiao", "9100"]
    assert lines[3].split()[:3] == ["2.", "Jianqing", "8450"]
    assert "us-and-them (5 questions, 10 s)" in out


def test_scores_json(_data_folder, capsys):
    store = Store()
    store.add_score(KEY, "见清", 8450, 8, 10, 5)
    store.close()
    assert main(["scores", "--json"]) == 0
    out, _ = capsys.readouterr()
    tables = json.loads(out)
    assert tables == [table.to_dict() for table in Store().all_tables()]
    assert (tables[0]["pack_set"], tables[0]["questions"], tables[0]["timer"],
            tables[0]["streak_bonus"], tables[0]["mode"], tables[0]["label"]) == \
        (PACKS, 10, 20, True, "solo", "10 questions, 20 s")
    entry = tables[0]["entries"][0]
    assert (entry["name"], entry["score"], entry["correct"], entry["total"], entry["best_streak"]) == \
        ("见清", 8450, 8, 10, 5)
    assert "见清" in out  # not escaped


def test_scores_with_a_damaged_file_says_so_and_carries_on(_data_folder, capsys):
    _data_folder.mkdir(parents=True)
    (_data_folder / DB_FILE).write_text("not a database at all\n" * 20)
    assert main(["scores"]) == 0
    out, err = capsys.readouterr()
    assert "No scores yet" in out
    assert "damaged" in err and ".corrupt-" in err and "Traceback" not in err
    assert any(".corrupt-" in p.name for p in _data_folder.iterdir())


@pytest.fixture
def broken_data_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("this should have been a folder")
    monkeypatch.setenv("US_AND_THEM_QUIZ_DATA", str(blocker / "data"))
    return blocker / "data"


def test_scores_with_a_broken_data_folder(broken_data_folder, capsys):
    assert main(["scores"]) == 1
    out, err = capsys.readouterr()
    line = _one_line_error(err)
    assert str(broken_data_folder) in line and "cannot be read" in line
    assert "US_AND_THEM_QUIZ_DATA" in line  # says what to do
    assert out == ""


def test_debug_shows_the_traceback(broken_data_folder, capsys):
    assert main(["scores", "--debug"]) == 1
    _, err = capsys.readouterr()
    assert "Traceback" in err and "QuizError" in err
    assert err.strip().splitlines()[-1].startswith("us-and-them-quiz: The high scores")


def test_a_bad_pack_for_questions(capsys):
    assert main(["questions", "--pack", "no-such-pack"]) == 1
    out, err = capsys.readouterr()
    assert _one_line_error(err) == ("us-and-them-quiz: No pack called 'no-such-pack'. "
                                    "Run 'us-and-them-quiz packs' to list them.")
    assert out == ""


def test_a_bad_pack_for_play_stops_before_any_window(capsys):
    assert main(["play", "--pack", "no-such-pack", "--frames", "1"]) == 1
    _, err = capsys.readouterr()
    assert "No pack called 'no-such-pack'" in _one_line_error(err)


def test_a_bad_flag_is_one_sentence_pointing_at_help_and_exits_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["play", "--timer", "forever"])
    assert stop.value.code == 2
    _, err = capsys.readouterr()
    assert err.splitlines() == [
        "us-and-them-quiz play: Argument --timer: must be a number of seconds or 'off'. "
        "Run 'us-and-them-quiz play --help' to see what it accepts."]


def test_an_unknown_flag_names_it_and_exits_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["questions", "--colour"])
    assert stop.value.code == 2
    _, err = capsys.readouterr()
    assert len(err.splitlines()) == 1
    assert "Unrecognized arguments: --colour" in err and "--help" in err


def test_an_unexpected_error_is_one_sentence_pointing_at_debug(monkeypatch, capsys):
    def broken(args):
        raise RuntimeError("the flux capacitor\nis not fluxing")

    monkeypatch.setitem(cli.HANDLERS, "packs", broken)
    assert main(["packs"]) == 1
    _, err = capsys.readouterr()
    line = _one_line_error(err)
    assert "RuntimeError: the flux capacitor is not fluxing" in line and "--debug" in line
    assert main(["packs", "--debug"]) == 1
    _, err = capsys.readouterr()
    assert "Traceback" in err and "RuntimeError" in err


def test_a_file_system_error_names_the_path(tmp_path, monkeypatch, capsys):
    target = tmp_path / "out.yaml"

    def denied(args):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setitem(cli.HANDLERS, "import", denied)
    assert main(["import", "in.json", "-o", str(target)]) == 1
    _, err = capsys.readouterr()
    assert _one_line_error(err) == (f"us-and-them-quiz: Could not use {target}: permission denied. "
                                    "Check the path and try again.")


def test_a_broken_pipe_is_not_an_error(monkeypatch):
    def closed(args):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setitem(cli.HANDLERS, "scores", closed)
    assert main(["scores"]) == 0


def test_the_game_plays_on_with_a_broken_data_folder(broken_data_folder, capsys):
    # Nothing can be saved, but the window opens and runs its frames.
    assert main(["play", "--frames", "3"]) == 0
    _, err = capsys.readouterr()
    assert "Traceback" not in err


def test_play_help_names_the_saved_packs_as_the_default(capsys):
    from quiz.cli import main

    with pytest.raises(SystemExit):
        main(["play", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "default: the packs chosen on the game's Packs screen" in out


def test_a_missing_pack_file_is_called_a_missing_file(capsys, tmp_path):
    code = main(["play", "--pack", str(tmp_path / "nope.yaml"), "--frames", "1"])
    err = capsys.readouterr().err
    assert code != 0 and "There is no file" in err and "No pack called" not in err


def test_validate_counts_the_files_of_a_folder_and_always_sums_up(capsys, tmp_path):
    from quiz.paths import questions_dir

    folder = questions_dir() / "us-and-them"
    files = sum(1 for f in folder.rglob("*") if f.suffix in (".yaml", ".yml", ".json"))
    assert files > 1
    assert main(["validate", str(folder)]) == 0
    assert capsys.readouterr().err.strip().startswith(f"{files} files checked: no errors")
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: Bad\nquestions: 3\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("1 file checked: 1 error")


def test_an_unknown_argument_points_to_the_commands_own_help(capsys):
    with pytest.raises(SystemExit):
        main(["packs", "extra"])
    err = capsys.readouterr().err
    assert "Run 'us-and-them-quiz packs --help'" in err and "extra" in err
