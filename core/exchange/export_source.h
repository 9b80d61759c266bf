#pragma once

#include "contacts/contact_filter.h"
#include "exchange/exchange_types.h"
#include "session.h"
#include "util/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kontor {

// One column of an exported table. `key` is stable (JSON keys, vCard mapping, import
// round trips); `label` is the translated header users see in CSV and .xlsx.
struct ExportColumn
{
    enum class Kind { Text, Number, Id };
    QString key;   // first_name, emails, custom:Region, ...
    QString label; // "First name", "Email", "Region"
    bool multi = false; // several values (emails, phones, tags): joined by "; " in flat files
    Kind kind = Kind::Text;
};

// One exported record: a list of values per column (one value, or several for `multi`
// columns, or none when empty), plus the labels of emails and phones for vCard TYPEs.
struct ExportRecord
{
    qint64 id = 0;
    QList<QStringList> cells;
    QStringList emailLabels;
    QStringList phoneLabels;
    QByteArray photo; // contacts, only when ExportSource::setWithPhotos(true)
    QString photoType;

    QString text(int column) const { return cells.value(column).join(QStringLiteral("; ")); }
};

// Streams the records of one entity from the database in chunks of a few hundred, so an
// export of a million contacts holds one chunk in memory, not the base.
class ExportSource
{
public:
    // `ids` = a selection (in that order); empty = every live record, narrowed by `filter`
    // (a segment) for contacts, and for activities to those of the contacts it matches.
    // A selected id that is missing or in the trash is an error.
    static Result<ExportSource> open(const Session &session, ExchangeEntity entity,
                                     const QList<qint64> &ids,
                                     const std::optional<ContactFilter> &filter = std::nullopt);

    ExchangeEntity entity() const { return m_entity; }
    const QList<ExportColumn> &columns() const { return m_columns; }
    int columnIndex(const QString &key) const;
    qint64 total() const { return m_ids.size(); }
    // Contacts: also read each one's photo (for vCards; flat files have no place for it).
    void setWithPhotos(bool with) { m_withPhotos = with; }

    // The next chunk of records into `out` (cleared first); false when all are read.
    Result<bool> next(QList<ExportRecord> *out);

private:
    ExportSource() = default;
    Status readContacts(const QSqlDatabase &conn, const QList<qint64> &ids, QList<ExportRecord> *out) const;
    Status readCompanies(const QSqlDatabase &conn, const QList<qint64> &ids, QList<ExportRecord> *out) const;
    Status readDeals(const QSqlDatabase &conn, const QList<qint64> &ids, QList<ExportRecord> *out) const;
    Status readActivities(const QSqlDatabase &conn, const QList<qint64> &ids, QList<ExportRecord> *out) const;
    Status readCustomValues(const QSqlDatabase &conn, const QList<qint64> &ids, QList<ExportRecord> *out) const;

    Session m_session;
    ExchangeEntity m_entity = ExchangeEntity::Contacts;
    QList<ExportColumn> m_columns;
    QStringList m_customFields; // names, in column order after the fixed columns
    int m_firstCustom = 0;
    QList<qint64> m_ids;
    qsizetype m_position = 0;
    bool m_withPhotos = false;
};

} // namespace kontor
