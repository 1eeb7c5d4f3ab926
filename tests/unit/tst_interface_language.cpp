// The interface language a user chooses in Settings against the system's locale: which
// translation the console loads and which locale its dates, numbers and money follow.

#include "InterfaceLanguage.h"

#include <QDate>
#include <QLocale>
#include <QTest>

using namespace opc::i18n;

class TestInterfaceLanguage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choiceAndSystemDecide_data();
    void choiceAndSystemDecide();
    void datesFollowTheChosenLanguage_data();
    void datesFollowTheChosenLanguage();
    void storedChoicesAreNormalised_data();
    void storedChoicesAreNormalised();
    void languageNamesAreWrittenInThemselves();
};

void TestInterfaceLanguage::choiceAndSystemDecide_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");

    const auto row = [](const char *name, const char *choice, const char *system,
                        const char *language, const char *locale) {
        QTest::newRow(name) << QString::fromLatin1(choice) << QString::fromLatin1(system)
                            << QString::fromLatin1(language) << QString::fromLatin1(locale);
    };
    // Following the system: its own locale when it speaks Russian or English.
    row("system ru_RU", "", "ru_RU", "ru", "ru_RU");
    row("system ru_UA", "", "ru_UA", "ru", "ru_UA");
    row("system en_US", "", "en_US", "en", "en_US");
    row("system en_GB", "", "en_GB", "en", "en_GB");
    row("system C", "", "C", "en", "C");
    // Neither: English, in the system's country when Qt has that pair, otherwise en_GB.
    row("system de_DE", "", "de_DE", "en", "en_DE");
    row("system ja_JP", "", "ja_JP", "en", "en_GB");
    row("system uk_UA", "", "uk_UA", "en", "en_GB");

    // Russian chosen: the system's conventions when it speaks Russian, otherwise ru_RU
    // (or Russian in the system's country where that exists).
    row("ru on ru_RU", "ru", "ru_RU", "ru", "ru_RU");
    row("ru on ru_UA", "ru", "ru_UA", "ru", "ru_UA");
    row("ru on en_US", "ru", "en_US", "ru", "ru_RU");
    row("ru on en_GB", "ru", "en_GB", "ru", "ru_RU");
    row("ru on de_DE", "ru", "de_DE", "ru", "ru_RU");
    row("ru on C", "ru", "C", "ru", "ru_RU");
    row("ru on uk_UA", "ru", "uk_UA", "ru", "ru_UA");

    // English chosen: Qt has no en_RU, so a Russian system gets en_GB (day-first, 24 hours).
    row("en on ru_RU", "en", "ru_RU", "en", "en_GB");
    row("en on en_US", "en", "en_US", "en", "en_US");
    row("en on en_GB", "en", "en_GB", "en", "en_GB");
    row("en on de_DE", "en", "de_DE", "en", "en_DE");
    row("en on C", "en", "C", "en", "C");

    // Anything else stored counts as following the system.
    row("invalid de on ru_RU", "de", "ru_RU", "ru", "ru_RU");
    row("invalid RU on en_US", "RU", "en_US", "en", "en_US");
    row("invalid padded on en_US", " ru", "en_US", "en", "en_US");
    row("invalid english on de_DE", "english", "de_DE", "en", "en_DE");
}

void TestInterfaceLanguage::choiceAndSystemDecide()
{
    QFETCH(QString, choice);
    QFETCH(QString, system);
    QFETCH(QString, language);
    QFETCH(QString, locale);
    const QLocale systemLocale(system);
    QCOMPARE(systemLocale.name(), system); // the row means what it says
    QCOMPARE(interfaceLanguage(choice, systemLocale), language);
    QCOMPARE(interfaceLocale(choice, systemLocale).name(), locale);
}

void TestInterfaceLanguage::datesFollowTheChosenLanguage_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("month");
    QTest::newRow("English on a Russian system")
        << QStringLiteral("en") << QStringLiteral("ru_RU") << QStringLiteral("March");
    QTest::newRow("Russian on an English system")
        << QStringLiteral("ru") << QStringLiteral("en_US") << QStringLiteral("марта");
    QTest::newRow("system: Russian")
        << QString() << QStringLiteral("ru_RU") << QStringLiteral("марта");
    QTest::newRow("system: German, interface English")
        << QString() << QStringLiteral("de_DE") << QStringLiteral("March");
}

void TestInterfaceLanguage::datesFollowTheChosenLanguage()
{
    QFETCH(QString, choice);
    QFETCH(QString, system);
    QFETCH(QString, month);
    const QLocale locale = interfaceLocale(choice, QLocale(system));
    const QString date = locale.toString(QDate(2024, 3, 5), QLocale::LongFormat);
    QVERIFY2(date.contains(month), qPrintable(date));
}

void TestInterfaceLanguage::storedChoicesAreNormalised_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("choice");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("ru");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("capitalised") << QStringLiteral("En") << QString();
    QTest::newRow("locale name") << QStringLiteral("ru_RU") << QString();
    QTest::newRow("other language") << QStringLiteral("de") << QString();
    QTest::newRow("name") << QStringLiteral("Русский") << QString();
}

void TestInterfaceLanguage::storedChoicesAreNormalised()
{
    QFETCH(QString, stored);
    QFETCH(QString, choice);
    QCOMPARE(normalizedLanguageChoice(stored), choice);
}

void TestInterfaceLanguage::languageNamesAreWrittenInThemselves()
{
    QCOMPARE(languageNameInItself(QStringLiteral("ru")), QStringLiteral("Русский"));
    QCOMPARE(languageNameInItself(QStringLiteral("en")), QStringLiteral("English"));
}

QTEST_GUILESS_MAIN(TestInterfaceLanguage)
#include "tst_interface_language.moc"
