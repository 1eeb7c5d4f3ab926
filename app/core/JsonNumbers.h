#pragma once

#include <QJsonValue>

#include <optional>

namespace opc {

// The largest integer every JSON reader holds exactly (a double's 53-bit mantissa): ids and
// counts beyond it are refused rather than rounded to another value.
constexpr qint64 kJsonExactLimit = qint64(1) << 53;

// The JSON number `value` as a whole number from `min` to `max`, exactly as it was written, or
// nullopt (not a number, a fraction, or out of range). Qt keeps an integer literal that fits 64
// bits as an integer, so 2^53 + 1 is seen as itself here, not as its rounded double 2^53.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max);

} // namespace opc
