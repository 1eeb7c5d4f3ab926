#include "crm/CrmClient.h"
#include "operations/AuditRecorder.h"
#include "operations/EmbeddedSandbox.h"
#include "operations/SessionStart.h"
#include "operations/SignIn.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace opc;
using namespace opc::test;

// The sign-in operations shared by the console and operator-cli, against a real crm-sandbox
// process: verifyToken, startSession (which records the sign-in) and the in-process sandbox.
class TestOperations final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    struct Verified {
        int calls = 0;
        ops::SignInResult result;
    };

    std::shared_ptr<Verified> verify(crm::CrmClient &client, const QUrl &url, const QString &token)
    {
        auto verified = std::make_shared<Verified>();
        ops::verifyToken(&client, url, token, this, [verified](const ops::SignInResult &result) {
            ++verified->calls;
            verified->result = result;
        });
        return verified;
    }

    struct Started {
        int calls = 0;
        ops::SessionStartResult result;
    };

    std::shared_ptr<Started> start(const QString &token, const QString &outbox, QObject *context)
    {
        auto started = std::make_shared<Started>();
        ops::SessionOptions options;
        options.crmUrl = m_sandbox.url();
        options.token = token;
        options.auditOutboxPath = m_dir.filePath(outbox);
        ops::startSession(options, context, [started](ops::SessionStartResult result) {
            ++started->calls;
            started->result = std::move(result);
        });
        return started;
    }

    // The stored audit events of one action by one actor, page by page.
    QList<QJsonObject> storedEvents(const QString &action, const QString &actor)
    {
        auto lead = clientFor(m_sandbox.url(), kLeadToken);
        crm::CrmRequest request;
        request.path = QStringLiteral("/api/v1/audit/events");
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        QList<QJsonObject> found;
        for (int page = 0; page < 1000; ++page) {
            const crm::CrmResult result = call(*lead, request);
            for (const QJsonValue &item : result.body[QLatin1String("items")].toArray()) {
                const QJsonObject event = item.toObject();
                if (event[QLatin1String("action")] == action
                    && event[QLatin1String("actor")] == actor)
                    found << event;
            }
            const QString next = result.body[QLatin1String("next_cursor")].toString();
            if (next.isEmpty())
                break;
            request.query.removeAllQueryItems(QStringLiteral("cursor"));
            request.query.addQueryItem(QStringLiteral("cursor"), next);
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    }

    void verifiesEachDemoToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("id");
        QTest::addColumn<Role>("role");
        QTest::newRow("agent") << kAgentToken << QStringLiteral("u-agent") << Role::Agent;
        QTest::newRow("lead") << kLeadToken << QStringLiteral("u-lead") << Role::TeamLead;
        QTest::newRow("admin") << kAdminToken << QStringLiteral("u-admin") << Role::Admin;
    }

    void verifiesEachDemoToken()
    {
        QFETCH(QString, token);
        QFETCH(QString, id);
        QFETCH(Role, role);
        crm::CrmClient client;
        const auto verified = verify(client, m_sandbox.url(), token);
        QTRY_COMPARE_WITH_TIMEOUT(verified->calls, 1, 20000);
        QVERIFY2(verified->result.user, qPrintable(verified->result.message));
        QCOMPARE(verified->result.user->id, id);
        QCOMPARE(verified->result.user->role, role);
        QVERIFY(!verified->result.user->displayName.isEmpty());
        QCOMPARE(client.baseUrl(), m_sandbox.url());
        QTest::qWait(50);
        QCOMPARE(verified->calls, 1);
    }

    void refusesAWrongToken()
    {
        crm::CrmClient client;
        const auto verified = verify(client, m_sandbox.url(), QStringLiteral("not-a-token"));
        QTRY_COMPARE_WITH_TIMEOUT(verified->calls, 1, 20000);
        QVERIFY(!verified->result.user);
        QVERIFY(verified->result.error);
        QCOMPARE(verified->result.error->kind, crm::ErrorKind::Unauthorized);
        QVERIFY(verified->result.message.contains(QLatin1String("refused this token")));
    }

    // Answered without a request, but still later, through the event loop, exactly once.
    void answersBadInputWithoutARequest_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("token");
        QTest::newRow("empty url") << QUrl() << kAgentToken;
        QTest::newRow("ftp url") << QUrl(QStringLiteral("ftp://127.0.0.1/")) << kAgentToken;
        QTest::newRow("no host") << QUrl(QStringLiteral("http:///x")) << kAgentToken;
        QTest::newRow("empty token") << m_sandbox.url() << QString();
        QTest::newRow("blank token") << m_sandbox.url() << QStringLiteral("  ");
    }

    void answersBadInputWithoutARequest()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, token);
        crm::CrmClient client;
        const auto verified = verify(client, url, token);
        QCOMPARE(verified->calls, 0); // never synchronously
        QTRY_COMPARE(verified->calls, 1);
        QVERIFY(!verified->result.user);
        QVERIFY(!verified->result.error); // no CRM was asked
        QVERIFY(!verified->result.message.isEmpty());
        QVERIFY(!client.hasToken());
    }

    void reportsAnUnreachableCrm()
    {
        SandboxProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.error()));
        const QUrl url = gone.url();
        gone.kill();
        crm::CrmClient client;
        const auto verified = verify(client, url, kAgentToken);
        QTRY_COMPARE_WITH_TIMEOUT(verified->calls, 1, 30000);
        QVERIFY(!verified->result.user);
        QVERIFY(verified->result.error);
        QCOMPARE(verified->result.error->kind, crm::ErrorKind::Network);
        QVERIFY(!verified->result.message.isEmpty());
    }

    // The shared sign-in flow builds the session and records "session.sign_in" in the CRM.
    void startSessionRecordsTheSignIn()
    {
        const int before = storedEvents(QStringLiteral("session.sign_in"), kAgentId).size();
        const auto started = start(kAgentToken, QStringLiteral("start.sqlite"), this);
        QTRY_COMPARE_WITH_TIMEOUT(started->calls, 1, 20000);
        QVERIFY2(started->result.session, qPrintable(started->result.message));
        ops::Session &session = *started->result.session;
        QCOMPARE(session.user().id, kAgentId);
        QCOMPARE(session.crmUrl(), m_sandbox.url());
        QVERIFY(session.connection());
        QVERIFY(session.audit());
        QVERIFY(!session.isSandbox());
        QCOMPARE(session.tokenStorage(), secrets::TokenStorage::MemoryOnly);
        QTRY_COMPARE_WITH_TIMEOUT(session.audit()->pendingCount(), 0, 20000);

        const QList<QJsonObject> events = storedEvents(QStringLiteral("session.sign_in"), kAgentId);
        QCOMPARE(events.size(), before + 1);
        const QJsonObject after = events.last()[QLatin1String("after")].toObject();
        QCOMPARE(after[QLatin1String("login")].toString(), QStringLiteral("agent"));
        QCOMPARE(after[QLatin1String("role")].toString(), QStringLiteral("agent"));
        QCOMPARE(after[QLatin1String("crm_url")].toString(), m_sandbox.url().toString());
    }

    void startSessionRefusesAWrongTokenAndRecordsNothing()
    {
        const auto started = start(QStringLiteral("wrong"), QStringLiteral("wrong.sqlite"), this);
        QTRY_COMPARE_WITH_TIMEOUT(started->calls, 1, 20000);
        QVERIFY(!started->result.session);
        QVERIFY(started->result.error);
        QCOMPARE(started->result.error->kind, crm::ErrorKind::Unauthorized);
        QVERIFY(!started->result.message.isEmpty());
    }

    void startSessionReportsAnOutboxThatCannotBeOpened()
    {
        // A folder where the outbox file should be: SQLite cannot open it.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("occupied.sqlite")));
        const auto started = start(kLeadToken, QStringLiteral("occupied.sqlite"), this);
        QTRY_COMPARE_WITH_TIMEOUT(started->calls, 1, 20000);
        QVERIFY(!started->result.session);
        QVERIFY(started->result.message.contains(QLatin1String("audit journal")));
    }

    // The caller goes away mid-sign-in: nothing is delivered and nothing crashes.
    void startSessionDeliversNothingToADeadContext()
    {
        auto context = std::make_unique<QObject>();
        const auto started = start(kAgentToken, QStringLiteral("dead.sqlite"), context.get());
        context.reset();
        QTest::qWait(1500);
        QCOMPARE(started->calls, 0);
    }

    // `--sandbox`: the same server in-process, on its own thread; a client signs in against it.
    void embeddedSandboxServesTheContract()
    {
        auto sandbox = std::make_unique<ops::EmbeddedSandbox>();
        sandbox::SandboxOptions options;
        options.fixture = QStringLiteral("demo");
        bool answered = false;
        ops::EmbeddedSandbox::Started started;
        sandbox->start(options, this, [&](const ops::EmbeddedSandbox::Started &result) {
            answered = true;
            started = result;
        });
        QCOMPARE(answered, false);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY2(started.ok, qPrintable(started.error));
        QCOMPARE(started.url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(started.url.port() > 0);

        crm::CrmClient client;
        const auto verified = verify(client, started.url, kLeadToken);
        QTRY_COMPARE_WITH_TIMEOUT(verified->calls, 1, 20000);
        QVERIFY2(verified->result.user, qPrintable(verified->result.message));
        QCOMPARE(verified->result.user->role, Role::TeamLead);

        sandbox.reset(); // stops the server and joins its thread
        const auto afterStop = verify(client, started.url, kLeadToken);
        QTRY_COMPARE_WITH_TIMEOUT(afterStop->calls, 1, 30000);
        QVERIFY(afterStop->result.error);
        QCOMPARE(afterStop->result.error->kind, crm::ErrorKind::Network);
    }

    void embeddedSandboxReportsAFailedStart()
    {
        ops::EmbeddedSandbox first;
        sandbox::SandboxOptions options;
        bool answered = false;
        ops::EmbeddedSandbox::Started started;
        first.start(options, this, [&](const ops::EmbeddedSandbox::Started &result) {
            answered = true;
            started = result;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(started.ok);

        // The same port again: taken.
        ops::EmbeddedSandbox second;
        options.port = quint16(started.url.port());
        answered = false;
        second.start(options, this, [&](const ops::EmbeddedSandbox::Started &result) {
            answered = true;
            started = result;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(!started.ok);
        QVERIFY(!started.error.isEmpty());
    }

    void embeddedSandboxDefaultDatabaseIsInTheDataFolder()
    {
        const QString path = ops::EmbeddedSandbox::defaultDatabasePath();
        QVERIFY(path.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(path.endsWith(QLatin1String(".sqlite")));
    }

    void outboxPathsAreKeptApartPerCrmAndUser()
    {
        const QUrl a(QStringLiteral("https://crm-a.example.org"));
        const QUrl b(QStringLiteral("https://crm-b.example.org"));
        const QString base
            = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                  .filePath(QStringLiteral("OperatorConsole/"));
        const QString aAgent
            = ops::AuditRecorder::defaultOutboxPath(a, false, QStringLiteral("u1"));
        QVERIFY(aAgent.startsWith(base));
        QCOMPARE(ops::AuditRecorder::defaultOutboxPath(a, false, QStringLiteral("u1")), aAgent);
        QVERIFY(ops::AuditRecorder::defaultOutboxPath(a, false, QStringLiteral("u2")) != aAgent);
        QVERIFY(ops::AuditRecorder::defaultOutboxPath(b, false, QStringLiteral("u1")) != aAgent);
        // The sandbox's port changes every start; its outbox does not.
        QCOMPARE(ops::AuditRecorder::defaultOutboxPath(QUrl(QStringLiteral("http://127.0.0.1:1")),
                                                       true, QStringLiteral("u1")),
                 ops::AuditRecorder::defaultOutboxPath(QUrl(QStringLiteral("http://127.0.0.1:2")),
                                                       true, QStringLiteral("u1")));
    }

    // The console and operator-cli share one outbox per CRM and user, whatever the program's
    // name: an event one of them left undelivered goes out with whichever signs in next.
    void outboxPathIsSharedByTheConsoleAndTheCli()
    {
        const QString ownName = QCoreApplication::applicationName();
        const QUrl crm(QStringLiteral("https://crm.example.org"));
        QStringList paths;
        for (const QString &program :
             { QStringLiteral("operator-console"), QStringLiteral("operator-cli") }) {
            QCoreApplication::setApplicationName(program);
            paths << ops::AuditRecorder::defaultOutboxPath(crm, false, QStringLiteral("u1"))
                  << ops::AuditRecorder::defaultOutboxPath(crm, true, QStringLiteral("u1"))
                  << ops::AuditRecorder::defaultOutboxPath();
        }
        QCoreApplication::setApplicationName(ownName);
        QCOMPARE(paths.mid(3), paths.mid(0, 3));
        QVERIFY(!paths.first().contains(QLatin1String("operator-c")));
    }

    // What `operator-cli login` waits for: the sign-in event, not the events the CRM refused
    // before (more than a batch of them). They are kept and counted apart, and offered again
    // only after the sign-in event went out.
    void startSessionIsNotHeldUpByRefusedEvents()
    {
        constexpr int kRefused = 120;
        const QString outbox = QStringLiteral("refused-before.sqlite");
        {
            // An earlier run: its events had an actor the CRM refuses.
            auto client = clientFor(m_sandbox.url(), kAgentToken);
            ops::AuditRecorder earlier(client.get(), m_dir.filePath(outbox));
            bool opened = false;
            earlier.open(this, [&](const QString &error) { opened = error.isEmpty(); });
            QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
            int recorded = 0;
            for (int i = 0; i < kRefused; ++i) {
                AuditEvent event
                    = makeAuditEvent(QStringLiteral("op-test"), QStringLiteral("u-somebody-else"),
                                     QStringLiteral("test.refused"), QStringLiteral("account"), {});
                earlier.record(event, this, [&](const QString &) { ++recorded; });
            }
            QTRY_COMPARE_WITH_TIMEOUT(recorded, kRefused, 30000);
            // Refused: no longer waiting for delivery, counted apart.
            QTRY_COMPARE_WITH_TIMEOUT(earlier.pendingCount(), 0, 30000);
            QTRY_COMPARE(earlier.refusedCount(), kRefused);
        }

        const int before = storedEvents(QStringLiteral("session.sign_in"), kAgentId).size();
        const auto started = start(kAgentToken, outbox, this);
        QTRY_COMPARE_WITH_TIMEOUT(started->calls, 1, 20000);
        QVERIFY2(started->result.session, qPrintable(started->result.message));
        ops::AuditRecorder *audit = started->result.session->audit();
        QTRY_COMPARE_WITH_TIMEOUT(audit->pendingCount(), 0, 5000);
        QCOMPARE(storedEvents(QStringLiteral("session.sign_in"), kAgentId).size(), before + 1);
        QCOMPARE(audit->refusedCount(), kRefused);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
