#include "reports/filter_bar.h"

#include "model/pipeline.h"
#include "timeline/lookups.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QSettings>

namespace kontor {

ReportFilterBar::ReportFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    // Two rows: the period on top, who and what below, so the bar fits a laptop screen.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addLayout(second);
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    const QList<QPair<PeriodPreset, QString>> presets{
        {PeriodPreset::ThisMonth, tr("This month")},
        {PeriodPreset::LastMonth, tr("Last month")},
        {PeriodPreset::ThisQuarter, tr("This quarter")},
        {PeriodPreset::LastQuarter, tr("Last quarter")},
        {PeriodPreset::YearToDate, tr("Year to date")},
        {PeriodPreset::Last12Months, tr("Last 12 months")},
        {PeriodPreset::Next6Months, tr("Next 6 months")},
        {PeriodPreset::Custom, tr("Custom")}};
    for (const auto &p : presets)
        m_preset->addItem(p.second, presetName(p.first));
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_pipeline = new QComboBox;
    m_pipeline->setObjectName(QStringLiteral("pipelineFilter"));
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currencyFilter"));
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->addItem(tr("By day"), int(Grouping::Day));
    m_group->addItem(tr("By week"), int(Grouping::Week));
    m_group->addItem(tr("By month"), int(Grouping::Month));
    m_group->addItem(tr("By quarter"), int(Grouping::Quarter));

    m_product = new QComboBox;
    m_product->setObjectName(QStringLiteral("productFilter"));
    m_customers = new QComboBox;
    m_customers->setObjectName(QStringLiteral("customersFilter"));
    m_customers->addItem(tr("All customers"), int(CustomerKind::All));
    m_customers->addItem(tr("New customers"), int(CustomerKind::New));
    m_customers->addItem(tr("Existing customers"), int(CustomerKind::Existing));
    m_customers->setToolTip(tr("Existing: the company (or, without one, the person) had a deal "
                               "won before this deal was created."));

    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(m_to);
    layout->addWidget(m_group);
    layout->addWidget(m_currency);
    layout->addStretch(1);
    for (QComboBox *c : {m_owner, m_pipeline, m_source, m_product, m_customers}) {
        // The lists arrive from a worker after the bar is shown: grow with them.
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        second->addWidget(c);
    }
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    second->addStretch(1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportFilterBar::presetChosen);
    for (QDateEdit *e : {m_from, m_to}) {
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (m_loading)
                return;
            // Typing a date makes the period custom.
            m_loading = true;
            m_preset->setCurrentIndex(m_preset->findData(presetName(PeriodPreset::Custom)));
            m_loading = false;
            edited();
        });
    }
    for (QComboBox *c : {m_owner, m_pipeline, m_source, m_currency, m_group, m_product, m_customers})
        connect(c, &QComboBox::currentIndexChanged, this, &ReportFilterBar::edited);
}

void ReportFilterBar::setChoices(const QList<NamedId> &users, const QList<Pipeline> &pipelines,
                                 const QStringList &sources, const QStringList &currencies,
                                 const QList<NamedId> &products)
{
    m_loading = true;
    m_product->clear();
    m_product->addItem(tr("All products"), qint64(0));
    for (const NamedId &p : products)
        m_product->addItem(p.name, p.id);
    m_product->setVisible(!products.isEmpty());
    m_owner->clear();
    m_owner->addItem(tr("All owners"), qint64(0));
    for (const NamedId &u : users)
        m_owner->addItem(u.name, u.id);
    m_pipeline->clear();
    m_pipeline->addItem(tr("All pipelines"), qint64(0));
    for (const Pipeline &p : pipelines)
        m_pipeline->addItem(p.name, p.id);
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const QString &s : sources)
        m_source->addItem(s, s);
    m_currency->clear();
    for (const QString &c : currencies)
        m_currency->addItem(c, c);
    if (currencies.isEmpty())
        m_currency->addItem(QStringLiteral("EUR"), QStringLiteral("EUR"));
    m_loading = false;
}

QString ReportFilterBar::key(const char *name) const
{
    return QStringLiteral("reports/%1/%2").arg(m_report, QLatin1String(name));
}

void ReportFilterBar::setToday(const QDate &today)
{
    m_today = today;
    presetChosen();
}

void ReportFilterBar::setReport(const ReportInfo &info)
{
    m_loading = true;
    m_report = info.name;
    const QSettings s;
    const QString fallback = presetName(info.name == QLatin1String("forecast")
                                            ? PeriodPreset::Next6Months
                                            : PeriodPreset::Last12Months);
    auto select = [](QComboBox *box, const QVariant &value) {
        const int i = box->findData(value);
        box->setCurrentIndex(i >= 0 ? i : 0);
    };
    select(m_preset, s.value(key("preset"), fallback).toString());
    m_from->setDate(s.value(key("from"), m_today.addMonths(-1)).toDate());
    m_to->setDate(s.value(key("to"), m_today).toDate());
    select(m_owner, s.value(key("owner"), qint64(0)).toLongLong());
    select(m_pipeline, s.value(key("pipeline"), qint64(0)).toLongLong());
    select(m_source, s.value(key("source"), QString()).toString());
    select(m_currency, s.value(key("currency"), QString()).toString());
    select(m_group, s.value(key("group"), int(Grouping::Month)).toInt());
    select(m_product, s.value(key("product"), qint64(0)).toLongLong());
    select(m_customers, s.value(key("customers"), int(CustomerKind::All)).toInt());
    m_group->setVisible(info.usesGrouping);
    m_currency->setVisible(info.usesCurrency);
    m_loading = false;
    presetChosen();
}

void ReportFilterBar::presetChosen()
{
    PeriodPreset preset = PeriodPreset::Custom;
    presetFromName(m_preset->currentData().toString(), &preset);
    if (preset != PeriodPreset::Custom) {
        const auto period = presetPeriod(preset, m_today);
        const bool wasLoading = m_loading;
        m_loading = true;
        m_from->setDate(period.first);
        m_to->setDate(period.second);
        m_loading = wasLoading;
    }
    edited();
}

void ReportFilterBar::edited()
{
    if (m_loading)
        return;
    save();
    emit changed();
}

void ReportFilterBar::save() const
{
    if (m_report.isEmpty())
        return;
    QSettings s;
    s.setValue(key("preset"), m_preset->currentData());
    s.setValue(key("from"), m_from->date());
    s.setValue(key("to"), m_to->date());
    s.setValue(key("owner"), m_owner->currentData());
    s.setValue(key("pipeline"), m_pipeline->currentData());
    s.setValue(key("source"), m_source->currentData());
    s.setValue(key("currency"), m_currency->currentData());
    s.setValue(key("group"), m_group->currentData());
    s.setValue(key("product"), m_product->currentData());
    s.setValue(key("customers"), m_customers->currentData());
}

ReportFilter ReportFilterBar::filter() const
{
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.ownerId = m_owner->currentData().toLongLong();
    f.pipelineId = m_pipeline->currentData().toLongLong();
    f.source = m_source->currentData().toString();
    f.currency = m_currency->currentData().toString();
    f.group = Grouping(m_group->currentData().toInt());
    f.productId = m_product->currentData().toLongLong();
    f.customers = CustomerKind(m_customers->currentData().toInt());
    return f;
}

} // namespace kontor
