#include "cli/CommandRegistry.h"

namespace opc::cli {

// Each is defined in its own file under commands/.
std::unique_ptr<Command> makeWhoamiCommand();
std::unique_ptr<Command> makeLoginCommand();
std::unique_ptr<Command> makeLogoutCommand();
std::unique_ptr<Command> makeMergeCommand();
std::unique_ptr<Command> makeAnalyticsCommand();
std::unique_ptr<Command> makeLeadsCommand();
std::unique_ptr<Command> makeQuoteCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeQuoteAddOnCommand();
std::unique_ptr<Command> makeLinesCommand();

void registerBuiltInCommands(CommandRegistry &registry)
{
    registry.add(makeWhoamiCommand());
    registry.add(makeLoginCommand());
    registry.add(makeLogoutCommand());
    registry.add(makeMergeCommand());
    registry.add(makeAnalyticsCommand());
    registry.add(makeLeadsCommand());
    registry.add(makeQuoteCommand());
    registry.add(makeAuditCommand());
    registry.add(makeQuoteAddOnCommand());
    registry.add(makeLinesCommand());
}

} // namespace opc::cli
