#!/usr/bin/env bash
# Drives the real app in demo mode under Xvfb like a user (xdotool) and saves the README screenshots.
# Needs: xvfb xdotool imagemagick. Usage: scripts/take-screenshots.sh [path/to/extracta-batch-admin]
set -euo pipefail
app=${1:-build/release/src/app/extracta-batch-admin}
out=${OUT:-docs/images}
[[ -x "$app" ]] || { echo "no executable at $app; build first" >&2; exit 2; }
app=$(realpath "$app")
mkdir -p "$out"
out=$(realpath "$out")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

cat >"$home/drive.sh" <<DRIVE
#!/usr/bin/env bash
set -euo pipefail
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
"$app" --demo &
pid=\$!
trap 'kill \$pid 2>/dev/null || true' EXIT
win=\$(xdotool search --sync --name "Extracta Batch Admin" | head -1)
xdotool windowsize \$win 1280 760; xdotool windowmove \$win 0 0; sleep 1.5
t() { xdotool type --delay 5 -- "\$1"; }
confirm() { sleep 0.8; t "\$1"; sleep 0.3; }
# Without a window manager a window must be given the keyboard focus explicitly, or Qt does not
# treat it as active and ignores window shortcuts.
focus() { xdotool windowfocus --sync "\$(xdotool search --onlyvisible --name "\$1" | head -1)"; }
# Pick the first sample batch in the catalogue: the form fills and its files are fetched.
xdotool mousemove 120 188 click 1; sleep 2.5
# Edit → Delete batch… (Ctrl+D), then confirm by typing the batch ID.
focus "^Demo"; xdotool key ctrl+d
confirm "-OPXT4kQm2ZbW9sLe7Ha"
import -window root "$out/confirm-dialog.png"
xdotool key Tab Tab Return; sleep 1.5
# The same batch again, typed by hand into the batch field: the server answers 404.
focus "^Demo"; xdotool key alt+b ctrl+a; t "-OPXT4kQm2ZbW9sLe7Ha"
focus "^Demo"; xdotool key ctrl+d; confirm "-OPXT4kQm2ZbW9sLe7Ha"; xdotool key Tab Tab Return; sleep 1.5
# A mistyped ID is refused next to the field.
focus "^Demo"; xdotool key alt+b ctrl+a; t "-OPYa8cD3nR5tV1wX6Jb x"; sleep 0.5
import -window root "$out/main-window.png"
# File → Audit trail… (Ctrl+T).
focus "^Demo"; xdotool key ctrl+t; sleep 1.5
import -window root "$out/audit-trail.png"
# Several batches picked in the catalogue, Edit → Delete selected batches… (Ctrl+Shift+D).
xdotool key Escape; sleep 0.5
xdotool mousemove 120 187 click 1; xdotool keydown shift mousemove 120 243 click 1 keyup shift; sleep 0.5
focus "^Demo"; xdotool key ctrl+shift+d; sleep 1
import -window root "$out/bulk-confirm-dialog.png"
xdotool key Escape
DRIVE
chmod +x "$home/drive.sh"
xvfb-run -a -s "-screen 0 1280x760x24" "$home/drive.sh"
# The light and dark main window, rendered by the tool built next to the app (tests/tools).
shots_tool=$(dirname "$app")/../../tests/tools/eba-screenshots
if [[ -x "$shots_tool" ]]; then
  HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    xvfb-run -a -s "-screen 0 1280x800x24" "$shots_tool" "$out"
fi
echo "screenshots written to $out"
