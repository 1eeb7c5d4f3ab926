#include "support/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QDir>

namespace opc::test {

SandboxProcess::~SandboxProcess()
{
    kill();
}

QString SandboxProcess::binary(const QString &name)
{
    const QString dir = qEnvironmentVariable("OPC_BIN_DIR");
    return QDir(dir.isEmpty() ? QStringLiteral(".") : dir).filePath(name);
}

bool SandboxProcess::start(const QString &db, const QString &fixture, const QStringList &extra,
                           quint16 port)
{
    QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                       QStringLiteral("--db"), db };
    if (!fixture.isEmpty())
        args << QStringLiteral("--fixture") << fixture;
    args << extra;
    m_process.setProgram(binary(QStringLiteral("crm-sandbox")));
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("crm-sandbox did not start: %1").arg(m_process.errorString());
        return false;
    }
    // Tests may wait; the product never does. 20 s covers a cold fixture load on a busy machine.
    QDeadlineTimer deadline(20000);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            line = m_process.readLine().trimmed();
            break;
        }
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(100);
    }
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix)) {
        m_error = QStringLiteral("crm-sandbox did not announce its URL; first line %1, stderr %2")
                      .arg(QString::fromUtf8(line), QString::fromUtf8(standardError()));
        kill();
        return false;
    }
    m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    return m_url.isValid() && m_url.port() > 0;
}

void SandboxProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray SandboxProcess::standardError() const
{
    // QProcess reads on demand; reading is not a change to the process this object stands for.
    return const_cast<QProcess &>(m_process).readAllStandardError();
}

} // namespace opc::test
