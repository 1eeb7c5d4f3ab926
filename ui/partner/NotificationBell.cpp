#include "ui/partner/NotificationBell.h"

#include "core/LocaleFormat.h"
#include "ui/leads/LeadsUi.h"
#include "ui/partner/PartnerUi.h"

#include <QApplication>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;

namespace {

constexpr int kPollMs = 60000;
constexpr int kHistorySize = 100;

// A bell drawn in the text colour, so that it suits light and dark palettes alike.
QIcon bellIcon(const QColor &colour)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 24.0, size / 24.0);
        QPainterPath bell;
        bell.moveTo(12, 3);
        bell.cubicTo(7.5, 3, 6, 6.5, 6, 10);
        bell.lineTo(6, 15);
        bell.lineTo(4, 18);
        bell.lineTo(20, 18);
        bell.lineTo(18, 15);
        bell.lineTo(18, 10);
        bell.cubicTo(18, 6.5, 16.5, 3, 12, 3);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPath(bell);
        painter.drawEllipse(QPointF(12, 20), 2.2, 2.2);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

NotificationBell::NotificationBell(QWidget *parent)
    : QToolButton(parent), m_popup(new QFrame(this, Qt::Popup)), m_list(new QListWidget(m_popup)),
      m_state(new QLabel(m_popup)), m_readAll(new QPushButton(tr("Mark all as &read"), m_popup))
{
    named(this, QStringLiteral("partnerBellButton"), tr("Notifications"));
    setIcon(bellIcon(palette().color(QPalette::ButtonText)));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setToolTip(tr("Line and channel notifications"));
    setEnabled(false);

    m_popup->setObjectName(QStringLiteral("partnerNotificationsPopup"));
    m_popup->setAccessibleName(tr("Notifications"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *heading = new QLabel(tr("All notifications"), m_popup);
    heading->setObjectName(QStringLiteral("partnerNotificationsHeading"));
    leads_ui::makeHeading(heading);
    named(m_list, QStringLiteral("partnerNotificationsList"), tr("Notifications, newest first"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_state->setObjectName(QStringLiteral("partnerNotificationsState"));
    m_state->setWordWrap(true);
    named(m_readAll, QStringLiteral("partnerNotificationsReadAllButton"), tr("Mark all as read"));
    auto *layout = new QVBoxLayout(m_popup);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_readAll, 0, Qt::AlignRight);
    m_popup->resize(520, 420);

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &NotificationBell::refresh);
    connect(this, &QToolButton::clicked, this, &NotificationBell::showHistory);
    connect(m_readAll, &QPushButton::clicked, this, &NotificationBell::markAllRead);
    setUnread(0);
}

void NotificationBell::setClient(crm::CrmClient *client)
{
    m_client = client;
    setEnabled(client != nullptr);
    if (client) {
        m_poll.start();
        refresh();
    }
}

void NotificationBell::refresh()
{
    if (!m_client)
        return;
    ops::loadPartnerNotifications(m_client, 1, this,
                                  [this](const ops::PartnerNotificationsResult &result) {
                                      if (result.ok())
                                          setUnread(result.unreadCount);
                                  });
}

void NotificationBell::showHistory()
{
    if (!m_client)
        return;
    // Under the bell, within the screen.
    QPoint at = mapToGlobal(QPoint(width() - m_popup->width(), height()));
    if (const QScreen *screen = this->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(std::clamp(at.x(), room.left(),
                           std::max(room.left(), room.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    setState(tr("Loading the notifications…"), false);
    ops::loadPartnerNotifications(
        m_client, kHistorySize, this, [this](const ops::PartnerNotificationsResult &result) {
            if (!result.ok()) {
                setState(tr("Could not load the notifications: %1").arg(result.error->message),
                         true);
                return;
            }
            m_notifications = result.notifications;
            setUnread(result.unreadCount);
            fillList();
            setState(m_notifications.isEmpty() ? tr("No notifications yet.") : QString(), false);
            Q_EMIT historyLoaded();
        });
}

void NotificationBell::markAllRead()
{
    if (!m_client)
        return;
    m_readAll->setEnabled(false);
    ops::markNotificationsRead(
        m_client, {}, this, [this](const ops::NotificationsReadResult &result) {
            if (!result.ok()) {
                m_readAll->setEnabled(true);
                setState(tr("Could not mark them read: %1").arg(result.error->message), true);
                return;
            }
            for (ops::PartnerNotification &notification : m_notifications)
                notification.read = true;
            setUnread(result.unreadCount);
            fillList();
        });
}

QString NotificationBell::describe(const ops::PartnerNotification &notification)
{
    QString what;
    switch (notification.kind) {
    case ops::PartnerNotificationKind::LineExpiring:
        what = tr("Line %1 expires within 7 days.").arg(notification.lineId);
        break;
    case ops::PartnerNotificationKind::LineExpired:
        what = tr("Line %1 has expired.").arg(notification.lineId);
        break;
    case ops::PartnerNotificationKind::ChannelConnected:
        what = tr("%1 connected on line %2.")
                   .arg(partner_ui::channelName(notification.channel), notification.lineId);
        break;
    case ops::PartnerNotificationKind::ChannelDisconnected:
        what = tr("%1 disconnected on line %2.")
                   .arg(partner_ui::channelName(notification.channel), notification.lineId);
        break;
    }
    const QString client = notification.clientEmail.isEmpty()
        ? notification.clientAccountId
        : tr("%1, %2").arg(notification.clientAccountId, notification.clientEmail);
    return tr("%1\n%2, %3 (%4) · %5")
        .arg(what, notification.organisation, notification.project, client,
             human::dateTime(notification.createdAt));
}

void NotificationBell::setUnread(int unread)
{
    const bool changed = unread != m_unread;
    m_unread = unread;
    setText(unread > 0 ? partner_ui::number(unread) : QString());
    setAccessibleName(unread > 0 ? tr("Notifications, %Ln unread", nullptr, unread)
                                 : tr("Notifications"));
    setToolTip(unread > 0
                   ? tr("%Ln unread notification(s) about lines and channels.", nullptr, unread)
                   : tr("Line and channel notifications: none unread."));
    m_readAll->setEnabled(unread > 0);
    if (changed)
        Q_EMIT unreadCountChanged(unread);
}

void NotificationBell::fillList()
{
    m_list->clear();
    for (const ops::PartnerNotification &notification : std::as_const(m_notifications)) {
        auto *item = new QListWidgetItem(describe(notification), m_list);
        QFont font = item->font();
        font.setBold(!notification.read);
        item->setFont(font);
        item->setData(Qt::UserRole, notification.id);
        item->setData(Qt::AccessibleDescriptionRole, notification.read ? tr("Read") : tr("Unread"));
    }
}

void NotificationBell::setState(const QString &text, bool failure)
{
    leads_ui::setMessage(m_state, text, failure ? leads_ui::Tone::Bad : leads_ui::Tone::Neutral);
}

} // namespace opc::ui
