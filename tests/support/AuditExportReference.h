#pragma once

// The reference formatter of the audit export, for tests: one stored event, as a QJsonObject,
// written the way AuditExportFormat.h describes. The export itself never builds QJsonObjects
// (it scans the CRM's bytes, AuditPageScanner.h); its output is compared with this one.

#include "core/audit/AuditCsvCell.h"
#include "core/audit/AuditExportFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <charconv>
#include <cmath>

namespace opc::test {

namespace audit_reference {

constexpr char kCsvLineEnd[] = "\r\n";

inline void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr - digits);
}

// Appends `text` as UTF-8, written straight into `out`'s buffer (no QByteArray per field).
// A lone surrogate (JSON may carry one as a \u escape) becomes U+FFFD, the replacement
// character.
inline void appendUtf8(QByteArray &out, QStringView text)
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
inline void finishCell(QByteArray &out, qsizetype start)
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

inline void appendJsonValue(QByteArray &out, const QJsonValue &value);

// A JSON string: quote, backslash and control characters escaped, the rest as UTF-8.
inline void appendJsonString(QByteArray &out, QStringView text)
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

inline void appendJsonNumber(QByteArray &out, double number)
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
inline void appendJsonValue(QByteArray &out, const QJsonValue &value)
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
inline void appendValue(QByteArray &out, const QJsonValue &value)
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

inline void appendCsvRow(const QJsonObject &event, QByteArray &out)
{
    bool first = true;
    for (const QLatin1String &column : auditCsvColumns()) {
        if (!first)
            out += ',';
        first = false;
        const qsizetype start = out.size();
        appendValue(out, event.value(column));
        finishCell(out, start);
    }
    out.append(kCsvLineEnd, 2);
}

} // namespace audit_reference

// Appends one event's line (its line end included) to `out`. A field the event lacks, or holds
// as null, is empty.
inline void appendAuditExportRow(AuditExportFormat format, const QJsonObject &event,
                                 QByteArray &out)
{
    if (format == AuditExportFormat::Csv) {
        audit_reference::appendCsvRow(event, out);
        return;
    }
    audit_reference::appendJsonValue(out, event);
    out += '\n';
}

// A stored event as GET /api/v1/audit/events lists it, with `message` (the export tests' subject).
inline QJsonObject sampleStoredEvent(qint64 seq, const QString &message)
{
    return QJsonObject {
        { QStringLiteral("seq"), seq },
        { QStringLiteral("id"),
          QStringLiteral("7f1c0d3e-0000-4000-8000-%1").arg(seq, 12, 10, QLatin1Char('0')) },
        { QStringLiteral("operation_id"), QStringLiteral("op-1") },
        { QStringLiteral("actor"), QStringLiteral("u-agent") },
        { QStringLiteral("action"), QStringLiteral("merge.step.move-paid-lessons") },
        { QStringLiteral("entity_type"), QStringLiteral("account") },
        { QStringLiteral("entity_ids"), QJsonArray { QStringLiteral("11"), QStringLiteral("12") } },
        { QStringLiteral("before"), QJsonObject { { QStringLiteral("lessons"), 3 } } },
        { QStringLiteral("after"), QJsonObject { { QStringLiteral("lessons"), 0 } } },
        { QStringLiteral("result"), QStringLiteral("ok") },
        { QStringLiteral("message"), message },
        { QStringLiteral("occurred_at"), QStringLiteral("2026-11-20T10:15:00.123Z") },
        { QStringLiteral("app_version"), QStringLiteral("0.1.0") },
        { QStringLiteral("received_at"), QStringLiteral("2026-11-20T10:15:01.000Z") },
        { QStringLiteral("prev_hash"), QString(64, QLatin1Char('0')) },
        { QStringLiteral("hash"), QString(64, QLatin1Char('a')) },
    };
}

} // namespace opc::test
