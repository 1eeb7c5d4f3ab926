#include "core/Role.h"

#include <QSet>
#include <QTest>

using opc::Role;

class TestRole final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wireNamesRoundTrip_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("wire");
        QTest::newRow("agent") << int(Role::Agent) << QStringLiteral("agent");
        QTest::newRow("team lead") << int(Role::TeamLead) << QStringLiteral("team_lead");
        QTest::newRow("admin") << int(Role::Admin) << QStringLiteral("admin");
    }
    void wireNamesRoundTrip()
    {
        QFETCH(int, role);
        QFETCH(QString, wire);
        QCOMPARE(opc::roleToWire(Role(role)), wire);
        const auto parsed = opc::roleFromWire(wire);
        QVERIFY(parsed.has_value());
        QCOMPARE(int(*parsed), role);
    }

    void unknownWireNamesAreRejected_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << QStringLiteral("Agent");
        QTest::newRow("display name") << QStringLiteral("Team lead");
        QTest::newRow("dash") << QStringLiteral("team-lead");
        QTest::newRow("padded") << QStringLiteral(" admin");
        QTest::newRow("other") << QStringLiteral("root");
    }
    void unknownWireNamesAreRejected()
    {
        QFETCH(QString, wire);
        QVERIFY(!opc::roleFromWire(wire).has_value());
    }

    void onlyLeadsAndAdminsReview()
    {
        QVERIFY(!opc::roleCanReview(Role::Agent));
        QVERIFY(opc::roleCanReview(Role::TeamLead));
        QVERIFY(opc::roleCanReview(Role::Admin));
    }

    void displayNamesAreDistinct()
    {
        QSet<QString> names;
        for (Role role : { Role::Agent, Role::TeamLead, Role::Admin }) {
            QVERIFY(!opc::roleDisplayName(role).isEmpty());
            names.insert(opc::roleDisplayName(role));
        }
        QCOMPARE(names.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
