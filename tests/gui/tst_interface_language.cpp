// The interface language on the Settings page, offscreen: shown before sign-in and to every
// role; a choice is stored at once and says that it applies after a restart; the restart is
// asked of whoever runs the console, and refused while lead rules are unsaved. And the built
// operator-console, run as a process, speaks the stored language whatever the system's.

#include "GuiTestSupport.h"
#include "LeadsGuiSupport.h"
#include "support/SandboxProcess.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/leads/LeadSettingsSection.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace opc;
using test::kGuiWaitMs;

namespace {

QComboBox *languageCombo(QWidget *window)
{
    return window->findChild<QComboBox *>(QStringLiteral("interfaceLanguageCombo"));
}

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

// A console before sign-in, on the Settings page, with its own settings file.
struct UnsignedConsole {
    QTemporaryDir dir;
    ui::AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
    std::unique_ptr<ui::MainWindow> window;

    bool open()
    {
        settings.setLastPage(QStringLiteral("settings"));
        window = std::make_unique<ui::MainWindow>(&settings);
        window->show();
        return QTest::qWaitForWindowExposed(window.get())
            && window->currentPage() == ui::PageId::Settings;
    }
};

struct HelpRun {
    int exitCode = -1;
    QString output;
};

// `operator-console --help` under the system locale `systemLocale`, with `stored` as the
// interface language in its settings (none when null).
HelpRun helpWith(const QString &systemLocale, const QString &stored)
{
    QTemporaryDir config;
    if (!stored.isNull()) {
        // Where QSettings keeps the console's settings on Linux (organisation/application).
        QSettings file(config.filePath(QStringLiteral("OperatorConsole/operator-console.conf")),
                       QSettings::IniFormat);
        file.setValue(QStringLiteral("interface/language"), stored);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.insert(QStringLiteral("LC_ALL"), systemLocale);
    environment.insert(QStringLiteral("LANG"), systemLocale);
    environment.remove(QStringLiteral("LANGUAGE"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(test::SandboxProcess::binary(QStringLiteral("operator-console")),
                  { QStringLiteral("--help") });
    HelpRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("did not exit within 30 s");
        return run;
    }
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

} // namespace

class TestInterfaceLanguage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shownBeforeSignIn();
    void shownToEveryRole_data();
    void shownToEveryRole();
    void choiceIsStoredAtOnce();
    void restartIsAskedOfTheConsole();
    void restartWaitsForUnsavedLeadRules();
    void startupSpeaksTheStoredLanguage_data();
    void startupSpeaksTheStoredLanguage();
};

void TestInterfaceLanguage::shownBeforeSignIn()
{
    UnsignedConsole console;
    QVERIFY(console.open());
    QComboBox *combo = languageCombo(console.window.get());
    QVERIFY(combo);
    QVERIFY(combo->isVisible());
    QVERIFY(combo->isEnabled());
    // The tests run under the C locale, which the console speaks as English. The languages are
    // named in themselves, whatever the interface speaks.
    QCOMPARE(itemTexts(combo),
             (QStringList { QStringLiteral("System (English)"), QStringLiteral("Русский"),
                            QStringLiteral("English") }));
    QCOMPARE(combo->currentIndex(), 0);
    // The lead part still waits for sign-in below it.
    QVERIFY(console.window->findChild<QLabel *>(QStringLiteral("settingsWaitingLabel")));
    const QStringList unnamed = test::unnamedInteractiveWidgets(console.window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestInterfaceLanguage::shownToEveryRole_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("leadRules");
    QTest::newRow("agent") << test::kAgentToken << false;
    QTest::newRow("team lead") << test::kLeadToken << true;
    QTest::newRow("admin") << test::kAdminToken << true;
}

void TestInterfaceLanguage::shownToEveryRole()
{
    QFETCH(QString, token);
    QFETCH(bool, leadRules);
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole console;
    QVERIFY(console.signIn(crm.url(), token, QStringLiteral("settings")));
    // The lead part replaces the waiting note; the language stays above it.
    QTRY_VERIFY_WITH_TIMEOUT(
        !console.window->findChild<QLabel *>(QStringLiteral("settingsWaitingLabel")), kGuiWaitMs);
    QComboBox *combo = languageCombo(console.window.get());
    QVERIFY(combo);
    QVERIFY(combo->isVisible());
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->count(), 3);
    QCOMPARE(bool(console.window->findChild<ui::LeadSettingsSection *>()), leadRules);
    QCOMPARE(bool(console.window->findChild<QLabel *>(QStringLiteral("leadRulesNote"))),
             !leadRules);
}

void TestInterfaceLanguage::choiceIsStoredAtOnce()
{
    UnsignedConsole console;
    QVERIFY(console.open());
    QComboBox *combo = languageCombo(console.window.get());
    auto *note = console.window->findChild<QLabel *>(QStringLiteral("interfaceLanguageNote"));
    auto *restart = console.window->findChild<QPushButton *>(QStringLiteral("restartButton"));
    QVERIFY(combo && note && restart);
    QVERIFY(!note->isVisible());
    QVERIFY(!restart->isVisible());
    const QString file = console.dir.filePath(QStringLiteral("settings.ini"));

    // By keyboard, as a person would: System → Русский.
    combo->setFocus();
    QSignalSpy chosen(combo, &QComboBox::currentIndexChanged);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(combo->currentText(), QStringLiteral("Русский"));
    QCOMPARE(console.settings.interfaceLanguage(), QStringLiteral("ru"));
    // On disk already, for the next start (a fresh reader of the same file).
    QCOMPARE(ui::AppSettings(file).interfaceLanguage(), QStringLiteral("ru"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("The language changes after the console restarts."));
    QVERIFY(restart->isVisible());

    // English is what this console (C locale, so English) already speaks: stored, but nothing
    // to restart for.
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("English"));
    QCOMPARE(ui::AppSettings(file).interfaceLanguage(), QStringLiteral("en"));
    QVERIFY(!note->isVisible());
    QVERIFY(!restart->isVisible());

    // Back to the system's: nothing stored, nothing to restart for.
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(chosen.size(), 3);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(console.settings.interfaceLanguage(), QString());
    QCOMPARE(ui::AppSettings(file).interfaceLanguage(), QString());
    QVERIFY(!QSettings(file, QSettings::IniFormat).contains(QStringLiteral("interface/language")));
    QVERIFY(!note->isVisible());
    QVERIFY(!restart->isVisible());
}

void TestInterfaceLanguage::restartIsAskedOfTheConsole()
{
    UnsignedConsole console;
    console.settings.setInterfaceLanguage(QStringLiteral("en"));
    QVERIFY(console.open());
    QComboBox *combo = languageCombo(console.window.get());
    QCOMPARE(combo->currentText(), QStringLiteral("English")); // the stored choice is shown
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(console.settings.interfaceLanguage(), QStringLiteral("ru"));

    QSignalSpy restartRequested(console.window.get(), &ui::MainWindow::restartRequested);
    QVERIFY(test::clickWhenReady(
        console.window->findChild<QPushButton *>(QStringLiteral("restartButton"))));
    QCOMPARE(restartRequested.size(), 1);
}

void TestInterfaceLanguage::restartWaitsForUnsavedLeadRules()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole lead;
    QVERIFY(lead.signIn(crm.url(), test::kLeadToken, QStringLiteral("settings")));
    auto *section = lead.find<ui::LeadSettingsSection>(QStringLiteral("leadSettingsSection"));
    QVERIFY(section);
    QSignalSpy loaded(section, &ui::LeadSettingsSection::loaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kGuiWaitMs);

    QComboBox *combo = languageCombo(lead.window.get());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    auto *period = lead.find<QSpinBox>(QStringLiteral("duplicatePeriodSpin"));
    period->setFocus();
    period->selectAll();
    QTest::keyClicks(period, QStringLiteral("45"));
    QVERIFY(section->isDirty());

    QSignalSpy restartRequested(lead.window.get(), &ui::MainWindow::restartRequested);
    auto *restart = lead.find<QPushButton>(QStringLiteral("restartButton"));
    QVERIFY(test::clickWhenReady(restart));
    QCOMPARE(restartRequested.size(), 0);
    auto *note = lead.find<QLabel>(QStringLiteral("interfaceLanguageNote"));
    QCOMPARE(note->property("tone").toString(), QStringLiteral("bad"));
    QVERIFY2(note->text().contains(QStringLiteral("lead rules")), qPrintable(note->text()));

    // Undone, the restart goes ahead.
    QVERIFY(
        test::clickWhenReady(lead.find<QPushButton>(QStringLiteral("leadSettingsRevertButton"))));
    QVERIFY(!section->isDirty());
    QVERIFY(test::clickWhenReady(restart));
    QCOMPARE(restartRequested.size(), 1);
}

void TestInterfaceLanguage::startupSpeaksTheStoredLanguage_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("stored"); // null: no settings file at all
    QTest::addColumn<QString>("description");
    const QString russian = QStringLiteral("Консоль оператора для службы заботы.");
    const QString english = QStringLiteral("Operator Console for the customer-care team.");
    QTest::newRow("Russian system, nothing stored")
        << QStringLiteral("ru_RU.UTF-8") << QString() << russian;
    QTest::newRow("Russian system, English chosen")
        << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("en") << english;
    QTest::newRow("Russian system, invalid stored")
        << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("de") << russian;
    QTest::newRow("C system, Russian chosen")
        << QStringLiteral("C.UTF-8") << QStringLiteral("ru") << russian;
    QTest::newRow("C system, system chosen")
        << QStringLiteral("C.UTF-8") << QStringLiteral("") << english;
}

void TestInterfaceLanguage::startupSpeaksTheStoredLanguage()
{
    QFETCH(QString, system);
    QFETCH(QString, stored);
    QFETCH(QString, description);
    const HelpRun run = helpWith(system, stored);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(description), qPrintable(run.output));
}

QTEST_MAIN(TestInterfaceLanguage)
#include "tst_interface_language.moc"
