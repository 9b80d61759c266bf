#include "reports/plan_editor.h"

#include "lists/format.h"
#include "model/deal.h"
#include "reports/plan_commands.h"
#include "reports/sales_plans.h"
#include "timeline/lookups.h"
#include "undo/undo_actions.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

PlanEditor::PlanEditor(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("planEditor"));
    setWindowTitle(tr("Sales plans"));
    resize(720, 480);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setHorizontalHeaderLabels({tr("Manager"), tr("From"), tr("To"), tr("Plan")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_manager = new QComboBox;
    m_manager->setObjectName(QStringLiteral("planManager"));
    if (auto users = Lookups(m_session).users()) {
        for (const NamedId &u : std::as_const(*users))
            m_manager->addItem(u.name, u.id);
    }
    const QDate month(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    m_from = new QDateEdit(month);
    m_from->setObjectName(QStringLiteral("planFrom"));
    m_to = new QDateEdit(month.addMonths(1).addDays(-1));
    m_to->setObjectName(QStringLiteral("planTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("planAmount"));
    m_amount->setPlaceholderText(tr("e.g. 25000 or 25000.50"));
    m_currency = new QLineEdit(QStringLiteral("EUR"));
    m_currency->setObjectName(QStringLiteral("planCurrency"));
    m_currency->setMaxLength(3);
    form->addRow(tr("Manager"), m_manager);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Amount"), m_amount);
    form->addRow(tr("Currency"), m_currency);
    m_spread = new QCheckBox(tr("Add as monthly plans (a quarter or a year split evenly)"));
    m_spread->setObjectName(QStringLiteral("planSpread"));
    m_spread->setChecked(true);
    form->addRow(QString(), m_spread);
    layout->addLayout(form);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add plan"));
    add->setObjectName(QStringLiteral("addPlan"));
    auto *save = new QPushButton(tr("Save changes"));
    save->setObjectName(QStringLiteral("savePlan"));
    auto *remove = new QPushButton(tr("Delete"));
    remove->setObjectName(QStringLiteral("deletePlan"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addWidget(add);
    buttons->addWidget(save);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { saveForm(true); });
    connect(save, &QPushButton::clicked, this, [this] { saveForm(false); });
    connect(remove, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PlanEditor::showSelected);

    // The session's undo history; its undo and redo work while this window has the focus.
    m_stack = UndoStack::of(this);
    QAction *undo = m_stack->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("planUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("planRedo"));
    redo->setShortcuts(redoShortcuts());
    addActions({undo, redo});
    connect(m_stack, &UndoStack::changed, this, [this](const QString &entity) {
        if (entity != QLatin1String("sales_plan"))
            return;
        reload();
        emit plansChanged();
    });
    reload();
}

void PlanEditor::reload()
{
    auto plans = SalesPlanRepository(m_session).list();
    m_table->setRowCount(0);
    m_plans.clear();
    if (!plans) {
        m_message->setText(plans.error().message);
        return;
    }
    m_plans = *plans;
    for (const SalesPlan &p : std::as_const(*plans)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *manager = new QTableWidgetItem(p.userName);
        manager->setData(Qt::UserRole, p.id);
        manager->setData(Qt::UserRole + 1, p.userId);
        m_table->setItem(row, 0, manager);
        m_table->setItem(row, 1, new QTableWidgetItem(p.periodStart.toString(Qt::ISODate)));
        m_table->setItem(row, 2, new QTableWidgetItem(p.periodEnd.toString(Qt::ISODate)));
        auto *amount = new QTableWidgetItem(formatMoney(p.amountMinor, p.currency));
        amount->setData(Qt::UserRole, p.amountMinor);
        amount->setData(Qt::UserRole + 1, p.currency);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, amount);
    }
    m_table->resizeColumnsToContents();
}

void PlanEditor::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_manager->setCurrentIndex(m_manager->findData(m_table->item(row, 0)->data(Qt::UserRole + 1)));
    m_from->setDate(QDate::fromString(m_table->item(row, 1)->text(), Qt::ISODate));
    m_to->setDate(QDate::fromString(m_table->item(row, 2)->text(), Qt::ISODate));
    m_amount->setText(formatMinor(m_table->item(row, 3)->data(Qt::UserRole).toLongLong()));
    m_currency->setText(m_table->item(row, 3)->data(Qt::UserRole + 1).toString());
}

bool PlanEditor::saveForm(bool asNew)
{
    SalesPlan plan;
    const int row = m_table->currentRow();
    if (!asNew && (row < 0 || row >= m_plans.size())) {
        m_message->setText(tr("Choose the plan to change in the list first."));
        return false;
    }
    if (!asNew)
        plan.id = m_plans.at(row).id;
    plan.userId = m_manager->currentData().toLongLong();
    plan.periodStart = m_from->date();
    plan.periodEnd = m_to->date();
    plan.currency = m_currency->text().trimmed().toUpper();
    if (!parseMinor(m_amount->text().trimmed(), &plan.amountMinor)) {
        m_message->setText(tr("\"%1\" is not an amount: write it like 25000 or 25000.50.")
                               .arg(m_amount->text()));
        return false;
    }
    const QString manager = m_manager->currentText();
    // A new plan over several months goes in as its months when asked to.
    QList<SalesPlan> toSave{plan};
    const bool severalMonths = plan.periodStart.isValid() && plan.periodEnd.isValid()
        && (plan.periodStart.year() != plan.periodEnd.year()
            || plan.periodStart.month() != plan.periodEnd.month());
    if (asNew && m_spread->isChecked() && severalMonths) {
        auto months = SalesPlanRepository::spreadOverMonths(plan);
        if (!months) {
            m_message->setText(months.error().message
                               + tr(" (or clear \"Add as monthly plans\" to add it as one plan)"));
            return false;
        }
        toSave = *months;
    }
    auto ids = SalesPlanRepository(m_session).saveAll(toSave);
    if (!ids) {
        m_message->setText(ids.error().kind == Error::Kind::Conflict
                               ? tr("This manager already has a plan for that period and currency.")
                               : ids.error().message);
        return false;
    }
    QList<PlanChange> changes;
    for (int i = 0; i < toSave.size(); ++i) {
        PlanChange c;
        if (!asNew)
            c.before = m_plans.at(row);
        c.after = toSave.at(i);
        c.after->id = ids->at(i);
        changes << c;
    }
    const QString text = !asNew ? tr("Change the plan of %1").arg(manager)
        : toSave.size() > 1     ? tr("Add %1 monthly plans of %2").arg(toSave.size()).arg(manager)
                                : tr("Add a plan for %1").arg(manager);
    m_stack->push(new PlanChangeCommand(m_stack, m_session, changes, text));
    m_message->setText(!asNew ? tr("Plan saved.")
                       : toSave.size() > 1
                           ? tr("%1 monthly plans added.").arg(toSave.size())
                           : tr("Plan added."));
    return true;
}

bool PlanEditor::deleteSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_plans.size()) {
        m_message->setText(tr("Choose the plan to delete in the list first."));
        return false;
    }
    const SalesPlan doomed = m_plans.at(row);
    if (auto st = SalesPlanRepository(m_session).remove(doomed.id); !st) {
        m_message->setText(st.error().message);
        return false;
    }
    PlanChange c;
    c.before = doomed;
    m_stack->push(new PlanChangeCommand(m_stack, m_session, {c},
                                        tr("Delete the plan of %1").arg(doomed.userName)));
    m_message->setText(tr("Plan deleted."));
    return true;
}

} // namespace kontor
