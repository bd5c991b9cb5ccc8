#!/usr/bin/env bash
# Step 8's screens in REAL windows under Xvfb, LANG=zh_CN.UTF-8 (not collected by pytest): the
# organiser's Stations tool after a desk's bundle was merged, its Make pack… and Merge bundles…
# dialogs, the role picker's "start from a station pack" and its dialog, and a desk's Station menu
# with Write bundle…. The fair is made with the command line (demo → pack → unpack → check-in →
# bundle → merge) so the table has a real row. Usage: tests/ui/xvfb_sync_check.sh [OUTDIR]
# (default /tmp/sync_screens; needs Xvfb, xdotool and ImageMagick `import`)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-/tmp/sync_screens}
mkdir -p "$OUT"
rm -rf "$OUT"/*.png "$OUT"/*.sqlite3* "$OUT"/stick "$OUT"/empty*
FD=.venv/bin/fairdesk
ORG=$OUT/organiser.sqlite3
DESK=$OUT/desk.sqlite3
PASS=$OUT/passphrase.txt
echo "correct horse battery" >"$PASS"
mkdir -p "$OUT/stick"
$FD --db "$ORG" demo --attendees 200 >/dev/null
$FD --db "$ORG" pack desk --name 东门签到台 --out "$OUT/stick/东门.fdpack" --passphrase-file "$PASS" >/dev/null
$FD --db "$DESK" unpack "$OUT/stick/东门.fdpack" --passphrase-file "$PASS" >/dev/null
$FD --db "$DESK" walk-in --name 李雷 --university 北京大学 --student-no 990001 >/dev/null
$FD --db "$DESK" bundle --out "$OUT/stick" >/dev/null
$FD --db "$ORG" merge "$OUT/stick" --passphrase-file "$PASS" >/dev/null

. tests/ui/xvfb_lib.sh
start_xvfb 95


open_app "$ORG" gui --role organiser
xdotool key Down            # the side list: Badges → Stations
shot 01_stations_tool
xdotool key alt+p           # 制作数据包(&P)…
shot 02_make_pack
xdotool key Escape
xdotool key alt+m           # 合并回传包(&M)…
shot 03_merge_dialog
xdotool key Escape
close_app

: >"$OUT/empty.sqlite3"; rm -f "$OUT/empty.sqlite3"
open_app "$OUT/empty.sqlite3" gui
shot 04_role_picker
xdotool key alt+p           # 用工作站数据包启动本机(&P)…
shot 05_start_from_pack
xdotool key Escape
close_app

open_app "$DESK" gui --role desk
xdotool key alt+s           # the Station menu
shot 06_desk_station_menu
xdotool key Escape
close_app
echo "screenshots in $OUT"
