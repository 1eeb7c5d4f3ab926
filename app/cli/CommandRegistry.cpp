#include "cli/CommandRegistry.h"

namespace opc::cli {

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    Q_ASSERT_X(!find(command->name()), "CommandRegistry::add", "command names are unique");
    m_commands.push_back(std::move(command));
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace opc::cli
