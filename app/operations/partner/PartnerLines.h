#pragma once

#include "core/partner/PartnerRules.h"
#include "crm/CrmResult.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// One channel of a line and whether the platform reports it connected.
struct PartnerLineChannel {
    QString channel; // lower-case wire name: "whatsapp", "telegram", "max", "waba", ...
    bool connected = false;
};

// One line (a bundle of channels) of a partner's client, as GET /api/v1/partner/lines, a
// comment change and an order's answer show it.
struct PartnerLine {
    qint64 id = 0; // the CRM's key: orders and PATCH name the line by it
    qint64 clientId = 0;
    QString clientAccountId; // "PC-1001"
    QString clientEmail; // notifications name it
    QString organisation;
    QString project;
    QString country; // ISO 3166-1 alpha-2
    QString lineId; // the platform's line id as people see it: "L-20001"
    QString name;
    QDateTime expiresAt; // UTC
    partner::LineStatus status = partner::LineStatus::Active; // the CRM's, on its "today"
    qint64 daysLeft = 0; // from the CRM's today to the expiry date; negative once expired
    bool isNfr = false;
    QString comment;
    qint64 version = 0;
    QList<PartnerLineChannel> channels;

    QDate expiresOn() const { return expiresAt.toUTC().date(); }
    // The If-Match of a change: the contract's entity tag "partner-line-<id>-v<version>"
    // (quoted), the same the CRM sends as ETag.
    QByteArray etag() const;
    // How many of each channel the line has (connected or not): what a renewal pays for.
    QMap<QString, qint64> channelCounts() const;
};

// Reads one line strictly; nullopt with the problem ("channels[1].connected: expected true or
// false") otherwise.
std::optional<PartnerLine> partnerLineFromJson(const QJsonObject &json, QString *problem);

// What an audit event keeps of a line: ids, expiry, channels, comment and version.
QJsonObject partnerLineSummary(const PartnerLine &line);

// The filters of the lines page; empty ones do not filter.
struct PartnerLineQuery {
    std::optional<partner::LineStatus> status;
    QString country; // two letters, e.g. "RU"
    qint64 clientId = 0; // 0: every client
};

struct PartnerLinesResult {
    QList<PartnerLine> lines; // in the CRM's order (by id)
    std::optional<crm::CrmError> error; // MalformedResponse names the bad field
    bool ok() const { return !error.has_value(); }
};

// GET /api/v1/partner/lines with the query's filters, every page (200 lines a page, the most the
// CRM hands out), read strictly. `done` runs exactly once in `context`'s thread; nothing if
// `context` died first.
void loadPartnerLines(crm::CrmClient *client, const PartnerLineQuery &query, QObject *context,
                      std::function<void(const PartnerLinesResult &)> done);

struct PartnerLineResult {
    std::optional<PartnerLine> line; // set on success: the line as the CRM has it now
    // setPartnerLineComment(): a change refused because the line changed meanwhile (412): the
    // line as it is now, when reading it again worked.
    std::optional<PartnerLine> reloaded;
    std::optional<crm::CrmError> error;
    QString message; // for people, translated, when it failed
    bool ok() const { return line.has_value(); }
};

// GET /api/v1/partner/lines/{id}: one line, read strictly; NotFound when there is none. `done`
// as for loadPartnerLines().
void loadPartnerLine(crm::CrmClient *client, qint64 id, QObject *context,
                     std::function<void(const PartnerLineResult &)> done);

} // namespace opc::ops
