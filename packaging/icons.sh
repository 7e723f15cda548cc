#!/usr/bin/env sh
# Renders every icon file from the master drawing assets/icons/strata.svg. The results are
# committed, so builds and CI need none of these tools; run this after changing the drawing.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -eu

icons=$(cd "$(dirname "$0")/../assets/icons" && pwd)
svg="$icons/strata.svg"

mkdir -p "$icons/png"
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$icons/png/strata-$size.png"
done

# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert "$icons/png/strata-16.png" "$icons/png/strata-24.png" "$icons/png/strata-32.png" \
    "$icons/png/strata-48.png" "$icons/png/strata-64.png" "$icons/png/strata-256.png" \
    "$icons/strata.ico"

# macOS: png2icns picks the icon type from each picture's size.
png2icns "$icons/strata.icns" "$icons/png/strata-16.png" "$icons/png/strata-32.png" \
    "$icons/png/strata-48.png" "$icons/png/strata-128.png" "$icons/png/strata-256.png" \
    "$icons/png/strata-512.png" "$icons/png/strata-1024.png" >/dev/null

echo "icons written to $icons"
