#include "core/JsonNumbers.h"

#include <limits>

namespace opc {

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    // toInteger() answers the default for a fraction or a double beyond 64 bits.
    const qint64 number = value.toInteger(notWhole);
    if (number == notWhole || number < min || number > max)
        return std::nullopt;
    return number;
}

} // namespace opc
