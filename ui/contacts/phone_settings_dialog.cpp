#include "contacts/phone_settings_dialog.h"

#include "contacts/phone.h"
#include "contacts/phone_region.h"
#include "contacts/phone_renormalize.h"
#include "lists/background_queue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kontor {

namespace {

// "Finland (FI) +358"; a code Qt has no name for shows as the code.
QString regionTitle(const phone::Region &r)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(r.code);
    const QString name = territory == QLocale::AnyTerritory ? r.code
                                                            : QLocale::territoryToString(territory);
    return PhoneSettingsDialog::tr("%1 (%2) +%3").arg(name, r.code).arg(r.callingCode);
}

} // namespace

PhoneSettingsDialog::PhoneSettingsDialog(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("phoneSettingsDialog"));
    setWindowTitle(tr("Phone Numbers"));
    auto *intro = new QLabel(
        tr("Numbers typed without a country code (+…) are read as numbers of this region. "
           "Search and duplicate detection compare every number in its international form, "
           "so “040 123 4567” finds “+358 40 123 4567” when the region is Finland."));
    intro->setWordWrap(true);

    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("defaultRegion"));
    const auto stored = phone::storedDefaultRegion(m_session);
    QString systemRegion; // what the locale gives, named in the "system" entry
    if (auto conn = m_session.db->connection(); conn && stored && stored->isEmpty())
        systemRegion = phone::defaultRegion(*conn);
    m_region->addItem(systemRegion.isEmpty() ? tr("The system's region")
                                             : tr("The system's region (%1)").arg(systemRegion),
                      QString());
    QList<QPair<QString, QString>> regions; // title, code
    for (const phone::Region &r : phone::supportedRegions())
        regions.append({regionTitle(r), r.code});
    std::sort(regions.begin(), regions.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &r : std::as_const(regions))
        m_region->addItem(r.first, r.second);
    m_region->setCurrentIndex(qMax(0, m_region->findData(stored ? *stored : QString())));

    m_renormalize = new QCheckBox(tr("Also read the phones already stored with this region"));
    m_renormalize->setObjectName(QStringLiteral("renormalizePhones"));
    m_renormalize->setChecked(true);
    m_renormalize->setToolTip(
        tr("Numbers saved before were read with the old region. What was typed stays as it "
           "is; only the form search and duplicates compare is computed again."));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("phoneSettingsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("phoneSettingsSave"));
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, &PhoneSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Default &region:"), m_region);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_renormalize);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 260);
}

void PhoneSettingsDialog::save()
{
    if (auto st = phone::setDefaultRegion(m_session, m_region->currentData().toString()); !st) {
        showStatus(st.error().message, true);
        return;
    }
    if (!m_renormalize->isChecked()) {
        showStatus(tr("Saved. Numbers typed from now on are read with this region."));
        return;
    }
    if (!m_worker)
        m_worker = new BackgroundQueue(m_session, QStringLiteral("phone-renormalize"), this);
    setRunning(true);
    showStatus(tr("Saved. Reading the stored phones again…"));
    m_worker->post<Result<RenormalizeReport>>(
        [](const Session &s) { return renormalizePhones(s); },
        [this](const Result<RenormalizeReport> &report) {
            setRunning(false);
            if (!report) {
                showStatus(report.error().toString(), true);
                return;
            }
            QString text = tr("Region %1: %Ln phone(s) read again, ", nullptr, report->checked)
                               .arg(report->region)
                           + tr("%Ln changed", nullptr, report->changed)
                           + tr(" (%Ln contact(s)).", nullptr, report->contacts);
            if (!report->unreadable.isEmpty()) {
                text += QLatin1Char(' ')
                        + tr("%Ln could not be read as a number of any country and stay as "
                             "typed.",
                             nullptr, int(report->unreadable.size()));
            }
            showStatus(text);
            if (report->changed > 0)
                emit phonesRenormalized();
        });
}

void PhoneSettingsDialog::setRunning(bool running)
{
    m_running = running;
    m_save->setEnabled(!running);
    m_region->setEnabled(!running);
    m_renormalize->setEnabled(!running);
    m_close->setEnabled(!running);
}

void PhoneSettingsDialog::reject()
{
    // The worker's queue would wait for the job in its destructor, holding the GUI thread:
    // the dialog stays until the answer is in (Esc and the title bar's close included).
    if (m_running)
        return;
    QDialog::reject();
}

void PhoneSettingsDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace kontor
