#include "core/leads/PhoneNumber.h"

#include <QCoreApplication>

namespace opc::leads {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct PhoneText {
    Q_DECLARE_TR_FUNCTIONS(opc::leads::PhoneNumber)
};

std::optional<QString> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'-' || c == u'.';
}

} // namespace

std::optional<QString> normalizePhone(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(error, PhoneText::tr("The phone number is empty."));

    bool plus = false;
    bool insideBrackets = false;
    bool hadBrackets = false;
    QString digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if (c == u'+' && i == 0) {
            plus = true;
        } else if (c == u'(') {
            if (insideBrackets || hadBrackets)
                return fail(error, PhoneText::tr("The brackets in the phone number do not match."));
            insideBrackets = true;
            hadBrackets = true;
        } else if (c == u')') {
            if (!insideBrackets)
                return fail(error, PhoneText::tr("The brackets in the phone number do not match."));
            insideBrackets = false;
        } else if (!isSeparator(c)) {
            return fail(error,
                        PhoneText::tr("A phone number may contain only digits, spaces, brackets, "
                                      "dashes, dots and a leading +."));
        }
    }
    if (insideBrackets)
        return fail(error, PhoneText::tr("The brackets in the phone number do not match."));
    if (digits.isEmpty())
        return fail(error, PhoneText::tr("The phone number has no digits."));

    if (plus) {
        if (digits.startsWith(u'7')) {
            if (digits.size() < 11)
                return fail(error,
                            PhoneText::tr("The phone number is too short: +7 must be followed by "
                                          "10 digits."));
            if (digits.size() > 11)
                return fail(error,
                            PhoneText::tr("The phone number is too long: +7 must be followed by "
                                          "10 digits."));
        } else {
            if (digits.startsWith(u'0'))
                return fail(error, PhoneText::tr("A country code cannot start with 0."));
            if (digits.size() < 8 || digits.size() > 15)
                return fail(error,
                            PhoneText::tr("A foreign phone number must have 8 to 15 digits "
                                          "after the +."));
            return QStringLiteral("+") + digits;
        }
    } else if (digits.size() == 11) {
        if (!digits.startsWith(u'7') && !digits.startsWith(u'8'))
            return fail(error,
                        PhoneText::tr("An 11-digit phone number must start with 7 or 8; write "
                                      "a foreign number with + and its country code."));
    } else if (digits.size() == 10) {
        digits.prepend(u'7');
    } else if (digits.size() < 10) {
        return fail(error,
                    PhoneText::tr("The phone number is too short: a Russian number has 10 digits "
                                  "after +7 or 8."));
    } else {
        return fail(error,
                    PhoneText::tr("The phone number is too long: a Russian number has 10 digits "
                                  "after +7 or 8; write a foreign number with + and its country "
                                  "code."));
    }

    // digits = 7 + the 10-digit national number.
    const QString national = digits.mid(1);
    if (national.startsWith(u'0'))
        return fail(error, PhoneText::tr("A Russian phone number cannot start with 0 after +7."));
    return QStringLiteral("+7") + national;
}

QString formatPhone(const QString &normalized)
{
    if (normalized.size() != 12 || !normalized.startsWith(QStringLiteral("+7")))
        return normalized;
    for (qsizetype i = 1; i < normalized.size(); ++i) {
        if (normalized.at(i) < u'0' || normalized.at(i) > u'9')
            return normalized;
    }
    return QStringLiteral("+7 (%1) %2-%3-%4")
        .arg(normalized.mid(2, 3), normalized.mid(5, 3), normalized.mid(8, 2),
             normalized.mid(10, 2));
}

} // namespace opc::leads
