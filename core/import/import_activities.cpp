// Rows -> activities (calls, emails, meetings, notes) on contacts found by email, optionally on
// one of their deals by title. Logged through ActivityRepository, which moves the contact's
// "last contacted" and the deal's "last activity" forward as logging one by hand does; the
// values before are recorded so undo can put them back.
#include "import/import_internal.h"

#include "activities/activity_repository.h"
#include "import/activity_batch.h"
#include "import/import_lookups.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kontor::importing::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

// call / email / meeting / note and their names in Kontor's languages.
QString kindFromText(const QString &text)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const char *list, const char *kind) {
            for (const QString &n : QString::fromUtf8(list).split(QLatin1Char('|')))
                h.insert(normalizeHeader(n), QLatin1String(kind));
        };
        add("call|phone call|phone|telephone|звонок|телефонный звонок|звонок клиенту|обаждане|разговор|puhelu|soitto|"
            "simu|wito|kupiga simu|تماس|تماس تلفنی|ໂທ|ການໂທ",
            "call");
        add("email|e-mail|mail|letter|письмо|электронное письмо|имейл|писмо|sähköposti|viesti|barua pepe|barua|ایمیل|نامه|ອີເມວ",
            "email");
        add("meeting|visit|appointment|встреча|визит|среща|tapaaminen|kokous|käynti|mkutano|ziara|جلسه|ملاقات|ປະຊຸມ|ການພົບປະ",
            "meeting");
        add("note|comment|заметка|примечание|бележка|muistiinpano|huomautus|dokezo|kumbukumbu|یادداشت|ບັນທຶກ", "note");
        return h;
    }();
    return names.value(normalizeHeader(text));
}

// "in" / "out" from incoming / outgoing and their names in Kontor's languages; "" when unknown.
QString directionFromText(const QString &text)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const char *list, const char *direction) {
            for (const QString &n : QString::fromUtf8(list).split(QLatin1Char('|')))
                h.insert(normalizeHeader(n), QLatin1String(direction));
        };
        add("in|incoming|inbound|входящий|входящее|входящ|входящо|saapuva|tuleva|sisään|inayoingia|ndani|ورودی|ຂາເຂົ້າ", "in");
        add("out|outgoing|outbound|исходящий|исходящее|изходящ|изходящо|lähtevä|ulos|inayotoka|nje|خروجی|ຂາອອກ", "out");
        return h;
    }();
    return names.value(normalizeHeader(text));
}

// "45", "45 min", "1:30" (h:mm), "1h 30m" -> minutes; -1 when it is none of these.
int minutesFromText(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^(\\d{1,4})\\s*(?:m|min|mins|minutes|мин|min\\.)?$"));
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    static const QRegularExpression hours(QStringLiteral("^(\\d{1,2})\\s*h(?:\\s*(\\d{1,2})\\s*m(?:in)?)?$"));
    const QString t = text.trimmed().toLower();
    if (auto m = plain.match(t); m.hasMatch())
        return m.captured(1).toInt();
    if (auto m = clock.match(t); m.hasMatch() && m.captured(2).toInt() < 60)
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    if (auto m = hours.match(t); m.hasMatch() && m.captured(2).toInt() < 60)
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return -1;
}

struct ActivityDraft
{
    Activity activity;
    QString dealTitle;
    int dealCol = -1;
};

class ActivityWriter : public RowWriter
{
    // Its messages are looked up under the context lupdate files them in (the class).
    Q_DECLARE_TR_FUNCTIONS(kontor::importing::detail::ActivityWriter)

public:
    explicit ActivityWriter(const WriterContext &ctx)
        : m_ctx(ctx), m_repo(ctx.session), m_lookups(ctx), m_batch(ctx), m_batched(!ctx.options->rowByRow)
    {
    }

    Status finish() override { return m_batch.flush(); }

    std::unique_ptr<RowDraft> prepare(qint64 row, const QStringList &cells) const override
    {
        Q_UNUSED(row);
        return EmailDraft::of(m_ctx, cells);
    }

    // The chunk's contacts and their "last contacted" times, a query per hundred rather than
    // two per row (on PostgreSQL each a round trip).
    Status lookAhead(const std::vector<const RowDraft *> &drafts) override
    {
        auto ids = m_lookups.contactsByEmail(EmailDraft::emailsOf(drafts));
        if (!ids)
            return ids.error();
        m_stored.clear();
        constexpr qsizetype kPerQuery = 100;
        for (qsizetype from = 0; from < ids->size(); from += kPerQuery) {
            QVariantList binds;
            for (qint64 id : ids->mid(from, kPerQuery))
                binds << id;
            SqlStatement q(m_ctx.conn, tr("Cannot read when the contact was last contacted"));
            if (auto st = q.run(QStringLiteral("SELECT id, last_contacted_at FROM contacts WHERE id IN (%1)")
                                    .arg(QStringList(binds.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                                binds);
                !st)
                return st;
            while (q.next())
                m_stored.insert(q.value(0).toLongLong(), q.value(1));
        }
        return {};
    }

    Result<Outcome> write(qint64 row, const QStringList &cells, QList<ImportProblem> *problems) override
    {
        const qsizetype start = problems->size();
        ActivityDraft d;
        if (auto st = parse(row, cells, &d, problems); !st)
            return st.error();
        if (problems->size() > start)
            return Outcome::Rejected;
        const Activity a = m_repo.completed(d.activity);
        if (auto st = ActivityRepository::validate(a); !st) {
            problems->append({row, {}, {}, st.error().message});
            return Outcome::Rejected;
        }
        if (m_batched) // nothing is written here: no savepoint
            return store(row, a);

        Transaction tx(m_ctx.conn, m_ctx.session.db->dialect());
        if (!tx.ok())
            return tx.error();
        auto outcome = store(row, a);
        if (!outcome) {
            if (outcome.error().kind == Error::Kind::Invalid || outcome.error().kind == Error::Kind::Conflict) {
                problems->append({row, {}, {}, outcome.error().message});
                return Outcome::Rejected;
            }
            return outcome.error();
        }
        if (auto st = tx.commit(); !st)
            return st.error();
        return *outcome;
    }

private:
    Status parse(qint64 row, const QStringList &cells, ActivityDraft *d, QList<ImportProblem> *problems)
    {
        Activity &a = d->activity;
        a.kind.clear();
        auto problem = [&](int col, const QString &value, const QString &reason) {
            problems->append({row, m_ctx.header.value(col), value, reason});
        };
        for (int col = 0; col < m_ctx.mapping.fields.size(); ++col) {
            const QString key = m_ctx.mapping.fields.at(col);
            const QString v = key.isEmpty() ? QString() : cellText(cells, col);
            if (v.isEmpty())
                continue;
            if (key == QLatin1String("kind")) {
                a.kind = kindFromText(v);
                if (a.kind.isEmpty())
                    problem(col, v, tr("must be one of: call, email, meeting, note"));
            } else if (key == QLatin1String("occurred_at")) {
                const ParsedDateTime when = parseDateTime(v, m_ctx.options->dateOrder);
                if (!when.problem.isEmpty())
                    problem(col, v, when.problem);
                else
                    a.occurredAt = when.when.toUTC();
            } else if (key == QLatin1String("subject")) {
                a.subject = v;
            } else if (key == QLatin1String("body")) {
                a.body = a.body.isEmpty() ? v : a.body + QLatin1Char('\n') + v;
            } else if (key == QLatin1String("contact_email")) {
                if (!isEmail(v)) {
                    problem(col, v, tr("not an email address"));
                    continue;
                }
                auto contact = m_lookups.contactByEmail(v);
                if (!contact)
                    return contact.error();
                if (!*contact)
                    problem(col, v, tr("no contact has this email address; import the contacts first"));
                a.contactId = *contact;
            } else if (key == QLatin1String("deal")) {
                d->dealTitle = v;
                d->dealCol = col;
            } else if (key == QLatin1String("duration")) {
                a.durationMin = minutesFromText(v);
                if (a.durationMin < 0) {
                    a.durationMin = 0;
                    problem(col, v, tr("not a duration: write minutes (45) or hours and minutes (1:30)"));
                }
            } else if (key == QLatin1String("direction")) {
                a.direction = directionFromText(v);
                if (a.direction.isEmpty())
                    problem(col, v, tr("must be in (incoming) or out (outgoing)"));
            } else if (key == QLatin1String("outcome")) {
                a.outcome = v;
            }
        }
        if (!d->dealTitle.isEmpty() && a.contactId) {
            QString why;
            auto deal = m_lookups.dealByTitle(d->dealTitle, a.contactId, &why);
            if (!deal)
                return deal.error();
            if (!*deal)
                problem(d->dealCol, d->dealTitle, why);
            a.dealId = *deal;
        }
        // What a timeline entry cannot do without; the cells above name their own problems.
        auto missing = [&](const char *field, const QString &reason) {
            if (!m_ctx.mapping.fields.contains(QLatin1String(field)))
                return problems->append({row, {}, {}, reason});
            const int col = int(m_ctx.mapping.fields.indexOf(QLatin1String(field)));
            if (cellText(cells, col).isEmpty())
                problems->append({row, m_ctx.header.value(col), {}, reason});
        };
        missing("kind", tr("no type (call, email, meeting or note)"));
        missing("occurred_at", tr("no date"));
        missing("contact_email", tr("no contact email"));
        if (a.subject.isEmpty() && a.body.isEmpty())
            problems->append({row, {}, {}, tr("neither a subject nor a note")});
        return {};
    }

    // The same contact, kind, time and subject is the same activity: importing a file twice
    // does not double a timeline (unless the policy is "create anyway"). Queued ones count.
    Result<bool> exists(const Activity &a)
    {
        if (m_batch.holds(a))
            return true;
        // Most contacts of a first import have no activity yet: nothing to ask.
        if (!m_withActivitiesRead) {
            SqlStatement q(m_ctx.conn, tr("Cannot look for duplicates"));
            if (auto st = q.run(QStringLiteral("SELECT DISTINCT contact_id FROM activities"
                                               " WHERE contact_id IS NOT NULL AND deleted_at IS NULL"));
                !st)
                return st.error();
            while (q.next())
                m_withActivities.insert(q.value(0).toLongLong());
            m_withActivitiesRead = true;
        }
        if (!m_withActivities.contains(a.contactId))
            return false;
        // An empty QString binds as NULL, which equals nothing: bind a real "".
        const auto text = [](const QString &s) { return s.trimmed().isEmpty() ? QStringLiteral("") : s.trimmed(); };
        auto found = lookUpId(m_ctx.conn, &m_sameActivity,
                              QStringLiteral("SELECT 1 FROM activities WHERE contact_id = ? AND kind = ? AND occurred_at = ?"
                                             " AND COALESCE(subject, '') = ? AND COALESCE(body, '') = ?"
                                             " AND deleted_at IS NULL LIMIT 1"),
                              {a.contactId, a.kind, fromDateTime(a.occurredAt), text(a.subject), text(a.body)});
        if (!found)
            return found.error();
        return *found != 0;
    }

    // A contact's or deal's "last" time as the queued activities leave it (or as the chunk's
    // look-up read it), else as stored.
    Result<QJsonValue> lastTime(std::unique_ptr<SqlStatement> *cached, const char *sql, qint64 id,
                                const std::optional<QVariant> &known)
    {
        auto v = known ? Result<QVariant>(*known)
                       : lookUpValue(m_ctx.conn, cached, QLatin1String(sql), {id},
                                     tr("Cannot read when the contact was last contacted"));
        if (!v)
            return v.error();
        return v->isNull() ? QJsonValue() : QJsonValue(v->toLongLong());
    }

    // Each touched record's "last" time before this activity, for undo.
    Result<QJsonObject> lastTimes(const Activity &a)
    {
        QJsonObject before;
        std::optional<QVariant> known = m_batch.lastContacted(a.contactId);
        if (!known && m_stored.contains(a.contactId))
            known = m_stored.value(a.contactId);
        auto contacted = lastTime(&m_contactTime, "SELECT last_contacted_at FROM contacts WHERE id = ?", a.contactId, known);
        if (!contacted)
            return contacted.error();
        before.insert(QStringLiteral("contact_id"), a.contactId);
        before.insert(QStringLiteral("last_contacted_at"), *contacted);
        if (a.dealId) {
            auto active = lastTime(&m_dealTime, "SELECT last_activity_at FROM deals WHERE id = ?", a.dealId,
                                   m_batch.lastActivity(a.dealId));
            if (!active)
                return active.error();
            before.insert(QStringLiteral("deal_id"), a.dealId);
            before.insert(QStringLiteral("last_activity_at"), *active);
        }
        before.insert(QStringLiteral("occurred_at"), a.occurredAt.toSecsSinceEpoch());
        return before;
    }

    // The row's activity, validated: skipped when it is there already, else queued with the next
    // batch (see ActivityBatch) or, one by one, logged at once, with its undo record.
    Result<Outcome> store(qint64 row, const Activity &a)
    {
        if (m_ctx.options->onDuplicate != DuplicatePolicy::Create) {
            auto found = exists(a);
            if (!found)
                return found.error();
            if (*found)
                return Outcome::Skipped;
        }
        auto before = lastTimes(a);
        if (!before)
            return before.error();
        m_withActivities.insert(a.contactId);
        m_stored.remove(a.contactId); // its time is the batch's (or the database's) from now on
        if (m_batched) {
            m_batch.add(row, a, *before);
            if (m_batch.full()) {
                if (auto st = m_batch.flush(); !st)
                    return st.error();
            }
            return Outcome::Created;
        }
        auto id = m_repo.log(a);
        if (!id)
            return id.error();
        if (auto st = recordItem(m_ctx, QStringLiteral("activity"), *id, QStringLiteral("created"), *before, row); !st)
            return st.error();
        return Outcome::Created;
    }

    WriterContext m_ctx;
    ActivityRepository m_repo;
    ImportLookups m_lookups;
    ActivityBatch m_batch;
    bool m_batched = true;
    std::unique_ptr<SqlStatement> m_sameActivity, m_contactTime, m_dealTime; // prepared once
    QSet<qint64> m_withActivities; // contacts with a live activity (read at the first row)
    QHash<qint64, QVariant> m_stored; // last_contacted_at of the chunk's contacts, as read
    bool m_withActivitiesRead = false;
};

} // namespace

std::unique_ptr<RowWriter> makeActivityWriter(const WriterContext &ctx)
{
    return std::make_unique<ActivityWriter>(ctx);
}

} // namespace kontor::importing::detail
