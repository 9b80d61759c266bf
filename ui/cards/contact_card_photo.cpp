// ContactCard: the photo in the header — shown, set from a file, replaced, removed. Every
// change is written at once through ContactPhotoRepository (which checks the image and
// audits the change) and pushed as its own undo step; the card's Save is for the fields.
#include "cards/contact_card.h"

#include "cards/timeline_panel.h"
#include "photos/contact_photos.h"
#include "undo/commands.h"
#include "undo/undo_stack.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

namespace kontor {

namespace {

ContactCard::PhotoFileChooser &photoFileChooser()
{
    static ContactCard::PhotoFileChooser chooser;
    return chooser;
}

QString askForPhotoFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, ContactCard::tr("Choose a Photo"), QString(),
                                        ContactCard::tr("Images (*.jpg *.jpeg *.png *.gif)"));
}

} // namespace

void ContactCard::setPhotoFileChooser(PhotoFileChooser chooser)
{
    photoFileChooser() = std::move(chooser);
}

void ContactCard::loadPhoto()
{
    // Scaled into the header's square; a contact without a photo shows no empty frame.
    QPixmap photo;
    bool stored = false;
    if (const auto found = ContactPhotoRepository(m_session).get(m_id); found && *found) {
        stored = true;
        photo.loadFromData((*found)->bytes);
    }
    m_photo->setPixmap(photo.isNull() ? QPixmap()
                                      : photo.scaled(m_photo->size(), Qt::KeepAspectRatio,
                                                     Qt::SmoothTransformation));
    m_photo->setVisible(!photo.isNull());
    m_changePhoto->setText(stored ? tr("Change Photo…") : tr("Add Photo…"));
    m_removePhoto->setVisible(stored); // even one that cannot be drawn can be removed
    const bool editable = !m_loaded.deletedAt.isValid();
    m_changePhoto->setEnabled(editable);
    m_removePhoto->setEnabled(editable);
}

void ContactCard::choosePhoto()
{
    const PhotoFileChooser &chooser = photoFileChooser();
    const QString path = chooser ? chooser(this) : askForPhotoFile(this);
    if (!path.isEmpty())
        setPhotoFromFile(path);
}

bool ContactCard::setPhotoFromFile(const QString &path)
{
    showError({});
    const QString file = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(tr("The photo was not changed: “%1” cannot be read (%2).").arg(file, in.errorString()));
        return false;
    }
    // A byte past the limit is enough to tell a file that is too large.
    const QByteArray bytes = in.read(ContactPhotoRepository::MaxBytes + 1);
    if (const Status st = ContactPhotoRepository::check(bytes); !st) {
        showError(tr("The photo was not changed: “%1” — %2").arg(file, st.error().message));
        return false;
    }
    const ContactPhotoRepository repo(m_session);
    const auto before = repo.get(m_id);
    if (!before) {
        showError(tr("The photo was not changed: %1").arg(before.error().message));
        return false;
    }
    if (const Status st = repo.set(m_id, bytes); !st) {
        showError(tr("The photo was not changed: %1").arg(st.error().message));
        return false;
    }
    std::optional<QByteArray> was;
    if (*before)
        was = (*before)->bytes;
    m_stack->push(new ContactPhotoCommand(m_stack, m_session, m_id, m_loaded.displayName(), was, bytes));
    return true;
}

void ContactCard::removePhoto()
{
    showError({});
    const ContactPhotoRepository repo(m_session);
    const auto before = repo.get(m_id);
    if (!before || !*before) {
        if (!before)
            showError(tr("The photo was not removed: %1").arg(before.error().message));
        loadPhoto(); // gone already (another window): show that
        return;
    }
    if (const Status st = repo.remove(m_id); !st) {
        showError(tr("The photo was not removed: %1").arg(st.error().message));
        return;
    }
    m_stack->push(new ContactPhotoCommand(m_stack, m_session, m_id, m_loaded.displayName(),
                                          (*before)->bytes, std::nullopt));
}

} // namespace kontor
