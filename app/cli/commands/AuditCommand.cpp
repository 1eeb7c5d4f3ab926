#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "operations/AuditVerify.h"
#include "operations/SignIn.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace opc::cli {

namespace {

struct AuditCommandText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::AuditCommand)
};

// `audit verify` (issue 6 §3): reads the CRM's audit log and checks its hash chain. Exit 0 when
// it is intact, 1 when it is broken (naming the first bad event) or the log cannot be read, 2 on
// bad usage. Team leads and admins only: the CRM refuses agents.
class AuditCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override
    {
        return AuditCommandText::tr("The audit log: “audit verify” checks its hash chain and "
                                    "names the first event that was changed, deleted or moved.");
    }
    TokenNeed tokenNeed() const override { return TokenNeed::Any; }
    int maxArguments() const override { return 1; }

    void run(CommandContext &context) override
    {
        const QString sub = context.arguments().value(0);
        if (sub != QLatin1String("verify")) {
            context.fail(
                ExitUsage,
                sub.isEmpty()
                    ? AuditCommandText::tr("“audit” needs what to do: “audit verify”.")
                    : AuditCommandText::tr("Unknown “audit %1”: use “audit verify”.").arg(sub));
            return;
        }
        ops::verifyToken(context.client(), context.crmUrl(), context.token(), context.anchor(),
                         [&context](const ops::SignInResult &signedIn) {
                             if (!signedIn.user) {
                                 if (signedIn.error)
                                     context.fail(ExitFailure,
                                                  crmErrorText(*signedIn.error, signedIn.message,
                                                               context.crmUrl()));
                                 else
                                     context.fail(ExitUsage, signedIn.message);
                                 return;
                             }
                             ops::verifyAuditLog(context.client(), context.anchor(),
                                                 [&context](const ops::AuditVerifyResult &result) {
                                                     report(context, result);
                                                 });
                         });
    }

private:
    static void report(CommandContext &context, const ops::AuditVerifyResult &result)
    {
        if (!result.ok()) {
            context.fail(ExitFailure,
                         crmErrorText(*result.error, result.error->message, context.crmUrl()));
            return;
        }
        const std::optional<AuditChainBreak> &broken = result.firstBreak;
        if (context.json()) {
            QJsonObject json { { QStringLiteral("intact"), !broken.has_value() },
                               { QStringLiteral("checked"), result.checked } };
            if (broken) {
                json.insert(QStringLiteral("first_bad_event"),
                            QJsonObject { { QStringLiteral("seq"), broken->seq },
                                          { QStringLiteral("id"), broken->eventId },
                                          { QStringLiteral("reason"), broken->reason } });
            }
            context.printJson(json);
        } else if (!broken) {
            context.print(AuditCommandText::tr("The audit log is intact: %n event(s) checked.",
                                               nullptr,
                                               int(qMin<qint64>(result.checked, INT_MAX))));
        }
        if (!broken) {
            context.succeed();
            return;
        }
        context.fail(ExitFailure,
                     AuditCommandText::tr("The audit log is broken at event %1 (%2): %3 "
                                          "%n event(s) before it are intact.",
                                          nullptr, int(qMin<qint64>(result.checked, INT_MAX)))
                         .arg(broken->seq)
                         .arg(broken->eventId, broken->reason));
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace opc::cli
