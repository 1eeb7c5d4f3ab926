#include "core/JsonNumbers.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/PartnerSupport.h"
#include "sandbox/Routes.h"
#include "sandbox/SandboxClock.h"

// The sandbox clock's test control, served only with --enable-faults like the fault control:
// tests move the partner part's "now" forward to see lines expire, notices arrive and the NFR
// line renew or end, without waiting days.

namespace opc::sandbox {

namespace {

constexpr int kMaxAdvanceDays = 3650;

HttpReply clockReply(ApiContext &context)
{
    return HttpReply::json(200, QJsonObject { { QStringLiteral("now"), partnerNowIso(context) } });
}

HttpReply getClock(ApiContext &context, const ApiRequest &)
{
    return clockReply(context);
}

// {"advance_days": N} or {"now": "ISO 8601"}; forward only. The sweep runs at once, so what the
// new day brings (notices, the NFR decision) is there for the next read.
HttpReply moveClock(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown
        = unknownField(*body, { QStringLiteral("advance_days"), QStringLiteral("now") }))
        return *unknown;
    const bool advance = body->contains(QStringLiteral("advance_days"));
    if (advance == body->contains(QStringLiteral("now"))) {
        return validationError(advance ? QStringLiteral("now") : QStringLiteral("advance_days"),
                               Text::tr("Send either advance_days (whole days forward) or now "
                                        "(an ISO 8601 time), not both."));
    }
    if (advance) {
        const auto days
            = wholeNumber(body->value(QStringLiteral("advance_days")), 0, kMaxAdvanceDays);
        if (!days) {
            return validationError(
                QStringLiteral("advance_days"),
                Text::tr("advance_days must be a whole number from 0 to %1.").arg(kMaxAdvanceDays));
        }
        context.clock->advanceDays(int(*days));
    } else {
        const QDateTime to = requestTime(body->value(QStringLiteral("now")));
        if (!to.isValid()) {
            return validationError(QStringLiteral("now"),
                                   Text::tr("now must be a date and time in ISO 8601, e.g. "
                                            "2030-01-15T12:00:00Z."));
        }
        if (!context.clock->moveTo(to)) {
            return validationError(QStringLiteral("now"),
                                   Text::tr("The sandbox clock only moves forward; it is already "
                                            "%1.")
                                       .arg(partnerNowIso(context)));
        }
    }
    QString detail;
    if (!sweepPartner(context, &detail))
        return internalError(detail);
    return clockReply(context);
}

} // namespace

std::vector<Route> clockRoutes()
{
    return {
        { "GET", "/api/v1/_sandbox/clock", Access::Admin, true, &getClock },
        { "POST", "/api/v1/_sandbox/clock", Access::Admin, true, &moveClock },
    };
}

} // namespace opc::sandbox
