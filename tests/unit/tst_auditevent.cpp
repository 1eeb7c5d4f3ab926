#include "core/AuditEvent.h"
#include "opc/AppInfo.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using opc::AuditEvent;

namespace {

AuditEvent sample()
{
    AuditEvent event = opc::makeAuditEvent(QStringLiteral("op-1"), QStringLiteral("user-7"),
                                           QStringLiteral("merge.step.move-paid-lessons"),
                                           QStringLiteral("account"),
                                           { QStringLiteral("11"), QStringLiteral("12") });
    event.before = QJsonObject { { QStringLiteral("paid_lessons"), 8 } };
    event.after = QJsonObject { { QStringLiteral("paid_lessons"), 0 } };
    event.message = QStringLiteral("moved 8 lessons");
    return event;
}

} // namespace

class TestAuditEvent final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void makeFillsIdTimeAndVersion()
    {
        const AuditEvent event = sample();
        QVERIFY(!QUuid::fromString(event.id).isNull());
        QCOMPARE(event.result, QStringLiteral("ok"));
        QCOMPARE(event.appVersion, QString::fromLatin1(opc::kAppVersion));
        QVERIFY(event.occurredAt.isValid());
        QCOMPARE(event.occurredAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(event.occurredAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
        QVERIFY(opc::makeAuditEvent({}, {}, {}, {}, {}).id != event.id);
    }

    void jsonRoundTrip()
    {
        const AuditEvent event = sample();
        const QJsonObject json = event.toJson();
        QCOMPARE(json.value(QStringLiteral("operation_id")).toString(), QStringLiteral("op-1"));
        QCOMPARE(json.value(QStringLiteral("entity_ids")).toArray().size(), 2);
        QString error;
        const auto parsed = AuditEvent::fromJson(json, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(*parsed, event);
        // Milliseconds survive the text form.
        QCOMPARE(parsed->occurredAt.toMSecsSinceEpoch(), event.occurredAt.toMSecsSinceEpoch());
    }

    void optionalFieldsMayBeAbsent()
    {
        QJsonObject json = sample().toJson();
        json.remove(QStringLiteral("before"));
        json.remove(QStringLiteral("after"));
        json.remove(QStringLiteral("message"));
        const auto parsed = AuditEvent::fromJson(json);
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->before.isEmpty());
        QVERIFY(parsed->message.isEmpty());
    }

    void timeWithOffsetIsNormalisedToUtc()
    {
        QJsonObject json = sample().toJson();
        json.insert(QStringLiteral("occurred_at"), QStringLiteral("2025-04-01T13:00:00.250+03:00"));
        const auto parsed = AuditEvent::fromJson(json);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->occurredAt.timeSpec(), Qt::UTC);
        QCOMPARE(parsed->occurredAt.toString(Qt::ISODateWithMs),
                 QStringLiteral("2025-04-01T10:00:00.250Z"));
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
        QTest::addColumn<QString>("field");
        const QJsonValue missing(QJsonValue::Undefined);
        for (const char *required : { "id", "operation_id", "actor", "action", "entity_type",
                                      "result", "app_version", "occurred_at", "entity_ids" }) {
            const QString key = QString::fromLatin1(required);
            QTest::addRow("%s missing", required) << key << missing << key;
            QTest::addRow("%s a number", required) << key << QJsonValue(5) << key;
        }
        for (const char *nonEmpty : { "id", "operation_id", "actor", "action", "entity_type" }) {
            const QString key = QString::fromLatin1(nonEmpty);
            QTest::addRow("%s empty", nonEmpty) << key << QJsonValue(QString()) << key;
        }
        QTest::newRow("id not a uuid")
            << QStringLiteral("id") << QJsonValue(QStringLiteral("abc")) << QStringLiteral("id");
        QTest::newRow("result unknown")
            << QStringLiteral("result") << QJsonValue(QStringLiteral("done"))
            << QStringLiteral("result");
        QTest::newRow("entity id a number")
            << QStringLiteral("entity_ids") << QJsonValue(QJsonArray { 1 })
            << QStringLiteral("entity_ids");
        QTest::newRow("entity id empty")
            << QStringLiteral("entity_ids") << QJsonValue(QJsonArray { QString() })
            << QStringLiteral("entity_ids");
        QTest::newRow("before an array")
            << QStringLiteral("before") << QJsonValue(QJsonArray {}) << QStringLiteral("before");
        QTest::newRow("after a string")
            << QStringLiteral("after") << QJsonValue(QStringLiteral("x"))
            << QStringLiteral("after");
        QTest::newRow("message a number")
            << QStringLiteral("message") << QJsonValue(1) << QStringLiteral("message");
        QTest::newRow("time not a time")
            << QStringLiteral("occurred_at") << QJsonValue(QStringLiteral("yesterday"))
            << QStringLiteral("occurred_at");
    }
    void badInputNamesTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = sample().toJson();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        QString error;
        QVERIFY(!AuditEvent::fromJson(json, &error).has_value());
        QCOMPARE(error, field);
        // The error out-parameter is optional.
        QVERIFY(!AuditEvent::fromJson(json).has_value());
    }

    void emptyObjectIsRejected()
    {
        QString error;
        QVERIFY(!AuditEvent::fromJson(QJsonObject(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditEvent)
#include "tst_auditevent.moc"
