#include "core/audit/AuditExportFormat.h"

#include "core/audit/AuditCsvCell.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

#include <array>
#include <charconv>
#include <cmath>

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

void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr - digits);
}

// Appends `text` as UTF-8, written straight into `out`'s buffer (no QByteArray per field).
// A lone surrogate (JSON may carry one as a \u escape) becomes U+FFFD, the replacement
// character.
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    // At most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    out.resize(start + 3 * text.size());
    char *p = out.data() + start;
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        const char16_t u = *s++;
        if (u < 0x80) {
            *p++ = char(u);
        } else if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && s < end && QChar::isLowSurrogate(*s)) {
            const char32_t code = QChar::surrogateToUcs4(u, *s++);
            *p++ = char(0xF0 | (code >> 18));
            *p++ = char(0x80 | ((code >> 12) & 0x3F));
            *p++ = char(0x80 | ((code >> 6) & 0x3F));
            *p++ = char(0x80 | (code & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            *p++ = char(0xEF);
            *p++ = char(0xBF);
            *p++ = char(0xBD);
        } else {
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        }
    }
    out.resize(p - out.constData());
}

// The field written at out[start..] becomes its cell (detail::finishCsvCell): a formula's
// start defused, quoted when it holds a quote, comma, CR or LF. All of these are ASCII, so
// scanning the UTF-8 bytes is exact.
void finishCell(QByteArray &out, qsizetype start)
{
    const qsizetype end = out.size();
    qsizetype quotes = 0;
    bool special = false;
    const char *const data = out.constData();
    for (qsizetype i = start; i < end; ++i) {
        const char c = data[i];
        if (c == '"') {
            ++quotes;
            special = true;
        } else if (c == ',' || c == '\r' || c == '\n') {
            special = true;
        }
    }
    out.resize(end + quotes + 3);
    char *const d = out.data();
    out.resize(detail::finishCsvCell(d + start, d + end, quotes, special) - d);
}

void appendJsonValue(QByteArray &out, const QJsonValue &value);

// A JSON string: quote, backslash and control characters escaped, the rest as UTF-8.
void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        // The longest run that needs no escape is encoded in one go.
        const char16_t *run = s;
        while (s < end && *s >= 0x20 && *s != u'"' && *s != u'\\')
            ++s;
        if (s > run)
            appendUtf8(out, QStringView(run, s - run));
        if (s == end)
            break;
        const char16_t c = *s++;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default: {
            const char escape[] = { '\\', 'u', '0', '0', kHex[(c >> 4) & 0xF], kHex[c & 0xF] };
            out.append(escape, sizeof escape);
        }
        }
    }
    out += '"';
}

void appendJsonNumber(QByteArray &out, double number)
{
    if (!std::isfinite(number))
        out += "null"; // as QJsonDocument writes it
    else if (std::trunc(number) == number && std::abs(number) < 9.0e15)
        appendInteger(out, qint64(number));
    else
        out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

// Compact JSON, written straight into `out` (QJsonDocument::toJson builds a QByteArray per
// string and is several times slower; the export writes two or three objects per row).
void appendJsonValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendJsonNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonValue(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out += '{';
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin())
                out += ',';
            appendJsonString(out, it.key());
            out += ':';
            appendJsonValue(out, it.value());
        }
        out += '}';
        break;
    }
    }
}

// A scalar as its text; an array's elements joined with a space; an object as compact JSON;
// null or missing as nothing.
void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendUtf8(out, value.toString());
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9.0e15)
            appendInteger(out, value.toInteger());
        else
            out += QByteArray::number(number, 'g', 17);
        break;
    }
    case QJsonValue::Bool:
        out += value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ' ';
            const QJsonValue element = array.at(i);
            if (element.isArray() || element.isObject())
                appendJsonValue(out, element);
            else
                appendValue(out, element);
        }
        break;
    }
    case QJsonValue::Object:
        appendJsonValue(out, value);
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
}

void appendCsvRow(const QJsonObject &event, QByteArray &out)
{
    bool first = true;
    for (const QLatin1String &column : kColumns) {
        if (!first)
            out += ',';
        first = false;
        const qsizetype start = out.size();
        appendValue(out, event.value(column));
        finishCell(out, start);
    }
    out.append(kCsvLineEnd, 2);
}

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

void appendAuditExportRow(AuditExportFormat format, const QJsonObject &event, QByteArray &out)
{
    if (format == AuditExportFormat::Csv) {
        appendCsvRow(event, out);
        return;
    }
    appendJsonValue(out, event);
    out += '\n';
}

QList<QLatin1String> auditCsvColumns()
{
    return QList<QLatin1String>(kColumns.begin(), kColumns.end());
}

} // namespace opc
