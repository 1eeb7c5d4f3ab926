#include "core/JsonFieldReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace opc;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// The strict reader shared by the merge's journal snapshot and the CRM answers it reads.
class TestJsonFieldReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsEveryKindOfField()
    {
        JsonFieldReader reader(parse(R"({"id":7,"n":null,"name":"x","on":true,"list":[1],
                                         "inner":{"a":1},"none":null,"count":3})"));
        QCOMPARE(reader.integer(QStringLiteral("id"), 1, 10), 7);
        QCOMPARE(reader.integerOrNull(QStringLiteral("n")), 0);
        QCOMPARE(reader.text(QStringLiteral("name")), QStringLiteral("x"));
        QCOMPARE(reader.textOrNull(QStringLiteral("none")), QString());
        QVERIFY(reader.flag(QStringLiteral("on")));
        QCOMPARE(reader.array(QStringLiteral("list")).size(), 1);
        QCOMPARE(reader.object(QStringLiteral("inner")).value(QLatin1String("a")).toInt(), 1);
        QVERIFY(!reader.objectOrNull(QStringLiteral("none")));
        QVERIFY(!reader.optionalObject(QStringLiteral("missing")));
        QCOMPARE(reader.count(QStringLiteral("count")), 3);
        QVERIFY2(reader.ok(), qPrintable(reader.problem()));
    }

    void keepsTheFirstProblemWithItsPath_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("out of range") << R"({"id":11})"
                                      << "top.id: expected a whole number from 1 to 10";
        QTest::newRow("fraction") << R"({"id":1.5})"
                                  << "top.id: expected a whole number from 1 to 10";
        QTest::newRow("text for a number") << R"({"id":"1"})"
                                           << "top.id: expected a whole number from 1 to 10";
        QTest::newRow("2^53 + 1 is not rounded into range")
            << R"({"id":9007199254740993})"
            << "top.id: expected a whole number from 1 to 10";
        QTest::newRow("missing object is not null") << R"({"id":1})"
                                                    << "top.inner: expected an object or null";
    }

    void keepsTheFirstProblemWithItsPath()
    {
        QFETCH(QString, json);
        QFETCH(QString, problem);
        QString found;
        JsonFieldReader reader(QJsonDocument::fromJson(json.toUtf8()).object(),
                               QStringLiteral("top"), &found);
        reader.integer(QStringLiteral("id"), 1, 10);
        reader.objectOrNull(QStringLiteral("inner"));
        reader.text(QStringLiteral("also-missing")); // a later problem does not replace it
        QCOMPARE(found, problem);
        QVERIFY(!reader.ok());
    }

    void adoptsANestedReadersProblemUnderItsPrefix()
    {
        JsonFieldReader outer(parse(R"({"methodist":{"id":"x"}})"));
        JsonFieldReader inner(outer.object(QStringLiteral("methodist")));
        inner.integer(QStringLiteral("id"));
        outer.adopt(QStringLiteral("methodist"), inner);
        QCOMPARE(outer.problem(), QStringLiteral("methodist.id: expected a whole number"));
    }
};

QTEST_GUILESS_MAIN(TestJsonFieldReader)
#include "tst_jsonfieldreader.moc"
