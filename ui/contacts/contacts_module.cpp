#include "contacts/contacts_module.h"

#include "cards/card_list_module.h"
#include "cards/contact_card.h"
#include "contacts/bulk_actions.h"
#include "contacts/phone_settings_dialog.h"
#include "contacts/contact_filter_bar.h"
#include "contacts/segment_list.h"
#include "customfields/custom_list_columns.h"
#include "duplicates/duplicates_dialog.h"

#include "lists/background_queue.h"
#include "lists/format.h"
#include "lists/list_module.h"
#include "repo/contact_repository.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QCoreApplication>
#include <QPointer>

#include <memory>

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
    using Sort = ContactQuery::Sort;
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    // Every column sorts in SQL (ContactQuery::Sort); the header click picks the order.
    auto column = [left](const QString &title, std::function<QVariant(const Contact &)> show,
                         Sort sort) {
        return Column {title, std::move(show), left, 0, true, 0, int(sort)};
    };
    QList<Column> columns {
        column(ContactsModule::tr("Name"), [](const Contact &c) { return c.displayName(); },
               Sort::Name),
        column(ContactsModule::tr("Company"), [](const Contact &c) { return c.companyName; },
               Sort::Company),
        column(ContactsModule::tr("Job title"), [](const Contact &c) { return c.title; },
               Sort::Title),
        column(ContactsModule::tr("Email"), [](const Contact &c) { return c.primaryEmail(); },
               Sort::Email),
        column(ContactsModule::tr("Phone"),
               [](const Contact &c) { return formatPhone(c.primaryPhone()); }, Sort::Phone),
        column(ContactsModule::tr("Status"),
               [](const Contact &c) { return contactStatusName(c.status); }, Sort::Status),
        column(ContactsModule::tr("City"), [](const Contact &c) { return c.address.city; },
               Sort::City),
    };
    const ContactRepository repo(session);
    // What the filter bar or the chosen segment narrows the list to; the search text adds to it.
    auto filter = std::make_shared<ContactFilter>();
    // Custom-field columns and the header's order (set by addCustomFieldColumns below).
    auto order = std::make_shared<ListOrder>();
    // The query as it stands, copied: a worker reads the copy, never the shared state.
    auto query = [filter, order](const QString &text) {
        ContactQuery q;
        q.text = text;
        q.filter = *filter;
        q.custom = order->custom;
        q.sort = ContactQuery::Sort(order->sort);
        q.descending = order->descending;
        return q;
    };
    using Model = PagedTableModel<Contact>;
    auto prepareFetch = [repo, query](const QString &text, const PageRequest &page) {
        return Model::FetchJob([repo, q = query(text), page] { return repo.list(q, page); });
    };
    auto prepareCount = [repo, query](const QString &text) {
        ContactQuery q = query(text);
        q.custom = {}; // a count needs no columns nor order
        q.descending = false;
        return Model::CountJob([repo, q] { return repo.count(q); });
    };
    auto *model = new Model(
        columns,
        [prepareFetch](const QString &text, const PageRequest &page) {
            return prepareFetch(text, page)();
        },
        [prepareCount](const QString &text) { return prepareCount(text)(); });
    if (PagedModel::backgroundReads()) {
        model->setBackground(new BackgroundQueue(session, QStringLiteral("contact list")),
                             prepareFetch, prepareCount);
    }

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
    spec.narrowedEmptyText = ContactsModule::tr("No contact matches this filter.");
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
    addCustomFieldColumns(module, model, session, QStringLiteral("contact"), order);
    auto *bulk = new ContactBulkActions(
        session, [module] { return module->selectedIds(); },
        [module] { return module->view() ? module->view()->window() : nullptr; }, module);
    bulk->setObjectName(QStringLiteral("contactBulkActions"));
    module->addToolbarActions(bulk->actions());
    auto *findDuplicates = new QAction(ContactsModule::tr("Find Duplicates…"), module);
    findDuplicates->setObjectName(QStringLiteral("findDuplicatesAction"));
    findDuplicates->setToolTip(ContactsModule::tr(
        "Look for contacts that are the same person across the whole base and merge them"));
    QObject::connect(findDuplicates, &QAction::triggered, module, [session, module] {
        DuplicatesDialog::open(session, module->view() ? module->view()->window() : nullptr);
    });
    module->addToolbarActions({findDuplicates});
    auto *phoneSettings = new QAction(ContactsModule::tr("&Phone Numbers…"), module);
    phoneSettings->setObjectName(QStringLiteral("phoneSettingsAction"));
    QObject::connect(phoneSettings, &QAction::triggered, module, [session, module] {
        auto *dialog = new PhoneSettingsDialog(session, module->view() ? module->view()->window()
                                                                       : nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Search and duplicates may now find other people: the lists read again.
        QObject::connect(dialog, &PhoneSettingsDialog::phonesRenormalized, module, [module] {
            UndoStack::of(module)->notifyChanged(QStringLiteral("contact"), {});
        });
        dialog->open();
    });
    module->addSettingsActions({phoneSettings});

    // The filter bar above the list and the segment panel beside it, made with the page.
    struct Panels
    {
        QPointer<ContactFilterBar> bar;
        QPointer<SegmentPanel> segments;
    };
    auto panels = std::make_shared<Panels>();
    auto narrow = [module, model, filter](const ContactFilter &f) {
        *filter = f;
        module->setNarrowed(!f.isEmpty());
        model->reload();
    };
    module->setPanels(
        [session, panels, narrow] {
            auto *bar = new ContactFilterBar(session);
            bar->reloadChoices();
            QObject::connect(bar, &ContactFilterBar::filterApplied, bar,
                             [panels, narrow](const ContactFilter &f) {
                                 if (panels->segments)
                                     panels->segments->clearChoice();
                                 narrow(f);
                             });
            panels->bar = bar;
            return bar;
        },
        [session, panels, narrow, module] {
            auto *side = new SegmentPanel(session);
            side->reload();
            // Counts follow the base: an edit, a bulk change, a delete or an undo of any of
            // them (a deal or an activity can move a contact in or out of a segment too).
            QObject::connect(UndoStack::of(module), &UndoStack::changed, side,
                             [side](const QString &entity, const QList<qint64> &) {
                                 if (entity == QLatin1String("contact")
                                     || entity == QLatin1String("deal")
                                     || entity == QLatin1String("activity"))
                                     side->reload();
                             });
            QObject::connect(side, &SegmentPanel::segmentChosen, side,
                             [panels, narrow](const ContactFilter &f) {
                                 if (panels->bar)
                                     panels->bar->display(f);
                                 narrow(f);
                             });
            QObject::connect(side, &SegmentPanel::allChosen, side, [panels, narrow] {
                if (panels->bar)
                    panels->bar->display({});
                narrow({});
            });
            if (panels->bar) {
                QObject::connect(panels->bar, &ContactFilterBar::saveRequested, side,
                                 &SegmentPanel::saveFilter);
            }
            panels->segments = side;
            return side;
        });
    return module;
}

} // namespace kontor
