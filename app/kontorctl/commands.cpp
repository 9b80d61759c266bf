#include "cli.h"

#include <QCoreApplication>

namespace kontor::cli {

int runPipelines(Context &ctx); // cmd_pipelines.cpp
int runDeals(Context &ctx); // cmd_deals.cpp
int runPreview(Context &ctx); // cmd_preview.cpp
int runContacts(Context &ctx);   // cmd_contacts.cpp
int runCompanies(Context &ctx);  // cmd_contacts.cpp
int runDelete(Context &ctx);     // cmd_contacts.cpp
int runSearch(Context &ctx);     // cmd_search.cpp
int runTrash(Context &ctx);      // cmd_trash.cpp
int runDuplicates(Context &ctx); // cmd_duplicates.cpp
int runMerge(Context &ctx);      // cmd_duplicates.cpp
int runExport(Context &ctx);     // cmd_export.cpp
int runReport(Context &ctx);     // cmd_report.cpp
int runFields(Context &ctx);     // cmd_fields.cpp
int runTasks(Context &ctx);      // cmd_tasks.cpp (+ cmd_tasks_ics.cpp)
int runActivities(Context &ctx); // cmd_activities.cpp
int runImport(Context &ctx);     // cmd_import.cpp
int runUndoImport(Context &ctx); // cmd_import.cpp
int runImports(Context &ctx);    // cmd_import.cpp
int runImportProfiles(Context &ctx); // cmd_import.cpp

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {"version", "", QT_TRANSLATE_NOOP("kontorctl", "Print the program and schema versions"),
         runVersion},
        {"init", "", QT_TRANSLATE_NOOP("kontorctl", "Create or upgrade the database schema"),
         runInit},
        {"demo", "--contacts N --companies N --deals N [--seed S] [--anchor YYYY-MM-DD]",
         QT_TRANSLATE_NOOP("kontorctl", "Fill the database with deterministic demo data"),
         runDemo},
        {"preview", "FILE [--rows N] [--encoding E] [--delimiter D] [--sheet S] [--header-row R]",
         QT_TRANSLATE_NOOP("kontorctl", "Show a CSV, Excel or vCard file as the import reads it"),
         runPreview},
        {"pipelines", "list",
         QT_TRANSLATE_NOOP("kontorctl", "List pipelines and their stages"), runPipelines},
        {"deals",
         "list [--pipeline P] [--stage S] [--owner U] [--status S] | move ID --stage S"
         " | won ID | lost ID --reason R [--note N]",
         QT_TRANSLATE_NOOP("kontorctl", "List deals, move them between stages, mark them won or lost"),
         runDeals},
        {"contacts",
         "add --first-name F --last-name L [--email E]... [--phone P]... [--company C] [--title T]"
         " | show ID | list [--search TEXT] [--filter EXPR | --segment NAME] [--limit N]"
         " [--trashed] | segments | segment-save NAME --filter EXPR [--shared]"
         " | region [CODE | --clear] | renormalize-phones [--dry-run]",
         QT_TRANSLATE_NOOP("kontorctl", "Add, show and list contacts; saved segments"),
         runContacts},
        {"companies", "list [--search TEXT] [--limit N]",
         QT_TRANSLATE_NOOP("kontorctl", "List companies"), runCompanies},
        {"search", "TEXT [--limit N]",
         QT_TRANSLATE_NOOP("kontorctl", "Quick search over contacts, companies and deals"),
         runSearch},
        {"trash", "list [--limit N] | restore ID [--entity E] | purge [--older-than DAYS]",
         QT_TRANSLATE_NOOP("kontorctl", "List, restore or empty the trash"), runTrash},
        {"delete", "ID [--entity contact|company|deal]",
         QT_TRANSLATE_NOOP("kontorctl", "Move a contact (or company, deal) to the trash"),
         runDelete},
        {"duplicates", "[--limit N] | dismiss ID1 ID2 | undismiss ID1 ID2 | dismissed",
         QT_TRANSLATE_NOOP("kontorctl", "List groups of contacts that look like duplicates;"
                                        " mark a pair as not a duplicate, take that back, list"
                                        " such pairs"),
         runDuplicates},
        {"merge", "KEEP OTHER [--take FIELD]... [--undo]",
         QT_TRANSLATE_NOOP("kontorctl", "Merge contact OTHER into KEEP, or undo that merge"),
         runMerge},
        {"export",
         "--entity contacts|companies|deals --format csv|xlsx|vcf|vcf3|json [--out FILE]"
         " [--segment NAME | --ids 1,2,3] [--bom] [--delimiter D]",
         QT_TRANSLATE_NOOP("kontorctl", "Export contacts, companies or deals as CSV, Excel, vCard or JSON"),
         runExport},
        {"report",
         "list | NAME [--from D] [--to D] [--owner U] [--pipeline P] [--source S] [--currency C]"
         " [--product P] [--customers all|new|existing] [--group day|week|month|quarter]"
         " | plans [--from D] [--to D] [--owner U]"
         " | plan-set --owner U --from D --to D --amount A [--currency C] [--id N]"
         " | plan-delete ID",
         QT_TRANSLATE_NOOP("kontorctl", "The data behind each report chart; sales plans"),
         runReport},
        {"fields",
         "list [--entity E] | add NAME [--type T] [--option O]... [--entity E]"
         " | set ID NAME VALUE [--entity E]",
         QT_TRANSLATE_NOOP("kontorctl",
                           "Custom fields of contacts, companies and deals; set a value"),
         runFields},
        {"tasks",
         "list [--due today|overdue|upcoming|done] [--assignee U|all] [--tz ZONE] [--now ISO]"
         " | add --title T [--due ISO [--all-day]] [--contact ID] [--company ID] [--deal ID]"
         " [--assignee U]... [--type T] [--priority P] [--remind MIN] [--repeat daily|weekly:mon,thu|monthly]"
         " | done ID [--outcome TEXT] [--log] [--next-title T --next-due ISO] [--now ISO] | show ID | no-next-step [--limit N]"
         " | export-ics FILE [--assignee U|all] [--with-done] | import-ics FILE [--tz ZONE]",
         QT_TRANSLATE_NOOP("kontorctl", "List, add and complete tasks; iCalendar export and import"),
         runTasks},
        {"activities",
         "log --contact ID|--company ID|--deal ID --kind call|email|meeting|note [--subject S]"
         " [--body B] [--duration MIN] [--direction in|out] [--outcome O] [--at ISO]",
         QT_TRANSLATE_NOOP("kontorctl", "Log a call, email, meeting or note on a timeline"),
         runActivities},
        {"import",
         "FILE [--entity contacts|companies|deals|activities] [--mapping auto|FILE|PROFILE] [--save-profile NAME] [--match KEYS]"
         " [--on-duplicate skip|update|fill-empty|create] [--date-order dmy|mdy] [--dry-run]"
         " [--rejects FILE] [--all-or-nothing] [--encoding E] [--delimiter D] [--sheet S] [--header-row R]",
         QT_TRANSLATE_NOOP("kontorctl", "Import a CSV, Excel or vCard file in one transaction"), runImport},
        {"undo-import", "BATCH",
         QT_TRANSLATE_NOOP("kontorctl", "Reverse an import: delete what it created, restore what it updated"),
         runUndoImport},
        {"imports", "list", QT_TRANSLATE_NOOP("kontorctl", "The import history"), runImports},
        {"import-profiles", "list | remove NAME",
         QT_TRANSLATE_NOOP("kontorctl", "Saved import mapping profiles (import --mapping NAME uses one)"),
         runImportProfiles},
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QString globalUsage()
{
    QString text = tr("Usage: kontorctl [--db URL] [--json] COMMAND [OPTIONS]") + QLatin1Char('\n')
        + QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n')
        + QStringLiteral("  --db URL   ")
        + tr("database: sqlite:/path/file.sqlite or postgresql://user@host:port/db")
        + QLatin1Char('\n') + QStringLiteral("             ")
        + tr("(default: $KONTOR_DB, else the local database)") + QLatin1Char('\n')
        + QStringLiteral("  --json     ") + tr("print the result as JSON") + QLatin1Char('\n')
        + QStringLiteral("  --help     ") + tr("show this help") + QLatin1Char('\n')
        + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands()) {
        text += QStringLiteral("  %1 %2\n")
                    .arg(QLatin1String(c.name), -9)
                    .arg(QCoreApplication::translate("kontorctl", c.summary));
    }
    text += QLatin1Char('\n') + tr("Exit status: 0 success, 1 runtime error, 2 bad usage.")
        + QLatin1Char('\n');
    return text;
}

QString commandUsage(const Command &command)
{
    QString text = tr("Usage: kontorctl [--db URL] [--json] %1 %2")
                       .arg(QLatin1String(command.name), QLatin1String(command.synopsis))
                       .trimmed();
    return text + QLatin1Char('\n') + QCoreApplication::translate("kontorctl", command.summary)
        + QLatin1Char('\n');
}

} // namespace kontor::cli
