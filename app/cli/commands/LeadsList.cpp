#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "cli/commands/LeadsCommands.h"
#include "core/LocaleFormat.h"
#include "core/leads/PhoneNumber.h"
#include "operations/SignIn.h"
#include "operations/leads/LeadQueue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace opc::cli {

namespace {

struct LeadsListText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::LeadsList)
};

const QCommandLineOption kQueueOption(QStringLiteral("queue"), QString(),
                                      QStringLiteral("free|mine|all"));
const QCommandLineOption kStatusOption(QStringLiteral("status"), QString(),
                                       QStringLiteral("STATUS"));
const QCommandLineOption kSearchOption(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kAssigneeOption(QStringLiteral("assignee"), QString(),
                                         QStringLiteral("USER_ID"));

// A script asking for a queue wants all of it; this only guards against a runaway answer.
constexpr int kMaxLeads = 100000;

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject leadJson(const ops::Lead &lead)
{
    QJsonValue assignee(QJsonValue::Null);
    if (lead.assignee)
        assignee = QJsonObject { { QStringLiteral("id"), lead.assignee->id },
                                 { QStringLiteral("display_name"), lead.assignee->displayName } };
    auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject {
        { QStringLiteral("id"), lead.id },
        { QStringLiteral("kind"), leads::leadTypeToWire(lead.kind) },
        { QStringLiteral("status"), lead.status },
        { QStringLiteral("received_at"), orNull(utc(lead.receivedAt)) },
        { QStringLiteral("name"), orNull(lead.name) },
        { QStringLiteral("phone"), orNull(lead.phone) },
        { QStringLiteral("email"), orNull(lead.email) },
        { QStringLiteral("source"), orNull(lead.source) },
        { QStringLiteral("medium"), orNull(lead.medium) },
        { QStringLiteral("assignee"), assignee },
        { QStringLiteral("created_at"), utc(lead.createdAt) },
        { QStringLiteral("version"), lead.version },
    };
}

QString leadText(const ops::Lead &lead)
{
    const QString kind = lead.kind == leads::LeadType::Call ? LeadsListText::tr("call")
                                                            : LeadsListText::tr("form");
    QStringList contact;
    if (!lead.phone.isEmpty())
        contact << leads::formatPhone(lead.phone);
    if (!lead.email.isEmpty())
        contact << lead.email;
    QStringList origin;
    if (!lead.source.isEmpty())
        origin << lead.source;
    if (!lead.medium.isEmpty())
        origin << lead.medium;
    // On the agent's clock, as the console's queue shows it; --json keeps the UTC ISO time.
    const QDateTime when = lead.receivedAt.isValid() ? lead.receivedAt : lead.createdAt;
    return LeadsListText::tr("#%1  %2  %3  %4  %5  %6  %7  %8")
        .arg(lead.id)
        .arg(human::dateTime(when), kind, ops::leadStatusDisplayName(lead.status),
             lead.name.isEmpty() ? LeadsListText::tr("(no name)") : lead.name,
             contact.isEmpty() ? QStringLiteral("-") : contact.join(QStringLiteral(", ")),
             origin.isEmpty() ? QStringLiteral("-") : origin.join(QLatin1Char('/')),
             lead.assignee ? lead.assignee->displayName : LeadsListText::tr("(free)"));
}

} // namespace

QList<QCommandLineOption> leadsListOptions()
{
    auto described = [](QCommandLineOption option, const QString &description) {
        option.setDescription(description);
        return option;
    };
    return {
        described(kQueueOption,
                  LeadsListText::tr("leads list: the queue: free (anyone may take them), mine "
                                    "(taken by me), all (team leads and admins).")),
        described(kStatusOption,
                  LeadsListText::tr("leads list: only leads with this status (free, in_work, "
                                    "success, failure).")),
        described(kSearchOption,
                  LeadsListText::tr("leads list: only leads whose name, phone or e-mail "
                                    "contains TEXT.")),
        described(kAssigneeOption,
                  LeadsListText::tr("leads list --queue all: only this agent's leads.")),
    };
}

void runLeadsList(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!parser.isSet(kQueueOption)) {
        context.fail(ExitUsage,
                     LeadsListText::tr("--queue is missing: give free, mine or all, e.g. "
                                       "“leads list --queue free”."));
        return;
    }
    const std::optional<ops::LeadQueue> queue = ops::leadQueueFromWire(parser.value(kQueueOption));
    if (!queue) {
        context.fail(ExitUsage,
                     LeadsListText::tr("--queue must be free, mine or all, not “%1”.")
                         .arg(parser.value(kQueueOption)));
        return;
    }
    if (parser.isSet(kAssigneeOption) && *queue != ops::LeadQueue::All) {
        context.fail(ExitUsage, LeadsListText::tr("--assignee applies to --queue all only."));
        return;
    }
    ops::LeadListQuery query;
    query.queue = *queue;
    query.status = parser.value(kStatusOption).trimmed();
    query.search = parser.value(kSearchOption).trimmed();
    query.assigneeId = parser.value(kAssigneeOption).trimmed();

    ops::verifyToken(
        context.client(), context.crmUrl(), context.token(), context.anchor(),
        [&context, query](const ops::SignInResult &signedIn) {
            if (!signedIn.user) {
                if (signedIn.error)
                    context.fail(ExitFailure,
                                 crmErrorText(*signedIn.error, signedIn.message, context.crmUrl()));
                else
                    context.fail(ExitUsage, signedIn.message);
                return;
            }
            ops::listAllLeads(
                context.client(), query, kMaxLeads, context.anchor(),
                [&context, query](const ops::LeadPage &page) {
                    if (!page.ok()) {
                        const crm::CrmError &error = *page.error;
                        if (error.kind == crm::ErrorKind::Forbidden) {
                            context.fail(ExitFailure,
                                         LeadsListText::tr("The CRM refused to show the “%1” "
                                                           "queue: only team leads and admins "
                                                           "see every agent's leads.")
                                             .arg(ops::leadQueueToWire(query.queue)));
                        } else if (error.kind == crm::ErrorKind::Validation) {
                            context.fail(ExitUsage, error.message);
                        } else {
                            context.fail(ExitFailure,
                                         crmErrorText(error, error.message, context.crmUrl()));
                        }
                        return;
                    }
                    if (context.json()) {
                        QJsonArray items;
                        for (const ops::Lead &lead : page.items)
                            items.append(leadJson(lead));
                        context.printJson(QJsonObject {
                            { QStringLiteral("queue"), ops::leadQueueToWire(query.queue) },
                            { QStringLiteral("count"), items.size() },
                            { QStringLiteral("items"), items } });
                    } else {
                        for (const ops::Lead &lead : page.items)
                            context.print(leadText(lead));
                        context.print(
                            LeadsListText::tr("%Ln lead(s).", nullptr, int(page.items.size())));
                    }
                    context.succeed();
                });
        });
}

} // namespace opc::cli
