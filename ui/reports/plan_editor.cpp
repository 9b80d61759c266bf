#include "reports/plan_editor.h"

#include "lists/format.h"
#include "model/deal.h"
#include "reports/sales_plans.h"
#include "timeline/lookups.h"

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
    reload();
}

void PlanEditor::reload()
{
    auto plans = SalesPlanRepository(m_session).list();
    m_table->setRowCount(0);
    if (!plans) {
        m_message->setText(plans.error().message);
        return;
    }
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
    if (!asNew) {
        const int row = m_table->currentRow();
        if (row < 0) {
            m_message->setText(tr("Choose the plan to change in the list first."));
            return false;
        }
        plan.id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    }
    plan.userId = m_manager->currentData().toLongLong();
    plan.periodStart = m_from->date();
    plan.periodEnd = m_to->date();
    plan.currency = m_currency->text().trimmed().toUpper();
    if (!parseMinor(m_amount->text().trimmed(), &plan.amountMinor)) {
        m_message->setText(tr("\"%1\" is not an amount: write it like 25000 or 25000.50.")
                               .arg(m_amount->text()));
        return false;
    }
    auto id = SalesPlanRepository(m_session).save(plan);
    if (!id) {
        m_message->setText(id.error().kind == Error::Kind::Conflict
                               ? tr("This manager already has a plan for that period and currency.")
                               : id.error().message);
        return false;
    }
    m_message->setText(asNew ? tr("Plan added.") : tr("Plan saved."));
    reload();
    emit plansChanged();
    return true;
}

bool PlanEditor::deleteSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->setText(tr("Choose the plan to delete in the list first."));
        return false;
    }
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (auto st = SalesPlanRepository(m_session).remove(id); !st) {
        m_message->setText(st.error().message);
        return false;
    }
    m_message->setText(tr("Plan deleted."));
    reload();
    emit plansChanged();
    return true;
}

} // namespace kontor
