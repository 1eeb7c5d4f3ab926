// The audit log's hash chain verified event by event: an intact chain passes; a changed field,
// a deleted event, reordered events, a log that does not start at event 1 and a forged link are
// each the first break, named with its sequence number and id.

#include "core/AuditChain.h"
#include "core/AuditChainVerifier.h"

#include <QJsonObject>
#include <QTest>

using namespace opc;

namespace {

// A chain of `count` stored events as the sandbox stores them (AuditApi.cpp).
QList<QJsonObject> chainOf(int count)
{
    QList<QJsonObject> events;
    QByteArray previous = chainGenesisHash();
    for (int seq = 1; seq <= count; ++seq) {
        QJsonObject event { { QStringLiteral("id"), QStringLiteral("event-%1").arg(seq) },
                            { QStringLiteral("action"), QStringLiteral("lead.take") },
                            { QStringLiteral("actor"), QStringLiteral("u-agent") },
                            { QStringLiteral("seq"), seq },
                            { QStringLiteral("prev_hash"), QString::fromLatin1(previous) } };
        previous = chainHash(previous, event);
        event.insert(QStringLiteral("hash"), QString::fromLatin1(previous));
        events << event;
    }
    return events;
}

std::optional<AuditChainBreak> verify(const QList<QJsonObject> &events, qint64 *checked = nullptr)
{
    AuditChainVerifier verifier;
    for (const QJsonObject &event : events)
        verifier.add(event);
    if (checked)
        *checked = verifier.checked();
    return verifier.firstBreak();
}

} // namespace

class TestAuditChainVerifier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void intactChain()
    {
        qint64 checked = 0;
        QVERIFY(!verify(chainOf(5), &checked));
        QCOMPARE(checked, 5);
        QVERIFY(!verify({}));
    }

    void changedField()
    {
        QList<QJsonObject> events = chainOf(5);
        events[2].insert(QStringLiteral("action"), QStringLiteral("lead.release"));
        qint64 checked = 0;
        const auto broken = verify(events, &checked);
        QVERIFY(broken);
        QCOMPARE(broken->seq, 3);
        QCOMPARE(broken->eventId, QStringLiteral("event-3"));
        QVERIFY2(broken->reason.contains(QStringLiteral("changed")), qPrintable(broken->reason));
        QCOMPARE(checked, 2);
    }

    void deletedEvent()
    {
        QList<QJsonObject> events = chainOf(5);
        events.removeAt(1);
        const auto broken = verify(events);
        QVERIFY(broken);
        QCOMPARE(broken->seq, 3);
        QVERIFY2(broken->reason.contains(QStringLiteral("missing")), qPrintable(broken->reason));
    }

    void deletedEventWithItsNumberTaken()
    {
        // The deleted event's number given to the next one: the numbers run on, the link fails.
        QList<QJsonObject> events = chainOf(5);
        events.removeAt(1);
        events[1].insert(QStringLiteral("seq"), 2);
        const auto broken = verify(events);
        QVERIFY(broken);
        QCOMPARE(broken->seq, 2);
        QCOMPARE(broken->eventId, QStringLiteral("event-3"));
        QVERIFY2(broken->reason.contains(QStringLiteral("deleted")), qPrintable(broken->reason));
    }

    void reorderedEvents()
    {
        QList<QJsonObject> events = chainOf(5);
        events.swapItemsAt(1, 2);
        const auto broken = verify(events);
        QVERIFY(broken);
        QCOMPARE(broken->eventId, QStringLiteral("event-3"));
        QVERIFY(broken->reason.contains(QStringLiteral("out of order")));
    }

    void logStartsLate()
    {
        QList<QJsonObject> events = chainOf(3);
        events.removeFirst();
        const auto broken = verify(events);
        QVERIFY(broken);
        QCOMPARE(broken->seq, 2);
        QVERIFY(broken->reason.contains(QStringLiteral("start")));
    }

    void forgedLinkAndMissingNumber()
    {
        QList<QJsonObject> events = chainOf(3);
        events[1].insert(QStringLiteral("prev_hash"), QString(64, QLatin1Char('a')));
        auto broken = verify(events);
        QVERIFY(broken);
        QCOMPARE(broken->seq, 2);

        events = chainOf(2);
        events[0].remove(QStringLiteral("seq"));
        broken = verify(events);
        QVERIFY(broken);
        QCOMPARE(broken->seq, 0);
        QCOMPARE(broken->eventId, QStringLiteral("event-1"));
    }

    void theFirstBreakStays()
    {
        QList<QJsonObject> events = chainOf(4);
        events[1].insert(QStringLiteral("actor"), QStringLiteral("u-lead"));
        events[3].insert(QStringLiteral("actor"), QStringLiteral("u-lead"));
        AuditChainVerifier verifier;
        QVERIFY(!verifier.add(events[0]));
        const auto first = verifier.add(events[1]);
        QVERIFY(first);
        QCOMPARE(verifier.add(events[3])->seq, first->seq);
        QCOMPARE(verifier.checked(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditChainVerifier)
#include "tst_audit_chain_verifier.moc"
