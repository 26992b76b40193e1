#!/usr/bin/env bash
# Whole process against whole process: `placeline geoparse --format jsonl FILES` against
# `grep -F -w -o -f NAMES FILES` on the same input, both writing to /dev/null.
#
#   bench/compare-grep.sh [RUNS]          (default 5 runs of each command; run from the checkout)
#
# NAMES is the list BM_GeoparseVersusGrep gives grep: every spelling of the gazetteer placeline
# loads (the world one when scripts/fetch-data.sh has filled the data cache), written by
# `build/placeline_bench --write-grep-names`. Inputs, all made at run time in a temporary folder
# that is removed at the end (no article text is kept):
#   (a) many article-sized files: the 588 articles of LGL (../shared/dev/lgl.xml), one file each;
#       without LGL, the sample corpus's files copied 100 times under new names;
#   (b) one ~2 MB document: the same texts joined into one file, repeated and cut at 2 MiB;
#   start-up: each command on one empty file (placeline: loading the gazetteer; grep: compiling
#   its patterns), reported on its own so that (a) and (b) can be read with or without it.
# For each: the minimum and the median wall time over RUNS runs, the minimum CPU time (user +
# system) and the largest peak resident memory. On a shared machine the minimum is the least
# disturbed run, and CPU time is what waiting for a core does not inflate. placeline geoparses
# articles on every core (its CPU time adds them up); grep uses one.
#
# Prerequisites: a Release build of the targets placeline and placeline_bench (see the README),
# GNU grep, GNU time (/usr/bin/time, Debian package `time`), python3, awk.
set -euo pipefail

runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
placeline=$root/build/placeline
bench=$root/build/placeline_bench
lgl=${LGL:-$root/../shared/dev/lgl.xml}
corpus=$root/../shared/corpus
for tool in "$placeline" "$bench"; do
    [[ -x $tool ]] || { echo "compare-grep: $tool is missing: build it first (see the README)" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "compare-grep: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "compare-grep: python3 is missing" >&2; exit 2; }

# grep reads the patterns and the text as UTF-8, as the benchmark does.
export LC_ALL=C.UTF-8
work=$(mktemp -d "${TMPDIR:-/tmp}/placeline-compare-grep.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/articles"

"$bench" --write-grep-names "$work/names.txt"

if [[ -r $lgl ]]; then
    source_name="LGL articles ($lgl)"
    python3 - "$lgl" "$work/articles" <<'EOF'
import sys, xml.etree.ElementTree as ET
for i, art in enumerate(ET.parse(sys.argv[1]).getroot().iter("article")):
    with open(f"{sys.argv[2]}/{i:04d}.txt", "w", encoding="utf-8") as f:
        f.write(art.findtext("text") or "")
EOF
else
    source_name="the sample corpus copied 100 times (no LGL at $lgl)"
    for i in $(seq -w 1 100); do
        for f in "$corpus"/*; do cp "$f" "$work/articles/$i-$(basename "$f")"; done
    done
fi
files=("$work"/articles/*)
for _ in 1 2 3 4; do cat "${files[@]}"; done | head -c $((2 << 20)) > "$work/one-document.txt" || true
: > "$work/empty.txt"

bytes_a=$(cat "${files[@]}" | wc -c)
bytes_b=$(wc -c < "$work/one-document.txt")
names=$(wc -l < "$work/names.txt")

# time_runs LABEL COMMAND...: RUNS runs; prints "label|min wall s|median wall s|min cpu s|max rss MB".
time_runs() {
    local label=$1; shift
    local walls=() cpus=() rsss=()
    for ((r = 0; r < runs; ++r)); do
        local t0 t1 wall
        t0=$(date +%s%N)
        /usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || {
            local status=$?
            # grep exits with 1 when nothing matches (the empty file): not a failure.
            if [[ $status -ne 1 || $1 != grep ]]; then
                echo "compare-grep: '$label' failed (exit $status):" >&2; cat "$work/stderr.txt" >&2; exit 1
            fi
        }
        t1=$(date +%s%N)
        wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
        walls+=("$wall")
        read -r user sys rss < <(tail -n 1 "$work/time.txt")
        cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
        rsss+=("$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')")
    done
    local best median cpu rss
    best=$(printf '%s\n' "${walls[@]}" | sort -n | head -n 1)
    median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | head -n 1)
    rss=$(printf '%s\n' "${rsss[@]}" | sort -n | tail -n 1)
    echo "$label|$best|$median|$cpu|$rss"
}

rows=()
rows+=("$(time_runs "start-up: placeline geoparse, one empty file" "$placeline" geoparse --format jsonl "$work/empty.txt")")
rows+=("$(time_runs "start-up: grep, one empty file" grep -F -w -o -f "$work/names.txt" "$work/empty.txt")")
rows+=("$(time_runs "(a) placeline geoparse, ${#files[@]} files" "$placeline" geoparse --format jsonl "${files[@]}")")
rows+=("$(time_runs "(a) grep, ${#files[@]} files" grep -F -w -o -f "$work/names.txt" "${files[@]}")")
rows+=("$(time_runs "(b) placeline geoparse, one document" "$placeline" geoparse --format jsonl "$work/one-document.txt")")
rows+=("$(time_runs "(b) grep, one document" grep -F -w -o -f "$work/names.txt" "$work/one-document.txt")")

echo "Input (a): ${#files[@]} files, $bytes_a bytes, from $source_name"
echo "Input (b): one file, $bytes_b bytes, the same texts joined (repeated to 2 MiB)"
echo "NAMES: $names spellings; $runs runs of each command; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | wall, min | wall, median | CPU, min | peak RSS |"
echo "| --- | --- | --- | --- | --- |"
for row in "${rows[@]}"; do
    IFS='|' read -r label best median cpu rss <<< "$row"
    echo "| $label | $best s | $median s | $cpu s | $rss MB |"
done
echo
# Ratios, whole process and with each side's start-up taken off: of the minimum wall times, and
# of the minimum CPU times.
ratios() {
    local column=$1 name=$2
    local v=()
    for row in "${rows[@]}"; do v+=("$(cut -d'|' -f"$column" <<< "$row")"); done
    awk -v name="$name" -v sp="${v[0]}" -v sg="${v[1]}" -v ap="${v[2]}" -v ag="${v[3]}" -v bp="${v[4]}" -v bg="${v[5]}" '
    # Without start-up, a difference lost in the noise (grep spends nearly all its time compiling
    # the patterns) gives no ratio.
    function ratio(p, g) { return g > 0.02 ? sprintf("%.2f", p / g) : "none (within the noise of its start-up)" }
    BEGIN {
        printf "placeline / grep, %s: (a) %s whole process, %s without start-up; ", name, ratio(ap, ag), ratio(ap - sp, ag - sg)
        printf "(b) %s whole process, %s without start-up\n", ratio(bp, bg), ratio(bp - sp, bg - sg)
    }'
}
ratios 2 "wall time (minimum)"
ratios 4 "CPU time (minimum)"
