// kontorctl tasks list / add / done / show: the salesperson's to-do list from scripts.
#include "cli.h"

#include "repo/deal_repository.h"
#include "tasks/task_repository.h"
#include "tasks/task_time.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace kontor::cli {

int runTasksIcs(Context &ctx, const QString &action); // cmd_tasks_ics.cpp

namespace {

const QString kValue = QStringLiteral("VALUE");

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject taskJson(const Task &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("type"), t.kind},
            {QStringLiteral("notes"), t.notes},
            {QStringLiteral("due"), t.allDay ? t.dueDate.toString(Qt::ISODate) : isoUtc(t.dueAt)},
            {QStringLiteral("all_day"), t.allDay},
            {QStringLiteral("time_zone"), t.timeZone},
            {QStringLiteral("duration_min"), t.durationMin},
            {QStringLiteral("priority"), t.priority},
            {QStringLiteral("remind_at"), isoUtc(t.remindAt)},
            {QStringLiteral("repeat"), t.recurrence},
            {QStringLiteral("contact_id"), t.contactId},
            {QStringLiteral("contact"), t.contactName},
            {QStringLiteral("company_id"), t.companyId},
            {QStringLiteral("company"), t.companyName},
            {QStringLiteral("deal_id"), t.dealId},
            {QStringLiteral("deal"), t.dealTitle},
            {QStringLiteral("assignee_id"), t.assigneeId},
            {QStringLiteral("assignee"), t.assigneeName},
            {QStringLiteral("group_id"), t.groupId},
            {QStringLiteral("group_done"), t.groupDone},
            {QStringLiteral("group_total"), t.groupTotal},
            {QStringLiteral("done_at"), isoUtc(t.doneAt)},
            {QStringLiteral("outcome"), t.outcome}};
}

void printTask(const Context &ctx, const Task &t, const QTimeZone &zone)
{
    const QString due = t.allDay ? t.dueDate.toString(Qt::ISODate) + QStringLiteral(" all day")
        : t.dueAt.isValid()      ? t.dueAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : tr("no due date");
    QString about = t.contactName.isEmpty() ? t.companyName : t.contactName;
    if (!t.dealTitle.isEmpty())
        about += (about.isEmpty() ? QString() : QStringLiteral(" / ")) + t.dealTitle;
    QString line = QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(t.id, 6)
                       .arg(due, -16)
                       .arg(t.kind, -8)
                       .arg(t.title, -36)
                       .arg(t.assigneeName);
    if (!about.isEmpty())
        line += QStringLiteral("  (") + about + QLatin1Char(')');
    if (t.groupTotal > 1)
        line += QStringLiteral("  [%1/%2 done]").arg(t.groupDone).arg(t.groupTotal);
    if (t.isDone() && !t.outcome.isEmpty())
        line += QStringLiteral("  -> ") + t.outcome;
    *ctx.out << line << Qt::endl;
}

// --tz, else the machine's zone.
bool viewerZone(const Context &ctx, const QCommandLineParser &parser, QTimeZone *zone)
{
    if (!parser.isSet(QStringLiteral("tz"))) {
        *zone = QTimeZone::systemTimeZone();
        return true;
    }
    const QString id = parser.value(QStringLiteral("tz"));
    *zone = QTimeZone(id.toUtf8());
    if (!zone->isValid()) {
        ctx.usage(tr("--tz needs an IANA time zone such as Europe/Berlin, not \"%1\"").arg(id));
        return false;
    }
    return true;
}

// An ISO date-time. With an offset or Z it is that instant; without, a local time in `zone`.
bool parseInstant(const Context &ctx, const QString &option, const QString &text,
                  const QTimeZone &zone, QDateTime *out)
{
    static const QRegularExpression local(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2})?$"));
    const auto m = local.match(text.trimmed());
    if (m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(m.captured(2) + (m.captured(3).isEmpty()
                                                                  ? QStringLiteral(":00")
                                                                  : m.captured(3)),
                                             Qt::ISODate);
        if (date.isValid() && time.isValid()) {
            *out = localInstant(date, time, zone);
            return true;
        }
    } else {
        const QDateTime exact = QDateTime::fromString(text.trimmed(), Qt::ISODate);
        if (exact.isValid() && exact.timeSpec() != Qt::LocalTime) {
            *out = exact.toUTC();
            return true;
        }
    }
    ctx.usage(tr("--%1 needs a date and time such as 2026-06-10T09:30 (local) or"
                 " 2026-06-10T07:30Z, not \"%2\"")
                  .arg(option, text));
    return false;
}

bool parseDate(const Context &ctx, const QString &option, const QString &text, QDate *out)
{
    *out = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (out->isValid())
        return true;
    ctx.usage(tr("--%1 needs a date such as 2026-06-10, not \"%2\"").arg(option, text));
    return false;
}

bool parseId(const Context &ctx, const QCommandLineParser &parser, const QString &option, qint64 *out)
{
    return ctx.number(parser, option, std::numeric_limits<qint64>::max(), out);
}

bool parsePriority(const Context &ctx, const QString &text, int *out)
{
    const QStringList names {QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")};
    const QString t = text.trimmed().toLower();
    if (names.contains(t)) {
        *out = int(names.indexOf(t));
        return true;
    }
    bool ok = false;
    const int n = t.toInt(&ok);
    if (ok && n >= 0 && n <= 2) {
        *out = n;
        return true;
    }
    ctx.usage(tr("--priority is normal, high or urgent (or 0, 1, 2), not \"%1\"").arg(text));
    return false;
}

Result<TaskScope> scopeFrom(const TaskRepository &repo, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("assignee")))
        return TaskScope::mine();
    const QString who = parser.value(QStringLiteral("assignee"));
    if (who == QLatin1String("all") || who == QLatin1String("everyone"))
        return TaskScope::everyone();
    if (who == QLatin1String("me"))
        return TaskScope::mine();
    auto id = repo.findUser(who);
    if (!id)
        return id.error();
    return TaskScope::user(*id);
}

int listTasks(Context &ctx, const Session &session, const QCommandLineParser &parser)
{
    QTimeZone zone;
    if (!viewerZone(ctx, parser, &zone))
        return UsageError;
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))
        && !parseInstant(ctx, QStringLiteral("now"), parser.value(QStringLiteral("now")), zone, &now))
        return UsageError;
    QList<TaskView> views {TaskView::Overdue, TaskView::Today, TaskView::Upcoming};
    if (parser.isSet(QStringLiteral("due"))) {
        TaskView view;
        if (!parseTaskView(parser.value(QStringLiteral("due")), &view))
            return ctx.usage(tr("--due is today, overdue, upcoming or done, not \"%1\"")
                                 .arg(parser.value(QStringLiteral("due"))));
        views = {view};
    }
    qint64 limit = 1000;
    if (!ctx.number(parser, QStringLiteral("limit"), 100000, &limit))
        return UsageError;
    const TaskRepository repo(session);
    auto scope = scopeFrom(repo, parser);
    if (!scope)
        return ctx.fail(scope.error());
    QJsonObject json;
    for (TaskView view : std::as_const(views)) {
        QJsonArray list;
        PageRequest page;
        page.limit = int(qMin<qint64>(limit, 1000));
        qint64 shown = 0;
        if (!ctx.json && views.size() > 1)
            *ctx.out << taskViewName(view).toUpper() << Qt::endl;
        while (shown < limit) {
            auto tasks = repo.list(view, *scope, now, zone, page);
            if (!tasks)
                return ctx.fail(tasks.error());
            for (const Task &t : std::as_const(tasks->items)) {
                if (shown++ >= limit)
                    break;
                if (ctx.json)
                    list.append(taskJson(t));
                else
                    printTask(ctx, t, zone);
            }
            if (!tasks->hasMore)
                break;
            page.after = tasks->nextAfter;
        }
        json.insert(taskViewName(view), list);
    }
    if (ctx.json)
        ctx.printJson(json);
    return Success;
}

// Reads the task fields shared by `add` and `done --next-*` from the options.
bool taskFromOptions(Context &ctx, const QCommandLineParser &parser, const QTimeZone &zone, Task *t)
{
    t->title = parser.value(QStringLiteral("title"));
    if (t->title.trimmed().isEmpty()) {
        ctx.usage(tr("tasks add needs --title: what is to be done?"));
        return false;
    }
    t->timeZone = QString::fromUtf8(zone.id());
    if (parser.isSet(QStringLiteral("due"))) {
        t->allDay = parser.isSet(QStringLiteral("all-day"));
        const QString due = parser.value(QStringLiteral("due"));
        if (t->allDay ? !parseDate(ctx, QStringLiteral("due"), due, &t->dueDate)
                      : !parseInstant(ctx, QStringLiteral("due"), due, zone, &t->dueAt))
            return false;
    } else if (parser.isSet(QStringLiteral("all-day"))) {
        ctx.usage(tr("--all-day needs --due DATE"));
        return false;
    }
    t->kind = parser.isSet(QStringLiteral("type")) ? parser.value(QStringLiteral("type")) : t->kind;
    t->notes = parser.value(QStringLiteral("notes"));
    if (parser.isSet(QStringLiteral("priority"))
        && !parsePriority(ctx, parser.value(QStringLiteral("priority")), &t->priority))
        return false;
    qint64 n = -1;
    if (!ctx.number(parser, QStringLiteral("remind"), 60 * 24 * 60, &n))
        return false;
    t->remindBeforeMin = int(n);
    n = 0;
    if (!ctx.number(parser, QStringLiteral("duration"), 60 * 24 * 7, &n))
        return false;
    t->durationMin = int(n);
    t->recurrence = parser.value(QStringLiteral("repeat"));
    return parseId(ctx, parser, QStringLiteral("contact"), &t->contactId)
        && parseId(ctx, parser, QStringLiteral("company"), &t->companyId)
        && parseId(ctx, parser, QStringLiteral("deal"), &t->dealId);
}

int addTask(Context &ctx, const Session &session, const QCommandLineParser &parser)
{
    QTimeZone zone;
    if (!viewerZone(ctx, parser, &zone))
        return UsageError;
    Task t;
    if (!taskFromOptions(ctx, parser, zone, &t))
        return UsageError;
    const TaskRepository repo(session);
    QList<qint64> assignees;
    for (const QString &who : parser.values(QStringLiteral("assignee"))) {
        auto id = repo.findUser(who);
        if (!id)
            return ctx.fail(id.error());
        assignees << *id;
    }
    auto ids = repo.create(t, assignees);
    if (!ids)
        return ctx.fail(ids.error());
    QJsonArray created;
    for (qint64 id : std::as_const(*ids)) {
        auto task = repo.get(id);
        if (!task)
            return ctx.fail(task.error());
        if (ctx.json)
            created.append(taskJson(*task));
        else
            printTask(ctx, *task, zone);
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("created"), created}});
    return Success;
}

int completeTask(Context &ctx, const Session &session, const QCommandLineParser &parser, qint64 id)
{
    QTimeZone zone;
    if (!viewerZone(ctx, parser, &zone))
        return UsageError;
    Completion c;
    c.outcome = parser.value(QStringLiteral("outcome"));
    c.logActivity = parser.isSet(QStringLiteral("log"));
    if (parser.isSet(QStringLiteral("next-title")) != parser.isSet(QStringLiteral("next-due")))
        return ctx.usage(tr("The next step needs both --next-title and --next-due"));
    if (parser.isSet(QStringLiteral("next-title"))) {
        c.nextStep.title = parser.value(QStringLiteral("next-title"));
        c.nextStep.timeZone = QString::fromUtf8(zone.id());
        if (!parseInstant(ctx, QStringLiteral("next-due"), parser.value(QStringLiteral("next-due")),
                          zone, &c.nextStep.dueAt))
            return UsageError;
    }
    QDateTime now;
    if (parser.isSet(QStringLiteral("now"))
        && !parseInstant(ctx, QStringLiteral("now"), parser.value(QStringLiteral("now")), zone, &now))
        return UsageError;
    const TaskRepository repo(session);
    auto done = repo.complete(id, c, now);
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("id"), id},
                       {QStringLiteral("next_occurrence_id"), done->nextOccurrenceId},
                       {QStringLiteral("next_step_id"), done->nextStepId},
                       {QStringLiteral("activity_id"), done->activityId}});
        return Success;
    }
    *ctx.out << tr("Task %1 done.").arg(id) << Qt::endl;
    for (qint64 next : {done->nextOccurrenceId, done->nextStepId}) {
        if (!next)
            continue;
        auto t = repo.get(next);
        if (!t)
            return ctx.fail(t.error());
        *ctx.out << (next == done->nextStepId ? tr("Next step:") : tr("Repeats:")) << Qt::endl;
        printTask(ctx, *t, zone);
    }
    if (done->activityId)
        *ctx.out << tr("Logged as activity %1.").arg(done->activityId) << Qt::endl;
    return Success;
}

// Open deals with no open task: the board flags them; this lists them for a morning check.
int listDealsWithoutNextStep(Context &ctx, const Session &session, const QCommandLineParser &parser)
{
    qint64 limit = 500;
    if (!ctx.number(parser, QStringLiteral("limit"), 100000, &limit))
        return UsageError;
    auto ids = TaskRepository(session).dealsWithoutNextStep(int(qMax<qint64>(1, limit)));
    if (!ids)
        return ctx.fail(ids.error());
    const DealRepository deals(session);
    QJsonArray list;
    for (qint64 id : std::as_const(*ids)) {
        auto d = deals.get(id);
        if (!d)
            return ctx.fail(d.error());
        if (ctx.json) {
            list.append(QJsonObject {{QStringLiteral("id"), d->id},
                                     {QStringLiteral("title"), d->title},
                                     {QStringLiteral("stage"), d->stageName},
                                     {QStringLiteral("owner"), d->ownerName},
                                     {QStringLiteral("contact"), d->contactName},
                                     {QStringLiteral("company"), d->companyName}});
        } else {
            *ctx.out << QStringLiteral("%1  %2  %3  %4")
                            .arg(d->id, 6)
                            .arg(d->title, -36)
                            .arg(d->stageName, -16)
                            .arg(d->ownerName)
                     << Qt::endl;
        }
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("deals"), list}});
    else if (ids->isEmpty())
        *ctx.out << tr("Every open deal has a next step.") << Qt::endl;
    return Success;
}

} // namespace

int runTasks(Context &ctx)
{
    const QString action = ctx.args.value(0);
    if (action == QLatin1String("export-ics") || action == QLatin1String("import-ics"))
        return runTasksIcs(ctx, action);
    const QStringList actions {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("done"),
                               QStringLiteral("show"), QStringLiteral("no-next-step")};
    if (!actions.contains(action))
        return ctx.usage(tr("Say what to do with tasks: list, add, done, show, no-next-step,"
                            " export-ics or import-ics"));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("tz"), {}, kValue});
    if (action == QLatin1String("no-next-step")) {
        parser.addOption({QStringLiteral("limit"), {}, kValue});
    } else if (action == QLatin1String("list")) {
        parser.addOptions({{QStringLiteral("due"), {}, kValue}, {QStringLiteral("assignee"), {}, kValue},
                           {QStringLiteral("now"), {}, kValue}, {QStringLiteral("limit"), {}, kValue}});
    } else if (action == QLatin1String("add")) {
        parser.addOptions({{QStringLiteral("title"), {}, kValue}, {QStringLiteral("due"), {}, kValue},
                           QCommandLineOption(QStringLiteral("all-day")), {QStringLiteral("contact"), {}, kValue},
                           {QStringLiteral("company"), {}, kValue}, {QStringLiteral("deal"), {}, kValue},
                           {QStringLiteral("assignee"), {}, kValue}, {QStringLiteral("type"), {}, kValue},
                           {QStringLiteral("priority"), {}, kValue}, {QStringLiteral("remind"), {}, kValue},
                           {QStringLiteral("repeat"), {}, kValue}, {QStringLiteral("notes"), {}, kValue},
                           {QStringLiteral("duration"), {}, kValue}});
    } else if (action == QLatin1String("done")) {
        parser.addOptions({{QStringLiteral("outcome"), {}, kValue}, QCommandLineOption(QStringLiteral("log")),
                           {QStringLiteral("next-title"), {}, kValue},
                           {QStringLiteral("next-due"), {}, kValue}, {QStringLiteral("now"), {}, kValue}});
    }
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + ctx.args.mid(1)))
        return ctx.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    qint64 taskId = 0;
    if (action == QLatin1String("done") || action == QLatin1String("show")) {
        bool ok = false;
        taskId = positional.value(0).toLongLong(&ok);
        if (positional.size() != 1 || !ok || taskId <= 0)
            return ctx.usage(tr("tasks %1 needs one task id").arg(action));
    } else if (!positional.isEmpty()) {
        return ctx.usage(tr("Unexpected argument: %1").arg(positional.first()));
    }

    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    if (action == QLatin1String("list"))
        return listTasks(ctx, *session, parser);
    if (action == QLatin1String("add"))
        return addTask(ctx, *session, parser);
    if (action == QLatin1String("no-next-step"))
        return listDealsWithoutNextStep(ctx, *session, parser);
    if (action == QLatin1String("done"))
        return completeTask(ctx, *session, parser, taskId);
    QTimeZone zone;
    if (!viewerZone(ctx, parser, &zone))
        return UsageError;
    auto task = TaskRepository(*session).get(taskId);
    if (!task)
        return ctx.fail(task.error());
    if (ctx.json)
        ctx.printJson(taskJson(*task));
    else
        printTask(ctx, *task, zone);
    return Success;
}

} // namespace kontor::cli
