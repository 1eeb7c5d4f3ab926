// crm-sandbox's command line: the first stdout line, exit codes 0/1/2 with one clear line on
// stderr, and the fixture rules seen from outside.

#include "support/SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using opc::test::SandboxProcess;

class CliTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(SandboxProcess::binary(QStringLiteral("crm-sandbox")), arguments);
        Run result;
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static int healthStatus(const QUrl &base)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply
            = network.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/api/v1/health")))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void firstLineIsTheUrl()
    {
        QProcess process;
        process.start(SandboxProcess::binary(QStringLiteral("crm-sandbox")),
                      { QStringLiteral("--fixture"), QStringLiteral("demo") });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpression form(
            QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
        const QRegularExpressionMatch match = form.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY(match.captured(1).toInt() > 0);
        QCOMPARE(healthStatus(QUrl(line.mid(13))), 200);
        process.kill();
        process.waitForFinished();
    }

    void sandboxProcessHelperWorks()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QCOMPARE(healthStatus(sandbox.url()), 200);
    }

    void helpAndVersion()
    {
        const Run help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char *option :
             { "--listen", "--db", "--fixture", "--enable-faults", "--rate-limit" })
            QVERIFY2(help.out.contains(option), option);
        const Run version = run({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("crm-sandbox "), version.out.constData());
    }

    void badUsageExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--colour") } << QByteArray("colour");
        QTest::newRow("listen missing value")
            << QStringList { QStringLiteral("--listen") } << QByteArray("listen");
        QTest::newRow("listen no port")
            << QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1") }
            << QByteArray("--listen");
        QTest::newRow("listen port too big")
            << QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999") }
            << QByteArray("--listen");
        QTest::newRow("listen bad host")
            << QStringList { QStringLiteral("--listen"), QStringLiteral("not a host:80") }
            << QByteArray("--listen");
        QTest::newRow("listen empty host")
            << QStringList { QStringLiteral("--listen"), QStringLiteral(":80") }
            << QByteArray("--listen");
        QTest::newRow("rate limit zero")
            << QStringList { QStringLiteral("--rate-limit"), QStringLiteral("0") }
            << QByteArray("--rate-limit");
        QTest::newRow("rate limit text")
            << QStringList { QStringLiteral("--rate-limit"), QStringLiteral("fast") }
            << QByteArray("--rate-limit");
        QTest::newRow("fixture missing file")
            << QStringList { QStringLiteral("--fixture"),
                             QStringLiteral("/nonexistent/fixture.json") }
            << QByteArray("--fixture");
        QTest::newRow("empty db") << QStringList { QStringLiteral("--db"), QString() }
                                  << QByteArray("--db");
        QTest::newRow("positional")
            << QStringList { QStringLiteral("serve") } << QByteArray("serve");
        QTest::newRow("retention zero days")
            << QStringList { QStringLiteral("--audit-retention-days"), QStringLiteral("0") }
            << QByteArray("--audit-retention-days");
        QTest::newRow("retention text")
            << QStringList { QStringLiteral("--audit-retention-days"), QStringLiteral("month") }
            << QByteArray("--audit-retention-days");
        QTest::newRow("retention too long")
            << QStringList { QStringLiteral("--audit-retention-days"), QStringLiteral("36501") }
            << QByteArray("--audit-retention-days");
        QTest::newRow("archive dir alone")
            << QStringList { QStringLiteral("--audit-archive-dir"), QStringLiteral("/tmp") }
            << QByteArray("--audit-retention-days");
    }

    void badUsageExits2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(mentions), result.err.constData());
        QCOMPARE(result.err.trimmed().count('\n'), 0); // one line
    }

    void operationalFailuresExit1()
    {
        const Run unwritable
            = run({ QStringLiteral("--db"), QStringLiteral("/proc/no-such-dir/sub/sandbox.db") });
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains("/proc/no-such-dir/sub/sandbox.db"),
                 unwritable.err.constData());
        QVERIFY(unwritable.out.isEmpty());

        QTcpServer occupied;
        QVERIFY(occupied.listen(QHostAddress::LocalHost));
        const Run inUse = run({ QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(occupied.serverPort()) });
        QCOMPARE(inUse.exitCode, 1);
        QVERIFY2(inUse.err.contains("Cannot listen"), inUse.err.constData());

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"regions": [{"id": 1, "name": 7}]})");
        file.close();
        const Run badFixture = run({ QStringLiteral("--fixture"), bad });
        QCOMPARE(badFixture.exitCode, 1);
        QVERIFY2(badFixture.err.contains("column \"name\""), badFixture.err.constData());

        // Retention of an in-memory log would archive to nowhere.
        const Run noArchive
            = run({ QStringLiteral("--audit-retention-days"), QStringLiteral("30") });
        QCOMPARE(noArchive.exitCode, 1);
        QVERIFY2(noArchive.err.contains("--audit-archive-dir"), noArchive.err.constData());
    }

    void fixtureOnlyIntoAnEmptyDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("kept.db"));
        {
            SandboxProcess first;
            QVERIFY2(first.start(db, QStringLiteral("demo")), qPrintable(first.error()));
        }
        SandboxProcess second;
        QVERIFY2(second.start(db, QStringLiteral("demo")), qPrintable(second.error()));
        // standardError() hands out what arrived since the last call.
        QByteArray stderrText;
        QTRY_VERIFY_WITH_TIMEOUT((stderrText += second.standardError()).contains("was not loaded"),
                                 5000);
        QCOMPARE(stderrText.count("\n"), 1);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
