#pragma once

#include "core/audit/AuditExportFormat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

namespace opc {

// A page of GET /api/v1/audit/events?order=seq read straight from the answer's bytes, for the
// export (issue 6 §2): {"items":[AuditEvent...],"next_cursor":"..."|null,"total":N}, without
// building Qt JSON objects (that took most of the export's time). Strict: the page must be JSON
// (RFC 8259, UTF-8) and each item a stored event with every CSV column (AuditExportFormat.h)
// present and of its type: seq a whole number ≥ 0, entity_ids an array of strings, before and
// after objects, the others strings; other fields may hold any JSON. Anything else is an error
// naming what was wrong and where (the item, the field, the byte offset), never a guess. Pure
// and thread-free.

// The page's top level, read without looking into the events: cheap, so the GUI thread does
// it and asks for the next page at once while the writer thread formats this one.
struct AuditPageEnvelope {
    qsizetype itemsBegin = 0; // the items array's text: page[itemsBegin, itemsEnd), '[' to ']'
    qsizetype itemsEnd = 0;
    QString nextCursor; // empty when null: the last page
    std::optional<qint64> total; // when the page carries it (with_total=true)
};

// The envelope; nullopt and `error` (for the error's detail, English) when the page is not such
// an object: items missing or not an array, next_cursor missing or neither a string nor null,
// total not a whole number ≥ 0, a member twice, malformed JSON around the items. The items'
// text is only delimited here; AuditPageRows checks it.
std::optional<AuditPageEnvelope> scanAuditPageEnvelope(QByteArrayView page, QString *error);

// The rows of a page's events, one event at a time (the writer looks at Cancel in between).
// CSV: each column's field from the event's text, written as AuditExportFormat.h says: strings
// unescaped (every JSON escape; a lone surrogate becomes U+FFFD, the replacement character),
// entity_ids joined with a space, before and after as their compact JSON text, seq as its
// digits. JSON lines: the event's text exactly as the CRM sent it (whitespace between tokens,
// if the CRM wrote any, left out so that each event stays on one line).
class AuditPageRows final {
public:
    // `page` must outlive this object; `envelope` is scanAuditPageEnvelope's for it.
    AuditPageRows(AuditExportFormat format, QByteArrayView page, const AuditPageEnvelope &envelope);

    // Appends the next event's row to `out`: true. False at the end of the items, or on an
    // error: error() then says what was wrong, and `out` is as it was before the call.
    bool appendNext(QByteArray &out);
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qsizetype rows() const { return m_rows; } // appended so far

private:
    struct Span {
        const char *begin = nullptr;
        const char *end = nullptr;
        bool space = false; // whitespace between its tokens
    };
    bool scanItem(std::array<Span, 14> &fields, Span &item);
    void writeCsv(const std::array<Span, 14> &fields, const Span &item, QByteArray &out) const;
    void writeJsonLine(const Span &item, QByteArray &out) const;
    bool fail(const QString &where);

    AuditExportFormat m_format;
    const char *m_begin; // the page
    const char *m_p; // where the next item (or the array's end) is looked for
    const char *m_end; // the items array's end
    qsizetype m_rows = 0;
    bool m_done = false;
    QString m_error;
};

// Both at once, for tests: appends the rows of every event of `page`; nullopt and `error` when
// it is malformed (`out` may then hold the rows before the bad one).
std::optional<qsizetype> appendAuditPageRows(AuditExportFormat format, QByteArrayView page,
                                             QByteArray &out, QString *error);

} // namespace opc
