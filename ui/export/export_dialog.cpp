#include "export/export_dialog.h"

#include "exchange/exporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace kontor {

namespace {

QString entityLabel(ExchangeEntity e)
{
    switch (e) {
    case ExchangeEntity::Contacts:
        return ExportDialog::tr("Contacts");
    case ExchangeEntity::Companies:
        return ExportDialog::tr("Companies");
    case ExchangeEntity::Deals:
        return ExportDialog::tr("Deals");
    case ExchangeEntity::Activities:
        return ExportDialog::tr("Activities and notes");
    }
    return {};
}

QString recordsText(ExchangeEntity e, qint64 n)
{
    switch (e) {
    case ExchangeEntity::Contacts:
        return ExportDialog::tr("%Ln contact(s)", nullptr, int(n));
    case ExchangeEntity::Companies:
        return ExportDialog::tr("%Ln company(s)", nullptr, int(n));
    case ExchangeEntity::Deals:
        return ExportDialog::tr("%Ln deal(s)", nullptr, int(n));
    case ExchangeEntity::Activities:
        return ExportDialog::tr("%Ln activity(s)", nullptr, int(n));
    }
    return {};
}

struct Outcome
{
    qint64 records = -1;
    QString error;
    bool cancelled = false;
};

} // namespace

ExportDialog::ExportDialog(Session session, ExchangeEntity entity, QList<qint64> selection,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_selectionEntity(entity)
    , m_selection(std::move(selection))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("exportEntity"));
    for (auto e : {ExchangeEntity::Contacts, ExchangeEntity::Companies, ExchangeEntity::Deals,
                   ExchangeEntity::Activities})
        m_entity->addItem(entityLabel(e), int(e));
    m_entity->setCurrentIndex(m_entity->findData(int(entity)));

    m_everything = new QRadioButton(tr("Everything"));
    m_everything->setObjectName(QStringLiteral("exportEverything"));
    m_segment = new QRadioButton(tr("Saved segment:"));
    m_segment->setObjectName(QStringLiteral("exportSegment"));
    m_segmentName = new QComboBox;
    m_segmentName->setObjectName(QStringLiteral("exportSegmentName"));
    m_selected = new QRadioButton;
    m_selected->setObjectName(QStringLiteral("exportSelection"));
    // Segments are read once here: a few rows, on the GUI thread like the segment panel.
    if (auto segments = SegmentRepository(m_session).list(false); segments)
        m_segments = *segments;
    for (const Segment &s : std::as_const(m_segments))
        m_segmentName->addItem(s.name, s.id);
    auto *segmentRow = new QHBoxLayout;
    segmentRow->addWidget(m_segment);
    segmentRow->addWidget(m_segmentName, 1);
    auto *which = new QVBoxLayout;
    which->addWidget(m_everything);
    which->addLayout(segmentRow);
    which->addWidget(m_selected);
    (m_selection.isEmpty() ? m_everything : m_selected)->setChecked(true);
    connect(m_segmentName, &QComboBox::activated, m_segment, [this] { m_segment->setChecked(true); });

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_bom = new QCheckBox(tr("Excel-friendly (byte-order mark, for Excel on Windows)"));
    m_bom->setObjectName(QStringLiteral("exportBom"));

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_browse = new QPushButton(tr("Browse…"));
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("What:"), m_entity);
    form->addRow(tr("Which records:"), which);
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_bom);
    form->addRow(tr("File:"), fileRow);

    m_buttons = new QDialogButtonBox;
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_export->setDefault(true);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("exportClose"));
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_entity, &QComboBox::currentIndexChanged, this, &ExportDialog::onEntityChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    onEntityChanged();
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

ExportDialog *ExportDialog::openFor(const Session &session, ExchangeEntity entity,
                                    const QList<qint64> &selection, QWidget *parent)
{
    auto *dialog = new ExportDialog(session, entity, selection, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ExchangeEntity ExportDialog::entity() const
{
    return ExchangeEntity(m_entity->currentData().toInt());
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::onEntityChanged()
{
    const ExchangeEntity e = entity();
    const bool cards = e == ExchangeEntity::Contacts || e == ExchangeEntity::Companies;
    const int previous = m_format->count() ? int(format()) : int(ExportFormat::Csv);
    {
        const QSignalBlocker block(m_format);
        m_format->clear();
        m_format->addItem(tr("CSV (comma-separated text)"), int(ExportFormat::Csv));
        m_format->addItem(tr("Excel workbook (.xlsx)"), int(ExportFormat::Xlsx));
        if (cards) { // a vCard is a person or an organization; deals and activities are not
            m_format->addItem(tr("vCard 3.0 (.vcf, older phones and Outlook)"), int(ExportFormat::VCard3));
            m_format->addItem(tr("vCard 4.0 (.vcf)"), int(ExportFormat::VCard4));
        }
        m_format->addItem(tr("JSON"), int(ExportFormat::Json));
        const int keep = m_format->findData(previous);
        m_format->setCurrentIndex(keep >= 0 ? keep : 0);
    }

    // Segments narrow contacts, and activities to those of the segment's contacts; the
    // selection belongs to the list it came from.
    const bool segments = (e == ExchangeEntity::Contacts || e == ExchangeEntity::Activities)
                          && !m_segments.isEmpty();
    m_segment->setEnabled(segments);
    m_segmentName->setEnabled(segments);
    m_segment->setText(e == ExchangeEntity::Activities ? tr("Of the contacts in the segment:")
                                                       : tr("Saved segment:"));
    const bool selection = e == m_selectionEntity && !m_selection.isEmpty();
    m_selected->setEnabled(selection);
    m_selected->setText(selection ? tr("The selected %1").arg(recordsText(e, m_selection.size()))
                                  : tr("The selected records (select them in a list first)"));
    if ((m_segment->isChecked() && !segments) || (m_selected->isChecked() && !selection))
        m_everything->setChecked(true);
    onFormatChanged();
}

void ExportDialog::onFormatChanged()
{
    m_bom->setEnabled(format() == ExportFormat::Csv);
    // The file name follows what is exported unless the user typed a folder of their own.
    const QString suffix = exportFormatSuffix(format());
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (dir.isEmpty())
            dir = QDir::homePath();
        path = QDir(dir).filePath(exchangeEntityName(entity()) + QLatin1Char('.') + suffix);
    } else {
        const QFileInfo info(path);
        QString base = info.completeBaseName();
        for (auto e : {ExchangeEntity::Contacts, ExchangeEntity::Companies, ExchangeEntity::Deals,
                       ExchangeEntity::Activities}) {
            if (base == exchangeEntityName(e))
                base = exchangeEntityName(entity());
        }
        path = info.dir().filePath(base + QLatin1Char('.') + suffix);
    }
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::chooseFile()
{
    const QString filter = format() == ExportFormat::Csv    ? tr("CSV (*.csv)")
                           : format() == ExportFormat::Xlsx ? tr("Excel (*.xlsx)")
                           : format() == ExportFormat::Json ? tr("JSON (*.json)")
                                                            : tr("vCard (*.vcf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::start()
{
    if (m_thread)
        return;
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    if (!QFileInfo(path).dir().exists()) {
        m_status->setText(tr("The folder %1 does not exist.")
                              .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return;
    }
    ExportRequest request;
    request.entity = entity();
    request.format = format();
    request.csvBom = m_bom->isChecked() && request.format == ExportFormat::Csv;
    if (m_selected->isChecked())
        request.ids = m_selection;
    else if (m_segment->isChecked() && m_segmentName->currentIndex() >= 0)
        request.contactFilter = m_segments.at(m_segmentName->currentIndex()).filter;

    setRunning(true);
    m_status->setText(tr("Exporting…"));
    m_progress->setRange(0, 0); // busy until the first chunk says how many
    m_cancel = false;
    auto outcome = std::make_shared<Outcome>();
    const Session session = m_session;
    m_thread = QThread::create([this, session, request, path, outcome] {
        // Runs on the worker with its own connection; progress comes back queued.
        auto progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                    m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
                },
                Qt::QueuedConnection);
            return !m_cancel.load();
        };
        auto written = exportToFile(session, request, path, progress);
        if (written) {
            outcome->records = *written;
        } else {
            outcome->cancelled = written.error().kind == Error::Kind::Cancelled;
            outcome->error = written.error().toString();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, outcome, path] {
        onDone(outcome->records, path, outcome->error, outcome->cancelled);
    });
    m_thread->start();
}

void ExportDialog::onDone(qint64 records, const QString &path, const QString &error, bool cancelled)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    setRunning(false);
    const QString file = QDir::toNativeSeparators(path);
    if (cancelled) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("The export was cancelled; no file was written."));
    } else if (!error.isEmpty()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("The export failed: %1").arg(error));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_status->setText(tr("Exported %1 to %2.").arg(recordsText(entity(), records), file));
    }
    emit finished(error.isEmpty() ? records : -1, path);
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *w : {static_cast<QWidget *>(m_entity), static_cast<QWidget *>(m_everything),
                       static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_path),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_export)})
        w->setEnabled(!running);
    if (running) {
        m_segment->setEnabled(false);
        m_segmentName->setEnabled(false);
        m_selected->setEnabled(false);
        m_bom->setEnabled(false);
    } else {
        onEntityChanged(); // re-enables what fits the entity and format
    }
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    m_close->setToolTip(running ? tr("Stop the export; no file is written") : QString());
}

void ExportDialog::reject()
{
    if (m_thread) { // Cancel while running stops the export and keeps the dialog open
        m_cancel = true;
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace kontor
