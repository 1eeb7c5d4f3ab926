#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace opc::cli {

// The commands operator-cli knows, in the order --help lists them.
class CommandRegistry final {
    Q_DISABLE_COPY_MOVE(CommandRegistry)

public:
    CommandRegistry() = default;

    void add(std::unique_ptr<Command> command);
    Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

// Every command of this build (BuiltInCommands.cpp): one line per command file.
void registerBuiltInCommands(CommandRegistry &registry);

} // namespace opc::cli
