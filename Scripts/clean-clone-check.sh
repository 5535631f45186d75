#!/bin/sh
# Clones this repository (its committed HEAD, or the revision given) into a temporary folder and runs
# `swift build` and `swift test` there with HOME set to a new empty folder and the XDG and THDASH_
# variables unset, then fails if the build printed a warning or the tests wrote anything into that HOME:
# the build and the tests must work from a fresh clone without warnings, and never write to the user's home.
#
#   Scripts/clean-clone-check.sh [REVISION]
#
# SwiftPM's own state is kept out of the empty HOME: its configuration and security folders go in the
# temporary folder, and its cache of downloaded packages is the user's (so that the dependency need not be
# downloaded again, offline too); the checkout's Package.resolved, if any, pins the same versions.
# KEEP=1 keeps the temporary folder for a look afterwards.
set -eu

source=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
revision=${1:-HEAD}
swiftpm_cache=${XDG_CACHE_HOME:-$HOME/.cache}/org.swift.swiftpm
work=$(mktemp -d "${TMPDIR:-/tmp}/thdash-clean-clone-XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
    echo "clean-clone-check: keeping $work"
else
    trap 'rm -rf "$work"' EXIT
fi

git clone --quiet --no-local "$source" "$work/thdash"
git -C "$work/thdash" checkout --quiet --detach "$revision"
if [ -f "$source/Package.resolved" ]; then cp "$source/Package.resolved" "$work/thdash/"; fi
mkdir "$work/home" "$work/swiftpm-config" "$work/swiftpm-security"

run() {
    echo "clean-clone-check: $*" >&2
    (cd "$work/thdash" && env -u XDG_CACHE_HOME -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_STATE_HOME \
        -u THDASH_CACHE_DIR -u THDASH_DATA -u THDASH_BINARY HOME="$work/home" "$@" \
        --cache-path "$swiftpm_cache" --config-path "$work/swiftpm-config" --security-path "$work/swiftpm-security")
}
listing() { (cd "$work/home" && find . -mindepth 1 | sort); }

# The toolchain writes into HOME itself while it builds (clang's module cache, SwiftPM's URL cache,
# ~/.local/share/bin): that is noted, not held against the tests. Then the tests run on the build as it is,
# and nothing may appear in HOME while they do.
# Any compiler or package warning fails the check (the linker's notes on the fuzz build are not run here).
status=0
run swift build --build-tests > "$work/build.log" 2>&1 || status=$?
cat "$work/build.log" >&2
[ "$status" = 0 ] || exit "$status"
if grep -q "warning:" "$work/build.log"; then
    echo "clean-clone-check: FAILED: the build printed warnings:" >&2
    grep "warning:" "$work/build.log" | sort -u >&2
    exit 1
fi
listing > "$work/built.list"
if [ -s "$work/built.list" ]; then
    echo "clean-clone-check: the toolchain wrote into HOME while building (not a failure):" >&2
    (cd "$work/home" && find . -mindepth 1 -maxdepth 3 | sort) >&2
fi
run swift test --skip-build

listing > "$work/tested.list"
written=$(comm -13 "$work/built.list" "$work/tested.list")
if [ -n "$written" ]; then
    echo "clean-clone-check: FAILED: the tests wrote into the empty HOME:" >&2
    echo "$written" >&2
    exit 1
fi
echo "clean-clone-check: build and tests passed in a fresh clone of $revision; the tests left HOME as it was" >&2
