#include "operations/User.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using opc::Role;
using opc::ops::User;

// User::fromJson is the console's reading of GET /api/v1/me: a wrong answer must be refused
// with the field named, never turned into a half-filled user.
class TestUser final : public QObject {
    Q_OBJECT

    static QJsonObject valid()
    {
        return QJsonObject { { QStringLiteral("id"), QStringLiteral("u-2") },
                             { QStringLiteral("login"), QStringLiteral("lead") },
                             { QStringLiteral("display_name"), QStringLiteral("Анна Лидова") },
                             { QStringLiteral("role"), QStringLiteral("team_lead") } };
    }

private Q_SLOTS:
    void parsesEveryRole_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<Role>("role");
        QTest::newRow("agent") << QStringLiteral("agent") << Role::Agent;
        QTest::newRow("team_lead") << QStringLiteral("team_lead") << Role::TeamLead;
        QTest::newRow("admin") << QStringLiteral("admin") << Role::Admin;
    }

    void parsesEveryRole()
    {
        QFETCH(QString, wire);
        QFETCH(Role, role);
        QJsonObject json = valid();
        json.insert(QStringLiteral("role"), wire);
        QString error;
        const auto user = User::fromJson(json, &error);
        QVERIFY2(user, qPrintable(error));
        QCOMPARE(user->id, QStringLiteral("u-2"));
        QCOMPARE(user->login, QStringLiteral("lead"));
        QCOMPARE(user->displayName, QStringLiteral("Анна Лидова"));
        QCOMPARE(user->role, role);
    }

    void ignoresUnknownExtraFields()
    {
        QJsonObject json = valid();
        json.insert(QStringLiteral("email"), QStringLiteral("lead@example.org"));
        QVERIFY(User::fromJson(json));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject json = valid();
            json.insert(key, value);
            return json;
        };
        const auto without = [](const QString &key) {
            QJsonObject json = valid();
            json.remove(key);
            return json;
        };
        QTest::newRow("empty object") << QJsonObject() << QStringLiteral("id");
        QTest::newRow("no id") << without(QStringLiteral("id")) << QStringLiteral("id");
        QTest::newRow("numeric id") << with(QStringLiteral("id"), 7) << QStringLiteral("id");
        QTest::newRow("blank id") << with(QStringLiteral("id"), QStringLiteral("  "))
                                  << QStringLiteral("id");
        QTest::newRow("no login") << without(QStringLiteral("login")) << QStringLiteral("login");
        QTest::newRow("null login")
            << with(QStringLiteral("login"), QJsonValue::Null) << QStringLiteral("login");
        QTest::newRow("no display_name")
            << without(QStringLiteral("display_name")) << QStringLiteral("display_name");
        QTest::newRow("array display_name")
            << with(QStringLiteral("display_name"), QJsonArray { QStringLiteral("x") })
            << QStringLiteral("display_name");
        QTest::newRow("no role") << without(QStringLiteral("role")) << QStringLiteral("role");
        QTest::newRow("unknown role")
            << with(QStringLiteral("role"), QStringLiteral("root")) << QStringLiteral("role");
        QTest::newRow("role in other case")
            << with(QStringLiteral("role"), QStringLiteral("Admin")) << QStringLiteral("role");
        QTest::newRow("role as number")
            << with(QStringLiteral("role"), 2) << QStringLiteral("role");
    }

    void refusesBadInput()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!User::fromJson(json, &error));
        QCOMPARE(error, field);
        QVERIFY(!User::fromJson(json)); // no error pointer: still refused, no crash
    }
};

QTEST_GUILESS_MAIN(TestUser)
#include "tst_user.moc"
