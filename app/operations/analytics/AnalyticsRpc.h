#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace opc::ops {

// The analytics service's call limits as every answer reports them in result.metadata.limits
// (seed 004): calls left in the current minute and day, each limit, and the seconds until each
// window resets.
struct AnalyticsLimits {
    int minuteLimit = 0;
    int minuteRemaining = 0;
    int minuteResetSeconds = 0;
    int dayLimit = 0;
    int dayRemaining = 0;
    int dayResetSeconds = 0;

    // Strict: every member a whole number >= 0 (remaining may not exceed its limit). nullopt
    // when the object is not the seed's.
    static std::optional<AnalyticsLimits> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Why the exporter waits before its next call.
enum class PacingReason {
    None, // it may send now
    Minute, // the minute's calls are used up: until the minute window resets
    Day, // the day's calls are used up: until the day window resets
    RetryAfter, // the service refused a call (429): as long as Retry-After says
};

struct PacingDecision {
    qint64 waitMs = 0;
    PacingReason reason = PacingReason::None;
};

// Added to every wait for a window to reset: the service rounds the reset up to whole seconds,
// so waiting that long from the answer already lands in the new window; the margin only absorbs
// timer slack.
constexpr int kPacingMarginMs = 50;

// How long to wait before the next call, given the limits the last answer reported and how long
// ago (ms) that answer arrived. Calls are sent one at a time, so the remaining counts are exact:
// the exporter sends while a call is left in both windows and otherwise waits exactly until the
// full window resets. That uses every call the limits allow (no throughput is given away) and
// never sends one they refuse. Without limits (no answer yet) it sends at once.
PacingDecision paceNextCall(const std::optional<AnalyticsLimits> &limits, qint64 sinceAnswerMs);

// A JSON-RPC 2.0 error answer.
struct JsonRpcError {
    int code = 0;
    QString message; // the service's own text
    QString mnemonic; // error.data.mnemonic, when given
    QString field; // error.data.field, when given

    QJsonObject toJson() const;
};

// One JSON-RPC answer as the exporter needs it.
struct JsonRpcAnswer {
    QJsonValue data; // result.data
    std::optional<JsonRpcError> error;
    std::optional<AnalyticsLimits> limits; // result.metadata.limits or error.data.metadata.limits
    QString problem; // not a JSON-RPC answer to the call: what is wrong (technical, untranslated)

    bool ok() const { return problem.isEmpty() && !error; }
};

// Reads the answer to the call with `id`. A result without limits is a problem: the exporter
// cannot pace itself without them.
JsonRpcAnswer readJsonRpcAnswer(const QJsonValue &body, const QJsonValue &id);

// What the error means for people, translated, with the code and the service's own message:
// "The analytics service refused a value: … (JSON-RPC error -32602: …)".
QString jsonRpcErrorText(const JsonRpcError &error);

} // namespace opc::ops
