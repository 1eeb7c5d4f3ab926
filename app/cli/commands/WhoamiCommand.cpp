#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "cli/commands/UserOutput.h"
#include "operations/SignIn.h"

#include <QCoreApplication>

#include <memory>

namespace opc::cli {

namespace {

// `whoami`: who the token belongs to. Read-only: it checks the token and records nothing.
class WhoamiCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("whoami"); }
    QString summary() const override
    {
        return QCoreApplication::translate("opc::cli::WhoamiCommand",
                                           "Show the user, role and CRM the token signs in as.");
    }
    TokenNeed tokenNeed() const override { return TokenNeed::Any; }

    void run(CommandContext &context) override
    {
        ops::verifyToken(
            context.client(), context.crmUrl(), context.token(), context.anchor(),
            [&context](const ops::SignInResult &result) {
                if (!result.user) {
                    if (result.error)
                        context.fail(ExitFailure,
                                     crmErrorText(*result.error, result.message, context.crmUrl()));
                    else
                        context.fail(ExitUsage, result.message);
                    return;
                }
                if (context.json())
                    context.printJson(userJson(*result.user, context.crmUrl()));
                else
                    context.print(userText(*result.user, context.crmUrl()));
                context.succeed();
            });
    }
};

} // namespace

std::unique_ptr<Command> makeWhoamiCommand()
{
    return std::make_unique<WhoamiCommand>();
}

} // namespace opc::cli
