#pragma once

#include "session.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace kontor {

struct SearchHit
{
    enum class Kind { Contact, Company, Deal };

    Kind kind = Kind::Contact;
    qint64 id = 0;
    QString title; // the contact's name, the company's name, the deal's title
    QString subtitle; // company / email / phone of a contact, city of a company, deal stage
    double score = 0; // higher is better; comparable within one result list only

    static QString kindName(Kind kind); // "contact", "company", "deal"
};

// The global quick search over live contacts (names in any script with accents folded,
// company, emails, phone digits in any formatting), companies and deals, best first.
class SearchRepository
{
public:
    explicit SearchRepository(Session session)
        : m_session(std::move(session))
    {
    }

    // At most `limit` hits (1..500). Empty text gives an empty list.
    Result<QList<SearchHit>> search(const QString &text, int limit = 20) const;

private:
    Session m_session;
};

} // namespace kontor
