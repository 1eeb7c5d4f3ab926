#pragma once

// A strict RFC 4180 reader for the tests of the audit export: the file is parsed back exactly
// as a spreadsheet would, and anything the RFC does not allow is an error, never a guess.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace opc::test {

using CsvRow = QList<QByteArray>;

// Records separated by CRLF, fields by commas; a quoted field may hold commas, CR, LF and
// doubled quotes. The last record may end with or without CRLF. A bare CR or LF outside quotes,
// a quote inside an unquoted field or text after a closing quote gives nullopt and `error`.
inline std::optional<QList<CsvRow>> readCsv(const QByteArray &data, QString *error)
{
    QList<CsvRow> rows;
    CsvRow row;
    QByteArray field;
    const auto fail = [error](const QString &why, qsizetype at) {
        if (error)
            *error = QStringLiteral("%1 at byte %2").arg(why).arg(at);
        return std::nullopt;
    };
    qsizetype i = 0;
    const qsizetype n = data.size();
    if (n == 0)
        return rows;
    while (true) {
        field.clear();
        if (i < n && data.at(i) == '"') {
            ++i;
            while (true) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"), i);
                const char c = data.at(i++);
                if (c != '"') {
                    field += c;
                } else if (i < n && data.at(i) == '"') {
                    field += '"';
                    ++i;
                } else {
                    break;
                }
            }
        } else {
            while (i < n && data.at(i) != ',' && data.at(i) != '\r' && data.at(i) != '\n') {
                if (data.at(i) == '"')
                    return fail(QStringLiteral("quote inside an unquoted field"), i);
                field += data.at(i++);
            }
        }
        row << field;
        if (i >= n) {
            rows << row;
            return rows;
        }
        if (data.at(i) == ',') {
            ++i;
            continue;
        }
        if (data.at(i) == '\r' && i + 1 < n && data.at(i + 1) == '\n') {
            i += 2;
            rows << row;
            row.clear();
            if (i >= n)
                return rows;
            continue;
        }
        return fail(QStringLiteral("a record must end with CRLF"), i);
    }
}

} // namespace opc::test
