// DealCard: reading the deal into the fields, checking and saving the edits.
#include "deals/deal_card.h"

#include "cards/card_style.h"
#include "cards/timeline_panel.h"
#include "customfields/custom_fields_form.h"
#include "deals/edit_deal_command.h"
#include "deals/line_items_model.h"
#include "funnel/stage_history_table.h"
#include "lists/format.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/pipeline_repository.h"
#include "timeline/lookups.h"
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
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>

namespace kontor {

namespace {

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

void DealCard::load()
{
    const Lookups lookups(m_session);
    m_owner->clear();
    m_owner->addItem(tr("Nobody"), qint64(0));
    if (const auto users = lookups.users()) {
        for (const NamedId &u : *users)
            m_owner->addItem(u.name, u.id);
    }
    m_productPicker->clear();
    if (const auto products = ProductRepository(m_session).list(true, PageRequest{1000, {}})) {
        for (const Product &p : products->items) {
            m_productPicker->addItem(tr("%1 — %2").arg(p.name, formatMoney(p.unitPriceMinor, p.currency)),
                                     p.id);
        }
    }
    if (m_productPicker->count() == 0)
        m_productPicker->addItem(tr("The catalogue is empty"), qint64(0));

    const auto snapshot = loadDealSnapshot(m_session, m_id);
    if (!snapshot) {
        showError(tr("This deal cannot be shown: %1").arg(snapshot.error().message));
        m_save->setEnabled(false);
        m_revert->setEnabled(false);
        return;
    }
    m_loaded = *snapshot;
    const auto stage = PipelineRepository(m_session).stage(m_loaded.deal.stageId);
    m_stageProbability = stage ? stage->probability : 0;
    display(m_loaded);
    if (m_loaded.deal.deletedAt.isValid())
        showError(tr("This deal is in the trash. Restore it from the Trash to edit it."));
    loadCustomFields();
    m_timeline->reload();
    m_history->reload();
}

void DealCard::loadCustomFields()
{
    m_customFields->load(m_id);
    m_customSection->setVisible(!m_customFields->isHidden());
    m_customFields->setEnabled(!m_loaded.deal.deletedAt.isValid());
}

void DealCard::display(const DealSnapshot &s)
{
    m_showing = true;
    const Deal &d = s.deal;
    m_title->setText(d.title);
    m_currency->setCurrentText(d.currency);
    m_items->setCurrency(d.currency);
    m_items->setItems(s.items);
    m_amount->setText(formatMinor(d.amountMinor));
    m_probability->setValue(d.probability);
    m_expectedClose->setDate(d.expectedClose.isValid() ? d.expectedClose
                                                       : m_expectedClose->minimumDate());
    m_company->setText(d.companyName);
    selectData(m_owner, d.ownerId, tr("User %1").arg(d.ownerId));
    selectData(m_source, d.source, sourceName(d.source));
    m_notes->setPlainText(d.notes);
    m_people->setRowCount(0);
    for (const DealContact &c : s.contacts)
        addContact(c.contactId, c.name, c.role);
    updateProbabilityText();
    updateAmount();
    updateHeader(s);
    fillStagePicker();
    m_showing = false;
    setDirty(false);
}

void DealCard::updateHeader(const DealSnapshot &s)
{
    const Deal &d = s.deal;
    const QString title = d.title.isEmpty() ? tr("(no title)") : d.title;
    setWindowTitle(tr("%1 — Deal").arg(title));
    m_name->setText(title);
    QStringList parts {d.stageName, dealStatusName(d.status)};
    if (!d.companyName.isEmpty())
        parts << d.companyName;
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
    const int p = d.probability < 0 ? m_stageProbability : d.probability;
    m_meta->setText(tr("%1 · %2 % likely · created %3")
                        .arg(formatMoney(d.amountMinor, d.currency))
                        .arg(p)
                        .arg(formatDate(d.createdAt.toLocalTime().date())));
}

void DealCard::updateProbabilityText()
{
    m_probability->setSpecialValueText(tr("Stage default (%1 %)").arg(m_stageProbability));
}

// With line items the amount is their total and cannot be typed.
void DealCard::updateAmount()
{
    const bool fromItems = !m_items->items().isEmpty();
    const QString currency = m_currency->currentText().trimmed().toUpper();
    m_amount->setReadOnly(fromItems);
    if (fromItems)
        m_amount->setText(formatMinor(m_items->totalMinor()));
    m_amountNote->setText(fromItems ? tr("The total of the products below.") : QString());
    m_amountNote->setVisible(fromItems);
    m_itemsTotal->setText(fromItems ? tr("Total: %1").arg(formatMoney(m_items->totalMinor(), currency))
                                    : tr("No products: the amount is typed in above."));
}

void DealCard::setDirty(bool dirty)
{
    if (m_showing)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_loaded.deal.deletedAt.isValid());
    m_revert->setEnabled(dirty);
}

void DealCard::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DealCard::addContact(qint64 contactId, const QString &name, const QString &role)
{
    for (int r = 0; r < m_people->rowCount(); ++r) {
        if (m_people->item(r, 0)->data(Qt::UserRole).toLongLong() == contactId) {
            m_people->setCurrentCell(r, 1);
            return; // already in the deal
        }
    }
    const bool showing = m_showing;
    m_showing = true; // itemChanged of the new cells is not an edit by itself
    const int row = m_people->rowCount();
    m_people->insertRow(row);
    auto *person = new QTableWidgetItem(name);
    person->setData(Qt::UserRole, contactId);
    person->setFlags(person->flags() & ~Qt::ItemIsEditable);
    m_people->setItem(row, 0, person);
    m_people->setItem(row, 1, new QTableWidgetItem(role));
    m_showing = showing;
    setDirty(true);
}

void DealCard::removeContact(int row)
{
    if (row < 0 || row >= m_people->rowCount())
        return;
    m_people->removeRow(row);
    setDirty(true);
}

bool DealCard::addProduct(qint64 productId)
{
    if (!productId)
        return false;
    const auto product = ProductRepository(m_session).get(productId);
    if (!product) {
        showError(product.error().message);
        return false;
    }
    showError({});
    m_items->setCurrency(m_currency->currentText().trimmed().toUpper());
    m_items->addProduct(*product);
    return true;
}

bool DealCard::collect(DealSnapshot *out)
{
    DealSnapshot s = m_loaded;
    Deal &d = s.deal;
    d.title = m_title->text().trimmed();
    d.currency = m_currency->currentText().trimmed().toUpper();
    d.probability = m_probability->value();
    d.expectedClose = m_expectedClose->date() == m_expectedClose->minimumDate()
                          ? QDate()
                          : m_expectedClose->date();
    d.ownerId = m_owner->currentData().toLongLong();
    d.source = m_source->currentData().toString();
    d.notes = m_notes->toPlainText().trimmed();
    s.items = m_items->items();
    if (s.items.isEmpty()) {
        QString text = m_amount->text().trimmed();
        text.replace(QLocale().decimalPoint(), QStringLiteral("."));
        qint64 minor = 0;
        if (!text.isEmpty() && !parseMinor(text, &minor)) {
            showError(tr("Nothing was saved: “%1” is not an amount such as 12500.00.")
                          .arg(m_amount->text()));
            m_amount->setFocus();
            return false;
        }
        d.amountMinor = minor;
    } else {
        d.amountMinor = s.itemsTotalMinor();
    }
    s.contacts.clear();
    for (int r = 0; r < m_people->rowCount(); ++r) {
        s.contacts.append({m_people->item(r, 0)->data(Qt::UserRole).toLongLong(),
                           m_people->item(r, 0)->text(),
                           m_people->item(r, 1) ? m_people->item(r, 1)->text().trimmed()
                                                : QString()});
    }
    const QString company = m_company->text().trimmed();
    if (company.isEmpty()) {
        d.companyId = 0;
        d.companyName.clear();
    } else if (company != m_loaded.deal.companyName) {
        const auto id = CompanyRepository(m_session).findByName(company);
        if (!id) {
            showError(id.error().message);
            return false;
        }
        if (*id == 0) {
            showError(tr("Nothing was saved: there is no company called “%1”. Pick one from "
                         "the list, or add it under Companies first.")
                          .arg(company));
            m_company->setFocus();
            return false;
        }
        d.companyId = *id;
        d.companyName = company;
    }
    *out = s;
    return true;
}

bool DealCard::save()
{
    showError({});
    const bool customOk = m_customFields->validate();
    DealSnapshot edited;
    if (!collect(&edited))
        return false;
    if (!customOk) {
        showError(tr("Nothing was saved: please fix the fields marked in red."));
        return false;
    }
    if (const Status st = DealRepository::validate(edited.deal); !st) {
        showError(tr("Nothing was saved: %1").arg(st.error().message));
        return false;
    }
    const bool customChanged = !m_customFields->changes().isEmpty();
    if (const Status st = saveDealSnapshot(m_session, edited); !st) {
        showError(tr("Nothing was saved: %1").arg(st.error().message));
        return false;
    }
    const auto stored = loadDealSnapshot(m_session, m_id);
    const DealSnapshot after = stored ? *stored : edited;
    const DealSnapshot before = m_loaded;
    m_loaded = after;
    // One undo step for the card's save, whatever it touched.
    if (customChanged)
        m_stack->beginMacro(tr("Edit “%1”").arg(after.deal.title));
    m_stack->push(new EditDealCommand(m_stack, m_session, before, after));
    const bool customSaved = !customChanged || m_customFields->save(m_stack);
    if (customChanged)
        m_stack->endMacro();
    display(after);
    m_stack->notifyChanged(QStringLiteral("deal"), {m_id});
    m_timeline->reload();
    if (!customSaved) {
        showError(tr("Custom fields were not saved: %1").arg(m_customFields->lastError()));
        setDirty(true);
        return false;
    }
    emit saved(m_id);
    return true;
}

void DealCard::revert()
{
    showError({});
    m_customFields->revert();
    display(m_loaded);
}

void DealCard::lookUpCompanies()
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
    m_companyCompleter->complete();
}

void DealCard::lookUpContacts()
{
    ContactQuery q;
    q.text = m_addPerson->text().trimmed();
    if (q.text.isEmpty())
        return;
    const auto page = ContactRepository(m_session).list(q, PageRequest{20, {}});
    if (!page)
        return;
    QStringList names;
    m_personIds.clear();
    for (const Contact &c : page->items) {
        // Two people of the same name stay apart by their company.
        QString name = c.displayName();
        if (m_personIds.contains(name) && !c.companyName.isEmpty())
            name = tr("%1 (%2)").arg(name, c.companyName);
        if (m_personIds.contains(name))
            continue;
        m_personIds.insert(name, c.id);
        names << name;
    }
    m_personNames->setStringList(names);
    m_personCompleter->complete();
}

void DealCard::onRecordsChanged(const QString &entity, const QList<qint64> &ids)
{
    if (entity == QLatin1String("activity")) {
        m_timeline->reload();
        return;
    }
    if (entity != QLatin1String("deal") || (!ids.isEmpty() && !ids.contains(m_id)))
        return;
    if (m_dirty) { // keep what is being typed; show where the deal is now
        refreshStage();
        return;
    }
    // An undo, a redo or a move on the board: show what is stored now.
    const auto fresh = loadDealSnapshot(m_session, m_id);
    if (!fresh)
        return;
    m_loaded = *fresh;
    const auto stage = PipelineRepository(m_session).stage(m_loaded.deal.stageId);
    m_stageProbability = stage ? stage->probability : m_stageProbability;
    display(m_loaded);
    loadCustomFields();
    m_timeline->reload();
    m_history->reload();
}

void DealCard::closeEvent(QCloseEvent *event)
{
    if (m_dirty) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"),
            tr("Save the changes to %1 before closing?").arg(m_loaded.deal.title),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

DealCard *openDealCard(const Session &session, qint64 id, QWidget *parent)
{
    QWidget *owner = parent ? parent->window() : nullptr;
    if (owner) {
        const auto cards = owner->findChildren<DealCard *>();
        for (DealCard *card : cards) {
            if (card->dealId() == id) {
                card->raise();
                card->activateWindow();
                return card;
            }
        }
    }
    auto *card = new DealCard(session, id, owner);
    card->setWindowFlag(Qt::Window);
    card->show();
    return card;
}

} // namespace kontor
