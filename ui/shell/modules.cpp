#include "shell/modules.h"

#include "companies/companies_module.h"
#include "dashboard/dashboard_module.h"
#include "contacts/contacts_module.h"
#include "deals/deals_module.h"
#include "import/import_module.h"
#include "lists/list_module.h"
#include "reports/reports_module.h"
#include "tasks/tasks_module.h"
#include "trash/trash_module.h"

#include <QCoreApplication>

namespace kontor {

namespace {
struct Modules
{
    Q_DECLARE_TR_FUNCTIONS(Modules)
};
} // namespace

QList<Module *> createModules(const Session &session, QObject *parent)
{
    QList<Module *> modules;
    modules << new DashboardModule(session, parent);
    modules << createContactsModule(session, parent);
    modules << createCompaniesModule(session, parent);
    modules << createDealsModule(session, parent);
    modules << createTasksModule(session, parent);
    modules << new ReportsModule(session, parent);
    modules << new ImportModule(session, parent);
    modules << new TrashModule(session, parent);
    return modules;
}

} // namespace kontor
