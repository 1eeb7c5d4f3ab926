#include "crm/ErrorMessages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace opc::crm {

namespace {

// The CRM's own messages end with a full stop; the sentence that quotes one adds its own.
QString withoutFinalStop(QString message)
{
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

} // namespace

namespace {

// Enough of an unexpected body to recognise it in a report, not a whole HTML page.
QString bodySnippet(const QByteArray &body)
{
    constexpr int kMax = 200;
    QString text = QString::fromUtf8(body.left(kMax)).simplified();
    if (body.size() > kMax)
        text += QStringLiteral("…");
    return text;
}

} // namespace

ErrorKind errorKindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return ErrorKind::BadRequest;
    case 401:
        return ErrorKind::Unauthorized;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
    case 410:
        return ErrorKind::NotFound;
    case 409:
        return ErrorKind::Conflict;
    case 412:
        return ErrorKind::PreconditionFailed;
    case 428:
        return ErrorKind::PreconditionRequired;
    case 422:
        return ErrorKind::Validation;
    case 429:
        return ErrorKind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500)
        return ErrorKind::Server;
    // Any other 4xx (405, 413, 415 ...) means the console asked for something the CRM does
    // not serve that way: a console bug, like a 400. 1xx/3xx never reach here as final answers.
    return ErrorKind::BadRequest;
}

QString errorKindId(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::BadRequest:
        return QStringLiteral("bad_request");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::PreconditionFailed:
        return QStringLiteral("precondition_failed");
    case ErrorKind::PreconditionRequired:
        return QStringLiteral("precondition_required");
    case ErrorKind::Validation:
        return QStringLiteral("validation");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorKind::Server:
        return QStringLiteral("server");
    case ErrorKind::MalformedResponse:
        return QStringLiteral("malformed_response");
    }
    return QStringLiteral("unknown");
}

QString errorMessage(ErrorKind kind, int httpStatus, const QString &field,
                     const QString &serverMessage, int retryAfterSeconds)
{
    switch (kind) {
    case ErrorKind::Network:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "Cannot reach the CRM. Check the network connection and the CRM address; "
            "the console reconnects by itself when the CRM is reachable again.");
    case ErrorKind::Timeout:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "The CRM did not answer in time. It may be overloaded or the connection is "
            "slow; try again in a moment.");
    case ErrorKind::BadRequest:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "The CRM did not understand the console's request. This is a fault in the "
            "console, not in what you entered; please report it with the details.");
    case ErrorKind::Unauthorized:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "The CRM did not accept your access token: it is wrong, revoked or expired. "
            "Sign in again with a valid token.");
    case ErrorKind::Forbidden:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "Your role does not allow this action. Ask a team lead to do it or to "
            "grant you access.");
    case ErrorKind::NotFound:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "The CRM has no such record: it may have been deleted or merged meanwhile. "
            "Reload the page and check.");
    case ErrorKind::Conflict:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "The CRM refused this because it conflicts with another change in progress "
            "(for example, someone else is working on the same record). Reload and try "
            "again.");
    case ErrorKind::PreconditionFailed:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "Someone changed this record after you opened it, so your change was not "
            "saved. Reload it to see the current state, then repeat your change.");
    case ErrorKind::PreconditionRequired:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "The CRM requires a version check that the console did not send, so nothing "
            "was changed. This is a fault in the console; please report it.");
    case ErrorKind::Validation:
        if (!field.isEmpty() && !serverMessage.isEmpty())
            return QCoreApplication::translate(
                       "opc::crm::ErrorMessages",
                       "The CRM rejected the value of “%1”: %2. Correct it and try again.")
                .arg(field, withoutFinalStop(serverMessage));
        if (!field.isEmpty())
            return QCoreApplication::translate(
                       "opc::crm::ErrorMessages",
                       "The CRM rejected the value of “%1”. Correct it and try again.")
                .arg(field);
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "The CRM rejected some of the values. Check what you entered and try again.");
    case ErrorKind::RateLimited:
        if (retryAfterSeconds > 0)
            return QCoreApplication::translate(
                "opc::crm::ErrorMessages",
                "The CRM is receiving too many requests. Wait %Ln second(s), then try again.",
                nullptr, retryAfterSeconds);
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "The CRM is receiving too many requests. Wait a moment, then try again.");
    case ErrorKind::Server:
        return QCoreApplication::translate(
                   "opc::crm::ErrorMessages",
                   "The CRM ran into a problem of its own (HTTP %1). Try again in a few minutes; "
                   "if it keeps happening, tell the CRM administrators.")
            .arg(httpStatus);
    case ErrorKind::MalformedResponse:
        return QCoreApplication::translate(
            "opc::crm::ErrorMessages",
            "The CRM sent an answer the console cannot read. The CRM may be misconfigured "
            "or something between you and the CRM altered the answer; try again, and "
            "report it if it keeps happening.");
    }
    return {};
}

CrmError errorFromHttp(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader,
                       const QString &what, const QDateTime &now)
{
    CrmError error;
    error.kind = errorKindForStatus(httpStatus);
    error.httpStatus = httpStatus;
    error.retryAfterSeconds = parseRetryAfter(retryAfterHeader, now);

    QString serverMessage;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue errorValue = document.object().value(QStringLiteral("error"));
    if (parseError.error == QJsonParseError::NoError && errorValue.isObject()) {
        const QJsonObject errorObject = errorValue.toObject();
        error.code = errorObject.value(QStringLiteral("code")).toString();
        error.field = errorObject.value(QStringLiteral("field")).toString();
        serverMessage = errorObject.value(QStringLiteral("message")).toString();
    }

    error.message
        = errorMessage(error.kind, httpStatus, error.field, serverMessage, error.retryAfterSeconds);
    error.detail = QStringLiteral("HTTP %1 on %2").arg(httpStatus).arg(what);
    if (!error.code.isEmpty())
        error.detail += QStringLiteral(": %1").arg(error.code);
    if (!serverMessage.isEmpty())
        error.detail += QStringLiteral(": %1").arg(serverMessage);
    if (!error.field.isEmpty())
        error.detail += QStringLiteral(" (field %1)").arg(error.field);
    if (error.code.isEmpty() && serverMessage.isEmpty() && !body.isEmpty())
        error.detail += QStringLiteral("; body not in the contract's error format: %1")
                            .arg(bodySnippet(body));
    if (error.retryAfterSeconds >= 0)
        error.detail += QStringLiteral("; Retry-After %1 s").arg(error.retryAfterSeconds);
    return error;
}

CrmError errorFromNetwork(QNetworkReply::NetworkError networkError, const QString &qtErrorText,
                          bool timedOut, const QString &what)
{
    CrmError error;
    error.kind = (timedOut || networkError == QNetworkReply::TimeoutError) ? ErrorKind::Timeout
                                                                           : ErrorKind::Network;
    error.message = errorMessage(error.kind);
    error.detail = QStringLiteral("%1: %2 (QNetworkReply error %3)")
                       .arg(what, qtErrorText)
                       .arg(int(networkError));
    return error;
}

CrmError malformedResponse(int httpStatus, const QString &why, const QString &what)
{
    CrmError error;
    error.kind = ErrorKind::MalformedResponse;
    error.httpStatus = httpStatus;
    error.message = errorMessage(error.kind, httpStatus);
    error.detail = QStringLiteral("HTTP %1 on %2: %3").arg(httpStatus).arg(what, why);
    return error;
}

int parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1
                           : int(qMin<qlonglong>(seconds, qint64(std::numeric_limits<int>::max())));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate).
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    // The parsed value is in local time by default; the text is UTC, so count from the epoch by
    // hand instead of converting (QDateTime's time-spec setters differ between Qt versions).
    const qint64 whenSecs
        = QDate(1970, 1, 1).daysTo(when.date()) * 86400 + when.time().msecsSinceStartOfDay() / 1000;
    return int(qBound<qint64>(qint64(0), whenSecs - now.toSecsSinceEpoch(),
                              qint64(std::numeric_limits<int>::max())));
}

} // namespace opc::crm
