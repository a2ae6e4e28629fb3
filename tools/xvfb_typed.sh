#!/usr/bin/env bash
# Typed answers in a Take turns party, in a real X window under Xvfb: xdotool types
# each player's answer (an alias, with a slip taken back by BackSpace) as real key
# presses, which reach the game as SDL text input. Both answers must count as right.
set -euo pipefail
game=${1:-us-and-them-quiz}
out=${2:-ci-artifacts}
mkdir -p "$out"
data=$(mktemp -d)
export US_AND_THEM_QUIZ_DATA="$data"
unset SDL_VIDEODRIVER
export SDL_AUDIODRIVER=dummy
pack="$data/typed-pack.yaml"
cat > "$pack" <<'YAML'
title: Two typed questions
questions:
  - question: Who sings the film's theme song?
    type: typed
    answer: Eason Chan
    category: Music
    difficulty: easy
  - question: Who directed Us and Them?
    type: typed
    answer: Rene Liu
    accept: [Liu Ruoying]
    category: Crew
    difficulty: easy
YAML

xvfb-run -a -s "-screen 0 1280x720x24" bash -c '
    set -euo pipefail
    "$0" party --players "Ann,Bo" --mode turns --pack "$2" --rounds 1 --questions 2 --seed 1 \
        --timer 60 --frames 1200 --screenshot "$1/xvfb-typed.png" &
    pid=$!
    sleep 3
    press() { xdotool key --clearmodifiers "$1" || true; sleep 0.5; }
    answer() { xdotool type --delay 60 "$1" || true; sleep 0.5; }
    press Up; press Return       # Start; then the round rule shows
    press Return                 # past the rule: Ann types the first answer
    for question in 1 2; do
        # The pack and --seed 1 fix the order: who directed it first (Ann), then the singer (Bo).
        if [ "$question" = 1 ]; then
            answer "liu ruoyign"; press BackSpace; press BackSpace; answer "ng"
        else
            answer "eason chan"
        fi
        press Return             # answers
        press Return             # on from the reveal
    done
    wait "$pid"
' "$game" "$out" "$pack"
"$game" stats --player Ann --json > "$out/typed-ann.json"
"$game" stats --player Bo --json > "$out/typed-bo.json"
python3 - "$out" <<'PY'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
for who in ("ann", "bo"):
    stats = json.loads((out / f"typed-{who}.json").read_text())
    assert (stats["answers"], stats["right"]) == (1, 1), f"{who}: {stats['answers']} answers, {stats['right']} right"
print("xvfb typed run: each player typed their turn's answer at the keyboard, and both counted")
PY
rm -rf "$data"
