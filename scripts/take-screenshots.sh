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
xdotool windowsize \$win 1180 620; xdotool windowmove \$win 0 0; sleep 0.5
xdotool windowfocus --sync \$win
t() { xdotool type --delay 5 -- "\$1"; }
confirm() { sleep 0.8; t "\$1"; sleep 0.3; }
# A successful deletion: type the IDs, Tab to "Delete batch…", confirm by typing the batch ID.
t "-OPXR1F82I0cRYJPcHNo"; xdotool key Tab; t "-OPXT4kQm2ZbW9sLe7Ha"; xdotool key Tab space
confirm "-OPXT4kQm2ZbW9sLe7Ha"
import -window root "$out/confirm-dialog.png"
xdotool key Tab Tab space; sleep 1
# The same batch again: the server answers 404.
t "-OPXT4kQm2ZbW9sLe7Ha"; xdotool key Tab space; confirm "-OPXT4kQm2ZbW9sLe7Ha"; xdotool key Tab Tab space; sleep 1
# A mistyped ID is refused next to the field.
xdotool key ctrl+a; t "-OPYa8cD3nR5tV1wX6Jb x"; sleep 0.5
import -window root "$out/main-window.png"
DRIVE
chmod +x "$home/drive.sh"
xvfb-run -a -s "-screen 0 1180x620x24" "$home/drive.sh"
echo "screenshots written to $out"
