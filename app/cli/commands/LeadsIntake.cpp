#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "cli/commands/LeadsCommands.h"
#include "core/leads/LeadInput.h"
#include "operations/SignIn.h"
#include "operations/leads/LeadIntake.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace opc::cli {

namespace {

struct LeadsIntakeText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::LeadsIntake)
};

QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// {"decision":"new|duplicate","deal":ID,"action":"task|comment"|null}, keys in this order.
QString decisionLine(const ops::LeadDecision &decision)
{
    const bool duplicate = decision.kind == ops::LeadDecision::Kind::Duplicate;
    const QJsonValue action = duplicate && decision.action
        ? QJsonValue(leads::duplicateActionToWire(*decision.action))
        : QJsonValue(QJsonValue::Null);
    return QStringLiteral("{\"decision\":%1,\"deal\":%2,\"action\":%3}")
        .arg(jsonText(duplicate ? QStringLiteral("duplicate") : QStringLiteral("new")))
        .arg(decision.dealId)
        .arg(jsonText(action));
}

QString errorLine(const QString &field, const QString &message)
{
    const QJsonObject error { { QStringLiteral("field"),
                                field.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(field) },
                              { QStringLiteral("message"), message } };
    return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("error"), error } })
                                 .toJson(QJsonDocument::Compact));
}

QString decisionText(int line, const ops::LeadDecision &decision)
{
    if (decision.kind == ops::LeadDecision::Kind::New) {
        return decision.clientReused
            ? LeadsIntakeText::tr("%1: new: deal %2, order %3, existing client %4")
                  .arg(line)
                  .arg(decision.dealId)
                  .arg(decision.orderId)
                  .arg(decision.clientId)
            : LeadsIntakeText::tr("%1: new: deal %2, order %3, new client %4")
                  .arg(line)
                  .arg(decision.dealId)
                  .arg(decision.orderId)
                  .arg(decision.clientId);
    }
    const QString by = decision.matchedBy == QLatin1String("email")
        ? LeadsIntakeText::tr("same e-mail")
        : LeadsIntakeText::tr("same phone");
    return decision.action == leads::DuplicateAction::Task
        ? LeadsIntakeText::tr("%1: duplicate of deal %2 (%3): a task was added to the deal")
              .arg(line)
              .arg(decision.dealId)
              .arg(by)
        : LeadsIntakeText::tr("%1: duplicate of deal %2 (%3): a comment was added to the deal")
              .arg(line)
              .arg(decision.dealId)
              .arg(by);
}

// Reads standard input a line at a time (a batch may be long, or still being written), checks
// each lead with the domain rules, and posts the valid ones one after the other: in order, so
// that a lead repeated within the batch is found as a duplicate of the first.
class LeadsIntake final : public QObject {
public:
    explicit LeadsIntake(CommandContext &context)
        : QObject(context.anchor()), m_context(context) { }

    void start()
    {
        for (const QCommandLineOption &option : leadsListOptions()) {
            if (m_context.parser().isSet(option)) {
                m_context.fail(ExitUsage,
                               LeadsIntakeText::tr("--%1 applies to “leads list”, not to “leads "
                                                   "intake”.")
                                   .arg(option.names().constFirst()));
                return;
            }
        }
        if (!m_in.open(stdin, QIODevice::ReadOnly)) {
            m_context.fail(ExitUsage,
                           LeadsIntakeText::tr("Standard input cannot be read: pipe the leads "
                                               "into operator-cli, one JSON object a line."));
            return;
        }
        ops::verifyToken(m_context.client(), m_context.crmUrl(), m_context.token(), this,
                         [this](const ops::SignInResult &signedIn) {
                             if (!signedIn.user) {
                                 if (signedIn.error)
                                     m_context.fail(ExitFailure,
                                                    crmErrorText(*signedIn.error, signedIn.message,
                                                                 m_context.crmUrl()));
                                 else
                                     m_context.fail(ExitUsage, signedIn.message);
                                 return;
                             }
                             next();
                         });
    }

private:
    // Handles lines until one goes to the CRM (its answer calls next() again) or input ends.
    void next()
    {
        for (;;) {
            const QByteArray raw = m_in.readLine();
            if (raw.isEmpty()) {
                finish();
                return;
            }
            ++m_line;
            QString field;
            QString message;
            const std::optional<leads::LeadInput> lead = parse(raw, &field, &message);
            if (!lead) {
                ++m_invalid;
                printError(field, message);
                continue;
            }
            if (m_crmError) {
                ++m_notSent;
                printError(QString(),
                           LeadsIntakeText::tr("Not sent: the CRM failed on line %1.")
                               .arg(m_crmErrorLine));
                continue;
            }
            const int line = m_line;
            ops::intakeLead(
                m_context.client(), *lead, this,
                [this, line](const ops::LeadIntakeResult &result) { answered(line, result); });
            return;
        }
    }

    static std::optional<leads::LeadInput> parse(const QByteArray &raw, QString *field,
                                                 QString *message)
    {
        const QByteArray text = raw.trimmed();
        if (text.isEmpty()) {
            *message
                = LeadsIntakeText::tr("The line is empty: expected one lead as a JSON object.");
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *message = LeadsIntakeText::tr("The line is not a JSON object (%1).")
                           .arg(parseError.error != QJsonParseError::NoError
                                    ? parseError.errorString()
                                    : LeadsIntakeText::tr("a JSON value of another kind"));
            return std::nullopt;
        }
        leads::FieldError error;
        std::optional<leads::LeadInput> lead
            = leads::LeadInput::fromJson(document.object(), &error);
        if (!lead) {
            *field = error.field;
            *message = error.message;
        }
        return lead;
    }

    void answered(int line, const ops::LeadIntakeResult &result)
    {
        if (result.ok()) {
            ++(result.decision->kind == ops::LeadDecision::Kind::New ? m_new : m_duplicates);
            m_context.print(m_context.json() ? decisionLine(*result.decision)
                                             : decisionText(line, *result.decision));
        } else if (result.error->kind == crm::ErrorKind::Validation
                   || result.error->kind == crm::ErrorKind::Conflict) {
            // The CRM refused this lead (its own checks, or its call id was received already
            // as another lead): the lead's fault, like any invalid line.
            ++m_invalid;
            printError(result.error->field, result.error->message);
        } else {
            m_crmError = result.error;
            m_crmErrorLine = line;
            printError(QString(), result.error->message);
        }
        next();
    }

    void printError(const QString &field, const QString &message)
    {
        if (m_context.json()) {
            m_context.print(errorLine(field, message));
        } else if (field.isEmpty()) {
            m_context.print(LeadsIntakeText::tr("%1: error: %2").arg(m_line).arg(message));
        } else {
            m_context.print(
                LeadsIntakeText::tr("%1: invalid %2: %3").arg(m_line).arg(field, message));
        }
    }

    void finish()
    {
        if (!m_context.json()) {
            m_context.print(LeadsIntakeText::tr("%Ln lead(s): %1 new, %2 duplicate, %3 invalid, "
                                                "%4 not sent.",
                                                nullptr, m_line)
                                .arg(QLocale().toString(m_new), QLocale().toString(m_duplicates),
                                     QLocale().toString(m_invalid),
                                     QLocale().toString(m_notSent + (m_crmError ? 1 : 0))));
        }
        if (m_crmError) {
            m_context.fail(
                ExitFailure,
                LeadsIntakeText::tr(
                    "The CRM failed on line %1, and %Ln later lead(s) were not sent: %2", nullptr,
                    m_notSent)
                    .arg(m_crmErrorLine)
                    .arg(crmErrorText(*m_crmError, m_crmError->message, m_context.crmUrl())));
        } else if (m_invalid > 0) {
            m_context.fail(ExitUsage,
                           LeadsIntakeText::tr("%Ln lead(s) were invalid and not sent; see "
                                               "their lines in the output.",
                                               nullptr, m_invalid));
        } else {
            m_context.succeed();
        }
    }

    CommandContext &m_context;
    QFile m_in;
    int m_line = 0;
    int m_new = 0;
    int m_duplicates = 0;
    int m_invalid = 0;
    int m_notSent = 0;
    std::optional<crm::CrmError> m_crmError; // the first failure that was not the lead's fault
    int m_crmErrorLine = 0;
};

} // namespace

void runLeadsIntake(CommandContext &context)
{
    (new LeadsIntake(context))->start();
}

} // namespace opc::cli
