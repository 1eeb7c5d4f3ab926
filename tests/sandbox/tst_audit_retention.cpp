// Retention on the CRM side: old audit events go to an archive file and leave the log, the
// anchor keeps the chain's place, and both the rest of the log and the archive still verify.

#include "SandboxTestSupport.h"
#include "core/AuditChain.h"
#include "core/AuditChainVerifier.h"
#include "core/AuditEvent.h"
#include "storage/SqliteDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace opc;
using test::Response;

class AuditRetentionTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;
    QStringList m_hashes; // of the events posted, by seq - 1

    static QByteArray newKey() { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); }

    QString archiveDir() const { return m_dir.filePath(QStringLiteral("archive")); }

    void post(const QString &action)
    {
        AuditEvent event = makeAuditEvent(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          QStringLiteral("u-lead"), action, QStringLiteral("lead"),
                                          { QStringLiteral("7") });
        event.message = QStringLiteral("Заявка «%1»").arg(action);
        const Response stored = m_http->post(QStringLiteral("/api/v1/audit/events"), event.toJson(),
                                             event.id.toLatin1(), test::kLeadToken);
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.json()[QLatin1String("seq")].toInteger(), m_hashes.size() + 1);
        m_hashes.append(stored.json()[QLatin1String("hash")].toString());
    }

    void advanceDays(int days)
    {
        const Response moved = m_http->post(
            QStringLiteral("/api/v1/_sandbox/clock"),
            QJsonObject { { QStringLiteral("advance_days"), days } }, newKey(), test::kAdminToken);
        QCOMPARE(moved.status, 200);
    }

    Response retain()
    {
        return m_http->post(QStringLiteral("/api/v1/_sandbox/audit/retention"), QJsonObject(),
                            newKey(), test::kAdminToken);
    }

    QJsonArray listing()
    {
        return m_http->get(QStringLiteral("/api/v1/audit/events?limit=1000"), test::kLeadToken)
            .json()[QLatin1String("items")]
            .toArray();
    }

    QJsonObject anchor()
    {
        return m_http->get(QStringLiteral("/api/v1/audit/anchor"), test::kLeadToken).json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options
            = test::SandboxThread::demoOptions(m_dir.filePath(QStringLiteral("crm.db")));
        options.auditRetention.days = 30;
        options.auditRetention.archiveDir = archiveDir();
        m_sandbox = std::make_unique<test::SandboxThread>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_http = std::make_unique<test::Http>(m_sandbox->url());
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void nothingYoungIsArchived()
    {
        for (int i = 1; i <= 5; ++i)
            post(QStringLiteral("lead.take.%1").arg(i));
        const Response run = retain();
        QCOMPARE(run.status, 200);
        QCOMPARE(run.json()[QLatin1String("archived")].toInteger(), 0);
        QVERIFY(run.json()[QLatin1String("archive")].isNull());
        QCOMPARE(listing().size(), 5);
        QCOMPARE(anchor()[QLatin1String("seq")].toInteger(), 0);
    }

    void oldEventsGoToTheArchiveAndTheAnchorKeepsTheChain()
    {
        advanceDays(31);
        post(QStringLiteral("lead.release.6"));
        post(QStringLiteral("lead.release.7"));

        const Response run = retain();
        QCOMPARE(run.status, 200);
        QCOMPARE(run.json()[QLatin1String("archived")].toInteger(), 5);
        const QString archivePath = run.json()[QLatin1String("archive")].toString();
        QCOMPARE(QFileInfo(archivePath).fileName(), QStringLiteral("audit-1-5.jsonl"));
        QCOMPARE(QFileInfo(archivePath).absolutePath(), QFileInfo(archiveDir()).absoluteFilePath());

        // The anchor is the last archived event.
        const QJsonObject anchored = anchor();
        QCOMPARE(anchored[QLatin1String("seq")].toInteger(), 5);
        QCOMPARE(anchored[QLatin1String("hash")].toString(), m_hashes.at(4));
        QCOMPARE(anchored[QLatin1String("archive")].toString(), QStringLiteral("audit-1-5.jsonl"));

        // The log holds 6 and 7 and verifies from the anchor; from genesis it would not.
        const QJsonArray rest = listing();
        QCOMPARE(rest.size(), 2);
        AuditChainVerifier fromAnchor;
        fromAnchor.startAfter(5, m_hashes.at(4).toLatin1());
        for (const QJsonValue &event : rest)
            QVERIFY(!fromAnchor.add(event.toObject()));
        QCOMPARE(fromAnchor.checked(), 2);
        AuditChainVerifier fromGenesis;
        QVERIFY(fromGenesis.add(rest.first().toObject()));

        // The archive holds 1..5 with their hashes and verifies from genesis up to the anchor.
        QFile archive(archivePath);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        AuditChainVerifier archived;
        QString lastHash;
        int lines = 0;
        while (!archive.atEnd()) {
            const QJsonObject event = QJsonDocument::fromJson(archive.readLine()).object();
            QVERIFY(!archived.add(event));
            lastHash = event[QLatin1String("hash")].toString();
            ++lines;
        }
        QCOMPARE(lines, 5);
        QCOMPARE(lastHash, m_hashes.at(4));
        QVERIFY(archive.readAll().isEmpty());

        // The derived indexes went with the events: the viewer's total and text search agree.
        const Response grouped = m_http->get(
            QStringLiteral("/api/v1/audit/events?order=grouped&with_total=true"), test::kLeadToken);
        QCOMPARE(grouped.json()[QLatin1String("total")].toInteger(), 2);
        const Response text
            = m_http->get(QStringLiteral("/api/v1/audit/events?with_total=true&text=lead.take"),
                          test::kLeadToken);
        QCOMPARE(text.json()[QLatin1String("total")].toInteger(), 0);
    }

    void deletingOutsideRetentionIsStillRefused()
    {
        QString error;
        const auto db = storage::openSqlite(m_dir.filePath(QStringLiteral("crm.db")),
                                            QStringLiteral("tamper"), &error);
        QVERIFY2(db, qPrintable(error));
        {
            QSqlQuery query(*db);
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 6")));
            QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        }
        storage::closeSqlite(QStringLiteral("tamper"));
        QCOMPARE(listing().size(), 2);
    }

    void theChainContinuesAfterAnEmptiedLog()
    {
        advanceDays(31);
        const Response run = retain();
        QCOMPARE(run.json()[QLatin1String("archived")].toInteger(), 2);
        QVERIFY(run.json()[QLatin1String("archive")].toString().endsWith(
            QStringLiteral("audit-6-7.jsonl")));
        QCOMPARE(listing().size(), 0);
        QCOMPARE(anchor()[QLatin1String("hash")].toString(), m_hashes.at(6));

        // The next event is 8 and names event 7, archived, as its predecessor.
        post(QStringLiteral("lead.take.8"));
        const QJsonArray rest = listing();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first()[QLatin1String("prev_hash")].toString(), m_hashes.at(6));
        AuditChainVerifier fromAnchor;
        fromAnchor.startAfter(7, m_hashes.at(6).toLatin1());
        QVERIFY(!fromAnchor.add(rest.first().toObject()));
    }

    void retentionOffIsAConflict()
    {
        test::SandboxThread plain(test::SandboxThread::demoOptions());
        QString error;
        QVERIFY2(plain.start(&error), qPrintable(error));
        test::Http http(plain.url());
        const Response run = http.post(QStringLiteral("/api/v1/_sandbox/audit/retention"),
                                       QJsonObject(), newKey(), test::kAdminToken);
        QCOMPARE(run.status, 409);
        QVERIFY(run.isError(QStringLiteral("retention_off")));
        // Team leads cannot run it; it is a sandbox control.
        QCOMPARE(http.post(QStringLiteral("/api/v1/_sandbox/audit/retention"), QJsonObject(),
                           newKey(), test::kLeadToken)
                     .status,
                 403);
    }

    void anInMemoryDatabaseNeedsAnArchiveDirectory()
    {
        sandbox::SandboxOptions options = test::SandboxThread::demoOptions();
        options.auditRetention.days = 10;
        test::SandboxThread server(options);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(QStringLiteral("--audit-archive-dir")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(AuditRetentionTest)
#include "tst_audit_retention.moc"
