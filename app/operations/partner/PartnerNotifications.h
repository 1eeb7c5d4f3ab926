#pragma once

#include "crm/CrmResult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// What the platform told the partner about a line (seed 003): 7 days before it expires, when it
// expired, and when one of its channels connected or disconnected.
enum class PartnerNotificationKind {
    LineExpiring,
    LineExpired,
    ChannelConnected,
    ChannelDisconnected
};
// "line_expiring", "line_expired", "channel_connected", "channel_disconnected"
QString partnerNotificationKindToWire(PartnerNotificationKind kind);
std::optional<PartnerNotificationKind> partnerNotificationKindFromWire(const QString &wire);

struct PartnerNotification {
    qint64 id = 0;
    PartnerNotificationKind kind = PartnerNotificationKind::LineExpiring;
    QDateTime createdAt; // UTC
    bool read = false;
    QString lineId; // "L-20001"
    qint64 partnerLineId = 0; // the line's record id, as PartnerLine::id
    qint64 clientId = 0;
    QString clientAccountId;
    QString clientEmail;
    QString organisation;
    QString project;
    QString channel; // channel notifications only; empty otherwise
    QDateTime expiresAt; // line_expiring / line_expired: the expiry it is about; else invalid
};

struct PartnerNotificationsResult {
    QList<PartnerNotification> notifications; // newest first
    int unreadCount = 0; // all unread ones, also those beyond what was read
    std::optional<crm::CrmError> error; // MalformedResponse names the bad field
    bool ok() const { return !error.has_value(); }
};

// GET /api/v1/partner/notifications, page by page until `maxCount` of the newest were read (or
// there are no more). `done` runs exactly once in `context`'s thread; nothing if `context` died
// first.
void loadPartnerNotifications(crm::CrmClient *client, int maxCount, QObject *context,
                              std::function<void(const PartnerNotificationsResult &)> done);

struct NotificationsReadResult {
    int unreadCount = 0; // left after marking
    std::optional<crm::CrmError> error;
    bool ok() const { return !error.has_value(); }
};

// POST /api/v1/partner/notifications/read {"ids": […]}, or {"all": true} when `ids` is empty.
// Not audited: it changes only what the partner has seen. `done` as above.
void markNotificationsRead(crm::CrmClient *client, const QList<qint64> &ids, QObject *context,
                           std::function<void(const NotificationsReadResult &)> done);

} // namespace opc::ops
