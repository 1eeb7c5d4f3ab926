// The sign-in dialog against a real crm-sandbox process: what an agent sees for a wrong token,
// an unreachable CRM, a malformed address, and the right token.

#include "GuiTestSupport.h"
#include "secrets/TokenStore.h"
#include "support/SandboxProcess.h"
#include "ui/AppSettings.h"
#include "ui/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;

class TestSignInDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongTokenShowsErrorAndStaysOpen();
    void unreachableCrmShowsError();
    void badUrlIsAnsweredWithoutRequest();
    void rightTokenSignsInAndRemembersUrlOnly();
    void cancelClosesWithoutSigningIn();
    void everyInteractiveWidgetIsNamed();
    void tabOrderFollowsTheForm();
    void longErrorGrowsTheDialogInsteadOfOverlapping();

private:
    struct Fixture {
        QTemporaryDir dir;
        ui::AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
        secrets::TokenStore tokens;
        ui::SignInDialog dialog { &tokens, &settings };
        QLineEdit *url = dialog.findChild<QLineEdit *>(QStringLiteral("crmUrlEdit"));
        QLineEdit *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QLabel *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QPushButton *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
        QPushButton *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));

        Fixture() { tokens.setServiceName(QStringLiteral("operator-console-gui-test")); }
        bool complete() const { return url && token && error && signIn && cancel; }
    };

    static bool openDialog(Fixture &f)
    {
        f.dialog.open();
        f.dialog.activateWindow();
        return QTest::qWaitForWindowActive(&f.dialog);
    }
    static void type(Fixture &f, const QString &url, const QString &token)
    {
        f.url->clear();
        QTest::keyClicks(f.url, url);
        f.token->clear();
        QTest::keyClicks(f.token, token);
    }

    test::SandboxProcess m_sandbox;
};

void TestSignInDialog::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

void TestSignInDialog::wrongTokenShowsErrorAndStaysOpen()
{
    Fixture f;
    QVERIFY(f.complete());
    QVERIFY(openDialog(f));
    QSignalSpy signedIn(&f.dialog, &ui::SignInDialog::signedIn);
    type(f, m_sandbox.url().toString(), QStringLiteral("not-a-real-token"));
    QVERIFY(f.token->echoMode() == QLineEdit::Password);
    // Return in the token field presses the default button, as a keyboard user would.
    QTest::keyClick(f.token, Qt::Key_Return);
    QVERIFY(f.dialog.isBusy());
    QVERIFY(!f.signIn->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog.isBusy(), 20000);
    QVERIFY(f.error->isVisible());
    // The operation's own sentence for a refused token, which says what to do next.
    QVERIFY2(f.error->text().contains(QLatin1String("refused this token")),
             qPrintable(f.error->text()));
    QVERIFY(f.dialog.isVisible());
    QVERIFY(f.signIn->isEnabled());
    QVERIFY(f.token->isEnabled());
    QCOMPARE(signedIn.count(), 0);
}

void TestSignInDialog::unreachableCrmShowsError()
{
    // A port that was free a moment ago: nothing answers there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    Fixture f;
    QVERIFY(openDialog(f));
    type(f, QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("demo-agent-token"));
    QTest::mouseClick(f.signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!f.dialog.isBusy(), 60000);
    QVERIFY(f.error->isVisible());
    QVERIFY(!f.error->text().isEmpty());
    QVERIFY(f.dialog.isVisible());
}

void TestSignInDialog::badUrlIsAnsweredWithoutRequest()
{
    Fixture f;
    QVERIFY(openDialog(f));
    type(f, QStringLiteral("ftp://"), QStringLiteral("demo-agent-token"));
    QTest::mouseClick(f.signIn, Qt::LeftButton);
    // Answered at once, inline: no request was needed to know.
    QVERIFY(!f.dialog.isBusy());
    QVERIFY(f.error->isVisible());
    QVERIFY(!f.error->text().isEmpty());
    QVERIFY(f.dialog.isVisible());

    type(f, m_sandbox.url().toString(), QString());
    QTest::mouseClick(f.signIn, Qt::LeftButton);
    QVERIFY(!f.dialog.isBusy());
    QVERIFY2(f.error->isVisible(), "an empty token is refused inline");
}

void TestSignInDialog::rightTokenSignsInAndRemembersUrlOnly()
{
    Fixture f;
    QVERIFY(openDialog(f));
    QSignalSpy signedIn(&f.dialog, &ui::SignInDialog::signedIn);
    QSignalSpy accepted(&f.dialog, &QDialog::accepted);
    type(f, m_sandbox.url().toString(), QStringLiteral("demo-lead-token"));
    QTest::mouseClick(f.signIn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!f.dialog.isVisible());

    const auto outcome = signedIn.at(0).at(0).value<ui::SignInOutcome>();
    QCOMPARE(outcome.user.role, Role::TeamLead);
    QVERIFY(!outcome.user.displayName.isEmpty());
    QCOMPARE(outcome.token, QStringLiteral("demo-lead-token"));
    QVERIFY(f.token->text().isEmpty());

    // The URL is remembered for next time; the token is in no settings file.
    f.settings.sync();
    QCOMPARE(f.settings.lastCrmUrl().port(), m_sandbox.url().port());
    QFile file(f.dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("demo-lead-token"));
}

void TestSignInDialog::cancelClosesWithoutSigningIn()
{
    Fixture f;
    QVERIFY(openDialog(f));
    QSignalSpy signedIn(&f.dialog, &ui::SignInDialog::signedIn);
    QSignalSpy rejected(&f.dialog, &QDialog::rejected);
    type(f, m_sandbox.url().toString(), QStringLiteral("demo-agent-token"));
    QTest::mouseClick(f.signIn, Qt::LeftButton);
    QVERIFY(f.dialog.isBusy());
    // Cancel while the CRM is being asked: the late answer must not sign in.
    QTest::mouseClick(f.cancel, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!f.dialog.isBusy());
    QTest::qWait(500);
    QCOMPARE(signedIn.count(), 0);
}

void TestSignInDialog::everyInteractiveWidgetIsNamed()
{
    Fixture f;
    QVERIFY(openDialog(f));
    QVERIFY(test::interactiveWidgets(&f.dialog).size() >= 4);
    const QStringList unnamed = test::unnamedInteractiveWidgets(&f.dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestSignInDialog::tabOrderFollowsTheForm()
{
    Fixture f;
    QVERIFY(openDialog(f));
    QCOMPARE(f.url->nextInFocusChain(), static_cast<QWidget *>(f.token));
    f.url->setFocus();
    QTRY_VERIFY(f.url->hasFocus());
    QTest::keyClick(f.url, Qt::Key_Tab);
    QVERIFY(f.token->hasFocus());
    QTest::keyClick(f.token, Qt::Key_Tab);
    QVERIFY(f.signIn->hasFocus());
    QTest::keyClick(f.signIn, Qt::Key_Tab);
    QVERIFY(f.cancel->hasFocus());
}

void TestSignInDialog::longErrorGrowsTheDialogInsteadOfOverlapping()
{
    Fixture f;
    QVERIFY(openDialog(f));
    f.dialog.resize(440, f.dialog.minimumSizeHint().height());
    const QString sentence = QStringLiteral("Cannot reach the CRM. Check the network connection. ");
    f.dialog.showError(sentence.repeated(6));
    QTRY_VERIFY(f.error->isVisible());
    QCOMPARE(f.dialog.width(), 440); // the width the user chose stays
    // The whole wrapped error is inside its label, and the label ends above the buttons.
    QVERIFY(f.error->height() >= f.error->heightForWidth(f.error->width()));
    const int errorBottom = f.error->mapTo(&f.dialog, QPoint(0, f.error->height())).y();
    const int buttonsTop = f.signIn->mapTo(&f.dialog, QPoint(0, 0)).y();
    QVERIFY2(errorBottom <= buttonsTop,
             qPrintable(QStringLiteral("error ends at %1, buttons start at %2")
                            .arg(errorBottom)
                            .arg(buttonsTop)));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
