// The Audit log viewer and activity chart (issue 6 §1, §4) as a team lead uses them, offscreen,
// against a real crm-sandbox: agents have no such page and the CRM's refusal is shown if one is
// forced on them; each filter shows exactly the events the CRM holds for it (worked out here
// from the whole log, independently of the CRM's own filtering); an operation's events stay
// together; the details show before → after; scrolling a log of a thousand events to its end
// asks only for the pages shown; the chart's counts per day and agent are the posted events'.
// Waits are on signals, never sleeps.

#include "GuiTestSupport.h"
#include "LeadsGuiSupport.h"
#include "support/SandboxProcess.h"
#include "ui/audit/AuditActivityChart.h"
#include "ui/audit/AuditDetailsPane.h"
#include "ui/audit/AuditExportPanel.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/pages/AuditLogPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace opc;
using test::kGuiWaitMs;
using ui::AuditLogModel;

namespace {

const QString kMergeOperation = QStringLiteral("op-merge-11-12");

// Posts one event as the user of `token` (the CRM takes events only from their own actor).
QString post(const QUrl &url, const QString &token, const QString &actor, const QString &action,
             const QString &entityType, const QStringList &ids, const QDateTime &when,
             const QString &operation = {}, const QString &message = {},
             const QJsonObject &before = {}, const QJsonObject &after = {},
             const QString &result = QStringLiteral("ok"))
{
    // Every event names an operation; one of its own when it stands alone.
    AuditEvent event = makeAuditEvent(
        operation.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : operation, actor,
        action, entityType, ids);
    event.occurredAt = when.toUTC();
    event.message = message;
    event.before = before;
    event.after = after;
    event.result = result;
    auto client = test::clientFor(url, token);
    const crm::CrmResult answer = test::call(*client, test::auditEventPost(event));
    if (!answer.ok()) {
        qWarning("posting %s: %s", qPrintable(action), qPrintable(answer.error->message));
        return {};
    }
    return event.id;
}

// Every stored event, oldest first, read as the team lead.
QList<QJsonObject> storedEvents(const QUrl &url)
{
    auto lead = test::clientFor(url, test::kLeadToken);
    QString error;
    QList<QJsonObject> events;
    for (const QJsonValue &event :
         test::readAll(*lead, QStringLiteral("/api/v1/audit/events"), &error).toArray())
        events << event.toObject();
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return events;
}

QDateTime occurredAt(const QJsonObject &event)
{
    return QDateTime::fromString(event[QLatin1String("occurred_at")].toString(), Qt::ISODateWithMs);
}

QStringList idsOf(const QList<QJsonObject> &events,
                  const std::function<bool(const QJsonObject &)> &keep)
{
    QStringList ids;
    for (const QJsonObject &event : events) {
        if (keep(event))
            ids << event[QLatin1String("id")].toString();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The contract's grouped order, worked out from the whole log: operations newest first (by
// their first event), an operation's events together, oldest first; no operation: alone.
QStringList groupedOrder(const QList<QJsonObject> &events)
{
    QList<QList<QJsonObject>> groups;
    QHash<QString, int> groupOf;
    for (const QJsonObject &event : events) { // oldest first: a group's first event comes first
        const QString operation = event[QLatin1String("operation_id")].toString();
        if (!operation.isEmpty() && groupOf.contains(operation)) {
            groups[groupOf.value(operation)] << event;
            continue;
        }
        if (!operation.isEmpty())
            groupOf.insert(operation, int(groups.size()));
        groups << QList<QJsonObject> { event };
    }
    QStringList order;
    for (auto group = groups.crbegin(); group != groups.crend(); ++group) {
        for (const QJsonObject &event : *group)
            order << event[QLatin1String("id")].toString();
    }
    return order;
}

// Runs `change` and waits until the model shows the first page it leads to.
bool reloadsAfter(AuditLogModel *model, const std::function<void()> &change)
{
    QSignalSpy loaded(model, &AuditLogModel::totalLoaded);
    change();
    return loaded.wait(kGuiWaitMs) || !loaded.isEmpty();
}

// Makes the model load every row (a few pages at most here); the rows' event ids in order.
QStringList shownIds(AuditLogModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->rowAt(row)) {
            QSignalSpy page(model, &AuditLogModel::pageLoaded);
            (void)model->data(model->index(row, 0));
            if (!page.wait(kGuiWaitMs) || !model->rowAt(row)) {
                qWarning("row %d never arrived", row);
                return {};
            }
        }
        ids << model->rowAt(row)->id;
    }
    return ids;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

struct Viewer {
    test::LeadsConsole console;
    ui::AuditLogPage *page = nullptr;
    AuditLogModel *model = nullptr;

    bool open(const QUrl &url)
    {
        if (!console.signIn(url, test::kLeadToken, ui::pageKey(ui::PageId::AuditLog)))
            return false;
        if (!QTest::qWaitFor([&] { return console.window->currentPage() == ui::PageId::AuditLog; },
                             kGuiWaitMs))
            return false;
        page = console.find<ui::AuditLogPage>(ui::pageKey(ui::PageId::AuditLog)
                                              + QStringLiteral("Page"));
        if (!page)
            return false;
        model = page->model();
        // The sign-in's own event is delivered in the background; read the log once it is in.
        QString error;
        if (!QTest::qWaitFor(
                [&] {
                    return !test::auditEventsWithAction(url, QStringLiteral("session.sign_in"),
                                                        &error)
                                .isEmpty();
                },
                kGuiWaitMs))
            return false;
        return reloadsAfter(model, [&] { page->reload(); });
    }
    template<class T> T *find(const QString &name) const
    {
        T *widget = page->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
};

} // namespace

class TestAuditViewer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agentsHaveNoAuditLog()
    {
        test::SandboxProcess crm;
        QVERIFY2(crm.start(), qPrintable(crm.error()));
        test::LeadsConsole agent;
        QVERIFY(agent.signIn(crm.url(), test::kAgentToken, ui::pageKey(ui::PageId::AuditLog)));
        QVERIFY(!agent.window->isPageAvailable(ui::PageId::AuditLog));
        QVERIFY(!agent.window->showPage(ui::PageId::AuditLog));
        QVERIFY(agent.window->currentPage() != ui::PageId::AuditLog);

        // Forced onto an agent anyway, the page asks nothing by itself, and says the CRM's no.
        ui::AuditLogPage page;
        page.setSession(agent.session.get());
        QCOMPARE(page.model()->requestedOffsets().size(), 0);
        QSignalSpy failed(page.model(), &AuditLogModel::loadFailed);
        page.reload();
        QVERIFY(failed.wait(kGuiWaitMs));
        QCOMPARE(failed.first().first().value<crm::CrmError>().kind, crm::ErrorKind::Forbidden);
        auto *status = page.findChild<QLabel *>(QStringLiteral("auditStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(failed.first().first().value<crm::CrmError>().message),
                 qPrintable(status->text()));
        QCOMPARE(status->property("tone").toString(), QStringLiteral("bad"));
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void filtersGroupingDetailsAndChart()
    {
        test::SandboxProcess crm;
        QVERIFY2(crm.start(), qPrintable(crm.error()));
        const QUrl url = crm.url();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString agentId = test::kAgentId;
        const QString leadId = QStringLiteral("u-lead");
        const QString adminId = QStringLiteral("u-admin");
        // A merge whose steps interleave with other agents' work, as in real life.
        const QDateTime mergeTime = now.addDays(-2);
        QVERIFY(!post(url, test::kAgentToken, agentId, QStringLiteral("merge.start"),
                      QStringLiteral("account"), { QStringLiteral("11"), QStringLiteral("12") },
                      mergeTime, kMergeOperation)
                     .isEmpty());
        QVERIFY(!post(url, test::kLeadToken, leadId, QStringLiteral("deal.move"),
                      QStringLiteral("deal"), { QStringLiteral("900") }, now.addDays(-3), {},
                      QStringLiteral("Moved to won"))
                     .isEmpty());
        const QString paidStep
            = post(url, test::kAgentToken, agentId, QStringLiteral("merge.step.move-paid-lessons"),
                   QStringLiteral("account"), { QStringLiteral("12") }, mergeTime.addSecs(5),
                   kMergeOperation, {},
                   QJsonObject { { QStringLiteral("paid_lessons"), 5 },
                                 { QStringLiteral("teacher"), QStringLiteral("Иванова") } },
                   QJsonObject { { QStringLiteral("paid_lessons"), 0 },
                                 { QStringLiteral("teacher"), QStringLiteral("Иванова") } });
        QVERIFY(!paidStep.isEmpty());
        const QString callback
            = post(url, test::kAgentToken, agentId, QStringLiteral("lead.take"),
                   QStringLiteral("lead"), { QStringLiteral("501") }, now.addDays(-1), {},
                   QStringLiteral("Клиент просил ПЕРЕЗВОНИТЬ вечером"));
        QVERIFY(!callback.isEmpty());
        QVERIFY(!post(url, test::kAgentToken, agentId, QStringLiteral("merge.step.move-requests"),
                      QStringLiteral("request"), { QStringLiteral("2101") }, mergeTime.addSecs(9),
                      kMergeOperation)
                     .isEmpty());
        QVERIFY(!post(url, test::kAdminToken, adminId, QStringLiteral("lead.take"),
                      QStringLiteral("lead"), { QStringLiteral("502") }, now.addDays(-10), {},
                      QStringLiteral("The lead was taken already"), {}, {},
                      QStringLiteral("failed"))
                     .isEmpty());
        QVERIFY(!post(url, test::kAgentToken, agentId, QStringLiteral("merge.finish"),
                      QStringLiteral("account"), { QStringLiteral("11"), QStringLiteral("12") },
                      mergeTime.addSecs(12), kMergeOperation)
                     .isEmpty());

        Viewer viewer;
        QVERIFY(viewer.open(url));
        const QStringList unnamed = test::unnamedInteractiveWidgets(viewer.page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        AuditLogModel *model = viewer.model;
        QList<QJsonObject> events = storedEvents(url);
        QVERIFY(events.size() >= 7);

        // Unfiltered: everything, in the grouped order, the merge's four steps as one block.
        QCOMPARE(model->total(), events.size());
        const QStringList all = shownIds(model);
        QCOMPARE(all, groupedOrder(events));
        int mergeRow = 0;
        while (mergeRow < all.size() && model->rowAt(mergeRow)->operationId != kMergeOperation)
            ++mergeRow;
        QVERIFY(mergeRow < all.size());
        QCOMPARE(model->groupPosition(mergeRow), AuditLogModel::First);
        QStringList mergeActions;
        for (int row = mergeRow; row < mergeRow + 4; ++row) {
            QCOMPARE(model->rowAt(row)->operationId, kMergeOperation);
            if (row > mergeRow) {
                QCOMPARE(model->groupPosition(row), AuditLogModel::Continuation);
                QCOMPARE(model->data(model->index(row, AuditLogModel::OperationColumn)).toString(),
                         QStringLiteral("↳"));
            }
            mergeActions << model->rowAt(row)->action;
        }
        QCOMPARE(mergeActions,
                 (QStringList {
                     QStringLiteral("merge.start"), QStringLiteral("merge.step.move-paid-lessons"),
                     QStringLiteral("merge.step.move-requests"), QStringLiteral("merge.finish") }));
        // Names from the CRM's facets; failures in words.
        const int adminRow = int(all.indexOf(idsOf(events, [&](const QJsonObject &e) {
                                                 return e[QLatin1String("actor")] == adminId;
                                             }).first()));
        QCOMPARE(model->data(model->index(adminRow, AuditLogModel::AgentColumn)).toString(),
                 QStringLiteral("Вера Администратова"));
        QCOMPARE(model->data(model->index(adminRow, AuditLogModel::ResultColumn)).toString(),
                 QStringLiteral("failed"));

        // The details of the paid-lessons step: before → after, and its operation's events.
        auto *table = viewer.find<QTableView>(QStringLiteral("auditEvents"));
        QVERIFY(table);
        ui::AuditDetailsPane *details = viewer.page->details();
        QSignalSpy listed(details, &ui::AuditDetailsPane::operationListed);
        table->setCurrentIndex(model->index(int(all.indexOf(paidStep)), 0));
        QVERIFY(listed.wait(kGuiWaitMs));
        QVERIFY(details->row());
        QCOMPARE(details->row()->id, paidStep);
        auto *changes = details->findChild<QTableWidget *>(QStringLiteral("auditChanges"));
        QVERIFY(changes);
        QCOMPARE(changes->rowCount(), 2);
        QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("paid_lessons"));
        QCOMPARE(changes->item(0, 1)->text(), QStringLiteral("5"));
        QCOMPARE(changes->item(0, 2)->text(), QStringLiteral("0"));
        QVERIFY(changes->item(0, 2)->data(Qt::UserRole).toBool()); // changed: highlighted
        QCOMPARE(changes->item(1, 2)->text(), QStringLiteral("Иванова"));
        QVERIFY(!changes->item(1, 2)->data(Qt::UserRole).toBool());
        auto *operationEvents
            = details->findChild<QListWidget *>(QStringLiteral("auditOperationEvents"));
        QVERIFY(operationEvents);
        QCOMPARE(operationEvents->count(), 4);
        // "Show only this operation" filters the log by it.
        QVERIFY(reloadsAfter(model, [&] {
            QVERIFY(test::clickWhenReady(
                details->findChild<QPushButton *>(QStringLiteral("auditShowOperation"))));
        }));
        QCOMPARE(viewer.page->currentFilter().operation, kMergeOperation);
        // The export writes what the table shows.
        QCOMPARE(viewer.page->exportPanel()->filter(), viewer.page->currentFilter());
        QCOMPARE(sorted(shownIds(model)), idsOf(events, [](const QJsonObject &e) {
                     return e[QLatin1String("operation_id")] == kMergeOperation;
                 }));
        auto *clear = viewer.find<QPushButton>(QStringLiteral("auditClearFilters"));
        QVERIFY(reloadsAfter(model, [&] { QVERIFY(test::clickWhenReady(clear)); }));
        QCOMPARE(model->total(), events.size());

        // Agent.
        auto *agent = viewer.find<QComboBox>(QStringLiteral("auditAgentFilter"));
        QVERIFY(agent);
        QTRY_VERIFY_WITH_TIMEOUT(agent->findData(adminId) > 0, kGuiWaitMs); // facets are in
        QVERIFY(reloadsAfter(model, [&] { agent->setCurrentIndex(agent->findData(adminId)); }));
        events = storedEvents(url);
        QCOMPARE(sorted(shownIds(model)), idsOf(events, [&](const QJsonObject &e) {
                     return e[QLatin1String("actor")] == adminId;
                 }));
        QVERIFY(reloadsAfter(model, [&] { agent->setCurrentIndex(agent->findData(agentId)); }));
        QCOMPARE(sorted(shownIds(model)), idsOf(events, [&](const QJsonObject &e) {
                     return e[QLatin1String("actor")] == agentId;
                 }));
        QVERIFY(reloadsAfter(model, [&] { QVERIFY(test::clickWhenReady(clear)); }));

        // Action: exact, then a kind.
        auto *action = viewer.find<QLineEdit>(QStringLiteral("auditActionFilterText"));
        QVERIFY(action);
        const auto typeAction = [&](const QString &text) {
            action->clear();
            test::typeText(action, text);
            QTest::keyClick(action, Qt::Key_Return);
        };
        QVERIFY(reloadsAfter(model, [&] { typeAction(QStringLiteral("lead.take")); }));
        QCOMPARE(sorted(shownIds(model)), idsOf(events, [](const QJsonObject &e) {
                     return e[QLatin1String("action")] == QLatin1String("lead.take");
                 }));
        QVERIFY(reloadsAfter(model, [&] { typeAction(QStringLiteral("merge.*")); }));
        QCOMPARE(sorted(shownIds(model)), idsOf(events, [](const QJsonObject &e) {
                     return e[QLatin1String("action")].toString().startsWith(
                         QLatin1String("merge."));
                 }));
        QCOMPARE(model->total(), 4);
        QVERIFY(reloadsAfter(model, [&] { QVERIFY(test::clickWhenReady(clear)); }));

        // Entity id.
        auto *entity = viewer.find<QLineEdit>(QStringLiteral("auditEntityFilter"));
        QVERIFY(entity);
        QVERIFY(reloadsAfter(model, [&] {
            QTest::keyClicks(entity, QStringLiteral("12"));
            QTest::keyClick(entity, Qt::Key_Return);
        }));
        QCOMPARE(sorted(shownIds(model)), idsOf(events, [](const QJsonObject &e) {
                     return e[QLatin1String("entity_ids")].toArray().contains(QStringLiteral("12"));
                 }));
        QCOMPARE(model->total(), 3);
        QVERIFY(reloadsAfter(model, [&] { QVERIFY(test::clickWhenReady(clear)); }));

        // A range of local days: the last four days before today.
        auto *dates = viewer.find<QCheckBox>(QStringLiteral("auditDatesFilter"));
        auto *from = viewer.find<QDateEdit>(QStringLiteral("auditFromDate"));
        auto *to = viewer.find<QDateEdit>(QStringLiteral("auditToDate"));
        QVERIFY(dates && from && to);
        const QDate today = QDate::currentDate();
        from->setDate(today.addDays(-4));
        to->setDate(today.addDays(-1));
        QVERIFY(reloadsAfter(model, [&] { QVERIFY(test::clickWhenReady(dates)); }));
        QCOMPARE(sorted(shownIds(model)), idsOf(events, [&](const QJsonObject &e) {
                     const QDate day = occurredAt(e).toLocalTime().date();
                     return day >= today.addDays(-4) && day <= today.addDays(-1);
                 }));
        QVERIFY(model->total() >= 6); // the merge, the deal and the call-back
        QVERIFY(reloadsAfter(model, [&] { QVERIFY(test::clickWhenReady(clear)); }));

        // Free text, Cyrillic in another case.
        auto *text = viewer.find<QLineEdit>(QStringLiteral("auditTextFilter"));
        QVERIFY(text);
        QVERIFY(reloadsAfter(model, [&] { test::typeText(text, QStringLiteral("перезвонить")); }));
        QCOMPARE(shownIds(model), QStringList { callback });
        QVERIFY(reloadsAfter(model, [&] { QVERIFY(test::clickWhenReady(clear)); }));

        // The chart: the last 30 days, per day and agent, as posted.
        ui::AuditActivityChart *chart = viewer.page->chart();
        QSignalSpy shown(viewer.page, &ui::AuditLogPage::activityShown);
        viewer.page->showActivity();
        QVERIFY(shown.wait(kGuiWaitMs));
        QCOMPARE(chart->firstDay(), today.addDays(-29));
        QCOMPARE(chart->lastDay(), today);
        events = storedEvents(url);
        QHash<QPair<QDate, QString>, qint64> expected;
        for (const QJsonObject &event : std::as_const(events))
            ++expected[{ occurredAt(event).toLocalTime().date(),
                         event[QLatin1String("actor")].toString() }];
        qint64 total = 0;
        for (QDate day = chart->firstDay(); day <= chart->lastDay(); day = day.addDays(1)) {
            for (const QString &actor : { agentId, leadId, adminId }) {
                QCOMPARE(chart->count(day, actor), expected.value({ day, actor }));
                total += expected.value({ day, actor });
            }
        }
        QCOMPARE(chart->total(), total);
        QCOMPARE(chart->total(), events.size());
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("Анна Смирнова")));
    }

    void scrollingLoadsOnlyTheVisiblePages()
    {
        test::SandboxProcess crm;
        QVERIFY2(crm.start(), qPrintable(crm.error()));
        const QUrl url = crm.url();
        auto agent = test::clientFor(url, test::kAgentToken);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 1000; ++i) {
            AuditEvent event = makeAuditEvent(i % 5 == 0 ? QStringLiteral("single-%1").arg(i)
                                                         : QStringLiteral("op-%1").arg(i / 5),
                                              test::kAgentId, QStringLiteral("lead.take"),
                                              QStringLiteral("lead"), { QString::number(i) });
            event.occurredAt = now.addSecs(i - 1000);
            const crm::CrmResult answer = test::call(*agent, test::auditEventPost(event));
            if (!answer.ok())
                QFAIL(qPrintable(answer.error->message));
        }

        Viewer viewer;
        QVERIFY(viewer.open(url));
        AuditLogModel *model = viewer.model;
        const QList<QJsonObject> events = storedEvents(url);
        QCOMPARE(model->total(), events.size());
        QVERIFY(model->total() > 1000);
        auto *table = viewer.find<QTableView>(QStringLiteral("auditEvents"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowAt(0), kGuiWaitMs);
        QCOMPARE(model->requestedOffsets(), QList<qint64> { 0 });

        // To the end, as a drag of the scroll bar does.
        QSignalSpy loaded(model, &AuditLogModel::pageLoaded);
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        const int lastRow = model->rowCount() - 1;
        QVERIFY(QTest::qWaitFor([&] { return model->rowAt(lastRow) != nullptr; }, kGuiWaitMs));
        const int firstVisible = table->rowAt(0);
        const int lastVisible = table->rowAt(table->viewport()->height() - 1) < 0
            ? lastRow
            : table->rowAt(table->viewport()->height() - 1);
        QCOMPARE(lastVisible, lastRow);
        const int pageSize = model->pageSize();
        for (qint64 offset : model->requestedOffsets().mid(1)) {
            // Every page asked for after the first holds a visible row.
            QVERIFY2(offset + pageSize > firstVisible && offset <= lastVisible,
                     qPrintable(QStringLiteral("offset %1, visible %2..%3")
                                    .arg(offset)
                                    .arg(firstVisible)
                                    .arg(lastVisible)));
        }
        QVERIFY(model->requestedOffsets().size() <= 3);
        // The last rows are the log's last in the grouped order.
        const QStringList order = groupedOrder(events);
        for (int row = firstVisible; row <= lastRow; ++row) {
            QVERIFY(model->rowAt(row));
            QCOMPARE(model->rowAt(row)->id, order.at(row));
        }
        // The rows on screen say what they are, not "Loading…".
        QCOMPARE(model->data(model->index(lastRow, AuditLogModel::ActionColumn)).toString(),
                 model->rowAt(lastRow)->action);
        QCOMPARE(model->data(model->index(lastRow, AuditLogModel::TimeColumn)).toString(),
                 QLocale().toString(model->rowAt(lastRow)->occurredAt.toLocalTime(),
                                    QLocale::ShortFormat));
    }
};

QTEST_MAIN(TestAuditViewer)
#include "tst_audit_viewer.moc"
