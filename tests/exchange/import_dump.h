#pragma once
// The base as text, for tests that check an import's dry run, cancel, failure or undo leave
// it exactly as it was.

#include "session.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QSqlRecord>

namespace kontor::test {

// The rows of each query as text, a line per row and "--" after each query.
inline QString queryDump(const Session &s, std::initializer_list<const char *> queries)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    QString out;
    for (const char *sql : queries) {
        SqlStatement q(*conn, QStringLiteral("dump"));
        REQUIRE(q.run(QLatin1String(sql)).ok());
        const int columns = q.query().record().count();
        while (q.next()) {
            for (int i = 0; i < columns; ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        out += QStringLiteral("--\n");
    }
    return out;
}

// Everything an import or its undo may touch, without generated ids of child rows.
inline QString importDump(const Session &s)
{
    return queryDump(s, {
        "SELECT id, first_name, last_name, title, company_id, birthday, street, city, region, postal_code,"
        " country, source, temperature, status, owner_id, notes, last_contacted_at, created_at, updated_at,"
        " deleted_at FROM contacts ORDER BY id",
        "SELECT contact_id, label, email, email_norm, position FROM contact_emails ORDER BY contact_id, position, email",
        "SELECT contact_id, label, phone, phone_digits, position FROM contact_phones ORDER BY contact_id, position, phone",
        "SELECT id, name, legal_name, website, industry, phone, email, city, country, notes, updated_at, deleted_at"
        " FROM companies ORDER BY id",
        "SELECT id, title, pipeline_id, stage_id, status, amount_minor, currency, expected_close, contact_id,"
        " company_id, owner_id, source, lost_reason_id, notes, last_activity_at, updated_at, deleted_at"
        " FROM deals ORDER BY id",
        "SELECT deal_id, from_stage_id, to_stage_id, changed_at FROM deal_stage_history ORDER BY deal_id, id",
        "SELECT id, kind, subject, body, occurred_at, contact_id, deal_id, deleted_at FROM activities ORDER BY id",
        "SELECT id, entity, name, kind FROM custom_fields ORDER BY id",
        "SELECT field_id, entity_id, value FROM custom_values ORDER BY field_id, entity_id",
    });
}

} // namespace kontor::test
