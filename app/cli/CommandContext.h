#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace opc::crm {
class CrmClient;
}
namespace opc::secrets {
class TokenStore;
}

namespace opc::cli {

// How operator-cli ends: scripts branch on these.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // operational: the CRM is unreachable, refused the token, no keychain ...
    ExitUsage = 2, // bad usage or input: unknown option or command, bad URL, empty token ...
};

// What a command works with, and the only way it ends the program. Callbacks of the command's
// asynchronous work use anchor() as their context.
class CommandContext final {
    Q_DISABLE_COPY_MOVE(CommandContext)

public:
    CommandContext(const QCommandLineParser &parser, QObject *anchor, crm::CrmClient *client,
                   secrets::TokenStore *tokens);

    const QCommandLineParser &parser() const { return m_parser; }
    QStringList arguments() const; // positional arguments after the command's name
    QObject *anchor() const { return m_anchor; }
    crm::CrmClient *client() const { return m_client; }
    secrets::TokenStore *tokens() const { return m_tokens; }

    bool json() const { return m_json; }
    bool isSandbox() const { return m_sandbox; }
    QUrl crmUrl() const { return m_crmUrl; }
    QString token() const { return m_token; }

    // Standard output: a line of text, or (with --json) one JSON document.
    void print(const QString &line) const;
    void printJson(const QJsonObject &object) const;

    // Ends the program once, from the event loop: with 0, or with `code` and `message` as the
    // one line on standard error. Later calls are ignored.
    void succeed();
    void fail(ExitCode code, const QString &message);
    bool finished() const { return m_finished; }

private:
    friend class Cli; // fills in what the global options resolved to
    const QCommandLineParser &m_parser;
    QObject *m_anchor;
    crm::CrmClient *m_client;
    secrets::TokenStore *m_tokens;
    bool m_json = false;
    bool m_sandbox = false;
    QUrl m_crmUrl;
    QString m_token;
    bool m_finished = false;
};

// Writes one line to standard error, made single-line whatever the message holds.
void printError(const QString &message);

} // namespace opc::cli
