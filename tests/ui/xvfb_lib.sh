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
