#!/usr/bin/env bash
# Real-window check of the registration desk under Xvfb (not collected by pytest).
#
# Builds a demo fair, opens `fairdesk desk --station 东门` in a 1366×768 X server, types badge
# codes with xdotool as a keyboard-wedge scanner would (8 ms a key, then Return) — into the scan
# field, right after a person typed into the search box, and two codes back to back — takes
# screenshots of an "ok", an "already" and a rejection, and verifies the check-ins through
# `fairdesk export checkins`. Usage: tests/ui/xvfb_desk_check.sh [OUTDIR]   (default /tmp)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-/tmp}
DB=$OUT/desk.sqlite3
FD=.venv/bin/fairdesk
rm -f "$DB" "$DB-wal" "$DB-shm" "$OUT/desk_attendees.csv" "$OUT/desk_checkins.csv"

$FD --db "$DB" demo --attendees 300 >/dev/null
$FD --db "$DB" export attendees --out "$OUT/desk_attendees.csv" --headers en >/dev/null
mapfile -t CODES < <(.venv/bin/python - "$OUT/desk_attendees.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as fh:
    rows = list(csv.DictReader(fh))
for row in rows[:6]:
    print(row["badge_code"])
PY
)

. tests/ui/xvfb_lib.sh  # (the script has cd-ed to the repository)
start_xvfb 97

QT_QPA_PLATFORM=xcb $FD --db "$DB" --lang zh_CN desk --station 东门 >"$OUT/desk_app.log" 2>&1 &
APP=$!
WIN=
for _ in $(seq 100); do
    WIN=$(xdotool search --onlyvisible --name FairDesk 2>/dev/null | head -1 || true)
    [ -n "$WIN" ] && break
    sleep 0.1
done
[ -n "$WIN" ] || { echo "desk window did not appear"; cat "$OUT/desk_app.log"; exit 1; }
xdotool windowactivate --sync "$WIN" 2>/dev/null || xdotool windowfocus --sync "$WIN"
xdotool windowsize "$WIN" 1366 768 windowmove "$WIN" 0 0
sleep 1.5

scan() { xdotool type --delay 8 "$1"; xdotool key Return; }
shot() { sleep 0.8; import -window root "$OUT/$1"; }

scan "${CODES[0]}"                 # 1: into the scan field
shot desk_ok.png
scan "${CODES[0]}"                 # 2: the same badge again
shot desk_already.png
LAST=${CODES[1]:38:1}
scan "${CODES[1]:0:38}$(( (LAST + 1) % 10 ))"   # 3: a damaged / forged code
shot desk_rejected.png
xdotool key ctrl+f; sleep 0.3
xdotool type --delay 150 "zh"      # a person types into the search box …
sleep 0.4
scan "${CODES[2]}"                 # 4: … and the scanner fires meanwhile
sleep 0.6
shot desk_search_then_scan.png
scan "${CODES[3]}"; scan "${CODES[4]}"   # 5, 6: two codes back to back
sleep 1.5
shot desk_back_to_back.png
xdotool key Escape F2              # the walk-in form must fit the screen too
shot desk_walk_in.png
xdotool key Escape

kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
$FD --db "$DB" export checkins --out "$OUT/desk_checkins.csv" --headers en >/dev/null
.venv/bin/python - "$OUT/desk_checkins.csv" "$OUT/desk_attendees.csv" "${CODES[@]}" <<'PY'
import csv, sys
checkins_csv, attendees_csv, *codes = sys.argv[1:]
with open(attendees_csv, encoding="utf-8-sig", newline="") as fh:
    by_code = {r["badge_code"]: r for r in csv.DictReader(fh)}
with open(checkins_csv, encoding="utf-8-sig", newline="") as fh:
    rows = list(csv.DictReader(fh))
names = [r[next(k for k in r if k in ("name", "姓名"))] for r in rows]
expected = [by_code[codes[i]]["name"] for i in (0, 0, 2, 3, 4)]
print("check-ins:", names)
stations = {r.get("station") or r.get("desk") or "" for r in rows}
assert names == expected, f"expected {expected}"
print("stations:", stations)
print("OK: every scan landed, in order")
PY
