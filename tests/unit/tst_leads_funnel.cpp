// Status groups (seed 001) and sales funnels with the generated history (seed 004).

#include "core/leads/Funnel.h"
#include "core/leads/StatusGroups.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace opc::leads;

namespace {

Stage stage(qint64 id, const QString &name, StageKind kind, int order)
{
    Stage s;
    s.id = id;
    s.name = name;
    s.kind = kind;
    s.sortOrder = order;
    return s;
}

// Seed 004's "Основная воронка": four stages in process at 10..40, success and failure.
QList<Stage> seedFunnel()
{
    return {
        stage(1, QStringLiteral("Новая сделка"), StageKind::InProcess, 10),
        stage(2, QStringLiteral("Подготовка документов"), StageKind::InProcess, 20),
        stage(3, QStringLiteral("Счет на предоплату"), StageKind::InProcess, 30),
        stage(4, QStringLiteral("Финальный счет"), StageKind::InProcess, 40),
        stage(1000, QStringLiteral("Успешно реализовано"), StageKind::Success, 9000),
        stage(10001, QStringLiteral("Сделка провалена"), StageKind::Failed, 9001),
    };
}

QDateTime day(int d)
{
    return QDateTime(QDate(2019, 8, d), QTime(7, 7), Qt::UTC);
}

HistoryEntry entry(qint64 stageId, const QDateTime &at, bool generated = false)
{
    HistoryEntry e;
    e.stageId = stageId;
    e.enteredAt = at;
    e.generated = generated;
    return e;
}

// "1@15" real, "2@17*" generated: compact and readable in failure messages.
QString describe(const QList<HistoryEntry> &history)
{
    QStringList parts;
    for (const HistoryEntry &e : history) {
        parts.append(QStringLiteral("%1@%2%3").arg(QString::number(e.stageId),
                                                   QString::number(e.enteredAt.date().day()),
                                                   e.generated ? QStringLiteral("*") : QString()));
    }
    return parts.join(u' ');
}

} // namespace

class TestLeadsFunnel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusGroupWireNames();
    void defaultMappingIsTheSeeds();
    void mappingJson();
    void mappingBadJson_data();
    void mappingBadJson();
    void validFunnels();
    void funnelProblems_data();
    void funnelProblems();
    void firstStage();
    void history_data();
    void history();
    void completingTwiceChangesNothing();
};

void TestLeadsFunnel::statusGroupWireNames()
{
    QCOMPARE(allStatusGroups().size(), 4);
    QSet<QString> names;
    for (StatusGroup group : allStatusGroups()) {
        QCOMPARE(statusGroupFromWire(statusGroupToWire(group)), std::optional<StatusGroup>(group));
        QVERIFY(!statusGroupDisplayName(group).isEmpty());
        names.insert(statusGroupDisplayName(group));
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(statusGroupToWire(StatusGroup::NotCounted), QStringLiteral("not_counted"));
    QCOMPARE(statusGroupToWire(StatusGroup::InWork), QStringLiteral("in_work"));
    QCOMPARE(statusGroupToWire(StatusGroup::Paid), QStringLiteral("paid"));
    QCOMPARE(statusGroupToWire(StatusGroup::Cancelled), QStringLiteral("cancelled"));
    QVERIFY(!statusGroupFromWire(QStringLiteral("Paid")));
}

void TestLeadsFunnel::defaultMappingIsTheSeeds()
{
    const StatusGroupMapping mapping = StatusGroupMapping::defaultMapping();
    QCOMPARE(mapping.groups.size(), 8);
    QCOMPARE(mapping.statusesIn(StatusGroup::NotCounted),
             QStringList({ QStringLiteral("confirmed"), QStringLiteral("missed") }));
    QCOMPARE(mapping.statusesIn(StatusGroup::InWork),
             QStringList({ QStringLiteral("in_progress"), QStringLiteral("scheduled"),
                           QStringLiteral("sms_confirmation_sent") }));
    QCOMPARE(mapping.statusesIn(StatusGroup::Paid), QStringList({ QStringLiteral("finished") }));
    QCOMPARE(mapping.statusesIn(StatusGroup::Cancelled),
             QStringList({ QStringLiteral("cancelled"), QStringLiteral("cancelled_by_sms") }));
    QCOMPARE(mapping.groupOf(QStringLiteral("scheduled")), StatusGroup::InWork);
    QCOMPARE(mapping.groupOf(QStringLiteral("finished")), StatusGroup::Paid);
    QCOMPARE(mapping.groupOf(QStringLiteral("cancelled_by_sms")), StatusGroup::Cancelled);
    QCOMPARE(mapping.groupOf(QStringLiteral("missed")), StatusGroup::NotCounted);
    QCOMPARE(mapping.groupOf(QStringLiteral("new")), StatusGroup::NotCounted); // unknown
    QCOMPARE(mapping.groupOf(QString()), StatusGroup::NotCounted);
}

void TestLeadsFunnel::mappingJson()
{
    const QJsonObject json = StatusGroupMapping::defaultMapping().toJson();
    QCOMPARE(json,
             QJsonDocument::fromJson(R"({"confirmed":"not_counted","missed":"not_counted",
                 "scheduled":"in_work","sms_confirmation_sent":"in_work","in_progress":"in_work",
                 "finished":"paid","cancelled_by_sms":"cancelled","cancelled":"cancelled"})")
                 .object());
    FieldError error;
    const auto back = StatusGroupMapping::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error.message));
    QCOMPARE(*back, StatusGroupMapping::defaultMapping());

    // Moving a status (drag and drop in the settings) and adding one.
    QJsonObject edited = json;
    edited.insert(QStringLiteral("missed"), QStringLiteral("cancelled"));
    edited.insert(QStringLiteral("new"), QStringLiteral("in_work"));
    const auto changed = StatusGroupMapping::fromJson(edited, &error);
    QVERIFY(changed);
    QCOMPARE(changed->groupOf(QStringLiteral("missed")), StatusGroup::Cancelled);
    QCOMPARE(changed->groupOf(QStringLiteral("new")), StatusGroup::InWork);
    QVERIFY(*changed != StatusGroupMapping::defaultMapping());

    QVERIFY(StatusGroupMapping::fromJson(QJsonObject(), nullptr)->groups.isEmpty());
}

void TestLeadsFunnel::mappingBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown group")
        << QByteArray(R"({"confirmed":"not_counted","missed":"lost"})") << QStringLiteral("missed");
    QTest::newRow("group not text")
        << QByteArray(R"({"finished":3})") << QStringLiteral("finished");
    QTest::newRow("group null") << QByteArray(R"({"finished":null})") << QStringLiteral("finished");
    QTest::newRow("display name instead of wire")
        << QByteArray(R"({"finished":"Paid"})") << QStringLiteral("finished");
    QTest::newRow("empty status") << QByteArray(R"({"":"paid"})") << QString();
    QTest::newRow("status with spaces")
        << QByteArray(R"({" finished":"paid"})") << QStringLiteral(" finished");
}

void TestLeadsFunnel::mappingBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    FieldError error;
    error.field = QStringLiteral("untouched");
    QVERIFY(!StatusGroupMapping::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
}

void TestLeadsFunnel::validFunnels()
{
    QCOMPARE(funnelProblem(seedFunnel()), QString());
    // Ids 0 are stages not saved yet; the bounds 0 and 10000 are allowed.
    QCOMPARE(funnelProblem({ stage(0, QStringLiteral("a"), StageKind::InProcess, 0),
                             stage(0, QStringLiteral("b"), StageKind::Success, 10000),
                             stage(0, QStringLiteral("c"), StageKind::Failed, 5000) }),
             QString());
}

void TestLeadsFunnel::funnelProblems_data()
{
    QTest::addColumn<QList<Stage>>("funnel");
    const QList<Stage> seed = seedFunnel();

    QTest::newRow("empty") << QList<Stage>();
    QList<Stage> funnel = seed;
    funnel[1].sortOrder = 10;
    QTest::newRow("same order") << funnel;
    funnel = seed;
    funnel[5].sortOrder = 10;
    QTest::newRow("failed shares an order") << funnel;
    funnel = seed;
    funnel[4].sortOrder = 10001;
    QTest::newRow("order above 10000") << funnel;
    funnel = seed;
    funnel[0].sortOrder = -1;
    QTest::newRow("negative order") << funnel;
    funnel = seed;
    funnel[3].kind = StageKind::Success;
    QTest::newRow("two success stages") << funnel;
    funnel = seed;
    funnel.removeAt(4);
    QTest::newRow("no success stage") << funnel;
    funnel = seed;
    funnel.removeAt(5);
    QTest::newRow("no failed stage") << funnel;
    funnel = seed;
    funnel[0].kind = StageKind::Failed;
    QTest::newRow("two failed stages") << funnel;
    funnel = { seed.at(4), seed.at(5) };
    QTest::newRow("no stage in process") << funnel;
    funnel = seed;
    funnel[2].name = QStringLiteral("  ");
    QTest::newRow("blank name") << funnel;
    funnel = seed;
    funnel[2].id = 1;
    QTest::newRow("same id") << funnel;
}

void TestLeadsFunnel::funnelProblems()
{
    QFETCH(QList<Stage>, funnel);
    QVERIFY(!funnelProblem(funnel).isEmpty());
}

void TestLeadsFunnel::firstStage()
{
    QList<Stage> funnel = seedFunnel();
    std::reverse(funnel.begin(), funnel.end());
    QCOMPARE(firstInProcessStage(funnel)->id, qint64(1));
    QVERIFY(!firstInProcessStage({ seedFunnel().at(4) }));
    QCOMPARE(stageKindToWire(StageKind::InProcess), QStringLiteral("in_process"));
    QCOMPARE(stageKindFromWire(QStringLiteral("failed")),
             std::optional<StageKind>(StageKind::Failed));
    QVERIFY(!stageKindFromWire(QStringLiteral("lost")));
}

void TestLeadsFunnel::history_data()
{
    QTest::addColumn<QList<HistoryEntry>>("passed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("seed deal 1: every stage, then success")
        << QList<HistoryEntry> { entry(1, day(15)), entry(2, day(16)), entry(3, day(17)),
                                 entry(4, day(18)), entry(1000, day(19)) }
        << QStringLiteral("1@15 2@16 3@17 4@18 1000@19");
    QTest::newRow("seed deal 2: first stage, then failed")
        << QList<HistoryEntry> { entry(1, day(15)), entry(10001, day(19)) }
        << QStringLiteral("1@15 10001@19");
    QTest::newRow("seed deal 3: up to the prepayment invoice")
        << QList<HistoryEntry> { entry(1, day(15)), entry(2, day(16)), entry(3, day(17)) }
        << QStringLiteral("1@15 2@16 3@17");
    QTest::newRow("one stage skipped")
        << QList<HistoryEntry> { entry(1, day(15)), entry(3, day(17)) }
        << QStringLiteral("1@15 2@17* 3@17");
    QTest::newRow("straight to success")
        << QList<HistoryEntry> { entry(1, day(15)), entry(1000, day(19)) }
        << QStringLiteral("1@15 2@19* 3@19* 4@19* 1000@19");
    QTest::newRow("skip to stage 4 then failed")
        << QList<HistoryEntry> { entry(1, day(15)), entry(4, day(16)), entry(10001, day(19)) }
        << QStringLiteral("1@15 2@16* 3@16* 4@16 10001@19");
    QTest::newRow("nothing before the first entry")
        << QList<HistoryEntry> { entry(3, day(15)), entry(4, day(16)) }
        << QStringLiteral("3@15 4@16");
    QTest::newRow("given out of time order")
        << QList<HistoryEntry> { entry(4, day(18)), entry(1, day(15)) }
        << QStringLiteral("1@15 2@18* 3@18* 4@18");
    QTest::newRow("backwards move generates nothing, entered stages are not generated")
        << QList<HistoryEntry> { entry(3, day(15)), entry(1, day(16)), entry(4, day(17)) }
        << QStringLiteral("3@15 1@16 2@17* 4@17");
    QTest::newRow("a skipped stage is generated once")
        << QList<HistoryEntry> { entry(1, day(15)), entry(3, day(16)), entry(1, day(17)),
                                 entry(3, day(18)) }
        << QStringLiteral("1@15 2@16* 3@16 1@17 3@18");
    QTest::newRow("reopened after failure")
        << QList<HistoryEntry> { entry(1, day(15)), entry(10001, day(16)), entry(4, day(17)) }
        << QStringLiteral("1@15 10001@16 4@17");
    QTest::newRow("a stage not in the funnel is kept and skipped over")
        << QList<HistoryEntry> { entry(1, day(15)), entry(99, day(16)), entry(4, day(17)) }
        << QStringLiteral("1@15 99@16 2@17* 3@17* 4@17");
    QTest::newRow("empty") << QList<HistoryEntry>() << QString();
}

void TestLeadsFunnel::history()
{
    QFETCH(QList<HistoryEntry>, passed);
    QFETCH(QString, expected);
    QCOMPARE(describe(completeHistory(seedFunnel(), passed)), expected);
}

void TestLeadsFunnel::completingTwiceChangesNothing()
{
    const QList<HistoryEntry> once = completeHistory(
        seedFunnel(), { entry(1, day(15)), entry(4, day(17)), entry(1000, day(19)) });
    QCOMPARE(describe(once), QStringLiteral("1@15 2@17* 3@17* 4@17 1000@19"));
    QCOMPARE(describe(completeHistory(seedFunnel(), once)), describe(once));
}

QTEST_GUILESS_MAIN(TestLeadsFunnel)
#include "tst_leads_funnel.moc"
