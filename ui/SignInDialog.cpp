#include "ui/SignInDialog.h"

#include "crm/CrmClient.h"
#include "operations/SignIn.h"
#include "ui/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace opc::ui {

SignInDialog::SignInDialog(secrets::TokenStore *tokens, AppSettings *settings, QWidget *parent)
    : QDialog(parent), m_tokens(tokens), m_settings(settings), m_client(new crm::CrmClient(this)),
      m_url(new QLineEdit(this)), m_token(new QLineEdit(this)), m_error(new QLabel(this)),
      m_progressText(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the CRM"));
    setAccessibleName(windowTitle());

    m_url->setObjectName(QStringLiteral("crmUrlEdit"));
    m_url->setAccessibleName(tr("CRM address"));
    m_url->setPlaceholderText(tr("https://crm.example.org"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);

    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Access token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                 | Qt::ImhNoAutoUppercase);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_progressText->setObjectName(QStringLiteral("progressLabel"));
    m_progressText->hide();
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->setRange(0, 0); // busy indicator: /me has no measurable progress
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("CRM &address:"), m_url);
    form->addRow(tr("Access &token:"), m_token);

    auto *hint = new QLabel(
        tr("Your team lead gives you the access token. It is kept in the system keychain, "
           "never in a file."),
        this);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_url, m_token);
    setTabOrder(m_token, m_signIn);
    setTabOrder(m_signIn, m_cancel);

    setCrmUrl(m_settings->lastCrmUrl());
    if (!restoreGeometry(m_settings->signInDialogGeometry()))
        resize(440, sizeHint().height());
}

SignInDialog::~SignInDialog()
{
    m_settings->setSignInDialogGeometry(saveGeometry());
}

void SignInDialog::setCrmUrl(const QUrl &url)
{
    if (url.isEmpty())
        return;
    m_url->setText(url.toDisplayString());
    m_token->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    growToFitContents();
}

void SignInDialog::growToFitContents()
{
    // A wrapped error of several lines needs more height than the dialog was opened with; the
    // width stays what the user chose.
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void SignInDialog::submit()
{
    if (isBusy())
        return;
    QString urlError;
    const QUrl url = ops::parseCrmUrl(m_url->text().trimmed(), &urlError);
    if (!url.isValid()) {
        showError(urlError);
        m_url->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        showError(tr("Enter the access token your team lead gave you."));
        m_token->setFocus(Qt::OtherFocusReason);
        return;
    }

    showError({});
    m_attempt = new QObject(this);
    setBusy(tr("Checking the token with %1…").arg(url.toDisplayString()));
    QObject *attempt = m_attempt;
    ops::verifyToken(m_client, url, token, attempt,
                     [this, attempt, url, token](const ops::SignInResult &result) {
                         if (attempt != m_attempt)
                             return; // cancelled meanwhile
                         if (!result.user) {
                             setIdle();
                             // The operation's sentence is the more specific one (a refused
                             // token says what to do); the CRM error's is the fallback.
                             showError(!result.message.isEmpty() ? result.message
                                           : result.error        ? result.error->message
                                                                 : QString());
                             m_token->setFocus(Qt::OtherFocusReason);
                             m_token->selectAll();
                             return;
                         }
                         storeToken(SignInOutcome { url, token, *result.user,
                                                    secrets::TokenStorage::MemoryOnly });
                     });
}

void SignInDialog::storeToken(SignInOutcome outcome)
{
    setBusy(tr("Saving the token in the system keychain…"));
    QObject *attempt = m_attempt;
    m_tokens->save(outcome.crmUrl, outcome.token, attempt,
                   [this, attempt, outcome](const secrets::TokenResult &result) mutable {
                       if (attempt != m_attempt)
                           return;
                       // Without a keychain the session still works; the status bar says the
                       // token is not kept.
                       outcome.storage = result.status == secrets::TokenResult::Status::Ok
                           ? secrets::TokenStorage::Keychain
                           : secrets::TokenStorage::MemoryOnly;
                       finish(outcome);
                   });
}

void SignInDialog::finish(const SignInOutcome &outcome)
{
    setIdle();
    m_settings->setLastCrmUrl(outcome.crmUrl);
    m_token->clear();
    Q_EMIT signedIn(outcome);
    accept();
}

void SignInDialog::reject()
{
    cancelAttempt();
    QDialog::reject();
}

void SignInDialog::setBusy(const QString &text)
{
    m_progressText->setText(text);
    m_progressText->show();
    m_progress->show();
    growToFitContents();
    m_url->setEnabled(false);
    m_token->setEnabled(false);
    m_signIn->setEnabled(false);
}

void SignInDialog::setIdle()
{
    cancelAttempt();
    m_progressText->hide();
    m_progress->hide();
    m_url->setEnabled(true);
    m_token->setEnabled(true);
    m_signIn->setEnabled(true);
}

void SignInDialog::cancelAttempt()
{
    // Later: this may run inside a callback delivered through the attempt object itself.
    if (m_attempt)
        m_attempt->deleteLater();
    m_attempt = nullptr;
}

} // namespace opc::ui
