// The lead queues driven as agents would, offscreen, against a real crm-sandbox process: a
// lead posted to the CRM's webhook shows in Free leads with its phone formatted; Take moves it
// to My leads, Release back, Status and Comment change it on the CRM; a second agent who takes
// a lead the first one took already is told who has it (with a stale list, and when both click
// at once); a lead posted while the console runs appears by itself and is announced; the
// funnel chart shows the CRM's summary. Every test starts its own sandbox.

#include "GuiTestSupport.h"
#include "LeadsGuiSupport.h"
#include "operations/leads/LeadPoller.h"
#include "support/SandboxProcess.h"
#include "ui/leads/AnalyticsExportView.h"
#include "ui/leads/DealDialog.h"
#include "ui/leads/FunnelChart.h"
#include "ui/leads/FunnelView.h"
#include "ui/leads/LeadActionBar.h"
#include "ui/leads/LeadCommentDialog.h"
#include "ui/leads/LeadNotifier.h"
#include "ui/leads/LeadQueueView.h"
#include "ui/leads/LeadTableModel.h"
#include "ui/leads/LeadWatch.h"
#include "ui/pages/LeadsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace opc;
using test::kGuiWaitMs;

namespace {

QJsonObject callLead(const QString &phone, const QString &name)
{
    return { { QStringLiteral("phone"), phone },
             { QStringLiteral("name"), name },
             { QStringLiteral("source"), QStringLiteral("google") },
             { QStringLiteral("medium"), QStringLiteral("cpc") },
             { QStringLiteral("received_at"),
               QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
}

// Posts a call lead; its id, or 0.
qint64 postCall(const QUrl &url, const QString &phone, const QString &name)
{
    const crm::CrmResult result
        = test::postLead(url, QStringLiteral("call"), callLead(phone, name));
    return result.ok() ? result.body[QLatin1String("lead_id")].toInteger() : 0;
}

ui::LeadsPage *leadsPage(const test::LeadsConsole &console)
{
    return console.find<ui::LeadsPage>(QStringLiteral("leadsPage"));
}

ui::LeadQueueView *queue(const test::LeadsConsole &console, const char *wire)
{
    return console.find<ui::LeadQueueView>(QLatin1String(wire) + QStringLiteral("LeadsView"));
}

bool shows(ui::LeadQueueView *view, qint64 leadId)
{
    return view && view->model()->rowOf(leadId) >= 0;
}

// The cells of the lead's row as the table shows them.
QStringList rowOf(ui::LeadQueueView *view, qint64 leadId)
{
    QStringList cells;
    const int row = view->model()->rowOf(leadId);
    for (int column = 0; column < ui::LeadTableModel::ColumnCount; ++column)
        cells << view->model()->index(row, column).data().toString();
    return cells;
}

// Shows the queue's tab and clicks the lead's row, as the agent would.
bool clickLead(const test::LeadsConsole &console, ui::LeadQueueView *view, qint64 leadId)
{
    auto *tabs = console.find<QTabWidget>(QStringLiteral("leadsTabs"));
    tabs->setCurrentWidget(view);
    auto *table = view->findChild<QTableView *>();
    if (!QTest::qWaitFor([&] { return shows(view, leadId) && table->isVisible(); }, kGuiWaitMs))
        return false;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ui::LeadTableModel::NameColumn);
        if (index.data(ui::LeadTableModel::LeadIdRole).toLongLong() != leadId)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        return view->currentLead() && view->currentLead()->id == leadId;
    }
    return false;
}

QJsonObject leadOnCrm(const QUrl &url, qint64 leadId)
{
    auto client = test::clientFor(url, test::kLeadToken);
    return test::call(*client, test::getOf(QStringLiteral("/api/v1/leads/%1").arg(leadId)))
        .body.toObject();
}

QString message(const test::LeadsConsole &console)
{
    return console.find<QLabel>(QStringLiteral("leadsMessage"))->text();
}

bool actionsIdle(const test::LeadsConsole &console)
{
    return !console.find<ui::LeadActionBar>(QStringLiteral("leadActionBar"))->isBusy();
}

} // namespace

class TestLeadsQueues final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void takeReleaseStatusAndComment();
    void secondAgentLosesTheRace();
    void bothTakeAtOnceOneWins();
    void newLeadAppearsAndIsAnnounced();
    void announcedBeforeTheLeadsPageIsOpened();
    void dealButtonOpensAndMovesTheLeadsDeal();
    void teamLeadSeesAllByAgent();
    void funnelChartShowsTheSummary();
    void tableModelIsConsistent();
};

void TestLeadsQueues::takeReleaseStatusAndComment()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    const qint64 id
        = postCall(crm.url(), QStringLiteral("8 499 700-00-01"), QStringLiteral("Пётр Тестов"));
    QVERIFY(id > 0);

    test::LeadsConsole agent;
    QVERIFY(agent.signIn(crm.url(), test::kAgentToken, QStringLiteral("leads")));
    QVERIFY(agent.window->findChild<ui::AnalyticsExportView *>() == nullptr);
    ui::LeadQueueView *free = queue(agent, "free");
    ui::LeadQueueView *mine = queue(agent, "mine");
    QVERIFY(free && mine);
    QVERIFY(!agent.window->findChild<ui::LeadQueueView *>(QStringLiteral("allLeadsView")));
    QTRY_VERIFY_WITH_TIMEOUT(shows(free, id), kGuiWaitMs);

    // The row as the agent reads it: the phone formatted, where it came from, free.
    const QStringList cells = rowOf(free, id);
    QCOMPARE(cells.at(ui::LeadTableModel::TypeColumn), QStringLiteral("Call"));
    QCOMPARE(cells.at(ui::LeadTableModel::NameColumn), QStringLiteral("Пётр Тестов"));
    QCOMPARE(cells.at(ui::LeadTableModel::PhoneColumn), QStringLiteral("+7 (499) 700-00-01"));
    QCOMPARE(cells.at(ui::LeadTableModel::SourceColumn), QStringLiteral("google / cpc"));
    QCOMPARE(cells.at(ui::LeadTableModel::StatusColumn), QStringLiteral("Free"));
    QVERIFY(!cells.at(ui::LeadTableModel::AgeColumn).isEmpty());

    // Take: the lead leaves Free and is in My leads, held by the agent.
    auto *take = agent.find<QPushButton>(QStringLiteral("leadTakeButton"));
    auto *release = agent.find<QPushButton>(QStringLiteral("leadReleaseButton"));
    auto *status = agent.find<QAbstractButton>(QStringLiteral("leadStatusButton"));
    QVERIFY(clickLead(agent, free, id));
    QVERIFY(!release->isEnabled());
    QVERIFY(!status->isEnabled());
    QVERIFY(test::clickWhenReady(take));
    QTRY_VERIFY_WITH_TIMEOUT(shows(mine, id) && !shows(free, id), kGuiWaitMs);
    QVERIFY2(message(agent).contains(QString::number(id)), qPrintable(message(agent)));
    QCOMPARE(rowOf(mine, id).at(ui::LeadTableModel::AssigneeColumn),
             QStringLiteral("Анна Смирнова"));
    QCOMPARE(rowOf(mine, id).at(ui::LeadTableModel::StatusColumn), QStringLiteral("In work"));
    QCOMPARE(leadOnCrm(crm.url(), id)[QLatin1String("assignee")][QLatin1String("id")].toString(),
             test::kAgentId);

    // Release: back to Free, on the CRM too.
    QVERIFY(clickLead(agent, mine, id));
    QVERIFY(!take->isEnabled());
    QVERIFY(test::clickWhenReady(release));
    QTRY_VERIFY_WITH_TIMEOUT(shows(free, id) && !shows(mine, id), kGuiWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(actionsIdle(agent), kGuiWaitMs);
    QJsonObject onCrm = leadOnCrm(crm.url(), id);
    QCOMPARE(onCrm[QLatin1String("status")].toString(), QStringLiteral("free"));
    QVERIFY(onCrm[QLatin1String("assignee")].isNull());

    // Taken again and closed as a success.
    QVERIFY(clickLead(agent, free, id));
    QVERIFY(test::clickWhenReady(take));
    QTRY_VERIFY_WITH_TIMEOUT(shows(mine, id) && actionsIdle(agent), kGuiWaitMs);
    QVERIFY(clickLead(agent, mine, id));
    QVERIFY(status->isEnabled());
    auto *success = agent.find<QAction>(QStringLiteral("leadStatusSuccessAction"));
    QVERIFY(success->isEnabled());
    success->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(mine, id).at(ui::LeadTableModel::StatusColumn),
                              QStringLiteral("Success"), kGuiWaitMs);
    QCOMPARE(leadOnCrm(crm.url(), id)[QLatin1String("status")].toString(),
             QStringLiteral("success"));

    // A comment, read back from the CRM.
    QTRY_VERIFY_WITH_TIMEOUT(actionsIdle(agent), kGuiWaitMs);
    QVERIFY(test::clickWhenReady(agent.find<QPushButton>(QStringLiteral("leadCommentButton"))));
    auto *dialog = agent.window->findChild<ui::LeadCommentDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kGuiWaitMs);
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("leadCommentEdit"));
    test::typeText(edit, QStringLiteral("Перезвонить в понедельник"));
    QVERIFY(test::clickWhenReady(
        dialog->findChild<QPushButton *>(QStringLiteral("leadCommentAddButton"))));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("leadCommentList"));
    QTRY_VERIFY_WITH_TIMEOUT(list->count() == 1, kGuiWaitMs);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Перезвонить в понедельник")));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Анна Смирнова")));
    auto client = test::clientFor(crm.url(), test::kLeadToken);
    const QJsonArray comments
        = test::call(*client, test::getOf(QStringLiteral("/api/v1/leads/%1/comments").arg(id)))
              .body[QLatin1String("items")]
              .toArray();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.at(0)[QLatin1String("text")].toString(),
             QStringLiteral("Перезвонить в понедельник"));
    dialog->reject();

    const QStringList unnamed = test::unnamedInteractiveWidgets(agent.window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestLeadsQueues::secondAgentLosesTheRace()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    const qint64 id
        = postCall(crm.url(), QStringLiteral("+7 499 700-00-02"), QStringLiteral("Ольга Гонкина"));
    QVERIFY(id > 0);

    test::LeadsConsole first;
    test::LeadsConsole second; // the team lead, working the free queue too
    QVERIFY(first.signIn(crm.url(), test::kAgentToken, QStringLiteral("leads")));
    QVERIFY(second.signIn(crm.url(), test::kLeadToken, QStringLiteral("leads")));
    QTRY_VERIFY_WITH_TIMEOUT(shows(queue(first, "free"), id), kGuiWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(shows(queue(second, "free"), id), kGuiWaitMs);
    // The second console does not hear of the take before it clicks: its list is stale.
    QTRY_VERIFY_WITH_TIMEOUT(leadsPage(second)->poller()->cursor() != ops::LeadPoller::kFromNow,
                             kGuiWaitMs);
    leadsPage(second)->poller()->stop();

    QVERIFY(clickLead(first, queue(first, "free"), id));
    QVERIFY(test::clickWhenReady(first.find<QPushButton>(QStringLiteral("leadTakeButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(shows(queue(first, "mine"), id), kGuiWaitMs);

    QVERIFY(clickLead(second, queue(second, "free"), id));
    QVERIFY(test::clickWhenReady(second.find<QPushButton>(QStringLiteral("leadTakeButton"))));
    auto *lost = second.find<QLabel>(QStringLiteral("leadsMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(lost->text().contains(QStringLiteral("Анна Смирнова")), kGuiWaitMs);
    QCOMPARE(lost->property("tone").toString(), QStringLiteral("bad"));
    QCOMPARE(leadOnCrm(crm.url(), id)[QLatin1String("assignee")][QLatin1String("id")].toString(),
             test::kAgentId);

    // Once the feed is read again the lead leaves the second console's Free queue and shows in
    // All, held by the winner.
    ops::LeadPoller *poller = leadsPage(second)->poller();
    poller->start(poller->cursor());
    QTRY_VERIFY_WITH_TIMEOUT(!shows(queue(second, "free"), id), kGuiWaitMs);
    ui::LeadQueueView *all = queue(second, "all");
    QTRY_VERIFY_WITH_TIMEOUT(shows(all, id), kGuiWaitMs);
    QCOMPARE(rowOf(all, id).at(ui::LeadTableModel::AssigneeColumn),
             QStringLiteral("Анна Смирнова"));
}

void TestLeadsQueues::bothTakeAtOnceOneWins()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    const qint64 id = postCall(crm.url(), QStringLiteral("+7 499 700-00-03"),
                               QStringLiteral("Иван Одновременный"));
    QVERIFY(id > 0);
    test::LeadsConsole first;
    test::LeadsConsole second;
    QVERIFY(first.signIn(crm.url(), test::kAgentToken, QStringLiteral("leads")));
    QVERIFY(second.signIn(crm.url(), test::kLeadToken, QStringLiteral("leads")));
    QVERIFY(clickLead(first, queue(first, "free"), id));
    QVERIFY(clickLead(second, queue(second, "free"), id));

    // Both requests leave before either answer arrives.
    first.find<QPushButton>(QStringLiteral("leadTakeButton"))->click();
    second.find<QPushButton>(QStringLiteral("leadTakeButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(actionsIdle(first) && actionsIdle(second), kGuiWaitMs);

    const QString holder
        = leadOnCrm(crm.url(), id)[QLatin1String("assignee")][QLatin1String("display_name")]
              .toString();
    QVERIFY(holder == QStringLiteral("Анна Смирнова") || holder == QStringLiteral("Борис Егоров"));
    const bool firstWon = holder == QStringLiteral("Анна Смирнова");
    const QString winnerText = message(firstWon ? first : second);
    const QString loserText = message(firstWon ? second : first);
    QVERIFY2(winnerText.contains(QString::number(id)), qPrintable(winnerText));
    QVERIFY2(loserText.contains(holder), qPrintable(loserText));
}

void TestLeadsQueues::newLeadAppearsAndIsAnnounced()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole agent;
    QVERIFY(agent.signIn(crm.url(), test::kAgentToken, QStringLiteral("leads")));
    ui::LeadsPage *page = leadsPage(agent);
    ui::LeadQueueView *free = queue(agent, "free");
    QTRY_VERIFY_WITH_TIMEOUT(
        free->hasLoaded() && page->poller()->cursor() != ops::LeadPoller::kFromNow, kGuiWaitMs);
    QSignalSpy announced(page->notifier(), &ui::LeadNotifier::announced);

    const qint64 id
        = postCall(crm.url(), QStringLiteral("+7 499 700-00-04"), QStringLiteral("Новая Заявкина"));
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(shows(free, id), kGuiWaitMs); // no reload, no restart
    QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 1, kGuiWaitMs);
    QVERIFY(announced.at(0).at(1).toString().contains(QStringLiteral("Новая Заявкина")));
    QVERIFY(announced.at(0).at(1).toString().contains(QStringLiteral("+7 (499) 700-00-04")));
    QVERIFY(agent.find<QTabWidget>(QStringLiteral("leadsTabs"))
                ->tabText(0)
                .contains(QLocale().toString(free->model()->rowCount())));

    // Turned off: remembered, and the next lead arrives silently.
    auto *notify = agent.find<QCheckBox>(QStringLiteral("leadsNotifyCheck"));
    QVERIFY(notify->isChecked());
    QVERIFY(test::clickWhenReady(notify));
    QVERIFY(!notify->isChecked());
    QVERIFY(!agent.settings.leadNotifications());
    const qint64 quiet
        = postCall(crm.url(), QStringLiteral("+7 499 700-00-05"), QStringLiteral("Тихая Заявкина"));
    QTRY_VERIFY_WITH_TIMEOUT(shows(free, quiet), kGuiWaitMs);
    QCOMPARE(announced.size(), 1);
}

// The watch starts at sign-in: an agent working in the merge wizard hears of new leads too, and
// clicking the notification opens the Free queue.
void TestLeadsQueues::announcedBeforeTheLeadsPageIsOpened()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole agent;
    QVERIFY(agent.signIn(crm.url(), test::kAgentToken, QStringLiteral("merge")));
    QCOMPARE(agent.window->currentPage(), ui::PageId::Merge);
    QVERIFY(agent.window->findChild<ui::LeadsPage *>() == nullptr); // never built
    ui::LeadWatch *watch = agent.window->leadWatch();
    QVERIFY(watch);
    QTRY_VERIFY_WITH_TIMEOUT(watch->poller()->cursor() != ops::LeadPoller::kFromNow, kGuiWaitMs);
    QSignalSpy announced(watch->notifier(), &ui::LeadNotifier::announced);

    const qint64 id = postCall(crm.url(), QStringLiteral("+7 499 700-00-06"),
                               QStringLiteral("Ранняя Заявкина"));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 1, kGuiWaitMs);
    QVERIFY(announced.at(0).at(1).toString().contains(QStringLiteral("Ранняя Заявкина")));
    QCOMPARE(agent.window->currentPage(), ui::PageId::Merge);

    Q_EMIT watch->notifier()->clicked(); // as the desktop does when the message is clicked
    QCOMPARE(agent.window->currentPage(), ui::PageId::Leads);
    ui::LeadQueueView *free = queue(agent, "free");
    QCOMPARE(agent.find<QTabWidget>(QStringLiteral("leadsTabs"))->currentWidget(), free);
    QTRY_VERIFY_WITH_TIMEOUT(shows(free, id), kGuiWaitMs);
}

// Deal… opens the selected lead's deal; a move made there is reported on the page and shows in
// the funnel chart.
void TestLeadsQueues::dealButtonOpensAndMovesTheLeadsDeal()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    const qint64 id = postCall(crm.url(), QStringLiteral("+7 499 700-00-07"),
                               QStringLiteral("Сделка Кнопкина"));
    QVERIFY(id > 0);
    test::LeadsConsole agent;
    QVERIFY(agent.signIn(crm.url(), test::kAgentToken, QStringLiteral("leads")));
    auto *dealButton = agent.find<QPushButton>(QStringLiteral("leadDealButton"));
    QVERIFY(dealButton && !dealButton->isEnabled()); // nothing selected
    ui::LeadQueueView *free = queue(agent, "free");
    QVERIFY(clickLead(agent, free, id));
    const qint64 dealId = free->model()->lead(id)->dealId;
    QVERIFY(dealId > 0);
    QVERIFY(test::clickWhenReady(dealButton));

    QPointer<ui::DealDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT(dialog = agent.window->findChild<ui::DealDialog *>(), kGuiWaitMs);
    auto *stages = dialog->findChild<QComboBox *>(QStringLiteral("dealStageCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(stages->isEnabled() && stages->count() > 2, kGuiWaitMs);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("dealClientValue"))->text(),
             QStringLiteral("Сделка Кнопкина"));
    const int next = stages->currentIndex() + 1;
    const QString nextName = stages->itemText(next);
    stages->setCurrentIndex(next);
    QVERIFY(
        test::clickWhenReady(dialog->findChild<QPushButton *>(QStringLiteral("dealMoveButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(message(agent).contains(QString::number(dealId)), kGuiWaitMs);
    QVERIFY2(message(agent).contains(nextName), qPrintable(message(agent)));

    auto lead = test::clientFor(crm.url(), test::kLeadToken);
    const QJsonObject deal
        = test::call(*lead, test::getOf(QStringLiteral("/api/v1/deals/%1").arg(dealId)))
              .body.toObject();
    QCOMPARE(deal[QLatin1String("stage")][QLatin1String("name")].toString(), nextName);
    QCOMPARE(deal[QLatin1String("stage_history")]
                 .toArray()
                 .last()[QLatin1String("employee")][QLatin1String("id")]
                 .toString(),
             test::kAgentId);
}

void TestLeadsQueues::teamLeadSeesAllByAgent()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    const qint64 mineId
        = postCall(crm.url(), QStringLiteral("+7 499 700-00-06"), QStringLiteral("Для Анны"));
    const qint64 otherId
        = postCall(crm.url(), QStringLiteral("+7 499 700-00-07"), QStringLiteral("Для Бориса"));
    QVERIFY(mineId > 0 && otherId > 0);
    auto agentClient = test::clientFor(crm.url(), test::kAgentToken);
    auto leadClient = test::clientFor(crm.url(), test::kLeadToken);
    crm::CrmRequest take;
    take.method = "POST";
    take.path = QStringLiteral("/api/v1/leads/%1/take").arg(mineId);
    QVERIFY(test::call(*agentClient, take).ok());
    take.path = QStringLiteral("/api/v1/leads/%1/take").arg(otherId);
    QVERIFY(test::call(*leadClient, take).ok());

    test::LeadsConsole lead;
    QVERIFY(lead.signIn(crm.url(), test::kLeadToken, QStringLiteral("leads")));
    // Team leads also get the analytics export; agents do not (below).
    QVERIFY(lead.window->findChild<ui::AnalyticsExportView *>() != nullptr);
    ui::LeadQueueView *all = queue(lead, "all");
    QVERIFY(all);
    QTRY_VERIFY_WITH_TIMEOUT(shows(all, mineId) && shows(all, otherId), kGuiWaitMs);
    auto *tabs = lead.find<QTabWidget>(QStringLiteral("leadsTabs"));
    tabs->setCurrentWidget(all);

    // By agent: only Анна's leads.
    auto *agentFilter = lead.find<QComboBox>(QStringLiteral("allLeadsAssigneeFilter"));
    const int anna = agentFilter->findData(test::kAgentId);
    QVERIFY(anna > 0);
    agentFilter->setCurrentIndex(anna);
    QTRY_VERIFY_WITH_TIMEOUT(!all->isLoading() && shows(all, mineId) && !shows(all, otherId),
                             kGuiWaitMs);
    for (const ops::Lead &shown : all->model()->leads())
        QCOMPARE(shown.assignee->id, test::kAgentId);

    // Search narrows it down on the CRM.
    agentFilter->setCurrentIndex(0);
    auto *search = lead.find<QLineEdit>(QStringLiteral("allLeadsSearch"));
    test::typeText(search, QStringLiteral("Бориса"));
    QTRY_VERIFY_WITH_TIMEOUT(!all->isLoading() && shows(all, otherId) && !shows(all, mineId),
                             kGuiWaitMs);
}

void TestLeadsQueues::funnelChartShowsTheSummary()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    QVERIFY(postCall(crm.url(), QStringLiteral("+7 499 700-00-08"), QStringLiteral("В воронку"))
            > 0);
    test::LeadsConsole agent;
    QVERIFY(agent.signIn(crm.url(), test::kAgentToken, QStringLiteral("leads")));
    auto *view = agent.find<ui::FunnelView>(QStringLiteral("funnelView"));
    QSignalSpy shown(view, &ui::FunnelView::summaryShown);
    agent.find<QTabWidget>(QStringLiteral("leadsTabs"))->setCurrentWidget(view);
    QVERIFY(!agent.find<ui::LeadActionBar>(QStringLiteral("leadActionBar"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1, kGuiWaitMs);

    // The chart holds what the CRM's summary says, stage by stage.
    auto client = test::clientFor(crm.url(), test::kAgentToken);
    const QJsonArray funnels = test::call(*client, test::getOf(QStringLiteral("/api/v1/funnels")))
                                   .body[QLatin1String("items")]
                                   .toArray();
    QVERIFY(!funnels.isEmpty());
    const qint64 funnelId
        = agent.find<QComboBox>(QStringLiteral("funnelCombo"))->currentData().toLongLong();
    const QJsonArray stages
        = test::call(*client,
                     test::getOf(QStringLiteral("/api/v1/funnels/%1/summary").arg(funnelId)))
              .body[QLatin1String("stages")]
              .toArray();
    const QList<ops::StageSummary> &drawn = view->chart()->stages();
    QCOMPARE(drawn.size(), stages.size());
    qint64 deals = 0;
    for (int i = 0; i < stages.size(); ++i) {
        QCOMPARE(drawn.at(i).name, stages.at(i)[QLatin1String("name")].toString());
        QCOMPARE(drawn.at(i).count, stages.at(i)[QLatin1String("count")].toInteger());
        QCOMPARE(drawn.at(i).amountKopecks,
                 stages.at(i)[QLatin1String("amount_kopecks")].toInteger());
        QVERIFY(view->chart()->accessibleDescription().contains(drawn.at(i).name));
        deals += drawn.at(i).count;
    }
    QVERIFY(deals >= 1); // the lead above made a deal
    QVERIFY(view->chart()->height() >= view->chart()->sizeHint().height() - 1);
}

void TestLeadsQueues::tableModelIsConsistent()
{
    ui::LeadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto lead = [](qint64 id, const QString &status, qint64 version) {
        ops::Lead made;
        made.id = id;
        made.status = status;
        made.version = version;
        made.phone = QStringLiteral("+74997654321");
        made.createdAt = QDateTime::currentDateTimeUtc();
        return made;
    };
    model.setLeads({ lead(1, QStringLiteral("free"), 1), lead(2, QStringLiteral("free"), 1) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.appendLeads(
                 { lead(2, QStringLiteral("free"), 1), lead(3, QStringLiteral("free"), 1) }),
             1);
    model.applyChange(lead(4, QStringLiteral("free"), 1), true); // new: on top
    QCOMPARE(model.leadAt(0).id, 4);
    model.applyChange(lead(1, QStringLiteral("in_work"), 2), false); // taken: gone
    QCOMPARE(model.rowOf(1), -1);
    model.applyChange(lead(2, QStringLiteral("in_work"), 3), true);
    model.applyChange(lead(2, QStringLiteral("free"), 2), true); // older: ignored
    QCOMPARE(model.lead(2)->status, QStringLiteral("in_work"));
    QCOMPARE(model.index(model.rowOf(2), ui::LeadTableModel::PhoneColumn).data().toString(),
             QStringLiteral("+7 (499) 765-43-21"));
}

QTEST_MAIN(TestLeadsQueues)
#include "tst_leads_queues.moc"
