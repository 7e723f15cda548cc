#!/usr/bin/env bash
# Compares, in one run, how long Strata takes to read every layer of a large docker-save
# archive with how long the standard tools take to list the same layers:
#   strata image inspect ARCHIVE                         (with -Xmx256m)
#   for each layer: tar -xOf ARCHIVE LAYER | gzip -dc | tar -t
# Run by hand (not in CI): bench/image-read.sh [LAYERS] [ENTRIES_PER_LAYER]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$root/app/target/bench}
layers=${1:-10}
entries=${2:-50000}
archive=$work/big-$layers-$entries.tar
mkdir -p "$work"

if [ ! -f "$archive" ]; then
    echo "generating $archive ($layers layers x $entries entries)..." >&2
    python3 "$root/bench/make-big-image.py" "$archive" "$layers" "$entries" >&2
fi
ls -l "$archive" >&2
(cd "$root" && ./mvnw -B -q -DskipTests package >&2)
cp="$root/app/target/strata.jar"

seconds() { date +%s.%N; }

start=$(seconds)
for layer in $(tar -tf "$archive" | grep '/layer.tar$'); do
    tar -xOf "$archive" "$layer" | gzip -dc | tar -t > /dev/null
done
tools=$(echo "$(seconds) - $start" | bc)

start=$(seconds)
java -Xmx256m -jar "$cp" image inspect "$archive" > "$work/inspect.txt"
strata=$(echo "$(seconds) - $start" | bc)

tail -n 1 "$work/inspect.txt"
printf 'tar+gzip: %.2f s   strata: %.2f s   ratio (tar/strata): %.2f\n' \
    "$tools" "$strata" "$(echo "$tools / $strata" | bc -l)"
