#!/usr/bin/env bash
# Fuzz the article loader and the figure extractor with libFuzzer and AddressSanitizer.
#
#   Scripts/fuzz.sh [RUNS]            run RUNS executions (default 1000000)
#   Scripts/fuzz.sh --seconds N       run for N seconds (CI runs a short one)
#
# The seed corpus is the embedded articles (Data/articles) and the seed article from ../shared when it is
# there; new interesting inputs are kept in .build-fuzz/corpus between runs. A crash leaves its input in
# .build-fuzz/ (crash-*); make it a regression test in Tests/ExtractionTests before fixing it. So does an input
# that extracts too slowly for its size ("slow input" in the log).
set -euo pipefail
cd "$(dirname "$0")/.."

limit=(-runs="${1:-1000000}")
if [ "${1:-}" = "--seconds" ]; then limit=(-max_total_time="${2:?seconds}"); fi

out=.build-fuzz
mkdir -p "$out/corpus" "$out/seeds"
cp Data/articles/* "$out/seeds/"
[ -d ../shared/seeds ] && cp ../shared/seeds/*.txt "$out/seeds/" 2>/dev/null || true

sources=$(find Sources/ThdashExtraction -name '*.swift' | sort)
# -I Sources/CWcwidth: the extractor's display widths come from the C library's wcwidth through that module.
# shellcheck disable=SC2086
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name FuzzExtraction -package-name thdash \
  -I Sources/CWcwidth \
  $sources Fuzz/FuzzExtraction.swift -o "$out/fuzz-extraction"

export THDASH_CATALOG="$PWD/Data/catalog.tsv" THDASH_OUTLETS="$PWD/Data/outlets.tsv"
# -dict: the words the extractor acts on and the pieces of the adversarial texts. An input slower than the
# target's own limit (20 ms a KiB over a 200 ms floor) stops the run like a crash; -timeout catches hangs.
"$out/fuzz-extraction" "${limit[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
  -dict=Fuzz/extraction.dict \
  -artifact_prefix="$out/" "$out/corpus" "$out/seeds"
