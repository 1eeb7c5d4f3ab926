// The interface language setting through AppSettings and a settings file of the test's own:
// written, read back by a fresh AppSettings (as the next start reads it), and anything stored
// that is not a language the console has read as "follow the system".

#include "ui/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using opc::ui::AppSettings;

class TestAppSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void interfaceLanguageRoundTrips();
    void invalidStoredLanguageReadsAsSystem_data();
    void invalidStoredLanguageReadsAsSystem();
};

void TestAppSettings::interfaceLanguageRoundTrips()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(file);
        QCOMPARE(settings.interfaceLanguage(), QString()); // the default: the system's
        settings.setInterfaceLanguage(QStringLiteral("en"));
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("en"));
        settings.sync();
    }
    {
        AppSettings settings(file);
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("en"));
        settings.setInterfaceLanguage(QStringLiteral("ru"));
        settings.sync();
    }
    {
        AppSettings settings(file);
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("ru"));
        settings.setInterfaceLanguage(QString());
        settings.sync();
    }
    AppSettings settings(file);
    QCOMPARE(settings.interfaceLanguage(), QString());
    // Following the system leaves nothing behind in the file.
    QVERIFY(!QSettings(file, QSettings::IniFormat).contains(QStringLiteral("interface/language")));

    // A language the console does not have is not stored either.
    settings.setInterfaceLanguage(QStringLiteral("de"));
    QCOMPARE(settings.interfaceLanguage(), QString());
}

void TestAppSettings::invalidStoredLanguageReadsAsSystem_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("other language") << QVariant(QStringLiteral("de"));
    QTest::newRow("capitalised") << QVariant(QStringLiteral("RU"));
    QTest::newRow("locale name") << QVariant(QStringLiteral("en_US"));
    QTest::newRow("number") << QVariant(42);
    QTest::newRow("list") << QVariant(QStringList { QStringLiteral("ru"), QStringLiteral("en") });
}

void TestAppSettings::invalidStoredLanguageReadsAsSystem()
{
    QFETCH(QVariant, stored);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("interface/language"), stored);
    }
    QCOMPARE(AppSettings(file).interfaceLanguage(), QString());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
