// ContactCard: reading the contact into the fields, checking and saving the edits.
#include "cards/contact_card.h"

#include "cards/card_style.h"
#include "cards/company_card.h"
#include "cards/multi_value_editor.h"
#include "cards/timeline_panel.h"
#include "customfields/custom_fields_form.h"
#include "lists/format.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "timeline/lookups.h"
#include "undo/commands.h"
#include "undo/undo_stack.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>

namespace kontor {

namespace {

// Selects the item whose data is `value`, adding it when the list does not know it (a
// value from an import must show as it is, not silently as the first choice).
void selectData(QComboBox *combo, const QVariant &value, const QString &text)
{
    int at = combo->findData(value);
    if (at < 0) {
        combo->addItem(text, value);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

} // namespace

void ContactCard::load()
{
    // The choosers first, so the contact's values find their items.
    const Lookups lookups(m_session);
    m_role->clear();
    m_role->addItem(tr("No role"), qint64(0));
    if (const auto roles = lookups.companyRoles()) {
        for (const NamedId &r : *roles)
            m_role->addItem(r.name, r.id);
    }
    m_owner->clear();
    m_owner->addItem(tr("Nobody"), qint64(0));
    if (const auto users = lookups.users()) {
        for (const NamedId &u : *users)
            m_owner->addItem(u.name, u.id);
    }

    const auto contact = ContactRepository(m_session).get(m_id, true);
    if (!contact) {
        showError(tr("This contact cannot be shown: %1").arg(contact.error().message));
        setEnabled(true);
        m_save->setEnabled(false);
        return;
    }
    m_loaded = *contact;
    loadCustomFields();
    loadPhoto();
    display(m_loaded);
    if (m_loaded.deletedAt.isValid())
        showError(tr("This contact is in the trash. Restore it from the Trash to edit it."));
    m_save->setEnabled(false);
    m_timeline->reload();
}

void ContactCard::display(const Contact &c)
{
    m_showing = true;
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    m_title->setText(c.title);
    m_company->setText(c.companyName);
    m_companyError->hide();
    m_openCompany->setEnabled(c.companyId != 0);
    selectData(m_role, c.companyRoleId, tr("Role %1").arg(c.companyRoleId));
    QList<QPair<QString, QString>> values;
    for (const ContactEmail &e : c.emails)
        values.append({e.label, e.email});
    m_emails->setValues(values);
    values.clear();
    for (const ContactPhone &p : c.phones)
        values.append({p.label, p.phone});
    m_phones->setValues(values);
    values.clear();
    for (const ContactMessenger &m : c.messengers)
        values.append({m.kind, m.handle});
    m_messengers->setValues(values);
    m_street->setText(c.address.street);
    m_city->setText(c.address.city);
    m_region->setText(c.address.region);
    m_postalCode->setText(c.address.postalCode);
    m_country->setText(c.address.country);
    m_birthday->setDate(c.birthday.isValid() ? c.birthday : m_birthday->minimumDate());
    selectData(m_source, c.source, sourceName(c.source));
    selectData(m_temperature, c.temperature, temperatureName(c.temperature));
    selectData(m_status, c.status, contactStatusName(c.status));
    selectData(m_owner, c.ownerId, tr("User %1").arg(c.ownerId));
    m_notes->setPlainText(c.notes);
    updateHeader(c);
    m_showing = false;
    setDirty(false);
}

void ContactCard::updateHeader(const Contact &c)
{
    const QString name = c.displayName().isEmpty() ? tr("(no name)") : c.displayName();
    setWindowTitle(tr("%1 — Contact").arg(name));
    m_name->setText(name);
    QString subtitle;
    if (!c.title.isEmpty() && !c.companyName.isEmpty())
        subtitle = tr("%1 at %2").arg(c.title, c.companyName);
    else
        subtitle = c.title.isEmpty() ? c.companyName : c.title;
    const QString status = contactStatusName(c.status);
    subtitle = subtitle.isEmpty() ? status : subtitle + QStringLiteral("  ·  ") + status;
    if (!c.temperature.isEmpty())
        subtitle += QStringLiteral("  ·  ") + temperatureName(c.temperature);
    m_subtitle->setText(subtitle);
    m_lastContacted->setObjectName(QStringLiteral("cardMeta"));
    m_lastContacted->setText(
        c.lastContactedAt.isValid()
            ? tr("Last contacted %1")
                  .arg(formatDateTime(c.lastContactedAt))
            : tr("Not contacted yet"));
    m_emailButton->setEnabled(!c.primaryEmail().isEmpty());
    m_emailButton->setToolTip(c.primaryEmail());
    m_callButton->setEnabled(!c.primaryPhone().isEmpty());
    m_callButton->setToolTip(formatPhone(c.primaryPhone()));
}

void ContactCard::setDirty(bool dirty)
{
    if (m_showing)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_loaded.deletedAt.isValid());
    m_revert->setEnabled(dirty);
}

void ContactCard::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ContactCard::collect(Contact *out)
{
    Contact c = m_loaded;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.title = m_title->text().trimmed();
    c.companyRoleId = m_role->currentData().toLongLong();
    c.emails.clear();
    for (const auto &v : m_emails->values())
        c.emails.append({0, v.first, v.second});
    c.phones.clear();
    for (const auto &v : m_phones->values())
        c.phones.append({0, v.first, v.second});
    c.messengers.clear();
    for (const auto &v : m_messengers->values())
        c.messengers.append({0, v.first, v.second});
    c.address = {m_street->text().trimmed(), m_city->text().trimmed(), m_region->text().trimmed(),
                 m_postalCode->text().trimmed(), m_country->text().trimmed()};
    c.birthday = m_birthday->date() == m_birthday->minimumDate() ? QDate() : m_birthday->date();
    c.source = m_source->currentData().toString();
    c.temperature = m_temperature->currentData().toString();
    c.status = m_status->currentData().toString();
    c.ownerId = m_owner->currentData().toLongLong();
    c.notes = m_notes->toPlainText().trimmed();

    // The company is chosen by name; it must be one that exists.
    const QString company = m_company->text().trimmed();
    m_companyError->hide();
    if (company.isEmpty()) {
        c.companyId = 0;
        c.companyName.clear();
    } else if (company != m_loaded.companyName) {
        const auto id = CompanyRepository(m_session).findByName(company);
        if (!id) {
            showError(id.error().message);
            return false;
        }
        if (*id == 0) {
            m_companyError->setText(
                tr("There is no company called “%1”. Pick one from the list, or add it under "
                   "Companies first.")
                    .arg(company));
            m_companyError->show();
            return false;
        }
        c.companyId = *id;
        c.companyName = company;
    }
    *out = c;
    return true;
}

bool ContactCard::save()
{
    showError({});
    // Every row is checked (not just the first bad one), so all problems show at once.
    const bool emailsOk = m_emails->validate();
    const bool phonesOk = m_phones->validate();
    const bool customOk = m_customFields->validate();
    Contact edited;
    const bool collected = collect(&edited);
    if (!emailsOk || !phonesOk || !customOk || !collected) {
        showError(tr("Nothing was saved: please fix the fields marked in red."));
        return false;
    }
    if (const Status st = ContactRepository::validate(edited); !st) {
        showError(tr("Nothing was saved: %1").arg(st.error().message));
        return false;
    }
    const bool contactChanged = edited.fields() != m_loaded.fields();
    const bool customChanged = !m_customFields->changes().isEmpty();
    if (!contactChanged && !customChanged) {
        setDirty(false);
        return true;
    }
    const ContactRepository repo(m_session);
    if (contactChanged) {
        if (const Status st = repo.update(edited); !st) {
            showError(tr("Nothing was saved: %1").arg(st.error().message));
            return false;
        }
    }
    // One undo step for the card's save, whatever it touched.
    const bool both = contactChanged && customChanged;
    if (both)
        m_stack->beginMacro(tr("Edit %1").arg(edited.displayName()));
    if (contactChanged) {
        const auto saved = repo.get(m_id);
        const Contact after = saved ? *saved : edited;
        const Contact before = m_loaded;
        m_loaded = after;
        m_stack->push(new EditContactCommand(m_stack, m_session, before, after));
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
    emit this->saved(m_id);
    return true;
}

void ContactCard::revert()
{
    showError({});
    m_customFields->revert();
    display(m_loaded);
}

void ContactCard::loadCustomFields()
{
    m_customFields->load(m_id);
    m_customSection->setVisible(!m_customFields->isHidden());
    m_customFields->setEnabled(!m_loaded.deletedAt.isValid());
}

void ContactCard::lookUpCompanies()
{
    CompanyQuery q;
    q.text = m_company->text().trimmed();
    const auto page = CompanyRepository(m_session).list(q, PageRequest{20, {}});
    if (!page)
        return; // the field still works by exact name; a save reports real trouble
    QStringList names;
    for (const Company &c : page->items)
        names << c.name;
    m_companyNames->setStringList(names);
    m_completer->complete();
}

void ContactCard::onRecordsChanged(const QString &entity, const QList<qint64> &ids)
{
    // An undo, redo or another window changed this contact: show what is stored now,
    // unless the user is in the middle of editing.
    if (entity == QLatin1String("activity") && ids.contains(m_id)) {
        m_timeline->reload(); // a logged activity was undone or redone
        return;
    }
    if (entity == QLatin1String("contact_photo") && ids.contains(m_id)) {
        loadPhoto(); // the photo is no field: unsaved edits stay as they are
        m_timeline->reload();
        return;
    }
    if (entity != QLatin1String("contact") || !ids.contains(m_id) || m_dirty)
        return;
    const auto fresh = ContactRepository(m_session).get(m_id, true);
    if (!fresh)
        return;
    m_loaded = *fresh;
    loadCustomFields();
    loadPhoto(); // its buttons follow the trash
    display(m_loaded);
    showError(m_loaded.deletedAt.isValid()
                  ? tr("This contact is in the trash. Restore it from the Trash to edit it.")
                  : QString());
    m_save->setEnabled(false);
    m_timeline->reload();
}

void ContactCard::moveToTrash()
{
    QStringList errors;
    const QList<TrashRef> refs{{QStringLiteral("contact"), m_id, m_loaded.displayName()}};
    const QList<TrashRef> done = applyTrash(m_session, refs, true, &errors);
    if (done.isEmpty()) {
        showError(errors.join(QLatin1Char('\n')));
        return;
    }
    m_dirty = false; // the edits go with it; Undo brings the contact back as it was stored
    m_stack->push(new TrashCommand(m_stack, m_session, done, true));
    m_stack->inform(tr("“%1” moved to the trash. Undo with Ctrl+Z.").arg(refs.first().name));
    close();
}

void ContactCard::closeEvent(QCloseEvent *event)
{
    if (m_dirty) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"),
            tr("Save the changes to %1 before closing?").arg(m_loaded.displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

ContactCard *openContactCard(const Session &session, qint64 id, QWidget *parent)
{
    QWidget *owner = parent ? parent->window() : nullptr;
    if (owner) {
        const auto cards = owner->findChildren<ContactCard *>();
        for (ContactCard *card : cards) {
            if (card->contactId() == id) {
                card->raise();
                card->activateWindow();
                return card;
            }
        }
    }
    auto *card = new ContactCard(session, id, owner);
    card->setWindowFlag(Qt::Window);
    QObject::connect(card, &ContactCard::openCompanyRequested, card,
                     [session, card](qint64 companyId) {
                         openCompanyCard(session, companyId, card);
                     });
    card->show();
    return card;
}

} // namespace kontor
