#pragma once

#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTableView>

#include <functional>

class QMenu;


namespace kontor {

class PagedModel;

// Optional columns the column chooser offers besides the model's own (custom fields).
struct ExtraColumns
{
    QString heading; // the menu section's title: "Custom fields"
    // (key, title) of each column that can be shown, read when the menu opens.
    std::function<QList<QPair<QString, QString>>()> available;
    // Shows exactly `keys` after the model's own columns (unknown keys are skipped).
    std::function<void(const QStringList &keys)> apply;
};

// The Columns menu of a paged list (a list module's, the deals list's): which of the model's
// own columns show, remembered per list in QSettings ("lists/<id>/hiddenColumns", column
// numbers), and which extra (custom-field) columns follow them ("lists/<id>/extraColumns").
// The last visible column cannot be hidden. The header's right click opens the same menu.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    // `model`'s column count now is its own columns; extra ones follow.
    ColumnChooser(const QString &listId, PagedModel *model, QObject *parent = nullptr);
    ~ColumnChooser() override;

    QMenu *menu() const { return m_menu; }
    // Set before attach().
    void setExtraColumns(ExtraColumns extra) { m_extra = std::move(extra); }
    // The table showing the model: shows the remembered columns and offers the menu on a
    // right click of its header.
    void attach(QTableView *view);
    QTableView *view() const { return m_view; }

    // (Re)builds the menu's entries (done when it is about to show).
    void fill();
    bool isColumnVisible(int column) const;
    void setColumnVisible(int column, bool visible);
    QStringList shownExtraColumns() const;
    void setExtraColumnShown(const QString &key, bool shown);
    // Reads the extra columns offered again (custom fields were added, renamed or deleted):
    // a shown column whose field is gone drops out, and comes back if the field is restored.
    void refreshExtraColumns() { applyExtraColumns(); }

private:
    void applyExtraColumns();
    void restoreColumns();

    QString m_listId;
    PagedModel *m_model;
    QMenu *m_menu;
    QPointer<QTableView> m_view;
    ExtraColumns m_extra;
    int m_baseColumns = 0;
};

} // namespace kontor
