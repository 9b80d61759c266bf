#pragma once

#include "shell/main_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

// Catch prints QStrings as text, not as arrays of characters.
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "[" + l.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
} // namespace Catch

namespace kontor::test {

// Shared by the card and trash tests: drive the main window like a user would.
inline void showModule(MainWindow &window, const QString &title)
{
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    const auto items = sidebar->findItems(title, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(items.first()).center());
}

inline QTableView *currentList(MainWindow &window)
{
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("moduleStack"));
    REQUIRE(stack);
    auto *view = stack->currentWidget()->findChild<QTableView *>(QStringLiteral("listView"));
    REQUIRE(view);
    return view;
}

inline int rowOf(QTableView *view, const QString &text, int column = 0)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, column).data().toString() == text)
            return r;
    }
    return -1;
}

inline QStringList columnTexts(QTableView *view, int column = 0)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, column).data().toString();
    return out;
}

// Selects the row and gives the list the keyboard focus.
inline void selectRow(QTableView *view, int row)
{
    REQUIRE(row >= 0);
    view->setFocus();
    view->selectionModel()->clearSelection();
    view->setCurrentIndex(view->model()->index(row, 0));
    view->selectRow(row);
}

} // namespace kontor::test
