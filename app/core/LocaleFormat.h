#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Money, dates and times as people read them (issue 7 §1): everything shown to a user goes
// through QLocale, so the interface's locale decides separators, symbol placement, the order of
// day and month and the 12- or 24-hour clock. Pure; machine formats (JSON, CSV, ISO times sent
// to the CRM, logs) never use these.

namespace opc::money {

// `kopecks` as rubles with the "₽" symbol where the locale puts a currency symbol, always with
// two decimals: "12 600,00 ₽" (ru_RU), "₽12,600.00" (en_US), "-0,05 ₽", "(₽0.05)" (en_US
// negative), "12600.00₽" (QLocale::c(); LC_ALL=C.UTF-8 gives the grouped "12,600.00₽"). Exact
// over the whole qint64 range: the digits come from integers, only the symbol's place and the
// sign's form come from QLocale::toCurrencyString(), so the result equals toCurrencyString(kopecks
// / 100.0, "₽", 2) wherever that double is exact.
QString rubles(qint64 kopecks, const QLocale &locale = QLocale());

} // namespace opc::money

namespace opc::human {

// A moment on the user's clock (converted to local time), the locale's short date and time:
// "05.03.2024 14:07" (ru_RU), "3/5/24 2:07 PM" (en_US). Empty for an invalid time.
QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());

// The same, but the time alone when it falls on the local day of `now`: "14:07".
QString timeOrDateTime(const QDateTime &time, const QDateTime &now,
                       const QLocale &locale = QLocale());

// A calendar day, the locale's short form: "05.03.2024", "3/5/24". Empty for an invalid date.
// The caller picks the day (a line's expiry is its UTC date, a lead's is local).
QString date(const QDate &day, const QLocale &locale = QLocale());

// A time of day with seconds, for events seconds apart: the locale's long time format without
// its time zone, "14:07:09" (ru_RU), "2:07:09 PM" (en_US). Qt 6.4 has no medium format.
QString timeWithSeconds(const QTime &time, const QLocale &locale = QLocale());

} // namespace opc::human
