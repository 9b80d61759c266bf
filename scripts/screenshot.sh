#!/bin/sh
# Screenshots of the main window with demo data, for the README and for reviewing the UI.
# Builds nothing: pass the build folder (default ./build) that holds app/kontor/kontor and
# app/kontorctl/kontorctl. Writes docs/screenshots/<module>.png.
#   scripts/screenshot.sh [BUILD_DIR]
# Environment: KONTOR_SCREENSHOT_LANG=ru (or any --lang code) for a translated set;
# KONTOR_SCREENSHOTS="contact-card trash" (any of contacts companies deals contact-card
# contacts-filter phone-settings contact-card-imported company-card trash import import-wizard export deal-card product-catalogue pipeline-settings dashboard report-NAME,
# NAME from `kontorctl report list`, tasks calendar calendar-week quick-search custom-fields
# duplicates) to
# take only some of them.
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
SHOTS=${KONTOR_SCREENSHOTS:-contacts companies deals contact-card company-card trash import import-wizard export deal-card product-catalogue pipeline-settings dashboard $REPORTS
 tasks calendar calendar-week quick-search custom-fields duplicates contacts-filter phone-settings
 contact-card-imported}

# Custom fields, so the cards and the settings dialog show some.
"$KONTORCTL" --db "$DB" fields add Region --type choice --option North --option South \
    --option East --option West >/dev/null
"$KONTORCTL" --db "$DB" fields add "Budget (EUR)" --type number >/dev/null
"$KONTORCTL" --db "$DB" fields add "Contract end" --type date >/dev/null
"$KONTORCTL" --db "$DB" fields add Interests --type multichoice --option CRM --option ERP \
    --option BI >/dev/null

# Segments, so the contact list's segment panel shows some with their counts.
"$KONTORCTL" --db "$DB" contacts segment-save "Hot leads" --filter "status=lead temperature=hot" \
    --shared >/dev/null
"$KONTORCTL" --db "$DB" contacts segment-save "Customers" --filter "status=customer" --shared >/dev/null
"$KONTORCTL" --db "$DB" contacts segment-save "Not contacted for 90 days" \
    --filter "not-contacted=90" >/dev/null

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
    contacts)
        # A custom field as a list column: Region on the first contacts, its column shown.
        i=0
        for id in $(query "SELECT id FROM contacts ORDER BY last_name, first_name, id LIMIT 14"); do
            set -- North South East West
            i=$((i + 1)); shift $((i % 4))
            [ $((i % 5)) -eq 0 ] || "$KONTORCTL" --db "$DB" fields set "$id" Region "${1:-North}" >/dev/null
        done
        region=$(query "SELECT id FROM custom_fields WHERE name = 'Region'")
        mkdir -p "$XDG_CONFIG_HOME/Kontor"
        printf '[lists]\ncontacts\\extraColumns=custom:%s\n' "$region" >>"$XDG_CONFIG_HOME/Kontor/Kontor.conf"
        shot contacts --module contacts ;;
    companies | deals) shot "$name" --module "$name" ;;
    contact-card)
        id=$(query "SELECT contact_id FROM activities WHERE contact_id IS NOT NULL
                    GROUP BY contact_id ORDER BY COUNT(*) DESC, contact_id LIMIT 1")
        "$KONTORCTL" --db "$DB" fields set "$id" Region North >/dev/null
        "$KONTORCTL" --db "$DB" fields set "$id" "Budget (EUR)" 25000 >/dev/null
        "$KONTORCTL" --db "$DB" fields set "$id" Interests "CRM, BI" >/dev/null
        shot contact-card --module contacts --open-contact "$id" ;;
    contact-card-imported)
        # A contact an import created: its timeline names the import and the file's line.
        printf 'First name,Last name,E-mail,Phone,Company,Title\nGrace,Hopper,grace@example.org,+1 202 555 0143,Navy Labs,Rear Admiral\n' \
            >"$WORK/grace.csv"
        "$KONTORCTL" --db "$DB" import "$WORK/grace.csv" >/dev/null
        id=$(query "SELECT id FROM contacts WHERE last_name = 'Hopper' ORDER BY id DESC LIMIT 1")
        shot contact-card-imported --module contacts --open-contact "$id" ;;
    company-card)
        id=$(query "SELECT company_id FROM contacts WHERE company_id IS NOT NULL
                    GROUP BY company_id ORDER BY COUNT(*) DESC, company_id LIMIT 1")
        shot company-card --module companies --open-company "$id" ;;
    deal-card)
        # An open deal with the most products, then the most activities.
        id=$(query "SELECT d.id FROM deals d JOIN deal_items i ON i.deal_id = d.id
                    LEFT JOIN activities a ON a.deal_id = d.id WHERE d.status = 'open'
                    GROUP BY d.id ORDER BY COUNT(DISTINCT i.id) DESC, COUNT(DISTINCT a.id) DESC,
                    d.id LIMIT 1")
        shot deal-card --module deals --open-deal "$id" ;;
    product-catalogue) shot product-catalogue --module deals --open-settings products ;;
    pipeline-settings) shot pipeline-settings --module deals --open-settings pipelines ;;
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
    tasks | calendar | calendar-week)
        # The local user's day: a few calls and meetings today, one overdue, a group meeting
        # tomorrow, a repeating call and an all-day task (the demo's tasks are colleagues').
        if [ -z "${TASKS_SEEDED:-}" ]; then
            TASKS_SEEDED=1
            k() { "$KONTORCTL" --db "$DB" tasks add "$@" >/dev/null; }
            today=$(date +%F); tomorrow=$(date -d tomorrow +%F); yesterday=$(date -d yesterday +%F)
            c1=$(query "SELECT id FROM contacts WHERE company_id IS NOT NULL ORDER BY id LIMIT 1")
            c2=$(query "SELECT id FROM contacts ORDER BY id LIMIT 1 OFFSET 5")
            deal=$(query "SELECT id FROM deals WHERE status = 'open' ORDER BY id LIMIT 1")
            k --title "Call back about the offer" --type call --due "${today}T10:30" --contact "$c1" --priority high
            k --title "Send the revised price list" --type email --due "${today}T14:00" --deal "$deal"
            k --title "Contract review" --type meeting --due "${today}T16:00" --duration 60 --contact "$c2"
            k --title "Follow up on the demo" --type call --due "${yesterday}T11:00" --contact "$c2" --priority urgent
            k --title "Quarterly pipeline review" --type meeting --due "${tomorrow}T09:00" --duration 90 \
                --assignee local --assignee 2 --assignee 3
            k --title "Weekly status call" --type call --due "$(date -d '+2 days' +%F)T09:30" --repeat weekly:mon,thu
            k --title "Prepare the trade fair" --due "$(date -d '+4 days' +%F)" --all-day
        fi
        case $name in
        tasks) KONTOR_TASKS_START=today shot tasks --module tasks ;;
        calendar) KONTOR_TASKS_START=calendar shot calendar --module tasks ;;
        calendar-week) KONTOR_TASKS_START=week shot calendar-week --module tasks ;;
        esac ;;
    quick-search) shot quick-search --module contacts --open-tool quick-search:ann ;;
    custom-fields) shot custom-fields --module contacts --open-tool custom-fields ;;
    duplicates) shot duplicates --module contacts --open-tool duplicates ;;
    import)
        # Two imports in the history: five contacts exported and brought back, one undone.
        "$KONTORCTL" --db "$DB" export --entity contacts --ids 1,2,3,4,5 --out "$WORK/five.csv" >/dev/null
        "$KONTORCTL" --db "$DB" import "$WORK/five.csv" --on-duplicate update >/dev/null
        printf 'Name,E-mail,Phone\nAda Lovelace,ada@example.org,+44 20 7946 0000\nBad Row,not-an-email,\n' >"$WORK/new.csv"
        "$KONTORCTL" --db "$DB" import "$WORK/new.csv" >/dev/null
        "$KONTORCTL" --db "$DB" undo-import 1 >/dev/null
        # A deals export brought back onto itself: every deal matched by its Kontor ID.
        "$KONTORCTL" --db "$DB" export --entity deals --ids 1,2,3,4,5,6 --out "$WORK/deals.csv" >/dev/null
        "$KONTORCTL" --db "$DB" import "$WORK/deals.csv" --entity deals --on-duplicate update >/dev/null
        shot import --module import ;;
    import-wizard)
        # The wizard is a window of its own: its offscreen test drives it through a Finnish
        # contacts file and pictures the file, mapping (also with a saved profile) and check
        # pages (import-file, import-mapping, import-mapping-profile, import-check), and a vCard
        # import with Keep photos (import-duplicates-photos, import-fetching-photos).
        wizard_test=$BUILD/tests/exchange/test_import_wizard
        if [ ! -x "$wizard_test" ]; then
            echo "screenshot.sh: $wizard_test is missing (configure with tests on)" >&2
            exit 1
        fi
        KONTOR_TEST_BACKEND=sqlite KONTOR_WIZARD_SHOTS="$OUT" "$wizard_test" >/dev/null 2>&1
        for page in file mapping mapping-profile check duplicates-photos fetching-photos; do echo "$OUT/import-$page.png"; done ;;
    export)
        # The export dialog: its offscreen test selects two contacts in the Contacts list,
        # opens it through File > Export... and pictures it before exporting; and a contact
        # card showing a photo kept from a vCard.
        export_test=$BUILD/tests/exchange/test_export_dialog
        if [ ! -x "$export_test" ]; then
            echo "screenshot.sh: $export_test is missing (configure with tests on)" >&2
            exit 1
        fi
        KONTOR_TEST_BACKEND=sqlite KONTOR_WIZARD_SHOTS="$OUT" "$export_test" >/dev/null 2>&1
        echo "$OUT/export.png"
        echo "$OUT/contact-card-photo.png" ;; # the same binary pictures a card with a photo
    contacts-filter)
        # The filter bar with two custom-field conditions: its offscreen test pictures it.
        KONTOR_WIZARD_SHOTS="$OUT" "$BUILD/tests/ui/test_ui" "[filters][customfields]" >/dev/null 2>&1
        echo "$OUT/contacts-filter.png" ;;
    phone-settings)
        # Settings > Phone Numbers after a region change: its offscreen test pictures it.
        KONTOR_WIZARD_SHOTS="$OUT" "$BUILD/tests/ui/test_ui" "[phone]" >/dev/null 2>&1
        echo "$OUT/phone-settings.png" ;;
    *) echo "screenshot.sh: unknown screenshot '$name'" >&2; exit 2 ;;
    esac
done
