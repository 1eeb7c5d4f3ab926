#include "ui/ConsoleStatusBar.h"

#include "crm/ConnectionMonitor.h"
#include "operations/AuditRecorder.h"
#include "operations/Session.h"
#include "ui/Icons.h"
#include "ui/widgets/ElidedLabel.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace opc::ui {

namespace {

// Text items may be elided: the status bar must never push the window wider. The badge and the
// connection icon are short and fixed, and must stay whole.
enum class Fit { Elide, Whole };

QLabel *makeLabel(const QString &objectName, QWidget *parent, Fit fit = Fit::Elide)
{
    auto *label = fit == Fit::Elide ? new ElidedLabel(parent) : new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    // Room between the items: the status bar draws no separators of its own in most styles.
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent),
      m_sandboxBadge(makeLabel(QStringLiteral("sandboxBadge"), this, Fit::Whole)),
      m_state(makeLabel(QStringLiteral("startupStateLabel"), this)),
      m_signIn(new QPushButton(tr("Sign in…"), this)),
      m_keychainNotice(makeLabel(QStringLiteral("keychainNotice"), this)),
      m_auditNotice(makeLabel(QStringLiteral("auditNotice"), this)),
      m_user(makeLabel(QStringLiteral("userLabel"), this)),
      m_role(makeLabel(QStringLiteral("roleLabel"), this)),
      m_crmUrl(makeLabel(QStringLiteral("crmUrlLabel"), this)),
      m_connectionIcon(makeLabel(QStringLiteral("connectionIcon"), this, Fit::Whole)),
      m_connection(makeLabel(QStringLiteral("connectionLabel"), this))
{
    setObjectName(QStringLiteral("statusBar"));
    setAccessibleName(tr("Status"));

    m_sandboxBadge->setText(tr("SANDBOX"));
    m_sandboxBadge->setAccessibleName(tr("Sandbox CRM: training data, nothing here is real"));
    m_sandboxBadge->setToolTip(m_sandboxBadge->accessibleName());
    // The one fixed colour pair in the console: white on dark red reads the same on light and
    // dark palettes, and the badge must never blend into the window. Regular weight, like the
    // headings: no bold face needs loading before the first paint.
    m_sandboxBadge->setStyleSheet(
        QStringLiteral("QLabel#sandboxBadge { background-color: #b71c1c; color: #ffffff;"
                       " padding: 1px 8px; border-radius: 3px; }"));
    m_sandboxBadge->hide();

    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->hide();
    connect(m_signIn, &QPushButton::clicked, this, &ConsoleStatusBar::signInRequested);

    m_keychainNotice->setText(tr("Token kept for this session only"));
    m_keychainNotice->setToolTip(
        tr("No keychain is available, so the token is kept in memory for this session only: "
           "you will be asked to sign in again next time."));
    m_keychainNotice->setAccessibleName(m_keychainNotice->toolTip());
    m_keychainNotice->hide();

    m_auditNotice->hide();

    m_user->setAccessibleName(tr("Signed-in user"));
    m_role->setAccessibleName(tr("Role"));
    m_crmUrl->setAccessibleName(tr("CRM address"));
    m_connection->setAccessibleName(tr("CRM connection"));
    m_connectionIcon->setAccessibleName(tr("CRM connection"));
    m_connectionIcon->setContentsMargins(6, 0, 0, 0);
    m_connection->setContentsMargins(2, 0, 6, 0);
    for (QLabel *label : { m_user, m_role, m_crmUrl, m_connectionIcon, m_connection })
        label->hide();

    addWidget(m_sandboxBadge);
    addWidget(m_state);
    addWidget(m_signIn);
    addWidget(m_keychainNotice);
    addWidget(m_auditNotice);
    addPermanentWidget(m_user);
    addPermanentWidget(m_role);
    addPermanentWidget(m_crmUrl);
    addPermanentWidget(m_connectionIcon);
    addPermanentWidget(m_connection);
}

void ConsoleStatusBar::setSession(const ops::Session *session)
{
    m_state->hide();
    m_signIn->hide();
    setSandbox(session->isSandbox());

    m_user->setText(session->user().displayName);
    m_user->setToolTip(session->user().login);
    m_role->setText(roleDisplayName(session->user().role));
    const QString url = session->crmUrl().toDisplayString();
    m_crmUrl->setText(url);
    m_crmUrl->setToolTip(tr("CRM: %1").arg(url));
    for (QLabel *label : { m_user, m_role, m_crmUrl, m_connectionIcon, m_connection })
        label->show();

    // The sandbox's tokens are fixed and never asked for, so the notice would only confuse.
    m_keychainNotice->setVisible(!session->isSandbox()
                                 && session->tokenStorage() == secrets::TokenStorage::MemoryOnly);

    const ops::AuditRecorder *audit = session->audit();
    setRefusedAuditEvents(audit->refusedCount());
    connect(audit, &ops::AuditRecorder::refusedCountChanged, this,
            &ConsoleStatusBar::setRefusedAuditEvents);

    const crm::ConnectionMonitor *monitor = session->connection();
    setOnline(monitor->isOnline());
    connect(monitor, &crm::ConnectionMonitor::onlineChanged, this, [this, monitor](bool online) {
        setOnline(online, online ? QString() : monitor->lastError().message);
    });
}

void ConsoleStatusBar::setStartupState(const QString &text, bool canSignIn)
{
    m_state->setText(text);
    m_state->setToolTip(text);
    m_state->setAccessibleName(text);
    m_state->setVisible(!text.isEmpty());
    m_signIn->setVisible(canSignIn);
}

void ConsoleStatusBar::setRefusedAuditEvents(int refused)
{
    m_auditNotice->setVisible(refused > 0);
    if (refused <= 0)
        return;
    m_auditNotice->setText(tr("%Ln audit event(s) refused", nullptr, refused));
    m_auditNotice->setToolTip(ops::AuditRecorder::refusedSummary(refused));
    m_auditNotice->setAccessibleName(m_auditNotice->toolTip());
}

void ConsoleStatusBar::setSandbox(bool sandbox)
{
    m_sandboxBadge->setVisible(sandbox);
}

void ConsoleStatusBar::setOnline(bool online, const QString &reason)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = loadIcon(online ? QStringLiteral("online") : QStringLiteral("offline"));
    m_connectionIcon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_connection->setText(online ? tr("Online") : tr("Offline: reconnecting…"));
    m_connection->setProperty("online", online);
    const QString tip = online ? tr("The CRM answers.")
        : reason.isEmpty()     ? tr("The CRM does not answer.")
                               : tr("The CRM does not answer: %1").arg(reason);
    m_connection->setToolTip(tip.trimmed());
    m_connectionIcon->setToolTip(tip.trimmed());
}

} // namespace opc::ui
