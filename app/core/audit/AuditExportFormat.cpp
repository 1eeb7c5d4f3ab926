#include "core/audit/AuditExportFormat.h"

#include <array>

namespace opc {

namespace {

// The header row's names stay English identifiers in every language of the console: the file
// is read by scripts and spreadsheets that look columns up by name, and they are the field
// names of the CRM's contract.
const std::array<QLatin1String, 14> kColumns {
    QLatin1String("seq"),        QLatin1String("occurred_at"),  QLatin1String("received_at"),
    QLatin1String("actor"),      QLatin1String("action"),       QLatin1String("entity_type"),
    QLatin1String("entity_ids"), QLatin1String("operation_id"), QLatin1String("result"),
    QLatin1String("message"),    QLatin1String("before"),       QLatin1String("after"),
    QLatin1String("id"),         QLatin1String("hash"),
};

constexpr char kCsvLineEnd[] = "\r\n";

} // namespace

QLatin1String auditExportFormatName(AuditExportFormat format)
{
    switch (format) {
    case AuditExportFormat::Csv:
        return QLatin1String("csv");
    case AuditExportFormat::JsonLines:
        return QLatin1String("jsonl");
    }
    return QLatin1String("csv");
}

std::optional<AuditExportFormat> auditExportFormatFromName(QStringView name)
{
    for (const AuditExportFormat format :
         { AuditExportFormat::Csv, AuditExportFormat::JsonLines }) {
        if (name == auditExportFormatName(format))
            return format;
    }
    return std::nullopt;
}

QByteArray auditExportPreamble(AuditExportFormat format)
{
    if (format == AuditExportFormat::JsonLines)
        return {};
    QByteArray header("\xEF\xBB\xBF"); // UTF-8 byte-order mark: Excel's cue for UTF-8
    bool first = true;
    for (const QLatin1String &column : kColumns) {
        if (!first)
            header += ',';
        first = false;
        header.append(column.data(), column.size());
    }
    header.append(kCsvLineEnd, 2);
    return header;
}

QList<QLatin1String> auditCsvColumns()
{
    return QList<QLatin1String>(kColumns.begin(), kColumns.end());
}

} // namespace opc
