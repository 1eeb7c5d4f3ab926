// The console's shell driven as a person would, against a real crm-sandbox process: sign-in
// through the dialog, the status bar, keyboard navigation, role-dependent sections, the
// offline indicator, remembered geometry and page, and names for assistive technology.

#include "GuiTestSupport.h"
#include "core/Role.h"
#include "crm/ConnectionMonitor.h"
#include "crm/CrmClient.h"
#include "operations/Session.h"
#include "secrets/TokenStore.h"
#include "support/SandboxProcess.h"
#include "ui/AppSettings.h"
#include "ui/ConsoleStatusBar.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/StartupController.h"

#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace opc;

namespace {

// A console started the way `operator-console --crm URL` starts, with its own settings file
// and a keychain service name no user has.
struct Console {
    QTemporaryDir dir;
    ui::AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
    secrets::TokenStore tokens;
    std::unique_ptr<ui::StartupController> controller;

    explicit Console(const ui::StartupOptions &options)
    {
        tokens.setServiceName(QStringLiteral("operator-console-gui-test"));
        controller = std::make_unique<ui::StartupController>(options, &settings, &tokens);
    }
    ui::MainWindow *window() const { return controller->mainWindow(); }
    template<class T> T *find(const char *name) const
    {
        return window()->findChild<T *>(QString::fromLatin1(name));
    }
    QString label(const char *name) const
    {
        const auto *widget = find<QLabel>(name);
        return widget ? widget->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
};

ui::StartupOptions crmOptions(const QUrl &url)
{
    ui::StartupOptions options;
    options.crmUrl = url;
    return options;
}

// Starts the console, waits for its sign-in dialog and signs in with `token` by keyboard.
bool signInThroughDialog(Console &console, const QString &token)
{
    console.controller->start();
    if (!QTest::qWaitForWindowExposed(console.window()))
        return false;
    if (!QTest::qWaitFor(
            [&] {
                return console.controller->signInDialog()
                    && console.controller->signInDialog()->isVisible();
            },
            20000))
        return false;
    ui::SignInDialog *dialog = console.controller->signInDialog();
    auto *tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    if (!tokenEdit)
        return false;
    QTest::keyClicks(tokenEdit, token);
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    return QTest::qWaitFor([&] { return console.controller->session() != nullptr; }, 20000);
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void iconsRender();
    void agentSignsInAndSeesStatusBar();
    void keyboardNavigationSwitchesPages();
    void leadSeesAuditLog();
    void sandboxStartsSignedInWithoutDialog();
    void offlineIndicatorFollowsTheCrm();
    void geometryAndLastPageAreRestored();
    void everyInteractiveWidgetIsNamed();

private:
    test::SandboxProcess m_sandbox;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestMainWindow::iconsRender()
{
    // Rendered from the SVG sources at build time, at 1x and 2x; loadIcon picks the scale the
    // screen asks for.
    for (const char *name : { "app", "merge", "leads", "partner-lines", "audit-log", "settings",
                              "online", "offline" }) {
        const QIcon icon = ui::loadIcon(QLatin1String(name));
        QVERIFY2(!icon.isNull(), name);
        const QSize base = icon.availableSizes().value(0);
        QVERIFY2(base.width() >= 16, name);
        const QPixmap normal = icon.pixmap(base, 1.0);
        QCOMPARE(normal.size(), base);
        const QPixmap sharp = icon.pixmap(base, 2.0);
        QCOMPARE(sharp.size(), base * 2); // drawn from the @2x file, not scaled up
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QVERIFY(QFile::exists(QStringLiteral(":/icons/%1@2x.png").arg(QLatin1String(name))));
        // Disabled items get the style's greyed pixmap, not the normal one.
        const QImage disabled = icon.pixmap(base, 1.0, QIcon::Disabled).toImage();
        QVERIFY2(disabled != normal.toImage(), name);
        // On a selection the icon takes the selection's text colour, to stay readable.
        const QImage selected = icon.pixmap(base, 1.0, QIcon::Selected).toImage();
        const QColor highlightedText = QApplication::palette().color(QPalette::HighlightedText);
        bool tinted = false;
        for (int y = 0; y < selected.height() && !tinted; ++y)
            for (int x = 0; x < selected.width() && !tinted; ++x)
                tinted = qAlpha(selected.pixel(x, y)) == 255
                    && QColor(selected.pixel(x, y)).rgb() == highlightedText.rgb();
        QVERIFY2(tinted, name);
    }
}

void TestMainWindow::agentSignsInAndSeesStatusBar()
{
    Console console(crmOptions(m_sandbox.url()));
    QVERIFY(signInThroughDialog(console, QStringLiteral("demo-agent-token")));
    const ops::Session *session = console.controller->session();
    QCOMPARE(session->user().role, Role::Agent);

    QTRY_VERIFY(!console.controller->signInDialog());
    QVERIFY(!session->user().displayName.isEmpty());
    QCOMPARE(console.label("userLabel"), session->user().displayName);
    QCOMPARE(console.label("roleLabel"), roleDisplayName(Role::Agent));
    QCOMPARE(console.label("crmUrlLabel"), m_sandbox.url().toDisplayString());
    QVERIFY(console.find<QLabel>("userLabel")->isVisible());
    QVERIFY(console.find<QLabel>("connectionLabel")->property("online").toBool());
    QVERIFY2(!console.find<QLabel>("sandboxBadge")->isVisible(), "a real CRM has no badge");
    QCOMPARE(console.find<QLabel>("keychainNotice")->isVisible(),
             session->tokenStorage() == secrets::TokenStorage::MemoryOnly);

    // Agents do not review: no audit log entry, and its shortcut does nothing.
    auto *navigation = console.find<QListWidget>("navigation");
    QVERIFY(navigation->item(int(ui::PageId::AuditLog))->isHidden());
    QVERIFY(!console.window()->isPageAvailable(ui::PageId::AuditLog));
    QTest::keyClick(console.window(), Qt::Key_4, Qt::ControlModifier);
    QVERIFY(console.window()->currentPage() != ui::PageId::AuditLog);
}

void TestMainWindow::keyboardNavigationSwitchesPages()
{
    Console console(crmOptions(m_sandbox.url()));
    QVERIFY(signInThroughDialog(console, QStringLiteral("demo-agent-token")));
    ui::MainWindow *window = console.window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *pages = console.find<QStackedWidget>("pages");
    auto *navigation = console.find<QListWidget>("navigation");

    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), ui::PageId::Leads);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("leadsPage"));
    QVERIFY2(navigation->hasFocus(), "Ctrl+N leaves the focus in the navigation");

    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window->currentPage(), ui::PageId::PartnerLines);
    // The agent's hidden audit log entry is skipped.
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window->currentPage(), ui::PageId::Settings);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("settingsPage"));
    QTest::keyClick(navigation, Qt::Key_Up);
    QCOMPARE(window->currentPage(), ui::PageId::PartnerLines);

    QTest::keyClick(window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), ui::PageId::Settings);
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), ui::PageId::Merge);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mergePage"));
}

void TestMainWindow::leadSeesAuditLog()
{
    Console console(crmOptions(m_sandbox.url()));
    QVERIFY(signInThroughDialog(console, QStringLiteral("demo-lead-token")));
    QCOMPARE(console.controller->session()->user().role, Role::TeamLead);
    QCOMPARE(console.label("roleLabel"), roleDisplayName(Role::TeamLead));
    auto *navigation = console.find<QListWidget>("navigation");
    QVERIFY(!navigation->item(int(ui::PageId::AuditLog))->isHidden());

    console.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(console.window()));
    QTest::keyClick(console.window(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(console.window()->currentPage(), ui::PageId::AuditLog);
    QVERIFY(console.find<QWidget>("audit-logPage")->isVisible());
}

void TestMainWindow::sandboxStartsSignedInWithoutDialog()
{
    ui::StartupOptions options;
    options.sandbox = true;
    options.sandboxDatabase = QStringLiteral(":memory:");
    Console console(options);
    console.controller->start();
    QVERIFY(QTest::qWaitForWindowExposed(console.window()));
    // Painted before any data: the badge is there from the first frame.
    QVERIFY(console.find<QLabel>("sandboxBadge")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(console.controller->session() != nullptr, 30000);
    QVERIFY(!console.controller->signInDialog());
    QCOMPARE(console.controller->session()->user().role, Role::Agent);
    QCOMPARE(console.label("userLabel"), console.controller->session()->user().displayName);
    QVERIFY(console.label("crmUrlLabel").startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(console.find<QLabel>("sandboxBadge")->isVisible());
    QVERIFY2(!console.find<QLabel>("keychainNotice")->isVisible(),
             "sandbox tokens are never asked for, so no keychain notice");
}

void TestMainWindow::offlineIndicatorFollowsTheCrm()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    const quint16 port = crm.port();
    Console console(crmOptions(crm.url()));
    QVERIFY(signInThroughDialog(console, QStringLiteral("demo-agent-token")));
    ops::Session *session = console.controller->session();
    session->connection()->setProbeIntervals(100, 500);
    auto *connection = console.find<QLabel>("connectionLabel");
    QVERIFY(connection->property("online").toBool());
    const QString onlineText = connection->text();

    crm.kill();
    // The next request of any page finds the CRM gone.
    session->client()->get(QStringLiteral("/api/v1/me"), this, [](const crm::CrmResult &) {});
    QTRY_VERIFY_WITH_TIMEOUT(!connection->property("online").toBool(), 30000);
    QVERIFY(connection->text() != onlineText);

    // Back on the same port: the console notices by itself, nobody clicks anything.
    QVERIFY2(crm.start(QStringLiteral(":memory:"), QStringLiteral("demo"), {}, port),
             qPrintable(crm.error()));
    QTRY_VERIFY_WITH_TIMEOUT(connection->property("online").toBool(), 30000);
    QCOMPARE(connection->text(), onlineText);
}

void TestMainWindow::geometryAndLastPageAreRestored()
{
    QTemporaryDir dir;
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QSize size(777, 555);
    {
        ui::MainWindow window(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        QVERIFY(window.showPage(ui::PageId::PartnerLines));
        window.close();
    }
    {
        ui::MainWindow window(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
        QCOMPARE(window.currentPage(), ui::PageId::PartnerLines);
        window.close();
    }
    // A lead's last page (the audit log) waits for a role that may see it: shown as Merge
    // before sign-in, and not forgotten when the window closes again.
    settings.setLastPage(QStringLiteral("audit-log"));
    {
        ui::MainWindow window(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), ui::PageId::Merge);
        window.close();
    }
    QCOMPARE(settings.lastPage(), QStringLiteral("audit-log"));
}

void TestMainWindow::everyInteractiveWidgetIsNamed()
{
    Console console(crmOptions(m_sandbox.url()));
    QVERIFY(signInThroughDialog(console, QStringLiteral("demo-admin-token")));
    QVERIFY(test::interactiveWidgets(console.window()).size() >= 2);
    const QStringList unnamed = test::unnamedInteractiveWidgets(console.window());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    for (const QShortcut *shortcut : console.window()->findChildren<QShortcut *>())
        QVERIFY(!shortcut->objectName().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
