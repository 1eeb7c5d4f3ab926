#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "cli/commands/UserOutput.h"
#include "operations/AuditRecorder.h"
#include "operations/SessionStart.h"
#include "secrets/TokenStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace opc::cli {

namespace {

// How long `login` waits for the CRM to settle the sign-in's audit event before it exits
// anyway; the event stays in the shared outbox and goes out with the next session, of this
// program or of the console.
constexpr int kAuditWaitMs = 10000;

// `login`: checks a handed-over token, signs in through the shared flow (which records the
// sign-in) and keeps the token in the system keychain for later runs.
class LoginCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::LoginCommand)

public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override
    {
        return tr("Check the token from --token-stdin or OPERATOR_CRM_TOKEN and store it in "
                  "the system keychain for this CRM.");
    }
    TokenNeed tokenNeed() const override { return TokenNeed::Given; }
    bool worksWithSandbox() const override { return false; }

    void run(CommandContext &context) override
    {
        ops::SessionOptions options;
        options.crmUrl = context.crmUrl();
        options.token = context.token();
        options.tokenStorage = secrets::TokenStorage::Keychain;
        ops::startSession(
            options, context.anchor(), [this, &context](ops::SessionStartResult result) {
                if (!result.session) {
                    // Without a CRM error it is local (the audit journal): operational too.
                    context.fail(ExitFailure,
                                 result.error
                                     ? crmErrorText(*result.error, result.message, context.crmUrl())
                                     : result.message);
                    return;
                }
                m_session = std::move(result.session);
                store(context);
            });
    }

private:
    void store(CommandContext &context)
    {
        context.tokens()->save(
            context.crmUrl(), context.token(), context.anchor(),
            [this, &context](const secrets::TokenResult &saved) {
                if (saved.status != secrets::TokenResult::Status::Ok) {
                    context.fail(ExitFailure,
                                 tr("The token is valid, but it was not stored. %1")
                                     .arg(keychainErrorText(saved)));
                    return;
                }
                const ops::User &user = m_session->user();
                if (context.json()) {
                    QJsonObject json = userJson(user, context.crmUrl());
                    json.insert(QStringLiteral("token_storage"), QStringLiteral("keychain"));
                    context.printJson(json);
                } else {
                    context.print(tr("Signed in to %1 as %2 (%3); the token is stored in the "
                                     "system keychain.")
                                      .arg(context.crmUrl().toString(), user.login,
                                           roleDisplayName(user.role)));
                }
                waitForAudit(context);
            });
    }

    // Waits for what is waiting for delivery: the sign-in event, behind whatever an earlier
    // run left deliverable (delivered in recorded order). Events the CRM refused are not
    // pending (AuditRecorder::refusedCount()): they are not waited for, and their re-offer
    // comes after the sign-in event.
    void waitForAudit(CommandContext &context)
    {
        ops::AuditRecorder *audit = m_session->audit();
        if (audit->pendingCount() == 0) {
            context.succeed();
            return;
        }
        QObject::connect(audit, &ops::AuditRecorder::pendingCountChanged, context.anchor(),
                         [&context](int pending) {
                             if (pending == 0)
                                 context.succeed();
                         });
        QTimer::singleShot(kAuditWaitMs, context.anchor(), [&context]() { context.succeed(); });
    }

    std::unique_ptr<ops::Session> m_session;
};

} // namespace

std::unique_ptr<Command> makeLoginCommand()
{
    return std::make_unique<LoginCommand>();
}

} // namespace opc::cli
