#pragma once
// Names and emails in an import file turned into the ids of records already in the base:
// shared by the deal and activity writers. Not a public API.

#include "import/import_internal.h"

#include <QCoreApplication>
#include <memory>

namespace kontor {
class SqlStatement;
}

namespace kontor::importing::detail {

// The first column of the first row `sql` gives for `binds` (null for no row): a look-up of
// one row of the file, through a statement prepared once per import in `*cached`. `what`:
// the message if it fails.
Result<QVariant> lookUpValue(const QSqlDatabase &conn, std::unique_ptr<SqlStatement> *cached, const QString &sql,
                             const QVariantList &binds, const QString &what);
// The same for an id (a duplicate look-up): 0 for no row.
Result<qint64> lookUpId(const QSqlDatabase &conn, std::unique_ptr<SqlStatement> *cached, const QString &sql,
                        const QVariantList &binds);

// What the reading thread takes from a row of a file that names contacts by e-mail (deals,
// activities) for the chunk's look-ups: the e-mail in the "contact_email" column, if mapped.
struct EmailDraft : RowDraft
{
    QString email;
    static std::unique_ptr<RowDraft> of(const WriterContext &ctx, const QStringList &cells);
    // The well-formed e-mails of a chunk's drafts, for ImportLookups::contactsByEmail().
    static QStringList emailsOf(const std::vector<const RowDraft *> &drafts);
};

struct UserMatch
{
    qint64 id = 0;
    QString problem; // why the text names no single user (listing the users there are)
};

class ImportLookups
{
    // Its messages are looked up under the context lupdate files them in (the class).
    Q_DECLARE_TR_FUNCTIONS(kontor::importing::detail::ImportLookups)

public:
    explicit ImportLookups(const WriterContext &ctx) : m_ctx(ctx) {}

    // The live contact with this email address (any of theirs), 0 when there is none.
    Result<qint64> contactByEmail(const QString &email);
    // The same for the e-mails of a chunk of rows, a query per hundred: the contacts found
    // (contactByEmail() then answers for them without a query).
    Result<QList<qint64>> contactsByEmail(const QStringList &emails);
    // A user by login, display name or email, case-insensitively; active or not.
    Result<UserMatch> user(const QString &text);
    // The live deal with this title (case-insensitive), optionally of this contact; 0 when
    // there is none, and a problem when several deals have it.
    Result<qint64> dealByTitle(const QString &title, qint64 contactId, QString *problem);

private:
    struct User
    {
        qint64 id;
        QString login, name, email;
    };
    WriterContext m_ctx;
    QHash<QString, qint64> m_contacts;
    QList<User> m_users;
    bool m_usersLoaded = false;
};

} // namespace kontor::importing::detail
