#pragma once

#include "operations/User.h"
#include "secrets/TokenStore.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class AppSettings;

// What a successful sign-in hands to the console. The token travels only in memory.
struct SignInOutcome {
    QUrl crmUrl;
    QString token;
    ops::User user;
    secrets::TokenStorage storage = secrets::TokenStorage::MemoryOnly;
};

// CRM URL and token. "Sign in" checks the token with GET /me (asynchronously: the dialog
// stays responsive and can be cancelled), shows the CRM's error inline and stays open on
// failure; on success it stores the token in the keychain (or keeps it in memory when there
// is none), emits signedIn() and closes. Open it with open() or show(), never exec().
class SignInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(secrets::TokenStore *tokens, AppSettings *settings, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setCrmUrl(const QUrl &url);
    // A message to show when the dialog opens, e.g. why a saved token was not accepted.
    void showError(const QString &message);

    bool isBusy() const { return m_attempt != nullptr; }

Q_SIGNALS:
    void signedIn(const opc::ui::SignInOutcome &outcome);

public Q_SLOTS:
    void reject() override;

private:
    void submit();
    void storeToken(SignInOutcome outcome);
    void finish(const SignInOutcome &outcome);
    void growToFitContents();
    void setBusy(const QString &text);
    void setIdle();
    void cancelAttempt();

    secrets::TokenStore *m_tokens;
    AppSettings *m_settings;
    crm::CrmClient *m_client;
    // Context of the current attempt: deleting it drops any answer that is still on its way.
    QObject *m_attempt = nullptr;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLabel *m_error;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
};

} // namespace opc::ui

Q_DECLARE_METATYPE(opc::ui::SignInOutcome)
