#!/bin/sh
# Builds thdash in release mode and runs every benchmark, one line per figure: extraction MB/s, model
# build, period query, redraw per key, first frame on Data/, first frame and peak memory at 5,000 articles
# (cold and with the cache), peak memory from 1,250 to 10,000 articles. Prints the machine first, since the
# figures mean little without it.
set -eu
cd "$(dirname "$0")/.."
swift build -c release >&2
model=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
memory=$(LC_ALL=C free -g 2>/dev/null | awk '/^Mem:/ { print $2 " GiB" }')
echo "machine: $(nproc) cores${model:+, $model}${memory:+, $memory}; load $(cut -d ' ' -f 1-3 /proc/loadavg)"
exec .build/release/thdash-bench all "$@"
