#pragma once

// Internal to the audit export's formatters (AuditExportFormat.cpp, AuditPageScanner.cpp): how
// one CSV cell's text becomes the cell, so that both write the same bytes.

#include <QtGlobal>

#include <cstring>

namespace opc::detail {

// OWASP's list for CSV injection: a spreadsheet takes a cell starting with one of these as a
// formula (tab and CR are stripped by some before they look).
constexpr bool startsCsvFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// The cell's text was written at [start, end): makes it the cell. A text starting like a formula
// gets a single quote in front (Excel then shows it as text); a cell holding a quote, comma, CR
// or LF (`special`; `quotes` of them quotes) is quoted with its quotes doubled (RFC 4180). The
// buffer must have room for quotes + 3 more bytes after `end`. Returns the cell's new end.
inline char *finishCsvCell(char *start, char *end, qsizetype quotes, bool special)
{
    const bool formula = end > start && startsCsvFormula(*start);
    if (!special) {
        if (!formula)
            return end;
        std::memmove(start + 1, start, size_t(end - start));
        *start = '\'';
        return end + 1;
    }
    // Moved from the back, in place: the write position stays ahead of the read position.
    char *w = end + quotes + 2 + (formula ? 1 : 0);
    char *const newEnd = w;
    *--w = '"';
    for (char *r = end; r-- > start;) {
        const char c = *r;
        *--w = c;
        if (c == '"')
            *--w = '"';
    }
    if (formula)
        *--w = '\'';
    *--w = '"';
    return newEnd;
}

} // namespace opc::detail
