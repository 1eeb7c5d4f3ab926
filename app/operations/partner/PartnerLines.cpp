#include "operations/partner/PartnerLines.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/partner/PartnerOpsSupport.h"

#include <QJsonArray>

#include <memory>

namespace opc::ops {

namespace partnerops {

namespace {

// Every field of a line through `reader`, which reads `json`.
PartnerLine readFields(const QJsonObject &json, JsonFieldReader &reader)
{
    PartnerLine line;
    line.id = reader.integer(QStringLiteral("id"), 1);
    line.clientId = reader.integer(QStringLiteral("client_id"), 1);
    line.clientAccountId = reader.text(QStringLiteral("client_account_id"));
    line.clientEmail = reader.text(QStringLiteral("client_email"));
    line.organisation = reader.text(QStringLiteral("organisation"));
    line.project = reader.text(QStringLiteral("project"));
    line.country = reader.text(QStringLiteral("country"));
    line.lineId = reader.text(QStringLiteral("line_id"));
    line.name = reader.text(QStringLiteral("name"));
    line.expiresAt = leadops::readTime(reader, json, QStringLiteral("expires_at"));
    const QString status = reader.text(QStringLiteral("status"));
    if (const auto parsed = partner::lineStatusFromWire(status))
        line.status = *parsed;
    else
        reader.fail(QStringLiteral("status"),
                    QStringLiteral("\"active\", \"expiring_7d\", \"expiring_30d\" or \"expired\""));
    line.daysLeft = reader.integer(QStringLiteral("days_left"));
    line.isNfr = reader.flag(QStringLiteral("is_nfr"));
    line.comment = reader.text(QStringLiteral("comment"));
    line.version = reader.integer(QStringLiteral("version"), 0);
    const QJsonArray channels = reader.array(QStringLiteral("channels"));
    for (int i = 0; i < channels.size() && reader.ok(); ++i) {
        const QString at = QStringLiteral("channels[%1]").arg(i);
        if (!channels.at(i).isObject()) {
            reader.fail(at, QStringLiteral("an object"));
            break;
        }
        JsonFieldReader inner(channels.at(i).toObject());
        PartnerLineChannel channel;
        channel.channel = inner.text(QStringLiteral("channel"));
        if (inner.ok() && channel.channel.isEmpty())
            inner.fail(QStringLiteral("channel"), QStringLiteral("a channel name"));
        channel.connected = inner.flag(QStringLiteral("connected"));
        reader.adopt(at, inner);
        line.channels.append(channel);
    }
    return line;
}

} // namespace

PartnerLine readLine(const QJsonObject &json, JsonFieldReader &parent, const QString &prefix)
{
    JsonFieldReader reader(json);
    PartnerLine line = readFields(json, reader);
    parent.adopt(prefix, reader);
    return line;
}

QList<PartnerLine> readLines(const QJsonArray &array, JsonFieldReader &parent,
                             const QString &prefix)
{
    QList<PartnerLine> lines;
    lines.reserve(array.size());
    for (int i = 0; i < array.size() && parent.ok(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(prefix).arg(i);
        if (!array.at(i).isObject()) {
            parent.fail(at, QStringLiteral("an object"));
            break;
        }
        lines.append(readLine(array.at(i).toObject(), parent, at));
    }
    return lines;
}

} // namespace partnerops

QByteArray PartnerLine::etag() const
{
    return QByteArrayLiteral("\"partner-line-") + QByteArray::number(id) + QByteArrayLiteral("-v")
        + QByteArray::number(version) + '"';
}

QMap<QString, qint64> PartnerLine::channelCounts() const
{
    QMap<QString, qint64> counts;
    for (const PartnerLineChannel &channel : channels)
        ++counts[channel.channel];
    return counts;
}

std::optional<PartnerLine> partnerLineFromJson(const QJsonObject &json, QString *problem)
{
    JsonFieldReader reader(json);
    PartnerLine line = partnerops::readFields(json, reader);
    if (!reader.ok()) {
        if (problem)
            *problem = reader.problem();
        return std::nullopt;
    }
    return line;
}

QJsonObject partnerLineSummary(const PartnerLine &line)
{
    QJsonArray channels;
    for (const PartnerLineChannel &channel : line.channels)
        channels.append(QJsonObject { { QStringLiteral("channel"), channel.channel },
                                      { QStringLiteral("connected"), channel.connected } });
    return QJsonObject {
        { QStringLiteral("id"), line.id },
        { QStringLiteral("line_id"), line.lineId },
        { QStringLiteral("client_id"), line.clientId },
        { QStringLiteral("expires_at"), line.expiresAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("channels"), channels },
        { QStringLiteral("comment"), line.comment },
        { QStringLiteral("version"), line.version },
    };
}

namespace partnerops {

PartnerLineResult readLineAnswer(const crm::CrmResult &result, const QString &what)
{
    PartnerLineResult read;
    if (!result.ok()) {
        read.error = result.error;
        read.message = result.error->message;
        return read;
    }
    QJsonObject body;
    QString why;
    if (leadops::bodyObject(result, &body, &why))
        read.line = partnerLineFromJson(body, &why);
    if (!read.line) {
        read.error = leadops::malformed(result, what, why);
        read.message = read.error->message;
    }
    return read;
}

} // namespace partnerops

void loadPartnerLine(crm::CrmClient *client, qint64 id, QObject *context,
                     std::function<void(const PartnerLineResult &)> done)
{
    const QString path = partnerops::partnerPath(QStringLiteral("/lines/%1").arg(id));
    client->get(path, context, [done = std::move(done), path](const crm::CrmResult &result) {
        done(partnerops::readLineAnswer(result, QStringLiteral("GET ") + path));
    });
}

void loadPartnerLines(crm::CrmClient *client, const PartnerLineQuery &query, QObject *context,
                      std::function<void(const PartnerLinesResult &)> done)
{
    auto walk = std::make_shared<partnerops::PageWalk>();
    walk->client = client;
    walk->context = context;
    walk->path = partnerops::partnerPath(QStringLiteral("/lines"));
    if (query.status)
        walk->query.addQueryItem(QStringLiteral("status"),
                                 partner::lineStatusToWire(*query.status));
    if (!query.country.isEmpty())
        walk->query.addQueryItem(QStringLiteral("country"), query.country);
    if (query.clientId > 0)
        walk->query.addQueryItem(QStringLiteral("client_id"), QString::number(query.clientId));
    auto collected = std::make_shared<QList<PartnerLine>>();
    walk->readPage = [collected](const QJsonObject &, JsonFieldReader &reader) {
        collected->append(partnerops::readLines(reader.array(QStringLiteral("items")), reader,
                                                QStringLiteral("items")));
        return true;
    };
    walk->finished
        = [collected, done = std::move(done)](const std::optional<crm::CrmError> &error) {
              PartnerLinesResult result;
              result.error = error;
              if (!error)
                  result.lines = std::move(*collected);
              done(result);
          };
    partnerops::walkPages(walk);
}

} // namespace opc::ops
