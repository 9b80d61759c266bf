#include "contacts/contact_filter_bar.h"

#include "cards/card_style.h"
#include "contacts/bulk_edit.h"
#include "contacts/custom_conditions_editor.h"
#include "funnel/product_repository.h"
#include "customfields/custom_field_repository.h"
#include "lists/format.h"
#include "model/contact.h"
#include "repo/company_repository.h"
#include "timeline/lookups.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace kontor {

ContactFilterBar::ContactFilterBar(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("contactFilterBar"));
    auto applyNow = [this] {
        if (!m_showing)
            apply();
    };
    auto combo = [&](const char *name) {
        auto *c = new QComboBox;
        c->setObjectName(QString::fromLatin1(name));
        connect(c, &QComboBox::activated, this, applyNow);
        return c;
    };
    auto line = [&](const char *name, const QString &placeholder) {
        auto *l = new QLineEdit;
        l->setObjectName(QString::fromLatin1(name));
        l->setPlaceholderText(placeholder);
        l->setClearButtonEnabled(true);
        l->setMinimumWidth(l->fontMetrics().averageCharWidth() * 14);
        connect(l, &QLineEdit::returnPressed, this, applyNow);
        return l;
    };
    auto days = [&](const char *name) {
        auto *s = new QSpinBox;
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(0, 3650);
        s->setSpecialValueText(tr("any"));
        s->setSuffix(tr(" days"));
        connect(s, &QSpinBox::editingFinished, this, applyNow);
        return s;
    };

    m_owner = combo("filterOwner");
    m_tag = line("filterTag", tr("any tag"));
    m_status = combo("filterStatus");
    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : contactStatuses())
        m_status->addItem(contactStatusName(s), s);
    m_temperature = combo("filterTemperature");
    m_temperature->addItem(tr("Any temperature"), QString());
    for (const QString &t : contactTemperatures())
        m_temperature->addItem(temperatureName(t), t);
    m_source = combo("filterSource");
    m_source->addItem(tr("Any source"), QString());
    for (const QString &s : contactSources())
        m_source->addItem(sourceName(s), s);
    m_company = line("filterCompany", tr("company name"));
    // Dates as ISO text: an empty field means "no limit", which a date editor cannot show.
    m_createdFrom = line("filterCreatedFrom", tr("YYYY-MM-DD"));
    m_createdTo = line("filterCreatedTo", tr("YYYY-MM-DD"));
    m_notContacted = days("filterNotContacted");
    m_notContacted->setToolTip(tr("Only people not contacted for longer than this (or never)"));
    m_contacted = days("filterContacted");
    m_contacted->setToolTip(tr("Only people contacted within this many days"));
    m_openDeal = combo("filterOpenDeal");
    m_openDeal->addItem(tr("Any"), -1);
    m_openDeal->addItem(tr("Has an open deal"), 1);
    m_openDeal->addItem(tr("No open deal"), 0);
    m_bought = line("filterBought", tr("product SKU or name"));
    m_custom = new CustomConditionsEditor;
    connect(m_custom, &CustomConditionsEditor::applyRequested, this, applyNow);

    auto *applyButton = new QPushButton(tr("Apply"));
    applyButton->setObjectName(QStringLiteral("filterApply"));
    connect(applyButton, &QPushButton::clicked, this, &ContactFilterBar::apply);
    auto *clearButton = new QPushButton(tr("Clear"));
    clearButton->setObjectName(QStringLiteral("filterClear"));
    connect(clearButton, &QPushButton::clicked, this, &ContactFilterBar::clear);
    m_save = new QPushButton(tr("Save as Segment…"));
    m_save->setObjectName(QStringLiteral("filterSaveSegment"));
    m_save->setToolTip(tr("Keep this filter as a named segment, for you or the whole team"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (apply())
            emit saveRequested(m_applied);
    });

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    // The last row grows with the custom-field conditions: its other controls stay on top.
    auto add = [grid](int row, int col, const QString &label, QWidget *w) {
        auto *l = new QLabel(label);
        l->setBuddy(w);
        grid->addWidget(l, row, col * 2, row == 2 ? Qt::AlignRight | Qt::AlignTop : Qt::AlignRight);
        grid->addWidget(w, row, col * 2 + 1, row == 2 ? Qt::AlignTop : Qt::Alignment());
    };
    add(0, 0, tr("O&wner:"), m_owner);
    add(0, 1, tr("Ta&g:"), m_tag);
    add(0, 2, tr("Stat&us:"), m_status);
    add(0, 3, tr("Tem&perature:"), m_temperature);
    add(0, 4, tr("Sour&ce:"), m_source);
    add(1, 0, tr("Compan&y:"), m_company);
    add(1, 1, tr("Created from:"), m_createdFrom);
    add(1, 2, tr("to:"), m_createdTo);
    add(1, 3, tr("Not contacted for:"), m_notContacted);
    add(1, 4, tr("Contacted within:"), m_contacted);
    add(2, 0, tr("Open deal:"), m_openDeal);
    add(2, 1, tr("Bought:"), m_bought);
    auto *customLabel = new QLabel(tr("Custom fields:"));
    grid->addWidget(customLabel, 2, 4, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_custom, 2, 5, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(applyButton);
    buttons->addWidget(clearButton);
    buttons->addWidget(m_save);
    grid->addLayout(buttons, 2, 8, 1, 2, Qt::AlignTop);
    for (int c = 1; c < 10; c += 2)
        grid->setColumnStretch(c, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(grid);
    layout->addWidget(m_error);
}

void ContactFilterBar::reloadChoices()
{
    m_showing = true;
    const qint64 owner = m_owner->currentData().toLongLong();
    m_owner->clear();
    m_owner->addItem(tr("Anyone"), qint64(0));
    if (const auto users = Lookups(m_session).users()) {
        for (const NamedId &u : *users)
            m_owner->addItem(u.name, u.id);
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));

    if (const auto fields = CustomFieldRepository(m_session).fields(QStringLiteral("contact")))
        m_custom->setFields(*fields);

    // Tag and product are still typed (a tag not in use yet is a valid filter), but offer
    // what exists as a list under the field, matched anywhere in the name.
    auto offer = [this](QLineEdit *edit, const QStringList &choices) {
        auto *completer = new QCompleter(choices, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        delete edit->completer();
        edit->setCompleter(completer);
    };
    if (const auto tags = ContactBulkEditor(m_session).tagNames())
        offer(m_tag, *tags);
    if (const auto products = ProductRepository(m_session).list(false, PageRequest {5000, {}})) {
        QStringList names;
        for (const Product &p : products->items) {
            names << p.name;
            if (!p.sku.isEmpty())
                names << p.sku;
        }
        names.removeDuplicates();
        offer(m_bought, names);
    }
    m_showing = false;
}

static void selectData(QComboBox *combo, const QVariant &data, const QString &missingText)
{
    int at = combo->findData(data);
    if (at < 0) { // a segment naming a user or field this chooser does not list (any more)
        combo->addItem(missingText, data);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

void ContactFilterBar::display(const ContactFilter &f)
{
    m_showing = true;
    selectData(m_owner, f.ownerId, tr("User %1").arg(f.ownerId));
    m_tag->setText(f.tag);
    selectData(m_status, f.status, f.status);
    selectData(m_temperature, f.temperature, f.temperature);
    selectData(m_source, f.source, f.source);
    QString company;
    if (f.companyId) {
        const auto c = CompanyRepository(m_session).get(f.companyId, true);
        company = c ? c->name : tr("Company %1").arg(f.companyId);
    }
    m_company->setText(company);
    m_createdFrom->setText(f.createdFrom.isValid() ? f.createdFrom.toString(Qt::ISODate)
                                                   : QString());
    m_createdTo->setText(f.createdTo.isValid() ? f.createdTo.toString(Qt::ISODate) : QString());
    m_notContacted->setValue(f.notContactedDays);
    m_contacted->setValue(f.contactedDays);
    selectData(m_openDeal, f.hasOpenDeal, QString::number(f.hasOpenDeal));
    m_bought->setText(f.boughtProduct);
    m_custom->setConditions(f.custom);
    m_applied = f;
    showError({});
    m_showing = false;
}

Result<ContactFilter> ContactFilterBar::current() const
{
    ContactFilter f;
    f.ownerId = m_owner->currentData().toLongLong();
    f.tag = m_tag->text().trimmed();
    f.status = m_status->currentData().toString();
    f.temperature = m_temperature->currentData().toString();
    f.source = m_source->currentData().toString();
    auto date = [](QLineEdit *edit, const QString &what, QDate *out) -> Status {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return {};
        *out = QDate::fromString(text, Qt::ISODate);
        if (!out->isValid())
            return Error {Error::Kind::Invalid,
                          tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text), what, {}};
        return {};
    };
    if (auto st = date(m_createdFrom, tr("Created from"), &f.createdFrom); !st)
        return st.error();
    if (auto st = date(m_createdTo, tr("Created to"), &f.createdTo); !st)
        return st.error();
    if (f.createdFrom.isValid() && f.createdTo.isValid() && f.createdFrom > f.createdTo)
        return Error {Error::Kind::Invalid, tr("The “from” date is after the “to” date."),
                      tr("Created"), {}};
    f.notContactedDays = m_notContacted->value();
    f.contactedDays = m_contacted->value();
    f.hasOpenDeal = m_openDeal->currentData().toInt();
    f.boughtProduct = m_bought->text().trimmed();
    auto custom = m_custom->conditions();
    if (!custom)
        return custom.error();
    f.custom = *custom;

    const QString company = m_company->text().trimmed();
    if (!company.isEmpty()) {
        // The name as typed must be a company's whole name; a prefix would pick one at random.
        CompanyQuery q;
        q.text = company;
        const auto page = CompanyRepository(m_session).list(q, PageRequest {50, {}});
        if (!page)
            return page.error();
        for (const Company &c : page->items) {
            if (c.name.compare(company, Qt::CaseInsensitive) == 0) {
                f.companyId = c.id;
                break;
            }
        }
        if (!f.companyId)
            return Error {Error::Kind::NotFound, tr("No company is named “%1”.").arg(company),
                          tr("Company"), {}};
    }
    return f;
}

bool ContactFilterBar::apply()
{
    auto f = current();
    if (!f) {
        const Error &e = f.error();
        showError(e.context.isEmpty() ? e.message
                                      : tr("%1: %2").arg(e.context, e.message));
        return false;
    }
    showError({});
    m_applied = *f;
    emit filterApplied(m_applied);
    return true;
}

void ContactFilterBar::clear()
{
    display(ContactFilter {});
    emit filterApplied(m_applied);
}

void ContactFilterBar::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace kontor
