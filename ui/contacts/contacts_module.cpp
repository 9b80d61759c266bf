#include "contacts/contacts_module.h"

#include "cards/card_list_module.h"
#include "cards/contact_card.h"
#include "contacts/bulk_actions.h"

#include "lists/format.h"
#include "lists/list_module.h"
#include "repo/contact_repository.h"

#include <QCoreApplication>

namespace kontor {

namespace {
// The translation context of this file (lupdate reads it from here).
struct ContactsModule
{
    Q_DECLARE_TR_FUNCTIONS(ContactsModule)
};
} // namespace

ListModule *createContactsModule(const Session &session, QObject *parent)
{
    using Column = PagedColumn<Contact>;
    QList<Column> columns {
        {ContactsModule::tr("Name"), [](const Contact &c) { return c.displayName(); }},
        {ContactsModule::tr("Company"), [](const Contact &c) { return c.companyName; }},
        {ContactsModule::tr("Job title"), [](const Contact &c) { return c.title; }},
        {ContactsModule::tr("Email"), [](const Contact &c) { return c.primaryEmail(); }},
        {ContactsModule::tr("Phone"),
         [](const Contact &c) { return formatPhone(c.primaryPhone()); }},
        {ContactsModule::tr("Status"),
         [](const Contact &c) { return contactStatusName(c.status); }},
        {ContactsModule::tr("City"), [](const Contact &c) { return c.address.city; }},
    };
    const ContactRepository repo(session);
    auto fetch = [repo](const QString &text, const PageRequest &page) {
        ContactQuery q;
        q.text = text;
        return repo.list(q, page);
    };
    auto count = [repo](const QString &text) {
        ContactQuery q;
        q.text = text;
        return repo.count(q);
    };
    auto *model = new PagedTableModel<Contact>(columns, fetch, count);

    ListSpec spec;
    spec.id = QStringLiteral("contacts");
    spec.title = ContactsModule::tr("Contacts");
    spec.searchPlaceholder = ContactsModule::tr("Search by name, email or phone");
    spec.countText = [](qint64 n, bool filtered) {
        return filtered ? ContactsModule::tr("%Ln contact(s) found", nullptr, int(n))
                        : ContactsModule::tr("%Ln contact(s)", nullptr, int(n));
    };
    spec.emptyText
        = ContactsModule::tr("No contacts yet. Import a file or add demo data to get started.");
    spec.noMatchText = ContactsModule::tr("No contact matches “%1”.");
    spec.columnWidths = {24, 24, 18, 28, 18, 10, 14};
    spec.stretchColumn = 3;
    CardListModule<Contact>::Hooks hooks;
    hooks.kind = QStringLiteral("contact");
    hooks.name = [](const Contact &c) { return c.displayName(); };
    hooks.open = [](const Session &s, qint64 id, QWidget *from) { openContactCard(s, id, from); };
    hooks.deleteText = ContactsModule::tr("Delete");
    hooks.deleteTip = ContactsModule::tr("Move the selected contacts to the trash (Del)");
    hooks.deletedMessage = [](int n) {
        return ContactsModule::tr("%Ln contact(s) moved to the trash. Undo with Ctrl+Z.", nullptr,
                                  n);
    };
    auto *module = new CardListModule<Contact>(spec, model, session, hooks, parent);
    auto *bulk = new ContactBulkActions(
        session, [module] { return module->selectedIds(); },
        [module] { return module->view() ? module->view()->window() : nullptr; }, module);
    bulk->setObjectName(QStringLiteral("contactBulkActions"));
    module->addToolbarActions(bulk->actions());
    return module;
}

} // namespace kontor
