#pragma once

#include "operations/partner/PartnerNotifications.h"

#include <QList>
#include <QTimer>
#include <QToolButton>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

// The bell of the partner lines page: the number of unread notifications (lines expiring in 7
// days or expired, channels connected or disconnected), asked for every minute; a click opens
// the history, newest first, unread ones in bold, with "Mark all as read". Never waits: every
// read is a request with its answer delivered later. Named "partnerBellButton"; the history
// "partnerNotificationsPopup" with "partnerNotificationsList" and
// "partnerNotificationsReadAllButton".
class NotificationBell final : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationBell)

public:
    explicit NotificationBell(QWidget *parent = nullptr);

    // Starts asking the CRM; the client must outlive the bell.
    void setClient(crm::CrmClient *client);
    int unreadCount() const { return m_unread; }
    QFrame *popup() const { return m_popup; }
    QListWidget *list() const { return m_list; }
    const QList<ops::PartnerNotification> &notifications() const { return m_notifications; }

    void refresh(); // the unread count, now
    void showHistory(); // opens the history and reads it
    void markAllRead();

    // A notification for people: what happened to which line of which client.
    static QString describe(const ops::PartnerNotification &notification);

Q_SIGNALS:
    void unreadCountChanged(int unread);
    void historyLoaded();

private:
    void setUnread(int unread);
    void fillList();
    void setState(const QString &text, bool failure);

    crm::CrmClient *m_client = nullptr;
    QTimer m_poll;
    int m_unread = 0;
    QList<ops::PartnerNotification> m_notifications;
    QFrame *m_popup;
    QListWidget *m_list;
    QLabel *m_state;
    QPushButton *m_readAll;
};

} // namespace opc::ui
