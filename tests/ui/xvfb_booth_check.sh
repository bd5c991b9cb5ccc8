#!/usr/bin/env bash
# The booth station in a REAL X window (Xvfb), driven only by the keyboard with xdotool, the way a
# recruiter with a keyboard-wedge scanner uses it; checked through `fairdesk export interviews`.
# Not collected by pytest. Usage: tests/ui/xvfb_booth_check.sh [workdir]   (needs Xvfb, xdotool,
# ImageMagick `import`). Leaves booth.png (screenshot after the scans) in the work directory.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FD="$ROOT/.venv/bin/fairdesk"
PY="$ROOT/.venv/bin/python"
WORK=${1:-$(mktemp -d /tmp/booth-check.XXXXXX)}
mkdir -p "$WORK"
COMPANY="中山市翠亨投资有限公司"
DB="$WORK/booth.sqlite3"
. "$ROOT/tests/ui/xvfb_lib.sh"
start_xvfb 98

rm -f "$DB" "$DB"-*
"$FD" --db "$DB" demo >/dev/null
"$FD" --db "$DB" export attendees --out "$WORK/x.csv" --headers en >/dev/null
mapfile -t CODES < <("$PY" - "$WORK/x.csv" <<'EOF'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as fh:
    rows = list(csv.DictReader(fh))
for row in rows[:2]:
    print(row["badge_code"])
code = rows[2]["badge_code"]
print(code[:-1] + str((int(code[-1]) + 1) % 10))  # forged: last digit of the tag changed
EOF
)

"$FD" --db "$DB" --lang zh_CN booth --company "$COMPANY" >"$WORK/app.log" 2>&1 &
APP=$!
WIN=$(xdotool search --sync --onlyvisible --name "FairDesk" | head -1)
sleep 2  # the window maps and shows the lock screen
# Xvfb has no window manager to activate the window: give it the X input focus, as a desktop's
# window manager would (Qt then reports it active, so application-wide scanner capture works).
xdotool windowfocus --sync "$WIN"
sleep 0.3

scan() { xdotool type --delay 8 "$1"; xdotool key Return; sleep 0.6; }  # scanner speed
# A person types slower than the scanner-burst threshold (35 ms a key): 120 ms here.
human() { sleep 0.2; xdotool type --delay 120 "$1"; sleep 0.2; }

xdotool type --delay 8 "0000"; xdotool key Return; sleep 1.5        # unlock with the demo PIN
human "Wang"; xdotool key Return; sleep 0.3                           # interviewer, remembered
scan "${CODES[0]}"
xdotool key 4; sleep 0.3                                              # rate 4
xdotool key Tab Down Down; sleep 0.3                                  # outcome: 已面试
xdotool key n; human "strong python"; xdotool key Return; sleep 0.4
scan "${CODES[1]}"
xdotool key 5; sleep 0.3
scan "${CODES[0]}"                                                    # rescan: visit 2
xdotool key n; human "second visit"; xdotool key Return; sleep 0.4
scan "${CODES[2]}"                                                    # forged: refused
sleep 0.5
import -window root "$WORK/booth.png"
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""

"$FD" --db "$DB" export interviews --out "$WORK/y.csv" --headers en --company "$COMPANY"
"$PY" - "$WORK/y.csv" "$WORK/x.csv" "${CODES[@]}" <<'EOF'
import csv, sys
out, roster, first, second, _forged = sys.argv[1:6]
with open(roster, encoding="utf-8-sig", newline="") as fh:
    people = {r["badge_code"]: r for r in csv.DictReader(fh)}
with open(out, encoding="utf-8-sig", newline="") as fh:
    rows = {r["name"]: r for r in csv.DictReader(fh)}
a, b = people[first], people[second]
assert set(rows) == {a["name"], b["name"]}, rows.keys()
ra, rb = rows[a["name"]], rows[b["name"]]
assert (ra["rating"], ra["outcome"], ra["visits"], ra["interviewer"]) == ("4", "interviewed", "2", "Wang"), ra
notes = ra["notes"].split("\n")
assert len(notes) == 2 and notes[0].endswith("Wang] strong python") and notes[1].endswith("second visit"), notes
assert (rb["rating"], rb["visits"]) == ("5", "1"), rb
text = open(out, encoding="utf-8-sig").read()
for person in (a, b):
    for secret in (person["phone"], person["email"], person["student_no"]):
        assert secret and secret not in text, secret
print(f"ok: {len(rows)} interviews logged by keyboard in a real window; forged code refused")
EOF
echo "screenshot: $WORK/booth.png"
