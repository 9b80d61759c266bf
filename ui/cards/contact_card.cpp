#include "cards/contact_card.h"

#include "tasks/task_prefill.h"

#include "cards/card_style.h"
#include "cards/multi_value_editor.h"
#include "cards/timeline_panel.h"
#include "customfields/custom_fields_form.h"
#include "undo/undo_actions.h"
#include "lists/format.h"
#include "repo/contact_repository.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace kontor {


ContactCard::ContactCard(Session session, qint64 contactId, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(contactId)
    , m_stack(UndoStack::of(parent ? static_cast<QObject *>(parent) : this))
{
    setObjectName(QStringLiteral("contactCard"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setStyleSheet(cardStyleSheet());
    buildUi();
    connect(m_stack, &UndoStack::changed, this, &ContactCard::onRecordsChanged);
    load();
}

QWidget *ContactCard::buildHeader()
{
    auto *header = new QWidget;
    header->setObjectName(QStringLiteral("cardHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("cardName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    m_lastContacted = new QLabel;
    m_lastContacted->setObjectName(QStringLiteral("cardMeta"));

    m_emailButton = new QPushButton(tr("Write email"));
    m_emailButton->setObjectName(QStringLiteral("emailButton"));
    connect(m_emailButton, &QPushButton::clicked, this, [this] {
        if (!m_loaded.primaryEmail().isEmpty())
            QDesktopServices::openUrl(QUrl(QStringLiteral("mailto:") + m_loaded.primaryEmail()));
    });
    m_callButton = new QPushButton(tr("Call"));
    m_callButton->setObjectName(QStringLiteral("callButton"));
    connect(m_callButton, &QPushButton::clicked, this, [this] {
        if (!m_loaded.primaryPhone().isEmpty())
            QDesktopServices::openUrl(telUrl(m_loaded.primaryPhone()));
    });
    auto *newTask = new QPushButton(tr("New Task"));
    newTask->setObjectName(QStringLiteral("newTaskButton"));
    newTask->setToolTip(tr("Plan a call, meeting or to-do with this person (Ctrl+T)"));
    connect(newTask, &QPushButton::clicked, this,
            [this] { openQuickAddTask(m_session, taskPrefillFor(this), this); });
    auto *trash = new QPushButton(tr("Move to Trash"));
    trash->setObjectName(QStringLiteral("trashButton"));
    connect(trash, &QPushButton::clicked, this, &ContactCard::moveToTrash);

    m_changePhoto = new QPushButton(tr("Change Photo…"));
    m_changePhoto->setObjectName(QStringLiteral("changePhotoButton"));
    m_changePhoto->setToolTip(tr("A JPEG, PNG or GIF image of up to 4 MB"));
    connect(m_changePhoto, &QPushButton::clicked, this, &ContactCard::choosePhoto);
    m_removePhoto = new QPushButton(tr("Remove Photo"));
    m_removePhoto->setObjectName(QStringLiteral("removePhotoButton"));
    connect(m_removePhoto, &QPushButton::clicked, this, &ContactCard::removePhoto);
    for (QPushButton *b : {m_changePhoto, m_removePhoto}) {
        b->setProperty("photoLink", true); // styled as quiet links: card_style.cpp
        b->setCursor(Qt::PointingHandCursor);
        b->setAutoDefault(false);
    }
    auto *photoButtons = new QHBoxLayout;
    photoButtons->setSpacing(14);
    photoButtons->addWidget(m_changePhoto);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch(1);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_name);
    text->addWidget(m_subtitle);
    text->addWidget(m_lastContacted);
    text->addLayout(photoButtons);
    m_photo = new QLabel;
    m_photo->setObjectName(QStringLiteral("cardPhoto"));
    m_photo->setFixedSize(64, 64);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->hide();
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->addWidget(m_photo, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_emailButton, 0, Qt::AlignTop);
    layout->addWidget(m_callButton, 0, Qt::AlignTop);
    layout->addWidget(newTask, 0, Qt::AlignTop);
    layout->addSpacing(12);
    layout->addWidget(trash, 0, Qt::AlignTop);
    return header;
}

QWidget *ContactCard::buildForm()
{
    const auto edited = [this] { setDirty(true); };
    const auto line = [this, edited](const char *name) {
        auto *e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        connect(e, &QLineEdit::textEdited, this, edited);
        return e;
    };
    m_firstName = line("firstNameField");
    m_lastName = line("lastNameField");
    m_title = line("titleField");
    m_company = line("companyField");
    m_company->setPlaceholderText(tr("Start typing a company name"));
    m_companyNames = new QStringListModel(this);
    m_completer = new QCompleter(m_companyNames, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_company->setCompleter(m_completer);
    // Ask the database only once typing pauses; the completer filters what came back.
    m_companyDelay = new QTimer(this);
    m_companyDelay->setSingleShot(true);
    m_companyDelay->setInterval(200);
    connect(m_companyDelay, &QTimer::timeout, this, &ContactCard::lookUpCompanies);
    connect(m_company, &QLineEdit::textEdited, m_companyDelay, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, edited);
    m_openCompany = new QPushButton(tr("Open"));
    m_openCompany->setObjectName(QStringLiteral("openCompanyButton"));
    m_openCompany->setToolTip(tr("Open the company's card"));
    connect(m_openCompany, &QPushButton::clicked, this, [this] {
        if (m_loaded.companyId)
            emit openCompanyRequested(m_loaded.companyId);
    });
    m_companyError = new QLabel;
    m_companyError->setObjectName(QStringLiteral("fieldError"));
    m_companyError->setWordWrap(true);
    m_companyError->hide();
    auto *companyRow = new QHBoxLayout;
    companyRow->addWidget(m_company, 1);
    companyRow->addWidget(m_openCompany);
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("roleField"));
    connect(m_role, &QComboBox::activated, this, edited);

    MultiValueEditor::Spec emails{QStringLiteral("email"),
                                  {{QStringLiteral("work"), tr("Work")},
                                   {QStringLiteral("personal"), tr("Personal")},
                                   {QStringLiteral("home"), tr("Home")},
                                   {QStringLiteral("other"), tr("Other")}},
                                  false, tr("name@example.com"), tr("+ Add email"),
                                  tr("Write"),
                                  [](const QString &v) {
                                      return QUrl(QStringLiteral("mailto:") + v);
                                  },
                                  emailProblem};
    m_emails = new MultiValueEditor(emails);
    MultiValueEditor::Spec phones{QStringLiteral("phone"),
                                  {{QStringLiteral("work"), tr("Work")},
                                   {QStringLiteral("mobile"), tr("Mobile")},
                                   {QStringLiteral("home"), tr("Home")},
                                   {QStringLiteral("fax"), tr("Fax")},
                                   {QStringLiteral("other"), tr("Other")}},
                                  false, tr("+1 555 0100"), tr("+ Add phone"), tr("Call"),
                                  telUrl, phoneProblem};
    m_phones = new MultiValueEditor(phones);
    MultiValueEditor::Spec messengers{QStringLiteral("messenger"),
                                      {{QStringLiteral("telegram"), QStringLiteral("Telegram")},
                                       {QStringLiteral("whatsapp"), QStringLiteral("WhatsApp")},
                                       {QStringLiteral("signal"), QStringLiteral("Signal")},
                                       {QStringLiteral("skype"), QStringLiteral("Skype")},
                                       {QStringLiteral("linkedin"), QStringLiteral("LinkedIn")},
                                       {QStringLiteral("facebook"), QStringLiteral("Facebook")},
                                       {QStringLiteral("x"), QStringLiteral("X")},
                                       {QStringLiteral("instagram"), QStringLiteral("Instagram")},
                                       {QStringLiteral("vk"), QStringLiteral("VK")}},
                                      true, tr("@handle or profile address"),
                                      tr("+ Add messenger or profile"), tr("Open"), profileUrl,
                                      {}};
    m_messengers = new MultiValueEditor(messengers);
    for (auto *editor : {m_emails, m_phones, m_messengers})
        connect(editor, &MultiValueEditor::edited, this, edited);

    m_street = line("streetField");
    m_city = line("cityField");
    m_region = line("regionField");
    m_postalCode = line("postalCodeField");
    m_country = line("countryField");
    auto *cityRow = new QHBoxLayout;
    cityRow->addWidget(m_postalCode, 1);
    cityRow->addWidget(m_city, 3);
    m_postalCode->setPlaceholderText(tr("Postal code"));
    m_city->setPlaceholderText(tr("City"));
    m_region->setPlaceholderText(tr("Region"));
    m_country->setPlaceholderText(tr("Country"));
    auto *regionRow = new QHBoxLayout;
    regionRow->addWidget(m_region, 1);
    regionRow->addWidget(m_country, 1);

    m_birthday = new QDateEdit;
    m_birthday->setObjectName(QStringLiteral("birthdayField"));
    m_birthday->setCalendarPopup(true);
    m_birthday->setMinimumDate(QDate(1900, 1, 1)); // the minimum reads "not set"
    m_birthday->setSpecialValueText(tr("Not set"));
    m_birthday->setDisplayFormat(dateEditFormat());
    connect(m_birthday, &QDateEdit::userDateChanged, this, edited);

    const auto combo = [this, edited](const char *name) {
        auto *c = new QComboBox;
        c->setObjectName(QString::fromLatin1(name));
        connect(c, &QComboBox::activated, this, edited);
        return c;
    };
    m_source = combo("sourceField");
    m_source->addItem(tr("Unknown"), QString());
    for (const QString &s : contactSources())
        m_source->addItem(sourceName(s), s);
    m_temperature = combo("temperatureField");
    m_temperature->addItem(temperatureName({}), QString());
    for (const QString &t : contactTemperatures())
        m_temperature->addItem(temperatureName(t), t);
    m_status = combo("statusField");
    for (const QString &s : contactStatuses())
        m_status->addItem(contactStatusName(s), s);
    m_owner = combo("ownerField");

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesField"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(90);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            setDirty(true);
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(sectionLabel(tr("Person")));
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Job title:"), m_title);
    form->addRow(tr("Company:"), companyRow);
    form->addRow(QString(), m_companyError);
    form->addRow(tr("&Role there:"), m_role);
    form->addRow(tr("&Birthday:"), m_birthday);
    form->addRow(sectionLabel(tr("How to reach")));
    form->addRow(tr("Emails:"), m_emails);
    form->addRow(tr("Phones:"), m_phones);
    form->addRow(tr("Messengers, profiles:"), m_messengers);
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("City:"), cityRow);
    form->addRow(tr("Region:"), regionRow);
    form->addRow(sectionLabel(tr("Sales")));
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Temperature:"), m_temperature);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("O&wner:"), m_owner);
    // The user's own fields; the section hides while none are defined.
    m_customFields = new CustomFieldsForm(m_session, QStringLiteral("contact"));
    connect(m_customFields, &CustomFieldsForm::edited, this, edited);
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
    scroll->setMinimumWidth(440);
    return scroll;
}

void ContactCard::buildUi()
{
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ContactCard::save);
    m_revert = new QPushButton(tr("Revert"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Drop the unsaved edits"));
    connect(m_revert, &QPushButton::clicked, this, &ContactCard::revert);
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

    m_timeline = new TimelinePanel(m_session, TimelineModel::Subject::Contact, m_id);
    connect(m_timeline, &TimelinePanel::activityLogged, this, [this] {
        // "Last contacted" moved; read it again without touching unsaved edits.
        const auto fresh = ContactRepository(m_session).get(m_id);
        if (fresh) {
            m_loaded.lastContactedAt = fresh->lastContactedAt;
            updateHeader(m_dirty ? m_loaded : *fresh);
        }
        m_stack->notifyChanged(QStringLiteral("activity"), {m_id});
    });
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 8, 20, 12);
    rightLayout->addWidget(m_timeline);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(split, 1);

    // The session's undo and redo work while the card has the focus too.
    QAction *undo = m_stack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(redoShortcuts());
    addActions({undo, redo});
    resize(1180, 760);
}

} // namespace kontor
