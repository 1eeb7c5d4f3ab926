#include "core/leads/Email.h"

#include <QCoreApplication>
#include <QStringList>

namespace opc::leads {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct EmailText {
    Q_DECLARE_TR_FUNCTIONS(opc::leads::Email)
};

std::optional<QString> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// RFC 5322 "atext" (the unquoted local part), plus the dot handled by the caller.
bool isLocalChar(QChar c)
{
    return isAsciiAlnum(c) || QStringLiteral("!#$%&'*+/=?^_`{|}~-").contains(c);
}

bool validLocalPart(const QString &local)
{
    if (local.isEmpty() || local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.')
        || local.contains(QStringLiteral("..")))
        return false;
    for (const QChar c : local) {
        if (c != u'.' && !isLocalChar(c))
            return false;
    }
    return true;
}

// Host names: labels of letters (any script, so "почта.рф" is accepted), digits and inner
// dashes; at least two labels; the last one letters only (or an "xn--" IDN label).
bool validDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!(c.isLetterOrNumber() || c == u'-'))
                return false;
            if (c.isNumber() && !(c >= u'0' && c <= u'9'))
                return false;
        }
    }
    const QString &top = labels.last();
    if (top.startsWith(QStringLiteral("xn--")))
        return true;
    if (top.size() < 2)
        return false;
    for (const QChar c : top) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> normalizeEmail(const QString &input, QString *error)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return fail(error, EmailText::tr("The e-mail address is empty."));
    for (const QChar c : text) {
        if (c.isSpace())
            return fail(error, EmailText::tr("An e-mail address cannot contain spaces."));
    }
    const qsizetype at = text.indexOf(u'@');
    if (at < 0)
        return fail(error, EmailText::tr("An e-mail address needs an @."));
    if (text.indexOf(u'@', at + 1) >= 0)
        return fail(error, EmailText::tr("An e-mail address has only one @."));
    if (text.size() > 254)
        return fail(error, EmailText::tr("The e-mail address is too long."));
    if (!validLocalPart(text.left(at)))
        return fail(error,
                    EmailText::tr("The part of the e-mail address before the @ is not valid."));
    if (!validDomain(text.mid(at + 1)))
        return fail(error,
                    EmailText::tr("The domain of the e-mail address (after the @) is not "
                                  "valid."));
    return text;
}

} // namespace opc::leads
