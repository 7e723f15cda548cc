#!/usr/bin/env bash
# Checks a Strata .deb the way a user meets it: installs it with its dependencies,
# validates the desktop entry, renders a picture and opens the window (under Xvfb) with
# the installed launcher, times the start, and removes the package again.
# Needs root and, from Debian: xvfb, x11-utils, imagemagick, desktop-file-utils, bc.
# Usage: packaging/linux/check-deb.sh app/target/dist/strata_*.deb [OUTPUT_DIR]
set -euo pipefail

launcher=/opt/strata/bin/Strata

now() {
    date +%s.%N
}

# Inside Xvfb: start the launcher, wait for its window and for the first painted frame.
if [ "${1:-}" = --window ]; then
    out=$2
    start=$(now)
    "$launcher" >"$out/window.log" 2>&1 &
    pid=$!
    until xwininfo -root -tree 2>/dev/null | grep -q '"Strata — '; do
        kill -0 "$pid" 2>/dev/null || { cat "$out/window.log" >&2; exit 1; }
        sleep 0.02
    done
    mapped=$(now)
    id=$(xwininfo -root -tree | grep '"Strata — ' | awk '{print $1}')
    # The title bar of the picture is plain background until the first frame is drawn.
    until [ "$(import -window "$id" -crop 400x60+0+0 -colorspace gray \
            -format '%[fx:standard_deviation>0.02]' info: 2>/dev/null)" = 1 ]; do
        sleep 0.05
    done
    painted=$(now)
    # CPU time so far: on a busy machine a steadier figure than the wall clock.
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    echo "window shown after $(echo "$mapped - $start" | bc) s," \
        "first frame after $(echo "$painted - $start" | bc) s," \
        "$(echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc) s of CPU;" \
        "load average $(cut -d' ' -f1 /proc/loadavg)"
    sleep 2
    import -window root "$out/window.png"
    xprop -id "$id" _NET_WM_ICON | head -c 60
    echo
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    exit 0
fi

deb=$(realpath "$1")
out=$(realpath -m "${2:-app/target/deb-check}")
mkdir -p "$out"

echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
dpkg -i "$deb" >"$out/install.log" 2>&1 || apt-get install -f -y >>"$out/install.log" 2>&1
dpkg -s strata | grep -E '^(Status|Version|Depends):'
trap 'dpkg -r strata >"$out/remove.log" 2>&1 && echo "removed again"' EXIT

desktop-file-validate /usr/share/applications/strata.desktop
sample=$(dirname "$0")/../../assets/samples/tour.strata
echo "desktop entry valid; tour.strata is $(xdg-mime query filetype "$sample")," \
    "opened by $(xdg-mime query default application/x-strata-scenario)"

"$launcher" --version
"$launcher" render --out "$out/render.png" --step 3
test -s "$out/render.png"
echo "render from the installed launcher: $(stat -c %s "$out/render.png") bytes"

xvfb-run -a -s "-screen 0 1600x900x24" "$0" --window "$out"
echo "screenshot: $out/window.png"
