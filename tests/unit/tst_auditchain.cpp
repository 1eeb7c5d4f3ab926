#include "core/AuditChain.h"

#include <QJsonArray>
#include <QTest>

class TestAuditChain final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void canonicalJsonIsCompactAndSorted()
    {
        const QJsonObject object { { QStringLiteral("b"), QStringLiteral("x") },
                                   { QStringLiteral("a"), 1 },
                                   { QStringLiteral("c"), QJsonArray { true, QJsonValue() } } };
        QCOMPARE(opc::canonicalJson(object), QByteArray(R"({"a":1,"b":"x","c":[true,null]})"));
    }

    void genesisIsSixtyFourZeros() { QCOMPARE(opc::chainGenesisHash(), QByteArray(64, '0')); }

    void hashMatchesAnIndependentComputation()
    {
        // sha256("0"*64 + "\n" + '{"a":1,"b":"x"}'), computed outside Qt.
        const QJsonObject event { { QStringLiteral("b"), QStringLiteral("x") },
                                  { QStringLiteral("a"), 1 } };
        QCOMPARE(opc::chainHash(opc::chainGenesisHash(), event),
                 QByteArray("0caed02cd70e22b7c5417a0fcd32019551dd32d6e2e57b4848aabc0ec687a4a5"));
    }

    void anyChangeBreaksTheChain()
    {
        const QJsonObject event { { QStringLiteral("seq"), 1 },
                                  { QStringLiteral("action"), QStringLiteral("x") } };
        const QByteArray hash = opc::chainHash(opc::chainGenesisHash(), event);
        QCOMPARE(hash.size(), 64);
        QCOMPARE(opc::chainHash(opc::chainGenesisHash(), event), hash);

        QJsonObject changed = event;
        changed.insert(QStringLiteral("action"), QStringLiteral("y"));
        QVERIFY(opc::chainHash(opc::chainGenesisHash(), changed) != hash);

        QJsonObject reordered = event;
        reordered.insert(QStringLiteral("seq"), 2);
        QVERIFY(opc::chainHash(opc::chainGenesisHash(), reordered) != hash);

        // The previous hash is part of the input: moving an event elsewhere changes its hash.
        QVERIFY(opc::chainHash(hash, event) != hash);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
