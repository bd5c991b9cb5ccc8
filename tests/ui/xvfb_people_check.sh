#!/usr/bin/env bash
# The organiser's Students and Companies tools in a REAL window under Xvfb, LANG=zh_CN.UTF-8, on
# the demo fair (not collected by pytest): pick 主办方 in the role picker, search a student by
# initials, edit the major in the form, delete and undo, a refused phone; search a company by
# pinyin, its positions in the side panel, add one. One screenshot per step, to be looked at.
# Usage: tests/ui/xvfb_people_check.sh [OUTDIR]   (default /tmp/people_screens; needs Xvfb,
# xdotool and ImageMagick `import`; DISPLAY_NUM picks the display)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-/tmp/people_screens}
mkdir -p "$OUT"
FD=.venv/bin/fairdesk
DB=$OUT/demo.sqlite3
rm -f "$DB" "$DB"-* "$OUT"/*.png
$FD --db "$DB" demo >/dev/null

. tests/ui/xvfb_lib.sh  # (the script has cd-ed to the repository)
start_xvfb 62
human() { xdotool type --delay 100 "$1"; }

open_app "$DB" gui
shot 01_role_picker
xdotool mousemove 683 472 click 1; sleep 2.5                       # 主办方
xdotool mousemove 25 92 click 1; sleep 0.5
xdotool mousemove 25 110 click 1; shot 02_students 2                # 学生
human "lbl"; shot 03_students_by_initials 1.5
xdotool key Return; sleep 0.3; xdotool key Return; sleep 1.2        # to the list, open the form
xdotool key Tab Tab Tab Tab; xdotool key ctrl+a; human "人工智能"; shot 04_form_major 0.8
xdotool key Return; shot 05_saved 1.5
xdotool mousemove 329 114 click 1; shot 06_deleted 1.5              # 删除
xdotool mousemove 414 114 click 1; shot 07_put_back 1.5             # 撤销
xdotool mousemove 260 169 click 1; sleep 0.3; xdotool key Return; sleep 1.2
xdotool key Tab Tab Tab Tab Tab Tab Tab; xdotool key ctrl+a; human "12345"; xdotool key Return
shot 08_refused_phone 1.2
xdotool key Escape; sleep 0.5
xdotool mousemove 25 128 click 1; shot 09_companies 2               # 企业
human "cuiheng"; shot 10_companies_by_pinyin 1.2
xdotool key Return; shot 11_positions_panel 1.5
xdotool mousemove 948 79 click 1; sleep 1.2                         # 添加岗位
human "数据分析师"; xdotool key Tab Down Down Tab; human "统计学、数学"; xdotool key Tab
human "2"; shot 12_position_form 0.8
xdotool key Return; shot 13_position_added 1.5
close_app
echo "screenshots in $OUT"
