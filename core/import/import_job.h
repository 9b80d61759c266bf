#pragma once

#include "exchange/exchange_types.h"
#include "import/import_mapping.h"
#include "import/tabular_reader.h"
#include "import/value_parse.h"
#include "session.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace kontor::importing {

// What to do with a row that matches a record already in the base.
enum class DuplicatePolicy { Skip, Update, FillEmpty, Create };
// How a row is matched to an existing record. Tried in the order given.
enum class MatchKey { Email, Phone, NameCompany, Name, Id, ExternalId }; // ExternalId: deals

std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name);
std::optional<MatchKey> matchKeyFromName(const QString &name); // email, phone, name+company, name, id, external-id

class FetchedPhotos;

struct ImportOptions
{
    ExchangeEntity entity = ExchangeEntity::Contacts;
    TabularOptions tabular;
    std::optional<ImportMapping> mapping; // none = suggestMapping()
    QList<MatchKey> match; // empty = contacts: email, phone; companies: name; deals: id
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    DateOrder dateOrder = DateOrder::Auto;
    QString defaultCurrency = QStringLiteral("EUR");
    bool dryRun = false;       // do everything, count, then roll back
    bool allOrNothing = false; // one bad row and nothing is imported
    QString rejectsPath;       // CSV of the rejected rows as read plus a "Problem" column
    bool keepPhotos = false;   // vCard: store the cards' photos (contact_photos) or skip them
    // The photos fetched by address for this file, before the transaction (photo_prefetch.h):
    // a wizard passes the same set to its check and its import, so each is fetched once.
    // None: the import fetches its own.
    std::shared_ptr<FetchedPhotos> photos;
    int keepProblemRows = 0;   // keep this many rejected rows with their cells (a wizard's grid)
    qint64 failAtRow = 0;      // tests only: fail as if the database broke at this data row
    bool rowByRow = false;     // tests only: records created and updated one at a time, not in
                               // batches (the reference the batches are compared with)
    // A large contacts import into SQLite drops the secondary indexes it does not read and
    // builds them again at its end, in its own transaction (see import_bulk.h). Decided by
    // the size of the file against the base; tests set it to compare both ways.
    std::optional<bool> rebuildIndexes;
};

// One problem with one cell (or the whole row when column is empty).
struct ImportProblem
{
    qint64 row = 0; // the row number in the file as the user sees it
    QString column; // header of the column
    QString value;
    QString reason;
    QString toString() const;
};

// A rejected row as read, with everything wrong with it.
struct ImportProblemRow
{
    qint64 row = 0;
    QStringList cells;
    QList<ImportProblem> problems;
};

struct ImportSummary
{
    qint64 batch = 0; // 0 for a dry run
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    qint64 warnings = 0; // imported rows with a part left out (a vCard photo), each in problems
    double seconds = 0;
    QString format;
    QStringList header;
    ImportMapping mapping; // what was used
    QList<ImportProblem> problems; // the first 1,000
    QList<ImportProblemRow> problemRows; // the first ImportOptions::keepProblemRows
};

struct ImportProgress
{
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    double rowsPerSecond = 0;
    // Before the rows: photos fetched by address so far, of photosTotal (0: none to fetch).
    int photosFetched = 0;
    int photosTotal = 0;
};
using ImportProgressFunction = std::function<void(const ImportProgress &)>;

// Reads, validates, dedupes and writes the whole file in ONE transaction on the calling
// thread's own connection (run it on a worker thread from a GUI). Cancel (`cancel` set to
// true), an error or a killed process leave the database exactly as before. Records what it
// created and the before-values of what it updated in import_batches / import_batch_items,
// so undoImport() can reverse it.
Result<ImportSummary> runImport(const Session &session, const QString &path,
                                const ImportOptions &options,
                                const ImportProgressFunction &progress = {},
                                const std::atomic_bool *cancel = nullptr);

struct ImportBatchInfo
{
    qint64 id = 0;
    QString entity, sourceName, format, status; // status: committed, undone
    qint64 created = 0, updated = 0, skipped = 0, rejected = 0;
    QDateTime startedAt, undoneAt;
};

// Deletes what the import created and restores the before-values of every field it updated,
// in one transaction. A batch already undone is refused.
Status undoImport(const Session &session, qint64 batchId);
Result<QList<ImportBatchInfo>> listImports(const Session &session, int limit = 100);

} // namespace kontor::importing
