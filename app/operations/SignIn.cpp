#include "operations/SignIn.h"

#include "crm/CrmClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>

namespace opc::ops {

namespace {

class Text final {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::SignIn)
};

bool isWebScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool isLoopbackHost(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    // An address, not a name that merely starts like one ("127.example.org").
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

// Answers through the event loop, like a request would, so that callers see one behaviour.
void deliverLater(QObject *context, std::function<void(const SignInResult &)> done,
                  SignInResult result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

} // namespace

QUrl parseCrmUrl(const QString &typed, QString *error)
{
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        *error = Text::tr("Enter the CRM address, for example https://crm.example.org.");
        return {};
    }
    for (const QChar c : text) {
        if (c.isSpace()) {
            *error = Text::tr("The CRM address “%1” contains a space; remove it.").arg(text);
            return {};
        }
    }
    QString withScheme = text;
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        // A bare host: the real CRM is only served over TLS, the sandbox only on loopback
        // without it. Look at the host part ("host", "host:port", "host/path") to choose.
        const QString authority = text.section(QLatin1Char('/'), 0, 0);
        const QString host = authority.startsWith(QLatin1Char('['))
            ? authority.section(QLatin1Char(']'), 0, 0) + QLatin1Char(']')
            : authority.section(QLatin1Char(':'), 0, 0);
        withScheme
            = (isLoopbackHost(host) ? QLatin1String("http://") : QLatin1String("https://")) + text;
    } else {
        const QString scheme = text.left(schemeEnd).toLower();
        if (!isWebScheme(scheme)) {
            *error = Text::tr("The CRM address must start with http:// or https://, not %1://.")
                         .arg(text.left(schemeEnd));
            return {};
        }
    }
    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = Text::tr("“%1” is not a valid CRM address: check the host name and the port "
                          "(a number from 1 to 65535).")
                     .arg(text);
        return {};
    }
    if (url.host().isEmpty()) {
        *error = Text::tr("The CRM address “%1” has no host name.").arg(text);
        return {};
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        *error
            = Text::tr("The CRM address “%1” must not contain a user name, “?” or “#”.").arg(text);
        return {};
    }
    // The token travels in every request: over plain http anyone on the way could read it.
    // Only a CRM on this computer (the sandbox) may go without TLS.
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
        && !isLoopbackHost(url.host())) {
        *error = Text::tr("“%1” uses plain http://, which would send your access token "
                          "unencrypted. Use https:// (plain http is only for a CRM on this "
                          "computer).")
                     .arg(text);
        return {};
    }
    // One spelling per CRM: the keychain entry and the outbox are keyed by it.
    url.setScheme(url.scheme().toLower());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

void verifyToken(crm::CrmClient *client, const QUrl &crmUrl, const QString &token, QObject *context,
                 std::function<void(const SignInResult &)> done)
{
    if (!crmUrl.isValid() || !isWebScheme(crmUrl.scheme()) || crmUrl.host().isEmpty()) {
        SignInResult result;
        result.message
            = Text::tr("“%1” is not a CRM address: it needs http:// or https:// and a host.")
                  .arg(crmUrl.toString());
        deliverLater(context, std::move(done), std::move(result));
        return;
    }
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        SignInResult result;
        result.message
            = Text::tr("The token is empty. Paste the access token your team lead gave you.");
        deliverLater(context, std::move(done), std::move(result));
        return;
    }
    client->setBaseUrl(crmUrl);
    client->setToken(trimmed);

    crm::CrmRequest request;
    request.path = QStringLiteral("/api/v1/me");
    // A person is waiting at the sign-in form: answer soon rather than retry at length.
    request.maxAttempts = 2;
    request.timeoutMs = 10000;
    client->send(request, context, [done = std::move(done)](const crm::CrmResult &answer) {
        SignInResult result;
        if (!answer.ok()) {
            result.error = answer.error;
            result.message = answer.error->kind == crm::ErrorKind::Unauthorized
                ? Text::tr("The CRM refused this token: it is wrong, expired or revoked. "
                           "Ask for a new token and sign in again.")
                : answer.error->message;
            done(result);
            return;
        }
        QString field;
        result.user = User::fromJson(answer.body.toObject(), &field);
        if (!result.user) {
            crm::CrmError error;
            error.kind = crm::ErrorKind::MalformedResponse;
            error.httpStatus = answer.httpStatus;
            error.field = field;
            error.message
                = Text::tr("The CRM answered with a user this console does not understand "
                           "(field “%1”). Check that the address points to the school's CRM.")
                      .arg(field);
            error.detail = QStringLiteral("GET /api/v1/me: field %1").arg(field);
            result.message = error.message;
            result.error = error;
        }
        done(result);
    });
}

} // namespace opc::ops
