#include "sandbox/PartnerSupport.h"

#include "core/partner/PartnerRules.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/SandboxClock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

namespace opc::sandbox {

QDateTime partnerNow(const ApiContext &context)
{
    return context.clock ? context.clock->now() : QDateTime::currentDateTimeUtc();
}

QDate partnerToday(const ApiContext &context)
{
    return partnerNow(context).toUTC().date();
}

QString partnerNowIso(const ApiContext &context)
{
    return partnerNow(context).toUTC().toString(Qt::ISODateWithMs);
}

QDateTime storedTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

QDate storedDate(const QString &iso)
{
    return storedTime(iso).date();
}

QDateTime requestTime(const QJsonValue &value)
{
    // A date alone is refused: it would silently mean midnight, and a payment's or the clock's
    // time of day decides which day it counts for.
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?"
                       "(Z|[+-]\\d{2}:\\d{2})?$"));
    if (!value.isString() || !shape.match(value.toString()).hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // no offset written: UTC, as every time of the contract
    return time.toUTC();
}

HttpReply internalError(const QString &detail)
{
    return HttpReply::error(500, QStringLiteral("internal_error"),
                            Text::tr("The sandbox database failed: %1").arg(detail));
}

const QStringList &platformChannels()
{
    static const QStringList channels { QStringLiteral("whatsapp"),  QStringLiteral("telegram"),
                                        QStringLiteral("max"),       QStringLiteral("waba"),
                                        QStringLiteral("instagram"), QStringLiteral("vk"),
                                        QStringLiteral("avito"),     QStringLiteral("viber") };
    return channels;
}

std::optional<PartnerProfile> loadPartnerProfile(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query,
                   QStringLiteral("SELECT name, status, reward_balance_kopecks FROM "
                                  "partner_profile WHERE id = 1"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    PartnerProfile profile;
    if (query.next()) {
        profile.name = query.value(0).toString();
        profile.status = partner::partnerStatusFromWire(query.value(1).toString())
                             .value_or(partner::PartnerStatus::None);
        profile.rewardBalanceKopecks = query.value(2).toLongLong();
    }
    return profile;
}

bool ensurePartnerProfile(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (execQuery(query, QStringLiteral("INSERT OR IGNORE INTO partner_profile (id) VALUES (1)")))
        return true;
    *error = query.lastError().text();
    return false;
}

std::optional<partner::PriceList> loadPriceList(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query, QStringLiteral("SELECT kind, item, price_kopecks FROM partner_prices"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    partner::PriceList prices;
    while (query.next()) {
        auto &into = query.value(0).toString() == QLatin1String("channel") ? prices.channels
                                                                           : prices.chatcoins;
        into.insert(query.value(1).toString(), query.value(2).toLongLong());
    }
    return prices;
}

QByteArray lineTag(qint64 id, qint64 version)
{
    return entityTag("partner-line", id, version);
}

QString partnerLineSelect()
{
    return QStringLiteral(
        "SELECT l.id, l.client_id, l.line_id, l.name, l.expires_at, l.is_nfr, l.comment, "
        "l.version, c.account_id AS client_account_id, c.email AS client_email, c.organisation, "
        "COALESCE(l.project, c.project) AS project, c.country FROM partner_lines l JOIN "
        "partner_clients c ON c.id = l.client_id");
}

namespace {

QJsonArray channelsOf(QSqlDatabase &db, qint64 lineId)
{
    QSqlQuery query(db);
    execQuery(query,
              QStringLiteral("SELECT channel, connected FROM line_channels WHERE line_id = ? "
                             "ORDER BY id"),
              { lineId });
    QJsonArray channels;
    while (query.next()) {
        channels.append(QJsonObject { { QStringLiteral("channel"), query.value(0).toString() },
                                      { QStringLiteral("connected"), query.value(1).toBool() } });
    }
    return channels;
}

} // namespace

QJsonObject lineJson(ApiContext &context, const QSqlQuery &query)
{
    QJsonObject line = rowToJson(
        query,
        { QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("client_account_id"),
          QStringLiteral("client_email"), QStringLiteral("organisation"), QStringLiteral("project"),
          QStringLiteral("country"), QStringLiteral("line_id"), QStringLiteral("name"),
          QStringLiteral("expires_at"), QStringLiteral("comment"), QStringLiteral("version") });
    // Status and days left follow from the expiry date and the clock's today, so they are
    // computed, never stored, with the very rule the console filters with.
    const QDate today = partnerToday(context);
    const QDate expires = storedDate(query.value(QStringLiteral("expires_at")).toString());
    line.insert(QStringLiteral("status"),
                partner::lineStatusToWire(partner::lineStatusOn(today, expires)));
    line.insert(QStringLiteral("days_left"), today.daysTo(expires));
    line.insert(QStringLiteral("is_nfr"), query.value(QStringLiteral("is_nfr")).toBool());
    line.insert(QStringLiteral("channels"),
                channelsOf(context.db, query.value(QStringLiteral("id")).toLongLong()));
    return line;
}

std::optional<QJsonObject> lineJsonById(ApiContext &context, qint64 id, QString *error)
{
    QSqlQuery query(context.db);
    if (!execQuery(query, partnerLineSelect() + QStringLiteral(" WHERE l.id = ?"), { id })) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    error->clear();
    if (!query.next())
        return std::nullopt;
    return lineJson(context, query);
}

HttpReply lineReply(ApiContext &context, qint64 id, int status)
{
    QString error;
    const auto line = lineJsonById(context, id, &error);
    if (!line)
        return error.isEmpty() ? notFound() : internalError(error);
    return HttpReply::json(status, *line)
        .setHeader("ETag", lineTag(id, line->value(QStringLiteral("version")).toInteger()));
}

std::optional<QMap<QString, qint64>> lineChannelCounts(QSqlDatabase &db, qint64 lineId,
                                                       QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query,
                   QStringLiteral("SELECT channel, COUNT(*) FROM line_channels WHERE line_id = ? "
                                  "GROUP BY channel"),
                   { lineId })) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QMap<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

} // namespace opc::sandbox
