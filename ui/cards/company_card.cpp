#include "cards/company_card.h"

#include "tasks/task_prefill.h"

#include "cards/card_style.h"
#include "cards/contact_card.h"
#include "customfields/custom_fields_form.h"
#include "cards/timeline_panel.h"
#include "lists/format.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "timeline/lookups.h"
#include "undo/commands.h"
#include "undo/undo_actions.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

QTableWidget *makeTable(const QStringList &headers, const char *name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setStyleSheet(QStringLiteral("QTableWidget { border: 1px solid #dde3ec; }"));
    return t;
}

QUrl websiteUrl(const QString &site)
{
    return QUrl::fromUserInput(site.trimmed());
}

} // namespace

CompanyCard::CompanyCard(Session session, qint64 companyId, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(companyId)
    , m_stack(UndoStack::of(parent ? static_cast<QObject *>(parent) : this))
{
    setObjectName(QStringLiteral("companyCard"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setStyleSheet(cardStyleSheet());
    buildUi();
    connect(m_stack, &UndoStack::changed, this, &CompanyCard::onRecordsChanged);
    load();
}

QWidget *CompanyCard::buildForm()
{
    const auto line = [this](const char *name) {
        auto *e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        connect(e, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        return e;
    };
    m_nameField = line("nameField");
    m_legalName = line("legalNameField");
    m_website = line("websiteField");
    m_industry = line("industryField");
    m_phone = line("phoneField");
    m_email = line("emailField");
    m_emailError = new QLabel;
    m_emailError->setObjectName(QStringLiteral("fieldError"));
    m_emailError->hide();
    m_street = line("streetField");
    m_city = line("cityField");
    m_region = line("regionField");
    m_postalCode = line("postalCodeField");
    m_country = line("countryField");
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceField"));
    m_source->addItem(tr("Unknown"), QString());
    for (const QString &s : contactSources())
        m_source->addItem(sourceName(s), s);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerField"));
    for (QComboBox *c : {m_source, m_owner})
        connect(c, &QComboBox::activated, this, [this] { setDirty(true); });
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesField"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(90);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(sectionLabel(tr("Company")));
    form->addRow(tr("&Name:"), m_nameField);
    form->addRow(tr("&Legal name:"), m_legalName);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(sectionLabel(tr("How to reach")));
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailError);
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("Postal code:"), m_postalCode);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Co&untry:"), m_country);
    form->addRow(sectionLabel(tr("Sales")));
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("O&wner:"), m_owner);
    m_customFields = new CustomFieldsForm(m_session, QStringLiteral("company"));
    connect(m_customFields, &CustomFieldsForm::edited, this, [this] { setDirty(true); });
    m_customSection = sectionLabel(tr("Custom fields"));
    form->addRow(m_customSection);
    form->addRow(m_customFields);
    form->addRow(sectionLabel(tr("Notes")));
    form->addRow(m_notes);
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("cardFormBody"));
    body->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("cardForm"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    scroll->setMinimumWidth(400);
    return scroll;
}

void CompanyCard::buildUi()
{
    auto *header = new QWidget;
    header->setObjectName(QStringLiteral("cardHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("cardName"));
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    m_websiteButton = new QPushButton(tr("Open website"));
    connect(m_websiteButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(websiteUrl(m_loaded.website)); });
    m_emailButton = new QPushButton(tr("Write email"));
    connect(m_emailButton, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl(QStringLiteral("mailto:") + m_loaded.email));
    });
    m_callButton = new QPushButton(tr("Call"));
    connect(m_callButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(telUrl(m_loaded.phone)); });
    auto *newTask = new QPushButton(tr("New Task"));
    newTask->setObjectName(QStringLiteral("newTaskButton"));
    newTask->setToolTip(tr("Plan a call, meeting or to-do with this company (Ctrl+T)"));
    connect(newTask, &QPushButton::clicked, this,
            [this] { openQuickAddTask(m_session, taskPrefillFor(this), this); });
    auto *text = new QVBoxLayout;
    text->addWidget(m_name);
    text->addWidget(m_subtitle);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 14, 20, 14);
    headerLayout->addLayout(text, 1);
    for (QPushButton *b : {m_websiteButton, m_emailButton, m_callButton, newTask})
        headerLayout->addWidget(b, 0, Qt::AlignTop);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, &CompanyCard::save);
    m_revert = new QPushButton(tr("Revert"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    connect(m_revert, &QPushButton::clicked, this, &CompanyCard::revert);
    auto *close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(20, 8, 8, 12);
    leftLayout->addWidget(buildForm(), 1);
    leftLayout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(close);
    leftLayout->addLayout(buttons);

    m_timeline = new TimelinePanel(m_session, TimelineModel::Subject::Company, m_id);
    m_timeline->setTitleVisible(false);
    m_people = makeTable({tr("Name"), tr("Role"), tr("Job title"), tr("Email"), tr("Phone")},
                         "peopleTable");
    connect(m_people, &QTableWidget::cellActivated, this, [this](int row, int) {
        const qint64 id = m_people->item(row, 0)->data(Qt::UserRole).toLongLong();
        openContactCard(m_session, id, this);
    });
    m_deals = makeTable({tr("Deal"), tr("Stage"), tr("Amount"), tr("Created")}, "dealsTable");
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("companyTabs"));
    m_tabs->addTab(m_timeline, tr("History"));
    m_tabs->addTab(m_people, tr("People"));
    m_tabs->addTab(m_deals, tr("Deals"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 8, 20, 12);
    rightLayout->addWidget(m_tabs);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 6);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(split, 1);

    QAction *undo = m_stack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(redoShortcuts());
    addActions({undo, redo});
    resize(1180, 760);
}

void CompanyCard::load()
{
    m_showing = true;
    m_owner->clear();
    m_owner->addItem(tr("Nobody"), qint64(0));
    if (const auto users = Lookups(m_session).users()) {
        for (const NamedId &u : *users)
            m_owner->addItem(u.name, u.id);
    }
    m_showing = false;
    const auto company = CompanyRepository(m_session).get(m_id, true);
    if (!company) {
        showError(tr("This company cannot be shown: %1").arg(company.error().message));
        m_save->setEnabled(false);
        return;
    }
    m_loaded = *company;
    loadCustomFields();
    display(m_loaded);
    if (m_loaded.deletedAt.isValid())
        showError(tr("This company is in the trash. Restore it from the Trash to edit it."));
    loadPeopleAndDeals();
    m_timeline->reload();
}

void CompanyCard::loadPeopleAndDeals()
{
    QMap<qint64, QString> roles;
    if (const auto list = Lookups(m_session).companyRoles()) {
        for (const NamedId &r : *list)
            roles.insert(r.id, r.name);
    }
    ContactQuery q;
    q.companyId = m_id;
    // One page is plenty for a card; the Contacts list filters by company for the rest.
    const auto people = ContactRepository(m_session).list(q, PageRequest{500, {}});
    m_people->setRowCount(0);
    if (people) {
        m_people->setRowCount(int(people->items.size()));
        for (int r = 0; r < people->items.size(); ++r) {
            const Contact &c = people->items.at(r);
            const QStringList cells{c.displayName(), roles.value(c.companyRoleId), c.title,
                                    c.primaryEmail(), formatPhone(c.primaryPhone())};
            for (int col = 0; col < cells.size(); ++col)
                m_people->setItem(r, col, new QTableWidgetItem(cells.at(col)));
            m_people->item(r, 0)->setData(Qt::UserRole, c.id);
        }
    } else {
        showError(people.error().message);
    }
    m_people->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("People (%1)").arg(m_people->rowCount()));

    const auto deals = Lookups(m_session).dealsOfCompany(m_id);
    m_deals->setRowCount(0);
    if (deals) {
        m_deals->setRowCount(int(deals->size()));
        for (int r = 0; r < deals->size(); ++r) {
            const Deal &d = deals->at(r);
            const QStringList cells{d.title, d.stageName, formatMoney(d.amountMinor, d.currency),
                                    formatDate(d.createdAt.toLocalTime().date())};
            for (int col = 0; col < cells.size(); ++col)
                m_deals->setItem(r, col, new QTableWidgetItem(cells.at(col)));
            m_deals->item(r, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_deals->resizeColumnsToContents();
    m_tabs->setTabText(2, tr("Deals (%1)").arg(m_deals->rowCount()));
}

void CompanyCard::display(const Company &c)
{
    m_showing = true;
    m_nameField->setText(c.name);
    m_legalName->setText(c.legalName);
    m_website->setText(c.website);
    m_industry->setText(c.industry);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_emailError->hide();
    m_street->setText(c.address.street);
    m_city->setText(c.address.city);
    m_region->setText(c.address.region);
    m_postalCode->setText(c.address.postalCode);
    m_country->setText(c.address.country);
    int at = m_source->findData(c.source);
    if (at < 0) {
        m_source->addItem(c.source, c.source);
        at = m_source->count() - 1;
    }
    m_source->setCurrentIndex(at);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(c.ownerId)));
    m_notes->setPlainText(c.notes);
    setWindowTitle(tr("%1 — Company").arg(c.name));
    m_name->setText(c.name);
    QStringList where{c.industry, c.address.city, c.address.country};
    where.removeAll(QString());
    m_subtitle->setText(where.join(QStringLiteral("  ·  ")));
    m_websiteButton->setEnabled(!c.website.isEmpty());
    m_emailButton->setEnabled(!c.email.isEmpty());
    m_callButton->setEnabled(!c.phone.isEmpty());
    m_showing = false;
    setDirty(false);
}

void CompanyCard::setDirty(bool dirty)
{
    if (m_showing)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_loaded.deletedAt.isValid());
    m_revert->setEnabled(dirty);
}

void CompanyCard::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool CompanyCard::save()
{
    showError({});
    Company c = m_loaded;
    c.name = m_nameField->text().trimmed();
    c.legalName = m_legalName->text().trimmed();
    c.website = m_website->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.address = {m_street->text().trimmed(), m_city->text().trimmed(), m_region->text().trimmed(),
                 m_postalCode->text().trimmed(), m_country->text().trimmed()};
    c.source = m_source->currentData().toString();
    c.ownerId = m_owner->currentData().toLongLong();
    c.notes = m_notes->toPlainText().trimmed();
    const QString emailWrong = c.email.isEmpty() ? QString() : emailProblem(c.email);
    m_emailError->setText(emailWrong);
    m_emailError->setVisible(!emailWrong.isEmpty());
    const bool customOk = m_customFields->validate();
    if (!emailWrong.isEmpty() || !customOk) {
        showError(tr("Nothing was saved: please fix the fields marked in red."));
        return false;
    }
    if (const Status st = CompanyRepository::validate(c); !st) {
        showError(tr("Nothing was saved: %1").arg(st.error().message));
        return false;
    }
    const bool companyChanged = c.fields() != m_loaded.fields();
    const bool customChanged = !m_customFields->changes().isEmpty();
    if (!companyChanged && !customChanged) {
        setDirty(false);
        return true;
    }
    if (companyChanged) {
        if (const Status st = CompanyRepository(m_session).update(c); !st) {
            showError(tr("Nothing was saved: %1").arg(st.error().message));
            return false;
        }
    }
    // One undo step for the card's save, whatever it touched.
    const bool both = companyChanged && customChanged;
    if (both)
        m_stack->beginMacro(tr("Edit %1").arg(c.name));
    if (companyChanged) {
        const Company before = m_loaded;
        m_loaded = c;
        m_stack->push(new EditCompanyCommand(m_stack, m_session, before, c));
    }
    const bool customSaved = !customChanged || m_customFields->save(m_stack);
    if (both)
        m_stack->endMacro();
    display(m_loaded);
    if (!customSaved) {
        showError(tr("Custom fields were not saved: %1").arg(m_customFields->lastError()));
        setDirty(true);
        return false;
    }
    m_timeline->reload();
    emit saved(m_id);
    return true;
}

void CompanyCard::revert()
{
    showError({});
    m_customFields->revert();
    display(m_loaded);
}

void CompanyCard::loadCustomFields()
{
    m_customFields->load(m_id);
    m_customSection->setVisible(!m_customFields->isHidden());
    m_customFields->setEnabled(!m_loaded.deletedAt.isValid());
}

void CompanyCard::onRecordsChanged(const QString &entity, const QList<qint64> &ids)
{
    if (entity == QLatin1String("activity")) {
        m_timeline->reload();
        return;
    }
    if (entity == QLatin1String("contact") || entity == QLatin1String("deal")) {
        loadPeopleAndDeals(); // someone here may have been edited, deleted or restored
        return;
    }
    if (entity != QLatin1String("company") || !ids.contains(m_id) || m_dirty)
        return;
    if (const auto fresh = CompanyRepository(m_session).get(m_id, true)) {
        m_loaded = *fresh;
        loadCustomFields();
        display(m_loaded);
        m_timeline->reload();
    }
}

void CompanyCard::closeEvent(QCloseEvent *event)
{
    if (m_dirty) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"),
            tr("Save the changes to %1 before closing?").arg(m_loaded.name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

CompanyCard *openCompanyCard(const Session &session, qint64 id, QWidget *parent)
{
    QWidget *owner = parent ? parent->window() : nullptr;
    if (owner) {
        for (CompanyCard *card : owner->findChildren<CompanyCard *>()) {
            if (card->companyId() == id) {
                card->raise();
                card->activateWindow();
                return card;
            }
        }
    }
    auto *card = new CompanyCard(session, id, owner);
    card->setWindowFlag(Qt::Window);
    card->show();
    return card;
}

} // namespace kontor
