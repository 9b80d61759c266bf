// The schema of Kontor, as ordered migrations. Never edit a step that has shipped: add one.
//
// Conventions (see Dialect): ids {PK}/{ID}; instants {TS} = epoch seconds UTC; dates {DATE};
// money {MONEY} = minor units (cents) beside a currency code; flags INTEGER 0/1.
// Things users delete are soft-deleted: deleted_at / deleted_by put them in the trash.
#include "storage/fold_keys.h"
#include "storage/migrations.h"

#include "contacts/schema_contacts.h"
#include "funnel/schema_funnel.h"
#include "import/deal_stage_undo.h"
#include "photos/contact_photos.h"
#include "reports/schema_reports.h"
#include "search/schema_search.h"
#include "tasks/schema_tasks.h"

namespace kontor {

namespace {

// Step 1: every table of the domain described in DESIGN.md.
Migration domainTables()
{
    Migration m{1, QStringLiteral("domain tables"), {}, {}, {}};
    m.statements = QStringList{
        QStringLiteral("CREATE TABLE users ("
                       " id {PK},"
                       " login TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL,"
                       " email TEXT,"
                       " role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('admin','manager','rep')),"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " created_at {TS} NOT NULL DEFAULT {NOW})"),
        QStringLiteral("CREATE TABLE companies ("
                       " id {PK},"
                       " name TEXT NOT NULL,"
                       " legal_name TEXT, website TEXT, industry TEXT, phone TEXT, email TEXT,"
                       " street TEXT, city TEXT, region TEXT, postal_code TEXT, country TEXT,"
                       " source TEXT,"
                       " owner_id {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " notes TEXT,"
                       " created_at {TS} NOT NULL DEFAULT {NOW},"
                       " updated_at {TS} NOT NULL DEFAULT {NOW},"
                       " deleted_at {TS},"
                       " deleted_by {ID} REFERENCES users(id) ON DELETE SET NULL)"),
        // The editable list of roles a person can hold at a company.
        QStringLiteral("CREATE TABLE company_roles ("
                       " id {PK}, name TEXT NOT NULL UNIQUE, position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE contacts ("
                       " id {PK},"
                       " first_name TEXT NOT NULL DEFAULT '',"
                       " last_name TEXT NOT NULL DEFAULT '',"
                       " title TEXT,"
                       " company_id {ID} REFERENCES companies(id) ON DELETE SET NULL,"
                       " company_role_id {ID} REFERENCES company_roles(id) ON DELETE SET NULL,"
                       " birthday {DATE},"
                       " street TEXT, city TEXT, region TEXT, postal_code TEXT, country TEXT,"
                       " source TEXT,"
                       " temperature TEXT CHECK (temperature IN ('cold','warm','hot')),"
                       " status TEXT NOT NULL DEFAULT 'lead' CHECK (status IN ('lead','prospect','customer')),"
                       " owner_id {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " notes TEXT,"
                       " last_contacted_at {TS},"
                       " created_at {TS} NOT NULL DEFAULT {NOW},"
                       " updated_at {TS} NOT NULL DEFAULT {NOW},"
                       " deleted_at {TS},"
                       " deleted_by {ID} REFERENCES users(id) ON DELETE SET NULL)"),
        // email_norm / phone_digits are the match keys for search and duplicate detection.
        QStringLiteral("CREATE TABLE contact_emails ("
                       " id {PK},"
                       " contact_id {ID} NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                       " label TEXT NOT NULL DEFAULT 'work',"
                       " email TEXT NOT NULL,"
                       " email_norm TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE contact_phones ("
                       " id {PK},"
                       " contact_id {ID} NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                       " label TEXT NOT NULL DEFAULT 'work',"
                       " phone TEXT NOT NULL,"
                       " phone_digits TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE contact_messengers ("
                       " id {PK},"
                       " contact_id {ID} NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " handle TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE tags ("
                       " id {PK}, name TEXT NOT NULL UNIQUE, color TEXT)"),
        QStringLiteral("CREATE TABLE contact_tags ("
                       " contact_id {ID} NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                       " tag_id {ID} NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (contact_id, tag_id))"),
        QStringLiteral("CREATE TABLE company_tags ("
                       " company_id {ID} NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                       " tag_id {ID} NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (company_id, tag_id))"),
        QStringLiteral("CREATE TABLE custom_fields ("
                       " id {PK},"
                       " entity TEXT NOT NULL CHECK (entity IN ('contact','company','deal')),"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('text','number','date','bool','choice','multichoice')),"
                       " options TEXT,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " created_at {TS} NOT NULL DEFAULT {NOW},"
                       " deleted_at {TS},"
                       " deleted_by {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " UNIQUE (entity, name))"),
        // Values as text in a canonical form per kind (ISO date, '.' decimal, JSON array).
        QStringLiteral("CREATE TABLE custom_values ("
                       " field_id {ID} NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,"
                       " entity_id {ID} NOT NULL,"
                       " value TEXT,"
                       " PRIMARY KEY (field_id, entity_id))"),
        QStringLiteral("CREATE TABLE pipelines ("
                       " id {PK},"
                       " name TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " created_at {TS} NOT NULL DEFAULT {NOW},"
                       " deleted_at {TS},"
                       " deleted_by {ID} REFERENCES users(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE stages ("
                       " id {PK},"
                       " pipeline_id {ID} NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),"
                       " kind TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open','won','lost')),"
                       " rot_days INTEGER CHECK (rot_days IS NULL OR rot_days > 0),"
                       " deleted_at {TS})"),
        QStringLiteral("CREATE TABLE lost_reasons ("
                       " id {PK}, name TEXT NOT NULL UNIQUE, position INTEGER NOT NULL DEFAULT 0,"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE deals ("
                       " id {PK},"
                       " title TEXT NOT NULL,"
                       " pipeline_id {ID} NOT NULL REFERENCES pipelines(id),"
                       " stage_id {ID} NOT NULL REFERENCES stages(id),"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','won','lost')),"
                       " amount_minor {MONEY} NOT NULL DEFAULT 0,"
                       " currency TEXT NOT NULL DEFAULT 'EUR',"
                       " probability INTEGER CHECK (probability IS NULL OR probability BETWEEN 0 AND 100),"
                       " expected_close {DATE},"
                       " contact_id {ID} REFERENCES contacts(id) ON DELETE SET NULL,"
                       " company_id {ID} REFERENCES companies(id) ON DELETE SET NULL,"
                       " owner_id {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " source TEXT,"
                       " lost_reason_id {ID} REFERENCES lost_reasons(id) ON DELETE SET NULL,"
                       " lost_note TEXT,"
                       " stage_entered_at {TS} NOT NULL DEFAULT {NOW},"
                       " last_activity_at {TS},"
                       " board_position {REAL} NOT NULL DEFAULT 0,"
                       " closed_at {TS},"
                       " notes TEXT,"
                       " created_at {TS} NOT NULL DEFAULT {NOW},"
                       " updated_at {TS} NOT NULL DEFAULT {NOW},"
                       " deleted_at {TS},"
                       " deleted_by {ID} REFERENCES users(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE deal_tags ("
                       " deal_id {ID} NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                       " tag_id {ID} NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (deal_id, tag_id))"),
        QStringLiteral("CREATE TABLE deal_contacts ("
                       " deal_id {ID} NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                       " contact_id {ID} NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                       " role TEXT,"
                       " PRIMARY KEY (deal_id, contact_id))"),
        // One row per stage change, written in the same transaction as the move.
        QStringLiteral("CREATE TABLE deal_stage_history ("
                       " id {PK},"
                       " deal_id {ID} NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                       " from_stage_id {ID} REFERENCES stages(id),"
                       " to_stage_id {ID} NOT NULL REFERENCES stages(id),"
                       " changed_by {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " changed_at {TS} NOT NULL DEFAULT {NOW})"),
        QStringLiteral("CREATE TABLE products ("
                       " id {PK},"
                       " name TEXT NOT NULL,"
                       " sku TEXT UNIQUE,"
                       " unit_price_minor {MONEY} NOT NULL DEFAULT 0,"
                       " currency TEXT NOT NULL DEFAULT 'EUR',"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " created_at {TS} NOT NULL DEFAULT {NOW},"
                       " deleted_at {TS},"
                       " deleted_by {ID} REFERENCES users(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE deal_items ("
                       " id {PK},"
                       " deal_id {ID} NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                       " product_id {ID} REFERENCES products(id) ON DELETE SET NULL,"
                       " name TEXT NOT NULL,"
                       " quantity {REAL} NOT NULL DEFAULT 1 CHECK (quantity >= 0),"
                       " unit_price_minor {MONEY} NOT NULL DEFAULT 0,"
                       " discount_pct {REAL} NOT NULL DEFAULT 0 CHECK (discount_pct BETWEEN 0 AND 100),"
                       " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE activities ("
                       " id {PK},"
                       " kind TEXT NOT NULL CHECK (kind IN ('call','email','meeting','note')),"
                       " subject TEXT,"
                       " body TEXT,"
                       " occurred_at {TS} NOT NULL,"
                       " duration_min INTEGER,"
                       " direction TEXT CHECK (direction IS NULL OR direction IN ('in','out')),"
                       " outcome TEXT,"
                       " contact_id {ID} REFERENCES contacts(id) ON DELETE SET NULL,"
                       " company_id {ID} REFERENCES companies(id) ON DELETE SET NULL,"
                       " deal_id {ID} REFERENCES deals(id) ON DELETE SET NULL,"
                       " user_id {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " created_at {TS} NOT NULL DEFAULT {NOW},"
                       " deleted_at {TS},"
                       " deleted_by {ID} REFERENCES users(id) ON DELETE SET NULL)"),
        // A task assigned to several people is one row per person sharing a group.
        QStringLiteral("CREATE TABLE task_groups ("
                       " id {PK}, title TEXT NOT NULL,"
                       " created_by {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " created_at {TS} NOT NULL DEFAULT {NOW})"),
        QStringLiteral("CREATE TABLE tasks ("
                       " id {PK},"
                       " title TEXT NOT NULL,"
                       " notes TEXT,"
                       " kind TEXT NOT NULL DEFAULT 'todo',"
                       " due_at {TS},"
                       " all_day INTEGER NOT NULL DEFAULT 0,"
                       " duration_min INTEGER,"
                       " priority INTEGER NOT NULL DEFAULT 0,"
                       " remind_at {TS},"
                       " reminded_at {TS},"
                       " recurrence TEXT,"
                       " contact_id {ID} REFERENCES contacts(id) ON DELETE SET NULL,"
                       " company_id {ID} REFERENCES companies(id) ON DELETE SET NULL,"
                       " deal_id {ID} REFERENCES deals(id) ON DELETE SET NULL,"
                       " assignee_id {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " creator_id {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " group_id {ID} REFERENCES task_groups(id) ON DELETE SET NULL,"
                       " done_at {TS},"
                       " outcome TEXT,"
                       " created_at {TS} NOT NULL DEFAULT {NOW},"
                       " updated_at {TS} NOT NULL DEFAULT {NOW},"
                       " deleted_at {TS},"
                       " deleted_by {ID} REFERENCES users(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE import_batches ("
                       " id {PK},"
                       " entity TEXT NOT NULL,"
                       " source_name TEXT NOT NULL,"
                       " format TEXT,"
                       " options TEXT,"
                       " user_id {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " status TEXT NOT NULL DEFAULT 'running'"
                       "  CHECK (status IN ('running','committed','undone','failed')),"
                       " created_count INTEGER NOT NULL DEFAULT 0,"
                       " updated_count INTEGER NOT NULL DEFAULT 0,"
                       " skipped_count INTEGER NOT NULL DEFAULT 0,"
                       " rejected_count INTEGER NOT NULL DEFAULT 0,"
                       " started_at {TS} NOT NULL DEFAULT {NOW},"
                       " finished_at {TS},"
                       " undone_at {TS})"),
        // What an import did to each record: created it, or updated it from `before_values`
        // (JSON of the fields it overwrote), so Undo import can reverse both.
        QStringLiteral("CREATE TABLE import_batch_items ("
                       " id {PK},"
                       " batch_id {ID} NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,"
                       " entity TEXT NOT NULL,"
                       " entity_id {ID} NOT NULL,"
                       " action TEXT NOT NULL CHECK (action IN ('created','updated')),"
                       " before_values TEXT,"
                       " source_row INTEGER)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id {PK},"
                       " at {TS} NOT NULL DEFAULT {NOW},"
                       " user_id {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id {ID} NOT NULL,"
                       " action TEXT NOT NULL,"
                       " changes TEXT,"
                       " batch_id {ID} REFERENCES import_batches(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE saved_filters ("
                       " id {PK},"
                       " name TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " definition TEXT NOT NULL,"
                       " owner_id {ID} REFERENCES users(id) ON DELETE CASCADE,"
                       " shared INTEGER NOT NULL DEFAULT 0,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " created_at {TS} NOT NULL DEFAULT {NOW},"
                       " deleted_at {TS},"
                       " deleted_by {ID} REFERENCES users(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE sales_plans ("
                       " id {PK},"
                       " user_id {ID} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " period_start {DATE} NOT NULL,"
                       " period_end {DATE} NOT NULL,"
                       " amount_minor {MONEY} NOT NULL DEFAULT 0,"
                       " currency TEXT NOT NULL DEFAULT 'EUR',"
                       " UNIQUE (user_id, period_start, period_end, currency))"),
    };
    return m;
}

// Step 2: indexes for the lists, boards and keys, and the data every database starts with.
Migration indexesAndDefaults()
{
    Migration m{2, QStringLiteral("indexes and default data"), {}, {}, {}};
    m.statements = QStringList{
        QStringLiteral("CREATE INDEX contacts_by_name ON contacts (last_name, first_name, id)"),
        QStringLiteral("CREATE INDEX contacts_by_company ON contacts (company_id)"),
        QStringLiteral("CREATE INDEX contacts_by_owner ON contacts (owner_id)"),
        QStringLiteral("CREATE INDEX contact_emails_by_contact ON contact_emails (contact_id)"),
        QStringLiteral("CREATE INDEX contact_emails_by_norm ON contact_emails (email_norm)"),
        QStringLiteral("CREATE INDEX contact_phones_by_contact ON contact_phones (contact_id)"),
        QStringLiteral("CREATE INDEX contact_phones_by_digits ON contact_phones (phone_digits)"),
        QStringLiteral("CREATE INDEX contact_messengers_by_contact ON contact_messengers (contact_id)"),
        QStringLiteral("CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id)"),
        QStringLiteral("CREATE INDEX companies_by_name ON companies (name, id)"),
        QStringLiteral("CREATE INDEX stages_by_pipeline ON stages (pipeline_id, position)"),
        QStringLiteral("CREATE INDEX deals_by_stage ON deals (stage_id, board_position)"),
        QStringLiteral("CREATE INDEX deals_by_pipeline ON deals (pipeline_id, status)"),
        QStringLiteral("CREATE INDEX deals_by_owner ON deals (owner_id)"),
        QStringLiteral("CREATE INDEX deals_by_contact ON deals (contact_id)"),
        QStringLiteral("CREATE INDEX deals_by_company ON deals (company_id)"),
        QStringLiteral("CREATE INDEX deal_history_by_deal ON deal_stage_history (deal_id, changed_at)"),
        QStringLiteral("CREATE INDEX deal_items_by_deal ON deal_items (deal_id)"),
        QStringLiteral("CREATE INDEX activities_by_contact ON activities (contact_id, occurred_at)"),
        QStringLiteral("CREATE INDEX activities_by_company ON activities (company_id, occurred_at)"),
        QStringLiteral("CREATE INDEX activities_by_deal ON activities (deal_id, occurred_at)"),
        QStringLiteral("CREATE INDEX activities_by_user ON activities (user_id, occurred_at)"),
        QStringLiteral("CREATE INDEX tasks_by_assignee ON tasks (assignee_id, due_at)"),
        QStringLiteral("CREATE INDEX tasks_by_contact ON tasks (contact_id)"),
        QStringLiteral("CREATE INDEX tasks_by_deal ON tasks (deal_id)"),
        QStringLiteral("CREATE INDEX import_items_by_batch ON import_batch_items (batch_id)"),
        QStringLiteral("CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, at)"),
        QStringLiteral("CREATE INDEX custom_values_by_entity ON custom_values (entity_id)"),

        // The local user every single-user database works as (id 1).
        QStringLiteral("INSERT INTO users (login, display_name, role) VALUES ('local', 'Me', 'admin')"),
        QStringLiteral("INSERT INTO company_roles (name, position) VALUES"
                       " ('Director', 1), ('Decision maker', 2), ('Buyer', 3), ('Influencer', 4),"
                       " ('Accountant', 5), ('Lawyer', 6)"),
        QStringLiteral("INSERT INTO lost_reasons (name, position) VALUES"
                       " ('Price too high', 1), ('Chose a competitor', 2), ('No budget', 3),"
                       " ('No decision', 4), ('Bad timing', 5), ('Other', 6)"),
        QStringLiteral("INSERT INTO pipelines (name, position) VALUES ('Sales', 1)"),
        QStringLiteral("INSERT INTO stages (pipeline_id, name, position, probability, kind, rot_days)"
                       " SELECT id, 'Lead in', 1, 10, 'open', 14 FROM pipelines WHERE name = 'Sales'"),
        QStringLiteral("INSERT INTO stages (pipeline_id, name, position, probability, kind, rot_days)"
                       " SELECT id, 'Qualified', 2, 25, 'open', 14 FROM pipelines WHERE name = 'Sales'"),
        QStringLiteral("INSERT INTO stages (pipeline_id, name, position, probability, kind, rot_days)"
                       " SELECT id, 'Proposal sent', 3, 50, 'open', 10 FROM pipelines WHERE name = 'Sales'"),
        QStringLiteral("INSERT INTO stages (pipeline_id, name, position, probability, kind, rot_days)"
                       " SELECT id, 'Negotiation', 4, 75, 'open', 7 FROM pipelines WHERE name = 'Sales'"),
        QStringLiteral("INSERT INTO stages (pipeline_id, name, position, probability, kind)"
                       " SELECT id, 'Won', 5, 100, 'won' FROM pipelines WHERE name = 'Sales'"),
        QStringLiteral("INSERT INTO stages (pipeline_id, name, position, probability, kind)"
                       " SELECT id, 'Lost', 6, 0, 'lost' FROM pipelines WHERE name = 'Sales'"),
    };
    return m;
}

Migration importLookupMigration()
{
    // Imports find a company (contacts, deals) and a deal by its name or title ignoring
    // case, once per distinct name in the file: without these, each look-up read the whole
    // table, and a file naming thousands of companies read it thousands of times.
    Migration m{11, QStringLiteral("case-insensitive look-ups for imports"), {}, {}, {}};
    m.statements = {
        QStringLiteral("CREATE INDEX IF NOT EXISTS companies_by_lower_name ON companies (lower(name))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS deals_by_lower_title ON deals (lower(title))")};
    return m;
}

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> steps{domainTables(), indexesAndDefaults(),
                                              searchMigration(), funnelMigration(),
                                              searchPhoneTrigramMigration(),
                                              tasksMigration(), reportsMigration(),
                                              stageStaysMigration(),
                                              contactsReviewMigration(),
                                              managersIndexMigration(),
                                              importLookupMigration(),
                                              foldKeysMigration(),
                                              contactPhotosMigration(),
                                              dealExternalIdMigration(),
                                              contactSortMigration(),
                                              fullCaseFoldMigration(),
                                              contactNameKeysMigration(),
                                              contactSurnameKeyMigration(),
                                              searchDeferMigration()};
    return steps;
}

} // namespace kontor
