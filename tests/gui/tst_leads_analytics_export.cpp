// The analytics export view (ui/leads/AnalyticsExportView), offscreen, signed in as a team lead
// against real crm-sandbox processes with small analytics limits and one-second "minutes": the
// progress bar and the per-kind counts end where the sandbox's endpoint says they should, a wait
// for the limit is shown, a second export has nothing new to send, a JSON-RPC error is shown
// with its code, and a view destroyed mid-run is followed by one that offers to resume it and
// finishes without sending anything twice. Every test starts its own sandbox.

#include "GuiTestSupport.h"
#include "LeadsGuiSupport.h"
#include "operations/analytics/AnalyticsExport.h"
#include "support/SandboxProcess.h"
#include "ui/leads/AnalyticsExportView.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using namespace opc;
using ops::AnalyticsExportState;
using ops::AnalyticsItemKind;

namespace {

// One export of the demo data at these limits takes a few seconds; this only catches a hang.
constexpr int kRunTimeoutMs = 20000;
const QString kRpcPath = QStringLiteral("/api/v1/analytics/rpc");
// The view's table rows, in the order of ops::AnalyticsItemKind, and what the sandbox's
// sandbox.get_received calls each kind.
constexpr AnalyticsItemKind kKinds[]
    = { AnalyticsItemKind::Funnel, AnalyticsItemKind::Employee, AnalyticsItemKind::Contact,
        AnalyticsItemKind::HistoryRecord };
enum Column { DoneColumn, TotalColumn, LeftColumn };

QString buttonText(const QAbstractButton *button)
{
    return button->text().remove(QLatin1Char('&'));
}

// A crm-sandbox, a team lead's session on it and a window holding the view (made and destroyed
// by each test). The journal and the audit outbox go to a data folder of the test's own
// (QStandardPaths reads XDG_DATA_HOME on every call): a journal left by an earlier run on the
// same port would otherwise be resumed. It is on a RAM disk where there is one, because the
// journal syncs after every call and a slow disk would eat into the limits' windows.
struct Rig {
    QTemporaryDir data { QDir(QStringLiteral("/dev/shm")).exists()
                             ? QStringLiteral("/dev/shm/opc-gui-analytics-XXXXXX")
                             : QDir::tempPath() + QStringLiteral("/opc-gui-analytics-XXXXXX") };
    test::SandboxProcess sandbox;
    std::unique_ptr<ops::Session> session; // declared before the window: it goes after it
    std::unique_ptr<QWidget> window;
    ui::AnalyticsExportView *view = nullptr;

    Rig() { qputenv("XDG_DATA_HOME", data.path().toUtf8()); }

    bool start(const QStringList &options, const QString &token, QString *error,
               const QString &db = QStringLiteral(":memory:"))
    {
        if (!sandbox.start(db, QStringLiteral("demo"), options)) {
            *error = sandbox.error();
            return false;
        }
        ops::SessionOptions sessionOptions;
        sessionOptions.crmUrl = sandbox.url();
        sessionOptions.token = token;
        QObject context;
        QEventLoop loop;
        ops::startSession(sessionOptions, &context, [&](ops::SessionStartResult result) {
            session = std::move(result.session);
            *error = result.message;
            loop.quit();
        });
        QTimer::singleShot(test::kGuiWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
        return session != nullptr;
    }

    // A window of the size the console is used at, with a new view in it.
    bool makeView()
    {
        window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(window.get());
        view = new ui::AnalyticsExportView(session.get(), window.get());
        layout->addWidget(view);
        window->resize(1100, 650);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void dropView()
    {
        window.reset();
        view = nullptr;
    }

    template<class T> T *find(const QString &name) const
    {
        T *widget = view->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }

    QPushButton *startButton() const
    {
        return find<QPushButton>(QStringLiteral("analyticsExportStartButton"));
    }

    // Clicks Start and waits for the view's finished(); Idle when it never comes.
    AnalyticsExportState run()
    {
        QEventLoop loop;
        std::optional<AnalyticsExportState> ended;
        QObject::connect(view, &ui::AnalyticsExportView::finished, &loop,
                         [&](AnalyticsExportState state) {
                             ended = state;
                             loop.quit();
                         });
        QTimer::singleShot(kRunTimeoutMs, &loop, &QEventLoop::quit);
        if (!test::clickWhenReady(startButton()))
            return AnalyticsExportState::Idle;
        if (!ended)
            loop.exec();
        return ended.value_or(AnalyticsExportState::Idle);
    }

    // Everything the analytics endpoint received (sandbox.get_received), or an empty object.
    QJsonObject received() const
    {
        auto client = test::clientFor(sandbox.url(), test::kLeadToken);
        crm::CrmRequest request;
        request.method = "POST";
        request.path = kRpcPath;
        request.body
            = QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                            { QStringLiteral("id"), QStringLiteral("test") },
                            { QStringLiteral("method"), QStringLiteral("sandbox.get_received") } };
        const crm::CrmResult result = test::call(*client, request);
        return result.body[QLatin1String("result")][QLatin1String("data")].toObject();
    }

    // Moves a deal to another stage as `token`'s user, so that its history gains records (the
    // skipped stages generated) and an employee.
    bool moveDeal(qint64 dealId, qint64 stageId, const QString &token) const
    {
        auto as = test::clientFor(sandbox.url(), token);
        const crm::CrmResult deal
            = test::call(*as, test::getOf(QStringLiteral("/api/v1/deals/%1").arg(dealId)));
        if (!deal.ok())
            return false;
        crm::CrmRequest move;
        move.method = "POST";
        move.path = QStringLiteral("/api/v1/deals/%1/stage").arg(dealId);
        move.ifMatch = deal.etag;
        move.body = QJsonObject { { QStringLiteral("stage_id"), stageId },
                                  { QStringLiteral("amount_kopecks"), 1500000 } };
        return test::call(*as, move).ok();
    }
};

// How many items of `kind` the endpoint holds, and (in `most`) how often the most repeated
// of them arrived.
int receivedCount(const QJsonObject &received, AnalyticsItemKind kind, int *most)
{
    auto count = [most](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            *most = std::max(*most, item[QLatin1String("received")].toInt());
        return int(items.size());
    };
    switch (kind) {
    case AnalyticsItemKind::Funnel:
        return count(received.value(QStringLiteral("funnels")).toArray());
    case AnalyticsItemKind::Employee:
        return count(received.value(QStringLiteral("employees")).toArray());
    case AnalyticsItemKind::Contact:
        return count(received.value(QStringLiteral("contacts")).toArray());
    case AnalyticsItemKind::HistoryRecord: {
        int records = 0;
        for (const QJsonValue &deal : received.value(QStringLiteral("deals")).toArray())
            records += count(deal[QLatin1String("history")].toArray());
        return records;
    }
    }
    return -1;
}

int receivedCalls(const QJsonObject &received)
{
    return int(received.value(QStringLiteral("calls")).toArray().size());
}

int cell(const QTableWidget *table, AnalyticsItemKind kind, Column column)
{
    bool ok = false;
    const int value = QLocale().toInt(table->item(int(kind), column)->text(), &ok);
    return ok ? value : -1;
}

// The table and the progress bar show everything the endpoint holds as sent: the run's calls
// after the `callsBefore` it had, each item at most `mostTimes` times.
void verifyAllSent(const Rig &rig, int callsBefore = 0, int mostTimes = 1)
{
    const QJsonObject got = rig.received();
    const ops::AnalyticsProgress progress = rig.view->currentExport()->progress();
    auto *bar = rig.find<QProgressBar>(QStringLiteral("analyticsExportProgress"));
    QCOMPARE(bar->maximum(), progress.callsTotal);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(receivedCalls(got), callsBefore + progress.callsTotal);
    auto *table = rig.find<QTableWidget>(QStringLiteral("analyticsExportItems"));
    int most = 0;
    for (AnalyticsItemKind kind : kKinds) {
        const int sent = receivedCount(got, kind, &most);
        QVERIFY2(sent > 0, qPrintable(ops::analyticsItemKindDisplayName(kind)));
        QCOMPARE(cell(table, kind, TotalColumn), sent);
        QCOMPARE(cell(table, kind, DoneColumn), sent);
        QCOMPARE(cell(table, kind, LeftColumn), 0);
    }
    QCOMPARE(most, mostTimes); // nothing arrived more often than it was sent
    QCOMPARE(got.value(QStringLiteral("refused")).toInt(), 0); // the limits were kept
}

} // namespace

class TestLeadsAnalyticsExport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportsWithinTheLimitsThenHasNothingNew();
    void showsAJsonRpcErrorWithItsCode();
    void resumesAfterTheViewWasDestroyed();
    void agentCannotStart();
};

// Three calls per one-second "minute": the export has to wait for the window at least once.
void TestLeadsAnalyticsExport::exportsWithinTheLimitsThenHasNothingNew()
{
    Rig rig;
    QString error;
    QVERIFY2(rig.start({ QStringLiteral("--analytics-limits"), QStringLiteral("3/100000"),
                         QStringLiteral("--analytics-minute-seconds"), QStringLiteral("1") },
                       test::kLeadToken, &error),
             qPrintable(error));
    // Employees in the history: deal 1 moved by the agent, deal 2 by the team lead.
    QVERIFY(rig.moveDeal(1, 104, test::kAgentToken));
    QVERIFY(rig.moveDeal(2, 105, test::kLeadToken));
    QVERIFY(rig.makeView());
    const QStringList unnamed = test::unnamedInteractiveWidgets(rig.view);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QCOMPARE(buttonText(rig.startButton()), QStringLiteral("Start export"));

    // What the wait line says whenever the export starts waiting for the limits.
    auto *wait = rig.find<QLabel>(QStringLiteral("analyticsExportWait"));
    QStringList waits;
    QObject::connect(rig.view, &ui::AnalyticsExportView::stateChanged, wait,
                     [wait, &waits](AnalyticsExportState state) {
                         if (state == AnalyticsExportState::Waiting)
                             waits << wait->text();
                     });
    QCOMPARE(rig.run(), AnalyticsExportState::Completed);
    verifyAllSent(rig);
    QVERIFY2(rig.view->currentExport()->progress().callsTotal > 3, "too few calls to wait");
    QVERIFY(!waits.isEmpty());
    QVERIFY2(waits.first().contains(QLatin1String("minute's limit")), qPrintable(waits.first()));
    auto *message = rig.find<QLabel>(QStringLiteral("analyticsExportMessage"));
    QVERIFY2(message->text().startsWith(QLatin1String("Export finished")),
             qPrintable(message->text()));
    QCOMPARE(message->property("tone").toString(), QStringLiteral("good"));
    QCOMPARE(wait->text(), QStringLiteral("none"));
    const QString limits = rig.find<QLabel>(QStringLiteral("analyticsExportMinuteLimit"))->text();
    QVERIFY2(limits.contains(QLatin1String(" of 3 call")), qPrintable(limits));
    QVERIFY(rig.view->grab().save(QStringLiteral("/tmp/analytics-view.png")));

    // Again: the journal knows everything went, the endpoint gets no new call.
    const int calls = receivedCalls(rig.received());
    QCOMPARE(rig.run(), AnalyticsExportState::Completed);
    QVERIFY2(message->text().startsWith(QLatin1String("Nothing new to send")),
             qPrintable(message->text()));
    QCOMPARE(rig.view->currentExport()->progress().callsTotal, 0);
    QCOMPARE(receivedCalls(rig.received()), calls);
    auto *bar = rig.find<QProgressBar>(QStringLiteral("analyticsExportProgress"));
    QCOMPARE(bar->value(), bar->maximum());
}

// The sandbox restarted on the same database and port has lost what the analytics endpoint
// received, while the journal says it was sent: a deal's new stage goes out alone and the
// endpoint refuses it (-32602 entity_not_found). The view names the code and suggests sending
// everything again, which then succeeds.
void TestLeadsAnalyticsExport::showsAJsonRpcErrorWithItsCode()
{
    Rig rig;
    QString error;
    const QString db = rig.data.filePath(QStringLiteral("crm.sqlite"));
    const QStringList limits { QStringLiteral("--analytics-limits"),
                               QStringLiteral("1000/100000") };
    QVERIFY2(rig.start(limits, test::kLeadToken, &error, db), qPrintable(error));
    QVERIFY(rig.makeView());
    QCOMPARE(rig.run(), AnalyticsExportState::Completed);

    const quint16 port = rig.sandbox.port();
    rig.sandbox.kill();
    QVERIFY2(rig.sandbox.start(db, QStringLiteral("demo"), limits, port),
             qPrintable(rig.sandbox.error()));
    QCOMPARE(receivedCalls(rig.received()), 0);
    QVERIFY(rig.moveDeal(1, 104, test::kLeadToken));

    QCOMPARE(rig.run(), AnalyticsExportState::Failed);
    const std::optional<ops::JsonRpcError> refused = rig.view->currentExport()->rpcError();
    QVERIFY(refused.has_value());
    QCOMPARE(refused->mnemonic, QStringLiteral("entity_not_found"));
    auto *rpcError = rig.find<QLabel>(QStringLiteral("analyticsExportRpcError"));
    QVERIFY(rpcError->isVisible());
    QVERIFY2(rpcError->text().contains(QStringLiteral("JSON-RPC error %1: ").arg(refused->code)),
             qPrintable(rpcError->text()));
    QCOMPARE(refused->code, -32602);
    QVERIFY2(rpcError->text().contains(refused->message), qPrintable(rpcError->text()));
    QVERIFY2(rpcError->text().contains(QLatin1String("Send everything again")),
             qPrintable(rpcError->text()));
    auto *message = rig.find<QLabel>(QStringLiteral("analyticsExportMessage"));
    QCOMPARE(message->property("tone").toString(), QStringLiteral("bad"));
    QVERIFY2(message->text().contains(QLatin1String("upload.deals_history")),
             qPrintable(message->text()));
    QCOMPARE(buttonText(rig.startButton()), QStringLiteral("Try again"));
    QVERIFY(rig.view->grab().save(QStringLiteral("/tmp/analytics-view-error.png")));

    // Everything again: the employee the refused run sent arrives a second time, the rest
    // once, as the endpoint lost it.
    const int callsBefore = receivedCalls(rig.received());
    auto *full = rig.find<QCheckBox>(QStringLiteral("analyticsExportFullCheck"));
    QVERIFY(test::clickWhenReady(full));
    QVERIFY(full->isChecked());
    QCOMPARE(rig.run(), AnalyticsExportState::Completed);
    QVERIFY(!rpcError->isVisible());
    verifyAllSent(rig, callsBefore, 2);
}

// Destroyed while waiting for the limits (as when the console closes), then built again: the
// new view reads the journal, offers to resume with the calls left, and finishes the same run.
void TestLeadsAnalyticsExport::resumesAfterTheViewWasDestroyed()
{
    Rig rig;
    QString error;
    QVERIFY2(rig.start({ QStringLiteral("--analytics-limits"), QStringLiteral("2/100000"),
                         QStringLiteral("--analytics-minute-seconds"), QStringLiteral("1") },
                       test::kLeadToken, &error),
             qPrintable(error));
    QVERIFY(rig.moveDeal(1, 104, test::kAgentToken));
    QVERIFY(rig.makeView());
    int done = 0;
    int total = 0;
    {
        QEventLoop loop;
        QObject::connect(
            rig.view, &ui::AnalyticsExportView::stateChanged, &loop,
            [&](AnalyticsExportState state) {
                const ops::AnalyticsProgress progress = rig.view->currentExport()->progress();
                if (state == AnalyticsExportState::Waiting && progress.callsDone > 0) {
                    done = progress.callsDone;
                    total = progress.callsTotal;
                    rig.view->grab().save(QStringLiteral("/tmp/analytics-view-waiting.png"));
                    loop.quit();
                }
            });
        QTimer::singleShot(kRunTimeoutMs, &loop, &QEventLoop::quit);
        QVERIFY(test::clickWhenReady(rig.startButton()));
        loop.exec();
    }
    QVERIFY(done > 0);
    QVERIFY(total > done);
    rig.dropView(); // mid-run, as closing the console does
    QCOMPARE(receivedCalls(rig.received()), done);

    QVERIFY(rig.makeView());
    QTRY_COMPARE_WITH_TIMEOUT(buttonText(rig.startButton()), QStringLiteral("Resume export"),
                              test::kGuiWaitMs);
    auto *bar = rig.find<QProgressBar>(QStringLiteral("analyticsExportProgress"));
    QCOMPARE(bar->maximum(), total);
    QCOMPARE(bar->value(), done);
    QVERIFY(!rig.find<QCheckBox>(QStringLiteral("analyticsExportFullCheck"))->isEnabled());
    const QString message = rig.find<QLabel>(QStringLiteral("analyticsExportMessage"))->text();
    QVERIFY2(message.contains(QString::number(total - done)), qPrintable(message));

    QCOMPARE(rig.run(), AnalyticsExportState::Completed);
    QVERIFY(rig.view->currentExport()->progress().resumed);
    QCOMPARE(rig.view->currentExport()->progress().callsTotal, total);
    verifyAllSent(rig);
    QCOMPARE(buttonText(rig.startButton()), QStringLiteral("Start export"));
}

void TestLeadsAnalyticsExport::agentCannotStart()
{
    Rig rig;
    QString error;
    QVERIFY2(rig.start({}, test::kAgentToken, &error), qPrintable(error));
    QVERIFY(rig.makeView());
    QVERIFY(!rig.startButton()->isEnabled());
    QVERIFY(!rig.find<QCheckBox>(QStringLiteral("analyticsExportFullCheck"))->isEnabled());
    QVERIFY(rig.find<QLabel>(QStringLiteral("analyticsExportMessage"))->isVisible());
    QCOMPARE(rig.view->currentExport(), nullptr);
}

QTEST_MAIN(TestLeadsAnalyticsExport)
#include "tst_leads_analytics_export.moc"
