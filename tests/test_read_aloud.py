"""Read aloud: each question and its options are handed to the speech engine once, the last
one stops when the question changes or the game ends, and no engine means silence, not a crash."""

import sys

from app_helpers import EXAMPLES, key, make_app, step
from quiz.speech import SILENT, Speaker, engine_start, find_engine, spoken_text
from quiz.ui.question.aloud import words_for


class FakeProcess:
    def __init__(self):
        self.killed = False
        self.done = False

    def poll(self):
        return 0 if (self.killed or self.done) else None

    def kill(self):
        self.killed = True

    def wait(self, timeout=None):
        return 0


class FakeEngine:
    """Stands in for espeak-ng: records what it was asked to say, in which voice."""

    def __init__(self):
        self.said = []
        self.processes = []

    def __call__(self, text, voice):
        self.said.append((text, voice))
        process = FakeProcess()
        self.processes.append(process)
        return process


def test_the_words_are_the_question_then_each_option_by_number():
    assert spoken_text("Who directed it?", ("Rene Liu", "Zhang Yibai")) == (
        "Who directed it? 1. Rene Liu. 2. Zhang Yibai.")
    assert spoken_text("后来的我们是谁导演的？", ("刘若英",)) == "后来的我们是谁导演的？ 1. 刘若英."


def test_saying_something_new_stops_the_last():
    engine = FakeEngine()
    speaker = Speaker(engine)
    assert speaker.available and speaker.say("one")
    assert speaker.speaking
    speaker.say("two", "zh_CN")
    assert engine.processes[0].killed and not engine.processes[1].killed
    assert engine.said[1] == ("two", "cmn")  # espeak-ng's Mandarin voice
    speaker.stop()
    assert engine.processes[1].killed and not speaker.speaking


def test_no_engine_is_silence_and_a_failing_one_is_too():
    assert find_engine(lambda name: None) is None
    assert not SILENT.available and SILENT.say("anything") is False
    SILENT.stop()

    def broken(text, voice):
        raise OSError("the engine went away")

    speaker = Speaker(broken)
    assert speaker.say("hello") is False and not speaker.speaking


def test_a_real_engine_runs_without_blocking_and_is_killed(tmp_path):
    # A stand-in program that reads stdin and then sleeps, as a long sentence would.
    program = tmp_path / "slow-engine"
    program.write_text(f"#!{sys.executable}\nimport sys, time\nsys.stdin.read()\ntime.sleep(30)\n")
    program.chmod(0o755)
    process = engine_start(str(program))("words", "en")
    try:
        assert process.poll() is None  # started and still speaking: say() did not wait
    finally:
        speaker = Speaker(lambda text, voice: process)
        speaker.say("x")
        speaker.stop()
    assert process.poll() is not None


def _round_app(engine, **settings):
    app = make_app((960, 540), overrides={"seed": 4, "questions": 3},
                   speech=Speaker(engine))
    app.update_settings(sound=False, formats="classic", **settings)
    return app


def test_off_by_default_nothing_is_said():
    engine = FakeEngine()
    app = _round_app(engine)
    try:
        assert app.settings.read_aloud is False
        key(app, "RETURN")
        step(app, 30)
        assert engine.said == []
    finally:
        app.close()


def test_each_question_is_said_once_and_the_last_stops_when_it_changes():
    engine = FakeEngine()
    app = _round_app(engine, read_aloud=True)
    try:
        key(app, "RETURN")
        step(app, 30)
        first = app.router.top.round.question
        assert engine.said == [(words_for(first), "en")]
        assert first.question in engine.said[0][0] and first.choices[0] in engine.said[0][0]
        key(app, "1")
        app.clock.advance(1.0)
        key(app, "RETURN")
        step(app, 5)
        second = app.router.top.round.question
        assert [text for text, _ in engine.said] == [words_for(first), words_for(second)]
        assert engine.processes[0].killed
        # Pausing hides the question and stops the voice; it is said again on resuming.
        key(app, "ESCAPE")
        assert engine.processes[1].killed
        key(app, "RETURN")  # Resume
        step(app, 3)
        assert len(engine.said) == 3 and engine.said[2][0] == words_for(second)
    finally:
        app.close()
    assert engine.processes[-1].killed  # the game ended: no voice goes on


def test_turning_it_off_stops_the_voice():
    engine = FakeEngine()
    app = _round_app(engine, read_aloud=True)
    try:
        key(app, "RETURN")
        step(app, 5)
        app.update_settings(read_aloud=False)
        assert engine.processes[0].killed
    finally:
        app.close()


def test_the_chinese_voice_when_the_game_speaks_chinese(chinese):
    engine = FakeEngine()
    app = _round_app(engine, read_aloud=True)
    try:
        key(app, "RETURN")
        step(app, 5)
        assert engine.said and engine.said[0][1] == "cmn"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in engine.said[0][0])  # the film's Chinese
    finally:
        app.close()


def test_an_english_pack_is_read_in_english_in_the_chinese_interface(chinese):
    from quiz.packs import load_file

    engine = FakeEngine()
    app = make_app((960, 540), overrides={"seed": 4, "questions": 3}, speech=Speaker(engine),
                   chosen_packs=[load_file(EXAMPLES / "my-pack.yaml")])
    app.update_settings(sound=False, formats="classic", read_aloud=True)
    try:
        key(app, "RETURN")
        step(app, 5)
        assert engine.said and engine.said[0][1] == "en"
    finally:
        app.close()


def test_the_settings_row_says_when_there_is_no_engine():
    app = make_app((1280, 720), speech=SILENT)
    try:
        app.router.show("settings")
        step(app)
        labels = [getattr(row, "label", "") for row in app.router.top.rows]
        assert "Read aloud: no speech engine found" in labels
        row = next(r for r in app.router.top.rows if r.label.startswith("Read aloud"))
        assert "No speech engine" in row.help
        row.activate()  # turning it on changes the setting, and the game stays silent
        assert app.settings.read_aloud
        app.router.replace("title")
        key(app, "RETURN")
        step(app, 10)
        assert app.router.top_name == "question"
    finally:
        app.close()
    with_engine = make_app((1280, 720), speech=Speaker(FakeEngine()))
    try:
        with_engine.router.show("settings")
        step(with_engine)
        assert "Read aloud" in [getattr(r, "label", "") for r in with_engine.router.top.rows]
    finally:
        with_engine.close()


def test_the_engine_is_looked_for_by_name_espeak_ng_first():
    asked = []

    def which(name):
        asked.append(name)
        return "/opt/speech/" + name if name == "espeak" else None

    start = find_engine(which)
    assert start is not None and asked == ["espeak-ng", "espeak"]
