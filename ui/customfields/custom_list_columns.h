#pragma once

#include "customfields/custom_columns.h"
#include "customfields/custom_field_repository.h"
#include "lists/column_chooser.h"
#include "lists/list_module.h"
#include "lists/paged_model.h"

#include <QCoreApplication>

#include <memory>

namespace kontor {

// What a list module's fetch function reads besides its text and filter: which custom
// fields to bring with each row, and the order the header chose.
struct ListOrder
{
    CustomColumns custom;
    int sort = 0; // the repository's Sort (as a number) when no custom field orders the list
    bool descending = false;
};

// The custom-field columns a list's column chooser offers (each live custom field of
// `entity`): a shown one becomes a column of `model` filled from the page query and sortable
// in SQL. `order->custom` says which fields the fetch function reads and sorts by.
template<typename T>
ExtraColumns customFieldColumns(PagedTableModel<T> *model, const Session &session,
                                const QString &entity, std::shared_ptr<ListOrder> order)
{
    const QList<PagedColumn<T>> own = model->columns();
    ExtraColumns extra;
    extra.heading = QCoreApplication::translate("kontor::CustomListColumns", "Custom fields");
    extra.available = [session, entity] {
        QList<QPair<QString, QString>> out;
        auto fields = CustomFieldRepository(session).fields(entity);
        if (!fields)
            return out; // the menu then offers the list's own columns only
        for (const CustomField &f : *fields)
            out.append({QStringLiteral("custom:") + QString::number(f.id), f.name});
        return out;
    };
    extra.apply = [session, entity, model, own, order](const QStringList &keys) {
        QList<PagedColumn<T>> columns = own;
        order->custom.fieldIds.clear();
        const qint64 sortedBy = order->custom.sortFieldId;
        order->custom.sortFieldId = 0; // unless its column is still shown (below)
        auto fields = CustomFieldRepository(session).fields(entity);
        if (fields) {
            for (const QString &key : keys) {
                const qint64 id = key.section(QLatin1Char(':'), 1).toLongLong();
                for (const CustomField &f : *fields) {
                    if (f.id != id || !key.startsWith(QLatin1String("custom:")))
                        continue;
                    PagedColumn<T> column;
                    column.title = f.name;
                    column.display = [f](const T &row) {
                        return f.displayText(row.customColumns.value(f.id));
                    };
                    if (f.kind == CustomField::Kind::Number)
                        column.alignment = Qt::AlignRight | Qt::AlignVCenter;
                    column.sortable = true;
                    column.customFieldId = f.id;
                    columns << column;
                    order->custom.fieldIds << f.id;
                    if (f.id == sortedBy)
                        order->custom.sortFieldId = f.id;
                }
            }
        }
        model->setColumns(columns);
    };
    return extra;
}

// Wires a contact or company list for custom-field columns and header sorting: the column
// chooser offers each live custom field of `entity` (see customFieldColumns); header clicks
// on a custom-field column order by it in SQL, on a `sortable` column of the list's own by
// the list's own order. The fetch function reads `order` (shared) on every page.
template<typename T>
void addCustomFieldColumns(ListModule *module, PagedTableModel<T> *model, const Session &session,
                           const QString &entity, std::shared_ptr<ListOrder> order)
{
    model->setSortHook([order](const PagedColumn<T> &column, bool descending) {
        order->custom.sortFieldId = column.customFieldId;
        order->sort = column.sortKey;
        order->descending = descending;
    });
    module->setExtraColumns(customFieldColumns(model, session, entity, order));
}

} // namespace kontor
