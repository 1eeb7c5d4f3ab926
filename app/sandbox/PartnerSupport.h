#pragma once

#include "core/partner/Pricing.h"
#include "sandbox/Routes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>
#include <vector>

// Shared by the partner files (PartnerApi, PartnerOrdersApi, PartnerRewardsApi,
// PartnerNotificationsApi, PartnerSweep): the sandbox clock, the partner's profile and price
// list, and a line as JSON. The rules are opc::partner's (app/core/partner), the same code the
// console prices and decides with.

namespace opc::sandbox {

// "Now" of the partner part (SandboxClock), or real time for a context without a clock.
QDateTime partnerNow(const ApiContext &context);
QDate partnerToday(const ApiContext &context);
QString partnerNowIso(const ApiContext &context);

// A stored ISO 8601 time ("2030-01-15T12:00:00.000Z") and its UTC date.
QDateTime storedTime(const QString &iso);
QDate storedDate(const QString &iso);
// A time a request sends: ISO 8601 with a date and a time (no offset means UTC); invalid when it
// is not one.
QDateTime requestTime(const QJsonValue &value);

// 500 with the database's words.
HttpReply internalError(const QString &detail);

// The platform's channel keys (the line_channels CHECK): what a line may hold.
const QStringList &platformChannels();

struct PartnerProfile {
    QString name;
    partner::PartnerStatus status = partner::PartnerStatus::None;
    qint64 rewardBalanceKopecks = 0;
};
// The stored profile, or the defaults (no name, status none, no reward) while none is stored.
std::optional<PartnerProfile> loadPartnerProfile(QSqlDatabase &db, QString *error);
// Stores the default profile row when there is none, so that an UPDATE has a row to change.
bool ensurePartnerProfile(QSqlDatabase &db, QString *error);

// GET /api/v1/partner/price-list as the pricing rules take it.
std::optional<partner::PriceList> loadPriceList(QSqlDatabase &db, QString *error);

// ETag of a line: "partner-line-ID-vN".
QByteArray lineTag(qint64 id, qint64 version);

// The line `id` as GET /api/v1/partner/lines shows it (status and days left as of the clock).
// nullopt with an empty `error` when there is no such line.
std::optional<QJsonObject> lineJsonById(ApiContext &context, qint64 id, QString *error);
// The same for the current row of a query made with partnerLineSelect().
QJsonObject lineJson(ApiContext &context, const QSqlQuery &query);
// SELECT of lines with what lineJson() needs (aliases l: line, c: client); append WHERE ….
QString partnerLineSelect();
// 200 with the line and its ETag; 404 when there is none.
HttpReply lineReply(ApiContext &context, qint64 id, int status = 200);

// How many of each channel the line holds, e.g. {"whatsapp": 2, "max": 1}.
std::optional<QMap<QString, qint64>> lineChannelCounts(QSqlDatabase &db, qint64 lineId,
                                                       QString *error);

// Brings the partner data up to the clock: ends or renews the NFR line whose expiry passed and
// sends the expiry notices that are due (PartnerSweep.cpp). Runs whenever the clock moves and
// before the notifications, the profile and the lines are read.
bool sweepPartner(ApiContext &context, QString *error);

// The parts of partnerRoutes() (PartnerApi.cpp), one per file.
std::vector<Route> partnerOrderRoutes();
std::vector<Route> partnerRewardRoutes();
std::vector<Route> partnerNotificationRoutes();
std::vector<Route> partnerClientRoutes(); // PartnerClientsApi.cpp: acting as a client

} // namespace opc::sandbox
