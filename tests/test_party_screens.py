"""Party screens, driven headless through the window's own event queue.

The title's Party opens the lobby; players join with their zone's keys or a
pad; three-player parties in each mode are played with posted key events (two
players' keys in one frame) to a podium that lists every player; a pad pulled
out mid-question holds the party and says whose it was. Time moves on the
app's FakeClock only.
"""

from __future__ import annotations

import pygame
import pytest

from app_helpers import TextBoxes, click, key, make_app, step
from fake_pads import use_fake_pads
from party_helpers import typed_words, zone_presses
from quiz.party import game as party_game
from quiz.party.players import KEYBOARD, PAD, Controller
from quiz.ui.party_start import PartyChoice

NAMES = ["Ann", "Bo", "Cy"]
# pygame key names of each zone's four answer keys, as the default bindings have them.
ZONES = [["1", "2", "3", "4"], ["7", "8", "9", "0"], ["q", "w", "e", "r"], ["u", "i", "o", "p"]]


# No sound device is opened in these tests.
pytestmark = pytest.mark.usefixtures("silent_sound")


def post_keys(app, *names):
    """Key presses all in the same frame."""
    for name in names:
        code = pygame.key.key_code(name)
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0))
    step(app)


def lobby_with(apps, names, size=(1280, 720), **choice):
    app = make_app(size)
    apps.append(app)
    choice.setdefault("timer", 20.0)
    choice.setdefault("seed", 3)
    app.router.show("party_lobby", names=names, choice=PartyChoice(**choice))
    step(app)
    return app


def start_from_lobby(app):
    key(app, "UP")       # from the first row up to Start, the last
    key(app, "RETURN")
    assert app.router.top_name == "party"
    return app.router.top.party


def pad_event(kind, **attrs):
    pygame.event.post(pygame.event.Event(kind, **attrs))


# ---------------------------------------------------------------- lobby


def test_party_on_the_title_opens_the_lobby_where_zones_join_get_ready_and_leave(apps):
    app = make_app()
    apps.append(app)
    labels = [b.label for b in app.router.top.buttons]
    for _ in range(labels.index("Party")):
        key(app, "DOWN")
    key(app, "RETURN")
    assert app.router.top_name == "party_lobby"
    lobby = app.router.top.lobby
    post_keys(app, "3", "9")            # zones 1 and 2 join in the same frame
    key(app, "e")                        # zone 3 joins
    seats = {p.controller.ident: p for p in lobby.players}
    assert sorted(seats) == [0, 1, 2]
    assert [p.name for p in lobby.players] == ["Player 1", "Player 2", "Player 3"]
    assert len({p.colour for p in lobby.players}) == 3 and len({p.shape for p in lobby.players}) == 3
    assert not lobby.can_start
    key(app, "UP")                       # up to Start, the last row
    key(app, "RETURN")                  # Start with nobody ready: refused
    assert app.router.top_name == "party_lobby"
    post_keys(app, "1", "7", "q")       # each zone's first key: ready
    assert lobby.can_start
    key(app, "r")                        # zone 3's last key: leaves
    assert [p.controller.ident for p in lobby.players] == [0, 1]
    key(app, "RETURN")
    assert app.router.top_name == "party"
    assert [p.seat for p in app.router.top.party.players] == [0, 1]


def test_the_lobby_chooses_the_mode_and_the_rounds(apps):
    app = lobby_with(apps, NAMES)
    scene = app.router.top
    key(app, "RIGHT")
    assert scene.choice.mode == "buzz"
    key(app, "RIGHT")
    assert scene.choice.mode == "turns"
    key(app, "DOWN")
    rounds = scene.choice.rounds
    key(app, "RIGHT")
    assert scene.choice.rounds == rounds + 1
    key(app, "DOWN")     # past Player
    key(app, "DOWN")     # past Phones
    key(app, "DOWN")
    key(app, "RETURN")
    party = app.router.top.party
    assert party.mode == "turns" and party.round_count == rounds + 1


def type_text(app, text):
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=text))
    step(app)


def test_the_player_row_renames_a_player_by_typing_and_keeps_names_distinct(apps):
    app = lobby_with(apps, NAMES)
    scene = app.router.top
    key(app, "DOWN")
    key(app, "DOWN")                      # the Player row
    assert scene.player_row_words() == "Player: Ann"
    key(app, "RIGHT")
    assert scene.player_row_words() == "Player: Bo"
    key(app, "RETURN")                    # type a name for Bo
    for _ in range(2):
        key(app, "BACKSPACE")
    type_text(app, "Mei 美")               # letters that are zone keys are text now
    key(app, "RETURN")
    assert [p.name for p in scene.lobby.players] == ["Ann", "Mei 美", "Cy"]
    key(app, "RIGHT")                     # to Cy; a taken name is refused and typing goes on
    key(app, "RETURN")
    for _ in range(2):
        key(app, "BACKSPACE")
    type_text(app, "ann")
    key(app, "RETURN")
    assert scene.naming is not None and scene.lobby.player(2).name == "Cy"
    assert any("already taken" in t.message for t in app.toasts.items)
    key(app, "ESCAPE")                    # keep the old name; Esc does not leave the lobby
    assert scene.naming is None and app.router.top_name == "party_lobby"
    assert scene.lobby.player(2).name == "Cy"


def test_delete_on_the_player_row_removes_that_player_and_a_click_renames(apps):
    app = lobby_with(apps, NAMES, size=(960, 540))
    scene = app.router.top
    key(app, "DOWN")
    key(app, "DOWN")
    key(app, "RIGHT")
    key(app, "DELETE")                    # Bo goes
    assert [p.name for p in scene.lobby.players] == ["Ann", "Cy"]
    box = scene.seat_boxes(scene.layout()["grid"])[2]   # Cy's card
    click(app, box.center)
    assert scene.naming is not None and scene.picked == 2
    type_text(app, "!")
    key(app, "RETURN")
    assert scene.lobby.player(2).name == "Cy!"
    rounds = scene.choice.rounds
    click(app, scene.row_rects(scene.layout()["side"])[1].center)   # the Rounds row
    assert scene.choice.rounds == rounds + 1 and scene.focus == 1


# ---------------------------------------------------------------- whole parties


def press_answers(app, party, wanted):
    """Each seat in ``wanted`` (seat -> right?) answers by its zone's keys, whatever the
    kind; every seat's last key in one frame, so answers can share a frame. A typed
    question is typed at the keyboard by the one seat that types (Take turns: whose turn)."""
    q = party.question
    if q.kind == "typed":
        [(seat, right)] = wanted.items()
        assert app.router.top.typist() == seat
        type_text(app, typed_words(q, right))
        key(app, "RETURN")
        return
    presses = {seat: zone_presses(q, right) for seat, right in wanted.items()}
    for seat, keys in presses.items():
        for option in keys[:-1]:
            key(app, ZONES[seat][option])
    post_keys(app, *(ZONES[seat][keys[-1]] for seat, keys in presses.items()))


def play_to_podium(app, party, right_seat=0):
    """Seat ``right_seat`` answers right, the others wrong; two keys share a frame."""
    for _ in range(400):
        if app.router.top_name == "party_podium":
            return
        party = app.router.top.party
        if party.phase != party_game.ASKING:
            key(app, "RETURN")
            continue
        if party.mode == "everyone":
            press_answers(app, party, {0: True, 1: False})     # one frame, two players
            press_answers(app, party, {2: False})
        elif party.mode == "buzz":
            right = party.question.answer
            wrong = (right + 1) % len(party.question.choices)
            post_keys(app, ZONES[1][wrong], ZONES[0][wrong])   # Bo buzzes first
            key(app, ZONES[1][wrong])                          # and answers wrong
            key(app, ZONES[0][right])                          # Ann buzzes to steal
            key(app, ZONES[0][right])                          # and answers right
        else:
            seat = party.turn
            press_answers(app, party, {seat: seat == 0})
    raise AssertionError("the party never reached its podium")


@pytest.mark.parametrize("mode", ["everyone", "buzz", "turns"])
def test_a_three_player_party_in_each_mode_reaches_a_podium_of_everyone(apps, mode):
    app = lobby_with(apps, NAMES, rounds=2, questions=3, mode=mode)
    party = start_from_lobby(app)
    assert party.phase == party_game.RULE and party.round_count == 2
    play_to_podium(app, party)
    podium = app.router.top.podium
    assert [e.player.name for e in podium.entries][0] == "Ann"
    assert sorted(e.player.name for e in podium.entries) == sorted(NAMES)
    ann = podium.entries[0]
    asked_ann = 6 if mode != "turns" else 2   # take turns: questions 1 and 4 of six
    assert ann.right == asked_ann and ann.score > 0 and ann.place == 1 and not ann.tied
    for entry in podium.entries[1:]:
        assert entry.score == 0 and entry.right == 0
    if mode == "everyone":
        assert all(e.answered == 6 for e in podium.entries)


def test_answers_are_timed_when_their_event_arrived(apps):
    app = lobby_with(apps, NAMES, rounds=1, questions=1)
    party = start_from_lobby(app)
    key(app, "RETURN")
    app.clock.advance(2.0)
    right = party.question.answer
    post_keys(app, ZONES[1][right], ZONES[0][right], ZONES[2][right])
    reveal = party.reveal
    assert party.phase == party_game.REVEAL
    times = {r.seat: r.elapsed for r in reveal.results}
    assert times[0] == pytest.approx(times[1]) == pytest.approx(times[2])
    assert 2.0 <= times[0] <= 2.2
    assert all(r.correct and r.points > 0 for r in reveal.results)


def test_play_again_keeps_the_players(apps):
    app = lobby_with(apps, NAMES, rounds=1, questions=2)
    play_to_podium(app, start_from_lobby(app))
    before = app.router.top.party.players
    key(app, "RETURN")
    assert app.router.top_name == "party"
    again = app.router.top.party
    assert again.players == before and again.phase == party_game.RULE
    assert again.stats(0).score == 0


def test_a_finished_party_files_every_player_once_in_a_party_table(apps):
    app = lobby_with(apps, NAMES, rounds=1, questions=2)
    play_to_podium(app, start_from_lobby(app))
    step(app, 3)  # the podium's frames must not file the party again
    (table,) = [t for t in app.store.all_tables() if t.key.mode.startswith("party:")]
    assert table.key.mode == "party:everyone" and table.key.questions == 2
    assert [e.name for e in table.entries] == ["Ann"]  # the others scored 0
    assert not [t for t in app.store.all_tables() if t.key.mode == "solo"]
    assert app.last_table == table.key     # High scores opens on it
    key(app, "RETURN")                     # play again: a second party, a second set of lines
    play_to_podium(app, app.router.top.party)
    (table,) = [t for t in app.store.all_tables() if t.key.mode.startswith("party:")]
    assert [e.name for e in table.entries] == ["Ann", "Ann"]


class Tracks:
    """Stands in for the sound player: which loops and effects the screens asked for."""

    def __init__(self):
        self.music, self.played = [], []

    def play(self, name):
        self.played.append(name)

    def play_music(self, name):
        if not self.music or self.music[-1] != name:
            self.music.append(name)

    def set_music(self, enabled):
        pass

    set_volume = set_enabled = set_music

    def warm(self):
        pass

    def close(self):
        pass


def test_the_reveal_builds_up_then_counts_the_scores_and_music_follows_the_party(apps,
                                                                                   monkeypatch):
    from quiz.party.show import BUILD_UP, COUNT_UP, MOVE

    boxes = TextBoxes(monkeypatch)
    app = lobby_with(apps, NAMES, rounds=1, questions=1)
    tracks = app._sound = Tracks()
    app.router.top.on_enter()
    party = start_from_lobby(app)
    key(app, "RETURN")                          # past the rule
    right = party.question.answer
    post_keys(app, ZONES[0][right], ZONES[1][(right + 1) % 4], ZONES[2][(right + 1) % 4])
    assert party.phase == party_game.REVEAL
    boxes.clear()
    app.invalidate()
    step(app)
    assert "And the answer is…" in " ".join(boxes.texts)
    assert tracks.played[-1] == "buildup"
    app.clock.advance(BUILD_UP + max(COUNT_UP, MOVE))
    boxes.clear()
    step(app)
    text = " ".join(boxes.texts)
    ann = party.reveal.result(0).points
    assert "And the answer is…" not in text and f"{ann:,} (+{ann:,})" in text
    assert tracks.played[-1] == "right"
    assert tracks.music[:3] == ["lobby", None, "lobby"] and "question" in tracks.music
    key(app, "RETURN")                          # the podium: the music stops, a fanfare plays
    assert app.router.top_name == "party_podium"
    assert tracks.music[-1] is None and tracks.played[-1] == "fanfare"


def test_with_reduced_motion_the_reveal_shows_everything_at_once(apps, monkeypatch):
    boxes = TextBoxes(monkeypatch)
    app = lobby_with(apps, NAMES, rounds=1, questions=1)
    app.update_settings(reduced_motion=True)
    party = start_from_lobby(app)
    key(app, "RETURN")
    right = party.question.answer
    post_keys(app, ZONES[0][right], ZONES[1][right], ZONES[2][right])
    boxes.clear()
    app.invalidate()
    step(app)
    text = " ".join(boxes.texts)
    assert "And the answer is…" not in text
    assert f"{party.reveal.result(0).points:,} (+" in text


# ---------------------------------------------------------------- pads


def test_a_pad_joins_answers_and_its_loss_mid_question_holds_the_party(apps, monkeypatch):
    from quiz.ui import party_start

    monkeypatch.setattr(party_start, "PARTY_KINDS", ("choice",))  # one button answers
    app = lobby_with(apps, ["Ann"], rounds=1, questions=2)
    use_fake_pads(app)
    pad_event(pygame.CONTROLLERDEVICEADDED, device_index=0)
    step(app)
    pad_event(pygame.CONTROLLERBUTTONDOWN, instance_id=40, button=pygame.CONTROLLER_BUTTON_A)
    step(app)
    lobby = app.router.top.lobby
    pad_player = lobby.player_for(Controller(PAD, 0))
    assert pad_player is not None and pad_player.seat == 1
    pad_event(pygame.CONTROLLERBUTTONDOWN, instance_id=40, button=pygame.CONTROLLER_BUTTON_START)
    step(app)
    assert lobby.can_start
    party = start_from_lobby(app)
    key(app, "RETURN")
    assert party.phase == party_game.ASKING
    boxes = TextBoxes(monkeypatch)
    pad_event(pygame.CONTROLLERDEVICEREMOVED, instance_id=40)
    step(app)
    assert party.paused and [p.name for p in party.waiting_for] == ["Player 2"]
    left = party.time_left()
    app.clock.advance(5.0)
    boxes.clear()
    app.invalidate()
    step(app)
    assert party.time_left() == pytest.approx(left)
    assert "Waiting for Player 2's gamepad" in " ".join(boxes.texts)
    key(app, ZONES[0][0])                          # no press counts while held
    assert party.answered == frozenset()
    pad_event(pygame.CONTROLLERDEVICEADDED, device_index=0)
    step(app)
    assert not party.paused
    right = party.question.answer
    buttons = (pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_B,
               pygame.CONTROLLER_BUTTON_X, pygame.CONTROLLER_BUTTON_Y)
    pad_event(pygame.CONTROLLERBUTTONDOWN, instance_id=40, button=buttons[right])
    step(app)
    assert party.answered == frozenset({1})
    key(app, ZONES[0][(right + 1) % 4])
    assert party.reveal.result(1).correct and not party.reveal.result(0).correct


def test_names_past_the_keyboard_zones_wait_for_the_next_pad_to_join(apps):
    names = ["Ann", "Bo", "Cy", "Di", "Ed"]
    app = lobby_with(apps, names, rounds=1, questions=1)
    scene = app.router.top
    assert [p.name for p in scene.lobby.players] == names[:4] and scene.pad_names == ["Ed"]
    use_fake_pads(app)
    pad_event(pygame.CONTROLLERDEVICEADDED, device_index=0)
    step(app)
    pad_event(pygame.CONTROLLERBUTTONDOWN, instance_id=40, button=pygame.CONTROLLER_BUTTON_A)
    step(app)
    ed = scene.lobby.player_for(Controller(PAD, 0))
    assert ed is not None and ed.name == "Ed" and ed.ready and ed.seat == 4
    assert scene.pad_names == [] and scene.lobby.can_start


# ---------------------------------------------------------------- words on screen


def test_party_words_stay_in_their_boxes_and_readable_at_the_smallest_window(apps, monkeypatch):
    boxes = TextBoxes(monkeypatch)
    app = lobby_with(apps, NAMES, size=(960, 540), rounds=2, questions=1)
    seen = set()

    def look(name):
        app.invalidate()
        step(app)
        assert boxes.outside(app.size) == [], name
        assert boxes.smaller_than(14) == [], name
        assert boxes.texts, name
        seen.add(name)
        texts = list(boxes.texts)
        boxes.clear()
        return texts

    look("lobby")
    party = start_from_lobby(app)
    look("rule")
    key(app, "RETURN")
    shown = look("question")
    assert all(name in shown for name in NAMES)    # who is playing, and nothing of what they chose
    press_answers(app, party, {0: True, 1: False, 2: True})
    look("reveal")
    key(app, "RETURN")
    key(app, "RETURN")
    press_answers(app, party, {0: False, 1: True, 2: False})
    key(app, "RETURN")
    assert app.router.top_name == "party_podium"
    shown = look("podium")
    assert all(name in shown for name in NAMES)
    key(app, "ESCAPE")
    assert app.router.top_name == "party_lobby"
    assert seen == {"lobby", "rule", "question", "reveal", "podium"}


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_eight_at_the_screen_and_twenty_phones_fit_every_party_screen(apps, monkeypatch, size):
    from quiz.party.players import PHONE
    from quiz.ui.scenes.party_play import PartyScene

    monkeypatch.setattr(PartyScene, "pads_in", lambda self: {0, 1, 2, 3})  # four pads plugged in
    boxes = TextBoxes(monkeypatch)
    app = lobby_with(apps, ["Ann", "Bo", "Cy", "Di"], size=size, rounds=1, questions=1,
                     timer=5.0)
    scene = app.router.top
    for n in range(4):
        scene.lobby.set_ready(scene.lobby.join(Controller(PAD, n), f"Pad player {n + 1}").seat)
    for n in range(20):
        scene.lobby.set_ready(scene.lobby.join(Controller(PHONE, n), f"Phone friend {n + 1}").seat)
    assert len(scene.lobby.players) == 28

    def look(name):
        boxes.clear()
        app.invalidate()
        step(app)
        assert boxes.outside(app.size) == [], name
        assert boxes.smaller_than(14) == [], name
        if size == (960, 540):
            pygame.image.save(app.surface, str(SHOTS / f"party28-{name}.png")) if SHOTS else None
        return " ".join(boxes.texts)

    assert "Phone friend 20" in look("lobby")
    party = start_from_lobby(app)
    key(app, "RETURN")
    right = party.question.answer
    post_keys(app, ZONES[0][right], ZONES[1][(right + 1) % 4])
    assert "2 of 28 answered" in look("question")
    app.clock.advance(6.0)                   # the others time out
    step(app)
    app.clock.advance(3.0)                   # past the build-up
    text = look("reveal")
    assert "and 21 more" in text and "Ann" in text
    key(app, "RETURN")
    assert app.router.top_name == "party_podium"
    text = look("podium")
    assert all(p.name in text for p in scene.lobby.players)   # every player, all 28


SHOTS = None  # a folder to save the 28-player screens in, when looking at them by hand


# ---------------------------------------------------------------- command line


def test_party_command_fills_the_lobby_in_zone_order(monkeypatch):
    from quiz.cli import main
    from quiz.ui.app import App

    opened = []

    def run(self, frames=None, screenshot=None):
        opened.append((self, frames))

    monkeypatch.setattr(App, "run", run)
    assert main(["party", "--players", "Ann, Bo ,Cy", "--mode", "turns", "--rounds", "2",
                 "--questions", "4", "--timer", "12", "--seed", "5", "--frames", "7"]) == 0
    app, frames = opened[0]
    try:
        scene = app.router.top
        assert app.router.top_name == "party_lobby" and frames == 7
        assert [(p.name, p.controller, p.ready) for p in scene.lobby.players] == [
            ("Ann", Controller(KEYBOARD, 0), True), ("Bo", Controller(KEYBOARD, 1), True),
            ("Cy", Controller(KEYBOARD, 2), True)]
        assert scene.choice == PartyChoice(mode="turns", rounds=2, questions=4, timer=12.0, seed=5)
        for name in ("up", "return"):    # from the first row up to Start, and start
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.key.key_code(name),
                                                 mod=0, unicode="", scancode=0))
            app.step()
        party = app.router.top.party
        assert party.mode == "turns" and party.round_count == 2 and party.questions_in_round == 4
        assert party.config.timer == 12.0
    finally:
        app.close()


def test_party_command_runs_to_a_screenshot_and_refuses_bad_players(tmp_path, capsys):
    from quiz.cli import main

    shot = tmp_path / "lobby.png"
    assert main(["party", "--players", "Ann,Bo", "--frames", "3", "--screenshot", str(shot),
                 "--size", "960x540"]) == 0
    assert pygame.image.load(str(shot)).get_size() == (960, 540)
    assert main(["party", "--players", "Ann,ann", "--frames", "1"]) == 1
    assert "already taken" in capsys.readouterr().err
    assert main(["party", "--players", "A,B,C,D,E,F,G,H,I", "--frames", "1"]) == 1
    assert "up to 8" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["party", "--help"])
    assert "--players" in capsys.readouterr().out


def every_kind(app):
    """One question of each kind the party asks, from the built-in film."""
    from quiz.deck import build_deck

    packs = [p for p in app.packs() if p.id == "us-and-them"]
    return [build_deck(packs, 5, 1, kinds=(kind,))[0]
            for kind in ("order", "number", "true_false", "choice")]


@pytest.mark.parametrize("mode", ["everyone", "turns"])
def test_a_party_plays_every_kind_with_zone_keys(apps, monkeypatch, mode):
    from quiz.ui import party_start

    boxes = TextBoxes(monkeypatch)
    app = lobby_with(apps, NAMES, size=(960, 540), rounds=1, questions=4, mode=mode)
    asked = every_kind(app)
    monkeypatch.setattr(party_start, "deal", lambda *args, **kwargs: list(asked))
    party = start_from_lobby(app)
    key(app, "RETURN")
    kinds = []
    while party.phase != party_game.PODIUM:
        if party.phase != party_game.ASKING:
            key(app, "RETURN")
            continue
        q = party.question
        kinds.append(q.kind)
        if q.kind in ("order", "number"):
            key(app, ZONES[0][zone_presses(q)[0]])   # a first press: on its way, not answered
            boxes.clear()
            app.invalidate()
            step(app)
            assert 0 not in party.answered
            assert boxes.outside(app.size) == [] and boxes.smaller_than(14) == []
            text = " ".join(boxes.texts)
            assert ("1 of 4 placed" in text) if q.kind == "order" else (q.show(q.min) in text)
            key(app, "RETURN")                     # Enter does not answer for anyone
        if mode == "everyone":
            seats = {0: True, 1: False, 2: True}
            q_presses = {s: zone_presses(q, r) for s, r in seats.items()}
            if q.kind in ("order", "number"):
                q_presses[0] = q_presses[0][1:]    # its first key is in already
            for seat, presses in q_presses.items():
                for option in presses:
                    key(app, ZONES[seat][option])
        else:
            seat = party.turn
            for option in zone_presses(q, seat != 1)[1 if seat == 0 and q.kind in
                                                     ("order", "number") else 0:]:
                key(app, ZONES[seat][option])
        assert party.phase == party_game.REVEAL, q.kind
        reveal = party.reveal
        if mode == "everyone":
            assert reveal.result(0).correct and reveal.result(2).correct, q.kind
            assert not reveal.result(1).correct and reveal.result(1).points == 0, q.kind
        app.clock.advance(3.0)
        boxes.clear()
        app.invalidate()
        step(app)
        assert boxes.outside(app.size) == [] and boxes.smaller_than(14) == [], q.kind
        key(app, "RETURN")
    assert kinds == ["order", "number", "true_false", "choice"]
    assert app.router.top_name == "party_podium"


PAD_BUTTONS = (pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_B,
               pygame.CONTROLLER_BUTTON_X, pygame.CONTROLLER_BUTTON_Y)


def pad_press(app, option):
    pad_event(pygame.CONTROLLERBUTTONDOWN, instance_id=40, button=PAD_BUTTONS[option])
    step(app)


@pytest.mark.parametrize("mode", ["everyone", "buzz", "turns"])
def test_two_at_the_keys_and_one_on_a_pad_play_each_mode_to_a_full_podium(apps, monkeypatch, mode):
    """Keys and a gamepad in one party: two key answers in one frame, the pad pulled out and
    plugged back mid-question, every player on the podium."""
    from quiz.deck import build_deck
    from quiz.ui import party_start

    app = lobby_with(apps, ["Ann", "Bo"], rounds=1, questions=3, mode=mode)
    packs = [p for p in app.packs() if p.id == "us-and-them"]
    asked = build_deck(packs, 8, 3, kinds=("choice",))
    monkeypatch.setattr(party_start, "deal", lambda *args, **kwargs: list(asked))
    use_fake_pads(app)
    pad_event(pygame.CONTROLLERDEVICEADDED, device_index=0)
    step(app)
    pad_press(app, 0)                                  # the pad's A joins: seat 2
    pad_event(pygame.CONTROLLERBUTTONDOWN, instance_id=40, button=pygame.CONTROLLER_BUTTON_START)
    step(app)
    party = start_from_lobby(app)
    assert [p.controller.kind for p in party.players] == [KEYBOARD, KEYBOARD, PAD]
    key(app, "RETURN")
    for number in range(3):
        assert party.phase == party_game.ASKING
        q = party.question
        right, wrong = q.answer, (q.answer + 1) % len(q.choices)
        if number == 0:                                # the pad goes and comes back
            pad_event(pygame.CONTROLLERDEVICEREMOVED, instance_id=40)
            step(app)
            assert party.paused and [p.name for p in party.waiting_for] == ["Player 3"]
            post_keys(app, ZONES[0][right])            # held: no press counts
            assert party.answered == frozenset()
            pad_event(pygame.CONTROLLERDEVICEADDED, device_index=0)
            step(app)
            assert not party.paused
        if mode == "everyone":
            post_keys(app, ZONES[0][right], ZONES[1][wrong])   # one frame, both count
            assert party.answered == {0, 1}
            pad_press(app, right)
            assert party.reveal.result(2).correct and party.reveal.result(0).correct
            assert not party.reveal.result(1).correct
        elif mode == "buzz":
            post_keys(app, ZONES[1][wrong], ZONES[0][wrong])   # one frame: Bo's came first
            assert party.buzzer == 1
            key(app, ZONES[1][wrong])                  # Bo misses
            pad_press(app, 3)                          # the pad buzzes to steal...
            assert party.buzzer == 2
            pad_press(app, right)                      # ...and answers right
            assert party.reveal.result(2).correct and not party.reveal.result(1).correct
        else:
            seat = party.turn
            assert seat == number
            if seat == 2:
                pad_press(app, right)
            else:
                post_keys(app, ZONES[seat][right], ZONES[(seat + 1) % 2][wrong])  # not theirs
            assert party.reveal.result(seat).correct
            assert [r.answered for r in party.reveal.results].count(True) == 1
        key(app, "RETURN")
    assert app.router.top_name == "party_podium"
    entries = app.router.top.podium.entries
    assert sorted(e.player.seat for e in entries) == [0, 1, 2]
    pad_right = {"everyone": 3, "buzz": 3, "turns": 1}[mode]
    assert next(e for e in entries if e.player.seat == 2).right == pad_right
