#include "tasks/task_prefill.h"

#include "cards/company_card.h"
#include "cards/contact_card.h"
#include "deals/deal_card.h"
#include "tasks/quick_add_task_dialog.h"
#include "undo/undo_stack.h"

namespace kontor {

Task taskPrefillFor(const QWidget *window)
{
    Task t;
    if (auto *card = qobject_cast<const ContactCard *>(window)) {
        t.contactId = card->contactId();
        t.contactName = card->contact().displayName();
        t.companyId = card->contact().companyId;
    } else if (auto *company = qobject_cast<const CompanyCard *>(window)) {
        t.companyId = company->companyId();
        t.companyName = company->company().name;
    } else if (auto *deal = qobject_cast<const DealCard *>(window)) {
        t.dealId = deal->dealId();
        t.dealTitle = deal->stored().deal.title;
    }
    return t;
}

QList<qint64> openQuickAddTask(const Session &session, const Task &prefill, QWidget *parent)
{
    QuickAddTaskDialog dialog(session, prefill, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    UndoStack::of(parent)->notifyChanged(QStringLiteral("task"), dialog.savedIds());
    return dialog.savedIds();
}

} // namespace kontor
