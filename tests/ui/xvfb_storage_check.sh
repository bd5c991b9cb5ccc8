#!/usr/bin/env bash
# Real-window check of the desk's storage-problem state under Xvfb (not collected by pytest).
#
# Opens the desk in Chinese, scans one badge (saved), deletes the database file under the running
# station, waits for the purple strip, scans a second badge (held, not saved: never ✔ and never the
# red refusal) and checks that the held scan is in the file beside the database. Screenshots go to
# OUTDIR. Usage: tests/ui/xvfb_storage_check.sh [OUTDIR]   (default /tmp; needs ImageMagick)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-/tmp}
DB=$OUT/storage.sqlite3
FD=.venv/bin/fairdesk
rm -rf "$DB" "$DB"-* "$DB".held-* "$OUT/storage_attendees.csv"
$FD --db "$DB" demo --attendees 50 >/dev/null
$FD --db "$DB" export attendees --out "$OUT/storage_attendees.csv" --headers en >/dev/null
mapfile -t CODES < <(.venv/bin/python - "$OUT/storage_attendees.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as fh:
    for row in list(csv.DictReader(fh))[:2]:
        print(row["badge_code"])
PY
)
. tests/ui/xvfb_lib.sh  # (the script has cd-ed to the repository)
start_xvfb 95
QT_QPA_PLATFORM=xcb $FD --db "$DB" --lang zh_CN desk --station 东门 >"$OUT/storage_app.log" 2>&1 &
APP=$!
sleep 4
xdotool type --delay 8 "${CODES[0]}"; xdotool key Return; sleep 1
import -window root "$OUT/storage_1_saved.png"
rm -f "$DB" "$DB-wal" "$DB-shm"
sleep 3
import -window root "$OUT/storage_2_banner.png"
xdotool type --delay 8 "${CODES[1]}"; xdotool key Return; sleep 1.5
import -window root "$OUT/storage_3_held.png"
grep -q "${CODES[1]}" "$DB.held-desk.json" || { echo "FAILED: the held scan is not beside the database"; exit 1; }
echo "storage check OK: screenshots in $OUT"
