#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "cli/commands/LinesCommands.h"
#include "core/LocaleFormat.h"
#include "operations/SignIn.h"
#include "operations/partner/PartnerLines.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace opc::cli {

namespace {

struct LinesListText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::LinesList)
};

const QCommandLineOption kStatusOption(QStringLiteral("status"), QString(),
                                       QStringLiteral("STATUS"));
const QCommandLineOption kCountryOption(QStringLiteral("country"), QString(), QStringLiteral("CC"));

// The expiry day as the console's table shows it: the line's UTC date, the locale's short form.
QString expiry(const ops::PartnerLine &line)
{
    return human::date(line.expiresOn());
}

// "whatsapp,telegram(off)": every channel, those not connected marked.
QString channelsText(const ops::PartnerLine &line)
{
    QStringList names;
    for (const ops::PartnerLineChannel &channel : line.channels)
        names << (channel.connected ? channel.channel
                                    : LinesListText::tr("%1(off)").arg(channel.channel));
    return names.isEmpty() ? QStringLiteral("-") : names.join(QLatin1Char(','));
}

QString orDash(const QString &text)
{
    const QString simple = text.simplified();
    return simple.isEmpty() ? QStringLiteral("-") : simple;
}

QJsonObject lineJson(const ops::PartnerLine &line)
{
    QJsonArray channels;
    for (const ops::PartnerLineChannel &channel : line.channels)
        channels.append(QJsonObject { { QStringLiteral("channel"), channel.channel },
                                      { QStringLiteral("connected"), channel.connected } });
    return QJsonObject {
        { QStringLiteral("id"), line.id },
        { QStringLiteral("line_id"), line.lineId },
        { QStringLiteral("client_id"), line.clientId },
        { QStringLiteral("client_account_id"), line.clientAccountId },
        { QStringLiteral("client_email"), line.clientEmail },
        { QStringLiteral("organisation"), line.organisation },
        { QStringLiteral("project"), line.project },
        { QStringLiteral("country"), line.country },
        { QStringLiteral("name"), line.name },
        { QStringLiteral("status"), lineStatusCliName(line.status) },
        { QStringLiteral("expires_at"), line.expiresAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("days_left"), line.daysLeft },
        { QStringLiteral("is_nfr"), line.isNfr },
        { QStringLiteral("channels"), channels },
        { QStringLiteral("comment"), line.comment },
        { QStringLiteral("version"), line.version },
    };
}

// Client account, organisation, project, line id, status, expiry, channels, comment: each column
// as wide as its widest cell, the comment last and unpadded.
void printTable(CommandContext &context, const QList<ops::PartnerLine> &lines)
{
    QList<QStringList> rows;
    rows.reserve(lines.size());
    for (const ops::PartnerLine &line : lines) {
        rows.append({ orDash(line.clientAccountId), orDash(line.organisation), orDash(line.project),
                      line.lineId, lineStatusCliName(line.status), expiry(line), channelsText(line),
                      line.comment.simplified() });
    }
    if (rows.isEmpty())
        return;
    QList<qsizetype> widths(rows.constFirst().size() - 1, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = qMax(widths.at(column), row.at(column).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString text;
        for (qsizetype column = 0; column < widths.size(); ++column)
            text += row.at(column).leftJustified(widths.at(column)) + QStringLiteral("  ");
        text += row.constLast();
        context.print(text.trimmed());
    }
}

void listLines(CommandContext &context, const ops::PartnerLineQuery &query)
{
    ops::loadPartnerLines(
        context.client(), query, context.anchor(),
        [&context](const ops::PartnerLinesResult &result) {
            if (!result.ok()) {
                const crm::CrmError &error = *result.error;
                context.fail(error.kind == crm::ErrorKind::Validation ? ExitUsage : ExitFailure,
                             crmErrorText(error, error.message, context.crmUrl()));
                return;
            }
            if (context.json()) {
                for (const ops::PartnerLine &line : result.lines)
                    context.print(QString::fromUtf8(
                        QJsonDocument(lineJson(line)).toJson(QJsonDocument::Compact)));
            } else {
                printTable(context, result.lines);
            }
            context.succeed();
        });
}

} // namespace

QList<QCommandLineOption> linesListOptions()
{
    auto described = [](QCommandLineOption option, const QString &description) {
        option.setDescription(description);
        return option;
    };
    return {
        described(kStatusOption,
                  LinesListText::tr("lines list: only lines in this status: active, expiring-7 "
                                    "(within 7 days), expiring-30 (within 30 days), expired.")),
        described(kCountryOption,
                  LinesListText::tr("lines list: only lines of clients in this country (two "
                                    "letters, e.g. RU).")),
    };
}

void runLinesList(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    ops::PartnerLineQuery query;
    if (parser.isSet(kStatusOption)) {
        const QString name = parser.value(kStatusOption).trimmed();
        query.status = lineStatusFromCliName(name);
        if (!query.status) {
            context.fail(ExitUsage,
                         LinesListText::tr("--status must be active, expiring-7, expiring-30 or "
                                           "expired, not “%1”.")
                             .arg(name));
            return;
        }
    }
    if (parser.isSet(kCountryOption)) {
        query.country = parser.value(kCountryOption).trimmed().toUpper();
        static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
        if (!twoLetters.match(query.country).hasMatch()) {
            context.fail(ExitUsage,
                         LinesListText::tr("--country must be a two-letter country code such as "
                                           "RU, not “%1”.")
                             .arg(parser.value(kCountryOption)));
            return;
        }
    }
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
            listLines(context, query);
        });
}

} // namespace opc::cli
