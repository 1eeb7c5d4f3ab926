// ops::actAsClient (issue 5, seed 003 §6) against a real crm-sandbox process: a sign-in link for
// a client the partner created, valid 10 minutes by the sandbox clock; a referred client refused
// with partner::actAsClientRefusal's reason; an unknown client; and the "partner.act_as_client"
// audit event of each delivered to the CRM, without the link itself, even when the window that
// asked is gone before the answer.

#include "core/partner/PartnerRules.h"
#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/Session.h"
#include "operations/SessionStart.h"
#include "operations/partner/PartnerActAs.h"
#include "support/Await.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"
#include "support/SessionSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace opc;
using namespace opc::test;

namespace {

constexpr int kWaitMs = 30000;
constexpr qint64 kCreatedClient = 2; // the partner created its cabinet (PC-1002)
constexpr qint64 kReferredClient = 3; // came by the referral link, granted nothing (PC-1003)

QString describe(const std::optional<crm::CrmError> &error)
{
    return error ? error->message + QStringLiteral(" | ") + error->detail : QStringLiteral("ok");
}

} // namespace

class TestPartnerActAsOps final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<ops::Session> m_agent;

    ops::ActAsResult actAs(qint64 clientId)
    {
        const auto asked = await<ops::ActAsResult>([&](QObject *context, auto done) {
            ops::actAsClient(ops::Actor::of(*m_agent), m_agent->client(), clientId, context,
                             std::move(done));
        });
        if (asked.calls != 1)
            qWarning("actAsClient delivered %d times", asked.calls);
        return asked.calls == 1 ? *asked.result : ops::ActAsResult {};
    }

    // Stops the sandbox clock where it is and answers its now.
    QDateTime freezeClock()
    {
        auto admin = clientFor(m_sandbox.url(), kAdminToken);
        crm::CrmRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/_sandbox/clock");
        request.body = QJsonObject { { QStringLiteral("advance_days"), 0 } };
        const crm::CrmResult moved = call(*admin, request);
        return QDateTime::fromString(moved.body[QLatin1String("now")].toString(), Qt::ISODateWithMs)
            .toUTC();
    }

    // The stored "partner.act_as_client" events of the agent about `clientId`, oldest first.
    QList<QJsonObject> eventsAbout(qint64 clientId)
    {
        QString error;
        QList<QJsonObject> found;
        for (const QJsonObject &event : auditEventsWithAction(
                 m_sandbox.url(), QStringLiteral("partner.act_as_client"), &error)) {
            if (event[QLatin1String("actor")].toString() == m_agent->user().id
                && event[QLatin1String("entity_ids")].toArray().contains(QString::number(clientId)))
                found << event;
        }
        if (!error.isEmpty())
            qWarning("audit: %s", qPrintable(error));
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                                 { QStringLiteral("--enable-faults") }),
                 qPrintable(m_sandbox.error()));
        QString failure;
        m_agent = startSessionFor(m_sandbox.url(), kAgentToken,
                                  m_dir.filePath(QStringLiteral("agent.sqlite")), &failure);
        QVERIFY2(m_agent, qPrintable(failure));
        QVERIFY(settle(m_agent->audit()));
    }

    void aPartnerCreatedClientGetsALinkAndItIsAudited()
    {
        const QDateTime now = freezeClock();
        QVERIFY(now.isValid());
        DeliveryWatch watch(m_agent->audit());
        const ops::ActAsResult link = actAs(kCreatedClient);
        QVERIFY2(link.ok(), qPrintable(describe(link.error)));
        QVERIFY(link.message.isEmpty());
        QCOMPARE(link.url.scheme(), QStringLiteral("https"));
        QCOMPARE(link.url.host(), QStringLiteral("cabinet.example"));
        QVERIFY2(link.url.path().startsWith(QLatin1String("/act-as/")),
                 qPrintable(link.url.toString()));
        QVERIFY(link.url.path().size() > int(qstrlen("/act-as/")) + 20);
        QCOMPARE(link.expiresAt, now.addSecs(10 * 60));

        QVERIFY(watch.waitFor(1));
        const QList<QJsonObject> events = eventsAbout(kCreatedClient);
        QCOMPARE(events.size(), 1);
        const QJsonObject &event = events.first();
        QCOMPARE(event[QLatin1String("result")].toString(), QStringLiteral("ok"));
        QCOMPARE(event[QLatin1String("entity_type")].toString(), QStringLiteral("partner_client"));
        QCOMPARE(event[QLatin1String("after")][QLatin1String("expires_at")].toString(),
                 link.expiresAt.toString(Qt::ISODateWithMs));
        // The link is a credential: it is never written to the audit log.
        const QByteArray stored = QJsonDocument(event).toJson(QJsonDocument::Compact);
        QVERIFY2(!stored.contains(link.url.path().toUtf8()), stored.constData());
    }

    void aReferredClientIsRefusedWithTheReason()
    {
        DeliveryWatch watch(m_agent->audit());
        const ops::ActAsResult refused = actAs(kReferredClient);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, crm::ErrorKind::Forbidden);
        QCOMPARE(refused.error->code, QStringLiteral("act_as_refused"));
        const std::optional<QString> reason = partner::actAsClientRefusal({});
        QVERIFY(reason);
        QCOMPARE(refused.message, *reason);
        QVERIFY(refused.url.isEmpty());

        QVERIFY(watch.waitFor(1));
        const QList<QJsonObject> events = eventsAbout(kReferredClient);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[QLatin1String("result")].toString(), QStringLiteral("failed"));
        QVERIFY(!events.first()[QLatin1String("message")].toString().isEmpty());
    }

    void anUnknownClientIsNotFound()
    {
        DeliveryWatch watch(m_agent->audit());
        const ops::ActAsResult missing = actAs(987654);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error->kind, crm::ErrorKind::NotFound);
        QVERIFY(!missing.message.isEmpty());
        QVERIFY(watch.waitFor(1));
        QCOMPARE(eventsAbout(987654).size(), 1);
    }

    // The window that asked closed before the CRM answered: nothing is delivered to it, and
    // the event is recorded all the same.
    void theEventIsRecordedWhenTheAskerIsGone()
    {
        DeliveryWatch watch(m_agent->audit());
        const int before = int(eventsAbout(kCreatedClient).size());
        int delivered = 0;
        {
            QObject window;
            ops::actAsClient(ops::Actor::of(*m_agent), m_agent->client(), kCreatedClient, &window,
                             [&delivered](const ops::ActAsResult &) { ++delivered; });
        }
        QVERIFY(watch.waitFor(1));
        QCOMPARE(delivered, 0);
        QCOMPARE(int(eventsAbout(kCreatedClient).size()), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestPartnerActAsOps)
#include "tst_partner_act_as_ops.moc"
