#include "sandbox/PartnerOrderSupport.h"

#include "core/partner/QuoteJson.h"
#include "sandbox/ApiSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>

namespace opc::sandbox::partnerorders {

HttpReply refused(const partner::QuoteError &error)
{
    return validationError(error.field, error.message);
}

std::optional<HttpReply> readPaymentMethod(const QJsonObject &body, bool required, QVariant *method)
{
    const QJsonValue value = body.value(QStringLiteral("payment_method"));
    if (!required && value.isUndefined())
        return std::nullopt;
    if (value.toString() != QLatin1String("card") && value.toString() != QLatin1String("invoice")) {
        return validationError(QStringLiteral("payment_method"),
                               Text::tr("payment_method must be card or invoice."));
    }
    *method = value.toString();
    return std::nullopt;
}

std::optional<HttpReply> readProject(const QJsonObject &body, QVariant *project)
{
    const QJsonValue value = body.value(QStringLiteral("project"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString() || value.toString().trimmed().size() > kMaxProjectLength) {
        return validationError(QStringLiteral("project"),
                               Text::tr("project must be text of at most %1 characters (empty: "
                                        "the client's project).")
                                   .arg(kMaxProjectLength));
    }
    if (!value.toString().trimmed().isEmpty())
        *project = value.toString().trimmed();
    return std::nullopt;
}

std::optional<HttpReply> checkChannels(const QMap<QString, qint64> &channels, const QString &field,
                                       qint64 alreadyInLine)
{
    qint64 total = 0;
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        if (!platformChannels().contains(it.key())) {
            return validationError(
                field + QLatin1Char('.') + it.key(),
                Text::tr("The platform has no “%1” channel. Channels: %2.")
                    .arg(it.key(), platformChannels().join(QStringLiteral(", "))));
        }
        total += it.value();
    }
    if (total == 0) {
        return validationError(field,
                               Text::tr("%1 names no channel: give at least one channel a count "
                                        "of 1 or more.")
                                   .arg(field));
    }
    if (alreadyInLine + total > kMaxChannelsPerLine) {
        return validationError(field,
                               Text::tr("A line holds at most %1 channels; this would make %2.")
                                   .arg(kMaxChannelsPerLine)
                                   .arg(alreadyInLine + total));
    }
    return std::nullopt;
}

std::optional<HttpReply> readNewLines(const OrderInput &in, const QJsonObject &json,
                                      const QString &prefix, partner::LineOrder *order)
{
    QJsonObject quoteInput { { QStringLiteral("partner_status"),
                               partner::partnerStatusToWire(in.profile.status) } };
    for (const QString &key : { QStringLiteral("months"), QStringLiteral("lines"),
                                QStringLiteral("chatcoins_package") }) {
        if (json.contains(key))
            quoteInput.insert(key, json.value(key));
    }
    partner::QuoteError quoteError;
    const auto read = partner::lineOrderFromJson(quoteInput, &quoteError);
    if (!read) {
        quoteError.field.prepend(prefix);
        return refused(quoteError);
    }
    qint64 newLines = 0;
    for (qsizetype i = 0; i < read->lines.size(); ++i) {
        if (const auto bad = checkChannels(read->lines.at(i).channels,
                                           prefix + QStringLiteral("lines[%1].channels").arg(i)))
            return *bad;
        newLines += read->lines.at(i).count;
    }
    if (newLines > kMaxLinesPerOrder) {
        return validationError(prefix + QStringLiteral("lines"),
                               Text::tr("One order buys at most %1 lines; this one asks for %2. "
                                        "Split it into several orders.")
                                   .arg(kMaxLinesPerOrder)
                                   .arg(newLines));
    }
    *order = *read;
    return std::nullopt;
}

std::optional<HttpReply> packageCoins(const QString &package, const QString &field, qint64 *coins)
{
    *coins = 0;
    if (package.isEmpty())
        return std::nullopt;
    // Package ids say their size: "cc-1000" is 1 000 ChatCoins.
    static const QRegularExpression size(QStringLiteral("^cc-(\\d{1,9})$"));
    const QRegularExpressionMatch match = size.match(package);
    if (!match.hasMatch()) {
        return validationError(field,
                               Text::tr("The ChatCoins package “%1” does not say how many "
                                        "coins it holds (expected an id such as cc-1000).")
                                   .arg(package));
    }
    *coins = match.captured(1).toLongLong();
    return std::nullopt;
}

bool createLines(QSqlDatabase &db, const partner::LineOrder &order, qint64 coins,
                 const QVariant &clientId, qint64 orderId, const QDateTime &now,
                 const QVariant &project, QList<qint64> *created, QString *error)
{
    auto lineNumber = lastLineNumber(db, error);
    if (!lineNumber)
        return false;
    QSqlQuery count(db);
    if (!execQuery(count, QStringLiteral("SELECT COUNT(*) FROM partner_lines WHERE client_id = ?"),
                   { clientId })
        || !count.next()) {
        *error = count.lastError().text();
        return false;
    }
    const qint64 existingLines = count.value(0).toLongLong();
    const QString expiresAt = now.addMonths(order.months).toString(Qt::ISODateWithMs);
    qint64 made = 0;
    for (const partner::LineGroup &group : order.lines) {
        for (qint64 i = 0; i < group.count; ++i) {
            QSqlQuery write(db);
            if (!execQuery(write,
                           QStringLiteral("INSERT INTO partner_lines (client_id, line_id, name, "
                                          "expires_at, project) VALUES (?, ?, ?, ?, ?)"),
                           { clientId, QStringLiteral("L-%1").arg(++*lineNumber),
                             Text::tr("Line %1").arg(existingLines + ++made), expiresAt,
                             project })) {
                *error = write.lastError().text();
                return false;
            }
            const qint64 lineId = write.lastInsertId().toLongLong();
            if (!addChannelRows(db, lineId, group.channels, error)
                || !linkOrderLine(db, orderId, lineId, error))
                return false;
            created->append(lineId);
        }
    }
    if (coins > 0) {
        QSqlQuery write(db);
        if (!execQuery(write,
                       QStringLiteral("UPDATE partner_clients SET chatcoins = chatcoins + ?, "
                                      "version = version + 1 WHERE id = ?"),
                       { coins, clientId })) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<qint64> insertOrder(const OrderInput &in, const QString &kind,
                                  const QVariant &clientId, const QVariant &months,
                                  const QVariant &paymentMethod, const partner::Quote &quote,
                                  bool addOn, const QString &now, QString *error)
{
    QSqlQuery write(in.context.db);
    if (!execQuery(
            write,
            QStringLiteral("INSERT INTO partner_orders (kind, client_id, months, "
                           "payment_method, subtotal_kopecks, total_kopecks, quote_json, "
                           "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { kind, clientId, months, paymentMethod, quote.subtotalKopecks, quote.totalKopecks,
              QString::fromUtf8(
                  QJsonDocument(partner::quoteToJson(quote, addOn)).toJson(QJsonDocument::Compact)),
              in.request.user.id, now })) {
        *error = write.lastError().text();
        return std::nullopt;
    }
    return write.lastInsertId().toLongLong();
}

bool linkOrderLine(QSqlDatabase &db, qint64 orderId, qint64 lineId, QString *error)
{
    QSqlQuery write(db);
    if (execQuery(write,
                  QStringLiteral("INSERT OR IGNORE INTO partner_order_lines (order_id, line_id) "
                                 "VALUES (?, ?)"),
                  { orderId, lineId }))
        return true;
    *error = write.lastError().text();
    return false;
}

bool addChannelRows(QSqlDatabase &db, qint64 lineId, const QMap<QString, qint64> &channels,
                    QString *error)
{
    // New channels are not connected yet: the platform reports when the client connects one.
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        for (qint64 i = 0; i < it.value(); ++i) {
            QSqlQuery write(db);
            if (!execQuery(write,
                           QStringLiteral("INSERT INTO line_channels (line_id, channel, "
                                          "connected) VALUES (?, ?, 0)"),
                           { lineId, it.key() })) {
                *error = write.lastError().text();
                return false;
            }
        }
    }
    return true;
}

HttpReply orderReply(OrderInput &in, qint64 orderId, const QString &kind,
                     const partner::Quote &quote, bool addOn, const QVariant &paymentMethod,
                     const QString &createdAt, const QList<qint64> &lineIds)
{
    QJsonObject body = partner::quoteToJson(quote, addOn);
    body.insert(QStringLiteral("id"), orderId);
    body.insert(QStringLiteral("kind"), kind);
    body.insert(QStringLiteral("payment_method"), sqlToJson(paymentMethod));
    body.insert(QStringLiteral("created_at"), createdAt);
    QJsonArray lines;
    for (qint64 id : lineIds) {
        QString error;
        const auto line = lineJsonById(in.context, id, &error);
        if (!line)
            return internalError(error);
        lines.append(*line);
    }
    body.insert(QStringLiteral("lines"), lines);
    return HttpReply::json(201, body);
}

HttpReply failWrite(QSqlDatabase &db, const QString &error)
{
    db.rollback();
    return internalError(error);
}

std::optional<qint64> lastLineNumber(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query,
                   QStringLiteral("SELECT MAX(CAST(SUBSTR(line_id, 3) AS INTEGER)) FROM "
                                  "partner_lines WHERE line_id GLOB 'L-[0-9]*'"))
        || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return qMax<qint64>(query.value(0).toLongLong(), 20000);
}

} // namespace opc::sandbox::partnerorders
