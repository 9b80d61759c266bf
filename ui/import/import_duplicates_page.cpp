// The import wizard's duplicates page: match keys, the duplicate policy, the day/month order,
// vCard photos, and saving the mapping as a profile.
#include "import/import_pages.h"

#include "customfields/custom_field_repository.h"
#include "import/import_profiles.h"
#include "import/import_wizard.h"
#include "import/photo_prefetch.h"
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

class DuplicatesPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(DuplicatesPage)
public:
    explicit DuplicatesPage(ImportWizard *w) : m_w(w)
    {
        setTitle(tr("Duplicates and dates"));
        setSubTitle(tr("How a row is recognised as a record Kontor already has, and what happens then."));
        auto *layout = new QVBoxLayout(this);
        m_keysLabel = new QLabel(this);
        m_keysLabel->setObjectName(QStringLiteral("matchKeysLabel"));
        m_keysLabel->setWordWrap(true);
        layout->addWidget(m_keysLabel);
        const QList<QPair<MatchKey, QString>> keys{{MatchKey::Email, tr("Email address")},
                                                   {MatchKey::Phone, tr("Phone number")},
                                                   {MatchKey::NameCompany, tr("Name and company")},
                                                   {MatchKey::Name, tr("Name")},
                                                   {MatchKey::Id, tr("Kontor ID (a column of a Kontor export)")}};
        for (const auto &k : keys) {
            auto *box = new QCheckBox(k.second, this);
            box->setObjectName(QStringLiteral("match_%1").arg(int(k.first)));
            box->setProperty("key", int(k.first));
            box->setProperty("label", k.second);
            m_keys << box;
            layout->addWidget(box);
        }
        layout->addSpacing(8);
        layout->addWidget(new QLabel(tr("When it is already there:"), this));
        m_policy = new QButtonGroup(this);
        const QList<QPair<DuplicatePolicy, QString>> policies{
            {DuplicatePolicy::Skip, tr("Skip the row")},
            {DuplicatePolicy::Update, tr("Update the record with the row's values")},
            {DuplicatePolicy::FillEmpty, tr("Fill only the record's empty fields")},
            {DuplicatePolicy::Create, tr("Create another record anyway")}};
        for (const auto &p : policies) {
            auto *radio = new QRadioButton(p.second, this);
            radio->setObjectName(QStringLiteral("policy_%1").arg(int(p.first)));
            m_policy->addButton(radio, int(p.first));
            layout->addWidget(radio);
        }
        m_policy->button(int(DuplicatePolicy::Skip))->setChecked(true);
        layout->addSpacing(8);
        auto *dates = new QHBoxLayout;
        dates->addWidget(new QLabel(tr("Dates like 03/04/2023 are:"), this));
        m_dateOrder = new QComboBox(this);
        m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
        m_dateOrder->addItem(tr("ambiguous: list them as problems"), int(DateOrder::Auto));
        m_dateOrder->addItem(tr("day / month / year"), int(DateOrder::DayFirst));
        m_dateOrder->addItem(tr("month / day / year"), int(DateOrder::MonthFirst));
        dates->addWidget(m_dateOrder);
        dates->addStretch();
        layout->addLayout(dates);
        m_keepPhotos = new QCheckBox(tr("Keep photos (the cards' pictures are stored with the contacts)"), this);
        m_keepPhotos->setObjectName(QStringLiteral("keepPhotos"));
        m_keepPhotos->setToolTip(tr("A contact that has a photo keeps it; Undo import removes the photos it added."));
        layout->addWidget(m_keepPhotos);
        layout->addSpacing(8);
        auto *save = new QHBoxLayout;
        save->addWidget(new QLabel(tr("Save this mapping for the next file as:"), this));
        m_profileName = new QLineEdit(this);
        m_profileName->setObjectName(QStringLiteral("profileName"));
        m_profileName->setPlaceholderText(tr("a name, e.g. “Trade fair list” (optional)"));
        save->addWidget(m_profileName, 1);
        layout->addLayout(save);
        m_saveInfo = new QLabel(this);
        m_saveInfo->setObjectName(QStringLiteral("profileSaveInfo"));
        m_saveInfo->setWordWrap(true);
        layout->addWidget(m_saveInfo);
        layout->addStretch();
    }

    void initializePage() override
    {
        m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(int(m_w->options.dateOrder))));
        const bool vcard = detectFileFormat(m_w->path) == FileFormat::VCard;
        m_profileName->setEnabled(!vcard); // a vCard's mapping is fixed, nothing to save
        m_keepPhotos->setVisible(vcard); // only vCards carry photos
        m_keepPhotos->setChecked(vcard && m_w->options.keepPhotos);
        m_saveInfo->clear();
        const bool companies = m_w->options.entity == ExchangeEntity::Companies;
        const bool deals = m_w->options.entity == ExchangeEntity::Deals;
        const bool activities = m_w->options.entity == ExchangeEntity::Activities;
        m_keysLabel->setText(activities ? tr("An activity is already there when its contact, type, time, subject and note"
                                             " are the same.")
                                        : tr("A row is the same record when it has the same:"));
        // An activity has nothing to update: it is there already, or it is not.
        for (auto policy : {DuplicatePolicy::Update, DuplicatePolicy::FillEmpty}) {
            m_policy->button(int(policy))->setVisible(!activities);
            if (activities && m_policy->checkedId() == int(policy))
                m_policy->button(int(DuplicatePolicy::Skip))->setChecked(true);
        }
        for (QCheckBox *box : std::as_const(m_keys)) {
            if (activities) {
                box->setVisible(false);
                continue;
            }
            const auto key = MatchKey(box->property("key").toInt());
            if (deals) {
                box->setChecked(key == MatchKey::NameCompany || key == MatchKey::Id);
                box->setVisible(key == MatchKey::NameCompany || key == MatchKey::Name || key == MatchKey::Id);
                box->setText(key == MatchKey::NameCompany ? tr("Title and company")
                             : key == MatchKey::Name      ? tr("Title")
                                                          : box->property("label").toString());
                continue;
            }
            box->setText(box->property("label").toString());
            box->setChecked(companies ? (key == MatchKey::Name || key == MatchKey::Id)
                                      : (key == MatchKey::Email || key == MatchKey::Phone || key == MatchKey::Id));
            box->setVisible(!companies || key == MatchKey::Name || key == MatchKey::Id || key == MatchKey::Email);
        }
    }

    bool validatePage() override
    {
        m_w->options.match.clear();
        for (QCheckBox *box : std::as_const(m_keys)) {
            if (box->isChecked() && box->isVisible())
                m_w->options.match << MatchKey(box->property("key").toInt());
        }
        // Id first: a Kontor export's own id is the surest match.
        std::stable_sort(m_w->options.match.begin(), m_w->options.match.end(),
                         [](MatchKey a, MatchKey b) { return a == MatchKey::Id && b != MatchKey::Id; });
        m_w->options.onDuplicate = DuplicatePolicy(m_policy->checkedId());
        m_w->options.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
        m_w->options.keepPhotos = !m_keepPhotos->isHidden() && m_keepPhotos->isChecked();
        // One set of fetched photos for the check and the import: each address is fetched once.
        if (m_w->options.keepPhotos && !m_w->options.photos)
            m_w->options.photos = std::make_shared<importing::FetchedPhotos>();
        const QString name = m_profileName->text().trimmed();
        if (!name.isEmpty() && m_profileName->isEnabled() && m_w->options.mapping) {
            MappingProfile profile;
            profile.name = name;
            profile.entity = m_w->options.entity;
            profile.header = m_w->header;
            profile.fields = m_w->options.mapping->fields;
            profile.encoding = m_w->options.tabular.encoding;
            profile.delimiter = m_w->options.tabular.delimiter;
            profile.headerRow = m_w->options.tabular.headerRow;
            profile.dateOrder = m_w->options.dateOrder;
            if (auto st = saveProfile(m_w->session(), profile); !st) {
                m_saveInfo->setText(st.error().toString());
                return false; // stay: the user asked for it to be saved
            }
        }
        return true;
    }

private:
    ImportWizard *m_w;
    QLabel *m_keysLabel;
    QList<QCheckBox *> m_keys;
    QButtonGroup *m_policy;
    QComboBox *m_dateOrder;
    QCheckBox *m_keepPhotos;
    QLineEdit *m_profileName;
    QLabel *m_saveInfo;
};

} // namespace

QWizardPage *createImportDuplicatesPage(ImportWizard *wizard)
{
    return new DuplicatesPage(wizard);
}

} // namespace kontor
