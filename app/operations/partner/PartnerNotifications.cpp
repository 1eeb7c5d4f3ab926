#include "operations/partner/PartnerNotifications.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/partner/PartnerOpsSupport.h"

#include <QJsonArray>

#include <memory>

namespace opc::ops {

namespace {

PartnerNotification readNotification(const QJsonObject &json, JsonFieldReader &parent,
                                     const QString &prefix)
{
    JsonFieldReader reader(json);
    PartnerNotification notification;
    notification.id = reader.integer(QStringLiteral("id"), 1);
    const QString kind = reader.text(QStringLiteral("kind"));
    if (const auto parsed = partnerNotificationKindFromWire(kind))
        notification.kind = *parsed;
    else
        reader.fail(QStringLiteral("kind"),
                    QStringLiteral("\"line_expiring\", \"line_expired\", \"channel_connected\" or "
                                   "\"channel_disconnected\""));
    notification.createdAt = leadops::readTime(reader, json, QStringLiteral("created_at"));
    notification.read = reader.flag(QStringLiteral("read"));
    notification.lineId = reader.text(QStringLiteral("line_id"));
    notification.partnerLineId = reader.integer(QStringLiteral("partner_line_id"), 1);
    notification.clientId = reader.integer(QStringLiteral("client_id"), 1);
    notification.clientAccountId = reader.text(QStringLiteral("client_account_id"));
    notification.clientEmail = reader.text(QStringLiteral("client_email"));
    notification.organisation = reader.text(QStringLiteral("organisation"));
    notification.project = reader.text(QStringLiteral("project"));
    const bool aboutChannel = notification.kind == PartnerNotificationKind::ChannelConnected
        || notification.kind == PartnerNotificationKind::ChannelDisconnected;
    if (aboutChannel || json.contains(QStringLiteral("channel")))
        notification.channel = aboutChannel ? reader.text(QStringLiteral("channel"))
                                            : reader.textOrNull(QStringLiteral("channel"));
    const bool aboutExpiry = notification.kind == PartnerNotificationKind::LineExpiring
        || notification.kind == PartnerNotificationKind::LineExpired;
    if (aboutExpiry || json.contains(QStringLiteral("expires_at")))
        notification.expiresAt
            = leadops::readTime(reader, json, QStringLiteral("expires_at"), !aboutExpiry);
    parent.adopt(prefix, reader);
    return notification;
}

} // namespace

QString partnerNotificationKindToWire(PartnerNotificationKind kind)
{
    switch (kind) {
    case PartnerNotificationKind::LineExpiring:
        return QStringLiteral("line_expiring");
    case PartnerNotificationKind::LineExpired:
        return QStringLiteral("line_expired");
    case PartnerNotificationKind::ChannelConnected:
        return QStringLiteral("channel_connected");
    case PartnerNotificationKind::ChannelDisconnected:
        return QStringLiteral("channel_disconnected");
    }
    return QStringLiteral("line_expiring");
}

std::optional<PartnerNotificationKind> partnerNotificationKindFromWire(const QString &wire)
{
    for (const PartnerNotificationKind kind :
         { PartnerNotificationKind::LineExpiring, PartnerNotificationKind::LineExpired,
           PartnerNotificationKind::ChannelConnected,
           PartnerNotificationKind::ChannelDisconnected }) {
        if (partnerNotificationKindToWire(kind) == wire)
            return kind;
    }
    return std::nullopt;
}

void loadPartnerNotifications(crm::CrmClient *client, int maxCount, QObject *context,
                              std::function<void(const PartnerNotificationsResult &)> done)
{
    auto walk = std::make_shared<partnerops::PageWalk>();
    walk->client = client;
    walk->context = context;
    walk->path = partnerops::partnerPath(QStringLiteral("/notifications"));
    auto collected = std::make_shared<PartnerNotificationsResult>();
    auto first = std::make_shared<bool>(true);
    walk->readPage = [collected, first, maxCount](const QJsonObject &, JsonFieldReader &reader) {
        // The first page's count: later pages may see newer ones that it did not.
        const int unread = reader.count(QStringLiteral("unread_count"));
        if (*first)
            collected->unreadCount = unread;
        *first = false;
        const QJsonArray items = reader.array(QStringLiteral("items"));
        for (int i = 0; i < items.size() && reader.ok(); ++i) {
            const QString at = QStringLiteral("items[%1]").arg(i);
            if (!items.at(i).isObject()) {
                reader.fail(at, QStringLiteral("an object"));
                break;
            }
            const PartnerNotification notification
                = readNotification(items.at(i).toObject(), reader, at);
            if (collected->notifications.size() < maxCount)
                collected->notifications.append(notification);
        }
        return collected->notifications.size() < maxCount;
    };
    walk->finished
        = [collected, done = std::move(done)](const std::optional<crm::CrmError> &error) {
              PartnerNotificationsResult result;
              result.error = error;
              if (!error) {
                  result.notifications = collected->notifications;
                  result.unreadCount = collected->unreadCount;
              }
              done(result);
          };
    partnerops::walkPages(walk);
}

void markNotificationsRead(crm::CrmClient *client, const QList<qint64> &ids, QObject *context,
                           std::function<void(const NotificationsReadResult &)> done)
{
    QJsonObject body;
    if (ids.isEmpty()) {
        body.insert(QStringLiteral("all"), true);
    } else {
        QJsonArray list;
        for (const qint64 id : ids)
            list.append(id);
        body.insert(QStringLiteral("ids"), list);
    }
    const QString path = partnerops::partnerPath(QStringLiteral("/notifications/read"));
    client->post(path, body, context, [done = std::move(done), path](const crm::CrmResult &result) {
        NotificationsReadResult read;
        if (!result.ok()) {
            read.error = result.error;
            done(read);
            return;
        }
        JsonFieldReader reader(result.body.toObject());
        read.unreadCount = reader.count(QStringLiteral("unread_count"));
        if (!reader.ok())
            read.error
                = leadops::malformed(result, QStringLiteral("POST ") + path, reader.problem());
        done(read);
    });
}

} // namespace opc::ops
