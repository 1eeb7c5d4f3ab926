// Partner lines and the sandbox clock (issue 5) over real HTTP on loopback: the status and days
// left of a line follow the sandbox clock (partner::lineStatusOn), the clock is a test control
// served only with --enable-faults and only to admins, and the partner's comment on a line is
// changed with If-Match like every other entity.

#include "core/partner/PartnerRules.h"
#include "tst_partner_common.h"

using namespace opc;
using namespace opc::test::partner;
using test::Response;

class PartnerLinesTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<PartnerSandbox> m_sandbox;

    PartnerSandbox &sb() { return *m_sandbox; }

    QList<qint64> idsWithStatus(const QString &status)
    {
        QList<qint64> ids;
        for (const QJsonValue &line :
             sb().get(QStringLiteral("/api/v1/partner/lines?limit=200&status=") + status)
                 .json()[QStringLiteral("items")]
                 .toArray())
            ids.append(line[QStringLiteral("id")].toInteger());
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<PartnerSandbox>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanup() { m_sandbox.reset(); }

    void statusFollowsTheSandboxClock()
    {
        const QJsonObject line = sb().line(kAvitoLine);
        const QDateTime expires = fromIso(line[QStringLiteral("expires_at")].toString());
        QCOMPARE(line[QStringLiteral("status")].toString(), QStringLiteral("expiring_30d"));
        QVERIFY(idsWithStatus(QStringLiteral("expiring_30d")).contains(kAvitoLine));
        struct Step {
            int daysBefore;
            const char *status;
        };
        for (const Step step :
             { Step { 8, "expiring_30d" }, Step { 7, "expiring_7d" }, Step { 1, "expiring_7d" },
               Step { 0, "expired" }, Step { -40, "expired" } }) {
            const QDateTime now = sb().setNow(expires.addDays(-step.daysBefore));
            QCOMPARE(now, expires.addDays(-step.daysBefore));
            const QJsonObject seen = sb().line(kAvitoLine);
            QCOMPARE(seen[QStringLiteral("status")].toString(), QLatin1String(step.status));
            QCOMPARE(seen[QStringLiteral("status")].toString(),
                     opc::partner::lineStatusToWire(
                         opc::partner::lineStatusOn(now.date(), expires.date())));
            QCOMPARE(seen[QStringLiteral("days_left")].toInteger(), step.daysBefore);
            QVERIFY(idsWithStatus(QLatin1String(step.status)).contains(kAvitoLine));
        }
        // Forty days on, every demo line but the longest ones has expired.
        const QList<qint64> active = idsWithStatus(QStringLiteral("active"));
        QVERIFY(!active.isEmpty());
        QVERIFY(!active.contains(kAvitoLine));
    }

    void statusFilterPagesThroughEveryMatch()
    {
        const QList<qint64> all = idsWithStatus(QStringLiteral("expired"));
        QVERIFY(all.size() >= 3);
        QList<qint64> paged;
        QString cursor;
        do {
            const Response page
                = sb().get(QStringLiteral("/api/v1/partner/lines?status=expired&limit=2") + cursor);
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json()[QStringLiteral("items")].toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue &line : items)
                paged.append(line[QStringLiteral("id")].toInteger());
            const QJsonValue next = page.json()[QStringLiteral("next_cursor")];
            cursor = next.isString() ? QStringLiteral("&cursor=") + next.toString() : QString();
        } while (!cursor.isEmpty());
        QCOMPARE(paged, all);
    }

    void theClockMovesForwardOnly()
    {
        const Response read = sb().get(QStringLiteral("/api/v1/_sandbox/clock"), test::kAdminToken);
        QCOMPARE(read.status, 200);
        const QDateTime before = fromIso(read.json()[QStringLiteral("now")].toString());
        QVERIFY(before.isValid());
        const QDateTime moved = sb().advanceDays(3);
        QVERIFY(moved >= before.addDays(3));
        // It stands still once moved.
        QCOMPARE(fromIso(sb().get(QStringLiteral("/api/v1/_sandbox/clock"), test::kAdminToken)
                             .json()[QStringLiteral("now")]
                             .toString()),
                 moved);
        QCOMPARE(sb().profile()[QStringLiteral("today")].toString(),
                 moved.date().toString(Qt::ISODate));
        QCOMPARE(sb().setNow(moved.addSecs(90)), moved.addSecs(90));
        // An offset is read as that instant, kept in UTC.
        const Response offset = sb().moveClock(
            QJsonObject { { QStringLiteral("now"),
                            moved.addDays(1).toOffsetFromUtc(3 * 3600).toString(Qt::ISODate) } });
        QCOMPARE(offset.status, 200);
        QCOMPARE(fromIso(offset.json()[QStringLiteral("now")].toString()).toSecsSinceEpoch(),
                 moved.addDays(1).toSecsSinceEpoch());
        // Back in time is refused.
        const Response back
            = sb().moveClock(QJsonObject { { QStringLiteral("now"), iso(moved.addDays(-1)) } });
        QVERIFY2(isRefusal(back, QStringLiteral("now")), back.body.constData());
        QVERIFY(errorMessage(back).contains(QLatin1String("forward")));
    }

    void badClockMovesAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("nothing") << QByteArray("{}") << QStringLiteral("advance_days");
        QTest::newRow("both") << QByteArray(R"({"advance_days":1,"now":"2999-01-01T00:00:00Z"})")
                              << QStringLiteral("now");
        QTest::newRow("negative days")
            << QByteArray(R"({"advance_days":-1})") << QStringLiteral("advance_days");
        QTest::newRow("too many days")
            << QByteArray(R"({"advance_days":3651})") << QStringLiteral("advance_days");
        QTest::newRow("fraction of a day")
            << QByteArray(R"({"advance_days":1.5})") << QStringLiteral("advance_days");
        QTest::newRow("days as text")
            << QByteArray(R"({"advance_days":"1"})") << QStringLiteral("advance_days");
        QTest::newRow("now a date only")
            << QByteArray(R"({"now":"2999-01-01"})") << QStringLiteral("now");
        QTest::newRow("now words") << QByteArray(R"({"now":"tomorrow"})") << QStringLiteral("now");
        QTest::newRow("now a number") << QByteArray(R"({"now":5})") << QStringLiteral("now");
        QTest::newRow("now impossible")
            << QByteArray(R"({"now":"2999-02-30T00:00:00Z"})") << QStringLiteral("now");
        QTest::newRow("unknown field")
            << QByteArray(R"({"advance_hours":1})") << QStringLiteral("advance_hours");
    }

    void badClockMovesAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Response refused = sb().http().send(
            "POST", QStringLiteral("/api/v1/_sandbox/clock"), test::kAdminToken, body,
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QVERIFY2(isRefusal(refused, field), refused.body.constData());
    }

    void theClockIsForAdmins()
    {
        for (const QByteArray &token : { test::kAgentToken, test::kLeadToken }) {
            const Response moved
                = sb().moveClock(QJsonObject { { QStringLiteral("advance_days"), 1 } }, token);
            QCOMPARE(moved.status, 403);
            QVERIFY(moved.isError(QStringLiteral("forbidden")));
            QCOMPARE(sb().get(QStringLiteral("/api/v1/_sandbox/clock"), token).status, 403);
        }
    }

    void theClockIsAbsentWithoutTestControls()
    {
        PartnerSandbox plain;
        QString error;
        QVERIFY2(plain.start(&error, false), qPrintable(error));
        const Response read
            = plain.get(QStringLiteral("/api/v1/_sandbox/clock"), test::kAdminToken);
        QCOMPARE(read.status, 404);
        QVERIFY(read.isError(QStringLiteral("not_found")));
        const Response moved
            = plain.moveClock(QJsonObject { { QStringLiteral("advance_days"), 1 } });
        QCOMPARE(moved.status, 404);
        // Everything else of the partner part is served; the clock is real time.
        const QJsonObject profile = plain.profile();
        QCOMPARE(profile[QStringLiteral("today")].toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    }

    void commentNeedsAFreshIfMatch()
    {
        const Response read = sb().get(QStringLiteral("/api/v1/partner/lines/2"));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.header("ETag"), QByteArray("\"partner-line-2-v1\""));
        const QJsonObject body { { QStringLiteral("comment"), QStringLiteral("Продлить в мае") } };
        // Preconditions first.
        const Response missing = sb().patchLine(2, body, {});
        QCOMPARE(missing.status, 428);
        QVERIFY(missing.isError(QStringLiteral("precondition_required")));
        const Response changed = sb().patchLine(2, body, read.header("ETag"));
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.header("ETag"), QByteArray("\"partner-line-2-v2\""));
        QCOMPARE(changed.json()[QStringLiteral("comment")].toString(),
                 QStringLiteral("Продлить в мае"));
        QCOMPARE(changed.json()[QStringLiteral("version")].toInteger(), 2);
        QCOMPARE(sb().line(2), changed.json());
        // Someone else wrote since: the old ETag is stale.
        const Response stale = sb().patchLine(
            2, QJsonObject { { QStringLiteral("comment"), QStringLiteral("другое") } },
            read.header("ETag"));
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.isError(QStringLiteral("precondition_failed")));
        QCOMPARE(sb().line(2)[QStringLiteral("comment")].toString(),
                 QStringLiteral("Продлить в мае"));
        // The same comment again changes nothing, not even the version.
        const Response same = sb().patchLine(2, body, changed.header("ETag"));
        QCOMPARE(same.status, 200);
        QCOMPARE(same.header("ETag"), changed.header("ETag"));
        // Empty clears it; exactly 1 000 characters fit.
        const Response cleared = sb().patchLine(
            2, QJsonObject { { QStringLiteral("comment"), QString() } }, changed.header("ETag"));
        QCOMPARE(cleared.status, 200);
        QCOMPARE(cleared.json()[QStringLiteral("comment")].toString(), QString());
        const Response longest = sb().patchLine(
            2, QJsonObject { { QStringLiteral("comment"), QString(1000, QChar(u'ж')) } },
            cleared.header("ETag"));
        QCOMPARE(longest.status, 200);
    }

    void badCommentsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("too long") << QByteArray("{\"comment\":\"" + QByteArray(1001, 'x') + "\"}")
                                  << QStringLiteral("comment");
        QTest::newRow("no comment") << QByteArray("{}") << QStringLiteral("comment");
        QTest::newRow("null") << QByteArray(R"({"comment":null})") << QStringLiteral("comment");
        QTest::newRow("number") << QByteArray(R"({"comment":5})") << QStringLiteral("comment");
        QTest::newRow("other field")
            << QByteArray(R"({"comment":"a","name":"b"})") << QStringLiteral("name");
    }

    void badCommentsAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Response refused = sb().http().send(
            "PATCH", QStringLiteral("/api/v1/partner/lines/2"), test::kAgentToken, body,
            { { "Content-Type", "application/json" }, { "If-Match", "\"partner-line-2-v1\"" } });
        QVERIFY2(isRefusal(refused, field), refused.body.constData());
        QCOMPARE(sb().line(2)[QStringLiteral("version")].toInteger(), 1);
    }

    void unknownLines()
    {
        for (const char *id : { "99999", "abc", "-1", "0" }) {
            const QString path = QStringLiteral("/api/v1/partner/lines/") + QLatin1String(id);
            QCOMPARE(sb().get(path).status, 404);
            const Response patched
                = sb().http().send("PATCH", path, test::kAgentToken, R"({"comment":"x"})",
                                   { { "Content-Type", "application/json" },
                                     { "If-Match", "\"partner-line-1-v1\"" } });
            QCOMPARE(patched.status, 404);
            QVERIFY(patched.isError(QStringLiteral("not_found")));
        }
    }

    void everyRoleMayComment()
    {
        QByteArray etag = sb().get(QStringLiteral("/api/v1/partner/lines/3")).header("ETag");
        for (const QByteArray &token : { test::kAgentToken, test::kLeadToken, test::kAdminToken }) {
            const Response changed = sb().http().send(
                "PATCH", QStringLiteral("/api/v1/partner/lines/3"), token,
                QJsonDocument(
                    QJsonObject { { QStringLiteral("comment"), QString::fromLatin1(token) } })
                    .toJson(QJsonDocument::Compact),
                { { "Content-Type", "application/json" }, { "If-Match", etag } });
            QCOMPARE(changed.status, 200);
            etag = changed.header("ETag");
        }
        QCOMPARE(sb().get(QStringLiteral("/api/v1/partner/lines/3"), "bad-token").status, 401);
    }
};

QTEST_GUILESS_MAIN(PartnerLinesTest)
#include "tst_partner_lines.moc"
