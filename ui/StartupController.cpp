#include "ui/StartupController.h"

#include "operations/EmbeddedSandbox.h"
#include "operations/Session.h"
#include "operations/SessionStart.h"
#include "ui/AppSettings.h"
#include "ui/ConsoleStatusBar.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QLoggingCategory>

namespace opc::ui {

Q_LOGGING_CATEGORY(lcStartup, "opc.ui.startup")

namespace {

// The demo agent of the sandbox fixture (README): `--sandbox` signs in as this user.
constexpr char kSandboxAgentToken[] = "demo-agent-token";

} // namespace

StartupController::StartupController(StartupOptions options, AppSettings *settings,
                                     secrets::TokenStore *tokens, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_settings(settings), m_tokens(tokens)
{
}

StartupController::~StartupController()
{
    delete m_dialog.data();
    delete m_window;
    // The session talks to the sandbox: end it first, then stop the server.
    delete m_session;
    delete m_sandbox;
}

SignInDialog *StartupController::signInDialog() const
{
    return m_dialog;
}

void StartupController::start()
{
    m_window = new MainWindow(m_settings);
    m_window->consoleStatusBar()->setSandbox(m_options.sandbox);
    m_window->consoleStatusBar()->setStartupState(
        m_options.sandbox ? tr("Starting the sandbox CRM…") : tr("Signing in…"), false);
    connect(m_window->consoleStatusBar(), &ConsoleStatusBar::signInRequested, this,
            [this] { openSignInDialog({}, {}); });
    // Paint first: nothing that could delay the first frame runs before it.
    connect(m_window, &MainWindow::firstPainted, this, &StartupController::beginWork,
            Qt::SingleShotConnection);
    m_window->show();
}

void StartupController::beginWork()
{
    if (m_started || m_options.paintOnly)
        return;
    m_started = true;
    if (m_options.sandbox) {
        startSandbox();
        return;
    }
    const QUrl url = m_options.crmUrl.isEmpty() ? m_settings->lastCrmUrl() : m_options.crmUrl;
    if (url.isEmpty())
        openSignInDialog({}, {});
    else
        loadSavedToken(url);
}

void StartupController::startSandbox()
{
    m_sandbox = new ops::EmbeddedSandbox;
    sandbox::SandboxOptions options;
    options.databasePath = m_options.sandboxDatabase.isEmpty()
        ? ops::EmbeddedSandbox::defaultDatabasePath()
        : m_options.sandboxDatabase;
    options.fixture = QStringLiteral("demo");
    m_sandbox->start(options, this, [this](const ops::EmbeddedSandbox::Started &started) {
        if (!started.ok) {
            fail(tr("The sandbox CRM could not start: %1").arg(started.error), false);
            return;
        }
        m_window->consoleStatusBar()->setStartupState(tr("Signing in to the sandbox…"), false);
        startSession(started.url, QString::fromLatin1(kSandboxAgentToken),
                     secrets::TokenStorage::MemoryOnly, tr("The sandbox refused the demo agent:"));
    });
}

void StartupController::loadSavedToken(const QUrl &url)
{
    m_tokens->load(url, this, [this, url](const secrets::TokenResult &result) {
        using Status = secrets::TokenResult::Status;
        if (result.status == Status::Ok && !result.token.isEmpty()) {
            startSession(url, result.token, secrets::TokenStorage::Keychain,
                         tr("The saved sign-in was not accepted:"));
            return;
        }
        // Nothing saved is the normal first start; a keychain problem is worth saying.
        openSignInDialog(url, result.status == Status::NotFound ? QString() : result.message);
    });
}

void StartupController::startSession(const QUrl &url, const QString &token,
                                     secrets::TokenStorage storage, const QString &failureIntro)
{
    ops::SessionOptions options;
    options.crmUrl = url;
    options.token = token;
    options.sandbox = m_options.sandbox;
    options.tokenStorage = storage;
    // An in-memory sandbox is gone at exit; its audit events have nowhere to go later.
    if (m_options.sandbox && m_options.sandboxDatabase == QLatin1String(":memory:"))
        options.auditOutboxPath = QStringLiteral(":memory:");
    ops::startSession(options, this, [this, url, failureIntro](ops::SessionStartResult result) {
        if (!result.session) {
            const QString why = result.error ? result.error->message : result.message;
            const QString message = failureIntro + QLatin1Char(' ') + why;
            if (m_options.sandbox)
                fail(message, false);
            else
                openSignInDialog(url, message);
            return;
        }
        m_session = result.session.release();
        m_session->setParent(this);
        m_window->setSession(m_session);
        Q_EMIT sessionStarted(m_session);
    });
}

void StartupController::openSignInDialog(const QUrl &url, const QString &error)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_tokens, m_settings, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SignInDialog::signedIn, this, &StartupController::onSignedIn);
        connect(m_dialog, &QDialog::rejected, this, [this] { fail(tr("Not signed in."), true); });
    }
    m_dialog->setCrmUrl(url.isEmpty() ? m_options.crmUrl : url);
    m_dialog->showError(error);
    m_window->consoleStatusBar()->setStartupState(tr("Not signed in."), false);
    // Window-modal and non-blocking: the answer comes through signedIn/rejected.
    m_dialog->open();
}

void StartupController::onSignedIn(const SignInOutcome &outcome)
{
    m_window->consoleStatusBar()->setStartupState(tr("Signing in…"), false);
    startSession(outcome.crmUrl, outcome.token, outcome.storage,
                 tr("Signing in did not complete:"));
}

void StartupController::fail(const QString &message, bool canSignIn)
{
    qCWarning(lcStartup).noquote() << message;
    m_window->consoleStatusBar()->setStartupState(message, canSignIn);
    Q_EMIT startupFailed(message);
}

} // namespace opc::ui
