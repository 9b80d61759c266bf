#include "trash/trash_module.h"

#include "cards/company_card.h"
#include "cards/contact_card.h"
#include "contacts/trash_bin.h"
#include "lists/format.h"
#include "undo/commands.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QVBoxLayout>

namespace kontor {

namespace {

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("contact"))
        return TrashModule::tr("Contact");
    if (kind == QLatin1String("company"))
        return TrashModule::tr("Company");
    if (kind == QLatin1String("deal"))
        return TrashModule::tr("Deal");
    if (kind == QLatin1String("task"))
        return TrashModule::tr("Task");
    return kind;
}

// A bin outline in the sidebar's line-icon style (the shell's icon set has no trash).
QPixmap binPixmap(int size, const QColor &color)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    QPainterPath path;
    path.moveTo(4, 6.5);
    path.lineTo(20, 6.5);
    path.moveTo(9.5, 6.5);
    path.lineTo(10, 4);
    path.lineTo(14, 4);
    path.lineTo(14.5, 6.5);
    path.moveTo(6, 6.5);
    path.lineTo(7, 20);
    path.lineTo(17, 20);
    path.lineTo(18, 6.5);
    path.moveTo(10, 10);
    path.lineTo(10, 16.5);
    path.moveTo(14, 10);
    path.lineTo(14, 16.5);
    p.drawPath(path);
    return pm;
}

} // namespace

TrashModule::TrashModule(Session session, QObject *parent)
    : Module(parent)
    , m_session(session)
    , m_stack(UndoStack::of(this))
{
    using Column = PagedColumn<TrashItem>;
    QList<Column> columns{
        {tr("Name"), [](const TrashItem &t) { return t.name; }},
        {tr("Kind"), [](const TrashItem &t) { return kindName(t.kind); }},
        {tr("Details"), [](const TrashItem &t) { return t.detail; }},
        {tr("Deleted"),
         [](const TrashItem &t) {
             return formatDateTime(t.deletedAt);
         }},
        {tr("Deleted by"), [](const TrashItem &t) { return t.deletedBy; }},
    };
    const TrashListing listing(session);
    auto fetch = [listing](const QString &text, const PageRequest &page) {
        return listing.list(text, page);
    };
    auto count = [listing](const QString &text) { return listing.count(text); };
    m_model = new PagedTableModel<TrashItem>(columns, fetch, count, this);

    m_restore = new QAction(tr("Restore"), this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setToolTip(tr("Put the selected records back where they were"));
    m_restore->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_restore->setEnabled(false);
    connect(m_restore, &QAction::triggered, this, &TrashModule::restoreSelected);
    m_emptyTrash = new QAction(tr("Empty Trash…"), this);
    m_emptyTrash->setObjectName(QStringLiteral("emptyTrashAction"));
    m_emptyTrash->setToolTip(tr("Delete everything in the trash for good"));
    connect(m_emptyTrash, &QAction::triggered, this, &TrashModule::emptyTrash);
    m_refresh = new QAction(tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, m_model, &PagedModel::reload);

    connect(m_model, &PagedModel::totalCountChanged, this, &TrashModule::updateState);
    connect(m_model, &PagedModel::failed, this, [this](const QString &message) {
        if (m_error) {
            m_error->setText(tr("The trash could not be read: %1").arg(message));
            m_error->show();
        }
    });
    // Anything deleted or restored anywhere shows here at once.
    connect(m_stack, &UndoStack::changed, this, [this](const QString &entity) {
        if (entity != QLatin1String("activity") && m_view)
            m_model->reload();
    });
}

QIcon TrashModule::icon() const
{
    QIcon icon;
    for (int size : {16, 22, 32, 44})
        icon.addPixmap(binPixmap(size, QColor(0x3b, 0x4a, 0x5e)));
    for (int size : {16, 22, 32, 44})
        icon.addPixmap(binPixmap(size, Qt::white), QIcon::Selected);
    return icon;
}

QList<QAction *> TrashModule::actions() const
{
    return {m_restore, m_emptyTrash, m_refresh};
}

void TrashModule::activate()
{
    widget();
    // Always fresh: records reach the trash from every other module.
    m_model->reload();
}

QWidget *TrashModule::createWidget()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("trashPage"));
    auto *title = new QLabel(tr("Trash"));
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search the trash by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_model->setFilterText(text.trimmed()); });

    auto *header = new QHBoxLayout;
    header->addWidget(title, 0, Qt::AlignBaseline);
    header->addSpacing(12);
    header->addWidget(m_count, 0, Qt::AlignBaseline);
    header->addStretch(1);
    header->addWidget(m_search);

    auto *hint = new QLabel(tr("Deleted contacts, companies, deals and tasks wait here until you "
                               "restore them. Select several with Shift or Ctrl."));
    hint->setObjectName(QStringLiteral("countLabel"));
    hint->setWordWrap(true);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 2);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int ch = m_view->fontMetrics().averageCharWidth();
    const int widths[] = {30, 10, 24, 18, 14};
    for (int c = 0; c < 5; ++c)
        m_view->setColumnWidth(c, widths[c] * ch + 24);
    m_view->setColumnWidth(3, dateTimeWidth(m_view->fontMetrics()) + 2 * ch + 24); // Deleted
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_view->addAction(m_restore);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrashModule::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrashModule::updateState);
    // Double-click shows the record's card (read-only while it is in the trash).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const TrashItem &item = m_model->item(index.row());
        if (item.kind == QLatin1String("contact"))
            openContactCard(m_session, item.id, m_view);
        else if (item.kind == QLatin1String("company"))
            openCompanyCard(m_session, item.id, m_view);
    });

    m_empty = new QLabel(tr("The trash is empty."));
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    return page;
}

void TrashModule::updateState()
{
    if (!m_view)
        return;
    const qint64 total = m_model->totalCount();
    const bool filtered = !m_model->filterText().isEmpty();
    // No "(s)" plurals: these strings are not in the translation files yet.
    const QString n = QLocale().toString(total);
    m_count->setText(total < 0 ? QString() : filtered ? tr("%1 found").arg(n)
                                                       : tr("%1 in the trash").arg(n));
    m_empty->setText(filtered
                         ? tr("Nothing in the trash matches “%1”.").arg(m_model->filterText())
                         : tr("The trash is empty."));
    m_empty->setVisible(total == 0);
    m_view->setVisible(total != 0);
    m_restore->setEnabled(m_view->selectionModel()->hasSelection());
    m_emptyTrash->setEnabled(total > 0 && !filtered);
    if (total >= 0)
        m_error->hide();
}

void TrashModule::restoreSelected()
{
    if (!m_view)
        return;
    QList<TrashRef> refs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const TrashItem &item = m_model->item(index.row());
        refs.append({item.kind, item.id, item.name});
    }
    if (refs.isEmpty())
        return;
    QStringList errors;
    const QList<TrashRef> done = applyTrash(m_session, refs, false, &errors);
    if (!done.isEmpty()) {
        m_stack->push(new TrashCommand(m_stack, m_session, done, false));
        m_stack->inform(tr("%Ln record(s) restored.", nullptr, int(done.size())));
    }
    if (!errors.isEmpty()) {
        m_error->setText(tr("Some records could not be restored:\n%1")
                             .arg(errors.join(QLatin1Char('\n'))));
        m_error->show();
    }
}

void TrashModule::emptyTrash()
{
    const qint64 total = m_model->totalCount();
    if (total <= 0)
        return;
    const auto answer = QMessageBox::warning(
        m_view, tr("Empty the Trash?"),
        tr("Delete the %1 records in the trash for good? Their activities and tasks stay, "
           "without them. This cannot be undone.")
            .arg(QLocale().toString(total)),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    const auto purged = purgeAll();
    if (!purged) {
        m_error->setText(tr("The trash could not be emptied: %1").arg(purged.error().message));
        m_error->show();
    }
}

Result<qint64> TrashModule::purgeAll()
{
    const auto purged = TrashBin(m_session).purge(0);
    if (purged) {
        m_model->reload();
        m_stack->inform(tr("%1 records deleted for good.").arg(QLocale().toString(*purged)));
    }
    return purged;
}

} // namespace kontor
