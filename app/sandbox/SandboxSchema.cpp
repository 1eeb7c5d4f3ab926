#include "sandbox/SandboxSchema.h"

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

} // namespace

std::vector<storage::Migration> sandboxMigrations()
{
    return { migration1(), migration2(), migration3() };
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
             QStringLiteral("deals"),
             QStringLiteral("deal_stage_history"),
             QStringLiteral("partner_clients"),
             QStringLiteral("partner_lines"),
             QStringLiteral("line_channels") };
}

} // namespace opc::sandbox
