#pragma once

#include "customfields/custom_columns.h"
#include "funnel/board.h"
#include "model/deal.h"
#include "repo/audit.h"
#include "repo/paging.h"
#include "session.h"
#include "util/result.h"

namespace kontor {

struct DealQuery
{
    enum class Sort { Created, Title, Amount, Board, Company, Contact, Stage, ExpectedClose, Owner };

    qint64 pipelineId = 0; // 0 = any
    qint64 stageId = 0;    // 0 = any
    qint64 ownerId = 0;    // 0 = any
    QString ownerLogin;    // "" = any; the owner's login name
    QString status;        // "" = any; open, won, lost
    QString text;          // title prefix
    // Like the board's text filter: title, company or contact, anywhere (overrides `text`).
    QString anywhere;
    qint64 tagId = 0;      // 0 = any
    // Only open deals with no open task: the board's "no next step" flag, as a list.
    bool withoutNextStep = false;
    bool trashed = false;
    Sort sort = Sort::Created;
    bool descending = false;
    // Custom-field values read with each row; with a sort field, the list is ordered by it
    // (instead of `sort`), `descending` still applying.
    CustomColumns custom;
};

// A person taking part in a deal and their role in it ("Decision maker", free text).
struct DealContact
{
    qint64 contactId = 0;
    QString name; // read-only, filled by the repository
    QString role;

    bool operator==(const DealContact &o) const
    {
        return contactId == o.contactId && role == o.role;
    }
};

// The only place that writes SQL for deals and their stage history. A stage change and its
// history row are written in one transaction, so reports can rely on the history.
class DealRepository
{
public:
    explicit DealRepository(Session session) : m_session(std::move(session)) {}

    // The stage decides the pipeline and the status; a history row records the creation.
    // `origin`: the import that creates it (its audit row names the batch and line).
    Result<qint64> create(const Deal &deal, std::optional<audit::ImportOrigin> origin = {}) const;
    // What create() writes to the deals table, for a deal whose pipeline and status already
    // follow its stage (the owner defaults to the session's user): bulk imports write the same
    // rows in batches, with the history, stays and audit rows create() adds.
    static QStringList insertColumns();
    QVariantList insertValues(const Deal &deal, double boardPosition, qint64 createdAt) const;
    // A new deal goes to the end of its stage's column: the position after the last one.
    static Result<double> nextBoardPosition(const QSqlDatabase &conn, qint64 stageId);
    Result<Deal> get(qint64 id, bool includeTrashed = false) const;
    // The live deals among `ids`, as get() reads them, a query per 500 (an import's chunk).
    Result<QHash<qint64, Deal>> getMany(const QList<qint64> &ids) const;
    // Saves the editable fields; the stage is changed only through moveToStage().
    Status update(const Deal &deal) const;
    // The columns update() sets besides updated_at, and their values for `deal` (already
    // checked, no line items: those keep their total as the amount): import batches write the
    // same.
    static QStringList updateColumns();
    static QVariantList updateValues(const Deal &deal);
    // Moves to any stage of the same pipeline; won/lost stages close the deal, open ones reopen it.
    // A lost stage needs a reason (an id from PipelineRepository::lostReasons()).
    Status moveToStage(qint64 dealId, qint64 stageId, qint64 lostReasonId = 0) const;
    // Closes the deal in its pipeline's won / lost stage (the first one, by position).
    Status markWon(qint64 dealId) const;
    Status markLost(qint64 dealId, qint64 lostReasonId, const QString &note = {}) const;
    Status moveToTrash(qint64 id) const;
    Status restore(qint64 id) const;

    Result<Page<Deal>> list(const DealQuery &query, const PageRequest &page = {}) const;
    Result<qint64> count(const DealQuery &query) const;
    // Count, amount and weighted amount of the matching deals per currency, by code.
    Result<QList<CurrencyTotal>> totals(const DealQuery &query) const;
    Result<QList<StageChange>> history(qint64 dealId) const;

    // The people of a deal with their roles, the main contact (deals.contact_id) first.
    Result<QList<DealContact>> contacts(qint64 dealId) const;
    // Replaces them; the first becomes the deal's main contact (none: no main contact).
    // A person listed twice or an unknown contact is refused and nothing changes.
    Status setContacts(qint64 dealId, const QList<DealContact> &contacts) const;

    static Status validate(const Deal &deal);

private:
    Status closeAs(qint64 dealId, int kind, qint64 lostReasonId) const;
    QString whereClause(const DealQuery &query, QVariantList *binds) const;
    Session m_session;
};

} // namespace kontor
