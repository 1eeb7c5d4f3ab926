#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/commands/LinesCommands.h"
#include "operations/Session.h"

#include <QCoreApplication>

#include <memory>

namespace opc::cli {

namespace {

struct LinesCommandText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::LinesCommand)
};

// `lines list` and `lines renew`: the partner's client lines (issue 5) over the same operations
// as the console's Lines page (app/operations/partner).
class LinesCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("lines"); }
    QString summary() const override
    {
        return LinesCommandText::tr(
            "Partner lines: “lines list [--status S] [--country CC]” shows the clients' lines; "
            "“lines renew --line ID --months N” renews lines in one payment.");
    }
    TokenNeed tokenNeed() const override { return TokenNeed::Any; }
    QList<QCommandLineOption> options() const override
    {
        return linesListOptions() + linesRenewOptions();
    }
    int maxArguments() const override { return 1; }

    void run(CommandContext &context) override
    {
        const QString sub = context.arguments().value(0);
        if (sub == QLatin1String("list")) {
            if (refuseOptionsOf(context, linesRenewOptions(), sub))
                runLinesList(context);
        } else if (sub == QLatin1String("renew")) {
            if (refuseOptionsOf(context, linesListOptions(), sub))
                runLinesRenew(context, m_session);
        } else if (sub.isEmpty()) {
            context.fail(ExitUsage,
                         LinesCommandText::tr("“lines” needs what to do: “lines list” or “lines "
                                              "renew --line ID --months N”."));
        } else {
            context.fail(ExitUsage,
                         LinesCommandText::tr("Unknown “lines %1”: use “lines list” or “lines "
                                              "renew --line ID --months N”.")
                             .arg(sub));
        }
    }

private:
    std::unique_ptr<ops::Session> m_session; // renew's, until the program ends
};

} // namespace

bool refuseOptionsOf(CommandContext &context, const QList<QCommandLineOption> &options,
                     const QString &subCommand)
{
    for (const QCommandLineOption &option : options) {
        if (context.parser().isSet(option)) {
            context.fail(ExitUsage,
                         LinesCommandText::tr("The option --%1 does not apply to “lines %2”.")
                             .arg(option.names().constFirst(), subCommand));
            return false;
        }
    }
    return true;
}

QString lineStatusCliName(partner::LineStatus status)
{
    switch (status) {
    case partner::LineStatus::Active:
        return QStringLiteral("active");
    case partner::LineStatus::Expiring7:
        return QStringLiteral("expiring-7");
    case partner::LineStatus::Expiring30:
        return QStringLiteral("expiring-30");
    case partner::LineStatus::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("active");
}

std::optional<partner::LineStatus> lineStatusFromCliName(const QString &name)
{
    for (const partner::LineStatus status :
         { partner::LineStatus::Active, partner::LineStatus::Expiring7,
           partner::LineStatus::Expiring30, partner::LineStatus::Expired }) {
        if (lineStatusCliName(status) == name)
            return status;
    }
    return std::nullopt;
}

std::unique_ptr<Command> makeLinesCommand()
{
    return std::make_unique<LinesCommand>();
}

} // namespace opc::cli
