#pragma once

#include "crm/CrmResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

namespace opc::crm {

// Turns what came back from the CRM (an HTTP status with the contract's error body, or Qt's
// network error) into a CrmError whose `message` tells a person what happened and what to do,
// and whose `detail` keeps the technical text for a report. The token never appears in either:
// only the request's method and path (`what`, e.g. "GET /api/v1/me") are quoted.

// The kind of failure an HTTP status stands for (any non-2xx status).
ErrorKind errorKindForStatus(int httpStatus);

// A stable lower-case id of the kind ("network", "precondition_failed", ...) for logs and --json.
QString errorKindId(ErrorKind kind);

// The message for people, translated. `field` names the rejected field of a 422;
// `serverMessage` is the CRM's own explanation of it (shown only for validation, where it says
// what the value must be); `retryAfterSeconds` the wait of a 429 (-1 when not given).
QString errorMessage(ErrorKind kind, int httpStatus = 0, const QString &field = {},
                     const QString &serverMessage = {}, int retryAfterSeconds = -1);

// An error answer: parses the contract's body {"error":{"code","message","field"}} when it is
// there (a body that is not one still gives the status's error) and reads Retry-After.
CrmError errorFromHttp(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader,
                       const QString &what, const QDateTime &now = QDateTime::currentDateTimeUtc());

// No (complete) HTTP answer. `timedOut` is true when the per-attempt timeout cut the transfer
// (Qt reports that as OperationCanceledError or TimeoutError depending on the version).
CrmError errorFromNetwork(QNetworkReply::NetworkError error, const QString &qtErrorText,
                          bool timedOut, const QString &what);

// A 2xx answer whose body is not the JSON the contract promises.
CrmError malformedResponse(int httpStatus, const QString &why, const QString &what);

// Retry-After as seconds: delta-seconds or an HTTP-date (relative to `now`). -1 when absent or
// unreadable; never negative otherwise.
int parseRetryAfter(const QByteArray &header, const QDateTime &now);

} // namespace opc::crm
