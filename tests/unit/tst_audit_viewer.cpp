// The audit viewer's parts that need no CRM (issue 6 §1, §4): the page bookkeeping of the
// windowed table (AuditPageCache), the model on a stand-in page loader (paging by what is
// looked at, a million rows in bounded memory, stale answers dropped, grouping of an
// operation's events), the strict reading of stored events, the filter bar's local days, the
// details pane's before → after table and the activity chart's counts.

#include "operations/audit/AuditReads.h"
#include "ui/audit/AuditActivityChart.h"
#include "ui/audit/AuditDetailsPane.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditPageCache.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace opc;
using ui::AuditLogModel;
using ui::AuditPageCache;

namespace {

ops::AuditRow eventRow(qint64 seq, const QString &operation = {})
{
    ops::AuditRow row;
    row.seq = seq;
    row.id = QStringLiteral("e-%1").arg(seq);
    row.operationId = operation;
    row.actor = QStringLiteral("u-agent");
    row.action = QStringLiteral("lead.take");
    row.entityType = QStringLiteral("lead");
    row.entityIds = { QString::number(seq) };
    row.result = QStringLiteral("ok");
    row.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    return row;
}

QList<ops::AuditRow> rows(qint64 first, int count)
{
    QList<ops::AuditRow> list;
    for (int i = 0; i < count; ++i)
        list << eventRow(first + i);
    return list;
}

// A stand-in for the CRM: keeps every request until the test answers it.
struct FakeLog {
    struct Request {
        ops::AuditPageQuery query;
        QPointer<QObject> context;
        std::function<void(const ops::AuditPage &)> done;
    };
    qint64 total = 0;
    qint64 asOfSeq = 4242; // the CRM's newest event when the first page was read
    QList<Request> open;
    QList<qint64> untilSeqs; // what each request sent as until_seq
    std::function<ops::AuditRow(qint64 row)> make = [](qint64 row) { return eventRow(row + 1); };

    AuditLogModel::PageLoader loader()
    {
        return [this](const ops::AuditPageQuery &query, QObject *context,
                      std::function<void(const ops::AuditPage &)> done) {
            untilSeqs.append(query.untilSeq);
            open.append({ query, context, std::move(done) });
        };
    }

    // Answers the oldest open request as the CRM would; false when none is open.
    bool answerOne()
    {
        if (open.isEmpty())
            return false;
        const Request request = open.takeFirst();
        if (!request.context)
            return true; // aborted: nothing is delivered
        ops::AuditPage page;
        page.offset = request.query.offset;
        for (qint64 row = request.query.offset;
             row < std::min(total, request.query.offset + request.query.limit); ++row)
            page.rows << make(row);
        if (request.query.withTotal)
            page.total = total;
        page.asOfSeq = request.query.untilSeq >= 0 ? request.query.untilSeq : asOfSeq;
        request.done(page);
        return true;
    }
    void answerAll()
    {
        while (answerOne()) { }
    }
};

// Looks at rows as a view's paint does, then lets the model's fetch timer run.
void look(AuditLogModel &model, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
            (void)model.data(model.index(row, column));
    }
}

// Waits until the model has sent what it wants (its fetch timer ran).
bool settle(FakeLog &log, int expectedOpen)
{
    return QTest::qWaitFor([&] { return log.open.size() >= expectedOpen; }, 2000);
}

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestAuditViewer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cacheAsksForWhatTheLastBatchLookedAt()
    {
        AuditPageCache cache(200, 40, 2);
        QCOMPARE(cache.row(0), nullptr);
        QCOMPARE(cache.row(450), nullptr); // page 2
        QCOMPARE(cache.takeRequests(), (QList<int> { 2, 0 })); // the latest look first
        QCOMPARE(cache.inFlightCount(), 2);
        // A later batch replaces the wishes of an earlier one; in flight stays at two.
        (void)cache.row(1000);
        (void)cache.row(1200);
        QVERIFY(cache.takeRequests().isEmpty());
        (void)cache.row(5000); // the view moved on: pages 5 and 6 are no longer needed
        QVERIFY(cache.takeRequests().isEmpty());
        QVERIFY(cache.store(cache.generation(), 0, rows(1, 200)));
        QCOMPARE(cache.takeRequests(), (QList<int> { 25 }));
        QVERIFY(cache.row(199));
        QCOMPARE(cache.row(199)->seq, 200);
        QCOMPARE(cache.row(200), nullptr);
        // A page nobody asked for, or asked twice, is not stored.
        QVERIFY(!cache.store(cache.generation(), 7, rows(1401, 200)));
        QVERIFY(!cache.store(cache.generation(), 0, rows(1, 200)));
    }

    void cacheKeepsAtMostItsPagesLeastRecentlyUsedFirst()
    {
        AuditPageCache cache(10, 4, 2);
        for (int page = 0; page < 4; ++page) {
            (void)cache.row(page * 10);
            QCOMPARE(cache.takeRequests(), QList<int> { page });
            QVERIFY(cache.store(cache.generation(), page, rows(page * 10 + 1, 10)));
        }
        QVERIFY(cache.row(0)); // page 0 used again: page 1 is now the oldest
        (void)cache.row(40);
        QCOMPARE(cache.takeRequests(), QList<int> { 4 });
        QVERIFY(cache.store(cache.generation(), 4, rows(41, 10)));
        QCOMPARE(cache.cachedPages(), (QList<int> { 0, 2, 3, 4 }));
        QCOMPARE(cache.cachedPageCount(), 4);
    }

    void cacheDropsAnOldGenerationAndRemembersFailures()
    {
        AuditPageCache cache(10, 4, 2);
        (void)cache.row(0);
        QCOMPARE(cache.takeRequests(), QList<int> { 0 });
        const quint64 old = cache.generation();
        cache.reset();
        QVERIFY(!cache.store(old, 0, rows(1, 10)));
        QCOMPARE(cache.cachedPageCount(), 0);
        QCOMPARE(cache.inFlightCount(), 0);
        (void)cache.row(0);
        QCOMPARE(cache.takeRequests(), QList<int> { 0 });
        QVERIFY(cache.fail(cache.generation(), 0));
        (void)cache.row(5);
        QVERIFY(cache.takeRequests().isEmpty()); // not asked again and again
        QVERIFY(cache.hasFailed(0));
        cache.clearFailures();
        (void)cache.row(5);
        QCOMPARE(cache.takeRequests(), QList<int> { 0 });
    }

    void modelPassesTheModelTester()
    {
        FakeLog log;
        log.total = 450;
        log.make
            = [](qint64 row) { return eventRow(row + 1, QStringLiteral("op-%1").arg(row / 3)); };
        AuditLogModel model(log.loader());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(log.open.size(), 1);
        QVERIFY(log.open.first().query.withTotal);
        QCOMPARE(log.open.first().query.offset, 0);
        QCOMPARE(log.open.first().query.limit, 200);
        QSignalSpy total(&model, &AuditLogModel::totalLoaded);
        log.answerAll();
        QCOMPARE(total.size(), 1);
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.data(model.index(0, AuditLogModel::ActionColumn)).toString(),
                 QStringLiteral("lead.take"));
        // Every row looked at, every page answered: the tester's own walks stay consistent.
        look(model, 0, 449);
        QVERIFY(settle(log, 2));
        log.answerAll();
        QVERIFY(model.rowAt(449));
        QCOMPARE(model.rowAt(449)->seq, 450);
    }

    void modelFetchesOnlyThePagesLookedAtAndStaysBounded()
    {
        FakeLog log;
        log.total = 1'000'000;
        AuditLogModel model(log.loader());
        model.setFilter({});
        log.answerAll();
        QCOMPARE(model.rowCount(), 1'000'000);
        QCOMPARE(model.requestedOffsets(), QList<qint64> { 0 });
        // Placeholders until a page arrives.
        QCOMPARE(model.data(model.index(999'990, AuditLogModel::TimeColumn)).toString(),
                 QStringLiteral("Loading…"));
        QCOMPARE(model.data(model.index(999'990, 0), AuditLogModel::LoadedRole).toBool(), false);
        look(model, 999'960, 999'999); // the end of the log, as the view shows it
        QVERIFY(settle(log, 1));
        log.answerAll();
        QCOMPARE(model.requestedOffsets(), (QList<qint64> { 0, 999'800 }));
        QCOMPARE(model.rowAt(999'999)->seq, 1'000'000);
        // Later pages read the first page's snapshot: new events do not shift their offsets.
        QCOMPARE(log.untilSeqs, (QList<qint64> { -1, 4242 }));

        // A fling through the whole log, a paint per screenful while the CRM is slow: two
        // requests at most, and once they are answered only what is on screen now is asked.
        const qsizetype before = model.requestedOffsets().size();
        for (int row = 0; row < 1'000'000; row += 5'000) {
            look(model, row, row + 39);
            QCoreApplication::processEvents(); // the paint is over: the fetch timer runs
        }
        look(model, 500'000, 500'039);
        QCoreApplication::processEvents();
        QCOMPARE(log.open.size(), 2);
        log.answerAll(); // the two stale pages come in; then the one on screen is asked for
        QVERIFY(model.rowAt(500'000));
        QVERIFY(model.rowAt(500'039));
        QCOMPARE(model.requestedOffsets().size() - before, 3);
        QCOMPARE(model.requestedOffsets().last(), 500'000);

        // Scrolling page by page far into the log keeps at most 40 pages.
        for (int page = 0; page < 120; ++page) {
            look(model, page * 200 + 5, page * 200 + 44);
            QCoreApplication::processEvents(); // the fetch timer
            log.answerAll();
            QVERIFY(model.rowAt(page * 200 + 44));
        }
        QVERIFY2(model.cache().cachedPageCount() <= 40,
                 qPrintable(QString::number(model.cache().cachedPageCount())));
        qInfo("peak memory with a million-row model after 120 pages: %lld kB", peakMemoryKb());
    }

    void modelDropsAnOldFiltersAnswersAndNeverAsksMoreThanTwo()
    {
        FakeLog log;
        log.total = 5000;
        AuditLogModel model(log.loader());
        model.setFilter({});
        log.answerAll();
        look(model, 1000, 1010);
        look(model, 3000, 3010);
        look(model, 4000, 4010);
        QVERIFY(settle(log, 2));
        QCOMPARE(log.open.size(), 2); // at most two in flight
        AuditFilter filter;
        filter.actor = QStringLiteral("u-lead");
        QSignalSpy reset(&model, &AuditLogModel::modelReset);
        model.setFilter(filter);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        // The new filter's first page is asked at once; the old answers come in and are dropped.
        QCOMPARE(log.open.size(), 3);
        QCOMPARE(log.open.last().query.filter, filter);
        QSignalSpy loaded(&model, &AuditLogModel::pageLoaded);
        log.total = 30;
        log.answerOne();
        log.answerOne();
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(model.rowCount(), 0);
        log.answerOne();
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(loaded.size(), 1);
    }

    void modelShowsAFailureInsteadOfLoadingForever()
    {
        FakeLog log;
        log.total = 1000;
        AuditLogModel model(log.loader());
        model.setRetryDelay(50);
        model.setFilter({});
        log.answerAll();
        look(model, 600, 620);
        QVERIFY(settle(log, 1));
        QSignalSpy failed(&model, &AuditLogModel::loadFailed);
        ops::AuditPage broken;
        broken.error = crm::CrmError {};
        broken.error->message = QStringLiteral("The CRM did not answer.");
        log.open.takeFirst().done(broken);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.data(model.index(610, 0)).toString(), QStringLiteral("Could not load"));

        // After a pause the page is asked again (the view repaints the rows it shows), and
        // once answered it is there.
        QSignalSpy changed(&model, &AuditLogModel::dataChanged);
        QVERIFY(changed.wait(5000));
        look(model, 600, 620);
        QVERIFY(settle(log, 1));
        QCOMPARE(log.open.first().query.offset, 600);
        log.answerAll();
        QVERIFY(model.rowAt(610));
    }

    void modelShowsAnOperationAsOneBlock()
    {
        FakeLog log;
        log.total = 6;
        // A three-step merge, a lone event, a two-step operation.
        const QStringList operations { QStringLiteral("merge-1"), QStringLiteral("merge-1"),
                                       QStringLiteral("merge-1"), QString(),
                                       QStringLiteral("op-2"),    QStringLiteral("op-2") };
        log.make = [&](qint64 row) {
            ops::AuditRow event = eventRow(row + 1, operations.at(row));
            if (row == 2)
                event.result = QStringLiteral("failed");
            return event;
        };
        AuditLogModel model(log.loader());
        model.setActorNames({ { QStringLiteral("u-agent"), QStringLiteral("Анна Смирнова") } });
        model.setFilter({});
        log.answerAll();
        const auto group = [&](int row) { return model.groupPosition(row); };
        QCOMPARE(group(0), AuditLogModel::First);
        QCOMPARE(group(1), AuditLogModel::Continuation);
        QCOMPARE(group(2), AuditLogModel::Continuation);
        QCOMPARE(group(3), AuditLogModel::Single);
        QCOMPARE(group(4), AuditLogModel::First);
        QCOMPARE(group(5), AuditLogModel::Continuation);
        const auto text = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(text(0, AuditLogModel::OperationColumn).toString(), QStringLiteral("merge-1"));
        QCOMPARE(text(1, AuditLogModel::OperationColumn).toString(), QStringLiteral("↳"));
        QCOMPARE(text(3, AuditLogModel::OperationColumn).toString(), QStringLiteral("—"));
        QVERIFY(text(1, 0, Qt::BackgroundRole).isValid());
        QVERIFY(!text(3, 0, Qt::BackgroundRole).isValid());
        QCOMPARE(text(0, 0, Qt::BackgroundRole), text(2, 0, Qt::BackgroundRole)); // one band
        QCOMPARE(text(2, AuditLogModel::ResultColumn).toString(), QStringLiteral("failed"));
        QCOMPARE(text(2, AuditLogModel::ResultColumn, Qt::ForegroundRole).value<QColor>(),
                 QColor(0xd0, 0x31, 0x2d));
        QCOMPARE(text(1, AuditLogModel::ResultColumn).toString(), QStringLiteral("ok"));
        QCOMPARE(text(0, AuditLogModel::AgentColumn).toString(), QStringLiteral("Анна Смирнова"));
        QCOMPARE(text(0, AuditLogModel::AgentColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("u-agent"));
        QCOMPARE(text(0, AuditLogModel::EntityColumn).toString(), QStringLiteral("lead 1"));
        QCOMPARE(text(0, AuditLogModel::TimeColumn).toString(),
                 QLocale().toString(eventRow(1).occurredAt.toLocalTime(), QLocale::ShortFormat));
    }

    void readsStoredEventsStrictly()
    {
        QJsonObject stored {
            { QStringLiteral("seq"), 7 },
            { QStringLiteral("id"), QStringLiteral("7b0e0c8e-4c57-4f7a-9d1e-2b1a0c3d4e5f") },
            { QStringLiteral("operation_id"), QStringLiteral("op-1") },
            { QStringLiteral("actor"), QStringLiteral("u-agent") },
            { QStringLiteral("action"), QStringLiteral("merge.step.move-paid-lessons") },
            { QStringLiteral("entity_type"), QStringLiteral("account") },
            { QStringLiteral("entity_ids"),
              QJsonArray { QStringLiteral("11"), QStringLiteral("12") } },
            { QStringLiteral("before"), QJsonObject { { QStringLiteral("paid"), 5 } } },
            { QStringLiteral("after"), QJsonObject { { QStringLiteral("paid"), 0 } } },
            { QStringLiteral("result"), QStringLiteral("ok") },
            { QStringLiteral("message"), QStringLiteral("") },
            { QStringLiteral("occurred_at"), QStringLiteral("2026-11-20T10:15:30.250Z") },
            { QStringLiteral("app_version"), QStringLiteral("1.0") },
            { QStringLiteral("hash"), QStringLiteral("ab") },
        };
        QString problem;
        const auto row = ops::readAuditRow(stored, &problem);
        QVERIFY2(row, qPrintable(problem));
        QCOMPARE(row->seq, 7);
        QCOMPARE(row->entityIds, (QStringList { QStringLiteral("11"), QStringLiteral("12") }));
        QCOMPARE(row->occurredAt, QDateTime(QDate(2026, 11, 20), QTime(10, 15, 30, 250), Qt::UTC));
        QCOMPARE(row->before.value(QStringLiteral("paid")).toInt(), 5);

        const std::pair<QString, QJsonValue> broken[] = {
            { QStringLiteral("seq"), QStringLiteral("7") },
            { QStringLiteral("occurred_at"), QStringLiteral("yesterday") },
            { QStringLiteral("result"), QStringLiteral("maybe") },
            { QStringLiteral("entity_ids"), QJsonArray { 11 } },
            { QStringLiteral("before"), QJsonArray {} },
            { QStringLiteral("action"), QJsonValue() },
        };
        for (const auto &[field, value] : broken) {
            QJsonObject bad = stored;
            bad.insert(field, value);
            QVERIFY2(!ops::readAuditRow(bad, &problem), qPrintable(field));
            QVERIFY2(problem.startsWith(field), qPrintable(problem));
        }
    }

    void filterBarTurnsLocalDaysIntoInstants()
    {
        ui::AuditFilterBar bar;
        QSignalSpy changed(&bar, &ui::AuditFilterBar::filterChanged);
        auto *dates = bar.findChild<QCheckBox *>(QStringLiteral("auditDatesFilter"));
        auto *from = bar.findChild<QDateEdit *>(QStringLiteral("auditFromDate"));
        auto *to = bar.findChild<QDateEdit *>(QStringLiteral("auditToDate"));
        QVERIFY(dates && from && to);
        from->setDate(QDate(2026, 3, 1));
        to->setDate(QDate(2026, 3, 31));
        QCOMPARE(changed.size(), 0); // no dates while the box is off
        dates->setChecked(true);
        QCOMPARE(changed.size(), 1);
        const AuditFilter filter = changed.last().first().value<AuditFilter>();
        QCOMPARE(filter.from, QDate(2026, 3, 1).startOfDay(Qt::LocalTime));
        QCOMPARE(filter.to, QDate(2026, 4, 1).startOfDay(Qt::LocalTime));
        QCOMPARE(filter.from.timeSpec(), Qt::UTC);
    }

    void filterBarWaitsForTypingAndTakesKinds()
    {
        ui::AuditFilterBar bar;
        ops::AuditFacets facets;
        facets.actors = { { QStringLiteral("u-agent"), QStringLiteral("Анна Смирнова"),
                            QStringLiteral("agent") } };
        facets.actions = { QStringLiteral("lead.take"), QStringLiteral("merge.step.a"),
                           QStringLiteral("merge.step.b") };
        bar.setFacets(facets);
        auto *action = bar.findChild<QComboBox *>(QStringLiteral("auditActionFilter"));
        QVERIFY(action);
        QVERIFY(action->findText(QStringLiteral("merge.*")) > 0);
        QVERIFY(action->findText(QStringLiteral("lead.take")) > 0);
        auto *agent = bar.findChild<QComboBox *>(QStringLiteral("auditAgentFilter"));
        QCOMPARE(agent->itemText(1), QStringLiteral("Анна Смирнова"));

        QSignalSpy changed(&bar, &ui::AuditFilterBar::filterChanged);
        auto *text = bar.findChild<QLineEdit *>(QStringLiteral("auditTextFilter"));
        QTest::keyClicks(text, QStringLiteral("refund"));
        QCOMPARE(changed.size(), 0); // typing settles first
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().first().value<AuditFilter>().text, QStringLiteral("refund"));

        // A star that is not a kind ("merge*") is marked, not sent.
        action->setEditText(QStringLiteral("merge*"));
        Q_EMIT action->lineEdit()->returnPressed();
        QCOMPARE(changed.size(), 1);
        action->setEditText(QStringLiteral("merge.*"));
        Q_EMIT action->lineEdit()->returnPressed();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().value<AuditFilter>().action, QStringLiteral("merge.*"));

        // Two letters would match nearly everything (and the CRM refuses them): not sent, and
        // the field says why.
        const int sent = changed.size();
        text->setText(QStringLiteral("ab"));
        Q_EMIT text->returnPressed();
        QCOMPARE(changed.size(), sent);
        QVERIFY2(text->toolTip().contains(QLatin1Char('3')), qPrintable(text->toolTip()));
        text->setText(QStringLiteral("abc"));
        Q_EMIT text->returnPressed();
        QCOMPARE(changed.size(), sent + 1);
        QVERIFY(!text->toolTip().contains(QLatin1Char('3')));

        bar.setOperation(QStringLiteral("op-1"));
        QCOMPARE(changed.last().first().value<AuditFilter>().operation, QStringLiteral("op-1"));
        bar.clear();
        QVERIFY(changed.last().first().value<AuditFilter>().isEmpty());
    }

    void detailsPaneShowsBeforeAndAfter()
    {
        ui::AuditDetailsPane pane;
        ops::AuditRow row = eventRow(3);
        row.before = QJsonObject { { QStringLiteral("paid"), 5 },
                                   { QStringLiteral("teacher"), QStringLiteral("Иванова") },
                                   { QStringLiteral("schedule"),
                                     QJsonObject { { QStringLiteral("day"), 2 } } } };
        row.after = QJsonObject { { QStringLiteral("paid"), 0 },
                                  { QStringLiteral("teacher"), QStringLiteral("Иванова") },
                                  { QStringLiteral("note"), QJsonValue() } };
        pane.setRow(row);
        auto *table = pane.findChild<QTableWidget *>(QStringLiteral("auditChanges"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 4); // every key of either side
        QStringList lines;
        for (int i = 0; i < table->rowCount(); ++i)
            lines << QStringLiteral("%1|%2|%3|%4")
                         .arg(table->item(i, 0)->text(), table->item(i, 1)->text(),
                              table->item(i, 2)->text(),
                              table->item(i, 0)->data(Qt::UserRole).toBool()
                                  ? QStringLiteral("changed")
                                  : QStringLiteral("same"));
        QCOMPARE(lines,
                 (QStringList { QStringLiteral("note|—|null|changed"),
                                QStringLiteral("paid|5|0|changed"),
                                QStringLiteral("schedule|{\"day\":2}|—|changed"),
                                QStringLiteral("teacher|Иванова|Иванова|same") }));
    }

    void chartCountsPerDayAndAgent()
    {
        ui::AuditActivityChart chart;
        chart.resize(700, 360);
        const QDate first(2026, 11, 1);
        chart.setActivity(first, first.addDays(29),
                          { { first, QStringLiteral("u-agent"), 3 },
                            { first, QStringLiteral("u-lead"), 1 },
                            { first.addDays(5), QStringLiteral("u-agent"), 7 },
                            { first.addDays(40), QStringLiteral("u-agent"), 9 } }, // outside
                          { { QStringLiteral("u-agent"), QStringLiteral("Анна Смирнова") } });
        QCOMPARE(chart.count(first, QStringLiteral("u-agent")), 3);
        QCOMPARE(chart.dayTotal(first), 4);
        QCOMPARE(chart.total(), 11);
        QCOMPARE(chart.actors(),
                 (QStringList { QStringLiteral("u-agent"), QStringLiteral("u-lead") }));
        QVERIFY2(chart.summary().contains(QStringLiteral("Анна Смирнова: 10")),
                 qPrintable(chart.summary()));
        QCOMPARE(chart.accessibleDescription(), chart.summary());
        QVERIFY(chart.segmentText(first.addDays(5), QStringLiteral("u-agent"))
                    .contains(QStringLiteral("7 event")));
        QImage image(chart.size(), QImage::Format_ARGB32);
        chart.render(&image); // paints without a crash at any size
        chart.resize(120, 80);
        chart.render(&image);
        chart.setEmptyText(QStringLiteral("Loading…"));
        QCOMPARE(chart.total(), 0);
    }
};

QTEST_MAIN(TestAuditViewer)
#include "tst_audit_viewer.moc"
