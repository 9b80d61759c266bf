// The last pages of the import wizard: the validation grid with the dry-run counts, then the
// import itself with progress, Cancel and the summary.
#include "import/import_pages.h"

#include "import/import_wizard.h"
#include "import/photo_prefetch.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizardPage>

namespace kontor {

using namespace importing;

namespace {

// A count as the user's locale writes it: "98,000", "98 000", "۹۸٬۰۰۰".
QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString countsText(const ImportSummary &s)
{
    return QCoreApplication::translate("ImportWizard",
                                       "%1 rows: %2 to create, %3 to update, %4 to skip as duplicates, %5 with problems")
        .arg(count(s.rows), count(s.created), count(s.updated), count(s.skipped), count(s.rejected));
}

// Before the rows: the vCard's photos given by address are fetched first, outside the
// import's transaction (photo_prefetch.h), and can take a while.
QString fetchingPhotosText(const ImportProgress &p)
{
    return QCoreApplication::translate("ImportWizard", "Fetching photos: %1 of %2…")
        .arg(count(p.photosFetched), count(p.photosTotal));
}

// The photos the import could not keep (their rows are imported all the same), a few of
// them in words; the problem rows file has every one.
QString photoWarnings(const ImportSummary &s, const QString &headline)
{
    if (s.warnings == 0)
        return {};
    const QString photo = QCoreApplication::translate("kontor::importing", "Photo"); // their column
    QStringList lines{headline};
    for (const ImportProblem &p : s.problems) {
        if (p.column != photo)
            continue;
        if (lines.size() > 3) {
            lines << QCoreApplication::translate("ImportWizard", "… and more in the problem rows file.");
            break;
        }
        lines << p.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

// Rows with problems the check page lists beyond the file's first rows; the problem rows file
// after the import has all of them.
constexpr int kProblemRowsShown = 10000;

class CheckPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(CheckPage)
public:
    explicit CheckPage(ImportWizard *w) : m_w(w)
    {
        setTitle(tr("Check before importing"));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("Import"));
        m_counts = new QLabel(this);
        m_counts->setObjectName(QStringLiteral("dryRunCounts"));
        m_counts->setWordWrap(true);
        m_problemsOnly = new QCheckBox(tr("Show problem rows only"), this);
        m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
        m_more = new QLabel(this);
        m_more->setObjectName(QStringLiteral("moreProblems"));
        m_more->setWordWrap(true);
        m_more->hide();
        m_model = new QStandardItemModel(this);
        m_view = new QTableView(this);
        m_view->setObjectName(QStringLiteral("validationGrid"));
        m_view->setModel(m_model);
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_view->verticalHeader()->hide(); // the Row column gives the file's own row numbers
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_counts);
        layout->addWidget(m_problemsOnly);
        layout->addWidget(m_view, 1);
        layout->addWidget(m_more);
        connect(m_problemsOnly, &QCheckBox::toggled, this, [this] { filter(); });
    }

    void initializePage() override
    {
        m_done = false;
        // Said as it is: checking (or fetching photos) first, checked once the answer is in.
        setSubTitle(tr("Every row is checked and matched as the import will do it; nothing is saved."));
        m_counts->setText(tr("Checking every row…"));
        m_model->clear();
        ImportOptions options = m_w->options;
        options.dryRun = true;
        options.rejectsPath.clear();
        options.keepProblemRows = kProblemRowsShown;
        auto result = std::make_shared<std::optional<Result<ImportSummary>>>();
        const Session session = m_w->session();
        const QString path = m_w->path;
        QPointer<CheckPage> self(this);
        auto progress = [self](const ImportProgress &p) {
            if (p.photosTotal == 0)
                return;
            QMetaObject::invokeMethod(
                self, [self, p] {
                    if (self && !self->m_done)
                        self->m_counts->setText(fetchingPhotosText(p));
                },
                Qt::QueuedConnection);
        };
        m_w->runInBackground([=] { *result = runImport(session, path, options, progress, &m_w->cancelFlag); },
                             [=] {
                                 if (self)
                                     self->show(**result);
                             });
    }

    bool isComplete() const override { return m_done && !m_w->busy(); }

private:
    void show(const Result<ImportSummary> &result)
    {
        if (!result) {
            setSubTitle(tr("The check stopped; nothing is saved."));
            m_counts->setText(result.error().toString());
            return;
        }
        setSubTitle(tr("Every row was checked and matched as the import will do it; nothing is saved yet."));
        const ImportSummary &s = *result;
        QString text = countsText(s);
        if (s.rejected)
            text += QStringLiteral("\n") + tr("Rows with problems are left out and can be saved to a file after the import. "
                                              "Go back to change the mapping or the date order.");
        if (s.warnings)
            text += QStringLiteral("\n")
                + photoWarnings(s, tr("%n photo(s) cannot be kept; those contacts will be imported without them:",
                                      nullptr, int(s.warnings)));
        m_counts->setText(text);

        // The first rows of the file, then every other row with a problem (up to
        // kProblemRowsShown), in file order: problem cells in red, the reason as the tooltip
        // and in a last column, readable without hovering over each cell.
        m_model->setHorizontalHeaderLabels(QStringList{tr("Row")} + m_w->header + QStringList{tr("Problem")});
        QMap<qint64, GridRow> rows;
        for (int r = 0; r < m_w->sample.size(); ++r)
            rows.insert(m_w->sampleRows.value(r), GridRow{m_w->sample.at(r), {}});
        for (const ImportProblemRow &p : s.problemRows) {
            GridRow &row = rows[p.row];
            row.cells = p.cells;
            row.problems = p.problems;
        }
        m_problemRows.clear();
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (!it->problems.isEmpty())
                m_problemRows.insert(m_model->rowCount());
            m_model->appendRow(gridItems(it.key(), *it));
        }
        m_more->setVisible(s.rejected > s.problemRows.size());
        m_more->setText(tr("The grid shows the first %1 rows with problems; all %2 go to the problem rows "
                           "file you can save after the import.")
                            .arg(count(s.problemRows.size()), count(s.rejected)));
        fitColumns(m_view);
        filter();
        m_done = true;
        emit completeChanged();
    }

    struct GridRow
    {
        QStringList cells;
        QList<ImportProblem> problems;
    };

    QList<QStandardItem *> gridItems(qint64 source, const GridRow &row) const
    {
        auto *line = new QStandardItem;
        line->setData(source, Qt::DisplayRole); // a number: in the user's locale, sorted as one
        QList<QStandardItem *> items{line};
        for (const QString &c : row.cells)
            items << new QStandardItem(c);
        while (items.size() < m_w->header.size() + 1)
            items << new QStandardItem;
        for (const ImportProblem &p : row.problems) {
            const int column = int(m_w->header.indexOf(p.column));
            const QList<QStandardItem *> marked = column >= 0 ? QList<QStandardItem *>{items.value(column + 1)} : items;
            for (QStandardItem *item : marked) {
                if (!item)
                    continue;
                item->setBackground(QColor(0xf8, 0xd7, 0xda));
                item->setData(true, Qt::UserRole + 1); // "has a problem", for tests and filters
                item->setToolTip(item->toolTip().isEmpty() ? p.reason : item->toolTip() + QLatin1Char('\n') + p.reason);
            }
        }
        QStringList reasons;
        for (const ImportProblem &p : row.problems)
            reasons << (p.column.isEmpty() ? p.reason : QStringLiteral("%1: %2").arg(p.column, p.reason));
        auto *reason = new QStandardItem(reasons.join(QStringLiteral("; ")));
        reason->setToolTip(reasons.join(QLatin1Char('\n')));
        items << reason;
        return items;
    }

    void filter()
    {
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_view->setRowHidden(r, m_problemsOnly->isChecked() && !m_problemRows.contains(r));
    }

    ImportWizard *m_w;
    QLabel *m_counts;
    QCheckBox *m_problemsOnly;
    QLabel *m_more;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QSet<int> m_problemRows;
    bool m_done = false;
};

class RunPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(RunPage)
public:
    explicit RunPage(ImportWizard *w) : m_w(w)
    {
        setTitle(tr("Importing"));
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("progress"));
        m_rate = new QLabel(this);
        m_rate->setObjectName(QStringLiteral("rate"));
        m_cancel = new QPushButton(tr("Cancel import"), this);
        m_cancel->setObjectName(QStringLiteral("cancelImport"));
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("summary"));
        m_summary->setWordWrap(true);
        m_saveRejects = new QPushButton(tr("Save problem rows…"), this);
        m_saveRejects->setObjectName(QStringLiteral("saveRejects"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_rate);
        layout->addWidget(m_cancel, 0, Qt::AlignLeft);
        layout->addWidget(m_summary);
        layout->addWidget(m_saveRejects, 0, Qt::AlignLeft);
        layout->addStretch();
        connect(m_cancel, &QPushButton::clicked, this, [this] { m_w->cancelFlag = true; });
        connect(m_saveRejects, &QPushButton::clicked, this, [this] {
            const QString target = QFileDialog::getSaveFileName(this, tr("Save problem rows"),
                                                                QStringLiteral("problem-rows.csv"),
                                                                tr("CSV files (*.csv)"));
            if (target.isEmpty())
                return;
            QFile::remove(target);
            if (!QFile::copy(m_w->rejectsPath(), target))
                QMessageBox::warning(this, tr("Save problem rows"), tr("Cannot write %1.").arg(target));
        });
    }

    void initializePage() override
    {
        m_done = false;
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        m_summary->clear();
        m_saveRejects->hide();
        m_cancel->show();
        ImportOptions options = m_w->options;
        options.dryRun = false;
        options.rejectsPath = m_w->rejectsPath();
        auto result = std::make_shared<std::optional<Result<ImportSummary>>>();
        const Session session = m_w->session();
        const QString path = m_w->path;
        QPointer<RunPage> self(this);
        auto progress = [self](const ImportProgress &p) {
            QMetaObject::invokeMethod(
                self, [self, p] {
                    if (!self)
                        return;
                    if (p.photosTotal > 0 && p.rows == 0) {
                        self->m_rate->setText(fetchingPhotosText(p));
                        return;
                    }
                    if (p.bytesTotal > 0)
                        self->m_progress->setValue(int(1000.0 * p.bytesRead / p.bytesTotal));
                    self->m_rate->setText(tr("%1 rows, %2 rows per second").arg(count(p.rows), count(qRound(p.rowsPerSecond))));
                },
                Qt::QueuedConnection);
        };
        m_w->runInBackground([=] { *result = runImport(session, path, options, progress, &m_w->cancelFlag); },
                             [=] {
                                 if (self)
                                     self->finish(**result);
                             });
    }

    bool isComplete() const override { return m_done; }

private:
    void finish(const Result<ImportSummary> &result)
    {
        m_cancel->hide();
        m_done = true;
        if (!result) {
            m_progress->setValue(0);
            m_summary->setText(result.error().kind == Error::Kind::Cancelled
                                   ? tr("The import was cancelled. Nothing was saved.")
                                   : tr("The import failed and nothing was saved: %1").arg(result.error().toString()));
        } else {
            const ImportSummary &s = *result;
            m_progress->setValue(1000);
            m_summary->setText(tr("Done in %1 s: %2 created, %3 updated, %4 skipped, %5 rows with problems.\n"
                                  "This import can be undone from the Import page (import %6).")
                                   .arg(QLocale().toString(s.seconds, 'f', 1), count(s.created), count(s.updated),
                                        count(s.skipped), count(s.rejected))
                                   .arg(s.batch)
                               + (s.warnings ? QStringLiteral("\n")
                                          + photoWarnings(s, tr("%n photo(s) could not be kept; those contacts were "
                                                                "imported without them:",
                                                                nullptr, int(s.warnings)))
                                             : QString()));
            m_saveRejects->setVisible(s.rejected > 0 || s.warnings > 0);
            emit m_w->imported(s.batch);
        }
        emit completeChanged();
    }

    ImportWizard *m_w;
    QProgressBar *m_progress;
    QLabel *m_rate, *m_summary;
    QPushButton *m_cancel, *m_saveRejects;
    bool m_done = false;
};

} // namespace

QWizardPage *createImportCheckPage(ImportWizard *wizard)
{
    return new CheckPage(wizard);
}

QWizardPage *createImportRunPage(ImportWizard *wizard)
{
    return new RunPage(wizard);
}

} // namespace kontor
