#include "CliRunner.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace opc::test;

// login → whoami → logout against a real, unlocked gnome-keyring (run by with-keyring.sh in a
// private D-Bus session and HOME): the token really goes through the system keychain, and the
// sign-in is recorded in the CRM's audit log by the shared sign-in flow.
class TestCliKeychain final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;

    QString crm() const { return m_sandbox.url().toString(); }

    QList<QJsonObject> signIns(const QString &program)
    {
        auto lead = clientFor(m_sandbox.url(), kLeadToken);
        opc::crm::CrmRequest request;
        request.path = QStringLiteral("/api/v1/audit/events");
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        QList<QJsonObject> found;
        for (const QJsonValue &item : call(*lead, request).body[QLatin1String("items")].toArray()) {
            const QJsonObject event = item.toObject();
            if (event[QLatin1String("action")] == QLatin1String("session.sign_in")
                && event[QLatin1String("after")][QLatin1String("program")] == program)
                found << event;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("OPC_TEST_KEYRING"),
                 "run through tests/keychain/with-keyring.sh (ctest does)");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    }

    void loginWhoamiLogout()
    {
        // Nothing stored yet: whoami without a token is bad input (2), with a hint.
        CliRun run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("whoami") });
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY(run.err.contains("login"));

        // A refused token is not stored.
        run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("--token-stdin"),
                       QStringLiteral("login") },
                     "wrong-token\n");
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));

        run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("--token-stdin"),
                       QStringLiteral("login") },
                     "demo-lead-token\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(run.out.contains("keychain"));
        const QList<QJsonObject> events = signIns(QStringLiteral("operator-cli"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[QLatin1String("actor")].toString(), QStringLiteral("u-lead"));

        // Now the keychain gives the token; whoami records nothing.
        run = runCli(
            { QStringLiteral("--crm"), crm(), QStringLiteral("--json"), QStringLiteral("whoami") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out).object()[QLatin1String("role")].toString(),
                 QStringLiteral("team_lead"));
        QCOMPARE(signIns(QStringLiteral("operator-cli")).size(), 1);

        run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("logout") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains("removed"));

        run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("whoami") });
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));

        // Logging out twice is fine: nothing is stored either way.
        run = runCli(
            { QStringLiteral("--crm"), crm(), QStringLiteral("--json"), QStringLiteral("logout") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out).object()[QLatin1String("removed")].toBool(true),
                 false);
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
