#include "operations/SessionStart.h"

#include "core/AuditEvent.h"
#include "crm/CrmClient.h"
#include "operations/AuditRecorder.h"
#include "operations/SignIn.h"

#include <QCoreApplication>
#include <QUuid>

namespace opc::ops {

namespace {

class Text final {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::SessionStart)
};

// What is built while a sign-in is under way hangs from this object, itself a child of the
// caller's context: the caller going away takes all of it along, and no callback outlives it.
class SignInAttempt final : public QObject {
    Q_DISABLE_COPY_MOVE(SignInAttempt)

public:
    SignInAttempt(const SessionOptions &sessionOptions, QObject *context,
                  std::function<void(SessionStartResult)> callback)
        : QObject(context), options(sessionOptions), done(std::move(callback)),
          client(new crm::CrmClient(this))
    {
    }

    // Delivers once and lets the attempt go (later: we may be inside one of its callbacks).
    void finish(SessionStartResult result)
    {
        deleteLater();
        done(std::move(result));
    }

    void fail(const QString &message, std::optional<crm::CrmError> error = std::nullopt)
    {
        SessionStartResult result;
        result.message = message;
        result.error = std::move(error);
        finish(std::move(result));
    }

    SessionOptions options;
    std::function<void(SessionStartResult)> done;
    crm::CrmClient *client;
};

} // namespace

AuditEvent makeSignInEvent(const User &user, const QUrl &crmUrl, bool sandbox)
{
    AuditEvent event
        = makeAuditEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), user.id,
                         QStringLiteral("session.sign_in"), QStringLiteral("user"), { user.id });
    event.after = QJsonObject {
        { QStringLiteral("login"), user.login },
        { QStringLiteral("role"), roleToWire(user.role) },
        { QStringLiteral("crm_url"), crmUrl.toString() },
        { QStringLiteral("sandbox"), sandbox },
        { QStringLiteral("program"), QCoreApplication::applicationName() },
    };
    return event;
}

void startSession(const SessionOptions &options, QObject *context,
                  std::function<void(SessionStartResult)> done)
{
    auto *attempt = new SignInAttempt(options, context, std::move(done));
    verifyToken(
        attempt->client, options.crmUrl, options.token, attempt,
        [attempt](const SignInResult &signIn) {
            if (!signIn.user) {
                attempt->fail(signIn.message, signIn.error);
                return;
            }
            const SessionOptions &o = attempt->options;
            const QString outboxPath = o.auditOutboxPath.isEmpty()
                ? AuditRecorder::defaultOutboxPath(o.crmUrl, o.sandbox, signIn.user->id)
                : o.auditOutboxPath;
            auto *audit = new AuditRecorder(attempt->client, outboxPath, attempt);
            audit->open(attempt, [attempt, audit, user = *signIn.user](const QString &error) {
                if (!error.isEmpty()) {
                    attempt->fail(error);
                    return;
                }
                const SessionOptions &opts = attempt->options;
                auto *session = new Session(attempt->client, user, opts.sandbox, opts.tokenStorage,
                                            audit, attempt);
                const AuditEvent event = makeSignInEvent(user, opts.crmUrl, opts.sandbox);
                audit->record(event, attempt, [attempt, session](const QString &recordError) {
                    if (!recordError.isEmpty()) {
                        attempt->fail(
                            Text::tr("Signed in, but the sign-in could not be recorded in "
                                     "the audit journal: %1")
                                .arg(recordError));
                        return;
                    }
                    session->setParent(nullptr);
                    SessionStartResult result;
                    result.session.reset(session);
                    attempt->finish(std::move(result));
                });
            });
        });
}

} // namespace opc::ops
