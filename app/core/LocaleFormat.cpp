#include "core/LocaleFormat.h"

#include <optional>

namespace opc {

namespace {

// What the locale writes around an amount: "" and " ₽" (ru_RU), "₽" and "" (en_US), "(₽" and
// ")" (en_US, negative), "-" and " ₽" (ru_RU, negative).
struct Surround {
    QString before;
    QString after;
};

// The locale's own currency text for ±1.00 with the number cut out. QLocale keeps its currency
// patterns private, so this is the public way to learn them, sign form included.
std::optional<Surround> surroundOf(const QLocale &locale, bool negative, const QString &symbol)
{
    const QString one = locale.toString(1.0, 'f', 2);
    const QString text = locale.toCurrencyString(negative ? -1.0 : 1.0, symbol, 2);
    const qsizetype at = text.indexOf(one);
    if (at < 0)
        return std::nullopt;
    return Surround { text.left(at), text.mid(at + one.size()) };
}

} // namespace

namespace money {

QString rubles(qint64 kopecks, const QLocale &locale)
{
    const QString symbol = QStringLiteral("₽");
    const bool negative = kopecks < 0;
    // Division and remainder before qAbs: -(INT64_MIN) would overflow, its quotient does not.
    const qint64 whole = qAbs(kopecks / 100);
    const int cents = int(qAbs(kopecks % 100));
    const QString number = locale.toString(whole) + locale.decimalPoint()
        + (cents < 10 ? locale.zeroDigit() : QString()) + locale.toString(cents);

    // A system locale on Windows or macOS formats currency through the OS, which may write the
    // number differently (its own monetary settings); then Qt's data for the same language and
    // country says where the symbol goes.
    std::optional<Surround> surround = surroundOf(locale, negative, symbol);
    if (!surround)
        surround = surroundOf(QLocale(locale.language(), locale.script(), locale.territory()),
                              negative, symbol);
    if (!surround)
        surround = Surround { negative ? locale.negativeSign() : QString(),
                              QStringLiteral("\u00a0") + symbol };
    return surround->before + number + surround->after;
}

} // namespace money

namespace human {

QString dateTime(const QDateTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString timeOrDateTime(const QDateTime &time, const QDateTime &now, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString date(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QString();
}

QString timeWithSeconds(const QTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    // The long format is the short one with seconds and the zone ("HH:mm:ss t", "h:mm:ss AP t",
    // "H:mm:ss (t)", "t HH:mm:ss"); a QTime has no zone, so the zone field goes, with its
    // brackets and the space beside it. Quoted text ('ч'.) is kept as it is.
    const QString format = locale.timeFormat(QLocale::LongFormat);
    QString kept;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (quoted || c != u't') {
            kept += c;
            continue;
        }
        while (i + 1 < format.size() && format.at(i + 1) == u't')
            ++i;
        const bool bracketed
            = kept.endsWith(u'(') && i + 1 < format.size() && format.at(i + 1) == u')';
        if (bracketed) {
            kept.chop(1);
            ++i;
        }
        if (kept.endsWith(u' '))
            kept.chop(1);
        else if (i + 1 < format.size() && format.at(i + 1) == u' ')
            ++i;
    }
    return locale.toString(time, kept.trimmed());
}

} // namespace human

} // namespace opc
