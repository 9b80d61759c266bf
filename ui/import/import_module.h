#pragma once

#include "session.h"
#include "shell/module.h"

class QStandardItemModel;
class QTableView;
class QPushButton;
class QLabel;

namespace kontor {

class ImportWizard;

// The Import page: past imports (what each created, updated, skipped, rejected) with Undo, and
// the button that starts the wizard. Dropping a file on the main window calls startImport().
class ImportModule : public Module
{
    Q_OBJECT
public:
    ImportModule(Session session, QObject *parent);
    ~ImportModule() override;

    QString id() const override { return QStringLiteral("import"); }
    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    // Opens the wizard, on `path` when given. Returns the wizard (non-modal, deleted on close).
    Q_INVOKABLE ImportWizard *startImport(const QString &path = {});

protected:
    QWidget *createWidget() override;

private:
    void reload();
    void undoSelected();

    Session m_session;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_status = nullptr;
    QThread *m_undoThread = nullptr;
};

} // namespace kontor
