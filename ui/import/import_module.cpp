#include "import/import_module.h"

#include "lists/format.h"
#include "import/import_job.h"
#include "import/import_pages.h"
#include "import/import_wizard.h"
#include "shell/icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace kontor {

ImportModule::ImportModule(Session session, QObject *parent) : Module(parent), m_session(std::move(session)) {}

ImportModule::~ImportModule()
{
    if (m_undoThread) {
        m_undoThread->wait();
        delete m_undoThread;
    }
}

QString ImportModule::title() const
{
    return tr("Import");
}

QIcon ImportModule::icon() const
{
    return moduleIcon(id());
}

QWidget *ImportModule::createWidget()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("importPage"));
    auto *start = new QPushButton(tr("Import a file…"), page);
    start->setObjectName(QStringLiteral("startImport"));
    m_undo = new QPushButton(tr("Undo import"), page);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undo->setEnabled(false);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("importHistory"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(start);
    buttons->addWidget(m_undo);
    buttons->addStretch();
    auto *intro = new QLabel(tr("Bring contacts, companies, deals and activities in from CSV, Excel or vCard files — or drop a file on "
                                "this window. Every import can be undone: it deletes what the import created and "
                                "puts back what it changed."),
                             page);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(start, &QPushButton::clicked, this, [this] { startImport(); });
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto rows = m_view->selectionModel()->selectedRows();
        m_undo->setEnabled(!rows.isEmpty()
                           && m_model->item(rows.first().row(), 0)->data(Qt::UserRole + 1).toString()
                                  == QLatin1String("committed")
                           && !m_undoThread);
    });
    reload();
    return page;
}

void ImportModule::activate()
{
    reload();
}

void ImportModule::reload()
{
    if (!m_model)
        return;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Import"), tr("When"), tr("File"), tr("Records"), tr("Created"),
                                        tr("Updated"), tr("Skipped"), tr("Rejected"), tr("Status")});
    auto list = importing::listImports(m_session);
    if (!list) {
        m_status->setText(list.error().toString());
        return;
    }
    // Numbers as numbers: they sort as such and the view writes them in the user's locale
    // (grouped, Persian digits in Persian).
    const auto number = [](qint64 n) {
        auto *item = new QStandardItem;
        item->setData(n, Qt::DisplayRole);
        return item;
    };
    for (const auto &b : *list) {
        auto *id = number(b.id);
        id->setData(b.id, Qt::UserRole);
        id->setData(b.status, Qt::UserRole + 1);
        const QString entity = b.entity == QLatin1String("companies")    ? tr("companies")
                               : b.entity == QLatin1String("deals")      ? tr("deals")
                               : b.entity == QLatin1String("activities") ? tr("activities")
                                                                         : tr("contacts");
        const QString status = b.status == QLatin1String("undone")
                                   ? tr("undone %1").arg(formatDateTime(b.undoneAt))
                                   : tr("imported");
        m_model->appendRow({id, new QStandardItem(formatDateTime(b.startedAt)),
                            new QStandardItem(b.sourceName), new QStandardItem(entity),
                            number(b.created), number(b.updated), number(b.skipped), number(b.rejected),
                            new QStandardItem(status)});
    }
    fitColumns(m_view); // dates and file names on one line
    if (list->isEmpty())
        m_status->setText(tr("No imports yet."));
}

ImportWizard *ImportModule::startImport(const QString &path)
{
    auto *wizard = new ImportWizard(m_session, path, widget());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::imported, this, [this](qint64 batch) {
        reload();
        m_status->setText(tr("Import %1 is done. Select it and press Undo import to reverse it.").arg(batch));
    });
    wizard->show();
    return wizard;
}

void ImportModule::undoSelected()
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_undoThread)
        return;
    const qint64 batch = m_model->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    if (QMessageBox::question(widget(), tr("Undo import"),
                              tr("Undo import %1? What it created is deleted and what it changed is put back.")
                                  .arg(batch))
        != QMessageBox::Yes)
        return;
    m_undo->setEnabled(false);
    m_status->setText(tr("Undoing import %1…").arg(batch));
    auto status = std::make_shared<Status>();
    const Session session = m_session;
    m_undoThread = QThread::create([=] { *status = importing::undoImport(session, batch); });
    connect(m_undoThread, &QThread::finished, this, [this, status, batch] {
        m_undoThread->deleteLater();
        m_undoThread = nullptr;
        reload();
        m_status->setText(status->ok() ? tr("Import %1 was undone.").arg(batch) : status->error().toString());
    });
    m_undoThread->start();
}

} // namespace kontor
