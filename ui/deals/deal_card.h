#pragma once

#include "funnel/deal_snapshot.h"
#include "session.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace kontor {

class CustomFieldsForm;
class LineItemsModel;
class StageHistoryTable;
class TimelinePanel;
class UndoStack;

// The card of one deal: its fields, the people in it with their roles, the company, the
// products (when there are any, the amount is their total) on the left; its timeline and
// stage history on the right. Saving checks everything first, writes one snapshot in one
// transaction and pushes an undoable command. The stage moves at once from the header's
// stage picker (or on the board), as its own undoable command.
class DealCard : public QDialog
{
    Q_OBJECT
public:
    DealCard(Session session, qint64 dealId, QWidget *parent = nullptr);

    qint64 dealId() const { return m_id; }
    const DealSnapshot &stored() const { return m_loaded; }
    bool isDirty() const { return m_dirty; }
    LineItemsModel *items() const { return m_items; }
    TimelinePanel *timeline() const { return m_timeline; }
    StageHistoryTable *stageHistory() const { return m_history; }
    CustomFieldsForm *customFields() const { return m_customFields; }

    // Checks and saves the edits; false (with the reason on screen) when nothing was saved.
    bool save();
    void revert();
    // The people of the deal (the first is the main contact).
    void addContact(qint64 contactId, const QString &name, const QString &role = {});
    void removeContact(int row);
    // A catalogue product (by id) as a new line at its price.
    bool addProduct(qint64 productId);

signals:
    void saved(qint64 dealId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    QWidget *buildHeader();
    QWidget *buildStagePicker();
    void fillStagePicker();
    void onStagePicked(int index);
    void refreshStage();
    QWidget *buildForm();
    QWidget *buildPeople();
    QWidget *buildProducts();
    void load();
    void loadCustomFields();
    void display(const DealSnapshot &s);
    void updateHeader(const DealSnapshot &s);
    void updateAmount();
    void updateProbabilityText();
    bool collect(DealSnapshot *out);
    void setDirty(bool dirty);
    void showError(const QString &message);
    void lookUpCompanies();
    void lookUpContacts();
    void onRecordsChanged(const QString &entity, const QList<qint64> &ids);

    Session m_session;
    qint64 m_id;
    UndoStack *m_stack;
    DealSnapshot m_loaded;
    int m_stageProbability = 0;
    bool m_dirty = false;
    bool m_showing = false;

    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_meta = nullptr;
    QComboBox *m_stagePicker = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountNote = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_probability = nullptr;
    QDateEdit *m_expectedClose = nullptr;
    QLineEdit *m_company = nullptr;
    QCompleter *m_companyCompleter = nullptr;
    QStringListModel *m_companyNames = nullptr;
    QTimer *m_companyDelay = nullptr;
    QTableWidget *m_people = nullptr;
    QLineEdit *m_addPerson = nullptr;
    QCompleter *m_personCompleter = nullptr;
    QStringListModel *m_personNames = nullptr;
    QHash<QString, qint64> m_personIds; // what the last lookup offered
    QTimer *m_personDelay = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    CustomFieldsForm *m_customFields = nullptr;
    QLabel *m_customSection = nullptr;
    LineItemsModel *m_items = nullptr;
    QTableView *m_itemsView = nullptr;
    QComboBox *m_productPicker = nullptr;
    QLabel *m_itemsTotal = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    TimelinePanel *m_timeline = nullptr;
    StageHistoryTable *m_history = nullptr;
};

// Opens (or brings forward) the card of deal `id` as a window of `parent`'s window.
DealCard *openDealCard(const Session &session, qint64 id, QWidget *parent);

} // namespace kontor
