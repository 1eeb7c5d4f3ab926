#pragma once

#include <QStatusBar>
#include <QUrl>

class QLabel;
class QPushButton;

namespace opc::ops {
class Session;
}

namespace opc::ui {

// The main window's status bar: who is signed in, with which role, to which CRM, whether the
// CRM answers, the SANDBOX badge, and a notice when the token lives in memory only.
class ConsoleStatusBar final : public QStatusBar {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleStatusBar)

public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    // Shows the session's user, role and CRM, and follows its connection state from now on.
    void setSession(const ops::Session *session);

    // What the console is doing before a session exists ("Starting the sandbox CRM…") or why
    // it has none; `canSignIn` shows the button that opens the sign-in dialog.
    void setStartupState(const QString &text, bool canSignIn);

    // Shown before any session exists, so the badge is there from the first paint.
    void setSandbox(bool sandbox);

    void setOnline(bool online, const QString &reason = {});

    // Audit events the CRM refused stay in the local journal; the agent should know (and tell
    // the team lead), but nothing is lost, so it is a notice, not an error dialog.
    void setRefusedAuditEvents(int refused);

Q_SIGNALS:
    void signInRequested();

private:
    QLabel *m_sandboxBadge;
    QLabel *m_state;
    QPushButton *m_signIn;
    QLabel *m_keychainNotice;
    QLabel *m_auditNotice;
    QLabel *m_user;
    QLabel *m_role;
    QLabel *m_crmUrl;
    QLabel *m_connectionIcon;
    QLabel *m_connection;
};

} // namespace opc::ui
