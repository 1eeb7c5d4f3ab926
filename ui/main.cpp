// operator-console: the desktop console of the customer-care team.
//   operator-console [--crm URL]                  sign in to a CRM (keychain token or dialog)
//   operator-console --sandbox [--sandbox-db PATH] the built-in sandbox CRM, as the demo agent
//   --smoke                                       exit 0 once the main window has painted

#include "InterfaceLanguage.h"
#include "Translations.h"
#include "opc/AppInfo.h"
#include "operations/Session.h"
#include "operations/SignIn.h"
#include "secrets/TokenStore.h"
#include "ui/AppSettings.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/StartupController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <cstdio>

namespace {

// A smoke run that has not painted by then is broken, not slow.
constexpr int kSmokeTimeoutMs = 30000;

int usageError(const QString &message)
{
    std::fprintf(stderr, "operator-console: %s\n", qPrintable(message));
    return 2;
}

// On Linux a GUI needs an X11 or Wayland display, or an explicit platform; without one Qt
// aborts with a core dump. Say instead what to do (Windows and macOS always have a screen).
bool lacksDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

// The language chosen in Settings (or the system's), before the first translated string. It is
// the default locale too, so that dates, numbers and money read in the language of the words.
void applyInterfaceLanguage(QCoreApplication &app, const opc::ui::AppSettings &settings)
{
    const QLocale locale
        = opc::i18n::interfaceLocale(settings.interfaceLanguage(), QLocale::system());
    QLocale::setDefault(locale);
    opc::i18n::installTranslators(app, locale);
}

int explainMissingDisplay(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    applyInterfaceLanguage(core, opc::ui::AppSettings());
    std::fprintf(stderr, "operator-console: %s\n",
                 qPrintable(QCoreApplication::translate(
                     "main",
                     "there is no display to show the console on. Run it under a virtual display "
                     "(xvfb-run -a operator-console …) or without a window "
                     "(QT_QPA_PLATFORM=offscreen operator-console …).")));
    return 1;
}

// Runs the console until it ends. *restart says whether the user asked for a restart.
int runConsole(QApplication &app, const opc::ui::StartupOptions &options,
               opc::ui::AppSettings *settings, bool smoke, bool smokeSignedIn, bool *restart)
{
    opc::secrets::TokenStore tokens;
    opc::ui::StartupController controller(options, settings, &tokens);

    if (smoke) {
        auto *watchdog = new QTimer(&app);
        watchdog->setSingleShot(true);
        QObject::connect(watchdog, &QTimer::timeout, &app, [] {
            std::fprintf(stderr, "operator-console: %s\n",
                         qPrintable(QApplication::translate(
                                        "main", "the smoke run did not finish within %1 s")
                                        .arg(kSmokeTimeoutMs / 1000)));
            QCoreApplication::exit(1);
        });
        watchdog->start(kSmokeTimeoutMs);
    }
    controller.start();
    // The window manager draws the icon, not our first frame: decoding it can wait until then.
    QObject::connect(controller.mainWindow(), &opc::ui::MainWindow::firstPainted, &app,
                     [] { QApplication::setWindowIcon(opc::ui::loadIcon(QStringLiteral("app"))); });
    if (smokeSignedIn) {
        QObject::connect(&controller, &opc::ui::StartupController::sessionStarted, &app,
                         [] { QCoreApplication::exit(0); });
        QObject::connect(&controller, &opc::ui::StartupController::startupFailed, &app,
                         [](const QString &message) {
                             std::fprintf(stderr, "operator-console: %s\n", qPrintable(message));
                             QCoreApplication::exit(1);
                         });
    } else if (smoke) {
        // Painted is all a smoke run proves; it never waits for the sandbox or sign-in.
        QObject::connect(controller.mainWindow(), &opc::ui::MainWindow::firstPainted, &app,
                         [] { QCoreApplication::exit(0); });
    }
    QObject::connect(controller.mainWindow(), &opc::ui::MainWindow::restartRequested, &app,
                     [&controller, restart] {
                         // The window's ordinary close, which saves its state; a window that
                         // refuses to close keeps the console running.
                         if (!controller.mainWindow()->close())
                             return;
                         *restart = true;
                         QCoreApplication::quit();
                     });
    return QApplication::exec();
}

// The same program with the same arguments, as a process of its own (no nested event loop, no
// waiting): the user's restart after choosing another interface language.
// (Qt has already taken its own options, such as -platform or -style, out of arguments(); the
// console's own all come through.)
int startAgain()
{
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1)))
        return 0;
    std::fprintf(stderr, "operator-console: %s\n",
                 qPrintable(QCoreApplication::translate(
                     "main", "the console could not start again; start it the usual way.")));
    // Started from a menu there is no terminal to read that in: the window just went away. The
    // event loop has ended, so this box is the only one running.
    QMessageBox::warning(nullptr, QApplication::translate("main", "Operator Console"),
                         QApplication::translate("main",
                                                 "The console could not start again. Start it "
                                                 "the usual way: the language you chose is "
                                                 "saved."));
    return 1;
}

} // namespace

// --help and --version print and exit: they need no screen.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all"
            || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    if (lacksDisplay()) {
        if (!onlyPrints(argc, argv))
            return explainMissingDisplay(argc, argv);
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(opc::kOrganizationName));
    QApplication::setApplicationName(QString::fromLatin1(opc::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(opc::kAppVersion));
    opc::ui::AppSettings settings;
    applyInterfaceLanguage(app, settings);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Operator Console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Operator Console for the customer-care team."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption crmOption(
        QStringLiteral("crm"), QApplication::translate("main", "Sign in to the CRM at <url>."),
        QStringLiteral("url"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main",
                                "Use the built-in sandbox CRM, signed in as the demo "
                                "agent."));
    const QCommandLineOption sandboxDbOption(
        QStringLiteral("sandbox-db"),
        QApplication::translate("main", "Sandbox database file (or :memory:)."),
        QStringLiteral("path"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QApplication::translate("main", "Exit as soon as the main window has been painted."));
    const QCommandLineOption smokeSignedInOption(
        QStringLiteral("smoke-signed-in"),
        QApplication::translate("main",
                                "Exit as soon as the console has signed in (benchmarks measure a "
                                "working session with it)."));
    parser.addOptions(
        { crmOption, sandboxOption, sandboxDbOption, smokeOption, smokeSignedInOption });
    if (!parser.parse(QApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QApplication::translate("main", "unexpected argument: %1")
                              .arg(parser.positionalArguments().constFirst()));

    opc::ui::StartupOptions options;
    options.sandbox = parser.isSet(sandboxOption);
    if (parser.isSet(sandboxDbOption)) {
        if (!options.sandbox)
            return usageError(QApplication::translate("main", "--sandbox-db needs --sandbox"));
        options.sandboxDatabase = parser.value(sandboxDbOption);
        if (options.sandboxDatabase.isEmpty())
            return usageError(QApplication::translate("main", "--sandbox-db needs a path"));
    }
    if (parser.isSet(crmOption)) {
        if (options.sandbox)
            return usageError(
                QApplication::translate("main", "--crm and --sandbox exclude each other"));
        QString error;
        options.crmUrl = opc::ops::parseCrmUrl(parser.value(crmOption), &error);
        if (!options.crmUrl.isValid())
            return usageError(QApplication::translate("main", "--crm: %1").arg(error));
    }
    const bool smokeSignedIn = parser.isSet(smokeSignedInOption);
    const bool smoke = parser.isSet(smokeOption) || smokeSignedIn;
    if (parser.isSet(smokeOption) && smokeSignedIn)
        return usageError(
            QApplication::translate("main", "--smoke and --smoke-signed-in exclude each other"));
    options.paintOnly = smoke && !smokeSignedIn;

    bool restart = false;
    const int exitCode = runConsole(app, options, &settings, smoke, smokeSignedIn, &restart);
    // Only now, with this console's window, session and sandbox gone and its settings written,
    // does the next one start: it finds everything as this one left it.
    if (restart && exitCode == 0)
        return startAgain();
    return exitCode;
}
