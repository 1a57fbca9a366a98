#!/usr/bin/env bash
# Renders the app icon (resources/icons/app-icon.svg) into the hicolor PNG sizes that packaging/
# installs next to the SVG. The PNGs are committed so that building a package needs no SVG renderer;
# run this again whenever the SVG changes (needs rsvg-convert from librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "packaging/icons/app-icon-${size}.png" resources/icons/app-icon.svg
done
