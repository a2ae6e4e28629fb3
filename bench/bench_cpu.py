"""CPU share of the game over 10 s on the title, a question, the pause overlay, the results,
the statistics (its charts) and a party's lobby and podium.

Runs the real main loop (60 frames a second while anything moves, waiting for
input on a still screen; the monotonic clock) in a fresh process for each
screen and prints process CPU time / wall time beside that screen's budget.
The question screen uses the example pack with a 30 s timer, so the 10 s are
spent on one question; the pause overlay covers that question; the results
come from a round answered in full (four-option questions, so key 1 answers).
Each screen is first shown for a second, as a player arriving at it sees it
(the title reads the packs after its first frames), and then measured; every
screen is measured ``--runs`` times, interleaved, and the median is printed.
The game runs from compiled bytecode, as an installed game does.

    python bench/bench_cpu.py [--seconds S] [--size WxH] [--runs N]

Without a display it uses SDL's dummy video driver; run it under a real X
server (or xvfb-run) to include the cost of showing frames.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGETS = {"title": 0.03, "question": 0.08, "pause": 0.03, "results": 0.03,
           "statistics": 0.03, "lobby": 0.03, "podium": 0.03}
SHOWN = {"title": "TitleScene", "question": "QuestionScene", "pause": "PauseScene",
         "results": "ResultsScene", "statistics": "StatisticsScene", "lobby": "PartyLobbyScene",
         "podium": "PartyPodiumScene"}

CHILD = r"""
import json, sys, time
import pygame
from quiz.ui.app import App, parse_size
from quiz.paths import questions_dir

screen, seconds, size = sys.argv[1], float(sys.argv[2]), parse_size(sys.argv[3])
ROUND = screen in ("question", "pause", "results")
# The podium counts its scores up and lines the players up first: measured once still.
WARM_UP = 4.0 if screen == "podium" else 1.0
chosen = None
if ROUND:
    from quiz.packs import load_file
    chosen = [load_file(questions_dir() / "examples" / "my-pack.yaml")]
app = App(size, chosen_packs=chosen,
          overrides={"timer": 30, "seed": 1, "questions": 3, "formats": "classic"})
def press(key):
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
    app.step()
if ROUND:
    app.stack.top.play(False)
    if len(app.stack) < 2:
        raise SystemExit("could not start a round")
if screen == "pause":
    press(pygame.K_ESCAPE)
if screen == "results":
    for _ in range(400):  # answers and moves on; feedback ignores Enter for its first moments
        if type(app.stack.top).__name__ == "ResultsScene":
            break
        press(pygame.K_1)
        time.sleep(0.05)
        press(pygame.K_RETURN)
if screen == "statistics":
    app.router.show("statistics")
if screen in ("lobby", "podium"):
    from quiz.ui.party_start import PartyChoice
    choice = PartyChoice(rounds=1, questions=1, timer=20.0, seed=1)
if screen == "lobby":
    app.router.show("party_lobby", names=["Ann", "Bo", "Cy"], choice=choice)
if screen == "podium":
    from quiz.kinds.choice import ChoiceQuestion
    from quiz.party.game import Party, PartyConfig
    from quiz.party.players import Controller, Lobby
    lobby = Lobby()
    for zone, name in enumerate(["Ann", "Bo", "Cy"]):
        lobby.join(Controller("keyboard", zone), name)
    asked = ChoiceQuestion(id="q", fact="f", category="Film", difficulty="easy", question="Q?",
                           choices=("A", "B", "C", "D"), answer=0, explanation="", source="bench")
    party = Party(lobby.players, [asked], PartyConfig(rounds=1, questions_per_round=1,
                                                      round_types=("normal",)), app.clock)
    party.next()
    party.next()
    for seat in (0, 1, 2):
        party.answer(seat, seat)
    party.next()
    app.router.show("party_podium", party=party, lobby=lobby, choice=choice)
app.step()
ticker = pygame.time.Clock()
settle = time.perf_counter() + WARM_UP
while time.perf_counter() < settle:  # the screen's first second, as the main loop runs it
    app.step()
    if app.drew:
        ticker.tick(60)
    else:
        app.wait_for_event(50)
top = type(app.stack.top).__name__
driver = pygame.display.get_driver()
pygame.time.set_timer(pygame.QUIT, int(seconds * 1000), 1)
frames0, redraws0 = app.frames, app.redraws
wall0, cpu0 = time.perf_counter(), time.process_time()
app.run()
wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
print(json.dumps({"screen": top, "wall": wall, "cpu": cpu, "frames": app.frames - frames0,
                  "redraws": app.redraws - redraws0, "driver": driver}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="quiz-bench-")
    env = dict(os.environ, PYGAME_HIDE_SUPPORT_PROMPT="1", US_AND_THEM_QUIZ_DATA=data)
    env.setdefault("SDL_AUDIODRIVER", "dummy")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("SDL_VIDEODRIVER", "dummy")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # An installed game runs from compiled bytecode; keep it in the scratch folder.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(data, "pycache")
    print(f"window {args.size}; {args.seconds:g} s per screen at 60 frames a second, "
          f"median of {args.runs} runs")
    over = []
    runs: dict[str, list[dict]] = {screen: [] for screen in BUDGETS}
    try:
        # The bytecode is written first, by a short untimed run.
        subprocess.run([sys.executable, "-c", CHILD, "results", "0.1", args.size], env=env,
                       capture_output=True, text=True)
        for _ in range(args.runs):  # interleaved, so drift in machine load hits every screen alike
            for screen in BUDGETS:
                result = subprocess.run([sys.executable, "-c", CHILD, screen, str(args.seconds), args.size],
                                        env=env, capture_output=True, text=True)
                if result.returncode != 0:
                    print(f"{screen:9} could not be measured: {result.stderr.strip().splitlines()[-1:]}")
                    continue
                runs[screen].append(json.loads(result.stdout.strip().splitlines()[-1]))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    for screen, results in runs.items():
        budget = BUDGETS[screen]
        if not results:
            over.append(screen)
            continue
        shares = sorted(r["cpu"] / r["wall"] for r in results)
        share = statistics.median(shares)
        r = results[0]
        if share > budget or r["screen"] != SHOWN[screen]:
            over.append(screen)
        fps = statistics.median(r["redraws"] / r["wall"] for r in results)
        print(f"{screen:9} ({r['screen']}, {r['driver']} video): CPU {share * 100:5.1f}% of one core "
              f"(runs {', '.join(f'{x * 100:.1f}' for x in shares)}; budget {budget * 100:.0f}%), "
              f"{fps:.1f} frames drawn a second")
    print("every screen within its budget" if not over else f"OVER budget: {', '.join(over)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
