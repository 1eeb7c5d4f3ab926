#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "secrets/TokenStore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace opc::cli {

namespace {

// `logout`: forgets the token stored for a CRM. Removing nothing is not an error: the wanted
// state (no token stored) holds either way.
class LogoutCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::LogoutCommand)

public:
    QString name() const override { return QStringLiteral("logout"); }
    QString summary() const override
    {
        return tr("Remove the token stored in the system keychain for this CRM.");
    }
    TokenNeed tokenNeed() const override { return TokenNeed::None; }
    bool worksWithSandbox() const override { return false; }

    void run(CommandContext &context) override
    {
        // Keychains answer "done" to removing an entry that is not there; ask first, so that
        // the message says what really happened.
        context.tokens()->load(context.crmUrl(), context.anchor(),
                               [&context](const secrets::TokenResult &stored) {
                                   switch (stored.status) {
                                   case secrets::TokenResult::Status::Ok:
                                       remove(context);
                                       return;
                                   case secrets::TokenResult::Status::NotFound:
                                       report(context, false);
                                       return;
                                   case secrets::TokenResult::Status::Unavailable:
                                   case secrets::TokenResult::Status::Failed:
                                       context.fail(ExitFailure, keychainErrorText(stored));
                                       return;
                                   }
                               });
    }

private:
    static void remove(CommandContext &context)
    {
        context.tokens()->remove(
            context.crmUrl(), context.anchor(), [&context](const secrets::TokenResult &removed) {
                if (removed.status == secrets::TokenResult::Status::Ok
                    || removed.status == secrets::TokenResult::Status::NotFound)
                    report(context, true);
                else
                    context.fail(ExitFailure, keychainErrorText(removed));
            });
    }

    static void report(CommandContext &context, bool wasStored)
    {
        const QString url = context.crmUrl().toString();
        if (context.json()) {
            context.printJson(QJsonObject { { QStringLiteral("crm_url"), url },
                                            { QStringLiteral("removed"), wasStored } });
        } else if (wasStored) {
            context.print(
                tr("Signed out of %1: the token was removed from the system keychain.").arg(url));
        } else {
            context.print(tr("No token was stored for %1; nothing to remove.").arg(url));
        }
        context.succeed();
    }
};

} // namespace

std::unique_ptr<Command> makeLogoutCommand()
{
    return std::make_unique<LogoutCommand>();
}

} // namespace opc::cli
