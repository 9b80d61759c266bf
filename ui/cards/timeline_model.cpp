#include "cards/timeline_model.h"

#include "lists/format.h"
#include "repo/audit.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace kontor {

namespace {

// A coloured dot per kind, so calls, deals and changes are told apart at a glance.
QColor kindColor(const QString &kind)
{
    if (kind == QLatin1String("call"))
        return QColor(0x2f, 0x6f, 0xd6);
    if (kind == QLatin1String("email"))
        return QColor(0x7b, 0x4f, 0xc9);
    if (kind == QLatin1String("meeting"))
        return QColor(0x1f, 0x9d, 0x74);
    if (kind == QLatin1String("note"))
        return QColor(0xd9, 0x9a, 0x1e);
    if (kind == QLatin1String("deal") || kind == QLatin1String("stage"))
        return QColor(0xd6, 0x5a, 0x2f);
    if (kind == QLatin1String("task"))
        return QColor(0x4a, 0x90, 0xa4);
    return QColor(0x9a, 0xa5, 0xb4); // changes: quiet grey
}

QPixmap dot(const QString &kind)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(kindColor(kind));
    p.drawEllipse(1, 1, 10, 10);
    return pm;
}

// Field names of the audit log in the words of the card.
QString fieldName(const QString &field)
{
    static const QMap<QString, const char *> names{
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "first name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "last name")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "job title")},
        {QStringLiteral("company_id"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "company")},
        {QStringLiteral("company_role_id"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "role")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "birthday")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "street")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "city")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "region")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "postal code")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "country")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "source")},
        {QStringLiteral("temperature"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "temperature")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "status")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "owner")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "notes")},
        {QStringLiteral("emails"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "emails")},
        {QStringLiteral("phones"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "phones")},
        {QStringLiteral("messengers"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "messengers")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "name")},
        {QStringLiteral("legal_name"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "legal name")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "website")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "industry")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "email")},
        {QStringLiteral("amount_minor"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "amount")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "currency")},
        {QStringLiteral("probability"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "probability")},
        {QStringLiteral("expected_close"),
         QT_TRANSLATE_NOOP("kontor::TimelineModel", "expected close")},
        {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "people")},
        {QStringLiteral("items"), QT_TRANSLATE_NOOP("kontor::TimelineModel", "products")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : TimelineModel::tr(it.value());
}

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return v.toStringList().join(QStringLiteral(", "));
    const QString text = v.toString();
    // A multiple-choice custom field is stored (and audited) as a JSON array of its
    // options: a reader sees the options themselves, "EN, FI".
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isArray()) {
            QStringList labels;
            for (const QJsonValue &item : doc.array()) {
                if (!item.isString())
                    return text;
                labels << item.toString();
            }
            return labels.isEmpty() ? TimelineModel::tr("none") : labels.join(QStringLiteral(", "));
        }
    }
    return text;
}

} // namespace

TimelineModel::TimelineModel(Session session, Subject subject, qint64 id, QObject *parent)
    : PagedModel(parent)
    , m_repo(std::move(session))
    , m_subject(subject)
    , m_id(id)
{
    setPageSize(100);
}

QString TimelineModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("call"))
        return tr("Call");
    if (kind == QLatin1String("email"))
        return tr("Email");
    if (kind == QLatin1String("meeting"))
        return tr("Meeting");
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("deal"))
        return tr("New deal");
    if (kind == QLatin1String("stage"))
        return tr("Deal moved");
    if (kind == QLatin1String("task"))
        return tr("Task");
    return tr("Change");
}

QString TimelineModel::describe(const TimelineEntry &e)
{
    if (e.kind == QLatin1String("change")) {
        if (e.title == QLatin1String("create"))
            return tr("Created");
        if (e.title == QLatin1String(audit::kImportedAction)) {
            // The repository puts the imported file's name in the detail.
            const qint64 batch = e.changes.value(QStringLiteral("batch")).toLongLong();
            const qint64 line = e.changes.value(QStringLiteral("row")).toLongLong();
            return e.detail.isEmpty() ? tr("Created by import #%1 (row %2 of the file)").arg(batch).arg(line)
                                      : tr("Created by import #%1 of %2, row %3").arg(batch).arg(e.detail).arg(line);
        }
        if (e.title == QLatin1String("delete"))
            return tr("Moved to the trash");
        if (e.title == QLatin1String("restore"))
            return tr("Restored from the trash");
        if (e.title == QLatin1String("merge"))
            return tr("Merged with contact #%1")
                .arg(e.changes.value(QStringLiteral("merged")).toLongLong());
        if (e.title == QLatin1String("unmerge"))
            return tr("Merge with contact #%1 undone")
                .arg(e.changes.value(QStringLiteral("merged")).toLongLong());
        if (e.title == QLatin1String("not_duplicate"))
            return tr("Marked as not a duplicate of contact #%1")
                .arg(e.changes.value(QStringLiteral("other")).toLongLong());
        if (e.title == QLatin1String("maybe_duplicate"))
            return tr("May be a duplicate of contact #%1 again")
                .arg(e.changes.value(QStringLiteral("other")).toLongLong());
        // A photo change logs the image types only (contact_photos.h): said in words.
        if (e.changes.size() == 1 && e.changes.contains(QStringLiteral("photo"))) {
            const QVariantList pair = e.changes.value(QStringLiteral("photo")).toList();
            const bool had = pair.size() == 2 && !pair.at(0).toString().isEmpty();
            const bool has = pair.size() == 2 && !pair.at(1).toString().isEmpty();
            return !has ? tr("Photo removed") : had ? tr("Photo changed") : tr("Photo added");
        }
        QStringList parts;
        for (auto it = e.changes.cbegin(); it != e.changes.cend(); ++it) {
            const QVariantList pair = it.value().toList();
            const QString after = pair.size() == 2 ? valueText(pair.at(1)) : QString();
            // Ids mean nothing to a reader, nor do the deal's lists of people and products.
            if (it.key().endsWith(QLatin1String("_id")) || after.isEmpty()
                || it.key() == QLatin1String("contacts") || it.key() == QLatin1String("items")
                || it.key() == QLatin1String("amount_minor"))
                parts << fieldName(it.key());
            else
                parts << tr("%1 → %2").arg(fieldName(it.key()), after);
        }
        if (parts.isEmpty())
            return tr("Edited");
        return tr("Changed %1").arg(parts.join(QStringLiteral("; ")));
    }
    QString text = kindName(e.kind) + QStringLiteral(": ") + e.title;
    if (e.kind == QLatin1String("task") && e.done)
        text += tr(" (done)");
    if (!e.detail.isEmpty() && e.kind != QLatin1String("task"))
        text += QStringLiteral(" — ") + e.detail.simplified();
    return text;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_rows.at(index.row());
    if (role == KindRole)
        return e.kind;
    switch (index.column()) {
    case WhenColumn:
        if (role == Qt::DisplayRole)
            return formatDateTime(e.at);
        break;
    case WhatColumn:
        if (role == Qt::DisplayRole)
            return describe(e);
        if (role == Qt::ToolTipRole)
            return e.detail.isEmpty() || e.kind == QLatin1String("change")
                ? describe(e)
                : describe(e) + QLatin1Char('\n') + e.detail;
        if (role == Qt::DecorationRole)
            return dot(e.kind);
        break;
    case WhoColumn:
        if (role == Qt::DisplayRole)
            return e.userName;
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What happened");
    case WhoColumn:
        return tr("By");
    default:
        return {};
    }
}

Result<std::pair<QVariantList, bool>> TimelineModel::appendPage(const PageRequest &request)
{
    auto page = m_subject == Subject::Contact ? m_repo.forContact(m_id, request)
        : m_subject == Subject::Company       ? m_repo.forCompany(m_id, request)
                                              : m_repo.forDeal(m_id, request);
    if (!page)
        return page.error();
    if (!page->items.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page->items.size()) - 1);
        m_rows += page->items;
        endInsertRows();
    }
    return std::make_pair(page->nextAfter, page->hasMore);
}

Result<qint64> TimelineModel::countRows(const QString &) const
{
    return m_subject == Subject::Contact ? m_repo.countForContact(m_id)
        : m_subject == Subject::Company  ? m_repo.countForCompany(m_id)
                                         : m_repo.countForDeal(m_id);
}

} // namespace kontor
