#include "companies/companies_module.h"

#include "cards/card_list_module.h"
#include "cards/company_card.h"
#include "customfields/custom_list_columns.h"
#include "export/export_dialog.h"

#include "lists/background_queue.h"
#include "lists/format.h"
#include "lists/list_module.h"
#include "repo/company_repository.h"

#include <QCoreApplication>
#include <QLocale>

namespace kontor {

namespace {
// The translation context of this file (lupdate reads it from here).
struct CompaniesModule
{
    Q_DECLARE_TR_FUNCTIONS(CompaniesModule)
};
// "https://www.example.com/" reads as "example.com": the part a person recognises.
QString shortWebsite(QString url)
{
    for (const char *prefix : {"https://", "http://", "www."}) {
        if (url.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
            url.remove(0, int(qstrlen(prefix)));
    }
    if (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}
} // namespace

ListModule *createCompaniesModule(const Session &session, QObject *parent)
{
    using Column = PagedColumn<Company>;
    using Sort = CompanyQuery::Sort;
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    // Every column sorts in SQL (CompanyQuery::Sort); the header click picks the order.
    auto column = [](const QString &title, std::function<QVariant(const Company &)> show,
                     Sort sort, Qt::Alignment alignment) {
        return Column {title, std::move(show), alignment, 0, true, 0, int(sort)};
    };
    QList<Column> columns {
        column(CompaniesModule::tr("Name"), [](const Company &c) { return c.name; }, Sort::Name,
               left),
        column(CompaniesModule::tr("Industry"), [](const Company &c) { return c.industry; },
               Sort::Industry, left),
        column(CompaniesModule::tr("City"), [](const Company &c) { return c.address.city; },
               Sort::City, left),
        column(CompaniesModule::tr("Country"), [](const Company &c) { return c.address.country; },
               Sort::Country, left),
        column(CompaniesModule::tr("Phone"), [](const Company &c) { return formatPhone(c.phone); },
               Sort::Phone, left),
        column(CompaniesModule::tr("Website"),
               [](const Company &c) { return shortWebsite(c.website); }, Sort::Website, left),
        column(CompaniesModule::tr("People"),
               [](const Company &c) { return QLocale().toString(c.peopleCount); }, Sort::People,
               right),
    };
    const CompanyRepository repo(session);
    // Custom-field columns and the header's order (set by addCustomFieldColumns below).
    auto order = std::make_shared<ListOrder>();
    using Model = PagedTableModel<Company>;
    // The query is built here and copied into the job, so a worker never reads `order`.
    auto prepareFetch = [repo, order](const QString &text, const PageRequest &page) {
        CompanyQuery q;
        q.text = text;
        q.custom = order->custom;
        q.sort = CompanyQuery::Sort(order->sort);
        q.descending = order->descending;
        return Model::FetchJob([repo, q, page] { return repo.list(q, page); });
    };
    auto prepareCount = [repo](const QString &text) {
        CompanyQuery q;
        q.text = text;
        return Model::CountJob([repo, q] { return repo.count(q); });
    };
    auto *model = new Model(
        columns,
        [prepareFetch](const QString &text, const PageRequest &page) {
            return prepareFetch(text, page)();
        },
        [prepareCount](const QString &text) { return prepareCount(text)(); });
    if (PagedModel::backgroundReads()) {
        model->setBackground(new BackgroundQueue(session, QStringLiteral("company list")),
                             prepareFetch, prepareCount);
    }

    ListSpec spec;
    spec.id = QStringLiteral("companies");
    spec.title = CompaniesModule::tr("Companies");
    spec.searchPlaceholder = CompaniesModule::tr("Search by company name");
    spec.countText = [](qint64 n, bool filtered) {
        return filtered ? CompaniesModule::tr("%Ln company(s) found", nullptr, int(n))
                        : CompaniesModule::tr("%Ln company(s)", nullptr, int(n));
    };
    spec.emptyText
        = CompaniesModule::tr("No companies yet. Import a file or add demo data to get started.");
    spec.noMatchText = CompaniesModule::tr("No company name starts with “%1”.");
    spec.columnWidths = {0, 16, 14, 9, 18, 26, 8};
    spec.stretchColumn = 0;
    CardListModule<Company>::Hooks hooks;
    hooks.kind = QStringLiteral("company");
    hooks.name = [](const Company &c) { return c.name; };
    hooks.open = [](const Session &s, qint64 id, QWidget *from) { openCompanyCard(s, id, from); };
    hooks.deleteText = CompaniesModule::tr("Delete");
    hooks.deleteTip = CompaniesModule::tr("Move the selected companies to the trash (Del)");
    hooks.deletedMessage = [](int n) {
        return CompaniesModule::tr("%Ln company(s) moved to the trash. Undo with Ctrl+Z.",
                                   nullptr, n);
    };
    auto *module = new CardListModule<Company>(spec, model, session, hooks, parent);
    addCustomFieldColumns(module, model, session, QStringLiteral("company"), order);
    // Export: the export dialog with the selected companies picked.
    auto *exportAction = new QAction(CompaniesModule::tr("Export…"), module);
    exportAction->setObjectName(QStringLiteral("companiesExportAction"));
    exportAction->setToolTip(
        CompaniesModule::tr("Save the selected companies as CSV, Excel, vCard or JSON"));
    QObject::connect(exportAction, &QAction::triggered, module, [module, session] {
        ExportDialog::openFor(session, ExchangeEntity::Companies, module->selectedIds(),
                              module->widget());
    });
    module->addToolbarActions({exportAction});
    return module;
}

} // namespace kontor
