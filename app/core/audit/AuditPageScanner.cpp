#include "core/audit/AuditPageScanner.h"

#include "core/audit/AuditCsvCell.h"

#include <QChar>

#include <charconv>
#include <cstring>

namespace opc {

namespace {

constexpr int kMaxDepth = 64; // objects and arrays within an event (a bound for the recursion)

// The CSV's columns (AuditExportFormat.cpp's kColumns, in that order) and the JSON type each
// must have in a stored event.
enum class Kind { Whole, String, StringArray, Object };
constexpr int kColumnCount = 14;
constexpr int kSeq = 0;
constexpr int kEntityIds = 6;
constexpr int kBefore = 10;
constexpr int kAfter = 11;
constexpr std::array<const char *, kColumnCount> kNames {
    "seq",          "occurred_at", "received_at", "actor",  "action", "entity_type", "entity_ids",
    "operation_id", "result",      "message",     "before", "after",  "id",          "hash",
};

constexpr Kind kindOf(int column)
{
    return column == kSeq                       ? Kind::Whole
        : column == kEntityIds                  ? Kind::StringArray
        : column == kBefore || column == kAfter ? Kind::Object
                                                : Kind::String;
}

// Eight bytes at a time (SWAR): most of a page is string text that needs nothing but a copy.
using Word = quint64;
constexpr Word kOnes = 0x0101010101010101ULL;
constexpr Word kHighs = 0x8080808080808080ULL;

Word load(const char *p)
{
    Word word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

// Non-zero when a byte of `word` is `c` (exact as a yes/no answer).
constexpr Word hasByte(Word word, char c)
{
    const Word x = word ^ (kOnes * uchar(c));
    return (x - kOnes) & ~x & kHighs;
}

// Non-zero when a byte of `word` is below 0x20 or from 0x80, or a quote or a backslash: all
// that a JSON string's check must look at.
constexpr Word needsCheck(Word word)
{
    return (((word - kOnes * 0x20) | word) & kHighs) | hasByte(word, '"') | hasByte(word, '\\');
}

// The column a field name (its UTF-8 bytes) is, or -1.
int columnOf(const char *text, qsizetype size)
{
    // By length first: a field name is compared with one or three candidates at most.
    static constexpr std::array<std::array<int, 3>, 13> kByLength = [] {
        std::array<std::array<int, 3>, 13> table {};
        for (auto &candidates : table)
            candidates = { -1, -1, -1 };
        for (int column = 0; column < kColumnCount; ++column) {
            size_t length = 0;
            while (kNames[column][length] != '\0')
                ++length;
            for (int &slot : table[length]) {
                if (slot < 0) {
                    slot = column;
                    break;
                }
            }
        }
        return table;
    }();
    if (size < 2 || size >= qsizetype(kByLength.size()))
        return -1;
    for (const int column : kByLength[size_t(size)]) {
        if (column >= 0 && std::memcmp(kNames[column], text, size_t(size)) == 0)
            return column;
    }
    return -1;
}

// Byte classes inside a JSON string, for checking (kCheck) and for copying (kCopy).
enum : unsigned char { Plain, Quote, Backslash, Control, NonAscii, Comma };

constexpr std::array<unsigned char, 256> makeClasses(bool forCopy)
{
    std::array<unsigned char, 256> table {};
    for (int c = 0; c < 256; ++c) {
        if (c < 0x20)
            table[c] = forCopy ? Plain : Control; // copied text was checked
        else if (c == '"')
            table[c] = Quote;
        else if (c == '\\')
            table[c] = Backslash;
        else if (c >= 0x80)
            table[c] = forCopy ? Plain : NonAscii;
        else if (c == ',' && forCopy)
            table[c] = Comma;
        else
            table[c] = Plain;
    }
    return table;
}
constexpr std::array<unsigned char, 256> kCheck = makeClasses(false);
constexpr std::array<unsigned char, 256> kCopy = makeClasses(true);

constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at `p` (checked before).
char32_t hex4(const char *p)
{
    return char32_t((hexValue(p[0]) << 12) | (hexValue(p[1]) << 8) | (hexValue(p[2]) << 4)
                    | hexValue(p[3]));
}

char *putUtf8(char *w, char32_t code)
{
    if (code < 0x80) {
        *w++ = char(code);
    } else if (code < 0x800) {
        *w++ = char(0xC0 | (code >> 6));
        *w++ = char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        *w++ = char(0xE0 | (code >> 12));
        *w++ = char(0x80 | ((code >> 6) & 0x3F));
        *w++ = char(0x80 | (code & 0x3F));
    } else {
        *w++ = char(0xF0 | (code >> 18));
        *w++ = char(0x80 | ((code >> 12) & 0x3F));
        *w++ = char(0x80 | ((code >> 6) & 0x3F));
        *w++ = char(0x80 | (code & 0x3F));
    }
    return w;
}

// What a CSV cell's text needs (detail::finishCsvCell).
struct CellText {
    qsizetype quotes = 0;
    bool special = false; // a quote, comma, CR or LF
};

// Copies a checked JSON string's text unescaped to `w`, from `p` just after its opening quote;
// returns the position after its closing quote, which is before `end` (bytes up to `end` may be
// read). Never writes more bytes than it reads.
const char *copyString(const char *p, const char *end, char *&w, CellText &cell)
{
    for (;;) {
        while (end - p >= qsizetype(sizeof(Word))) {
            const Word word = load(p);
            if (hasByte(word, '"') | hasByte(word, '\\') | hasByte(word, ','))
                break;
            std::memcpy(w, &word, sizeof word);
            w += sizeof word;
            p += sizeof word;
        }
        while (kCopy[uchar(*p)] == Plain)
            *w++ = *p++;
        switch (kCopy[uchar(*p)]) {
        case Quote:
            return p + 1;
        case Comma:
            cell.special = true;
            *w++ = *p++;
            break;
        default: { // a backslash
            const char escaped = p[1];
            p += 2;
            switch (escaped) {
            case 'b':
                *w++ = '\b';
                break;
            case 'f':
                *w++ = '\f';
                break;
            case 'n':
            case 'r':
                *w++ = escaped == 'n' ? '\n' : '\r';
                cell.special = true;
                break;
            case 't':
                *w++ = '\t';
                break;
            case 'u': {
                char32_t code = hex4(p);
                p += 4;
                if (QChar::isHighSurrogate(code) && p[0] == '\\' && p[1] == 'u'
                    && QChar::isLowSurrogate(hex4(p + 2))) {
                    code = QChar::surrogateToUcs4(char16_t(code), char16_t(hex4(p + 2)));
                    p += 6;
                } else if (QChar::isSurrogate(code)) {
                    code = 0xFFFD; // as AuditExportFormat.cpp writes a lone surrogate
                }
                if (code == '"')
                    ++cell.quotes;
                cell.special
                    = cell.special || code == '"' || code == ',' || code == '\r' || code == '\n';
                w = putUtf8(w, code);
                break;
            }
            default: // " \ /
                if (escaped == '"') {
                    ++cell.quotes;
                    cell.special = true;
                }
                *w++ = escaped;
            }
        }
        }
    }
}

// Copies checked JSON text [p, end), whitespace between tokens left out when `compact`, each
// quote written twice when `doubleQuotes` (a CSV cell's text).
char *copyJson(const char *p, const char *end, char *w, bool compact, bool doubleQuotes)
{
    if (!compact && !doubleQuotes) {
        std::memcpy(w, p, size_t(end - p));
        return w + (end - p);
    }
    bool inString = false;
    for (; p < end; ++p) {
        char c = *p;
        if (inString) {
            if (c == '\\') {
                *w++ = c;
                c = *++p;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (compact && isSpace(c)) {
            continue;
        }
        *w++ = c;
        if (c == '"' && doubleQuotes)
            *w++ = '"';
    }
    return w;
}

const char *skipSpace(const char *p)
{
    while (isSpace(*p))
        ++p;
    return p;
}

// Checks JSON text (RFC 8259) from a position on: each call reads one token or value and moves
// past it. The first failure is kept (what, and where).
class Checker {
public:
    Checker(const char *begin, const char *p, const char *end) : m_begin(begin), m_p(p), m_end(end)
    {
    }

    const char *m_begin; // the page: offsets count from here
    const char *m_p;
    const char *m_end;
    bool m_space = false; // whitespace between tokens was seen
    QString m_what; // the failure
    const char *m_at = nullptr;

    bool fail(const char *at, const QString &what)
    {
        if (m_what.isEmpty()) {
            m_what = what;
            m_at = at;
        }
        return false;
    }

    bool truncated() { return fail(m_end, QStringLiteral("the page ends too soon")); }

    QString describe(const char *p) const
    {
        if (p >= m_end)
            return QStringLiteral("the end");
        const uchar c = uchar(*p);
        if (c > 0x20 && c < 0x7F)
            return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
        return QStringLiteral("byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }

    bool unexpected(const QString &expected)
    {
        if (m_p >= m_end)
            return truncated();
        return fail(m_p, QStringLiteral("expected %1, found %2").arg(expected, describe(m_p)));
    }

    void skipSpace()
    {
        const char *const start = m_p;
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        m_space = m_space || m_p != start;
    }

    bool at(char c) const { return m_p < m_end && *m_p == c; }

    bool take(char c, const char *expected)
    {
        if (!at(c))
            return unexpected(QLatin1String(expected));
        ++m_p;
        return true;
    }

    // A string, from its opening quote (checked by the caller) on: escapes valid, no control
    // characters, UTF-8 valid. `escaped` tells whether it holds a backslash.
    bool string(bool *escaped = nullptr)
    {
        const char *p = m_p + 1;
        bool hasEscape = false;
        for (;;) {
            while (m_end - p >= qsizetype(sizeof(Word)) && !needsCheck(load(p)))
                p += sizeof(Word);
            while (p < m_end && kCheck[uchar(*p)] == Plain)
                ++p;
            if (p >= m_end)
                return fail(m_end, QStringLiteral("the page ends inside a string"));
            switch (kCheck[uchar(*p)]) {
            case Quote:
                m_p = p + 1;
                if (escaped)
                    *escaped = hasEscape;
                return true;
            case Backslash:
                hasEscape = true;
                if (!escape(p))
                    return false;
                break;
            case Control:
                return fail(p,
                            QStringLiteral("control character U+%1 in a string (JSON escapes it)")
                                .arg(uint(uchar(*p)), 4, 16, QLatin1Char('0')));
            default:
                // Two-byte sequences (Cyrillic) inline; the others checked by utf8().
                if (uchar(*p) >= 0xC2 && uchar(*p) <= 0xDF && m_end - p >= 2
                    && (uchar(p[1]) & 0xC0) == 0x80) {
                    p += 2;
                    break;
                }
                if (!utf8(p))
                    return false;
            }
        }
    }

    bool escape(const char *&p)
    {
        if (m_end - p < 2)
            return fail(m_end, QStringLiteral("the page ends inside a string"));
        switch (p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            p += 2;
            return true;
        case 'u':
            for (int i = 2; i < 6; ++i) {
                if (p + i >= m_end)
                    return fail(m_end, QStringLiteral("the page ends inside a string"));
                if (hexValue(p[i]) < 0) {
                    return fail(
                        p,
                        QStringLiteral("invalid escape \\u%1 in a string")
                            .arg(QString::fromUtf8(p + 2, qMin<qsizetype>(4, m_end - p - 2))));
                }
            }
            p += 6;
            return true;
        default:
            if (p[1] > 0x20 && p[1] < 0x7F)
                return fail(
                    p, QStringLiteral("invalid escape \\%1 in a string").arg(QLatin1Char(p[1])));
            return fail(
                p, QStringLiteral("invalid escape in a string: \\ and %1").arg(describe(p + 1)));
        }
    }

    // One UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF).
    bool utf8(const char *&p)
    {
        const uchar c = uchar(*p);
        int continuation = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            continuation = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            continuation = 2;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            continuation = 3;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return fail(p,
                        QStringLiteral("invalid UTF-8 (byte 0x%1) in a string")
                            .arg(uint(c), 2, 16, QLatin1Char('0')));
        }
        if (m_end - p <= continuation)
            return fail(m_end, QStringLiteral("the page ends inside a string"));
        for (int i = 1; i <= continuation; ++i) {
            const uchar next = uchar(p[i]);
            if (i == 1 ? (next < low || next > high) : (next & 0xC0) != 0x80) {
                return fail(p,
                            QStringLiteral("invalid UTF-8 (byte 0x%1) in a string")
                                .arg(uint(c), 2, 16, QLatin1Char('0')));
            }
        }
        p += continuation + 1;
        return true;
    }

    // A number (the caller saw '-' or a digit). `whole`: digits only, no sign, no fraction, no
    // exponent.
    bool number(bool *whole = nullptr)
    {
        const char *p = m_p;
        const bool negative = *p == '-';
        if (negative)
            ++p;
        if (p < m_end && *p == '0') {
            ++p;
        } else if (p < m_end && isDigit(*p)) {
            while (p < m_end && isDigit(*p))
                ++p;
        } else {
            m_p = p;
            return unexpected(QStringLiteral("a digit"));
        }
        bool integer = true;
        if (p < m_end && *p == '.') {
            integer = false;
            ++p;
            if (!(p < m_end && isDigit(*p))) {
                m_p = p;
                return unexpected(QStringLiteral("a digit"));
            }
            while (p < m_end && isDigit(*p))
                ++p;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            integer = false;
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            if (!(p < m_end && isDigit(*p))) {
                m_p = p;
                return unexpected(QStringLiteral("a digit"));
            }
            while (p < m_end && isDigit(*p))
                ++p;
        }
        m_p = p;
        if (whole)
            *whole = integer && !negative;
        return true;
    }

    bool literal(const char *word)
    {
        const qsizetype size = qsizetype(std::strlen(word));
        if (m_end - m_p < size) {
            if (std::memcmp(m_p, word, size_t(m_end - m_p)) == 0)
                return truncated();
        } else if (std::memcmp(m_p, word, size_t(size)) == 0) {
            m_p += size;
            return true;
        }
        return unexpected(QStringLiteral("a JSON value"));
    }

    bool value(int depth)
    {
        if (m_p >= m_end)
            return truncated();
        switch (*m_p) {
        case '"':
            return string();
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (*m_p == '-' || isDigit(*m_p))
                return number();
            return unexpected(QStringLiteral("a JSON value"));
        }
    }

    bool object(int depth)
    {
        if (depth > kMaxDepth)
            return fail(m_p, QStringLiteral("nested more than %1 deep").arg(kMaxDepth));
        ++m_p;
        skipSpace();
        if (at('}')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!at('"'))
                return unexpected(QStringLiteral("a member's name"));
            if (!string())
                return false;
            skipSpace();
            if (!take(':', "':'"))
                return false;
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (at(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            return take('}', "',' or '}'");
        }
    }

    bool array(int depth)
    {
        if (depth > kMaxDepth)
            return fail(m_p, QStringLiteral("nested more than %1 deep").arg(kMaxDepth));
        ++m_p;
        skipSpace();
        if (at(']')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!value(depth))
                return false;
            skipSpace();
            if (at(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            return take(']', "',' or ']'");
        }
    }

    // An array of strings only.
    bool stringArray()
    {
        ++m_p;
        skipSpace();
        if (at(']')) {
            ++m_p;
            return true;
        }
        for (qsizetype index = 0;; ++index) {
            if (!at('"')) {
                if (m_p >= m_end)
                    return truncated();
                return fail(m_p, QStringLiteral("element %1 is not a string").arg(index));
            }
            if (!string())
                return false;
            skipSpace();
            if (at(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            return take(']', "',' or ']'");
        }
    }

    // Delimits an array without checking what is inside (the writer thread does that): from its
    // '[' to its matching ']', skipping strings (memchr for their closing quote).
    bool skipArray()
    {
        const char *p = m_p + 1;
        qsizetype depth = 1;
        while (p < m_end) {
            switch (*p++) {
            case '"':
                // Most strings are short: eight bytes at a time before memchr.
                while (m_end - p >= qsizetype(sizeof(Word))) {
                    const Word word = load(p);
                    if (hasByte(word, '"') | hasByte(word, '\\'))
                        break;
                    p += sizeof(Word);
                }
                for (;;) {
                    const auto *quote
                        = static_cast<const char *>(std::memchr(p, '"', size_t(m_end - p)));
                    if (!quote)
                        return fail(m_end, QStringLiteral("the page ends inside a string"));
                    const char *backslashes = quote;
                    while (backslashes > p && backslashes[-1] == '\\')
                        --backslashes;
                    p = quote + 1;
                    if ((quote - backslashes) % 2 == 0)
                        break; // not escaped
                }
                break;
            case '[':
            case '{':
                ++depth;
                break;
            case ']':
            case '}':
                if (--depth == 0) {
                    if (p[-1] != ']') {
                        m_p = p - 1;
                        return unexpected(QStringLiteral("']'"));
                    }
                    m_p = p;
                    return true;
                }
                break;
            default:
                break;
            }
        }
        return truncated();
    }

    // The text of the checked string [begin, end) (quotes included), unescaped, as UTF-8.
    static QByteArray decoded(const char *begin, const char *end)
    {
        QByteArray text(end - begin, Qt::Uninitialized);
        char *w = text.data();
        CellText ignored;
        copyString(begin + 1, end, w, ignored);
        text.resize(w - text.constData());
        return text;
    }

    QString where(const QString &what) const
    {
        return QStringLiteral("%1 (byte %2)").arg(what).arg(m_at - m_begin);
    }
};

} // namespace

std::optional<AuditPageEnvelope> scanAuditPageEnvelope(QByteArrayView page, QString *error)
{
    const char *const begin = page.data();
    Checker check(begin, begin, begin + page.size());
    AuditPageEnvelope envelope;
    bool items = false;
    bool cursor = false;
    QString field; // the member being read, for the error
    const auto failed = [&] {
        if (error) {
            *error = check.where(field.isEmpty() ? check.m_what
                                                 : field + QStringLiteral(": ") + check.m_what);
        }
        return std::nullopt;
    };
    const auto wrong = [&](const QString &what) {
        check.fail(check.m_p, what);
        return failed();
    };
    check.skipSpace();
    if (!check.at('{')) {
        check.unexpected(QStringLiteral("a JSON object"));
        return failed();
    }
    ++check.m_p;
    check.skipSpace();
    if (check.at('}'))
        return wrong(QStringLiteral("items is missing"));
    for (;;) {
        field.clear();
        if (!check.at('"')) {
            check.unexpected(QStringLiteral("a member's name"));
            return failed();
        }
        const char *const nameBegin = check.m_p;
        if (!check.string())
            return failed();
        const QByteArray name = Checker::decoded(nameBegin, check.m_p);
        check.skipSpace();
        if (!check.take(':', "':'"))
            return failed();
        check.skipSpace();
        field = QString::fromUtf8(name);
        if (name == "items") {
            if (items)
                return wrong(QStringLiteral("a second items"));
            if (!check.at('['))
                return wrong(QStringLiteral("not an array"));
            envelope.itemsBegin = check.m_p - begin;
            if (!check.skipArray())
                return failed();
            envelope.itemsEnd = check.m_p - begin;
            items = true;
        } else if (name == "next_cursor") {
            if (cursor)
                return wrong(QStringLiteral("a second next_cursor"));
            if (check.at('"')) {
                const char *const valueBegin = check.m_p;
                if (!check.string())
                    return failed();
                envelope.nextCursor = QString::fromUtf8(Checker::decoded(valueBegin, check.m_p));
            } else if (check.at('n')) {
                if (!check.literal("null"))
                    return failed();
            } else {
                return wrong(QStringLiteral("neither a string nor null"));
            }
            cursor = true;
        } else if (name == "total") {
            if (envelope.total)
                return wrong(QStringLiteral("a second total"));
            const char *const valueBegin = check.m_p;
            bool whole = false;
            if (!(check.at('-') || (check.m_p < check.m_end && isDigit(*check.m_p))))
                return wrong(QStringLiteral("not a whole number ≥ 0"));
            if (!check.number(&whole))
                return failed();
            qint64 total = 0;
            const auto parsed = std::from_chars(valueBegin, check.m_p, total);
            if (!whole || parsed.ec != std::errc() || parsed.ptr != check.m_p) {
                check.m_p = valueBegin;
                return wrong(QStringLiteral("not a whole number ≥ 0"));
            }
            envelope.total = total;
        } else if (!check.value(0)) {
            return failed();
        }
        field.clear();
        check.skipSpace();
        if (check.at(',')) {
            ++check.m_p;
            check.skipSpace();
            continue;
        }
        if (!check.take('}', "',' or '}'"))
            return failed();
        break;
    }
    check.skipSpace();
    if (check.m_p != check.m_end)
        return wrong(QStringLiteral("text after the page's object"));
    if (!items)
        return wrong(QStringLiteral("items is missing"));
    if (!cursor)
        return wrong(QStringLiteral("next_cursor is missing"));
    return envelope;
}

AuditPageRows::AuditPageRows(AuditExportFormat format, QByteArrayView page,
                             const AuditPageEnvelope &envelope)
    : m_format(format), m_begin(page.data()), m_p(page.data() + envelope.itemsBegin),
      m_end(page.data() + envelope.itemsEnd)
{
    if (envelope.itemsBegin < 0 || envelope.itemsEnd > page.size()
        || envelope.itemsEnd - envelope.itemsBegin < 2 || *m_p != '[' || m_end[-1] != ']') {
        m_error = QStringLiteral("items: not the array scanAuditPageEnvelope found");
        return;
    }
    // Past the '[' and any whitespace: the first item, or the array's ']'.
    m_p = skipSpace(m_p + 1);
}

bool AuditPageRows::fail(const QString &what)
{
    m_error = what;
    return false;
}

bool AuditPageRows::appendNext(QByteArray &out)
{
    if (m_done || failed())
        return false;
    if (*m_p == ']') { // the ']' the envelope found: m_end is just after it
        if (m_p + 1 != m_end)
            return fail(
                QStringLiteral("items: text after the array (byte %1)").arg(m_p + 1 - m_begin));
        m_done = true;
        return false;
    }
    std::array<Span, kColumnCount> fields {};
    Span item;
    if (!scanItem(fields, item))
        return false;
    if (m_format == AuditExportFormat::Csv)
        writeCsv(fields, item, out);
    else
        writeJsonLine(item, out);
    ++m_rows;
    return true;
}

// Checks the next item, finds its columns' values and moves past it (and the ',' after it).
bool AuditPageRows::scanItem(std::array<Span, 14> &fields, Span &item)
{
    Checker check(m_begin, m_p, m_end);
    QString field;
    const auto failed = [&]() {
        const QString place = QStringLiteral("items[%1]").arg(m_rows);
        return fail(check.where(field.isEmpty() ? place + QStringLiteral(": ") + check.m_what
                                                : place + QLatin1Char('.') + field
                                        + QStringLiteral(": ") + check.m_what));
    };
    const auto wrong = [&](const QString &what) {
        check.fail(check.m_p, what);
        return failed();
    };
    if (!check.at('{')) {
        if (check.m_p >= m_end)
            return wrong(QStringLiteral("the page ends too soon"));
        return wrong(QStringLiteral("not an object"));
    }
    item.begin = check.m_p;
    ++check.m_p;
    check.skipSpace();
    if (!check.at('}')) {
        for (;;) {
            if (!check.at('"')) {
                check.unexpected(QStringLiteral("a member's name"));
                return failed();
            }
            const char *const nameBegin = check.m_p;
            bool escaped = false;
            if (!check.string(&escaped))
                return failed();
            const char *const nameEnd = check.m_p;
            int column = -1;
            QByteArray unescaped; // the name, when it holds escapes (never in practice)
            if (escaped) {
                unescaped = Checker::decoded(nameBegin, nameEnd);
                column = columnOf(unescaped.constData(), unescaped.size());
            } else {
                column = columnOf(nameBegin + 1, nameEnd - nameBegin - 2);
            }
            const auto fieldName = [&] {
                return escaped ? QString::fromUtf8(unescaped)
                               : QString::fromUtf8(nameBegin + 1, nameEnd - nameBegin - 2);
            };
            check.skipSpace();
            if (!check.take(':', "':'")) {
                field = fieldName();
                return failed();
            }
            check.skipSpace();
            const bool spaceBefore = check.m_space;
            check.m_space = false;
            const char *const valueBegin = check.m_p;
            bool ok = true;
            if (column < 0) {
                ok = check.value(0);
            } else if (fields[size_t(column)].begin) {
                return wrong(QStringLiteral("%1 is there twice").arg(fieldName()));
            } else {
                switch (kindOf(column)) {
                case Kind::Whole: {
                    bool whole = false;
                    if (check.at('-') || (check.m_p < m_end && isDigit(*check.m_p)))
                        ok = check.number(&whole);
                    if (ok && !whole) {
                        check.m_p = valueBegin;
                        field = fieldName();
                        return wrong(QStringLiteral("not a whole number ≥ 0"));
                    }
                    break;
                }
                case Kind::String:
                    if (!check.at('"')) {
                        field = fieldName();
                        return check.m_p >= m_end ? wrong(QStringLiteral("the page ends too soon"))
                                                  : wrong(QStringLiteral("not a string"));
                    }
                    ok = check.string();
                    break;
                case Kind::StringArray:
                    if (!check.at('[')) {
                        field = fieldName();
                        return wrong(QStringLiteral("not an array of strings"));
                    }
                    ok = check.stringArray();
                    break;
                case Kind::Object:
                    if (!check.at('{')) {
                        field = fieldName();
                        return wrong(QStringLiteral("not an object"));
                    }
                    ok = check.object(1);
                    break;
                }
                fields[size_t(column)] = Span { valueBegin, check.m_p, check.m_space };
            }
            if (!ok) {
                field = fieldName();
                return failed();
            }
            check.m_space = check.m_space || spaceBefore;
            check.skipSpace();
            if (check.at(',')) {
                ++check.m_p;
                check.skipSpace();
                continue;
            }
            if (!check.take('}', "',' or '}'"))
                return failed();
            break;
        }
    } else {
        ++check.m_p;
    }
    item.end = check.m_p;
    item.space = check.m_space;
    for (int column = 0; column < kColumnCount; ++column) {
        if (!fields[size_t(column)].begin) {
            check.m_p = item.begin;
            return wrong(QStringLiteral("%1 is missing").arg(QLatin1String(kNames[column])));
        }
    }
    check.skipSpace();
    if (check.at(',')) {
        ++check.m_p;
        check.skipSpace();
        if (check.at(']'))
            return wrong(QStringLiteral("expected an item after ','"));
    } else if (!check.at(']')) {
        check.unexpected(QStringLiteral("',' or ']'"));
        return failed();
    }
    m_p = check.m_p;
    return true;
}

void AuditPageRows::writeCsv(const std::array<Span, 14> &fields, const Span &item,
                             QByteArray &out) const
{
    // Enough for any row of this item: a cell's text is at most twice its JSON (before and
    // after with their quotes doubled), plus a quote, apostrophe and quote, and the separators.
    const qsizetype start = out.size();
    out.resize(start + 2 * (item.end - item.begin) + 4 * kColumnCount + 2);
    char *const data = out.data();
    char *w = data + start;
    for (int column = 0; column < kColumnCount; ++column) {
        if (column > 0)
            *w++ = ',';
        const Span &value = fields[size_t(column)];
        char *const cell = w;
        CellText text;
        switch (kindOf(column)) {
        case Kind::Whole:
            std::memcpy(w, value.begin, size_t(value.end - value.begin));
            w += value.end - value.begin;
            break;
        case Kind::String:
            copyString(value.begin + 1, value.end, w, text);
            break;
        case Kind::StringArray: {
            const char *p = skipSpace(value.begin + 1);
            for (bool first = true; *p == '"'; first = false) {
                if (!first)
                    *w++ = ' ';
                p = skipSpace(copyString(p + 1, value.end, w, text));
                if (*p == ',')
                    p = skipSpace(p + 1);
            }
            break;
        }
        case Kind::Object:
            // {} has no quote; any member has its name's. Written quoted right away.
            if (!std::memchr(value.begin, '"', size_t(value.end - value.begin))) {
                *w++ = '{';
                *w++ = '}';
            } else {
                *w++ = '"';
                w = copyJson(value.begin, value.end, w, value.space, true);
                *w++ = '"';
            }
            continue;
        }
        w = detail::finishCsvCell(cell, w, text.quotes, text.special);
    }
    *w++ = '\r';
    *w++ = '\n';
    out.resize(w - data);
}

void AuditPageRows::writeJsonLine(const Span &item, QByteArray &out) const
{
    const qsizetype start = out.size();
    out.resize(start + (item.end - item.begin) + 1);
    char *const data = out.data();
    char *w = copyJson(item.begin, item.end, data + start, item.space, false);
    *w++ = '\n';
    out.resize(w - data);
}

std::optional<qsizetype> appendAuditPageRows(AuditExportFormat format, QByteArrayView page,
                                             QByteArray &out, QString *error)
{
    const std::optional<AuditPageEnvelope> envelope = scanAuditPageEnvelope(page, error);
    if (!envelope)
        return std::nullopt;
    AuditPageRows rows(format, page, *envelope);
    while (rows.appendNext(out)) { }
    if (rows.failed()) {
        if (error)
            *error = rows.error();
        return std::nullopt;
    }
    return rows.rows();
}

} // namespace opc
