#include "operations/analytics/AnalyticsRpc.h"

#include "core/JsonNumbers.h"

#include <QCoreApplication>

#include <algorithm>

namespace opc::ops {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct AnalyticsRpcText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::AnalyticsRpc)
};

constexpr qint64 kMaxCount = 1'000'000'000;

} // namespace

std::optional<AnalyticsLimits> AnalyticsLimits::fromJson(const QJsonObject &json)
{
    int values[6] = {};
    const char *keys[6] = { "minute_limit", "minute_remaining", "minute_reset",
                            "day_limit",    "day_remaining",    "day_reset" };
    for (int i = 0; i < 6; ++i) {
        const auto value = wholeNumber(json.value(QLatin1String(keys[i])), 0, kMaxCount);
        if (!value)
            return std::nullopt;
        values[i] = int(*value);
    }
    AnalyticsLimits limits;
    limits.minuteLimit = values[0];
    limits.minuteRemaining = values[1];
    limits.minuteResetSeconds = values[2];
    limits.dayLimit = values[3];
    limits.dayRemaining = values[4];
    limits.dayResetSeconds = values[5];
    if (limits.minuteRemaining > limits.minuteLimit || limits.dayRemaining > limits.dayLimit)
        return std::nullopt;
    return limits;
}

QJsonObject AnalyticsLimits::toJson() const
{
    return QJsonObject { { QStringLiteral("minute_limit"), minuteLimit },
                         { QStringLiteral("minute_remaining"), minuteRemaining },
                         { QStringLiteral("minute_reset"), minuteResetSeconds },
                         { QStringLiteral("day_limit"), dayLimit },
                         { QStringLiteral("day_remaining"), dayRemaining },
                         { QStringLiteral("day_reset"), dayResetSeconds } };
}

PacingDecision paceNextCall(const std::optional<AnalyticsLimits> &limits, qint64 sinceAnswerMs)
{
    PacingDecision decision;
    if (!limits)
        return decision;
    auto untilReset = [sinceAnswerMs](int resetSeconds) {
        return std::max<qint64>(0, qint64(resetSeconds) * 1000 + kPacingMarginMs - sinceAnswerMs);
    };
    if (limits->dayRemaining <= 0) {
        decision.waitMs = untilReset(limits->dayResetSeconds);
        decision.reason = PacingReason::Day;
    } else if (limits->minuteRemaining <= 0) {
        decision.waitMs = untilReset(limits->minuteResetSeconds);
        decision.reason = PacingReason::Minute;
    }
    if (decision.waitMs == 0)
        decision.reason = PacingReason::None;
    return decision;
}

QJsonObject JsonRpcError::toJson() const
{
    QJsonObject json { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!mnemonic.isEmpty())
        json.insert(QStringLiteral("mnemonic"), mnemonic);
    if (!field.isEmpty())
        json.insert(QStringLiteral("field"), field);
    return json;
}

JsonRpcAnswer readJsonRpcAnswer(const QJsonValue &body, const QJsonValue &id)
{
    JsonRpcAnswer answer;
    const QJsonObject object = body.toObject();
    if (!body.isObject()
        || object.value(QStringLiteral("jsonrpc")) != QJsonValue(QStringLiteral("2.0"))) {
        answer.problem = QStringLiteral("not a JSON-RPC 2.0 answer");
        return answer;
    }
    const bool hasResult = object.contains(QStringLiteral("result"));
    const bool hasError = object.contains(QStringLiteral("error"));
    if (hasResult == hasError) {
        answer.problem = QStringLiteral("a JSON-RPC answer has either result or error");
        return answer;
    }
    if (hasError) {
        const QJsonObject error = object.value(QStringLiteral("error")).toObject();
        const auto code = wholeNumber(error.value(QStringLiteral("code")), -kMaxCount, kMaxCount);
        if (!code || !error.value(QStringLiteral("message")).isString()) {
            answer.problem = QStringLiteral("error: code must be a whole number, message a string");
            return answer;
        }
        const QJsonObject data = error.value(QStringLiteral("data")).toObject();
        JsonRpcError rpcError;
        rpcError.code = int(*code);
        rpcError.message = error.value(QStringLiteral("message")).toString();
        rpcError.mnemonic = data.value(QStringLiteral("mnemonic")).toString();
        rpcError.field = data.value(QStringLiteral("field")).toString();
        answer.error = rpcError;
        answer.limits = AnalyticsLimits::fromJson(data.value(QStringLiteral("metadata"))
                                                      .toObject()
                                                      .value(QStringLiteral("limits"))
                                                      .toObject());
        // An error may answer a call whose id could not be read (null); any other id must match.
        const QJsonValue answered = object.value(QStringLiteral("id"));
        if (!answered.isNull() && answered != id)
            answer.problem = QStringLiteral("the answer's id is not the call's");
        return answer;
    }
    if (object.value(QStringLiteral("id")) != id) {
        answer.problem = QStringLiteral("the answer's id is not the call's");
        return answer;
    }
    const QJsonObject result = object.value(QStringLiteral("result")).toObject();
    answer.data = result.value(QStringLiteral("data"));
    answer.limits = AnalyticsLimits::fromJson(result.value(QStringLiteral("metadata"))
                                                  .toObject()
                                                  .value(QStringLiteral("limits"))
                                                  .toObject());
    if (!answer.limits)
        answer.problem = QStringLiteral("result.metadata.limits is missing or not the seed's");
    return answer;
}

QString jsonRpcErrorText(const JsonRpcError &error)
{
    QString meaning;
    switch (error.code) {
    case -32700:
        meaning = AnalyticsRpcText::tr("The analytics service could not read the request as JSON.");
        break;
    case -32600:
        meaning = AnalyticsRpcText::tr("The analytics service did not accept the request as a "
                                       "JSON-RPC 2.0 request.");
        break;
    case -32601:
        meaning = AnalyticsRpcText::tr("The analytics service does not know the method; it may "
                                       "be a different service or version.");
        break;
    case -32602:
        meaning = error.field.isEmpty()
            ? AnalyticsRpcText::tr("The analytics service refused the data that was sent.")
            : AnalyticsRpcText::tr("The analytics service refused the value of %1.")
                  .arg(error.field);
        break;
    case -32603:
        meaning = AnalyticsRpcText::tr("The analytics service failed internally; try again later.");
        break;
    case -32001:
        meaning = AnalyticsRpcText::tr("The analytics service refused the access token; check "
                                       "that it is valid for this account.");
        break;
    case -32029:
        meaning = AnalyticsRpcText::tr("The analytics service's call limit is used up; the "
                                       "export continues when it resets.");
        break;
    default:
        meaning = AnalyticsRpcText::tr("The analytics service refused the request.");
        break;
    }
    return AnalyticsRpcText::tr("%1 (JSON-RPC error %2: %3)")
        .arg(meaning)
        .arg(error.code)
        .arg(error.message);
}

} // namespace opc::ops
