#!/usr/bin/env bash
# A two-player party in a real X window under Xvfb: player 1 answers with 1-4,
# player 2 with 7-0, pressed by xdotool, through every question to the podium.
# Each player's history must then hold all four answers.
set -euo pipefail
game=${1:-us-and-them-quiz}
out=${2:-ci-artifacts}
mkdir -p "$out"
data=$(mktemp -d)
export US_AND_THEM_QUIZ_DATA="$data"
unset SDL_VIDEODRIVER
export SDL_AUDIODRIVER=dummy

xvfb-run -a -s "-screen 0 1280x720x24" bash -c '
    set -euo pipefail
    "$0" party --players "Ann,Bo" --rounds 1 --questions 4 --seed 3 --timer 30 \
        --frames 1500 --screenshot "$1/xvfb-party-podium.png" &
    pid=$!
    sleep 3
    press() { xdotool key --clearmodifiers "$1" || true; sleep 0.5; }
    press Up; press Return       # Start, the last row; then the round rule shows
    press Return                 # past the rule to the first question
    # Each question, whatever its kind: each player presses their first three keys in
    # turn. An option or true/false takes the first press; a number locks in at the
    # first key; an order is whole after three picks. Then Enter goes on.
    for question in 1 2 3 4; do
        for k in 1 7 2 8 3 9; do press "$k"; done
        press Return
    done
    wait "$pid"
' "$game" "$out"
test -s "$out/xvfb-party-podium.png"
"$game" scores --json > "$out/party-scores.json"
"$game" stats --player Ann --json > "$out/party-ann.json"
"$game" stats --player Bo --json > "$out/party-bo.json"
python3 - "$out" <<'PY'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
# Every question's answers join each player's history at its reveal: four each means
# both players answered all four questions with their own keys.
for who in ("ann", "bo"):
    answers = json.loads((out / f"party-{who}.json").read_text())["answers"]
    assert answers == 4, f"{who} has {answers} answers, not 4: the party did not get through"
tables = [t for t in json.loads((out / "party-scores.json").read_text()) if t.get("party")]
names = {e["name"] for t in tables for e in t["entries"]}
assert names <= {"Ann", "Bo"}, names
print("xvfb party run: two players answered all four questions with their own keys;",
      "party scores filed for", ", ".join(sorted(names)) or "nobody (no points)")
PY
rm -rf "$data"
