// DealCard: the widgets. Reading, checking and saving are in deal_card_edit.cpp.
#include "deals/deal_card.h"

#include "lists/format.h"
#include "cards/card_style.h"
#include "cards/timeline_panel.h"
#include "customfields/custom_fields_form.h"
#include "deals/line_items_model.h"
#include "funnel/stage_history_table.h"
#include "tasks/task_prefill.h"
#include "undo/undo_actions.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kontor {

namespace {

// The currencies offered first; any other ISO code can be typed.
const QStringList kCurrencies {QStringLiteral("EUR"), QStringLiteral("USD"),
                               QStringLiteral("GBP"), QStringLiteral("CHF"),
                               QStringLiteral("RUB"), QStringLiteral("BGN"),
                               QStringLiteral("KES"), QStringLiteral("IRR"),
                               QStringLiteral("LAK")};

} // namespace

DealCard::DealCard(Session session, qint64 dealId, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(dealId)
    , m_stack(UndoStack::of(parent ? static_cast<QObject *>(parent) : this))
{
    setObjectName(QStringLiteral("dealCard"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setStyleSheet(cardStyleSheet());
    buildUi();
    connect(m_stack, &UndoStack::changed, this, &DealCard::onRecordsChanged);
    load();
}

QWidget *DealCard::buildHeader()
{
    auto *header = new QWidget;
    header->setObjectName(QStringLiteral("cardHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("cardName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    m_meta = new QLabel;
    m_meta->setObjectName(QStringLiteral("cardMeta"));
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_name);
    text->addWidget(m_subtitle);
    text->addWidget(m_meta);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->addLayout(text, 1);
    layout->addWidget(buildStagePicker(), 0, Qt::AlignTop);
    return header;
}

QWidget *DealCard::buildPeople()
{
    const auto edited = [this] { setDirty(true); };
    m_people = new QTableWidget(0, 2);
    m_people->setObjectName(QStringLiteral("peopleTable"));
    m_people->setHorizontalHeaderLabels({tr("Person"), tr("Role in the deal")});
    m_people->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_people->verticalHeader()->hide();
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setMinimumHeight(110);
    m_people->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
    connect(m_people, &QTableWidget::itemChanged, this, [this] {
        if (!m_showing)
            setDirty(true);
    });

    m_addPerson = new QLineEdit;
    m_addPerson->setObjectName(QStringLiteral("addPersonField"));
    m_addPerson->setPlaceholderText(tr("Add a person: start typing a name"));
    m_personNames = new QStringListModel(this);
    m_personCompleter = new QCompleter(m_personNames, this);
    m_personCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_personCompleter->setFilterMode(Qt::MatchContains);
    m_addPerson->setCompleter(m_personCompleter);
    m_personDelay = new QTimer(this);
    m_personDelay->setSingleShot(true);
    m_personDelay->setInterval(200);
    connect(m_personDelay, &QTimer::timeout, this, &DealCard::lookUpContacts);
    connect(m_addPerson, &QLineEdit::textEdited, m_personDelay, qOverload<>(&QTimer::start));
    connect(m_personCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this, edited](const QString &name) {
                const qint64 id = m_personIds.value(name);
                if (id) {
                    addContact(id, name);
                    edited();
                }
                // After the completer has written the name into the field.
                QTimer::singleShot(0, m_addPerson, &QLineEdit::clear);
            });
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removePersonButton"));
    connect(remove, &QPushButton::clicked, this, [this] { removeContact(m_people->currentRow()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_addPerson, 1);
    row->addWidget(remove);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_people);
    layout->addLayout(row);
    auto *hint = new QLabel(tr("The first person is the deal's main contact."));
    hint->setObjectName(QStringLiteral("cardMeta"));
    layout->addWidget(hint);
    return box;
}

QWidget *DealCard::buildProducts()
{
    m_items = new LineItemsModel(this);
    connect(m_items, &LineItemsModel::itemsEdited, this, [this] {
        updateAmount();
        setDirty(true);
    });
    connect(m_items, &LineItemsModel::problem, this, &DealCard::showError);
    m_itemsView = new QTableView;
    m_itemsView->setObjectName(QStringLiteral("itemsView"));
    m_itemsView->setModel(m_items);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->horizontalHeader()->setSectionResizeMode(LineItemsModel::NameColumn,
                                                         QHeaderView::Stretch);
    m_itemsView->setMinimumHeight(120);

    m_productPicker = new QComboBox;
    m_productPicker->setObjectName(QStringLiteral("productPicker"));
    m_productPicker->setMinimumContentsLength(16);
    m_productPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *add = new QPushButton(tr("Add Product"));
    add->setObjectName(QStringLiteral("addProductButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addProduct(m_productPicker->currentData().toLongLong());
    });
    auto *free = new QPushButton(tr("Add Line…"));
    free->setObjectName(QStringLiteral("addLineButton"));
    free->setToolTip(tr("A line that is not in the catalogue: a service, a fee"));
    connect(free, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Line"), tr("What is it:"),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            m_items->addFreeLine(name);
    });
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeLineButton"));
    connect(remove, &QPushButton::clicked, this,
            [this] { m_items->removeLine(m_itemsView->currentIndex().row()); });
    m_itemsTotal = new QLabel;
    m_itemsTotal->setObjectName(QStringLiteral("itemsTotal"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_productPicker, 1);
    row->addWidget(add);
    row->addWidget(free);
    row->addWidget(remove);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_itemsView);
    layout->addLayout(row);
    layout->addWidget(m_itemsTotal, 0, Qt::AlignRight);
    return box;
}

QWidget *DealCard::buildForm()
{
    const auto edited = [this] { setDirty(true); };
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("dealTitleField"));
    connect(m_title, &QLineEdit::textEdited, this, edited);
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("amountField"));
    m_amount->setPlaceholderText(QStringLiteral("0.00"));
    connect(m_amount, &QLineEdit::textEdited, this, edited);
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currencyField"));
    m_currency->setEditable(true);
    m_currency->addItems(kCurrencies);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] {
        if (m_showing)
            return;
        m_items->setCurrency(m_currency->currentText().trimmed().toUpper());
        updateAmount();
        setDirty(true);
    });
    m_amountNote = new QLabel;
    m_amountNote->setObjectName(QStringLiteral("cardMeta"));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 2);
    amountRow->addWidget(m_currency, 1);

    m_probability = new QSpinBox;
    m_probability->setObjectName(QStringLiteral("probabilityField"));
    m_probability->setRange(-1, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_probability->setToolTip(tr("Lower it to the minimum to use the stage's probability"));
    connect(m_probability, &QSpinBox::valueChanged, this, [this] {
        if (!m_showing)
            setDirty(true);
    });
    m_expectedClose = new QDateEdit;
    m_expectedClose->setObjectName(QStringLiteral("expectedCloseField"));
    m_expectedClose->setCalendarPopup(true);
    m_expectedClose->setMinimumDate(QDate(2000, 1, 1)); // the minimum reads "not set"
    m_expectedClose->setSpecialValueText(tr("Not set"));
    m_expectedClose->setDisplayFormat(dateEditFormat());
    connect(m_expectedClose, &QDateEdit::userDateChanged, this, edited);

    m_company = new QLineEdit;
    m_company->setObjectName(QStringLiteral("companyField"));
    m_company->setPlaceholderText(tr("Start typing a company name"));
    connect(m_company, &QLineEdit::textEdited, this, edited);
    m_companyNames = new QStringListModel(this);
    m_companyCompleter = new QCompleter(m_companyNames, this);
    m_companyCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_company->setCompleter(m_companyCompleter);
    m_companyDelay = new QTimer(this);
    m_companyDelay->setSingleShot(true);
    m_companyDelay->setInterval(200);
    connect(m_companyDelay, &QTimer::timeout, this, &DealCard::lookUpCompanies);
    connect(m_company, &QLineEdit::textEdited, m_companyDelay, qOverload<>(&QTimer::start));

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerField"));
    connect(m_owner, &QComboBox::activated, this, edited);
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceField"));
    m_source->addItem(tr("Unknown"), QString());
    for (const QString &s : contactSources())
        m_source->addItem(sourceName(s), s);
    connect(m_source, &QComboBox::activated, this, edited);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesField"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            setDirty(true);
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(sectionLabel(tr("Deal")));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Amount:"), amountRow);
    form->addRow(QString(), m_amountNote);
    form->addRow(tr("&Probability:"), m_probability);
    form->addRow(tr("&Expected close:"), m_expectedClose);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(sectionLabel(tr("Customer")));
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("People:"), buildPeople());
    // The user's own deal fields; the section hides while none are defined.
    m_customFields = new CustomFieldsForm(m_session, QStringLiteral("deal"));
    connect(m_customFields, &CustomFieldsForm::edited, this, edited);
    m_customSection = sectionLabel(tr("Custom fields"));
    form->addRow(m_customSection);
    form->addRow(m_customFields);
    form->addRow(sectionLabel(tr("Products")));
    form->addRow(buildProducts());
    form->addRow(sectionLabel(tr("Notes")));
    form->addRow(m_notes);

    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("cardFormBody"));
    body->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("cardForm"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    scroll->setMinimumWidth(500);
    return scroll;
}

void DealCard::buildUi()
{
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &DealCard::save);
    m_revert = new QPushButton(tr("Revert"));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Drop the unsaved edits"));
    connect(m_revert, &QPushButton::clicked, this, &DealCard::revert);
    auto *close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    // No deal should be left without a next step: plan it from here.
    auto *newTask = new QPushButton(tr("New Task"));
    newTask->setObjectName(QStringLiteral("newTaskButton"));
    newTask->setToolTip(tr("Plan the next call, meeting or to-do for this deal (Ctrl+T)"));
    connect(newTask, &QPushButton::clicked, this,
            [this] { openQuickAddTask(m_session, taskPrefillFor(this), this); });

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(20, 8, 8, 12);
    leftLayout->addWidget(buildForm(), 1);
    leftLayout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(newTask);
    buttons->addWidget(close);
    leftLayout->addLayout(buttons);

    m_timeline = new TimelinePanel(m_session, TimelineModel::Subject::Deal, m_id);
    m_timeline->setTitleVisible(false);
    connect(m_timeline, &TimelinePanel::activityLogged, this, [this] {
        m_stack->notifyChanged(QStringLiteral("activity"), {});
    });
    m_history = new StageHistoryTable(m_session, m_id);
    m_history->setObjectName(QStringLiteral("stageHistory"));
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("dealTabs"));
    tabs->addTab(m_timeline, tr("History"));
    tabs->addTab(m_history, tr("Stages"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 8, 20, 12);
    rightLayout->addWidget(tabs);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 6);
    split->setStretchFactor(1, 5);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(split, 1);

    QAction *undo = m_stack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(redoShortcuts());
    addActions({undo, redo});
    resize(1200, 800);
}

} // namespace kontor
