// `operator-cli audit verify` (issue 6 §3) against a real crm-sandbox whose SQLite file the test
// tampers with directly, as someone with access to the CRM's database could: an intact log
// exits 0; a changed field, a deleted event and reordered events each exit 1 naming the first
// bad event; agents are refused; bad usage exits 2.

#include "CliRunner.h"
#include "core/AuditEvent.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace opc;
using namespace opc::test;

namespace {

constexpr int kEvents = 6;

// Runs SQL on the sandbox's database file behind its back, the append-only triggers dropped
// first (they stop the CRM's own code, not someone with the file).
bool tamper(const QString &dbPath, const QStringList &statements, QString *error)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        ok = db.open();
        QStringList all { QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_update"),
                          QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_delete") };
        all << statements;
        for (const QString &statement : std::as_const(all)) {
            if (!ok)
                break;
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                *error = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestCliAudit final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_crm;
    QString m_db;

    CliRun verify(const QString &token, const QStringList &extra = {}) const
    {
        return runCli(QStringList { QStringLiteral("--crm"), m_crm.url().toString() } + extra
                          + QStringList { QStringLiteral("audit"), QStringLiteral("verify") },
                      {}, withToken(token));
    }

    // A fresh sandbox on a new database file with kEvents events recorded by the team lead.
    bool startWithEvents()
    {
        m_crm.kill();
        m_db = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)
                              + QStringLiteral(".sqlite"));
        if (!m_crm.start(m_db)) {
            qWarning("%s", qPrintable(m_crm.error()));
            return false;
        }
        auto lead = clientFor(m_crm.url(), kLeadToken);
        for (int i = 0; i < kEvents; ++i) {
            AuditEvent event = makeAuditEvent(QStringLiteral("op-%1").arg(i),
                                              QStringLiteral("u-lead"), QStringLiteral("lead.take"),
                                              QStringLiteral("lead"), { QString::number(i + 1) });
            event.result = QStringLiteral("ok");
            if (!call(*lead, auditEventPost(event)).ok())
                return false;
        }
        return true;
    }

    // The sequence number of the lead's `n`-th event (the sign-in and fixture events come first).
    qint64 seqOfEvent(int n) const
    {
        QString error;
        const QList<QJsonObject> events
            = auditEventsWithAction(m_crm.url(), QStringLiteral("lead.take"), &error);
        return n < events.size() ? events.at(n)[QLatin1String("seq")].toInteger() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void intactLog()
    {
        QVERIFY(startWithEvents());
        const CliRun run = verify(kLeadToken);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("intact"), qPrintable(run.describe()));
        const CliRun json = verify(kAdminToken, { QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject answer = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(answer[QLatin1String("intact")].toBool(), true);
        QVERIFY(answer[QLatin1String("checked")].toInteger() >= kEvents);
    }

    void changedFieldIsNamed()
    {
        QVERIFY(startWithEvents());
        const qint64 seq = seqOfEvent(2);
        QVERIFY(seq > 0);
        QString error;
        QVERIFY2(tamper(m_db,
                        { QStringLiteral("UPDATE audit_events SET stored_json = "
                                         "replace(stored_json, 'lead.take', 'lead.release') "
                                         "WHERE seq = %1")
                              .arg(seq) },
                        &error),
                 qPrintable(error));
        const CliRun run = verify(kLeadToken);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QByteArray("event ") + QByteArray::number(seq) + " ("),
                 qPrintable(run.describe()));
        QVERIFY2(run.err.contains("changed"), qPrintable(run.describe()));

        const CliRun json = verify(kLeadToken, { QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 1);
        const QJsonObject bad = QJsonDocument::fromJson(json.out)
                                    .object()[QLatin1String("first_bad_event")]
                                    .toObject();
        QCOMPARE(bad[QLatin1String("seq")].toInteger(), seq);
    }

    void deletedEventIsNamed()
    {
        QVERIFY(startWithEvents());
        const qint64 seq = seqOfEvent(3);
        QVERIFY(seq > 0);
        QString error;
        QVERIFY2(tamper(m_db,
                        { QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(seq) },
                        &error),
                 qPrintable(error));
        const CliRun run = verify(kLeadToken);
        QCOMPARE(run.exitCode, 1);
        // The break shows at the event after the deleted one.
        QVERIFY2(run.err.contains(QByteArray("event ") + QByteArray::number(seq + 1) + " ("),
                 qPrintable(run.describe()));
    }

    void reorderedEventsAreNamed()
    {
        QVERIFY(startWithEvents());
        const qint64 first = seqOfEvent(1);
        const qint64 second = seqOfEvent(2);
        QVERIFY(first > 0 && second == first + 1);
        QString error;
        QVERIFY2(
            tamper(
                m_db,
                { QStringLiteral("UPDATE audit_events SET seq = -1 WHERE seq = %1").arg(first),
                  QStringLiteral("UPDATE audit_events SET seq = %1 WHERE seq = %2")
                      .arg(first)
                      .arg(second),
                  QStringLiteral("UPDATE audit_events SET seq = %1 WHERE seq = -1").arg(second) },
                &error),
            qPrintable(error));
        const CliRun run = verify(kLeadToken);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("out of order"), qPrintable(run.describe()));
    }

    // Retention archived the log's head: verification starts at the anchor and still finds a
    // change in what is left.
    void archivedLogVerifiesFromItsAnchor()
    {
        m_crm.kill();
        m_db = m_dir.filePath(QStringLiteral("retained.sqlite"));
        const QString archive = m_dir.filePath(QStringLiteral("archive"));
        QVERIFY2(m_crm.start(m_db, QStringLiteral("demo"),
                             { QStringLiteral("--enable-faults"),
                               QStringLiteral("--audit-retention-days"), QStringLiteral("30"),
                               QStringLiteral("--audit-archive-dir"), archive }),
                 qPrintable(m_crm.error()));
        auto lead = clientFor(m_crm.url(), kLeadToken);
        const auto record = [&](int n) {
            AuditEvent event = makeAuditEvent(QStringLiteral("op-%1").arg(n),
                                              QStringLiteral("u-lead"), QStringLiteral("lead.take"),
                                              QStringLiteral("lead"), { QString::number(n) });
            return call(*lead, auditEventPost(event)).ok();
        };
        for (int i = 0; i < kEvents; ++i)
            QVERIFY(record(i));
        QVERIFY(sandboxControl(m_crm.url(), QStringLiteral("/api/v1/_sandbox/clock"),
                               { { QStringLiteral("advance_days"), 31 } })
                    .ok());
        QVERIFY(record(100));
        QVERIFY(record(101));
        const crm::CrmResult retained = sandboxControl(
            m_crm.url(), QStringLiteral("/api/v1/_sandbox/audit/retention"), QJsonObject());
        QVERIFY(retained.ok());
        const qint64 anchor
            = retained.body[QLatin1String("anchor")][QLatin1String("seq")].toInteger();
        QVERIFY(anchor >= kEvents);

        const CliRun json = verify(kLeadToken, { QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject answer = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(answer[QLatin1String("checked")].toInteger(), 2);
        QCOMPARE(answer[QLatin1String("archived_through")].toInteger(), anchor);
        const CliRun text = verify(kLeadToken);
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains(QByteArray::number(anchor)), qPrintable(text.describe()));

        // The archive checks from genesis and ends exactly at the anchor.
        const QString archiveFile = retained.body[QLatin1String("archive")].toString();
        const CliRun withArchive = verify(
            kLeadToken, { QStringLiteral("--json"), QStringLiteral("--archive"), archiveFile });
        QVERIFY2(withArchive.exitCode == 0, qPrintable(withArchive.describe()));
        QCOMPARE(QJsonDocument::fromJson(withArchive.out)
                     .object()[QLatin1String("archived_checked")]
                     .toInteger(),
                 anchor);
        const CliRun archiveText = verify(kLeadToken, { QStringLiteral("--archive"), archiveFile });
        QVERIFY2(archiveText.exitCode == 0 && archiveText.out.contains("archives are intact"),
                 qPrintable(archiveText.describe()));
        // A changed event in (a copy of) the archive is named with its file.
        QFile original(archiveFile);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray content = original.readAll();
        const QString changedFile = m_dir.filePath(QStringLiteral("changed-archive.jsonl"));
        QFile changed(changedFile);
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(content.replace("lead.take", "lead.grab"));
        changed.close();
        const CliRun badArchive = verify(kLeadToken, { QStringLiteral("--archive"), changedFile });
        QCOMPARE(badArchive.exitCode, 1);
        QVERIFY2(badArchive.isOneLineFailure() && badArchive.err.contains("changed-archive"),
                 qPrintable(badArchive.describe()));
        const CliRun missingArchive = verify(
            kLeadToken, { QStringLiteral("--archive"), m_dir.filePath(QStringLiteral("none")) });
        QCOMPARE(missingArchive.exitCode, 1);
        QVERIFY2(missingArchive.err.contains("none"), qPrintable(missingArchive.describe()));

        // The first event after the anchor changed: named, as in a log never archived.
        QString error;
        QVERIFY2(tamper(m_db,
                        { QStringLiteral("UPDATE audit_events SET stored_json = "
                                         "replace(stored_json, 'lead.take', 'lead.release') "
                                         "WHERE seq = %1")
                              .arg(anchor + 1) },
                        &error),
                 qPrintable(error));
        const CliRun broken = verify(kLeadToken);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QByteArray("event ") + QByteArray::number(anchor + 1) + " ("),
                 qPrintable(broken.describe()));

        // Someone with the database deletes the first remaining event and moves the anchor over
        // it, as if it had been archived: the log alone still verifies from the new anchor, the
        // archives do not end there.
        QVERIFY2(
            tamper(m_db,
                   { QStringLiteral("UPDATE audit_anchor SET seq = %1, hash = (SELECT hash "
                                    "FROM audit_events WHERE seq = %1)")
                         .arg(anchor + 1),
                     QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(anchor + 1),
                     QStringLiteral("DELETE FROM audit_index WHERE seq = %1").arg(anchor + 1) },
                   &error),
            qPrintable(error));
        const CliRun forged = verify(kLeadToken, { QStringLiteral("--archive"), archiveFile });
        QCOMPARE(forged.exitCode, 1);
        QVERIFY2(forged.isOneLineFailure() && forged.err.contains("missing"),
                 qPrintable(forged.describe()));
    }

    void agentsAreRefused()
    {
        QVERIFY(startWithEvents());
        const CliRun run = verify(kAgentToken);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
    }

    void badUsage()
    {
        QVERIFY(startWithEvents());
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("audit") },
               QStringList { QStringLiteral("audit"), QStringLiteral("frobnicate") } }) {
            const CliRun run = runCli(
                QStringList { QStringLiteral("--crm"), m_crm.url().toString() } + arguments, {},
                withToken(kLeadToken));
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
            QVERIFY(run.err.contains("audit verify"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
