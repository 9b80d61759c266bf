#!/bin/sh
# Screenshots of the main window with demo data, for the README and for reviewing the UI.
# Builds nothing: pass the build folder (default ./build) that holds app/kontor/kontor and
# app/kontorctl/kontorctl. Writes docs/screenshots/<module>.png.
#   scripts/screenshot.sh [BUILD_DIR]
# Environment: KONTOR_SCREENSHOT_LANG=ru (or any --lang code) for a translated set.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
BUILD=$(cd "$BUILD" && pwd)
KONTOR=$BUILD/app/kontor/kontor
KONTORCTL=$BUILD/app/kontorctl/kontorctl
OUT=$ROOT/docs/screenshots

for exe in "$KONTOR" "$KONTORCTL"; do
    if [ ! -x "$exe" ]; then
        echo "screenshot.sh: $exe is missing; build first: cmake --build $BUILD" >&2
        exit 1
    fi
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
DB="sqlite:$WORK/demo.sqlite"

# Keep the run away from the user's settings and runtime folder.
export XDG_CONFIG_HOME="$WORK/config"
export XDG_DATA_HOME="$WORK/data"
export XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

"$KONTORCTL" --db "$DB" demo --contacts 2000 --companies 300 --deals 400 --seed 7 >/dev/null

mkdir -p "$OUT"
LANG_ARG=""
[ -n "${KONTOR_SCREENSHOT_LANG:-}" ] && LANG_ARG="--lang $KONTOR_SCREENSHOT_LANG"
for module in contacts companies deals; do
    # shellcheck disable=SC2086 # LANG_ARG is empty or two words on purpose
    "$KONTOR" --db "$DB" $LANG_ARG --screenshot "$OUT/$module.png" --module "$module"
    echo "$OUT/$module.png"
done
