#include "deals/deals_module.h"

#include "lists/format.h"
#include "lists/list_module.h"
#include "repo/deal_repository.h"

#include <QCoreApplication>

namespace kontor {

namespace {
// The translation context of this file (lupdate reads it from here).
struct DealsModule
{
    Q_DECLARE_TR_FUNCTIONS(DealsModule)
};
} // namespace

ListModule *createDealsModule(const Session &session, QObject *parent)
{
    using Column = PagedColumn<Deal>;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    QList<Column> columns {
        {DealsModule::tr("Deal"), [](const Deal &d) { return d.title; }},
        {DealsModule::tr("Company"), [](const Deal &d) { return d.companyName; }},
        {DealsModule::tr("Contact"), [](const Deal &d) { return d.contactName; }},
        {DealsModule::tr("Stage"), [](const Deal &d) { return d.stageName; }},
        {DealsModule::tr("Amount"),
         [](const Deal &d) { return formatMoney(d.amountMinor, d.currency); }, right},
        {DealsModule::tr("Expected close"),
         [](const Deal &d) { return formatDate(d.expectedClose); }},
        {DealsModule::tr("Owner"), [](const Deal &d) { return d.ownerName; }},
    };
    const DealRepository repo(session);
    auto fetch = [repo](const QString &text, const PageRequest &page) {
        DealQuery q;
        q.text = text;
        q.sort = DealQuery::Sort::Created;
        q.descending = true; // newest deals first: what a salesperson works on
        return repo.list(q, page);
    };
    auto count = [repo](const QString &text) {
        DealQuery q;
        q.text = text;
        return repo.count(q);
    };
    auto *model = new PagedTableModel<Deal>(columns, fetch, count);

    ListSpec spec;
    spec.id = QStringLiteral("deals");
    spec.title = DealsModule::tr("Deals");
    spec.searchPlaceholder = DealsModule::tr("Search by deal title");
    spec.countText = [](qint64 n, bool filtered) {
        return filtered ? DealsModule::tr("%Ln deal(s) found", nullptr, int(n))
                        : DealsModule::tr("%Ln deal(s)", nullptr, int(n));
    };
    spec.emptyText = DealsModule::tr("No deals yet.");
    spec.noMatchText = DealsModule::tr("No deal title starts with “%1”.");
    spec.columnWidths = {0, 20, 18, 14, 12, 14, 16};
    spec.stretchColumn = 0;
    return new ListModule(spec, model, parent);
}

} // namespace kontor
