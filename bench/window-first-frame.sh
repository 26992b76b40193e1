#!/usr/bin/env bash
# The window's start: time from process start to the first complete frame (every layer, the
# gazetteer and the corpus loaded and drawn), and the process's peak resident memory by then.
#
#   bench/window-first-frame.sh [RUNS] [CORPUS]   (default 5 runs, ../shared/corpus; from the checkout)
#
# Runs `build/placeline CORPUS` and `build/placeline --world CORPUS` under a private Xvfb, with a
# fresh settings folder. The app reports its own timings when PLACELINE_TIMING is set
# ("first frame with the corpus after N ms", measured from the start of run_app, i.e. after the
# command line is parsed) and PLACELINE_EXIT_AFTER_LOAD=1 makes it quit after that frame; GNU time
# gives the peak resident memory (ru_maxrss) and the CPU time (user + system, every thread) of the
# whole process, which ends right after that frame. The minimum and the median of RUNS runs are
# printed (the machine may be shared: the minimum is the least disturbed run, and CPU time is what
# waiting for a core does not inflate).
#
# Prerequisites: a Release build of the target placeline, Xvfb (package xvfb), GNU time (package
# time); the world gazetteer and world_map.gpkg from scripts/fetch-data.sh for the world figures.
set -euo pipefail

runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${2:-$root/../shared/corpus}
placeline=$root/build/placeline
[[ -x $placeline ]] || { echo "window-first-frame: $placeline is missing: build it first" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "window-first-frame: Xvfb is missing (apt-get install xvfb)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "window-first-frame: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/placeline-first-frame.XXXXXX")
xvfb_pid=
cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# A display number no other X server holds.
display=$((600 + $$ % 300))
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp 2> "$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.05; done
[[ -e /tmp/.X11-unix/X$display ]] || { echo "window-first-frame: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }

# measure LABEL ARGS...: prints "label|min ms|median ms|min cpu s|min MB|max MB".
measure() {
    local label=$1; shift
    local frames=() rss=() cpu=()
    for ((r = 0; r < runs; ++r)); do
        rm -rf "$work/config"
        DISPLAY=":$display" XDG_CONFIG_HOME="$work/config" PLACELINE_TIMING=1 PLACELINE_EXIT_AFTER_LOAD=1 \
            /usr/bin/time -f 'rss_kb %M cpu %U %S' -o "$work/time.txt" "$placeline" "$@" > /dev/null 2> "$work/stderr.txt" || true
        local ms
        ms=$(sed -n 's/^placeline: first frame with the corpus after \([0-9.]*\) ms$/\1/p' "$work/stderr.txt")
        if [[ -z $ms ]]; then
            echo "window-first-frame: '$label' reported no first frame:" >&2; cat "$work/stderr.txt" >&2; exit 1
        fi
        frames+=("$ms")
        rss+=("$(awk '/^rss_kb/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")")
        cpu+=("$(awk '/^rss_kb/ { printf "%.2f", $4 + $5 }' "$work/time.txt")")
    done
    local stats
    stats=$(printf '%s\n' "${frames[@]}" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f|%.0f", v[1], m }')
    local mem
    mem=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%s|%s", v[1], v[NR] }')
    local cpu_min
    cpu_min=$(printf '%s\n' "${cpu[@]}" | sort -n | head -n 1)
    echo "$label|$stats|$cpu_min|$mem"
}

rows=()
rows+=("$(measure "placeline CORPUS" "$corpus")")
rows+=("$(measure "placeline --world CORPUS" --world "$corpus")")

echo "Corpus: $corpus; $runs runs each; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | first complete frame, min | median | CPU of the whole process, min | peak resident memory (min-max of runs) |"
echo "| --- | --- | --- | --- | --- |"
for row in "${rows[@]}"; do
    IFS='|' read -r label best median cpu lo hi <<< "$row"
    echo "| \`$label\` | $best ms | $median ms | $cpu s | $lo-$hi MB |"
done
