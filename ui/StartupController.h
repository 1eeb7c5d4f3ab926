#pragma once

#include "secrets/TokenStore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace opc::ops {
class EmbeddedSandbox;
class Session;
} // namespace opc::ops

namespace opc::ui {

class AppSettings;
class MainWindow;
class SignInDialog;
struct SignInOutcome;

struct StartupOptions {
    bool sandbox = false;
    QString sandboxDatabase; // empty: EmbeddedSandbox::defaultDatabasePath()
    QUrl crmUrl; // --crm; empty: the last one from settings
    // --smoke: the run ends at the first paint, so the work that would follow it (sandbox,
    // keychain, sign-in) is not started only to be torn down again.
    bool paintOnly = false;
};

// Takes the console from nothing to a signed-in main window without ever blocking: the window
// is shown and painted first, then the work starts (sandbox, keychain, /me) and the window is
// filled when a session exists. Every step answers through a callback; no nested event loop.
class StartupController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupController)

public:
    StartupController(StartupOptions options, AppSettings *settings, secrets::TokenStore *tokens,
                      QObject *parent = nullptr);
    ~StartupController() override;

    // Creates and shows the main window; the rest starts once it has painted.
    void start();

    MainWindow *mainWindow() const { return m_window; }
    ops::Session *session() const { return m_session; }
    // The sign-in dialog while it is open (tests drive it), otherwise null.
    SignInDialog *signInDialog() const;

Q_SIGNALS:
    void sessionStarted(opc::ops::Session *session);
    // Startup cannot go on by itself (the sandbox did not start, ...): the window says why.
    void startupFailed(const QString &message);

private:
    void beginWork();
    void startSandbox();
    void loadSavedToken(const QUrl &url);
    void startSession(const QUrl &url, const QString &token, secrets::TokenStorage storage,
                      const QString &failureIntro);
    void openSignInDialog(const QUrl &url, const QString &error);
    void onSignedIn(const SignInOutcome &outcome);
    void fail(const QString &message, bool canSignIn);

    StartupOptions m_options;
    AppSettings *m_settings;
    secrets::TokenStore *m_tokens;
    MainWindow *m_window = nullptr;
    ops::EmbeddedSandbox *m_sandbox = nullptr;
    ops::Session *m_session = nullptr;
    QPointer<SignInDialog> m_dialog;
    bool m_started = false;
};

} // namespace opc::ui
