#!/usr/bin/env python3
"""Which threads ran when, from a perf recording: one line per time slice, per thread the number
of samples it took in that slice and the function most of them were in.

    perf record -F 20000 -o OUT.perf build/placeline geoparse --format jsonl INPUT > /dev/null
    perf script -i OUT.perf -F tid,time,ip,sym -G | bench/thread-timeline.py [SLICE_MS]

At 20,000 samples a second a thread busy for a whole slice of 5 ms takes 100 samples; a thread
with none is waiting. A stretch where one thread is busy and the others wait is work on one core.
"""
import collections
import sys


def main():
    slice_ms = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    samples = []  # (thread, seconds, function)
    for line in sys.stdin:
        parts = line.split(None, 3)
        if len(parts) < 2 or not parts[1].endswith(":"):
            continue
        try:
            thread, seconds = parts[0], float(parts[1][:-1])
        except ValueError:
            continue
        function = parts[3].strip() if len(parts) > 3 else "?"
        samples.append((thread, seconds, function))
    if not samples:
        sys.exit("no samples read: give `perf script -F tid,time,ip,sym -G` on stdin")
    start = min(s for _, s, _ in samples)
    threads = sorted({t for t, _, _ in samples}, key=int)
    slices = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
    for thread, seconds, function in samples:
        name = function.replace("placeline::", "").replace("(anonymous namespace)::", "")
        slices[int((seconds - start) * 1000 / slice_ms)][thread][name[:28]] += 1
    for k in range(max(slices) + 1):
        row = f"{k * slice_ms:6.0f} ms"
        for thread in threads:
            counts = slices[k].get(thread)
            if counts:
                row += f" | {sum(counts.values()):3d} {counts.most_common(1)[0][0]:28s}"
            else:
                row += " | " + " " * 32
        print(row)


if __name__ == "__main__":
    main()
