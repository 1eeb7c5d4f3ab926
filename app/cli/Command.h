#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace opc::cli {

class CommandContext;

// One `operator-cli <name>` command. A feature adds a command as one file implementing this
// and one line in BuiltInCommands.cpp; the global options, the CRM, the token and the exit
// codes are handled once, in Cli.
class Command {
    Q_DISABLE_COPY_MOVE(Command)

public:
    Command() = default;
    virtual ~Command() = default;

    // Which token the command needs before it runs.
    enum class TokenNeed {
        None, // e.g. logout
        Given, // only one handed over now: --token-stdin or OPERATOR_CRM_TOKEN (login)
        Any, // also the keychain, or the demo agent's token with --sandbox
    };

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // translated, one line for --help
    virtual TokenNeed tokenNeed() const = 0;
    virtual bool worksWithSandbox() const { return true; }
    // False when the command can work without a CRM (a quote with its own prices): then --crm
    // and --sandbox are optional, and without them no token is looked up either.
    virtual bool needsCrm() const { return true; }
    // Options of this command only; names must not clash with the global ones.
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual int maxArguments() const { return 0; } // positional arguments after the name

    // Starts the work; ends, now or later, with exactly one context.succeed() or fail().
    virtual void run(CommandContext &context) = 0;
};

} // namespace opc::cli
