// The lead queues (issue 4, seed 003 §5) over real HTTP on loopback: free / mine / all (team
// leads only), search, the atomic take (two agents at once: one wins, the other learns who),
// release, status changes by the assignee, comments, and the change sequence clients poll.

#include "tst_leads_common.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

using namespace opc;
using namespace opc::test::leads;
using test::Response;

namespace {

QList<qint64> idsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids << item[QStringLiteral("id")].toInteger();
    return ids;
}

} // namespace

class LeadsQueueTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<LeadSandbox> m_sandbox;

    LeadSandbox &sb() { return *m_sandbox; }

    // Every item of a list, page by page.
    QJsonArray walk(const QString &path, const QByteArray &token = test::kAgentToken)
    {
        QJsonArray all;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            const QString separator
                = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
            const Response response = sb().http().get(
                path + separator + QStringLiteral("limit=200")
                    + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                token);
            if (response.status != 200) {
                qWarning("%s: %d %s", qPrintable(path), response.status, response.body.constData());
                return {};
            }
            for (const QJsonValue &item : response.json()[QStringLiteral("items")].toArray())
                all.append(item);
            cursor = response.json()[QStringLiteral("next_cursor")].toString();
            if (cursor.isEmpty())
                break;
        }
        return all;
    }

    qint64 firstFreeLead()
    {
        const Response free = sb().http().get(QStringLiteral("/api/v1/leads?queue=free&limit=1"));
        return free.json()[QStringLiteral("items")][0][QStringLiteral("id")].toInteger();
    }

    // A free lead taken by the agent; its ETag.
    QByteArray takenByAgent(qint64 *id)
    {
        *id = firstFreeLead();
        const Response take = sb().action(QStringLiteral("/api/v1/leads/%1/take").arg(*id));
        return take.status == 200 ? take.header("ETag") : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<LeadSandbox>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanup() { m_sandbox.reset(); }

    void queues()
    {
        const QJsonArray free = walk(QStringLiteral("/api/v1/leads?queue=free"));
        QVERIFY(free.size() > 10);
        for (const QJsonValue &lead : free) {
            QCOMPARE(lead[QStringLiteral("status")].toString(), QStringLiteral("free"));
            QVERIFY(lead[QStringLiteral("assignee")].isNull());
        }
        const QJsonArray mine = walk(QStringLiteral("/api/v1/leads?queue=mine"));
        QVERIFY(!mine.isEmpty());
        for (const QJsonValue &lead : mine) {
            QCOMPARE(lead[QStringLiteral("assignee")][QStringLiteral("id")].toString(),
                     QStringLiteral("u-agent"));
            QCOMPARE(lead[QStringLiteral("assignee")][QStringLiteral("display_name")].toString(),
                     kAgentName);
        }
        const QJsonArray leadsMine
            = walk(QStringLiteral("/api/v1/leads?queue=mine"), test::kLeadToken);
        QVERIFY(!leadsMine.isEmpty());
        const QList<qint64> agentIds = idsOf(mine);
        for (const qint64 id : idsOf(leadsMine))
            QVERIFY(!agentIds.contains(id));
        const QJsonArray all = walk(QStringLiteral("/api/v1/leads?queue=all"), test::kLeadToken);
        QCOMPARE(all.size(), 200);
        QCOMPARE(walk(QStringLiteral("/api/v1/leads?queue=all"), test::kAdminToken).size(), 200);
        // All by agent: the team lead's view of one agent's queue.
        QCOMPARE(walk(QStringLiteral("/api/v1/leads?queue=all&assignee=u-agent"), test::kLeadToken),
                 mine);
        // The item shape the console shows.
        const QJsonObject lead = mine.first().toObject();
        for (const char *key : { "id", "kind", "status", "received_at", "name", "phone", "email",
                                 "source", "medium", "assignee", "created_at", "version",
                                 "change_seq", "deal_id", "duplicate_of_deal", "comments_count" })
            QVERIFY2(lead.contains(QLatin1String(key)), key);
        QVERIFY(lead[QStringLiteral("phone")].toString().startsWith(QLatin1String("+")));
        const Response page = sb().http().get(QStringLiteral("/api/v1/leads?queue=free"));
        QVERIFY(page.json()[QStringLiteral("last_seq")].toInteger() >= 200);
    }

    void agentsMayNotSeeEveryonesQueue()
    {
        const Response all = sb().http().get(QStringLiteral("/api/v1/leads?queue=all"));
        QCOMPARE(all.status, 403);
        QVERIFY(all.isError(QStringLiteral("forbidden")));
    }

    void badQueueQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown queue")
            << QStringLiteral("queue=everyone") << QStringLiteral("queue");
        QTest::newRow("empty queue") << QStringLiteral("queue=") << QStringLiteral("queue");
        QTest::newRow("bad status")
            << QStringLiteral("queue=free&status=open") << QStringLiteral("status");
        QTest::newRow("blank q") << QStringLiteral("queue=free&q=%20%20") << QStringLiteral("q");
        QTest::newRow("long q") << QStringLiteral("q=") + QString(201, QLatin1Char('x'))
                                << QStringLiteral("q");
        QTest::newRow("bad limit")
            << QStringLiteral("queue=mine&limit=0") << QStringLiteral("limit");
        QTest::newRow("empty assignee")
            << QStringLiteral("queue=mine&assignee=") << QStringLiteral("assignee");
    }

    void badQueueQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const Response response = sb().http().get(QStringLiteral("/api/v1/leads?") + query);
        QCOMPARE(response.status, 422);
        QVERIFY2(response.isError(QStringLiteral("validation_failed")), response.body.constData());
        QCOMPARE(errorField(response), field);
    }

    void search_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("expect"); // a field value every hit has
        QTest::newRow("phone as typed")
            << QStringLiteral("8 (499) 765-43-21") << QStringLiteral("+74997654321");
        QTest::newRow("phone digits")
            << QStringLiteral("4997654321") << QStringLiteral("+74997654321");
        QTest::newRow("name, other case")
            << QStringLiteral("иВАН пЕТРОВ") << QStringLiteral("Иван Петров");
        QTest::newRow("e-mail part")
            << QStringLiteral("IVAN.PETROV@") << QStringLiteral("ivan.petrov@example.org");
    }

    void search()
    {
        QFETCH(QString, q);
        QFETCH(QString, expect);
        // A lead of Иван Петров's, from the form (duplicates off, so it is a free lead).
        QVERIFY(sb().setDuplicates(
            { { QStringLiteral("by_phone"), false }, { QStringLiteral("by_email"), false } }));
        const Response created
            = sb().webhook(QStringLiteral("form"),
                           { { QStringLiteral("phone"), QStringLiteral("+7 499 765 43 21") },
                             { QStringLiteral("email"), QStringLiteral("Ivan.Petrov@example.org") },
                             { QStringLiteral("name"), QStringLiteral("Иван Петров") } });
        QCOMPARE(created.status, 201);
        const QJsonArray hits = walk(QStringLiteral("/api/v1/leads?queue=free&q=")
                                     + QString::fromLatin1(QUrl::toPercentEncoding(q)));
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit[QStringLiteral("id")], created.json()[QStringLiteral("lead_id")]);
        QVERIFY(hit[QStringLiteral("phone")].toString() == expect
                || hit[QStringLiteral("name")].toString() == expect
                || hit[QStringLiteral("email")].toString() == expect);
        // Nothing for a text nobody has.
        QVERIFY(walk(QStringLiteral("/api/v1/leads?q=zzzqqq")).isEmpty());
    }

    void duplicatesAreListedWithTheirStatus()
    {
        const Response dup
            = sb().webhook(QStringLiteral("call"), { { QStringLiteral("phone"), kIvanPhone } });
        QCOMPARE(dup.status, 200);
        const QJsonArray logged
            = walk(QStringLiteral("/api/v1/leads?queue=all&status=duplicate"), test::kLeadToken);
        QCOMPARE(idsOf(logged),
                 QList<qint64> { dup.json()[QStringLiteral("lead_id")].toInteger() });
        // Not in anyone's queue.
        QVERIFY(!idsOf(walk(QStringLiteral("/api/v1/leads?queue=free")))
                     .contains(dup.json()[QStringLiteral("lead_id")].toInteger()));
    }

    // Two agents take one free lead at the same moment: exactly one gets it, the other learns
    // who did.
    void atomicTake()
    {
        const qint64 id = firstFreeLead();
        QNetworkAccessManager network;
        const QUrl url = sb().url().resolved(QUrl(QStringLiteral("/api/v1/leads/%1/take").arg(id)));
        QList<QNetworkReply *> replies;
        for (const QByteArray &token : { test::kAgentToken, kAgent2Token }) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + token);
            request.setRawHeader("Idempotency-Key", newKey());
            replies << network.post(request, QByteArray());
        }
        QEventLoop loop;
        int finished = 0;
        for (QNetworkReply *reply : replies)
            connect(reply, &QNetworkReply::finished, &loop, [&] {
                if (++finished == 2)
                    loop.quit();
            });
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(finished, 2);
        QList<int> statuses;
        QList<QJsonObject> bodies;
        for (QNetworkReply *reply : replies) {
            statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            bodies << QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
        }
        QCOMPARE(QSet<int>(statuses.begin(), statuses.end()), (QSet<int> { 200, 409 }));
        const int winner = statuses.indexOf(200);
        const QJsonObject won = bodies[winner];
        const QJsonObject lost = bodies[1 - winner];
        const QString winnerId = winner == 0 ? QStringLiteral("u-agent") : kAgent2Id;
        const QString winnerName = winner == 0 ? kAgentName : kAgent2Name;
        QCOMPARE(won[QStringLiteral("status")].toString(), QStringLiteral("in_work"));
        QCOMPARE(won[QStringLiteral("assignee")][QStringLiteral("id")].toString(), winnerId);
        const QJsonObject error = lost[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("lead_taken"));
        QCOMPARE(error[QStringLiteral("holder")][QStringLiteral("id")].toString(), winnerId);
        QCOMPARE(error[QStringLiteral("holder")][QStringLiteral("display_name")].toString(),
                 winnerName);
        QVERIFY(error[QStringLiteral("message")].toString().contains(winnerName));
        // The lead says the same.
        QCOMPARE(sb().lead(id)[QStringLiteral("assignee")][QStringLiteral("id")].toString(),
                 winnerId);
    }

    void takeEdgeCases()
    {
        qint64 id = 0;
        const QByteArray etag = takenByAgent(&id);
        QCOMPARE(etag, QByteArray("\"lead-%1-v2\"").replace("%1", QByteArray::number(id)));
        // Taking one's own lead again changes nothing.
        const Response again = sb().action(QStringLiteral("/api/v1/leads/%1/take").arg(id));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("ETag"), etag);
        // A team lead is refused like anyone else: taken is taken.
        const Response lead
            = sb().action(QStringLiteral("/api/v1/leads/%1/take").arg(id), test::kLeadToken);
        QCOMPARE(lead.status, 409);
        QCOMPARE(errorCode(lead), QStringLiteral("lead_taken"));
        // Unknown and malformed ids.
        QCOMPARE(sb().action(QStringLiteral("/api/v1/leads/999999/take")).status, 404);
        QCOMPARE(sb().action(QStringLiteral("/api/v1/leads/abc/take")).status, 404);
        // A logged duplicate cannot be taken.
        const Response dup
            = sb().webhook(QStringLiteral("call"), { { QStringLiteral("phone"), kIvanPhone } });
        const Response closed
            = sb().action(QStringLiteral("/api/v1/leads/%1/take")
                              .arg(dup.json()[QStringLiteral("lead_id")].toInteger()));
        QCOMPARE(closed.status, 409);
        QVERIFY(closed.isError(QStringLiteral("lead_closed")));
        // Without Idempotency-Key: the rule of every POST.
        const Response noKey = sb().http().send(
            "POST", QStringLiteral("/api/v1/leads/%1/take").arg(firstFreeLead()));
        QCOMPARE(noKey.status, 400);
    }

    void release()
    {
        qint64 id = 0;
        QVERIFY(!takenByAgent(&id).isEmpty());
        // Another agent may not release it.
        const Response other
            = sb().action(QStringLiteral("/api/v1/leads/%1/release").arg(id), kAgent2Token);
        QCOMPARE(other.status, 409);
        QCOMPARE(errorCode(other), QStringLiteral("lead_taken"));
        QCOMPARE(
            other.json()[QStringLiteral("error")][QStringLiteral("holder")][QStringLiteral("id")]
                .toString(),
            QStringLiteral("u-agent"));
        // The assignee may.
        const Response mine = sb().action(QStringLiteral("/api/v1/leads/%1/release").arg(id));
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json()[QStringLiteral("status")].toString(), QStringLiteral("free"));
        QVERIFY(mine.json()[QStringLiteral("assignee")].isNull());
        // A free lead is not taken.
        const Response free = sb().action(QStringLiteral("/api/v1/leads/%1/release").arg(id));
        QCOMPARE(free.status, 409);
        QVERIFY(free.isError(QStringLiteral("lead_not_taken")));
        // A team lead may release an agent's lead.
        QCOMPARE(sb().action(QStringLiteral("/api/v1/leads/%1/take").arg(id), kAgent2Token).status,
                 200);
        const Response byLead
            = sb().action(QStringLiteral("/api/v1/leads/%1/release").arg(id), test::kLeadToken);
        QCOMPARE(byLead.status, 200);
        QCOMPARE(byLead.json()[QStringLiteral("status")].toString(), QStringLiteral("free"));
        QCOMPARE(sb().action(QStringLiteral("/api/v1/leads/424242/release")).status, 404);
    }

    void statusByTheAssignee()
    {
        qint64 id = 0;
        const QByteArray etag = takenByAgent(&id);
        const QString path = QStringLiteral("/api/v1/leads/%1").arg(id);
        const QJsonObject success { { QStringLiteral("status"), QStringLiteral("success") } };
        // Preconditions first.
        const Response missing = sb().sendJson("PATCH", path, success, {});
        QCOMPARE(missing.status, 428);
        QVERIFY(missing.isError(QStringLiteral("precondition_required")));
        const Response stale = sb().sendJson("PATCH", path, success, "\"lead-1-v1\"");
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.isError(QStringLiteral("precondition_failed")));
        // Bad bodies.
        for (const QJsonObject &bad :
             { QJsonObject {}, QJsonObject { { QStringLiteral("status"), QStringLiteral("free") } },
               QJsonObject { { QStringLiteral("status"), QStringLiteral("duplicate") } },
               QJsonObject { { QStringLiteral("status"), 3 } } }) {
            const Response response = sb().sendJson("PATCH", path, bad, etag);
            QCOMPARE(response.status, 422);
            QCOMPARE(errorField(response), QStringLiteral("status"));
        }
        const Response unknown
            = sb().sendJson("PATCH", path,
                            { { QStringLiteral("status"), QStringLiteral("success") },
                              { QStringLiteral("assignee_id"), QStringLiteral("u-lead") } },
                            etag);
        QCOMPARE(unknown.status, 422);
        QCOMPARE(errorField(unknown), QStringLiteral("assignee_id"));
        // Only the assignee; a team lead too is refused.
        const Response other = sb().sendJson("PATCH", path, success, etag, kAgent2Token);
        QCOMPARE(other.status, 409);
        QCOMPARE(errorCode(other), QStringLiteral("lead_taken"));
        QCOMPARE(sb().sendJson("PATCH", path, success, etag, test::kLeadToken).status, 409);
        // The assignee's change.
        const Response done = sb().sendJson("PATCH", path, success, etag);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json()[QStringLiteral("status")].toString(), QStringLiteral("success"));
        QVERIFY(done.header("ETag") != etag);
        const Response failure = sb().sendJson(
            "PATCH", path, { { QStringLiteral("status"), QStringLiteral("failure") } },
            done.header("ETag"));
        QCOMPARE(failure.status, 200);
        QCOMPARE(failure.json()[QStringLiteral("status")].toString(), QStringLiteral("failure"));
        // Unknown lead.
        QCOMPARE(
            sb().sendJson("PATCH", QStringLiteral("/api/v1/leads/424242"), success, etag).status,
            404);
    }

    void statusOfAFreeLeadOrADuplicate()
    {
        const qint64 id = firstFreeLead();
        const QByteArray etag
            = sb().http().get(QStringLiteral("/api/v1/leads/%1").arg(id)).header("ETag");
        const Response free
            = sb().sendJson("PATCH", QStringLiteral("/api/v1/leads/%1").arg(id),
                            { { QStringLiteral("status"), QStringLiteral("in_work") } }, etag);
        QCOMPARE(free.status, 409);
        QVERIFY(free.isError(QStringLiteral("lead_not_taken")));
        const Response dup
            = sb().webhook(QStringLiteral("call"), { { QStringLiteral("phone"), kIvanPhone } });
        const qint64 dupId = dup.json()[QStringLiteral("lead_id")].toInteger();
        const Response closed = sb().sendJson(
            "PATCH", QStringLiteral("/api/v1/leads/%1").arg(dupId),
            { { QStringLiteral("status"), QStringLiteral("in_work") } },
            sb().http().get(QStringLiteral("/api/v1/leads/%1").arg(dupId)).header("ETag"));
        QCOMPARE(closed.status, 409);
        QVERIFY(closed.isError(QStringLiteral("lead_closed")));
    }

    void comments()
    {
        const qint64 id = firstFreeLead();
        const QString path = QStringLiteral("/api/v1/leads/%1/comments").arg(id);
        const QByteArray etag
            = sb().http().get(QStringLiteral("/api/v1/leads/%1").arg(id)).header("ETag");
        const Response added
            = sb().post(path, { { QStringLiteral("text"), QStringLiteral("Перезвонить завтра") } });
        QCOMPARE(added.status, 201);
        const QJsonObject comment = added.json();
        QCOMPARE(comment.keys(),
                 (QStringList { QStringLiteral("author"), QStringLiteral("author_id"),
                                QStringLiteral("created_at"), QStringLiteral("id"),
                                QStringLiteral("lead_id"), QStringLiteral("text") }));
        QCOMPARE(comment[QStringLiteral("author")].toString(), kAgentName);
        QCOMPARE(comment[QStringLiteral("author_id")].toString(), QStringLiteral("u-agent"));
        QCOMPARE(comment[QStringLiteral("lead_id")].toInteger(), id);
        QCOMPARE(sb().post(path, { { QStringLiteral("text"), QStringLiteral("второй") } },
                           test::kLeadToken)
                     .status,
                 201);
        // Listed oldest first, paginated.
        const Response first = sb().http().get(path + QStringLiteral("?limit=1"));
        QCOMPARE(first.json()[QStringLiteral("items")].toArray().size(), 1);
        QCOMPARE(first.json()[QStringLiteral("items")][0], QJsonValue(comment));
        const Response second
            = sb().http().get(path + QStringLiteral("?limit=1&cursor=")
                              + first.json()[QStringLiteral("next_cursor")].toString());
        QCOMPARE(second.json()[QStringLiteral("items")][0][QStringLiteral("author")].toString(),
                 QStringLiteral("Борис Егоров"));
        // A comment does not change the lead's version, but it is a change pollers see.
        const Response lead = sb().http().get(QStringLiteral("/api/v1/leads/%1").arg(id));
        QCOMPARE(lead.header("ETag"), etag);
        QCOMPARE(lead.json()[QStringLiteral("comments_count")].toInteger(), 2);
        QCOMPARE(lead.json()[QStringLiteral("change_seq")].toInteger(), sb().lastSeq());
        // Bad comments.
        for (const QJsonObject &bad :
             { QJsonObject {}, QJsonObject { { QStringLiteral("text"), QString() } },
               QJsonObject { { QStringLiteral("text"), QStringLiteral("   ") } },
               QJsonObject { { QStringLiteral("text"), 7 } },
               QJsonObject { { QStringLiteral("text"), QString(5001, QLatin1Char('x')) } } }) {
            const Response response = sb().post(path, bad);
            QCOMPARE(response.status, 422);
            QCOMPARE(errorField(response), QStringLiteral("text"));
        }
        const Response unknown = sb().post(path,
                                           { { QStringLiteral("text"), QStringLiteral("x") },
                                             { QStringLiteral("pinned"), true } });
        QCOMPARE(errorField(unknown), QStringLiteral("pinned"));
        QCOMPARE(sb().post(QStringLiteral("/api/v1/leads/424242/comments"),
                           { { QStringLiteral("text"), QStringLiteral("x") } })
                     .status,
                 404);
        QCOMPARE(sb().http().get(QStringLiteral("/api/v1/leads/424242/comments")).status, 404);
        QCOMPARE(sb().http().get(path + QStringLiteral("?cursor=zzz")).status, 400);
    }

    // Clients poll GET /api/v1/leads/changes?after=<last_seq>: every change (new, take,
    // release, status, comment) shows the lead once, in its latest state, in sequence order.
    void changesPolling()
    {
        const qint64 start = sb().http()
                                 .get(QStringLiteral("/api/v1/leads?queue=free&limit=1"))
                                 .json()[QStringLiteral("last_seq")]
                                 .toInteger();
        QVERIFY(start >= 200);
        const Response nothing
            = sb().http().get(QStringLiteral("/api/v1/leads/changes?after=%1").arg(start));
        QCOMPARE(nothing.status, 200);
        QVERIFY(nothing.json()[QStringLiteral("items")].toArray().isEmpty());
        QCOMPARE(nothing.json()[QStringLiteral("last_seq")].toInteger(), start);

        qint64 taken = 0;
        QVERIFY(!takenByAgent(&taken).isEmpty());
        const Response created
            = sb().webhook(QStringLiteral("call"),
                           { { QStringLiteral("phone"), QStringLiteral("+7 812 555 99 01") } });
        const qint64 newLead = created.json()[QStringLiteral("lead_id")].toInteger();
        QCOMPARE(sb().post(QStringLiteral("/api/v1/leads/%1/comments").arg(taken),
                           { { QStringLiteral("text"), QStringLiteral("x") } })
                     .status,
                 201);

        const Response changes
            = sb().http().get(QStringLiteral("/api/v1/leads/changes?after=%1").arg(start));
        const QJsonArray items = changes.json()[QStringLiteral("items")].toArray();
        QCOMPARE(idsOf(items), (QList<qint64> { newLead, taken })); // the take, then the comment
        QCOMPARE(items[1][QStringLiteral("status")].toString(), QStringLiteral("in_work"));
        QCOMPARE(items[1][QStringLiteral("comments_count")].toInteger(), 1);
        QCOMPARE(changes.json()[QStringLiteral("last_seq")].toInteger(), start + 3);
        QCOMPARE(items[1][QStringLiteral("change_seq")].toInteger(), start + 3);

        // Another agent's view changes too: the lead left the free queue.
        const Response other = sb().http().get(
            QStringLiteral("/api/v1/leads/changes?after=%1").arg(start + 2), kAgent2Token);
        QCOMPARE(idsOf(other.json()[QStringLiteral("items")].toArray()), QList<qint64> { taken });

        // Paging: from 0 in pages of 50 reaches the end without gaps or repeats.
        QSet<qint64> seen;
        qint64 after = 0;
        for (int page = 0; page < 20; ++page) {
            const Response response = sb().http().get(
                QStringLiteral("/api/v1/leads/changes?after=%1&limit=50").arg(after));
            QCOMPARE(response.status, 200);
            const QJsonArray batch = response.json()[QStringLiteral("items")].toArray();
            for (const qint64 id : idsOf(batch)) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
            }
            const qint64 next = response.json()[QStringLiteral("last_seq")].toInteger();
            if (batch.isEmpty()) {
                QCOMPARE(next, after);
                break;
            }
            QVERIFY(next > after);
            after = next;
        }
        QCOMPARE(seen.size(), 201);
        QCOMPARE(after, start + 3);
    }

    void badChangesQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("after not a number")
            << QStringLiteral("after=abc") << 422 << QStringLiteral("after");
        QTest::newRow("after negative")
            << QStringLiteral("after=-1") << 422 << QStringLiteral("after");
        QTest::newRow("after empty") << QStringLiteral("after=") << 422 << QStringLiteral("after");
        QTest::newRow("limit too big")
            << QStringLiteral("after=0&limit=201") << 422 << QStringLiteral("limit");
    }

    void badChangesQueries()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, field);
        const Response response = sb().http().get(QStringLiteral("/api/v1/leads/changes?") + query);
        QCOMPARE(response.status, status);
        QVERIFY(response.hasErrorBody());
        QCOMPARE(errorField(response), field);
        QCOMPARE(sb().http().send("GET", QStringLiteral("/api/v1/leads/changes"), {}).status, 401);
    }
};

QTEST_GUILESS_MAIN(LeadsQueueTest)
#include "tst_leads_queue.moc"
