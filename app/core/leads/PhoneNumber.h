#pragma once

#include <QString>

#include <optional>

namespace opc::leads {

// Normalises a phone number typed by a person or sent by a call-tracking service.
// Russian numbers become "+7XXXXXXXXXX" (11 digits): "+7 (499) 765-43-21", "8 499 765 43 21",
// "84997654321", "74997654321" and "4997654321" are one number. Separators allowed: space,
// "(", ")", "-", ".". Other countries: "+" followed by 8-15 digits (not starting with 0) is
// kept as "+<digits>". Anything else -> nullopt and a translated `error` (may be null) that
// does not name the field (the caller does).
std::optional<QString> normalizePhone(const QString &input, QString *error);

// "+74997654321" -> "+7 (499) 765-43-21". Other numbers are returned unchanged.
QString formatPhone(const QString &normalized);

} // namespace opc::leads
