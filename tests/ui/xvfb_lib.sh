# Sourced by the tests/ui/xvfb_*.sh real-window checks: a private Xvfb display, and the app and
# the display killed however the script ends. After `start_xvfb N` (the first free display from
# N, or $DISPLAY_NUM) DISPLAY points at it; a script keeps its app's pid in APP.
APP=""
XVFB=""
xvfb_cleanup() {
    [[ -n "$APP" ]] && kill "$APP" 2>/dev/null || true
    [[ -n "$XVFB" ]] && kill "$XVFB" 2>/dev/null || true
}
trap xvfb_cleanup EXIT

start_xvfb() {
    local num=${DISPLAY_NUM:-$1}
    while [[ -e /tmp/.X11-unix/X$num || -e /tmp/.X$num-lock ]]; do num=$((num + 1)); done
    Xvfb ":$num" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB=$!
    export DISPLAY=":$num"
    for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
}

# For scripts that set FD (the fairdesk command) and OUT (the screenshot folder):
open_app() {  # DB, then fairdesk arguments
    local db=$1; shift
    LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 QT_QPA_PLATFORM=xcb $FD --db "$db" "$@" \
        >>"$OUT/app.log" 2>&1 &
    APP=$!
    local win=
    for _ in $(seq 100); do
        win=$(xdotool search --onlyvisible --name FairDesk 2>/dev/null | head -1 || true)
        [ -n "$win" ] && break
        sleep 0.1
    done
    [ -n "$win" ] || { echo "window did not appear"; cat "$OUT/app.log"; exit 1; }
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    xdotool windowsize "$win" 1366 768 windowmove "$win" 0 0
    sleep 1.5
}
close_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=; }
shot() { sleep "${2:-0.8}"; import -window root "$OUT/$1.png"; }
