#pragma once

#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"

#include <QCommandLineParser>
#include <QObject>

#include <memory>
#include <optional>

namespace opc::crm {
class CrmClient;
}
namespace opc::ops {
class EmbeddedSandbox;
}
namespace opc::secrets {
class TokenStore;
}

namespace opc::cli {

// operator-cli: parses the global options, finds the command, resolves the CRM (starting the
// built-in sandbox for --sandbox) and the token, and runs the command. Everything slow
// (sandbox, keychain, network) is asynchronous; the program ends through the command context.
class Cli final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cli)

public:
    explicit Cli(QObject *parent = nullptr);
    ~Cli() override;

    // Returns the exit code when the program is done at once (help, version, bad usage), or
    // nullopt when the work has started and the event loop must run until it ends it.
    std::optional<int> start(const QStringList &arguments);

private:
    QString helpText() const;
    std::optional<int> checkUsage(); // the usage errors we can see before anything runs
    void startSandbox();
    void resolveToken();
    void runCommand();

    CommandRegistry m_registry;
    QCommandLineParser m_parser;
    Command *m_command = nullptr;
    std::unique_ptr<ops::EmbeddedSandbox> m_sandbox;
    crm::CrmClient *m_client;
    secrets::TokenStore *m_tokens;
    std::unique_ptr<CommandContext> m_context;
};

} // namespace opc::cli
