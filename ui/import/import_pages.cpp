// The first two pages of the import wizard: file and mapping (with saved profiles); the
// duplicates page is in import_duplicates_page.cpp.
#include "import/import_pages.h"

#include "customfields/custom_field_repository.h"
#include "import/import_profiles.h"
#include "import/import_wizard.h"
#include "import/tabular_reader.h"
#include "import/vcard_reader.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace kontor {

using namespace importing;

namespace {

constexpr int kSampleRows = 200;

class FilePage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(FilePage)
public:
    explicit FilePage(ImportWizard *w) : m_w(w)
    {
        setTitle(tr("Choose a file"));
        setSubTitle(tr("CSV, Excel (.xlsx) or vCard. Nothing is saved until the last step."));
        m_path = new QLineEdit(w->path, this);
        m_path->setObjectName(QStringLiteral("path"));
        auto *browse = new QPushButton(tr("Browse…"), this);
        m_entity = new QComboBox(this);
        m_entity->setObjectName(QStringLiteral("entity"));
        m_entity->addItem(tr("Contacts"), int(ExchangeEntity::Contacts));
        m_entity->addItem(tr("Companies"), int(ExchangeEntity::Companies));
        m_entity->addItem(tr("Deals"), int(ExchangeEntity::Deals));
        m_entity->addItem(tr("Activities and notes"), int(ExchangeEntity::Activities));
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("encoding"));
        m_encoding->addItem(tr("Detect"), QString());
        for (const char *e : {"UTF-8", "UTF-16", "windows-1251", "windows-1252", "ISO-8859-1", "ISO-8859-15",
                              "KOI8-R", "Shift_JIS", "IBM866"})
            m_encoding->addItem(QLatin1String(e), QLatin1String(e));
        m_delimiter = new QComboBox(this);
        m_delimiter->setObjectName(QStringLiteral("delimiter"));
        m_delimiter->addItem(tr("Detect"), QString());
        m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
        m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
        m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
        m_delimiter->addItem(tr("Bar |"), QStringLiteral("|"));
        m_sheet = new QComboBox(this);
        m_sheet->setObjectName(QStringLiteral("sheet"));
        m_headerRow = new QSpinBox(this);
        m_headerRow->setObjectName(QStringLiteral("headerRow"));
        m_headerRow->setRange(0, 1000);
        m_headerRow->setValue(1);
        m_headerRow->setSpecialValueText(tr("none"));
        m_info = new QLabel(this);
        m_info->setObjectName(QStringLiteral("fileInfo"));
        m_info->setWordWrap(true);
        m_preview = new QStandardItemModel(this);
        auto *view = m_previewView = new QTableView(this);
        view->setObjectName(QStringLiteral("preview"));
        view->setModel(m_preview);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);

        auto *pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path, 1);
        pathRow->addWidget(browse);
        auto *form = new QFormLayout;
        form->addRow(tr("File:"), pathRow);
        form->addRow(tr("Import as:"), m_entity);
        auto *options = new QHBoxLayout;
        options->addWidget(new QLabel(tr("Encoding:"), this));
        options->addWidget(m_encoding);
        options->addWidget(new QLabel(tr("Delimiter:"), this));
        options->addWidget(m_delimiter);
        options->addWidget(new QLabel(tr("Sheet:"), this));
        options->addWidget(m_sheet);
        options->addWidget(new QLabel(tr("Header row:"), this));
        options->addWidget(m_headerRow);
        options->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addLayout(options);
        layout->addWidget(m_info);
        layout->addWidget(view, 1);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(
                this, tr("Import a file"), m_path->text(),
                tr("Files to import (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)"));
            if (!file.isEmpty())
                m_path->setText(file);
        });
        connect(m_path, &QLineEdit::textChanged, this, [this] { m_sheet->clear(); reload(); });
        // The user's own choice: no longer "as the saved mapping reads it".
        for (QComboBox *c : {m_encoding, m_delimiter, m_sheet})
            connect(c, &QComboBox::activated, this, [this] { m_profileNote.clear(); reload(); });
        connect(m_headerRow, &QSpinBox::valueChanged, this, [this] { m_profileNote.clear(); reload(); });
        connect(m_entity, &QComboBox::activated, this, [this] {
            m_w->options.entity = ExchangeEntity(m_entity->currentData().toInt());
        });
    }

    void initializePage() override { reload(); }
    bool isComplete() const override { return m_ok; }
    bool validatePage() override
    {
        m_w->options.entity = ExchangeEntity(m_entity->currentData().toInt());
        m_w->options.mapping.reset();
        return m_ok;
    }

private:
    void reload()
    {
        m_ok = false;
        m_w->path = m_path->text().trimmed();
        TabularOptions &t = m_w->options.tabular;
        t.encoding = m_encoding->currentData().toString();
        const QString d = m_delimiter->currentData().toString();
        t.delimiter = d.isEmpty() ? QChar() : d.at(0);
        t.sheet = m_sheet->currentText();
        t.headerRow = m_headerRow->value();
        m_w->header.clear();
        m_w->sample.clear();
        m_w->sampleRows.clear();
        m_preview->clear();
        if (m_w->path.isEmpty()) {
            m_info->setText(tr("Choose a file to import, or drop one on Kontor's window."));
            emit completeChanged();
            return;
        }
        const bool vcard = detectFileFormat(m_w->path) == FileFormat::VCard;
        if (vcard) {
            m_entity->setCurrentIndex(0);
            VCardReader reader;
            if (auto st = reader.open(m_w->path, {false, t.encoding}); !st) {
                m_info->setText(st.error().toString());
                emit completeChanged();
                return;
            }
            m_info->setText(tr("vCard file (%1); each card becomes a contact.").arg(reader.encoding()));
            m_w->header = QStringList{tr("Name"), tr("Organization"), tr("Emails"), tr("Phones")};
            VCardContact card;
            for (int i = 0; i < kSampleRows; ++i) {
                auto more = reader.next(card);
                if (!more || !*more)
                    break;
                QStringList emails, phones;
                for (const auto &e : card.emails)
                    emails << e.value;
                for (const auto &p : card.phones)
                    phones << p.value;
                m_w->sample << QStringList{card.formattedName, card.organization, emails.join(QStringLiteral("; ")),
                                           phones.join(QStringLiteral("; "))};
                m_w->sampleRows << card.sourceLine;
            }
        } else {
            auto reader = openTabular(m_w->path, t);
            if (!reader) {
                m_info->setText(reader.error().toString());
                emit completeChanged();
                return;
            }
            TabularReader &r = **reader;
            if (m_sheet->count() == 0 && !r.sheets().isEmpty()) {
                m_sheet->addItems(r.sheets());
                m_sheet->setCurrentText(r.sheet());
            }
            m_sheet->setEnabled(!r.sheets().isEmpty());
            m_encoding->setEnabled(r.format() == QLatin1String("csv"));
            m_delimiter->setEnabled(r.format() == QLatin1String("csv"));
            QString info = r.format() == QLatin1String("csv")
                               ? tr("CSV, %1, delimiter “%2”").arg(r.encoding(),
                                     r.delimiter() == QLatin1Char('\t') ? tr("tab") : QString(r.delimiter()))
                               : tr("Excel workbook, sheet “%1”").arg(r.sheet());
            m_w->header = r.header();
            TabularRow row;
            int problems = 0;
            for (int i = 0; i < kSampleRows; ++i) {
                auto more = r.next(row);
                if (!more) {
                    info += QStringLiteral("\n") + more.error().toString();
                    break;
                }
                if (!*more)
                    break;
                problems += row.problem ? 1 : 0;
                m_w->sample << row.cells;
                m_w->sampleRows << row.sourceRow;
            }
            if (m_w->header.isEmpty() && !m_w->sample.isEmpty()) // no header row: number the columns
                for (int c = 0; c < m_w->sample.first().size(); ++c)
                    m_w->header << tr("Column %1").arg(c + 1);
            if (problems)
                info += QStringLiteral("\n") + tr("%n of the first rows have the wrong number of fields; they will be listed as problems.", nullptr, problems);
            m_info->setText(info);
        }
        m_preview->setHorizontalHeaderLabels(m_w->header);
        for (const QStringList &cells : std::as_const(m_w->sample)) {
            QList<QStandardItem *> items;
            for (const QString &c : cells)
                items << new QStandardItem(c);
            m_preview->appendRow(items);
        }
        fitColumns(m_previewView);
        m_ok = !m_w->header.isEmpty();
        if (!vcard && applyProfileReading()) {
            reload(); // once more, read as the profile reads it
            return;
        }
        if (!m_profileNote.isEmpty() && m_profileCheckedFor == m_w->path)
            m_info->setText(m_info->text() + QStringLiteral("\n") + m_profileNote);
        emit completeChanged();
    }

    // A saved mapping made for this file, read with its own encoding, delimiter and header row:
    // a file whose header is on row 2 of a windows-1251 text matches no profile when read from
    // row 1 as UTF-8. Its reading options go into the page's choosers (once per file, so what
    // the user changes afterwards stays), and the mapping page then picks the profile itself.
    bool applyProfileReading()
    {
        if (m_profileCheckedFor == m_w->path)
            return false;
        m_profileCheckedFor = m_w->path;
        m_profileNote.clear();
        auto profiles = listProfiles(m_w->session());
        if (!profiles)
            return false;
        const TabularOptions current = m_w->options.tabular;
        for (const MappingProfile &p : std::as_const(*profiles)) {
            if (p.encoding == current.encoding && p.delimiter == current.delimiter
                && p.headerRow == current.headerRow)
                continue; // read alike: the mapping page matches it on the header shown
            TabularOptions t = current;
            t.encoding = p.encoding;
            t.delimiter = p.delimiter;
            t.headerRow = p.headerRow;
            auto reader = openTabular(m_w->path, t);
            if (!reader || !p.matches((*reader)->header()))
                continue;
            if (m_encoding->findData(p.encoding) < 0)
                m_encoding->addItem(p.encoding, p.encoding);
            m_encoding->setCurrentIndex(m_encoding->findData(p.encoding));
            const QString delimiter = p.delimiter.isNull() ? QString() : QString(p.delimiter);
            if (m_delimiter->findData(delimiter) < 0)
                m_delimiter->addItem(delimiter, delimiter);
            m_delimiter->setCurrentIndex(m_delimiter->findData(delimiter));
            {
                const QSignalBlocker block(m_headerRow);
                m_headerRow->setValue(p.headerRow);
            }
            m_entity->setCurrentIndex(m_entity->findData(int(p.entity)));
            m_w->options.entity = p.entity;
            m_profileNote = tr("Read as the saved mapping “%1” reads such files.").arg(p.name);
            return true;
        }
        return false;
    }

    ImportWizard *m_w;
    QLineEdit *m_path;
    QComboBox *m_entity, *m_encoding, *m_delimiter, *m_sheet;
    QSpinBox *m_headerRow;
    QLabel *m_info;
    QStandardItemModel *m_preview;
    QTableView *m_previewView;
    bool m_ok = false;
    QString m_profileCheckedFor; // the file applyProfileReading() last looked at
    QString m_profileNote;
};

class MappingPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(MappingPage)
public:
    explicit MappingPage(ImportWizard *w) : m_w(w)
    {
        setTitle(tr("Match the columns"));
        setSubTitle(tr("Each column goes into the field chosen here; “Do not import” leaves it out."));
        m_table = new QTableWidget(this);
        m_table->setObjectName(QStringLiteral("mapping"));
        m_table->setColumnCount(3);
        m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Kontor field")});
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_profile = new QComboBox(this);
        m_profile->setObjectName(QStringLiteral("profile"));
        m_profileInfo = new QLabel(this);
        m_profileInfo->setObjectName(QStringLiteral("profileInfo"));
        m_profileInfo->setWordWrap(true);
        auto *profileRow = new QHBoxLayout;
        profileRow->addWidget(new QLabel(tr("Saved mapping:"), this));
        profileRow->addWidget(m_profile, 1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(profileRow);
        layout->addWidget(m_profileInfo);
        layout->addWidget(m_table);
        connect(m_profile, &QComboBox::activated, this, [this] { applyChoice(); });
    }

    void initializePage() override
    {
        const ExchangeEntity entity = m_w->options.entity;
        QStringList customNames;
        const bool customFields = entity != ExchangeEntity::Activities; // activities have none
        const QString customEntity = entity == ExchangeEntity::Companies ? QStringLiteral("company")
                                     : entity == ExchangeEntity::Deals   ? QStringLiteral("deal")
                                                                         : QStringLiteral("contact");
        if (auto fields = customFields ? CustomFieldRepository(m_w->session()).fields(customEntity)
                                       : Result<QList<CustomField>>(QList<CustomField>{})) {
            for (const CustomField &f : *fields)
                customNames << f.name;
        }
        const bool vcard = detectFileFormat(m_w->path) == FileFormat::VCard;
        const ImportMapping suggested = suggestMapping(entity, m_w->header, m_w->sample, customNames);
        m_table->setRowCount(int(m_w->header.size()));
        for (int i = 0; i < m_w->header.size(); ++i) {
            m_table->setItem(i, 0, new QTableWidgetItem(m_w->header.at(i)));
            QString first;
            for (const QStringList &row : std::as_const(m_w->sample)) {
                if (!row.value(i).trimmed().isEmpty()) {
                    first = row.value(i);
                    break;
                }
            }
            m_table->setItem(i, 1, new QTableWidgetItem(first));
            auto *combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("field_%1").arg(i));
            combo->addItem(tr("Do not import"), QString());
            for (const ImportField &f : importFields(entity))
                combo->addItem(f.label, f.key);
            for (const QString &name : std::as_const(customNames))
                combo->addItem(tr("Custom field: %1").arg(name), QStringLiteral("custom:") + name);
            if (customFields && !customNames.contains(m_w->header.at(i)) && !m_w->header.at(i).trimmed().isEmpty())
                combo->addItem(tr("New custom field “%1”").arg(m_w->header.at(i)),
                               QStringLiteral("custom:") + m_w->header.at(i).trimmed());
            combo->setEnabled(!vcard); // a vCard's columns are fixed
            m_table->setCellWidget(i, 2, combo);
        }
        m_suggested = suggested;

        // Saved profiles of this entity; one made for a file with these very columns is
        // picked by itself.
        m_profiles.clear();
        m_profile->clear();
        m_profile->addItem(tr("None: suggested from the column names and contents"));
        if (!vcard) {
            if (auto profiles = listProfiles(m_w->session(), entity))
                m_profiles = *profiles;
        }
        for (const MappingProfile &p : std::as_const(m_profiles))
            m_profile->addItem(p.name);
        m_profile->setEnabled(!m_profiles.isEmpty());
        const auto match = matchingProfile(m_profiles, m_w->header);
        m_profile->setCurrentIndex(match ? m_profile->findText(match->name) : 0);
        applyChoice();
        if (match)
            m_profileInfo->setText(tr("The saved mapping “%1” was made for a file with these columns; it is used.")
                                       .arg(match->name));
    }

    bool validatePage() override
    {
        if (detectFileFormat(m_w->path) == FileFormat::VCard) {
            m_w->options.mapping.reset(); // the import maps vCard fields itself
            return true;
        }
        ImportMapping m;
        for (int i = 0; i < m_table->rowCount(); ++i)
            m.fields << static_cast<QComboBox *>(m_table->cellWidget(i, 2))->currentData().toString();
        m_w->options.mapping = m;
        return true;
    }

private:
    // Puts the chosen profile's fields (or the suggestion) into the drop-downs.
    void applyChoice()
    {
        ImportMapping mapping = m_suggested;
        m_profileInfo->clear();
        const int index = m_profile->currentIndex() - 1;
        if (index >= 0 && index < m_profiles.size()) {
            const MappingProfile &p = m_profiles.at(index);
            if (auto m = p.mappingFor(m_w->header)) {
                mapping = *m;
                m_w->options.dateOrder = p.dateOrder;
            } else {
                m_profileInfo->setText(m.error().toString());
            }
        }
        for (int i = 0; i < m_table->rowCount(); ++i) {
            auto *combo = static_cast<QComboBox *>(m_table->cellWidget(i, 2));
            combo->setCurrentIndex(qMax(0, combo->findData(mapping.fields.value(i))));
        }
    }

    ImportWizard *m_w;
    QTableWidget *m_table;
    QComboBox *m_profile;
    QLabel *m_profileInfo;
    QList<MappingProfile> m_profiles;
    ImportMapping m_suggested;
};

} // namespace

void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    const int widest = view->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (view->columnWidth(c) > widest)
            view->setColumnWidth(c, widest);
    }
    view->horizontalHeader()->setStretchLastSection(true);
}

QWizardPage *createImportFilePage(ImportWizard *wizard)
{
    return new FilePage(wizard);
}

QWizardPage *createImportMappingPage(ImportWizard *wizard)
{
    return new MappingPage(wizard);
}


} // namespace kontor
