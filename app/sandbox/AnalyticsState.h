#pragma once

#include <QString>

#include <memory>

namespace opc::sandbox {

// The call limits of the analytics JSON-RPC endpoint (POST /api/v1/analytics/rpc, seed 004):
// at most `perMinute` calls in each minute and `perDay` in each day. The windows are fixed,
// counted from the start of the sandbox; tests shorten them (`minuteSeconds`, `daySeconds`) so
// that pacing against them can be measured in seconds.
struct AnalyticsLimitOptions {
    int perMinute = 200;
    int perDay = 3500;
    int minuteSeconds = 60;
    int daySeconds = 86400;
};

// "PER_MINUTE/PER_DAY" as crm-sandbox --analytics-limits takes it, e.g. "200/3500": both whole
// numbers from 1 to 1000000. False (and nothing changed) otherwise.
bool parseAnalyticsLimits(const QString &text, AnalyticsLimitOptions *options);

// What the analytics endpoint received and how much of its limits is used: in memory, one per
// sandbox server, thread-safe. Defined in AnalyticsApi.cpp.
class AnalyticsState;
std::shared_ptr<AnalyticsState> makeAnalyticsState(const AnalyticsLimitOptions &options);

} // namespace opc::sandbox
