#include "lists/column_chooser.h"

#include "lists/paged_model.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>

namespace kontor {

namespace {

QString hiddenColumnsKey(const QString &listId)
{
    // Column numbers, not titles: titles change with the language.
    return QStringLiteral("lists/") + listId + QStringLiteral("/hiddenColumns");
}

QString extraColumnsKey(const QString &listId)
{
    return QStringLiteral("lists/") + listId + QStringLiteral("/extraColumns");
}

} // namespace

ColumnChooser::ColumnChooser(const QString &listId, PagedModel *model, QObject *parent)
    : QObject(parent)
    , m_listId(listId)
    , m_model(model)
    , m_menu(new QMenu)
    , m_baseColumns(model->columnCount())
{
    m_menu->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::fill);
}

ColumnChooser::~ColumnChooser()
{
    delete m_menu; // a menu has no QObject parent: it is a window of its own
}

void ColumnChooser::attach(QTableView *view)
{
    m_view = view;
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        fill();
        m_menu->popup(header->mapToGlobal(at));
    });
    applyExtraColumns();
    restoreColumns();
}

void ColumnChooser::fill()
{
    m_menu->clear();
    for (int c = 0; c < m_baseColumns; ++c) {
        QAction *a = m_menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(isColumnVisible(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
    if (!m_extra.available)
        return;
    const auto extras = m_extra.available();
    if (extras.isEmpty())
        return;
    m_menu->addSection(m_extra.heading);
    const QStringList shown = shownExtraColumns();
    for (const auto &extra : extras) {
        QAction *a = m_menu->addAction(extra.second);
        a->setObjectName(QStringLiteral("extraColumn:") + extra.first);
        a->setCheckable(true);
        a->setChecked(shown.contains(extra.first));
        const QString key = extra.first;
        connect(a, &QAction::toggled, this,
                [this, key](bool on) { setExtraColumnShown(key, on); });
    }
}

QStringList ColumnChooser::shownExtraColumns() const
{
    return QSettings().value(extraColumnsKey(m_listId)).toStringList();
}

void ColumnChooser::setExtraColumnShown(const QString &key, bool shown)
{
    QStringList keys = shownExtraColumns();
    keys.removeAll(key);
    if (shown)
        keys << key;
    QSettings().setValue(extraColumnsKey(m_listId), keys);
    if (m_view)
        applyExtraColumns();
}

void ColumnChooser::applyExtraColumns()
{
    if (!m_extra.apply || !m_view)
        return;
    m_extra.apply(shownExtraColumns());
    // The reset forgot the header's state: hidden columns, the sort indicator.
    restoreColumns();
    QHeaderView *header = m_view->horizontalHeader();
    bool anySortable = false;
    for (int c = 0; c < m_model->columnCount(); ++c)
        anySortable = anySortable || m_model->isSortable(c);
    const QSignalBlocker block(header);
    header->setSortIndicatorShown(anySortable);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

bool ColumnChooser::isColumnVisible(int column) const
{
    if (m_view)
        return !m_view->isColumnHidden(column);
    const QStringList hidden = QSettings().value(hiddenColumnsKey(m_listId)).toStringList();
    return !hidden.contains(QString::number(column));
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    if (!m_view || column < 0 || column >= m_model->columnCount())
        return;
    int shown = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        shown += m_view->isColumnHidden(c) ? 0 : 1;
    if (!visible && shown <= 1 && !m_view->isColumnHidden(column))
        return; // a list with no column at all would look empty, not hidden
    m_view->setColumnHidden(column, !visible);
    QStringList hidden;
    for (int c = 0; c < m_baseColumns; ++c) { // extra columns show or go, never hide
        if (m_view->isColumnHidden(c))
            hidden << QString::number(c);
    }
    QSettings().setValue(hiddenColumnsKey(m_listId), hidden);
}

void ColumnChooser::restoreColumns()
{
    const QStringList hidden = QSettings().value(hiddenColumnsKey(m_listId)).toStringList();
    int shown = m_model->columnCount();
    for (const QString &text : hidden) {
        bool ok = false;
        const int c = text.toInt(&ok);
        if (ok && c >= 0 && c < m_baseColumns && shown > 1) {
            m_view->setColumnHidden(c, true);
            --shown;
        }
    }
}

} // namespace kontor
