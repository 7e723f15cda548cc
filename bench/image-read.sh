#!/usr/bin/env bash
# Compares, in one run, how long Strata takes to read every layer of a large docker-save
# archive with how long the standard tools take to list the same layers:
#   strata image inspect ARCHIVE                         (with -Xmx256m)
#   for each layer: tar -xOf ARCHIVE LAYER | gzip -dc | tar -t
# Run by hand (not in CI): [RUNS=N] [NO_BUILD=1] bench/image-read.sh [LAYERS] [ENTRIES_PER_LAYER]
# With RUNS above 1 the two measurements alternate and the medians are compared, which
# matters on a machine that is busy with other work; the load average is printed too.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$root/app/target/bench}
layers=${1:-10}
entries=${2:-50000}
runs=${RUNS:-1}
archive=$work/big-$layers-$entries.tar
mkdir -p "$work"

if [ ! -f "$archive" ]; then
    echo "generating $archive ($layers layers x $entries entries)..." >&2
    python3 "$root/bench/make-big-image.py" "$archive" "$layers" "$entries" >&2
fi
ls -l "$archive" >&2
if [ -z "${NO_BUILD:-}" ]; then
    (cd "$root" && ./mvnw -B -q -DskipTests package >&2)
fi
cp="$root/app/target/strata.jar"

seconds() { date +%s.%N; }
median() {
    sort -n | awk '{v[NR] = $1}
        END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

tools_times=()
strata_times=()
for run in $(seq "$runs"); do
    start=$(seconds)
    for layer in $(tar -tf "$archive" | grep '/layer.tar$'); do
        tar -xOf "$archive" "$layer" | gzip -dc | tar -t > /dev/null
    done
    tools_times+=("$(echo "$(seconds) - $start" | bc)")

    start=$(seconds)
    if command -v /usr/bin/time > /dev/null; then
        /usr/bin/time -f '%M' -o "$work/rss.txt" \
            java -Xmx256m -jar "$cp" image inspect "$archive" > "$work/inspect.txt"
        rss="$(( $(cat "$work/rss.txt") / 1024 )) MiB peak RSS"
    else
        java -Xmx256m -jar "$cp" image inspect "$archive" > "$work/inspect.txt"
        rss="peak RSS not measured (no /usr/bin/time)"
    fi
    strata_times+=("$(echo "$(seconds) - $start" | bc)")
    printf 'run %d: tar+gzip %.2f s, strata %.2f s (%s)\n' "$run" "${tools_times[-1]}" \
        "${strata_times[-1]}" "$rss" >&2
done
tools=$(printf '%s\n' "${tools_times[@]}" | median)
strata=$(printf '%s\n' "${strata_times[@]}" | median)

tail -n 1 "$work/inspect.txt"
echo "load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
printf 'tar+gzip: %.2f s   strata: %.2f s   ratio (tar/strata): %.2f   (median of %d)\n' \
    "$tools" "$strata" "$(echo "$tools / $strata" | bc -l)" "$runs"
