#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace opc::crm {

// Why a request failed. Each kind has its own message for people (see ErrorMessages.h).
enum class ErrorKind {
    Network, // no connection: refused, host not found, dropped connection
    Timeout, // the CRM did not answer in time
    BadRequest, // 400: the console sent something the CRM does not understand
    Unauthorized, // 401: token missing, wrong or expired
    Forbidden, // 403: the role may not do this
    NotFound, // 404
    Conflict, // 409: e.g. someone else holds the lock
    PreconditionFailed, // 412: the entity changed since it was read (If-Match)
    PreconditionRequired, // 428: If-Match missing (a console bug, never the user's fault)
    Validation, // 422: a field is invalid; `field` names it
    RateLimited, // 429: too many requests; retryAfterSeconds says when to come back
    Server, // 5xx
    MalformedResponse, // the answer could not be understood (not the contract's JSON)
};

struct CrmError {
    ErrorKind kind = ErrorKind::Network;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code; // the error body's "code", when there was one
    QString field; // the error body's "field", when there was one
    QString message; // for people, translated: what happened and what to do
    QString detail; // technical: Qt's error text, the CRM's message, the URL
    int retryAfterSeconds = -1; // from Retry-After, when given
};

// The one value a request delivers: the answer's data, or an error.
struct CrmResult {
    int httpStatus = 0;
    QJsonValue body; // parsed JSON body on success (Null for 204, and with rawBody)
    QByteArray rawBody; // the body's bytes, unparsed: success of a request with rawBody set
    QByteArray etag; // ETag of the returned entity, for a later If-Match
    std::optional<CrmError> error;
    int attempts = 1; // how many times it was sent (retries included)

    bool ok() const { return !error.has_value(); }
};

} // namespace opc::crm
