#include "sandbox/SandboxSchema.h"

#include "sandbox/AuditStore.h"

namespace opc::sandbox {

namespace {

// Version 1: everything the demo fixture holds, the idempotency store and the audit log.
// Mutable entities carry `version`, the source of their ETag.
storage::Migration migration1()
{
    return {
        1,
        {
            QStringLiteral(R"(CREATE TABLE users (
            id TEXT PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('agent', 'team_lead', 'admin')),
            token_sha256 TEXT NOT NULL UNIQUE CHECK (length(token_sha256) = 64)))"),
            QStringLiteral(R"(CREATE TABLE regions (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            currency TEXT NOT NULL DEFAULT 'RUB'))"),
            QStringLiteral(R"(CREATE TABLE price_sets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            region_id INTEGER NOT NULL REFERENCES regions(id),
            lesson_price_kopecks INTEGER NOT NULL CHECK (lesson_price_kopecks >= 0)))"),
            QStringLiteral(R"(CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('teacher', 'methodist')),
            name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(R"(CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            is_kids INTEGER NOT NULL DEFAULT 0 CHECK (is_kids IN (0, 1)),
            parent_name TEXT,
            created_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id),
            subject TEXT NOT NULL CHECK (subject IN ('english', 'math')),
            product TEXT NOT NULL CHECK (product IN ('kids', 'adult')),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed')),
            linked_account_id INTEGER REFERENCES accounts(id),
            lessons_taken INTEGER NOT NULL DEFAULT 0 CHECK (lessons_taken >= 0),
            paid_lessons_balance INTEGER NOT NULL DEFAULT 0,
            login_link_allowed INTEGER NOT NULL DEFAULT 0
                CHECK (login_link_allowed = 0 OR subject = 'english'),
            created_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE requests (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            status TEXT NOT NULL CHECK (status IN ('new', 'intro_scheduled', 'intro_done',
                'studying', 'paused', 'duplicate', 'closed')),
            is_duplicate INTEGER NOT NULL DEFAULT 0 CHECK (is_duplicate IN (0, 1)),
            methodist_id INTEGER REFERENCES staff(id),
            teacher_id INTEGER REFERENCES staff(id),
            price_set_id INTEGER REFERENCES price_sets(id),
            region_id INTEGER REFERENCES regions(id),
            intro_lesson_report TEXT NOT NULL DEFAULT '',
            task_after_trial_student TEXT NOT NULL DEFAULT '',
            task_after_trial_teacher TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE request_comments (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES requests(id),
            author TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE request_status_history (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES requests(id),
            status TEXT NOT NULL,
            changed_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE lessons (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            kind TEXT NOT NULL CHECK (kind IN ('intro', 'regular')),
            status TEXT NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled')),
            starts_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE schedules (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            teacher_id INTEGER NOT NULL REFERENCES staff(id),
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
            time TEXT NOT NULL,
            duration_min INTEGER NOT NULL CHECK (duration_min > 0)))"),
            QStringLiteral(R"(CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            medium TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(R"(CREATE TABLE funnels (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE funnel_stages (
            id INTEGER PRIMARY KEY,
            funnel_id INTEGER NOT NULL REFERENCES funnels(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('in_process', 'success', 'failed')),
            sort_order INTEGER NOT NULL CHECK (sort_order BETWEEN 0 AND 10000)))"),
            QStringLiteral(R"(CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL CHECK (type IN ('individual', 'legal')),
            created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE leads (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('call', 'form')),
            status TEXT NOT NULL CHECK (status IN ('free', 'in_work', 'success', 'failure')),
            assignee_id TEXT REFERENCES users(id),
            client_id INTEGER REFERENCES clients(id),
            name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            source_id INTEGER REFERENCES sources(id),
            medium TEXT NOT NULL DEFAULT '',
            utm_source TEXT NOT NULL DEFAULT '',
            utm_medium TEXT NOT NULL DEFAULT '',
            utm_campaign TEXT NOT NULL DEFAULT '',
            utm_content TEXT NOT NULL DEFAULT '',
            utm_term TEXT NOT NULL DEFAULT '',
            google_client_id TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            call_id TEXT,
            call_time TEXT,
            form_request_id TEXT,
            comment TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE deals (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            lead_id INTEGER REFERENCES leads(id),
            funnel_id INTEGER NOT NULL REFERENCES funnels(id),
            stage_id INTEGER NOT NULL REFERENCES funnel_stages(id),
            status TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'individual' CHECK (type IN ('individual', 'legal')),
            amount_kopecks INTEGER NOT NULL DEFAULT 0 CHECK (amount_kopecks >= 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE deal_stage_history (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL REFERENCES deals(id),
            stage_id INTEGER NOT NULL REFERENCES funnel_stages(id),
            entered_at TEXT NOT NULL,
            is_generated INTEGER NOT NULL DEFAULT 0 CHECK (is_generated IN (0, 1))))"),
            QStringLiteral(R"(CREATE TABLE partner_clients (
            id INTEGER PRIMARY KEY,
            account_id TEXT NOT NULL UNIQUE,
            organisation TEXT NOT NULL,
            project TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL,
            chatcoins INTEGER NOT NULL DEFAULT 0 CHECK (chatcoins >= 0),
            waba_packages INTEGER NOT NULL DEFAULT 0 CHECK (waba_packages >= 0),
            partner_created_cabinet INTEGER NOT NULL DEFAULT 0 CHECK (partner_created_cabinet IN (0, 1)),
            access_granted INTEGER NOT NULL DEFAULT 0 CHECK (access_granted IN (0, 1)),
            comment TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE partner_lines (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES partner_clients(id),
            line_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            expires_at TEXT NOT NULL,
            is_nfr INTEGER NOT NULL DEFAULT 0 CHECK (is_nfr IN (0, 1)),
            comment TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral(R"(CREATE TABLE line_channels (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES partner_lines(id),
            channel TEXT NOT NULL CHECK (channel IN ('whatsapp', 'telegram', 'max', 'waba',
                'instagram', 'vk', 'avito', 'viber')),
            connected INTEGER NOT NULL DEFAULT 1 CHECK (connected IN (0, 1))))"),
            QStringLiteral(R"(CREATE TABLE idempotency_keys (
            user_id TEXT NOT NULL,
            key TEXT NOT NULL,
            request_hash TEXT NOT NULL,
            status INTEGER NOT NULL,
            headers TEXT NOT NULL,
            body BLOB NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (user_id, key)))"),
            QStringLiteral(R"(CREATE TABLE audit_events (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            received_at TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            stored_json TEXT NOT NULL))"),
            // Append-only: the chain's promise is only as good as the table's.
            QStringLiteral(R"(CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END)"),
            QStringLiteral(R"(CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END)"),
            QStringLiteral("CREATE INDEX leads_status ON leads(status, id)"),
            QStringLiteral("CREATE INDEX leads_assignee ON leads(assignee_id, id)"),
            QStringLiteral("CREATE INDEX accounts_student ON accounts(student_id)"),
            QStringLiteral("CREATE INDEX requests_account ON requests(account_id)"),
            QStringLiteral("CREATE INDEX partner_lines_client ON partner_lines(client_id)"),
        }
    };
}

// Version 2: what the KIDS account merge (issue 3) relies on. Requests link to the request they
// duplicate; methodists' lessons carry a version for If-Match; login links handed out; merges
// registered on the CRM and the accounts they lock. Merges, their locks and login links are
// written only through the API (a fixture cannot fill them).
storage::Migration migration2()
{
    return { 2,
             {
                 QStringLiteral("ALTER TABLE requests ADD COLUMN duplicate_of INTEGER "
                                "REFERENCES requests(id)"),
                 QStringLiteral(
                     "ALTER TABLE lessons ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
                 QStringLiteral(R"(CREATE TABLE login_links (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            token TEXT NOT NULL UNIQUE,
            created_by TEXT NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE merges (
            operation_id TEXT PRIMARY KEY,
            source_account_id INTEGER NOT NULL REFERENCES accounts(id),
            target_account_id INTEGER NOT NULL REFERENCES accounts(id),
            user_id TEXT NOT NULL REFERENCES users(id),
            status TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'running',
                'finished', 'failed', 'abandoned')),
            completed_steps TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
                 // One row per locked account: an account is locked by at most one merge.
                 QStringLiteral(R"(CREATE TABLE merge_locks (
            account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
            operation_id TEXT NOT NULL REFERENCES merges(operation_id)))"),
                 QStringLiteral("CREATE INDEX lessons_staff ON lessons(staff_id, id)"),
                 QStringLiteral("CREATE INDEX merge_locks_operation ON merge_locks(operation_id)"),
             } };
}

// Version 3: the rest of what the merge steps touch. Requests keep the e-mail, phone and child
// name they were registered with; comments name the user who wrote them; an account's schedule
// carries its own version (the ETag of GET/PUT/DELETE .../schedule); teachers' requests and
// letters, and paid-lesson transfers between accounts. The three new tables are written only
// through the API (a fixture cannot fill them).
storage::Migration migration3()
{
    return { 3,
             {
                 QStringLiteral("ALTER TABLE requests ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE requests ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral(
                     "ALTER TABLE requests ADD COLUMN child_name TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE request_comments ADD COLUMN author_id TEXT "
                                "REFERENCES users(id)"),
                 QStringLiteral("ALTER TABLE accounts ADD COLUMN schedule_version INTEGER NOT "
                                "NULL DEFAULT 1"),
                 QStringLiteral(R"(CREATE TABLE teacher_requests (
            id INTEGER PRIMARY KEY,
            teacher_id INTEGER NOT NULL REFERENCES staff(id),
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            message TEXT NOT NULL,
            created_by TEXT NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE teacher_letters (
            id INTEGER PRIMARY KEY,
            teacher_id INTEGER NOT NULL REFERENCES staff(id),
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            subject TEXT NOT NULL,
            text TEXT NOT NULL,
            created_by TEXT NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE balance_transfers (
            id INTEGER PRIMARY KEY,
            from_account_id INTEGER NOT NULL REFERENCES accounts(id),
            to_account_id INTEGER NOT NULL REFERENCES accounts(id),
            lessons INTEGER NOT NULL CHECK (lessons > 0),
            created_by TEXT NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL))"),
                 QStringLiteral("CREATE INDEX teacher_requests_teacher ON teacher_requests("
                                "teacher_id, id)"),
                 QStringLiteral(
                     "CREATE INDEX teacher_letters_teacher ON teacher_letters(teacher_id, id)"),
                 QStringLiteral("CREATE INDEX request_comments_request ON request_comments("
                                "request_id, id)"),
                 QStringLiteral("CREATE INDEX schedules_account ON schedules(account_id)"),
             } };
}

// Version 4: lead handling (issue 4). Leads get the status `duplicate` (a repeat that only logs
// itself on the deal it duplicates), the time the lead came in, normalised phone and e-mail
// (opc::leads::normalizePhone / normalizeEmail, filled in by prepareLeadData() for rows a
// fixture or an older version wrote), a lowercase search text and the global change sequence
// that `GET /api/v1/leads/changes` polls. SQLite cannot change a CHECK in place, so `leads` is
// rebuilt; deals' links to leads are set aside meanwhile, because dropping the old table with
// foreign keys on would otherwise count as deleting the leads they point to. Orders (one per
// new lead, with its attribution), deal tasks and comments (what a duplicate adds), lead
// comments, the lead settings and status-group mapping, the log of lead changes and the
// call-tracking record of each deal (seed 002). The indexes keep the duplicate lookup and the
// queues independent of the number of deals.
storage::Migration migration4()
{
    return { 4,
             {
                 QStringLiteral("CREATE TABLE m4_deal_leads AS SELECT id, lead_id FROM deals "
                                "WHERE lead_id IS NOT NULL"),
                 QStringLiteral("UPDATE deals SET lead_id = NULL WHERE lead_id IS NOT NULL"),
                 QStringLiteral(R"(CREATE TABLE leads_v4 (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('call', 'form')),
            status TEXT NOT NULL CHECK (status IN ('free', 'in_work', 'success', 'failure',
                'duplicate')),
            assignee_id TEXT REFERENCES users(id),
            client_id INTEGER REFERENCES clients(id),
            name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            source_id INTEGER REFERENCES sources(id),
            medium TEXT NOT NULL DEFAULT '',
            utm_source TEXT NOT NULL DEFAULT '',
            utm_medium TEXT NOT NULL DEFAULT '',
            utm_campaign TEXT NOT NULL DEFAULT '',
            utm_content TEXT NOT NULL DEFAULT '',
            utm_term TEXT NOT NULL DEFAULT '',
            google_client_id TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            call_id TEXT,
            call_time TEXT,
            form_request_id TEXT,
            comment TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            received_at TEXT,
            phone_norm TEXT,
            email_norm TEXT,
            search_text TEXT,
            duplicate_of_deal INTEGER REFERENCES deals(id),
            change_seq INTEGER NOT NULL DEFAULT 0))"),
                 QStringLiteral(
                     "INSERT INTO leads_v4 (id, kind, status, assignee_id, client_id, name, phone, "
                     "email, source_id, medium, utm_source, utm_medium, utm_campaign, utm_content, "
                     "utm_term, google_client_id, tags, call_id, call_time, form_request_id, "
                     "comment, created_at, version) SELECT id, kind, status, assignee_id, "
                     "client_id, name, phone, email, source_id, medium, utm_source, utm_medium, "
                     "utm_campaign, utm_content, utm_term, google_client_id, tags, call_id, "
                     "call_time, form_request_id, comment, created_at, version FROM leads"),
                 QStringLiteral("DROP TABLE leads"),
                 QStringLiteral("ALTER TABLE leads_v4 RENAME TO leads"),
                 QStringLiteral("UPDATE deals SET lead_id = (SELECT m.lead_id FROM m4_deal_leads m "
                                "WHERE m.id = deals.id) WHERE id IN (SELECT id FROM "
                                "m4_deal_leads)"),
                 QStringLiteral("DROP TABLE m4_deal_leads"),
                 QStringLiteral("CREATE INDEX leads_status ON leads(status, id)"),
                 QStringLiteral("CREATE INDEX leads_assignee ON leads(assignee_id, id)"),
                 QStringLiteral("CREATE INDEX leads_change_seq ON leads(change_seq)"),
                 QStringLiteral("CREATE INDEX leads_call_id ON leads(call_id)"),
                 QStringLiteral("CREATE INDEX leads_form_request_id ON leads(form_request_id)"),
                 QStringLiteral("CREATE INDEX leads_phone_norm ON leads(phone_norm)"),
                 QStringLiteral("ALTER TABLE clients ADD COLUMN phone_norm TEXT"),
                 QStringLiteral("ALTER TABLE clients ADD COLUMN email_norm TEXT"),
                 QStringLiteral("CREATE INDEX clients_phone_norm ON clients(phone_norm)"),
                 QStringLiteral("CREATE INDEX clients_email_norm ON clients(email_norm)"),
                 QStringLiteral("ALTER TABLE funnels ADD COLUMN is_default INTEGER NOT NULL "
                                "DEFAULT 0 CHECK (is_default IN (0, 1))"),
                 QStringLiteral(R"(CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            lead_id INTEGER REFERENCES leads(id),
            status TEXT NOT NULL DEFAULT 'new',
            type TEXT NOT NULL DEFAULT 'individual' CHECK (type IN ('individual', 'legal')),
            source TEXT NOT NULL DEFAULT '',
            medium TEXT NOT NULL DEFAULT '',
            utm_source TEXT NOT NULL DEFAULT '',
            utm_medium TEXT NOT NULL DEFAULT '',
            utm_campaign TEXT NOT NULL DEFAULT '',
            utm_content TEXT NOT NULL DEFAULT '',
            utm_term TEXT NOT NULL DEFAULT '',
            google_client_id TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            amount_kopecks INTEGER NOT NULL DEFAULT 0 CHECK (amount_kopecks >= 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
                 QStringLiteral("ALTER TABLE deals ADD COLUMN order_id INTEGER REFERENCES "
                                "orders(id)"),
                 QStringLiteral("ALTER TABLE deal_stage_history ADD COLUMN amount_kopecks "
                                "INTEGER"),
                 QStringLiteral("ALTER TABLE deal_stage_history ADD COLUMN user_id TEXT "
                                "REFERENCES users(id)"),
                 QStringLiteral(R"(CREATE TABLE deal_tasks (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL REFERENCES deals(id),
            lead_id INTEGER REFERENCES leads(id),
            text TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            created_by TEXT REFERENCES users(id),
            created_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE deal_comments (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL REFERENCES deals(id),
            lead_id INTEGER REFERENCES leads(id),
            author TEXT NOT NULL,
            author_id TEXT REFERENCES users(id),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE lead_comments (
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id),
            author TEXT NOT NULL,
            author_id TEXT REFERENCES users(id),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
                 // One row (id 1); without it the defaults of opc::leads::DuplicateSettings and
                 // StatusGroupMapping::defaultMapping() apply.
                 QStringLiteral(R"(CREATE TABLE lead_settings (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            by_phone INTEGER NOT NULL DEFAULT 1 CHECK (by_phone IN (0, 1)),
            by_email INTEGER NOT NULL DEFAULT 1 CHECK (by_email IN (0, 1)),
            period_days INTEGER NOT NULL DEFAULT 0 CHECK (period_days BETWEEN 0 AND 365),
            only_in_processing INTEGER NOT NULL DEFAULT 1 CHECK (only_in_processing IN (0, 1)),
            action TEXT NOT NULL DEFAULT 'comment' CHECK (action IN ('task', 'comment')),
            version INTEGER NOT NULL DEFAULT 1))"),
                 QStringLiteral(R"(CREATE TABLE order_status_groups (
            status TEXT PRIMARY KEY,
            status_group TEXT NOT NULL CHECK (status_group IN ('not_counted', 'in_work', 'paid',
                'cancelled'))))"),
                 QStringLiteral(R"(CREATE TABLE lead_changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            lead_id INTEGER NOT NULL REFERENCES leads(id),
            kind TEXT NOT NULL CHECK (kind IN ('new', 'take', 'release', 'status', 'comment')),
            user_id TEXT REFERENCES users(id),
            changed_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE call_tracking_deals (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL UNIQUE REFERENCES deals(id),
            lead_id INTEGER REFERENCES leads(id),
            external_id TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'PENDING',
            amount_kopecks INTEGER NOT NULL DEFAULT 0 CHECK (amount_kopecks >= 0),
            status_changed_at TEXT,
            completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
                 // The duplicate lookup: clients by normalised phone / e-mail, then their deals
                 // newest first from the period's start.
                 QStringLiteral("CREATE INDEX deals_client_created ON deals(client_id, "
                                "created_at)"),
                 QStringLiteral("CREATE INDEX deals_lead ON deals(lead_id)"),
                 QStringLiteral("CREATE INDEX deals_funnel_stage ON deals(funnel_id, stage_id)"),
                 QStringLiteral("CREATE INDEX deal_stage_history_deal ON deal_stage_history("
                                "deal_id, id)"),
                 QStringLiteral("CREATE INDEX deal_tasks_deal ON deal_tasks(deal_id, id)"),
                 QStringLiteral("CREATE INDEX deal_comments_deal ON deal_comments(deal_id, id)"),
                 QStringLiteral("CREATE INDEX lead_comments_lead ON lead_comments(lead_id, id)"),
                 QStringLiteral("CREATE INDEX orders_client ON orders(client_id)"),
                 QStringLiteral("CREATE INDEX orders_lead ON orders(lead_id)"),
                 QStringLiteral("CREATE INDEX sources_name ON sources(name)"),
             } };
}

// The platform's price list for partners (seed 003): a price per channel and month, and one per
// ChatCoins package, in kopecks.
storage::Migration migration5()
{
    return { 5,
             {
                 QStringLiteral(R"(CREATE TABLE partner_prices (
            kind TEXT NOT NULL CHECK (kind IN ('channel', 'chatcoins')),
            item TEXT NOT NULL CHECK (item <> ''),
            price_kopecks INTEGER NOT NULL CHECK (price_kopecks >= 0),
            PRIMARY KEY (kind, item)))"),
             } };
}

// Version 6: partner purchases and their consequences (issue 5, seed 003). Clients gain an
// e-mail (notifications name it); a line may be attached to a project of its own (NULL: the
// client's) and an NFR line remembers that it ended, so a payment reported later does not revive
// it. The partner's profile (one row), orders with the lines they touched, client payments
// (reward and NFR renewal), reward withdrawals and notifications. Orders, withdrawals and
// notifications are written only through the API.
storage::Migration migration6()
{
    return { 6,
             {
                 QStringLiteral("ALTER TABLE partner_clients ADD COLUMN email TEXT NOT NULL "
                                "DEFAULT ''"),
                 QStringLiteral("ALTER TABLE partner_lines ADD COLUMN project TEXT"),
                 QStringLiteral("ALTER TABLE partner_lines ADD COLUMN nfr_ended INTEGER NOT NULL "
                                "DEFAULT 0 CHECK (nfr_ended IN (0, 1))"),
                 QStringLiteral(R"(CREATE TABLE partner_profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'none'
                CHECK (status IN ('none', 'official', 'gold', 'technology')),
            reward_balance_kopecks INTEGER NOT NULL DEFAULT 0 CHECK (reward_balance_kopecks >= 0),
            version INTEGER NOT NULL DEFAULT 1))"),
                 QStringLiteral(R"(CREATE TABLE partner_orders (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('buy', 'renew', 'add_channels')),
            client_id INTEGER REFERENCES partner_clients(id),
            months INTEGER,
            payment_method TEXT CHECK (payment_method IN ('card', 'invoice')),
            subtotal_kopecks INTEGER NOT NULL CHECK (subtotal_kopecks >= 0),
            total_kopecks INTEGER NOT NULL CHECK (total_kopecks >= 0),
            quote_json TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE partner_order_lines (
            order_id INTEGER NOT NULL REFERENCES partner_orders(id),
            line_id INTEGER NOT NULL REFERENCES partner_lines(id),
            PRIMARY KEY (order_id, line_id)))"),
                 QStringLiteral(R"(CREATE TABLE partner_client_payments (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES partner_clients(id),
            amount_kopecks INTEGER NOT NULL CHECK (amount_kopecks > 0),
            paid_at TEXT NOT NULL,
            reward_kopecks INTEGER NOT NULL DEFAULT 0 CHECK (reward_kopecks >= 0),
            created_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE partner_withdrawals (
            id INTEGER PRIMARY KEY,
            amount_kopecks INTEGER NOT NULL CHECK (amount_kopecks > 0),
            currency TEXT NOT NULL CHECK (currency = 'RUB'),
            status TEXT NOT NULL CHECK (status IN ('requested')),
            requested_by TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE partner_notifications (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('line_expiring', 'line_expired',
                'channel_connected', 'channel_disconnected')),
            line_id INTEGER NOT NULL REFERENCES partner_lines(id),
            line_code TEXT NOT NULL,
            client_id INTEGER NOT NULL,
            client_account_id TEXT NOT NULL,
            client_email TEXT NOT NULL,
            organisation TEXT NOT NULL,
            project TEXT NOT NULL,
            channel TEXT,
            expires_at TEXT,
            created_at TEXT NOT NULL,
            read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1))))"),
                 // An expiry notice is sent once per line and expiry date: the sweep inserts it
                 // with OR IGNORE every time it runs.
                 QStringLiteral("CREATE UNIQUE INDEX partner_notifications_once ON "
                                "partner_notifications(line_id, kind, expires_at) WHERE kind IN "
                                "('line_expiring', 'line_expired')"),
                 QStringLiteral("CREATE INDEX partner_notifications_unread ON "
                                "partner_notifications(read)"),
                 QStringLiteral("CREATE INDEX partner_client_payments_paid ON "
                                "partner_client_payments(paid_at)"),
             } };
}

// Version 7: acting as a partner's client (seed 003 §6). The one-time sign-in links into a
// client's cabinet handed out by POST /partner/clients/{id}/act-as, each valid 10 minutes by the
// sandbox clock. Written only through the API.
storage::Migration migration7()
{
    return { 7,
             {
                 QStringLiteral(R"(CREATE TABLE partner_act_as_links (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES partner_clients(id),
            token TEXT NOT NULL UNIQUE,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL))"),
                 QStringLiteral("CREATE INDEX partner_act_as_links_client ON "
                                "partner_act_as_links(client_id)"),
             } };
}

// Version 8: the audit viewer (issue 6). What the filters and the grouped order read, derived
// from the hash-chained `audit_events` (AuditStore writes both): `audit_index` (one row per
// event; group_seq is the seq of its operation's first event), its entity ids, the free text
// (FTS5 with the trigram tokenizer: a case-insensitive substring, Cyrillic included) and the
// actions seen. Retention (AuditRetention.h) archives old events: `audit_anchor` keeps the last
// archived seq and hash so the rest still verifies, and deletion is allowed only while a
// retention run holds `audit_retention_gate`.
storage::Migration migration8()
{
    const QString all = QStringLiteral("1");
    return { 8,
             {
                 QStringLiteral(R"(CREATE TABLE audit_index (
            seq INTEGER PRIMARY KEY,
            group_seq INTEGER NOT NULL,
            operation_id TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            received_at TEXT NOT NULL))"),
                 QStringLiteral("CREATE INDEX audit_index_grouped ON audit_index(group_seq DESC, "
                                "seq)"),
                 QStringLiteral("CREATE INDEX audit_index_actor ON audit_index(actor, group_seq "
                                "DESC, seq)"),
                 QStringLiteral("CREATE INDEX audit_index_action ON audit_index(action, "
                                "group_seq DESC, seq)"),
                 QStringLiteral("CREATE INDEX audit_index_operation ON audit_index(operation_id, "
                                "seq)"),
                 QStringLiteral("CREATE INDEX audit_index_occurred ON audit_index(occurred_at)"),
                 QStringLiteral(R"(CREATE TABLE audit_entities (
            entity_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (entity_id, seq)) WITHOUT ROWID)"),
                 QStringLiteral("CREATE VIRTUAL TABLE audit_search USING fts5(body, "
                                "tokenize = 'trigram')"),
                 QStringLiteral("CREATE TABLE audit_actions (action TEXT PRIMARY KEY) WITHOUT "
                                "ROWID"),
                 QStringLiteral(R"(CREATE TABLE audit_anchor (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seq INTEGER NOT NULL,
            hash TEXT NOT NULL,
            archived_at TEXT NOT NULL,
            archive TEXT NOT NULL))"),
                 QStringLiteral("CREATE TABLE audit_retention_gate (open INTEGER NOT NULL)"),
                 QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                 QStringLiteral(
                     R"(CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
            WHEN NOT EXISTS (SELECT 1 FROM audit_retention_gate)
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END)"),
                 // One statement over the whole log: INSERT ... SELECT reads a snapshot, so
                 // the per-event lookup of AuditStore would not see the operation's first row.
                 QStringLiteral(
                     "INSERT INTO audit_index (seq, group_seq, operation_id, actor, action, "
                     "occurred_at, received_at) SELECT seq, CASE WHEN op = '' THEN seq ELSE "
                     "MIN(seq) OVER (PARTITION BY op) END, op, actor, action, occurred, "
                     "received_at FROM (SELECT seq, json_extract(stored_json, '$.operation_id') "
                     "AS op, actor, action, json_extract(stored_json, '$.occurred_at') AS "
                     "occurred, received_at FROM audit_events)"),
                 AuditStore::indexEntitiesSql(all),
                 AuditStore::indexSearchSql(all),
                 AuditStore::indexActionsSql(all),
             } };
}

// Version 9: the chain's order filtered by agent or by action (what the export and
// verification page through) from an index, instead of rescanning the agent's or the action's
// events for every page.
storage::Migration migration9()
{
    return { 9,
             {
                 QStringLiteral("CREATE INDEX audit_index_actor_seq ON audit_index(actor, seq)"),
                 QStringLiteral("CREATE INDEX audit_index_action_seq ON audit_index(action, seq)"),
             } };
}

} // namespace

std::vector<storage::Migration> sandboxMigrations()
{
    return { migration1(), migration2(), migration3(), migration4(), migration5(),
             migration6(), migration7(), migration8(), migration9() };
}

QStringList fixtureTables()
{
    return { QStringLiteral("users"),
             QStringLiteral("regions"),
             QStringLiteral("price_sets"),
             QStringLiteral("staff"),
             QStringLiteral("students"),
             QStringLiteral("accounts"),
             QStringLiteral("requests"),
             QStringLiteral("request_comments"),
             QStringLiteral("request_status_history"),
             QStringLiteral("lessons"),
             QStringLiteral("schedules"),
             QStringLiteral("sources"),
             QStringLiteral("funnels"),
             QStringLiteral("funnel_stages"),
             QStringLiteral("clients"),
             QStringLiteral("leads"),
             QStringLiteral("orders"),
             QStringLiteral("deals"),
             QStringLiteral("deal_stage_history"),
             QStringLiteral("deal_tasks"),
             QStringLiteral("deal_comments"),
             QStringLiteral("lead_comments"),
             QStringLiteral("call_tracking_deals"),
             QStringLiteral("lead_settings"),
             QStringLiteral("order_status_groups"),
             QStringLiteral("partner_clients"),
             QStringLiteral("partner_lines"),
             QStringLiteral("line_channels"),
             QStringLiteral("partner_prices"),
             QStringLiteral("partner_profile"),
             QStringLiteral("partner_client_payments") };
}

} // namespace opc::sandbox
