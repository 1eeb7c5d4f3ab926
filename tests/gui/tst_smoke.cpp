// The built operator-console binary as installers and the benchmark run it.

#include "support/SandboxProcess.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSmoke final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exitsZeroOncePainted_data();
    void exitsZeroOncePainted();
    void badUsageExitsTwoWithMessage_data();
    void badUsageExitsTwoWithMessage();
    void signedInRunSignsInOnTheSandbox();
    void signedInRunThatCannotStartSaysWhy();
    void firstStartOnANewMachineCreatesTheSandboxDatabase();
    void noDisplaySaysWhatToDoInsteadOfAborting();
};

namespace {

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray standardError;
};

Run runConsole(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(opc::test::SandboxProcess::binary(QStringLiteral("operator-console")));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(40000)) {
        process.kill();
        process.waitForFinished();
        run.standardError = "did not exit within 40 s";
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.standardError = process.readAllStandardError();
    return run;
}

} // namespace

void TestSmoke::exitsZeroOncePainted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no CRM yet") << QStringList { QStringLiteral("--smoke") };
    QTest::newRow("sandbox") << QStringList { QStringLiteral("--smoke"),
                                              QStringLiteral("--sandbox"),
                                              QStringLiteral("--sandbox-db"),
                                              QStringLiteral(":memory:") };
    // Nothing listens on port 9: the smoke run must not wait for the CRM either.
    QTest::newRow("unreachable CRM")
        << QStringList { QStringLiteral("--smoke"), QStringLiteral("--crm"),
                         QStringLiteral("http://127.0.0.1:9") };
}

void TestSmoke::exitsZeroOncePainted()
{
    QFETCH(QStringList, arguments);
    const Run run = runConsole(arguments);
    QVERIFY2(run.status == QProcess::NormalExit, run.standardError.constData());
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
}

void TestSmoke::badUsageExitsTwoWithMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("sandbox-db without sandbox")
        << QStringList { QStringLiteral("--smoke"), QStringLiteral("--sandbox-db"),
                         QStringLiteral("x.db") }
        << QStringLiteral("--sandbox-db");
    QTest::newRow("bad CRM URL") << QStringList {
        QStringLiteral("--smoke"), QStringLiteral("--crm"), QStringLiteral("ftp://")
    } << QStringLiteral("--crm");
    QTest::newRow("both smoke kinds")
        << QStringList { QStringLiteral("--smoke"), QStringLiteral("--smoke-signed-in") }
        << QStringLiteral("--smoke-signed-in");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--smoke"), QStringLiteral("--no-such-option") }
        << QStringLiteral("no-such-option");
}

void TestSmoke::badUsageExitsTwoWithMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runConsole(arguments);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromLocal8Bit(run.standardError).contains(mentions),
             run.standardError.constData());
}

// The benchmark's working session: sandbox started, demo data loaded, demo agent signed in.
void TestSmoke::signedInRunSignsInOnTheSandbox()
{
    const Run run = runConsole({ QStringLiteral("--smoke-signed-in"), QStringLiteral("--sandbox"),
                                 QStringLiteral("--sandbox-db"), QStringLiteral(":memory:") });
    QVERIFY2(run.status == QProcess::NormalExit, run.standardError.constData());
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
}

void TestSmoke::signedInRunThatCannotStartSaysWhy()
{
    // A database in a folder that cannot exist: the sandbox cannot start.
    const Run run = runConsole({ QStringLiteral("--smoke-signed-in"), QStringLiteral("--sandbox"),
                                 QStringLiteral("--sandbox-db"),
                                 QStringLiteral("/proc/no-such-folder/sandbox.db") });
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.standardError.contains("sandbox"), run.standardError.constData());
}

// `./dev.sh run` on a fresh machine: no data folder yet, the default sandbox database.
void TestSmoke::firstStartOnANewMachineCreatesTheSandboxDatabase()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    for (const char *variable : { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" })
        environment.remove(QString::fromLatin1(variable));
    const Run run = runConsole({ QStringLiteral("--smoke-signed-in"), QStringLiteral("--sandbox") },
                               environment);
    QVERIFY2(run.status == QProcess::NormalExit, run.standardError.constData());
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
    QVERIFY(QFileInfo::exists(
        home.filePath(QStringLiteral(".local/share/OperatorConsole/operator-console/"
                                     "sandbox-crm.sqlite"))));
}

void TestSmoke::noDisplaySaysWhatToDoInsteadOfAborting()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(variable));
    const Run run = runConsole({ QStringLiteral("--smoke") }, environment);
    QCOMPARE(run.status, QProcess::NormalExit); // not a crash
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.standardError.contains("xvfb-run")
                 && run.standardError.contains("QT_QPA_PLATFORM=offscreen"),
             run.standardError.constData());

    // Printing the version needs no screen at all.
    const Run version = runConsole({ QStringLiteral("--version") }, environment);
    QCOMPARE(version.status, QProcess::NormalExit);
    QCOMPARE(version.exitCode, 0);
}

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
