#!/usr/bin/env bash
# The screen pass of issue 9 in REAL windows under Xvfb, with LANG=zh_CN.UTF-8 (not collected by
# pytest): every screen a volunteer meets on the demo fair, one screenshot each, to be looked at.
#
# Role picker; desk (waiting, ✔, ↻ already, ✖ forged, search, undo asked, walk-in form empty and
# refused, lost-badge question); a storage problem (purple strip, held scan, the dialog); booth
# (company chooser, PIN lock with a wrong PIN, unlocked, a card, the export file dialog with its
# offered name); organiser's badges tool and its logo file dialog and colour dialog.
# tests/ui/test_screens_speak_chinese.py reads the same screens' texts, tool tips and accessible
# names offscreen. Usage: tests/ui/xvfb_zh_screens.sh [OUTDIR]   (default /tmp/zh_screens; needs
# Xvfb, xdotool and ImageMagick `import`)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-/tmp/zh_screens}
mkdir -p "$OUT"
FD=.venv/bin/fairdesk
DB=$OUT/demo.sqlite3
rm -f "$DB" "$DB"-* "$OUT"/*.png
$FD --db "$DB" demo --attendees 300 >/dev/null
$FD --db "$DB" export attendees --out "$OUT/attendees.csv" --headers en >/dev/null
mapfile -t CODES < <(.venv/bin/python - "$OUT/attendees.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as fh:
    for row in list(csv.DictReader(fh))[:6]:
        print(row["badge_code"])
PY
)

. tests/ui/xvfb_lib.sh  # (the script has cd-ed to the repository)
start_xvfb 93

scan() { xdotool type --delay 8 "$1"; xdotool key Return; }
human() { xdotool type --delay 120 "$1"; }

open_app "$DB" gui
shot 01_role_picker
close_app

open_app "$DB" gui --role desk
shot 02_desk_waiting
scan "${CODES[0]}"; shot 03_desk_ok
scan "${CODES[0]}"; shot 04_desk_already
LAST=${CODES[1]:38:1}
scan "${CODES[1]:0:38}$(( (LAST + 1) % 10 ))"; shot 05_desk_forged
xdotool key F2; sleep 0.8; xdotool key ctrl+Return; shot 06_walk_in_empty 1
human "Li"; xdotool key Tab; human "PKU"; xdotool key ctrl+Return; shot 07_walk_in_refused 1
xdotool key Escape
sleep 0.5
xdotool key ctrl+f; sleep 0.3; human "liu"; shot 08_desk_search 1
xdotool key Escape; scan "${CODES[2]}"; sleep 0.8
xdotool key ctrl+z; shot 09_desk_undo_asked
xdotool key Escape; sleep 0.5
xdotool key ctrl+shift+p; shot 10_desk_lost_badge_question 1
xdotool key Escape; sleep 0.5
close_app

STORE=$OUT/storage.sqlite3
cp "$DB" "$STORE"
open_app "$STORE" gui --role desk
rm -f "$STORE" "$STORE-wal" "$STORE-shm"   # the file vanishes under the running station
shot 11_storage_strip 4
scan "${CODES[3]}"; shot 12_storage_held 1.5
xdotool mousemove 1305 50 click 1; shot 13_storage_dialog 1.2
close_app

open_app "$DB" gui --role booth
shot 14_booth_chooser
xdotool key Return; sleep 1; human "1111"; xdotool key Return; shot 15_booth_wrong_pin 1.2
human "0000"; xdotool key Return; shot 16_booth_unlocked 1.5   # the demo fair's PIN
human "Wang"; xdotool key Return; sleep 0.4
scan "${CODES[4]}"; shot 17_booth_card 1.2
xdotool key ctrl+e; shot 18_booth_export_dialog 1.5
xdotool key Escape
close_app

open_app "$DB" gui --role organiser
shot 19_organiser_badges 2
xdotool mousemove 413 324 click 1; shot 20_organiser_logo_dialog 1.5
xdotool key Escape; sleep 0.5
xdotool mousemove 324 324 click 1; shot 21_organiser_colour_dialog 1.5
xdotool key Escape
close_app

ls "$OUT"/*.png | wc -l | xargs echo "screenshots in $OUT:"
