#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QStringView>

#include <optional>

namespace opc {

// The file formats of an audit export (issue 6 §2): what one stored event (as
// GET /api/v1/audit/events lists it, hash included) becomes in the file. Pure and thread-free,
// so the export's writer thread, the CLI and the tests all produce the same bytes.
enum class AuditExportFormat {
    // RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel opens Cyrillic as Cyrillic:
    // CRLF line ends; a field holding a quote, comma, CR or LF is quoted, its quotes doubled.
    // CSV injection (OWASP): a cell whose text starts with =, +, -, @, a tab or CR would be a
    // formula to a spreadsheet, so it gets a single quote in front ("=1+2" is written '=1+2,
    // and quoted as usual when it needs it: "'=1,2"); Excel then shows it as text. A script
    // reading the file sees the quote: the JSON lines keep the text exact.
    Csv,
    // One compact JSON object per line (the stored event, hash included), "\n" line ends,
    // no byte-order mark. The export writes each event as the CRM sent it
    // (AuditPageScanner.h).
    JsonLines,
};

// "csv" / "jsonl": the names the CLI takes and the file suffixes.
QLatin1String auditExportFormatName(AuditExportFormat format);
std::optional<AuditExportFormat> auditExportFormatFromName(QStringView name);

// What a file starts with: the byte-order mark and the header row for CSV, nothing for JSON
// lines.
QByteArray auditExportPreamble(AuditExportFormat format);

// The CSV columns in order (the header row's names): seq, occurred_at, received_at, actor,
// action, entity_type, entity_ids, operation_id, result, message, before, after, id, hash.
QList<QLatin1String> auditCsvColumns();

} // namespace opc
