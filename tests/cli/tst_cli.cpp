#include "CliRunner.h"
#include "support/SandboxProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace opc::test;

// The built operator-cli, run as a script runs it, against a separately started crm-sandbox:
// what it prints, its exit codes (0 success, 1 operational failure, 2 bad usage or input) and
// that every failure is exactly one line on standard error.
class TestCli final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;

    QString crm() const { return m_sandbox.url().toString(); }

    // No keychain at all: a session bus that leads nowhere (as tst_keychain_unavailable).
    QProcessEnvironment noKeychain() const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=%1/no-such-bus").arg(m_home.path()));
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    }

    void printsItsVersion()
    {
        const CliRun run = runCli({ QStringLiteral("--version") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.startsWith("operator-cli "));
        QVERIFY(run.out.trimmed().count(' ') == 1);
        QVERIFY(run.out.contains('.'));
        QVERIFY(run.err.isEmpty());
    }

    void printsHelpWithEveryCommand()
    {
        const CliRun run = runCli({ QStringLiteral("--help") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        for (const char *word : { "whoami", "login", "logout", "--crm", "--sandbox",
                                  "--token-stdin", "--json", "OPERATOR_CRM_TOKEN" })
            QVERIFY2(run.out.contains(word), word);
        QVERIFY(run.err.isEmpty());
    }

    void whoamiShowsEachDemoUser_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("role");
        QTest::newRow("agent") << QStringLiteral("demo-agent-token") << QStringLiteral("u-agent")
                               << QStringLiteral("agent") << QStringLiteral("agent");
        QTest::newRow("lead") << QStringLiteral("demo-lead-token") << QStringLiteral("u-lead")
                              << QStringLiteral("lead") << QStringLiteral("team_lead");
        QTest::newRow("admin") << QStringLiteral("demo-admin-token") << QStringLiteral("u-admin")
                               << QStringLiteral("admin") << QStringLiteral("admin");
    }

    void whoamiShowsEachDemoUser()
    {
        QFETCH(QString, token);
        QFETCH(QString, id);
        QFETCH(QString, login);
        QFETCH(QString, role);

        // The token from the environment; the text form.
        CliRun run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("whoami") }, {},
                            withToken(token));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.err.isEmpty());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("Role:  %1 (").arg(role)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Id:    %1\n").arg(id)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("(%1)").arg(login)));
        QVERIFY(text.contains(crm()));

        // The token from standard input; the JSON form.
        run = runCli({ QStringLiteral("whoami"), QStringLiteral("--json"),
                       QStringLiteral("--token-stdin"), QStringLiteral("--crm"), crm() },
                     token.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.err.isEmpty());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(json[QLatin1String("id")].toString(), id);
        QCOMPARE(json[QLatin1String("login")].toString(), login);
        QCOMPARE(json[QLatin1String("role")].toString(), role);
        QVERIFY(!json[QLatin1String("display_name")].toString().isEmpty());
        QCOMPARE(json[QLatin1String("crm_url")].toString(), crm());
    }

    // A bare "127.0.0.1:PORT" works too (loopback means plain http).
    void whoamiTakesAnAddressWithoutScheme()
    {
        const QString bare = QStringLiteral("127.0.0.1:%1").arg(m_sandbox.port());
        const CliRun run = runCli({ QStringLiteral("--crm"), bare, QStringLiteral("whoami") }, {},
                                  withToken(QStringLiteral("demo-lead-token")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains("team_lead"));
    }

    void whoamiRefusesAWrongToken()
    {
        const CliRun run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("whoami") }, {},
                                  withToken(QStringLiteral("wrong-token")));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY(run.err.contains("token"));
    }

    void whoamiReportsAnUnreachableCrm()
    {
        SandboxProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.error()));
        const QString url = gone.url().toString();
        gone.kill();
        const CliRun run = runCli({ QStringLiteral("--crm"), url, QStringLiteral("whoami") }, {},
                                  withToken(QStringLiteral("demo-agent-token")));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
    }

    void refusesBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("envToken"); // "-" leaves OPERATOR_CRM_TOKEN unset
        const QString url = crm();
        const QString whoami = QStringLiteral("whoami");
        const QString crmOption = QStringLiteral("--crm");
        const QString stdinOption = QStringLiteral("--token-stdin");
        const QString token = QStringLiteral("demo-agent-token");
        QTest::newRow("unknown option")
            << QStringList { crmOption, url, QStringLiteral("--frobnicate"), whoami }
            << QByteArray() << token;
        QTest::newRow("unknown command")
            << QStringList { crmOption, url, QStringLiteral("frobnicate") } << QByteArray()
            << token;
        QTest::newRow("no command") << QStringList { crmOption, url } << QByteArray() << token;
        QTest::newRow("nothing at all") << QStringList {} << QByteArray() << token;
        QTest::newRow("extra argument")
            << QStringList { crmOption, url, whoami, QStringLiteral("me") } << QByteArray()
            << token;
        QTest::newRow("missing --crm") << QStringList { whoami } << QByteArray() << token;
        QTest::newRow("--crm without value")
            << QStringList { whoami, crmOption } << QByteArray() << token;
        QTest::newRow("empty --crm")
            << QStringList { crmOption, QString(), whoami } << QByteArray() << token;
        QTest::newRow("bad scheme")
            << QStringList { crmOption, QStringLiteral("ftp://127.0.0.1"), whoami } << QByteArray()
            << token;
        QTest::newRow("space in URL")
            << QStringList { crmOption, QStringLiteral("crm example.org"), whoami } << QByteArray()
            << token;
        QTest::newRow("bad port") << QStringList { crmOption, QStringLiteral("127.0.0.1:99999"),
                                                   whoami }
                                  << QByteArray() << token;
        QTest::newRow("both --crm and --sandbox")
            << QStringList { crmOption, url, QStringLiteral("--sandbox"), whoami } << QByteArray()
            << token;
        QTest::newRow("empty token on stdin") << QStringList { crmOption, url, stdinOption, whoami }
                                              << QByteArray("\n") << QStringLiteral("-");
        QTest::newRow("blank token on stdin") << QStringList { crmOption, url, stdinOption, whoami }
                                              << QByteArray("   \n") << QStringLiteral("-");
        QTest::newRow("--token-stdin with nothing")
            << QStringList { crmOption, url, stdinOption, whoami } << QByteArray()
            << QStringLiteral("-");
        QTest::newRow("token with a space") << QStringList { crmOption, url, stdinOption, whoami }
                                            << QByteArray("two words\n") << QStringLiteral("-");
        QTest::newRow("empty OPERATOR_CRM_TOKEN")
            << QStringList { crmOption, url, whoami } << QByteArray() << QString();
        QTest::newRow("login without a token")
            << QStringList { crmOption, url, QStringLiteral("login") } << QByteArray()
            << QStringLiteral("-");
        QTest::newRow("login on the sandbox")
            << QStringList { QStringLiteral("--sandbox"), QStringLiteral("login") } << QByteArray()
            << token;
        QTest::newRow("logout on the sandbox")
            << QStringList { QStringLiteral("--sandbox"), QStringLiteral("logout") } << QByteArray()
            << token;
    }

    void refusesBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, envToken);
        const CliRun run
            = runCli(arguments, input,
                     envToken == QLatin1String("-") ? QProcessEnvironment() : withToken(envToken));
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(run.err.startsWith("operator-cli: "), qPrintable(run.describe()));
    }

    void sandboxWhoamiSignsInAsTheDemoAgent()
    {
        CliRun run = runCli({ QStringLiteral("--sandbox"), QStringLiteral("whoami") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains("Role:  agent ("));
        QVERIFY(run.out.contains("http://127.0.0.1:"));
        QVERIFY2(run.err.isEmpty(), run.err.constData());

        run = runCli(
            { QStringLiteral("--sandbox"), QStringLiteral("--json"), QStringLiteral("whoami") }, {},
            withToken(QStringLiteral("demo-lead-token")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json[QLatin1String("role")].toString(), QStringLiteral("team_lead"));
    }

    // No keychain: whoami without a token, login and logout each say so in one line, exit 1.
    void saysClearlyWhenThereIsNoKeychain()
    {
        CliRun run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("whoami") }, {},
                            noKeychain());
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY(run.err.contains("--token-stdin"));

        QProcessEnvironment environment = noKeychain();
        environment.insert(QStringLiteral("OPERATOR_CRM_TOKEN"), QStringLiteral("demo-lead-token"));
        run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("login") }, {}, environment);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY(run.err.contains("not stored"));

        run = runCli({ QStringLiteral("--crm"), crm(), QStringLiteral("logout") }, {},
                     noKeychain());
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
