#pragma once
// A deals import row read: amount and currency, pipeline / stage / status / lost reason and
// owner by name, contact by e-mail; every cell checked, every problem listed. Shared by the
// deal writer's one-by-one and batched paths (import_deals.cpp). Not a public API.

#include "import/import_internal.h"
#include "model/deal.h"
#include "repo/pipeline_repository.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace kontor::importing::detail {

class ImportLookups;

// What one row says about a deal, its names turned into ids (but its company's).
struct DealDraft
{
    Deal deal;
    QString companyName;
    qint64 kontorId = 0;
    QString externalId; // the deal's id in the system the file comes from
    QHash<QString, QString> custom;
    QSet<QString> provided;
    // Columns of the cells that name things, for problems found while resolving them.
    int pipelineCol = -1, stageCol = -1, statusCol = -1, lostReasonCol = -1, currencyCol = -1;
    QString pipelineName, stageName, lostReasonName, currency, amountCurrency;
    std::optional<Stage::Kind> status;
};

// Whether the row names where the deal should be (an update may then move it).
bool namesStage(const DealDraft &d);

class DealRowReader
{
    // Its messages are looked up under the context lupdate files them in (the class).
    Q_DECLARE_TR_FUNCTIONS(kontor::importing::detail::DealRowReader)

public:
    DealRowReader(const WriterContext &ctx, ImportLookups *lookups) : m_ctx(ctx), m_lookups(lookups) {}

    // The row's cells into `*d`, its problems appended (the row is then rejected); an error
    // only when the database fails.
    Status read(qint64 row, const QStringList &cells, DealDraft *d, QList<ImportProblem> *problems);

private:
    Status parse(qint64 row, const QStringList &cells, DealDraft *d, QList<ImportProblem> *problems);
    void resolveStage(qint64 row, DealDraft *d, QList<ImportProblem> *problems);
    // foldKey(name) (what sameName() compares), folded once per distinct name: every row
    // compares its names with every stage's.
    QString key(const QString &name);

    WriterContext m_ctx;
    ImportLookups *m_lookups;
    QList<Pipeline> m_pipelines;
    QList<LostReason> m_lostReasons;
    bool m_loaded = false;
    QHash<QString, QString> m_keys;
};

} // namespace kontor::importing::detail
