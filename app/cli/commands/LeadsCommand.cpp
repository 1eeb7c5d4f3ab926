#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/commands/LeadsCommands.h"

#include <QCoreApplication>

#include <memory>

namespace opc::cli {

namespace {

struct LeadsCommandText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::LeadsCommand)
};

// `leads intake` and `leads list`: the lead handling of issue 4 over the same operations as the
// console's Leads page (app/operations/leads).
class LeadsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("leads"); }
    QString summary() const override
    {
        return LeadsCommandText::tr(
            "Leads: “leads intake” posts the leads given as JSON lines on standard input and "
            "prints each decision; “leads list --queue free|mine|all” shows a queue.");
    }
    TokenNeed tokenNeed() const override { return TokenNeed::Any; }
    QList<QCommandLineOption> options() const override { return leadsListOptions(); }
    int maxArguments() const override { return 1; }

    void run(CommandContext &context) override
    {
        const QString sub = context.arguments().value(0);
        if (sub == QLatin1String("intake")) {
            runLeadsIntake(context);
        } else if (sub == QLatin1String("list")) {
            runLeadsList(context);
        } else if (sub.isEmpty()) {
            context.fail(ExitUsage,
                         LeadsCommandText::tr("“leads” needs what to do: “leads intake” or "
                                              "“leads list --queue free|mine|all”."));
        } else {
            context.fail(ExitUsage,
                         LeadsCommandText::tr("Unknown “leads %1”: use “leads intake” or "
                                              "“leads list --queue free|mine|all”.")
                             .arg(sub));
        }
    }
};

} // namespace

std::unique_ptr<Command> makeLeadsCommand()
{
    return std::make_unique<LeadsCommand>();
}

} // namespace opc::cli
