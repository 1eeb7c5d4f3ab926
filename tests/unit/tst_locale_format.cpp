// Money, dates and times for people (issue 7 §1): rubles exact over all of qint64 with the
// locale's separators, symbol place and sign form; moments on the local clock in the locale's
// short format. Runs on a fixed clock, UTC+3 (set before Qt reads the zone).

#include "core/LocaleFormat.h"

#include <QTest>

#include <limits>

using namespace opc;

namespace {

// U+00A0: the Russian locale groups digits and sets off "₽" with a no-break space.
QString nb(const char16_t *text)
{
    return QString::fromUtf16(text).replace(u'_', QChar(0x00a0));
}

const QLocale kRu(QLocale::Russian, QLocale::Russia);
const QLocale kEn(QLocale::English, QLocale::UnitedStates);

} // namespace

class TestLocaleFormat final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rubles_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("kopecks");
        QTest::addColumn<QString>("expected");
        const qint64 max = std::numeric_limits<qint64>::max();
        const qint64 min = std::numeric_limits<qint64>::min();
        QTest::newRow("ru") << kRu << qint64(1260000) << nb(u"12_600,00_₽");
        QTest::newRow("ru zero") << kRu << qint64(0) << nb(u"0,00_₽");
        QTest::newRow("ru 5 kopecks") << kRu << qint64(5) << nb(u"0,05_₽");
        QTest::newRow("ru 10 kopecks") << kRu << qint64(10) << nb(u"0,10_₽");
        QTest::newRow("ru negative") << kRu << qint64(-1260050) << nb(u"-12_600,50_₽");
        QTest::newRow("ru minus 5 kopecks") << kRu << qint64(-5) << nb(u"-0,05_₽");
        // 2^53 + 1: the first whole number a double cannot hold.
        QTest::newRow("ru 2^53+1")
            << kRu << qint64(9'007'199'254'740'993) << nb(u"90_071_992_547_409,93_₽");
        QTest::newRow("ru max") << kRu << max << nb(u"92_233_720_368_547_758,07_₽");
        QTest::newRow("ru min") << kRu << min << nb(u"-92_233_720_368_547_758,08_₽");
        QTest::newRow("en") << kEn << qint64(1260000) << QStringLiteral("₽12,600.00");
        QTest::newRow("en zero") << kEn << qint64(0) << QStringLiteral("₽0.00");
        QTest::newRow("en 5 kopecks") << kEn << qint64(5) << QStringLiteral("₽0.05");
        // en_US writes a negative amount the accounting way, in brackets.
        QTest::newRow("en negative") << kEn << qint64(-1260050) << QStringLiteral("(₽12,600.50)");
        QTest::newRow("en 2^53+1")
            << kEn << qint64(9'007'199'254'740'993) << QStringLiteral("₽90,071,992,547,409.93");
        // The C locale (tests, LANG=C): no grouping, the symbol right after the number.
        QTest::newRow("C") << QLocale::c() << qint64(1260000) << QStringLiteral("12600.00₽");
        QTest::newRow("C negative") << QLocale::c() << qint64(-5) << QStringLiteral("-0.05₽");
    }

    void rubles()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, kopecks);
        QFETCH(QString, expected);
        QCOMPARE(money::rubles(kopecks, locale), expected);
    }

    // Wherever the double is exact to the kopeck, the result is QLocale's own currency text:
    // separators, digits, symbol place and negative form all the locale's.
    void matchesToCurrencyString_data()
    {
        QTest::addColumn<QLocale>("locale");
        for (const char *name :
             { "ru_RU", "uk_UA", "en_US", "en_GB", "de_DE", "de_CH", "fr_FR", "sv_SE", "nl_NL",
               "pt_BR", "bg_BG", "ja_JP", "hi_IN", "ar_EG", "fa_IR", "he_IL", "C" })
            QTest::newRow(name) << QLocale(QString::fromLatin1(name));
    }

    void matchesToCurrencyString()
    {
        QFETCH(QLocale, locale);
        for (const qint64 kopecks :
             { 0LL, 1LL, 5LL, 99LL, 100LL, 12'345LL, 1'260'000LL, 99'999'999LL, 123'456'789'012LL,
               1'000'000'000'000'000LL, -1LL, -5LL, -1'260'050LL, -123'456'789'012LL }) {
            const QString expected
                = locale.toCurrencyString(double(kopecks) / 100.0, QStringLiteral("₽"), 2);
            QCOMPARE(money::rubles(kopecks, locale), expected);
        }
    }

    // Why the digits come from integers: past 2^53 the double has lost the kopeck.
    void exactWhereTheDoubleIsNot()
    {
        const qint64 kopecks = 9'007'199'254'740'993;
        QVERIFY(QLocale::c().toCurrencyString(double(kopecks) / 100.0, QStringLiteral("₽"), 2)
                != money::rubles(kopecks, QLocale::c()));
        QCOMPARE(money::rubles(kopecks, QLocale::c()), QStringLiteral("90071992547409.93₽"));
    }

    void rublesFollowsTheDefaultLocale()
    {
        const QLocale before;
        QLocale::setDefault(kRu);
        const QString ru = money::rubles(500'000);
        QLocale::setDefault(kEn);
        const QString en = money::rubles(500'000);
        QLocale::setDefault(before);
        QCOMPARE(ru, nb(u"5_000,00_₽"));
        QCOMPARE(en, QStringLiteral("₽5,000.00"));
    }

    void dateTime()
    {
        // 11:07 UTC is 14:07 on this test's clock (UTC+3).
        const QDateTime utc(QDate(2024, 3, 5), QTime(11, 7, 9), Qt::UTC);
        QCOMPARE(human::dateTime(utc, kRu), QStringLiteral("05.03.2024 14:07"));
        const QString en = human::dateTime(utc, kEn);
        QVERIFY2(en.startsWith(QStringLiteral("3/5/24 2:07")) && en.endsWith(QStringLiteral("PM")),
                 qPrintable(en));
        QCOMPARE(human::dateTime(QDateTime(), kRu), QString());
    }

    void timeOrDateTime()
    {
        const QDateTime now(QDate(2024, 3, 5), QTime(19, 0), Qt::UTC); // 22:00 local
        QCOMPARE(
            human::timeOrDateTime(QDateTime(QDate(2024, 3, 5), QTime(11, 7), Qt::UTC), now, kRu),
            QStringLiteral("14:07"));
        // The same UTC day, but past midnight on the local clock: another day for the user.
        QCOMPARE(
            human::timeOrDateTime(QDateTime(QDate(2024, 3, 5), QTime(21, 30), Qt::UTC), now, kRu),
            QStringLiteral("06.03.2024 00:30"));
        QCOMPARE(human::timeOrDateTime(QDateTime(), now, kRu), QString());
    }

    void date()
    {
        QCOMPARE(human::date(QDate(2024, 3, 5), kRu), QStringLiteral("05.03.2024"));
        QCOMPARE(human::date(QDate(2024, 3, 5), kEn), QStringLiteral("3/5/24"));
        QCOMPARE(human::date(QDate(), kRu), QString());
    }

    void timeWithSeconds()
    {
        const QTime time(14, 7, 9);
        QCOMPARE(human::timeWithSeconds(time, kRu), QStringLiteral("14:07:09"));
        QCOMPARE(human::timeWithSeconds(time, QLocale::c()), QStringLiteral("14:07:09"));
        const QString en = human::timeWithSeconds(time, kEn);
        QVERIFY2(en.startsWith(QStringLiteral("2:07:09")) && en.endsWith(QStringLiteral("PM")),
                 qPrintable(en));
        // The zone goes with its brackets ("H:mm:ss (t)") or before the time ("t HH:mm:ss").
        QCOMPARE(human::timeWithSeconds(time, QLocale(QLocale::Spanish, QLocale::Spain)),
                 QStringLiteral("14:07:09"));
        QCOMPARE(human::timeWithSeconds(time, QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("14:07:09"));
        // Quoted text stays: Bulgarian writes "ч." after the time.
        QCOMPARE(human::timeWithSeconds(time, QLocale(QLocale::Bulgarian, QLocale::Bulgaria)),
                 QStringLiteral("14:07:09 ч."));
        QCOMPARE(human::timeWithSeconds(QTime(), kRu), QString());
    }
};

int main(int argc, char *argv[])
{
    // UTC+3 all year, no tzdata needed (POSIX sign convention); before anything reads the zone.
    qputenv("TZ", "MSK-3");
    QCoreApplication app(argc, argv);
    TestLocaleFormat test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_locale_format.moc"
