#!/usr/bin/env bash
# A two-player party in a real X window under Xvfb: player 1 answers with 1-4,
# player 2 with 7-0, pressed by xdotool, through every question to the podium.
# The party's scores must then be in the party high-score tables.
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
    # Each question: both players answer (different options), then Enter goes on.
    for pair in "1 8" "2 9" "3 0" "4 7"; do
        set -- $pair
        press "$1"; press "$2"; press Return
    done
    wait "$pid"
' "$game" "$out"
test -s "$out/xvfb-party-podium.png"
"$game" scores --json > "$out/party-scores.json"
python3 - "$out/party-scores.json" <<'PY'
import json, sys
tables = [t for t in json.load(open(sys.argv[1])) if t.get("party")]
assert tables, "the party never reached its podium: no party scores were filed"
names = {e["name"] for t in tables for e in t["entries"]}
assert names <= {"Ann", "Bo"} and names, names
print("xvfb party run: two players answered with their own keys to the podium;",
      "party scores filed for", ", ".join(sorted(names)))
PY
rm -rf "$data"
