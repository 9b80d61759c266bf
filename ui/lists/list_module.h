#pragma once

#include "lists/column_chooser.h"
#include "lists/paged_model.h"
#include "shell/module.h"

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace kontor {

// What differs between the Contacts, Companies and Deals lists besides their model.
struct ListSpec
{
    QString id;
    QString title;
    QString searchPlaceholder;
    std::function<QString(qint64 count, bool filtered)> countText;
    QString emptyText; // no rows at all
    QString noMatchText; // no rows for filter %1
    QList<int> columnWidths; // in average characters; 0 = default
    int stretchColumn = 0; // takes the free width
    QString narrowedEmptyText; // no rows for the filter bar / segment (setNarrowed)
};

// A read-only, searchable, lazily paged list as a module: a header with title, count and
// search field over a table fed by a PagedModel. One class for every list module.
class ListModule : public Module
{
    Q_OBJECT
public:
    // Takes ownership of `model`.
    ListModule(ListSpec spec, PagedModel *model, QObject *parent = nullptr);
    ~ListModule() override;

    QString id() const override { return m_spec.id; }
    QString title() const override { return m_spec.title; }
    QIcon icon() const override;
    QList<QAction *> actions() const override;
    QList<QAction *> settingsActions() const override { return m_settingsActions; }
    // Entries for the Settings menu while this list's module is part of the window.
    void addSettingsActions(const QList<QAction *> &actions) { m_settingsActions += actions; }
    void activate() override;

    PagedModel *model() const { return m_model; }
    // Searches for `text` and selects the row of record `id` once it is listed (the quick
    // search's "show me this deal").
    void reveal(const QString &text, qint64 id);
    // The column chooser (toolbar "Columns" and the header's context menu): which columns
    // show, remembered per list in QSettings ("lists/<id>/hiddenColumns"). The last visible
    // column cannot be hidden.
    QMenu *columnsMenu() const { return m_chooser->menu(); }
    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const { return m_chooser->isColumnVisible(column); }
    // Custom-field columns: offered in the column chooser, the shown ones remembered in
    // QSettings ("lists/<id>/extraColumns"); set before widget() is first called.
    void setExtraColumns(ExtraColumns extra) { m_chooser->setExtraColumns(std::move(extra)); }
    QStringList shownExtraColumns() const { return m_chooser->shownExtraColumns(); }
    void refreshExtraColumns() { m_chooser->refreshExtraColumns(); }
    void setExtraColumnShown(const QString &key, bool shown)
    {
        m_chooser->setExtraColumnShown(key, shown);
    }
    // Extra parts of the page (a filter bar above the table, a panel to its left), made when
    // the page is; set before widget() is first called.
    void setPanels(std::function<QWidget *()> above, std::function<QWidget *()> beside);
    // The list is narrowed by something other than the search text (a filter bar): the count
    // says "found" and an empty list says nothing matches instead of "no records yet".
    void setNarrowed(bool narrowed);

protected:
    QWidget *createWidget() override;

private:
    void applySearch();
    void updateCount();
    void showError(const QString &message);
    void selectPending();
    // The header's order, remembered per list in QSettings ("lists/<id>/sortColumn",
    // "lists/<id>/sortDescending") and restored when the list is made again.
    void saveSort();
    void restoreSort();

    ListSpec m_spec;
    PagedModel *m_model;
    QAction *m_refresh = nullptr;
    QAction *m_columns = nullptr;
    ColumnChooser *m_chooser = nullptr;
    QList<QAction *> m_settingsActions;
    QTimer *m_searchDelay = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
    std::function<QWidget *()> m_makeAbove;
    std::function<QWidget *()> m_makeBeside;
    bool m_narrowed = false;
    bool m_activated = false;
    qint64 m_pendingId = 0; // reveal(): select this row when it arrives
};

} // namespace kontor
