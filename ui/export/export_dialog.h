#pragma once

#include "contacts/contact_filter.h"
#include "exchange/exchange_types.h"
#include "session.h"

#include <QDialog>
#include <QList>

#include <atomic>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace kontor {

// Export of contacts, companies, deals or activities: everything, a saved segment (its
// contacts, or their activities) or the records selected in a list; CSV (optionally with a
// BOM for Excel), .xlsx, vCard 3.0 / 4.0 (contacts and companies) or JSON. The file is
// written on a worker thread with a progress bar and Cancel; it is written aside and renamed
// when complete, so a cancelled or failed export leaves no half-written file. File >
// Export... and the lists open it.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `selection` = the ids selected in a list of `entity` (the list's Export, or File >
    // Export... on that list's page); empty when none is: "Everything" is picked then.
    ExportDialog(Session session, ExchangeEntity entity, QList<qint64> selection,
                 QWidget *parent = nullptr);
    ~ExportDialog() override; // cancels and waits for a running export

    // Opens the dialog (non-modal, deleted on close) for the records selected in a list.
    static ExportDialog *openFor(const Session &session, ExchangeEntity entity,
                                 const QList<qint64> &selection, QWidget *parent);

    bool isRunning() const { return m_thread != nullptr; }

signals:
    // After a finished export (also after an error or a cancel: `records` < 0 then).
    void finished(qint64 records, const QString &path);

public slots:
    void reject() override;

private:
    void onEntityChanged();
    void onFormatChanged();
    void chooseFile();
    void start();
    void onDone(qint64 records, const QString &path, const QString &error, bool cancelled);
    void setRunning(bool running);
    ExchangeEntity entity() const;
    ExportFormat format() const;

    Session m_session;
    ExchangeEntity m_selectionEntity;
    QList<qint64> m_selection;
    QList<Segment> m_segments;

    QComboBox *m_entity = nullptr;
    QRadioButton *m_everything = nullptr;
    QRadioButton *m_segment = nullptr;
    QComboBox *m_segmentName = nullptr;
    QRadioButton *m_selected = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace kontor
