#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace opc::test {

// A real crm-sandbox process on a loopback port, for integration tests. Reads the first line
// ("listening on http://127.0.0.1:PORT") to learn the URL. Stops the process when destroyed.
class SandboxProcess final {
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts `crm-sandbox --listen 127.0.0.1:<port> --db <db> --fixture <fixture> <extra>`.
    // Returns false (with the reason in error()) when it does not print its URL in time.
    bool start(const QString &db = QStringLiteral(":memory:"),
               const QString &fixture = QStringLiteral("demo"), const QStringList &extra = {},
               quint16 port = 0);
    void kill(); // stops it at once, like a crash or a pulled cable

    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    QString error() const { return m_error; }
    QByteArray standardError() const;

    // Path of a program built in this tree (OPC_BIN_DIR, set by ctest).
    static QString binary(const QString &name);

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace opc::test
