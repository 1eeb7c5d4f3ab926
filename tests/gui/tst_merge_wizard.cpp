// The KIDS account merge wizard driven as an agent would, offscreen, against a real crm-sandbox
// process (with fault injection) and the demo fixture: Find → Direction → Pre-checks → Preview
// → Run → Summary for the seed student, a step that fails and is left for later, resumed from
// "Interrupted merges", retried after the fault is gone, and the CRM's state checked through the
// API afterwards; a second agent who meets the first one's lock; a student who is not KIDS.
// Every test starts its own sandbox with a fresh in-memory database: a merge changes it.

#include "GuiTestSupport.h"
#include "core/merge/PreChecks.h"
#include "core/merge/Steps.h"
#include "operations/Session.h"
#include "operations/SessionStart.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/merge/MergeWizard.h"
#include "ui/merge/StepPreviewView.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace opc;

namespace {

constexpr int kWaitMs = 30000;

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

// A signed-in console: the main window and the session, built the way the console builds them
// (startSession, then MainWindow::setSession), with its own settings file.
struct Console {
    QTemporaryDir dir;
    ui::AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
    std::unique_ptr<ops::Session> session; // declared first: the window goes before it
    std::unique_ptr<ui::MainWindow> window;

    // `lastPage` decides whether the Merge page exists before the session ("merge": built with
    // the window) or only after it ("leads": built when first shown).
    bool signIn(const QUrl &url, const QString &token, const QString &lastPage)
    {
        settings.setLastPage(lastPage);
        window = std::make_unique<ui::MainWindow>(&settings);
        window->resize(1000, 700);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        ops::SessionOptions options;
        options.crmUrl = url;
        options.token = token;
        QObject context;
        bool done = false;
        ops::startSession(options, &context, [&](ops::SessionStartResult result) {
            session = std::move(result.session);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, kWaitMs) || !session)
            return false;
        window->setSession(session.get());
        return window->showPage(ui::PageId::Merge);
    }

    template<class T> T *find(const QString &name) const
    {
        T *widget = window->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    QString text(const QString &labelName) const
    {
        const auto *label = find<QLabel>(labelName);
        return label ? label->text() : QString();
    }
    bool stepPassed(const QString &checkId) const
    {
        const auto *label = find<QLabel>(QStringLiteral("preCheck-") + checkId);
        return label && label->property("passed").toBool();
    }
    QString stepState(merge::StepId step) const
    {
        const auto *label
            = find<QLabel>(QStringLiteral("runStepState-") + merge::stepIdToWire(step));
        return label ? label->property("stepState").toString() : QString();
    }
};

bool clickable(QAbstractButton *button)
{
    return button && button->isVisible() && button->isEnabled();
}

// Clicks `name` once it is visible and enabled.
bool click(Console &console, const char *name)
{
    auto *button = console.find<QAbstractButton>(QLatin1String(name));
    if (!QTest::qWaitFor([&] { return clickable(button); }, kWaitMs)) {
        qWarning("%s is not clickable", name);
        return false;
    }
    // A check box or radio button reacts on its indicator and text, not on the empty width
    // its layout gave it; its centre may be there.
    const bool indicator
        = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(8, button->height() / 2) : QPoint());
    return true;
}

ui::MergeWizard::Page page(const Console &console)
{
    return console.find<ui::MergeWizard>(QStringLiteral("mergeWizard"))->currentPage();
}

// Find → Direction → Pre-checks → Preview for the seed student, in `direction` ("keep-english"
// or "keep-math"), whose letter goes to `teacher`. Checks what each page shows on the way.
void walkToPreview(Console &console, const QString &search, const QString &direction,
                   const QString &teacher)
{
    auto *edit = console.find<QLineEdit>(QStringLiteral("mergeSearchEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(edit && edit->isVisible(), kWaitMs);
    edit->clear();
    QTest::keyClicks(edit, search);
    QTest::keyClick(edit, Qt::Key_Return);

    // Find: the two pairs, English ↔ math, with what each account holds.
    auto *table = console.find<QTableWidget>(QStringLiteral("mergePairsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->rowCount() == 4, kWaitMs);
    const auto row = [table](int r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << table->item(r, c)->text();
        return cells;
    };
    QCOMPARE(row(0).mid(0, 5), strings({ "1", "11", "English", "24", "working" }));
    QCOMPARE(row(1).mid(0, 5), strings({ "1", "12", "Math", "0", "empty" }));
    QCOMPARE(row(2).mid(0, 5), strings({ "2", "21", "English", "0", "empty" }));
    QCOMPARE(row(3).mid(0, 5), strings({ "2", "22", "Math", "16", "working" }));
    QVERIFY(row(3).at(5).contains(QStringLiteral("2201")));
    QCOMPARE(row(3).at(6), QStringLiteral("5"));
    QCOMPARE(row(3).at(7), QStringLiteral("Сергей Иванов"));
    QCOMPARE(row(1).at(5), QStringLiteral("—")); // the empty math account has no request
    QVERIFY(console.text(QStringLiteral("mergeStudentLabel")).contains(QStringLiteral("Миша")));
    QVERIFY(click(console, "wizardNextButton"));

    // Direction: nothing chosen until the agent chooses; each choice says what is lost.
    QCOMPARE(page(console), ui::MergeWizard::Page::Direction);
    auto *next = console.find<QPushButton>(QStringLiteral("wizardNextButton"));
    QVERIFY(!next->isEnabled());
    QVERIFY(console.text(QStringLiteral("keep-englishLoss")).contains(QStringLiteral("22")));
    QVERIFY(console.text(QStringLiteral("keep-mathLoss")).contains(QStringLiteral("11")));
    QVERIFY(click(console, qPrintable(direction + QStringLiteral("Radio"))));
    QVERIFY(next->isEnabled());
    QVERIFY(click(console, "wizardNextButton"));

    // Pre-checks: every check shown; the warning confirmation is required.
    QCOMPARE(page(console), ui::MergeWizard::Page::PreChecks);
    QTRY_VERIFY_WITH_TIMEOUT(console.stepPassed(merge::check::noMergeRunning), kWaitMs);
    QVERIFY(!console.stepPassed(merge::check::studentWarned));
    QVERIFY(!next->isEnabled());
    QVERIFY(click(console, "studentWarnedCheckBox"));
    for (const QString &id :
         { merge::check::structure, merge::check::kids, merge::check::targetEmpty,
           merge::check::targetRequest, merge::check::studentWarned, merge::check::noMergeRunning,
           merge::check::roleMayMerge })
        QVERIFY2(console.stepPassed(id), qPrintable(id));
    QVERIFY(next->isEnabled());
    QVERIFY(click(console, "wizardNextButton"));

    // Preview: all nine steps, in their order.
    QCOMPARE(page(console), ui::MergeWizard::Page::Preview);
    auto *preview = console.find<ui::StepPreviewView>(QStringLiteral("mergePreviewView"));
    QCOMPARE(preview->stepCount(), 9);
    const QString text = preview->toPlainText();
    qsizetype at = 0;
    for (merge::StepId step : merge::stepOrder()) {
        const qsizetype found = text.indexOf(merge::stepTitle(step), at);
        QVERIFY2(found >= at, qPrintable(merge::stepTitle(step)));
        at = found;
    }
    QVERIFY(text.contains(teacher)); // the letter, in full
    QVERIFY(console.find<QPushButton>(QStringLiteral("startMergeButton"))->isVisible());
}

crm::CrmResult readRequest(const QUrl &url, qint64 id)
{
    auto client = test::clientFor(url, test::kLeadToken);
    crm::CrmRequest request;
    request.path = QStringLiteral("/api/v1/requests/%1").arg(id);
    return test::call(*client, request);
}

// Registers a merge of 22 → 12 on the CRM as the demo agent, as the agent's console would.
bool registerAgentMerge(const QUrl &url, QString *operationId)
{
    *operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto client = test::clientFor(url, test::kAgentToken);
    crm::CrmRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/merges");
    request.body = QJsonObject { { QStringLiteral("operation_id"), *operationId },
                                 { QStringLiteral("source_account_id"), 22 },
                                 { QStringLiteral("target_account_id"), 12 } };
    const crm::CrmResult result = test::call(*client, request);
    if (!result.ok())
        qWarning("register: %s", qPrintable(result.error->message + result.error->detail));
    return result.ok();
}

} // namespace

class TestMergeWizard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mergeWithFailureResumeAndRetry();
    void keepMathAsksAboutThePriceSet();
    void secondAgentMeetsTheLock();
    void studentWhoIsNotKidsIsRefused();
};

void TestMergeWizard::mergeWithFailureResumeAndRetry()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                       { QStringLiteral("--enable-faults") }),
             qPrintable(crm.error()));
    Console console;
    // The Merge page is the first one shown: it exists before the session does.
    QVERIFY(console.signIn(crm.url(), test::kAgentToken, QStringLiteral("merge")));
    walkToPreview(console, QStringLiteral("11"), QStringLiteral("keep-english"),
                  QStringLiteral("Сергей Иванов"));
    if (QTest::currentTestFailed())
        return;

    // move-paid-lessons fails (a 500 is not retried by the client) until the fault is cleared.
    QVERIFY(test::addFault(
        crm.url(),
        { { QStringLiteral("route"), QStringLiteral("POST /api/v1/balance-transfers") },
          { QStringLiteral("status"), 500 } }));
    QVERIFY(click(console, "startMergeButton"));
    QCOMPARE(page(console), ui::MergeWizard::Page::Run);
    auto *retry = console.find<QPushButton>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), kWaitMs);

    // The checklist: the steps before are finished, the failed one says why, the rest wait.
    QCOMPARE(console.stepState(merge::StepId::MovePaidLessons), QStringLiteral("failed"));
    auto *reason = console.find<QLabel>(QStringLiteral("runStepReason-move-paid-lessons"));
    QVERIFY(reason->isVisible());
    QVERIFY(!reason->text().isEmpty());
    for (merge::StepId step : merge::stepOrder()) {
        const QString state = console.stepState(step);
        if (step < merge::StepId::MovePaidLessons)
            QVERIFY2(state == QLatin1String("done") || state == QLatin1String("skipped"),
                     qPrintable(merge::stepIdToWire(step) + QLatin1Char(' ') + state));
        else if (step > merge::StepId::MovePaidLessons)
            QCOMPARE(state, QStringLiteral("planned"));
    }
    QVERIFY(console.find<QLabel>(QStringLiteral("runStateLabel"))->isVisible());
    // Nothing can be skipped: there are no per-step buttons, only retry and leave.
    QVERIFY(!console.find<QPushButton>(QStringLiteral("copyPriceSetButton"))->isVisible());

    // Left for later, it is an interrupted merge at the start of the page.
    QVERIFY(click(console, "runCloseButton"));
    QCOMPARE(page(console), ui::MergeWizard::Page::Find);
    auto *interrupted = console.find<QTreeWidget>(QStringLiteral("interruptedMergesList"));
    QTRY_VERIFY_WITH_TIMEOUT(interrupted->isVisible() && interrupted->topLevelItemCount() == 1,
                             kWaitMs);
    const QTreeWidgetItem *item = interrupted->topLevelItem(0);
    QVERIFY(!item->text(0).isEmpty());
    QVERIFY(item->text(1).contains(QStringLiteral("22")));
    QVERIFY(item->text(1).contains(QStringLiteral("12")));
    QVERIFY(item->text(2).contains(merge::stepTitle(merge::StepId::MovePaidLessons)));
    QVERIFY(!item->text(3).isEmpty());
    const QString operationId = item->text(0);

    // Resumed while the fault is still there: the same step fails again, on the Run page.
    QVERIFY(click(console, "resumeMergeButton"));
    QCOMPARE(page(console), ui::MergeWizard::Page::Run);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), kWaitMs);
    QCOMPARE(console.stepState(merge::StepId::MovePaidLessons), QStringLiteral("failed"));
    QVERIFY(console.text(QStringLiteral("runOperationLabel")).contains(operationId));

    // The fault is gone: Retry goes on to the end.
    QVERIFY(test::clearFaults(crm.url()));
    QVERIFY(click(console, "retryButton"));
    auto *copyPriceSet = console.find<QPushButton>(QStringLiteral("copyPriceSetButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        page(console) == ui::MergeWizard::Page::Summary || copyPriceSet->isVisible(), kWaitMs);
    if (copyPriceSet->isVisible()) // the price sets differ: the agent takes the old one
        QVERIFY(click(console, "copyPriceSetButton"));
    QTRY_COMPARE_WITH_TIMEOUT(page(console), ui::MergeWizard::Page::Summary, kWaitMs);

    // Summary: both requests, the operation id, the letter ready to copy.
    auto *newRequest = console.find<QLabel>(QStringLiteral("newRequestLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(newRequest->property("requestId").toLongLong() > 0, kWaitMs);
    const qint64 newId = newRequest->property("requestId").toLongLong();
    QCOMPARE(newRequest->text(), QStringLiteral("#%1").arg(newId));
    QCOMPARE(console.text(QStringLiteral("oldRequestLabel")), QStringLiteral("#2201"));
    QCOMPARE(console.find<QLineEdit>(QStringLiteral("operationIdEdit"))->text(), operationId);
    auto *letter = console.find<QPlainTextEdit>(QStringLiteral("letterText"));
    QVERIFY(letter->isVisible());
    QVERIFY(letter->isReadOnly());
    QVERIFY(letter->toPlainText().contains(QStringLiteral("Сергей Иванов")));
    QVERIFY(click(console, "copyLetterButton"));
    QCOMPARE(QGuiApplication::clipboard()->text(), letter->toPlainText());
    QCOMPARE(console.find<ui::StepPreviewView>(QStringLiteral("summaryWrittenView"))->stepCount(),
             9);

    // The CRM: the old request is a purple duplicate of the new one, which is the target's.
    const crm::CrmResult old = readRequest(crm.url(), 2201);
    QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error->message));
    QCOMPARE(old.body[QLatin1String("is_duplicate")].toBool(), true);
    QCOMPARE(old.body[QLatin1String("duplicate_of")].toInteger(), newId);
    QCOMPARE(old.body[QLatin1String("status")].toString(), QStringLiteral("duplicate"));
    const crm::CrmResult created = readRequest(crm.url(), newId);
    QVERIFY(created.ok());
    QCOMPARE(created.body[QLatin1String("account_id")].toInteger(), 12);

    // Every widget a person can reach is named, on every page the run went through.
    const QStringList unnamed
        = test::unnamedInteractiveWidgets(console.find<QWidget>(QStringLiteral("mergePage")));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // A new merge starts from an empty Find page; the finished merge is no longer interrupted.
    QVERIFY(click(console, "newMergeButton"));
    QCOMPARE(page(console), ui::MergeWizard::Page::Find);
    QTRY_VERIFY_WITH_TIMEOUT(
        !console.find<QWidget>(QStringLiteral("interruptedMergesPanel"))->isVisible(), kWaitMs);
    QVERIFY(console.find<QLineEdit>(QStringLiteral("mergeSearchEdit"))->text().isEmpty());
}

void TestMergeWizard::keepMathAsksAboutThePriceSet()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    // The empty English account's own request (reused by keep-math) is on another price set and
    // region than the working English request 1101 (price set 1, region 1).
    {
        auto client = test::clientFor(crm.url(), test::kAgentToken);
        const crm::CrmResult read = readRequest(crm.url(), 2101);
        QVERIFY(read.ok());
        crm::CrmRequest patch;
        patch.method = "PATCH";
        patch.path = QStringLiteral("/api/v1/requests/2101");
        patch.ifMatch = read.etag;
        patch.body = QJsonObject { { QStringLiteral("price_set_id"), 4 },
                                   { QStringLiteral("region_id"), 2 } };
        const crm::CrmResult patched = test::call(*client, patch);
        QVERIFY2(patched.ok(), qPrintable(patched.ok() ? QString() : patched.error->message));
    }
    Console console;
    QVERIFY(console.signIn(crm.url(), test::kAgentToken, QStringLiteral("merge")));
    walkToPreview(console, QStringLiteral("21"), QStringLiteral("keep-math"),
                  QStringLiteral("Ирина Петрова"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(click(console, "startMergeButton"));

    // check-price-set waits for the agent: copy the old request's, or keep the new one's.
    auto *copy = console.find<QPushButton>(QStringLiteral("copyPriceSetButton"));
    QTRY_VERIFY_WITH_TIMEOUT(copy->isVisible(), kWaitMs);
    QVERIFY(console.find<QPushButton>(QStringLiteral("keepPriceSetButton"))->isVisible());
    QVERIFY(!console.find<QPushButton>(QStringLiteral("retryButton"))->isVisible());
    QVERIFY(!console.text(QStringLiteral("runStateLabel")).isEmpty());
    for (merge::StepId step : merge::stepOrder()) {
        if (step < merge::StepId::CheckPriceSet)
            QVERIFY(console.stepState(step) == QLatin1String("done")
                    || console.stepState(step) == QLatin1String("skipped"));
    }
    QVERIFY(click(console, "copyPriceSetButton"));
    QTRY_COMPARE_WITH_TIMEOUT(page(console), ui::MergeWizard::Page::Summary, kWaitMs);

    // The target's own request was reused, and took the old request's price set and region.
    QCOMPARE(console.text(QStringLiteral("newRequestLabel")), QStringLiteral("#2101"));
    QCOMPARE(console.text(QStringLiteral("oldRequestLabel")), QStringLiteral("#1101"));
    QVERIFY(console.find<QLineEdit>(QStringLiteral("loginLinkEdit"))->isVisible());
    const crm::CrmResult reused = readRequest(crm.url(), 2101);
    QVERIFY(reused.ok());
    QCOMPARE(reused.body[QLatin1String("price_set")][QLatin1String("id")].toInteger(), 1);
    QCOMPARE(reused.body[QLatin1String("region")][QLatin1String("id")].toInteger(), 1);
    const crm::CrmResult old = readRequest(crm.url(), 1101);
    QVERIFY(old.ok());
    QCOMPARE(old.body[QLatin1String("duplicate_of")].toInteger(), 2101);
}

void TestMergeWizard::secondAgentMeetsTheLock()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                       { QStringLiteral("--enable-faults") }),
             qPrintable(crm.error()));
    Console lead;
    // The Merge page is built only when shown, after the session exists.
    QVERIFY(lead.signIn(crm.url(), test::kLeadToken, QStringLiteral("leads")));
    walkToPreview(lead, QStringLiteral("11"), QStringLiteral("keep-english"),
                  QStringLiteral("Сергей Иванов"));
    if (QTest::currentTestFailed())
        return;

    // Between the pre-checks and Start, the demo agent registers a merge of the same accounts.
    QString agentOperation;
    QVERIFY(registerAgentMerge(crm.url(), &agentOperation));
    QVERIFY(click(lead, "startMergeButton"));
    auto *close = lead.find<QPushButton>(QStringLiteral("runCloseButton"));
    QTRY_VERIFY_WITH_TIMEOUT(close->isVisible(), kWaitMs);
    const QString refusal = lead.text(QStringLiteral("runStateLabel"));
    QVERIFY2(refusal.contains(QStringLiteral("Анна Смирнова")), qPrintable(refusal));
    QVERIFY2(refusal.contains(agentOperation), qPrintable(refusal));
    QVERIFY(!lead.find<QPushButton>(QStringLiteral("retryButton"))->isVisible());

    // Starting over, the pre-checks now name the holder and the merge cannot go on.
    QVERIFY(click(lead, "runCloseButton"));
    QCOMPARE(page(lead), ui::MergeWizard::Page::Find);
    auto *edit = lead.find<QLineEdit>(QStringLiteral("mergeSearchEdit"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(click(lead, "wizardNextButton"));
    QVERIFY(click(lead, "keep-englishRadio"));
    QVERIFY(click(lead, "wizardNextButton"));
    QCOMPARE(page(lead), ui::MergeWizard::Page::PreChecks);
    const QString lockCheck = QStringLiteral("preCheck-") + merge::check::noMergeRunning;
    QTRY_VERIFY_WITH_TIMEOUT(lead.text(lockCheck).contains(QStringLiteral("Анна Смирнова")),
                             kWaitMs);
    QVERIFY(!lead.stepPassed(merge::check::noMergeRunning));
    QVERIFY(click(lead, "studentWarnedCheckBox"));
    QVERIFY(lead.stepPassed(merge::check::studentWarned));
    QVERIFY(!lead.find<QPushButton>(QStringLiteral("wizardNextButton"))->isEnabled());
}

void TestMergeWizard::studentWhoIsNotKidsIsRefused()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    Console console;
    QVERIFY(console.signIn(crm.url(), test::kAgentToken, QStringLiteral("merge")));
    auto *edit = console.find<QLineEdit>(QStringLiteral("mergeSearchEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(edit && edit->isVisible(), kWaitMs);
    // A name: searched, one student found, their account loaded.
    edit->insert(QStringLiteral("орлов")); // keyClicks types Latin-1 only
    QVERIFY(click(console, "mergeFindButton"));
    auto *table = console.find<QTableWidget>(QStringLiteral("mergePairsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->rowCount() == 1, kWaitMs);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("31"));
    const QString message = console.text(QStringLiteral("mergeFindMessage"));
    QVERIFY2(message.contains(QStringLiteral("KIDS")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("31")));
    QVERIFY(!console.find<QPushButton>(QStringLiteral("wizardNextButton"))->isEnabled());

    // A phone that matches nobody says so.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("+7 000 000-00-00"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        console.text(QStringLiteral("mergeFindMessage")).contains(QStringLiteral("No student")),
        kWaitMs);
    QVERIFY(!table->isVisible());

    // An e-mail finds the seed student, whose pairs are shown and may be merged.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("kuznetsova.e@example.org"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->rowCount() == 4, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        console.find<QPushButton>(QStringLiteral("wizardNextButton"))->isEnabled(), kWaitMs);
}

QTEST_MAIN(TestMergeWizard)
#include "tst_merge_wizard.moc"
