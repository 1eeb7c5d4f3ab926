#pragma once

// Runs the built operator-cli as a script would, and checks the shape of what it said.

#include "support/SandboxProcess.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace opc::test {

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    // Exactly one line on standard error, and nothing on standard output: a clean failure.
    bool isOneLineFailure() const
    {
        return err.count('\n') == 1 && err.endsWith('\n') && err.trimmed().size() > 10
            && out.isEmpty();
    }
    QString describe() const
    {
        return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed)") : QString())
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// `stdinData` is written and stdin closed; nullopt leaves stdin closed with nothing written.
// `environment` adds to (or, with an empty value for a name in `unset`, removes from) a copy of
// the test's environment without any OPERATOR_CRM_TOKEN of the caller's.
inline CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {},
                     const QProcessEnvironment &extra = {}, const QStringList &unset = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OPERATOR_CRM_TOKEN"));
    environment.remove(QStringLiteral("OPERATOR_CLI_DEBUG"));
    for (const QString &name : unset)
        environment.remove(name);
    for (const QString &name : extra.keys())
        environment.insert(name, extra.value(name));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(SandboxProcess::binary(QStringLiteral("operator-cli")), arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = "operator-cli did not finish within 60 s";
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QProcessEnvironment withToken(const QString &token)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OPERATOR_CRM_TOKEN"), token);
    return environment;
}

} // namespace opc::test
