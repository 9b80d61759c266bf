#pragma once
// Shared by the import runner and the per-entity row writers; not a public API.

#include "customfields/custom_field.h"
#include "import/import_job.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace kontor {
class CsvWriter;
struct VCardContact;
} // namespace kontor

namespace kontor::importing::detail {

struct WriterContext
{
    Session session;
    QSqlDatabase conn;
    const ImportOptions *options = nullptr;
    QStringList header;
    ImportMapping mapping;
    qint64 batchId = 0; // the batch being written (also set in a dry run, rolled back)
    QString region;     // default phone region
    qint64 expectedRows = 0; // rows of the file, estimated from its size and first rows
    bool rebuildIndexes = false; // see rebuildIndexesFor() (import_bulk.h)
    const FetchedPhotos *photos = nullptr; // a vCard's photos by address, fetched beforehand
    // The entity's custom fields when the import began, by customFieldKey(name): read-only,
    // so the reading thread checks custom values with the other cells (customCellProblem()).
    QHash<QString, CustomField> customFields;
};

enum class Outcome { Created, Updated, Skipped, Rejected };

// Turns one row into a record: validates every mapped cell (problems appended, the row then
// Rejected and nothing written), matches it against the base and writes it.
// The part of a row's work that needs neither the database nor the writer's state.
struct RowDraft
{
    virtual ~RowDraft() = default;
};

class RowWriter
{
public:
    virtual ~RowWriter() = default;
    virtual Result<Outcome> write(qint64 row, const QStringList &cells, QList<ImportProblem> *problems) = 0;
    // Writers whose checks are costly (parsing phones, dates, e-mails) split them off: the
    // import runs prepare() on a second thread, ahead of the rows being written, so it must
    // only read what the writer was constructed with. nullptr: the writer has no such part.
    virtual std::unique_ptr<RowDraft> prepare(qint64 row, const QStringList &cells) const
    {
        Q_UNUSED(row);
        Q_UNUSED(cells);
        return nullptr;
    }
    // write() with what prepare() made of the same row (the caller keeps it).
    virtual Result<Outcome> write(qint64 row, const QStringList &cells, QList<ImportProblem> *problems,
                                  RowDraft *draft)
    {
        Q_UNUSED(draft);
        return write(row, cells, problems);
    }
    // The drafts prepare() made of the next rows, in file order, before the first of them
    // reaches write(): a writer can look their keys up together (one query per chunk of rows
    // rather than one per row). Drafts of rows with a reading problem are absent.
    virtual Status lookAhead(const std::vector<const RowDraft *> &drafts)
    {
        Q_UNUSED(drafts);
        return {};
    }
    // After the last row, before the import commits: writes whatever the writer queued.
    virtual Status finish() { return {}; }
};

std::unique_ptr<RowWriter> makeContactWriter(const WriterContext &ctx);
std::unique_ptr<RowWriter> makeCompanyWriter(const WriterContext &ctx);
std::unique_ptr<RowWriter> makeDealWriter(const WriterContext &ctx);
std::unique_ptr<RowWriter> makeActivityWriter(const WriterContext &ctx);

// import_batch_items: `entity` is contact / company / deal / activity / custom_field.
Status recordItem(const WriterContext &ctx, const QString &entity, qint64 id, const QString &action,
                  const QJsonObject &before, qint64 row);

// vCard files with ImportOptions::keepPhotos: reads the file again for its photos and gives
// each contact this import created or updated the photo of its card, unless it has one
// (recorded as a "contact_photo" item, so undo removes it). Photos given by http(s) address
// are fetched; one that cannot be kept is a warning (summary->problems, a row in `rejects`
// when given), never an error. import_photos.cpp.
Status storeImportedPhotos(const WriterContext &ctx, const QString &path, ImportSummary *summary,
                           CsvWriter *rejects, const std::atomic_bool *cancel);
// The row of cells a vCard card is to the import (the vCard source's fixed columns), also
// the card's line in the problem rows file. import_photos.cpp.
QStringList vcardRowCells(const VCardContact &card);

// The live company with this name (case-insensitive), created when missing (and recorded so
// undo removes it). Cached per import, under companyKey(name).
Result<qint64> companyByName(const WriterContext &ctx, const QString &name, qint64 row,
                             QHash<QString, qint64> *cache);
// The same look-up without creating: 0 when no live company has this name.
Result<qint64> findCompanyByName(const WriterContext &ctx, const QString &name, QHash<QString, qint64> *cache);
// The same with the name's companyKey() already made (off the writing thread).
Result<qint64> findCompanyByKey(const WriterContext &ctx, const QString &key, QHash<QString, qint64> *cache);
// Names that are the same company give the same key.
QString companyKey(const QString &name);

// Custom fields of an entity ('contact', 'company', 'deal') by name; a mapped custom field that
// does not exist yet is created as a text field (and recorded for undo).
Result<CustomField> customField(const WriterContext &ctx, const QString &entity, const QString &name,
                                QHash<QString, CustomField> *cache);
// Writes a row's custom values on a record after checking each against its field's kind (an
// Invalid error naming field and value rejects the row). With `before`, records the old value
// of each one it changes under "custom:<name>"; `fillOnly` keeps values already set.
Status writeCustomValues(const WriterContext &ctx, const QString &entity, qint64 id,
                         const QHash<QString, QString> &values, QHash<QString, CustomField> *cache,
                         QJsonObject *before, bool fillOnly);
// Custom field names are matched case-insensitively (CustomFieldRepository::fieldByName).
inline QString customFieldKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}
// A cell mapped to custom field `name` that the field refuses ("lots" in a number field), as
// a problem of `row` naming the column, the value and why. A field the import will create
// is text, which takes anything.
std::optional<ImportProblem> customCellProblem(const WriterContext &ctx, qint64 row, int column, const QString &name,
                                               const QString &value);

// A custom value checked against its field: the field's id and name, the canonical value.
struct CustomValue
{
    qint64 fieldId = 0;
    QString name;
    QString value; // never empty
};
// A row's custom values checked against their fields' kinds (an Invalid error naming field
// and value rejects the row), empty ones left out. Fields that do not exist yet are created
// (as text) only after every value passed, so a rejected row creates none. A batch queues
// what this returns; writeCustomValues() above is this plus the writing.
Result<QList<CustomValue>> resolveCustomValues(const WriterContext &ctx, const QString &entity,
                                               const QHash<QString, QString> &values,
                                               QHash<QString, CustomField> *cache);
Status writeCustomValues(const QSqlDatabase &conn, qint64 id, const QList<CustomValue> &values,
                         QJsonObject *before, bool fillOnly);
// Of `values`, those that change what record `id` holds: `stored` (field id -> value, read
// with a chunk by customValuesOf()) or, when null, read here value by value. The old value
// of each goes into `before` under "custom:<name>"; `fillOnly` keeps values already set.
Result<QList<CustomValue>> customChanges(const QSqlDatabase &conn, qint64 id, const QList<CustomValue> &values,
                                         const QHash<qint64, QString> *stored, QJsonObject *before, bool fillOnly);
// The custom values of these records of `entity` ('contact', ...): id -> field id -> value.
Result<QHash<qint64, QHash<qint64, QString>>> customValuesOf(const QSqlDatabase &conn, const QString &entity,
                                                             const QList<qint64> &ids);
Result<QString> customValue(const QSqlDatabase &conn, qint64 fieldId, qint64 entityId);
Status setCustomValue(const QSqlDatabase &conn, qint64 fieldId, qint64 entityId, const QString &value);

// One cell of the row, with the formula escape of Kontor's CSV export taken off, trimmed.
inline QString cellText(const QStringList &cells, int column)
{
    return undoFormulaEscape(cells.value(column)).trimmed();
}

} // namespace kontor::importing::detail
