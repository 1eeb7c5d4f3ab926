#pragma once

#include <QString>

#include <optional>

namespace opc::leads {

// Trimmed and lower-cased e-mail address ("local@domain.tld"); malformed -> nullopt and a
// translated `error` (may be null) that does not name the field.
std::optional<QString> normalizeEmail(const QString &input, QString *error);

} // namespace opc::leads
