"""Make the README's screenshots by playing the game headless.

    python tools/screenshots.py                      # docs/screenshots/*.png at 1280x720
    python tools/screenshots.py --also 960x540 --also 1920x1080 --review-dir shots/
    python tools/screenshots.py --lang zh_CN --out shots/zh --also 960x540 --review-dir shots/zh
    python tools/screenshots.py --out shots/big --text-size 200 --high-contrast

It opens the game with SDL's dummy video driver, a fixed seed, a throwaway data
folder and a fake clock, presses keys as a player would, and saves the title, a
question, feedback after an answer, the results, the Learn screen and a
learn-mode answer, the statistics, the menus (round settings, settings, controls, packs,
high scores) and the pause, a party's lobby, rule, reveal and podium, the lobby with
Phones on (a phone joined over a real WebSocket) and a typed question in Take turns.
``--lang`` plays it in another language (``zh_CN``). ``--also`` makes the same screens at other window sizes into the review folder (a temporary one
unless given), for checking that nothing is cramped or clipped.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ("title", "question", "feedback", "results")
SEED = 2018
LANG: dict = {}  # the --lang override every App of the run is opened with
# Settings every capture is made with (--text-size, --high-contrast): the look to review.
LOOK: dict = {}


def _prepare_environment(data_dir: str) -> None:
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    os.environ["US_AND_THEM_QUIZ_DATA"] = data_dir
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("a size looks like 1280x720") from None
    return w, h


class Driver:
    """Plays the game on a fake clock: waits, presses keys (several in one frame), saves frames."""

    def __init__(self, app, clock, out_dir: Path, step: float = 1 / 60) -> None:
        self.app, self.clock, self.out_dir, self.step = app, clock, out_dir, step
        self.saved: list[Path] = []

    def wait(self, seconds: float) -> None:
        for _ in range(max(1, round(seconds / self.step))):
            self.clock.advance(self.step)
            self.app.step()

    def press(self, *keys: int, times: int = 1) -> None:
        import pygame

        for _ in range(times):
            for key in keys:
                pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="",
                                                     scancode=0))
            self.wait(self.step)

    def save(self, name: str) -> None:
        import pygame

        path = self.out_dir / f"{name}.png"
        pygame.image.save(self.app.surface, str(path))
        self.saved.append(path)


def capture(size: tuple[int, int], out_dir: Path, data_dir: Path, seed: int = SEED) -> list[Path]:
    """Play one scripted round at ``size`` and save the four screens into ``out_dir``."""
    import pygame

    from quiz.clock import FakeClock
    from quiz.store import Store
    from quiz.ui.app import App
    from quiz.ui.scenes.question import QuestionScene

    data_dir.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(0.0)
    app = App(size, clock=clock, store=Store(data_dir), overrides={"seed": seed, **LANG})
    out_dir.mkdir(parents=True, exist_ok=True)

    d = Driver(app, clock, out_dir)
    wait, press, save = d.wait, d.press, d.save
    try:
        # A name from the film, so the results do not show whoever ran the script.
        app.update_settings(last_name="Xiaoxiao", sound=False, formats="classic",  # keys 1-4 answer
                            **LOOK)
        wait(3.0)  # the subtitle has taken its colour
        save("title")

        press(pygame.K_RETURN)
        scene = app.stack.top
        if not isinstance(scene, QuestionScene):
            raise SystemExit("the title did not start a round")
        # Three right answers and one wrong, so colour has begun to return and a
        # streak is running; then a question caught with eight seconds left.
        for number in range(4):
            q = scene.round.question
            wait(2.0 + number * 0.7)
            choice = q.answer if number != 2 else (q.answer + 1) % len(q.choices)
            press(pygame.K_1 + choice)
            wait(0.3)
            press(pygame.K_RETURN)
        wait(12.0)
        save("question")

        q = scene.round.question
        press(pygame.K_1 + (q.answer + 1) % len(q.choices))  # a wrong answer shows both marks
        wait(0.5)
        save("feedback")
        press(pygame.K_RETURN)

        while isinstance(app.stack.top, QuestionScene):
            q = scene.round.question
            wait(3.0)
            right = scene.round.number % 3 != 0
            press(pygame.K_1 + (q.answer if right else (q.answer + 1) % len(q.choices)))
            press(pygame.K_RETURN)
        wait(1.0)
        save("results")
    finally:
        app.close()
    return d.saved


def capture_learn(size: tuple[int, int], out_dir: Path, data_dir: Path,
                  seed: int = SEED) -> list[Path]:
    """After ``capture`` (whose round is in ``data_dir``'s history): learn one category
    through, part of another, and save the Learn screen and a learn-mode answer."""
    import pygame

    from quiz.clock import FakeClock
    from quiz.store import Store
    from quiz.ui.app import App

    clock = FakeClock(0.0)
    app = App(size, clock=clock, store=Store(data_dir), overrides={"seed": seed, **LANG})

    def answer(right: bool) -> None:
        q = app.stack.top.round.question
        wait(0.5)
        press(pygame.K_1 + (q.answer if right else (q.answer + 1) % len(q.choices)))
        wait(0.5)

    d = Driver(app, clock, out_dir)
    wait, press, save = d.wait, d.press, d.save
    try:
        app.update_settings(last_name="Xiaoxiao", sound=False, **LOOK)
        wait(0.5)
        press(pygame.K_DOWN, times=2)  # Play, Practice, Learn
        press(pygame.K_RETURN)
        learn = app.stack.top
        if app.router.top_name != "learn":
            raise SystemExit("the title did not open Learn")
        press(pygame.K_DOWN, times=5)  # Every category, then down the first column to Dates
        press(pygame.K_RETURN)
        while app.stack.top is not learn:  # every fact of the category, right twice
            answer(True)
            press(pygame.K_RETURN)
        press(pygame.K_DOWN)  # Music: a start, with one miss
        press(pygame.K_RETURN)
        for right in (True, False, True, True):
            answer(right)
            press(pygame.K_RETURN)
        press(pygame.K_ESCAPE)
        press(pygame.K_UP, times=6)  # back to Every category
        wait(1.0)
        save("learn")
        press(pygame.K_DOWN, times=6)
        press(pygame.K_RETURN)
        answer(False)
        save("learn-feedback")
        press(pygame.K_ESCAPE)
    finally:
        app.close()
    return d.saved


def capture_statistics(size: tuple[int, int], out_dir: Path, data_dir: Path,
                       seed: int = SEED) -> list[Path]:
    """After ``capture`` and ``capture_learn``: eleven more rounds, played with a
    player's ups and downs, then the Statistics screen."""
    import pygame

    from quiz.clock import FakeClock
    from quiz.store import Store
    from quiz.ui.app import App
    from quiz.ui.scenes.question import QuestionScene

    clock = FakeClock(0.0)
    app = App(size, clock=clock, store=Store(data_dir), overrides={"seed": seed, **LANG})

    d = Driver(app, clock, out_dir, step=1 / 30)
    wait, press = d.wait, d.press
    try:
        app.update_settings(last_name="Xiaoxiao", sound=False, formats="classic", **LOOK)
        wait(0.5)
        press(pygame.K_RETURN)  # Play
        for game in range(11):
            number = 0
            while isinstance(app.stack.top, QuestionScene):
                scene = app.stack.top
                q = scene.round.question
                wait(1.0 + (number + game) % 5)
                right = (number * 3 + game) % 10 < 6 + game % 4
                press(pygame.K_1 + (q.answer if right else (q.answer + 1) % len(q.choices)))
                press(pygame.K_RETURN)
                number += 1
            wait(0.5)
            if game < 10:
                if getattr(app.stack.top, "name_pending", False):
                    press(pygame.K_RETURN)  # keep the name
                press(pygame.K_RETURN)  # play again
        press(pygame.K_ESCAPE)
        app.router.show("statistics")
        for _ in range(60):
            clock.advance(1 / 60)
            app.step()
        path = out_dir / "statistics.png"
        pygame.image.save(app.surface, str(path))
    finally:
        app.close()
    return [path]


def capture_party(size: tuple[int, int], out_dir: Path, data_dir: Path,
                  seed: int = SEED) -> list[Path]:
    """A three-player party at the keyboard zones: the lobby (a name being typed),
    a reveal once its show has played, and the podium."""
    import pygame

    from quiz.clock import FakeClock
    from quiz.party import game as party_game
    from quiz.party.judging import right_response
    from quiz.store import Store
    from quiz.ui.app import App
    from quiz.ui.party_start import PartyChoice

    clock = FakeClock(0.0)
    app = App(size, clock=clock, store=Store(data_dir), overrides={"seed": seed, **LANG})
    zones = ((pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4),
             (pygame.K_7, pygame.K_8, pygame.K_9, pygame.K_0),
             (pygame.K_q, pygame.K_w, pygame.K_e, pygame.K_r))

    d = Driver(app, clock, out_dir)
    wait, press, save = d.wait, d.press, d.save
    try:
        app.update_settings(sound=False, **LOOK)
        app.router.show("party_lobby", names=["Xiaoxiao", "Jianqing"],
                        choice=PartyChoice(rounds=2, questions=2, timer=20.0, seed=seed))
        wait(0.5)
        press(pygame.K_q)                        # a third player joins at Q W E R
        press(pygame.K_DOWN, pygame.K_DOWN)
        press(pygame.K_RIGHT, pygame.K_RIGHT)   # the Player row, on the newcomer
        press(pygame.K_RETURN)
        for _ in "Player 3":
            press(pygame.K_BACKSPACE)
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Mei"))
        wait(0.5)
        save("party-lobby")
        press(pygame.K_RETURN)
        press(pygame.K_e)                        # Mei's first key: ready
        lobby = app.router.top
        while lobby.rows()[lobby.focus] != "start":
            press(pygame.K_DOWN)
        press(pygame.K_RETURN)
        if app.router.top_name != "party":
            raise SystemExit("the lobby did not start the party")
        party = app.router.top.party
        wait(0.5)
        save("party-rule")
        asked = 0
        reveal_saved = False
        while app.router.top_name == "party":
            if party.phase == party_game.ASKING:
                q = party.question
                wait(1.5 + asked * 0.4)
                if getattr(q, "choices", None):
                    right, wrong = q.answer, (q.answer + 1) % len(q.choices)
                    picks = (right, wrong if asked % 2 else right, right if asked % 2 else wrong)
                    press(*(zone[pick] for zone, pick in zip(zones, picks)))
                else:   # an order or a number: the party hears each whole answer
                    right = right_response(q)
                    wrong = tuple(reversed(right)) if q.kind == "order" else q.min
                    picks = (right, wrong if asked % 2 else right, right if asked % 2 else wrong)
                    party.answers([(seat, pick, None) for seat, pick in enumerate(picks)])
                asked += 1
                wait(2.5)                        # the build-up, the count and the slide
                # The third question or later with options: who chose what, by their marks.
                if asked >= 3 and getattr(q, "choices", None) and not reveal_saved:
                    save("party-reveal")
                    reveal_saved = True
            press(pygame.K_RETURN)
        wait(1.0)
        if not reveal_saved:
            raise SystemExit("no question with options came after the second: try another --seed")
        save("party-podium")
    finally:
        app.close()
    return d.saved


def capture_phones(size: tuple[int, int], out_dir: Path, data_dir: Path,
                   seed: int = SEED) -> list[Path]:
    """The lobby with Phones on, a phone joined over a real WebSocket (the QR code, address and
    room code); then a Take turns party's typed question, an input method still composing."""
    import json

    import pygame
    from websockets.sync.client import connect

    from quiz.clock import FakeClock
    from quiz.party import game as party_game
    from quiz.party.judging import right_response
    from quiz.store import Store
    from quiz.ui.app import App
    from quiz.ui.party_start import PartyChoice
    from quiz.ui.phone_link import PhoneLink

    clock = FakeClock(0.0)
    app = App(size, clock=clock, store=Store(data_dir), overrides={"seed": seed, **LANG})
    d = Driver(app, clock, out_dir)
    link = PhoneLink(clock, host="127.0.0.1")
    try:
        app.update_settings(sound=False, **LOOK)
        app.router.show("party_lobby", names=["Xiaoxiao", "Jianqing"], phones=link,
                        choice=PartyChoice(rounds=1, questions=2, timer=20.0, seed=seed))
        d.wait(0.2)
        lobby = app.router.top
        lobby.start_phones()
        lobby.focus = lobby.rows().index("phones")
        with connect(f"ws://127.0.0.1:{link.server.port}/ws", open_timeout=5) as phone:
            phone.send(json.dumps({"type": "join", "code": link.room_code, "name": "Mei"}))
            # The phone's message crosses a real socket and thread: wait in real time too.
            deadline = time.monotonic() + 20.0
            while len(lobby.lobby.players) < 3:
                if time.monotonic() > deadline:
                    raise SystemExit("the phone did not join the lobby")
                d.wait(d.step)
                time.sleep(0.005)
            d.wait(0.5)
            d.save("party-phones")
    finally:
        link.stop()
        app.close()
    saved = list(d.saved)

    from quiz.ui import party_start

    dealt = party_start.deal

    def with_a_typed_question(*args, **kwargs):
        # The picture is of someone typing: whatever the seed deals, the second question
        # is one to type (the film's own, from the same seed).
        questions = list(dealt(*args, **kwargs))
        if not any(q.kind == "typed" for q in questions[:3]):
            from quiz.deck import build_deck

            typed = build_deck(list(app.plan_round(False).packs), seed, 1, kinds=("typed",))
            questions[1:1] = typed[:1]
        return questions

    clock = FakeClock(0.0)
    app = App(size, clock=clock, store=Store(data_dir), overrides={"seed": seed, **LANG})
    d = Driver(app, clock, out_dir)
    party_start.deal = with_a_typed_question
    try:
        app.update_settings(sound=False, **LOOK)
        app.router.show("party_lobby", names=["Xiaoxiao", "Jianqing", "Mei"],
                        choice=PartyChoice(mode="turns", rounds=1, questions=10, timer=20.0,
                                           seed=seed))
        d.wait(0.2)
        d.press(pygame.K_UP)
        d.press(pygame.K_RETURN)
        party = app.router.top.party
        d.press(pygame.K_RETURN)                   # past the rule
        while party.phase != party_game.PODIUM:
            if party.phase == party_game.ASKING and party.question.kind == "typed":
                words = party.question.answer
                cut = max(1, len(words) - 3)
                pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=words[:cut].lower()))
                pygame.event.post(pygame.event.Event(pygame.TEXTEDITING, text=words[cut:].lower(),
                                                     start=len(words) - cut, length=0))
                d.wait(2.0)
                d.save("party-typed")
                break
            if party.phase == party_game.ASKING:   # other kinds: whose turn it is answers right
                party.answer(party.turn, right_response(party.question))
            d.wait(0.2)
            d.press(pygame.K_RETURN)
        else:
            raise SystemExit("the Take turns party asked no typed question: try another --seed")
    finally:
        party_start.deal = dealt
        app.close()
    return saved + d.saved


def capture_menus(size: tuple[int, int], out_dir: Path, data_dir: Path,
                  seed: int = SEED) -> list[Path]:
    """After the others (so there are scores): the menus a player sets the game up in,
    the pause over a question, each opened from the title as a player would."""
    import pygame

    from quiz.clock import FakeClock
    from quiz.store import Store
    from quiz.ui.app import App

    clock = FakeClock(0.0)
    app = App(size, clock=clock, store=Store(data_dir), overrides={"seed": seed, **LANG})
    d = Driver(app, clock, out_dir)
    wait, press, save = d.wait, d.press, d.save
    try:
        app.update_settings(sound=False, **LOOK)
        wait(0.5)
        for screen in ("packs", "high_scores", "settings", "controls", "setup"):
            app.router.show(screen)
            wait(0.5)
            save(screen.replace("_", "-"))
            press(pygame.K_ESCAPE)
            wait(0.3)
        app.router.back_to("title")
        press(pygame.K_RETURN)  # Play
        wait(1.0)
        press(pygame.K_ESCAPE)
        wait(0.5)
        save("pause")
    finally:
        app.close()
    return d.saved


def capture_kinds(size: tuple[int, int], out_dir: Path, data_dir: Path,
                  seed: int = SEED) -> list[Path]:
    """An order question with two items placed, and a slider moved part of the way:
    the film's own questions, each a round of one."""
    import pygame

    from quiz.clock import FakeClock
    from quiz.deck import build_deck
    from quiz.round import Round, RoundConfig
    from quiz.store import Store
    from quiz.ui.app import App

    clock = FakeClock(0.0)
    app = App(size, clock=clock, store=Store(data_dir), overrides={"seed": seed, **LANG})
    d = Driver(app, clock, out_dir)
    try:
        app.update_settings(sound=False, **LOOK)
        packs = [p for p in app.packs() if p.id == "us-and-them"]
        for kind, keys, name in (("order", (pygame.K_2, pygame.K_4), "order"),
                                 ("number", (pygame.K_RIGHT,) * 5, "slider")):
            asked = build_deck(packs, seed, 1, kinds=(kind,))
            app.router.show("question", round_=Round(asked, RoundConfig(timer=20.0), clock),
                            plan=app.plan_round(False))
            d.wait(0.5)
            for key in keys:
                d.press(key)
            d.wait(1.0)
            d.save(name)
            app.router.back_to("title")
    finally:
        app.close()
    return d.saved


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots",
                        help="folder for the README's screenshots (default: docs/screenshots)")
    parser.add_argument("--size", type=_size, default=(1280, 720), help="window size (default 1280x720)")
    parser.add_argument("--also", type=_size, action="append", default=[], metavar="WxH",
                        help="also make the screens at this size, into the review folder")
    parser.add_argument("--review-dir", type=Path, help="folder for the --also screens")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--lang", choices=("en", "zh_CN"), help="the game's language (default: the system's)")
    parser.add_argument("--text-size", type=int, choices=(100, 125, 150, 175, 200), default=100,
                        help="the text size setting, per cent (default 100)")
    parser.add_argument("--high-contrast", action="store_true", help="the high contrast look")
    args = parser.parse_args(argv)
    if args.lang:
        LANG["lang"] = args.lang
    LOOK.update(text_size=args.text_size, high_contrast=args.high_contrast)

    with tempfile.TemporaryDirectory(prefix="quiz-shots-") as scratch:
        _prepare_environment(str(Path(scratch) / "data"))
        data = Path(scratch) / "data"
        for path in (capture(args.size, args.out, data, args.seed)
                     + capture_learn(args.size, args.out, data, args.seed)
                     + capture_statistics(args.size, args.out, data, args.seed)
                     + capture_party(args.size, args.out, data, args.seed)
                     + capture_phones(args.size, args.out, data, args.seed)
                     + capture_menus(args.size, args.out, data, args.seed)
                     + capture_kinds(args.size, args.out, data, args.seed)):
            print(f"{path}  {path.stat().st_size // 1024} KB")
        review = args.review_dir or Path(tempfile.mkdtemp(prefix="quiz-review-"))
        for size in args.also:
            folder = review / f"{size[0]}x{size[1]}"
            # A fresh data folder each time, so every size asks for a name the same way.
            data = Path(scratch) / f"data-{size[0]}x{size[1]}"
            for path in (capture(size, folder, data, args.seed)
                         + capture_learn(size, folder, data, args.seed)
                         + capture_statistics(size, folder, data, args.seed)
                         + capture_party(size, folder, data, args.seed)
                         + capture_phones(size, folder, data, args.seed)
                         + capture_menus(size, folder, data, args.seed)
                         + capture_kinds(size, folder, data, args.seed)):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
