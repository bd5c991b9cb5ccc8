#!/usr/bin/env bash
# Booth PINs end to end in a REAL X window (Xvfb), in LANG=zh_CN.UTF-8, driven by xdotool:
# a booth whose company has no PIN names the command to run; `fairdesk company pin --random`
# sets one; it is typed at a person's speed (150 ms a key) and the booth opens; the PIN is reset
# while the booth is open; Ctrl+L; the old PIN is refused (a badge scanned then is not logged);
# the new PIN opens it. Checked through `fairdesk export interviews`. Not collected by pytest.
# Usage: tests/ui/xvfb_pin_check.sh [workdir]   (needs Xvfb, xdotool, ImageMagick `import`).
# Leaves pin_1_no_pin.png, pin_2_open.png, pin_3_old_refused.png, pin_4_new_open.png there.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FD="$ROOT/.venv/bin/fairdesk"
PY="$ROOT/.venv/bin/python"
WORK=${1:-$(mktemp -d /tmp/pin-check.XXXXXX)}
mkdir -p "$WORK"
COMPANY="中山市翠亨投资有限公司"
DB="$WORK/pins.sqlite3"
unset LC_ALL LC_MESSAGES LANGUAGE
{ export LANG=zh_CN.UTF-8; } 2>/dev/null  # the interface follows the locale (no --lang)
. "$ROOT/tests/ui/xvfb_lib.sh"
start_xvfb 93

rm -f "$DB" "$DB"-*
"$FD" --db "$DB" demo --attendees 30 >/dev/null
"$FD" --db "$DB" export attendees --out "$WORK/x.csv" --headers en >/dev/null
mapfile -t CODES < <("$PY" - "$WORK/x.csv" "$DB" "$COMPANY" <<'PYEOF'
import csv, sqlite3, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as fh:
    for row in list(csv.DictReader(fh))[:3]:
        print(row["badge_code"])
with sqlite3.connect(sys.argv[2]) as con:  # this company has no PIN yet (the demo gives all 0000)
    assert con.execute("UPDATE company SET pin_hash = NULL WHERE name = ?", (sys.argv[3],)).rowcount == 1
PYEOF
)
pin_of() { sed -n 's/^PIN for .* (booth [A-Z0-9]*): \([0-9]*\)$/\1/p'; }
logged() {
    "$FD" --db "$DB" export interviews --out "$WORK/y.csv" --company "$COMPANY" --headers en >/dev/null
    "$PY" -c 'import csv,sys; print(" ".join(sorted(r["name"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))))' "$WORK/y.csv"
}
name_of() { "$PY" -c 'import csv,sys; print(next(r["name"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")) if r["badge_code"] == sys.argv[2]))' "$WORK/x.csv" "$1"; }

QT_QPA_PLATFORM=xcb "$FD" --db "$DB" booth --company "$COMPANY" >"$WORK/app.log" 2>&1 &
APP=$!
WIN=$(xdotool search --sync --onlyvisible --name "FairDesk" | head -1)
sleep 2
xdotool windowfocus --sync "$WIN"   # no window manager under Xvfb: give it the focus
sleep 0.3
import -window root "$WORK/pin_1_no_pin.png"

person() { sleep 0.2; xdotool type --delay 150 "$1"; sleep 0.2; xdotool key Return; sleep 1.5; }
scan() { xdotool type --delay 8 "$1"; xdotool key Return; sleep 1; }

FIRST=$("$FD" --db "$DB" company pin "$COMPANY" --random | pin_of)
[[ ${#FIRST} == 6 ]] || { echo "FAILED: no PIN printed"; exit 1; }
person "$FIRST"
scan "${CODES[0]}"                                   # open: logged
import -window root "$WORK/pin_2_open.png"

SECOND=$("$FD" --db "$DB" company pin "$COMPANY" --random | pin_of)
[[ ${#SECOND} == 6 && "$SECOND" != "$FIRST" ]] || { echo "FAILED: no new PIN"; exit 1; }
xdotool key ctrl+l; sleep 0.8
person "$FIRST"                                      # the old PIN
import -window root "$WORK/pin_3_old_refused.png"
scan "${CODES[1]}"                                   # still locked: not logged
person "$SECOND"
scan "${CODES[2]}"                                   # open again: logged
import -window root "$WORK/pin_4_new_open.png"
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""

GOT=$(logged)
WANT=$(printf '%s\n' "$(name_of "${CODES[0]}")" "$(name_of "${CODES[2]}")" | sort | tr '\n' ' ' | sed 's/ $//')
if [[ "$GOT" != "$WANT" ]]; then
    echo "FAILED: logged [$GOT], wanted [$WANT] (the old PIN must not open the booth)"; exit 1
fi
echo "pin check OK: set, opened at 150 ms a key, reset, old PIN refused, new PIN opened"
echo "screenshots: $WORK/pin_1_no_pin.png … pin_4_new_open.png"
