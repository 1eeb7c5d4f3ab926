// The audit viewer's side of the CRM: every filter, the grouped order, totals, the facets, the
// activity counts and the anchor, each read back against what was posted; bad parameters name
// themselves; agents are refused.

#include "SandboxTestSupport.h"
#include "core/AuditEvent.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace opc;
using namespace Qt::StringLiterals;
using test::Response;

namespace {

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QStringList actionsOf(const QJsonArray &items)
{
    QStringList actions;
    for (const QJsonValue &item : items)
        actions.append(item[QLatin1String("action")].toString());
    return actions;
}

} // namespace

class AuditQueriesTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SandboxThread> m_sandbox;
    std::unique_ptr<test::Http> m_http;
    QList<AuditEvent> m_posted; // in the order posted: seq = index + 1

    void post(AuditEvent event, const QByteArray &token)
    {
        const Response stored
            = m_http->post(QStringLiteral("/api/v1/audit/events"), event.toJson(),
                           QUuid::createUuid().toByteArray(QUuid::WithoutBraces), token);
        QCOMPARE(stored.status, 201);
        m_posted.append(event);
    }

    AuditEvent event(const QString &operation, const QString &actor, const QString &action,
                     const QStringList &ids, const QString &occurredAt)
    {
        AuditEvent e = makeAuditEvent(operation, actor, action, QStringLiteral("account"), ids);
        e.occurredAt = QDateTime::fromString(occurredAt, Qt::ISODate);
        return e;
    }

    // Every page of the grouped order under `query`, following next_offset.
    QJsonArray grouped(const QString &query, int limit = 3)
    {
        QJsonArray all;
        qint64 offset = 0;
        for (int guard = 0; guard < 100; ++guard) {
            const Response page = m_http->get(
                QStringLiteral("/api/v1/audit/events?order=grouped&limit=%1&offset=%2&%3")
                    .arg(limit)
                    .arg(offset)
                    .arg(query),
                test::kLeadToken);
            if (page.status != 200) {
                qWarning("%s", page.body.constData());
                return {};
            }
            for (const QJsonValue &item : page.json()[QLatin1String("items")].toArray())
                all.append(item);
            const QJsonValue next = page.json()[QLatin1String("next_offset")];
            if (next.isNull())
                return all;
            offset = next.toInteger();
        }
        return {};
    }

    QJsonArray bySeq(const QString &query)
    {
        const Response page = m_http->get(
            QStringLiteral("/api/v1/audit/events?limit=1000&") + query, test::kLeadToken);
        return page.json()[QLatin1String("items")].toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxThread>(test::SandboxThread::demoOptions());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_http = std::make_unique<test::Http>(m_sandbox->url());
        // seq 1..3: a merge's steps, interleaved with other events (seq 2, 4, 6).
        post(event(QStringLiteral("op-merge"), QStringLiteral("u-agent"),
                   QStringLiteral("merge.start"), { QStringLiteral("11"), QStringLiteral("12") },
                   QStringLiteral("2026-11-10T09:00:00.000Z")),
             test::kAgentToken);
        AuditEvent take = event(QStringLiteral("op-take"), QStringLiteral("u-lead"),
                                QStringLiteral("lead.take"), { QStringLiteral("501") },
                                QStringLiteral("2026-11-10T23:30:00.000Z"));
        take.message = QStringLiteral("Клиент «Иванова», звонок");
        post(take, test::kLeadToken);
        AuditEvent step = event(QStringLiteral("op-merge"), QStringLiteral("u-agent"),
                                QStringLiteral("merge.step.move-paid-lessons"),
                                { QStringLiteral("11"), QStringLiteral("12") },
                                QStringLiteral("2026-11-11T09:05:00.000Z"));
        step.before = QJsonObject { { QStringLiteral("paid_lessons"), 8 } };
        step.after = QJsonObject { { QStringLiteral("paid_lessons"), 0 } };
        post(step, test::kAgentToken);
        post(event(QStringLiteral("op-comment"), QStringLiteral("u-agent"),
                   QStringLiteral("lead.comment"), { QStringLiteral("502") },
                   QStringLiteral("2026-11-12T10:00:00.000Z")),
             test::kAgentToken);
        post(event(QStringLiteral("op-merge"), QStringLiteral("u-agent"),
                   QStringLiteral("merge.finish"), { QStringLiteral("11") },
                   QStringLiteral("2026-11-12T11:00:00.000Z")),
             test::kAgentToken);
        AuditEvent failed = event(QStringLiteral("op-deal"), QStringLiteral("u-lead"),
                                  QStringLiteral("deal.move"), { QStringLiteral("5") },
                                  QStringLiteral("2026-11-13T08:00:00.000Z"));
        failed.result = QStringLiteral("failed");
        failed.message = QStringLiteral("Stage belongs to \"another\" funnel");
        post(failed, test::kLeadToken);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void groupedOrderKeepsAnOperationTogether()
    {
        // Newest operation first, by its first event: op-deal (6), op-comment (4), op-take (2),
        // then op-merge (1) with its three steps in order.
        const QJsonArray all = grouped(QString());
        QCOMPARE(actionsOf(all),
                 QStringList({ u"deal.move"_s, u"lead.comment"_s, u"lead.take"_s, u"merge.start"_s,
                               u"merge.step.move-paid-lessons"_s, u"merge.finish"_s }));
        // Paging by offset neither skips nor repeats: page sizes 1 and 1000 give the same.
        QCOMPARE(grouped(QString(), 1), all);
        QCOMPARE(grouped(QString(), 1000), all);
    }

    void totalCountsTheFilteredSet()
    {
        const Response page = m_http->get(
            QStringLiteral(
                "/api/v1/audit/events?order=grouped&limit=2&with_total=true&actor=u-agent"),
            test::kLeadToken);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json()[QLatin1String("total")].toInteger(), 4);
        QCOMPARE(page.json()[QLatin1String("items")].toArray().size(), 2);
        QCOMPARE(page.json()[QLatin1String("next_offset")].toInteger(), 2);
        // Without with_total there is no total.
        const Response plain
            = m_http->get(QStringLiteral("/api/v1/audit/events?order=grouped"), test::kLeadToken);
        QVERIFY(!plain.json().contains(QLatin1String("total")));
        const Response seq
            = m_http->get(QStringLiteral("/api/v1/audit/events?with_total=true&action=merge.*"),
                          test::kLeadToken);
        QCOMPARE(seq.json()[QLatin1String("total")].toInteger(), 3);
    }

    void eachFilterSelectsWhatItSays_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("actions"); // in the chain's order
        QTest::newRow("actor") << u"actor=u-lead"_s
                               << QStringList { u"lead.take"_s, u"deal.move"_s };
        QTest::newRow("action") << u"action=lead.take"_s << QStringList { u"lead.take"_s };
        QTest::newRow("action prefix")
            << u"action="_s + encoded(QStringLiteral("merge.*"))
            << QStringList { u"merge.start"_s, u"merge.step.move-paid-lessons"_s,
                             u"merge.finish"_s };
        QTest::newRow("prefix is not a substring")
            << u"action="_s + encoded(QStringLiteral("ead.*")) << QStringList {};
        QTest::newRow("entity") << u"entity=12"_s
                                << QStringList { u"merge.start"_s,
                                                 u"merge.step.move-paid-lessons"_s };
        QTest::newRow("entity is exact") << u"entity=1"_s << QStringList {};
        QTest::newRow("operation")
            << u"operation=op-merge"_s
            << QStringList { u"merge.start"_s, u"merge.step.move-paid-lessons"_s,
                             u"merge.finish"_s };
        QTest::newRow("from, inclusive")
            << u"from="_s + encoded(QStringLiteral("2026-11-12T10:00:00.000Z"))
            << QStringList { u"lead.comment"_s, u"merge.finish"_s, u"deal.move"_s };
        QTest::newRow("to, exclusive")
            << u"to="_s + encoded(QStringLiteral("2026-11-12T10:00:00.000Z"))
            << QStringList { u"merge.start"_s, u"lead.take"_s, u"merge.step.move-paid-lessons"_s };
        QTest::newRow("plain days, to inclusive")
            << u"from=2026-11-11&to=2026-11-12"_s
            << QStringList { u"merge.step.move-paid-lessons"_s, u"lead.comment"_s,
                             u"merge.finish"_s };
        QTest::newRow("zoned time")
            << u"from="_s + encoded(QStringLiteral("2026-11-11T02:30:00+03:00"))
            << QStringList { u"lead.take"_s, u"merge.step.move-paid-lessons"_s, u"lead.comment"_s,
                             u"merge.finish"_s, u"deal.move"_s };
        QTest::newRow("text, Cyrillic, other case")
            << u"text="_s + encoded(QStringLiteral("ИВАНОВ")) << QStringList { u"lead.take"_s };
        QTest::newRow("text in before/after")
            << u"text=paid_lessons"_s << QStringList { u"merge.step.move-paid-lessons"_s };
        QTest::newRow("text with quotes")
            << u"text="_s + encoded(QStringLiteral("\"another\" funnel"))
            << QStringList { u"deal.move"_s };
        QTest::newRow("text, FTS syntax is literal")
            << u"text="_s + encoded(QStringLiteral("lead OR deal")) << QStringList {};
        QTest::newRow("text matches the result")
            << u"text=failed"_s << QStringList { u"deal.move"_s };
        QTest::newRow("combined") << u"actor=u-agent&action="_s + encoded(QStringLiteral("merge.*"))
                + u"&from=2026-11-11"_s
                                  << QStringList { u"merge.step.move-paid-lessons"_s,
                                                   u"merge.finish"_s };
    }

    void eachFilterSelectsWhatItSays()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, actions);
        QCOMPARE(actionsOf(bySeq(query)), actions);
        // The grouped order selects the same events.
        QStringList groupedActions = actionsOf(grouped(query));
        QStringList expected = actions;
        std::sort(groupedActions.begin(), groupedActions.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(groupedActions, expected);
    }

    void aFilteredSeqListingPagesByCursor()
    {
        QStringList actions;
        QString cursor;
        for (int guard = 0; guard < 10; ++guard) {
            const Response page
                = m_http->get(QStringLiteral("/api/v1/audit/events?limit=1&actor=u-agent") + cursor,
                              test::kLeadToken);
            QCOMPARE(page.status, 200);
            actions += actionsOf(page.json()[QLatin1String("items")].toArray());
            const QJsonValue next = page.json()[QLatin1String("next_cursor")];
            if (next.isNull())
                break;
            cursor = QStringLiteral("&cursor=") + next.toString();
        }
        QCOMPARE(actions,
                 QStringList({ u"merge.start"_s, u"merge.step.move-paid-lessons"_s,
                               u"lead.comment"_s, u"merge.finish"_s }));
    }

    void badParametersNameThemselves_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        const QString events = QStringLiteral("/api/v1/audit/events?");
        QTest::newRow("order") << events + u"order=newest"_s << u"order"_s;
        QTest::newRow("limit over 1000") << events + u"limit=1001"_s << u"limit"_s;
        QTest::newRow("offset with seq") << events + u"offset=3"_s << u"offset"_s;
        QTest::newRow("cursor with grouped")
            << events + u"order=grouped&cursor=abc"_s << u"cursor"_s;
        QTest::newRow("negative offset") << events + u"order=grouped&offset=-1"_s << u"offset"_s;
        QTest::newRow("with_total") << events + u"with_total=yes"_s << u"with_total"_s;
        QTest::newRow("action star inside") << events + u"action=merge*x"_s << u"action"_s;
        QTest::newRow("action bare star") << events + u"action=*"_s << u"action"_s;
        QTest::newRow("from unreadable") << events + u"from=yesterday"_s << u"from"_s;
        QTest::newRow("from without zone") << events + u"from=2026-11-12T10:00:00"_s << u"from"_s;
        QTest::newRow("impossible date") << events + u"from=2026-02-30"_s << u"from"_s;
        QTest::newRow("to before from") << events + u"from=2026-11-12&to=2026-11-10"_s << u"to"_s;
        QTest::newRow("text too short") << events + u"text=ab"_s << u"text"_s;
        QTest::newRow("actor too long")
            << events + u"actor="_s + QString(201, QLatin1Char('a')) << u"actor"_s;
        const QString activity = QStringLiteral("/api/v1/audit/activity?");
        QTest::newRow("activity without from") << activity + u"to=2026-11-12"_s << u"from"_s;
        QTest::newRow("activity without to") << activity + u"from=2026-11-12"_s << u"to"_s;
        QTest::newRow("activity over a year")
            << activity + u"from=2025-01-01&to=2026-11-12"_s << u"to"_s;
        QTest::newRow("activity offset")
            << activity + u"from=2026-11-01&to=2026-11-12&utc_offset_minutes=900"_s
            << u"utc_offset_minutes"_s;
    }

    void badParametersNameThemselves()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        const Response answer = m_http->get(path, test::kLeadToken);
        QCOMPARE(answer.status, 422);
        QVERIFY(answer.isError(QStringLiteral("validation_failed")));
        const QJsonObject error = answer.json()[QLatin1String("error")].toObject();
        QCOMPARE(error[QLatin1String("field")].toString(), field);
        QVERIFY(!error[QLatin1String("message")].toString().isEmpty());
    }

    void agentsAreRefusedEverywhere_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("events") << u"/api/v1/audit/events?order=grouped"_s;
        QTest::newRow("facets") << u"/api/v1/audit/facets"_s;
        QTest::newRow("activity") << u"/api/v1/audit/activity?from=2026-11-01&to=2026-11-30"_s;
        QTest::newRow("anchor") << u"/api/v1/audit/anchor"_s;
    }

    void agentsAreRefusedEverywhere()
    {
        QFETCH(QString, path);
        const Response agent = m_http->get(path, test::kAgentToken);
        QCOMPARE(agent.status, 403);
        QVERIFY(agent.isError(QStringLiteral("forbidden")));
        QCOMPARE(m_http->get(path, test::kLeadToken).status, 200);
        QCOMPARE(m_http->get(path, test::kAdminToken).status, 200);
    }

    void facetsListUsersAndActions()
    {
        const QJsonObject facets
            = m_http->get(QStringLiteral("/api/v1/audit/facets"), test::kLeadToken).json();
        QStringList actors;
        for (const QJsonValue &actor : facets[QLatin1String("actors")].toArray()) {
            actors.append(actor[QLatin1String("id")].toString());
            QVERIFY(!actor[QLatin1String("name")].toString().isEmpty());
        }
        QVERIFY(actors.contains(QStringLiteral("u-agent")));
        QVERIFY(actors.contains(QStringLiteral("u-lead")));
        QStringList actions;
        for (const QJsonValue &action : facets[QLatin1String("actions")].toArray())
            actions.append(action.toString());
        QCOMPARE(actions,
                 QStringList({ u"deal.move"_s, u"lead.comment"_s, u"lead.take"_s, u"merge.finish"_s,
                               u"merge.start"_s, u"merge.step.move-paid-lessons"_s }));
    }

    void activityCountsPerDayPerUser()
    {
        // In UTC, lead.take (23:30 on the 10th) is on the 10th; three hours east it is the 11th.
        const auto cells = [this](int offset) {
            const Response answer
                = m_http->get(QStringLiteral("/api/v1/audit/activity?from=2026-11-01&to=2026-11-30&"
                                             "utc_offset_minutes=%1")
                                  .arg(offset),
                              test::kLeadToken);
            QStringList out;
            for (const QJsonValue &cell : answer.json()[QLatin1String("days")].toArray()) {
                out.append(QStringLiteral("%1 %2 %3")
                               .arg(cell[QLatin1String("day")].toString(),
                                    cell[QLatin1String("actor")].toString())
                               .arg(cell[QLatin1String("count")].toInteger()));
            }
            out.append(QString::number(answer.json()[QLatin1String("total")].toInteger()));
            return out;
        };
        QCOMPARE(cells(0),
                 QStringList({ u"2026-11-10 u-agent 1"_s, u"2026-11-10 u-lead 1"_s,
                               u"2026-11-11 u-agent 1"_s, u"2026-11-12 u-agent 2"_s,
                               u"2026-11-13 u-lead 1"_s, u"6"_s }));
        QCOMPARE(cells(180),
                 QStringList({ u"2026-11-10 u-agent 1"_s, u"2026-11-11 u-agent 1"_s,
                               u"2026-11-11 u-lead 1"_s, u"2026-11-12 u-agent 2"_s,
                               u"2026-11-13 u-lead 1"_s, u"6"_s }));
        // Filters narrow the chart too.
        const Response merges = m_http->get(
            QStringLiteral("/api/v1/audit/activity?from=2026-11-01&to=2026-11-30&operation="
                           "op-merge"),
            test::kLeadToken);
        QCOMPARE(merges.json()[QLatin1String("total")].toInteger(), 3);
    }

    void anchorIsGenesisWhileNothingWasArchived()
    {
        const QJsonObject anchor
            = m_http->get(QStringLiteral("/api/v1/audit/anchor"), test::kLeadToken).json();
        QCOMPARE(anchor[QLatin1String("seq")].toInteger(), 0);
        QCOMPARE(anchor[QLatin1String("hash")].toString(), QString(64, QLatin1Char('0')));
        QVERIFY(!anchor.contains(QLatin1String("archive")));
    }

    // A grouped listing is a snapshot: pages read with the first page's as_of_seq neither
    // repeat nor skip rows when events arrive in between, and the total stays that of the
    // snapshot. Runs last: it adds an event.
    void laterPagesKeepTheFirstPagesSnapshot()
    {
        const Response first = m_http->get(
            QStringLiteral("/api/v1/audit/events?order=grouped&limit=2&with_total=true"),
            test::kLeadToken);
        const qint64 asOf = first.json()[QLatin1String("as_of_seq")].toInteger();
        QCOMPARE(asOf, m_posted.size());
        const QJsonArray before = grouped(QString(), 2);
        post(event(QStringLiteral("op-new"), QStringLiteral("u-lead"), QStringLiteral("lead.take"),
                   { QStringLiteral("777") }, QStringLiteral("2026-11-14T08:00:00.000Z")),
             test::kLeadToken);
        const QString snapshot = QStringLiteral("until_seq=%1").arg(asOf);
        QCOMPARE(grouped(snapshot, 2), before);
        const Response total = m_http->get(
            QStringLiteral("/api/v1/audit/events?order=grouped&with_total=true&") + snapshot,
            test::kLeadToken);
        QCOMPARE(total.json()[QLatin1String("total")].toInteger(), asOf);
        // Without it the new event is there, first.
        QCOMPARE(grouped(QString(), 2).size(), before.size() + 1);
        QCOMPARE(grouped(QString(), 2).first()[QLatin1String("action")].toString(),
                 QStringLiteral("lead.take"));
    }
};

QTEST_GUILESS_MAIN(AuditQueriesTest)
#include "tst_audit_queries.moc"
