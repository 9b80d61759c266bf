#pragma once

#include "model/address.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace kontor {

// Ids are database-generated; 0 means "none" / "not saved yet".

struct ContactEmail
{
    qint64 id = 0;
    QString label = QStringLiteral("work"); // work, home, other
    QString email;
};

struct ContactPhone
{
    qint64 id = 0;
    QString label = QStringLiteral("work"); // work, mobile, home, fax, other
    QString phone;                          // as the user typed it
};

struct ContactMessenger
{
    qint64 id = 0;
    QString kind; // telegram, whatsapp, skype, linkedin, ...
    QString handle;
};

struct Contact
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString title;
    qint64 companyId = 0;
    QString companyName; // read-only, filled by the repository
    qint64 companyRoleId = 0;
    QDate birthday;
    Address address;
    QString source;      // website, email, phone, social, referral, ...
    QString temperature; // "", cold, warm, hot
    QString status = QStringLiteral("lead"); // lead, prospect, customer
    qint64 ownerId = 0;
    QString notes;
    QList<ContactEmail> emails;
    QList<ContactPhone> phones;
    QList<ContactMessenger> messengers;
    QDateTime lastContactedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    // List rows only: the values of the custom-field columns the list asked for (field id ->
    // canonical value, "" when not set). Cards read custom values through their repository.
    QHash<qint64, QString> customColumns;

    QString displayName() const;
    QString primaryEmail() const { return emails.isEmpty() ? QString() : emails.first().email; }
    QString primaryPhone() const { return phones.isEmpty() ? QString() : phones.first().phone; }

    // Editable fields as a flat map, the form the audit log and import undo record.
    QVariantMap fields() const;
};

// Valid values of the enumerated text columns, in display order.
QStringList contactStatuses();
QStringList contactTemperatures();

} // namespace kontor
