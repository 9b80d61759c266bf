#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;

namespace kontor {

// One area of the app (Contacts, Deals, ...). The main window only knows this interface, so
// adding a module never grows MainWindow: it asks each module for its page and its actions.
class Module : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Module() override
    {
        // The page lives in the window's stack; it must not outlive the module that feeds it.
        delete m_widget.data();
    }

    virtual QString id() const = 0; // stable, for settings and --module
    virtual QString title() const = 0; // translated, for the sidebar
    virtual QIcon icon() const = 0;
    // The module's page, created on first call; the window reparents it into its stack.
    QWidget *widget()
    {
        if (!m_widget)
            m_widget = createWidget();
        return m_widget;
    }
    // Actions shown in the window's toolbar while this module is current.
    virtual QList<QAction *> actions() const { return {}; }
    // Entries of the window's Settings menu (pipelines, products, ...), whichever module is
    // current.
    virtual QList<QAction *> settingsActions() const { return {}; }
    // Called each time the module becomes current (load data on first activation, focus).
    virtual void activate() { }
    // The ids of the records selected on the page, in list order, of the kind id() names
    // (contacts, companies, deals); empty when nothing is selected or the page lists none.
    // File > Export... offers them, as the list's own Export does.
    virtual QList<qint64> selectedIds() const { return {}; }

protected:
    virtual QWidget *createWidget() = 0;

private:
    QPointer<QWidget> m_widget;
};

} // namespace kontor
