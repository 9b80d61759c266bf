#!/bin/sh
# Screenshots of the main window with demo data, for the README and for reviewing the UI.
# Builds nothing: pass the build folder (default ./build) that holds app/kontor/kontor and
# app/kontorctl/kontorctl. Writes docs/screenshots/<module>.png.
#   scripts/screenshot.sh [BUILD_DIR]
# Environment: KONTOR_SCREENSHOT_LANG=ru (or any --lang code) for a translated set;
# KONTOR_SCREENSHOTS="contact-card trash" (any of contacts companies deals contact-card
# company-card trash dashboard report-NAME, NAME from `kontorctl report list`) to take only
# some of them.
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
REPORTS="report-funnel report-dynamics report-win_rate report-lost_reasons report-managers
 report-channels report-deal_size report-cycle report-forecast report-plan_fact report-abc_xyz"
SHOTS=${KONTOR_SCREENSHOTS:-contacts companies deals contact-card company-card trash dashboard $REPORTS}

# shot NAME ARGS...: one picture, named after what it shows.
shot() {
    name=$1
    shift
    # shellcheck disable=SC2086 # LANG_ARG is empty or two words on purpose
    "$KONTOR" --db "$DB" $LANG_ARG --screenshot "$OUT/$name.png" "$@"
    echo "$OUT/$name.png"
}

# The cards show the records with the richest history, so the picture has something to say.
query() { sqlite3 "$WORK/demo.sqlite" "$1"; }

# Sales plans for every manager from two months back to three ahead, so the dashboard,
# the forecast and plan vs fact have something to compare with.
month=$(date -u +%Y-%m-01)
for login in $(query "SELECT login FROM users WHERE login <> 'local' ORDER BY id"); do
    for m in -2 -1 0 1 2 3; do
        start=$(date -u -d "$month $m month" +%Y-%m-01)
        end=$(date -u -d "$start +1 month -1 day" +%Y-%m-%d)
        "$KONTORCTL" --db "$DB" report plan-set --owner "$login" --from "$start" --to "$end" \
            --amount 40000 >/dev/null
    done
done
for name in $SHOTS; do
    case $name in
    contacts | companies | deals) shot "$name" --module "$name" ;;
    contact-card)
        id=$(query "SELECT contact_id FROM activities WHERE contact_id IS NOT NULL
                    GROUP BY contact_id ORDER BY COUNT(*) DESC, contact_id LIMIT 1")
        shot contact-card --module contacts --open-contact "$id" ;;
    company-card)
        id=$(query "SELECT company_id FROM contacts WHERE company_id IS NOT NULL
                    GROUP BY company_id ORDER BY COUNT(*) DESC, company_id LIMIT 1")
        shot company-card --module companies --open-company "$id" ;;
    trash)
        # A morning's clean-up: a few people, a company and a deal deleted.
        for id in 17 42 99 256; do "$KONTORCTL" --db "$DB" delete "$id" >/dev/null; done
        "$KONTORCTL" --db "$DB" delete 12 --entity company >/dev/null
        "$KONTORCTL" --db "$DB" delete 30 --entity deal >/dev/null
        shot trash --module trash ;;
    dashboard) shot dashboard --module dashboard ;;
    report-*)
        # The Reports module opens the report KONTOR_REPORT names.
        export KONTOR_REPORT="${name#report-}"
        shot "$name" --module reports
        unset KONTOR_REPORT ;;
    *) echo "screenshot.sh: unknown screenshot '$name'" >&2; exit 2 ;;
    esac
done
