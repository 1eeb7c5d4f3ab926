// Acting as a partner's client (issue 5, seed 003 §6) over real HTTP on loopback: a one-time
// sign-in link into the client's cabinet is issued when the partner created the client or the
// client granted access (partner::actAsClientRefusal), refused 403 act_as_refused with the
// rule's reason otherwise, again once access is withdrawn; 404 for an unknown client; a retried
// POST answers the first link; a link is valid 10 minutes by the sandbox clock.

#include "core/partner/PartnerRules.h"
#include "tst_partner_common.h"

using namespace opc;
using namespace opc::test::partner;
using test::Response;

namespace {

const QString kLinkPrefix = QStringLiteral("https://cabinet.example/act-as/");

} // namespace

class PartnerActAsTest final : public QObject {
    Q_OBJECT

    std::unique_ptr<PartnerSandbox> m_sandbox;

    PartnerSandbox &sb() { return *m_sandbox; }

    static QString actAsPath(qint64 client)
    {
        return QStringLiteral("/api/v1/partner/clients/%1/act-as").arg(client);
    }

    Response actAs(qint64 client, const QByteArray &key = newKey())
    {
        return sb().post(actAsPath(client), {}, test::kAgentToken, key);
    }

    Response setAccess(qint64 client, const QJsonValue &granted)
    {
        return sb().post(QStringLiteral("/api/v1/partner/clients/%1/access").arg(client),
                         QJsonObject { { QStringLiteral("granted"), granted } });
    }

    QJsonObject client(qint64 id)
    {
        for (const QJsonValue &item : sb().get(QStringLiteral("/api/v1/partner/clients?limit=200"))
                                          .json()[QStringLiteral("items")]
                                          .toArray()) {
            if (item[QStringLiteral("id")].toInteger() == id)
                return item.toObject();
        }
        return {};
    }

    // A 403 act_as_refused with exactly the rule's reason.
    static bool isActAsRefusal(const Response &response)
    {
        const std::optional<QString> reason = opc::partner::actAsClientRefusal({});
        return response.status == 403 && response.isError(QStringLiteral("act_as_refused"))
            && reason && errorMessage(response) == *reason;
    }

    // A 201 link for `client` expiring 10 minutes after `now`.
    static bool isLinkFor(const Response &response, qint64 client, const QDateTime &now)
    {
        const QJsonObject body = response.json();
        const QString url = body[QStringLiteral("url")].toString();
        const bool ok = response.status == 201
            && body[QStringLiteral("client_id")].toInteger() == client
            && body[QStringLiteral("account_id")].toString()
                == QStringLiteral("PC-%1").arg(1000 + client)
            && url.startsWith(kLinkPrefix) && url.size() >= kLinkPrefix.size() + 20
            && QUrl(url, QUrl::StrictMode).isValid()
            && body[QStringLiteral("expires_at")].toString() == iso(now.addSecs(10 * 60));
        if (!ok)
            qWarning("not a link for client %lld at %s: %d %s", client, qPrintable(iso(now)),
                     response.status, response.body.constData());
        return ok;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<PartnerSandbox>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanup() { m_sandbox.reset(); }

    void aPartnerCreatedClientGetsAOneTimeLink()
    {
        const QDateTime now = sb().freezeClock();
        QVERIFY(client(kCreatedClient)[QStringLiteral("partner_created_cabinet")].toBool());
        const Response first = actAs(kCreatedClient);
        QVERIFY(isLinkFor(first, kCreatedClient, now));
        // Every link is a new one: a token is never handed out twice.
        const Response second = actAs(kCreatedClient);
        QVERIFY(isLinkFor(second, kCreatedClient, now));
        QVERIFY(first.json()[QStringLiteral("url")] != second.json()[QStringLiteral("url")]);
        // A referred client that granted access: a link too.
        QVERIFY(isLinkFor(actAs(kReferredWithAccessClient), kReferredWithAccessClient, now));
    }

    void aReferredClientIsRefusedUntilItGrantsAccess()
    {
        const QDateTime now = sb().freezeClock();
        QVERIFY(!client(kReferredClient)[QStringLiteral("access_granted")].toBool());
        QVERIFY(isActAsRefusal(actAs(kReferredClient)));

        const qint64 version = client(kReferredClient)[QStringLiteral("version")].toInteger();
        const Response granted = setAccess(kReferredClient, true);
        QCOMPARE(granted.status, 200);
        QCOMPARE(granted.json()[QStringLiteral("id")].toInteger(), kReferredClient);
        QCOMPARE(granted.json()[QStringLiteral("access_granted")].toBool(), true);
        QCOMPARE(granted.json()[QStringLiteral("partner_created_cabinet")].toBool(), false);
        QCOMPARE(granted.json()[QStringLiteral("version")].toInteger(), version + 1);
        QCOMPARE(client(kReferredClient), granted.json());
        QVERIFY(isLinkFor(actAs(kReferredClient), kReferredClient, now));

        // Granting again changes nothing, not even the version.
        QCOMPARE(setAccess(kReferredClient, true).json()[QStringLiteral("version")].toInteger(),
                 version + 1);

        // Withdrawn: refused again with the reason.
        const Response withdrawn = setAccess(kReferredClient, false);
        QCOMPARE(withdrawn.status, 200);
        QCOMPARE(withdrawn.json()[QStringLiteral("access_granted")].toBool(), false);
        QCOMPARE(withdrawn.json()[QStringLiteral("version")].toInteger(), version + 2);
        QVERIFY(isActAsRefusal(actAs(kReferredClient)));
        QVERIFY(!client(kReferredClient)[QStringLiteral("access_granted")].toBool());

        // A cabinet the partner created stays open whatever the access flag says.
        QCOMPARE(setAccess(kCreatedClient, false).status, 200);
        QVERIFY(isLinkFor(actAs(kCreatedClient), kCreatedClient, now));
    }

    void anUnknownClientIsNotFound()
    {
        for (const QString &id : { QStringLiteral("999999"), QStringLiteral("abc"),
                                   QStringLiteral("0"), QStringLiteral("-2") }) {
            const Response link
                = sb().post(QStringLiteral("/api/v1/partner/clients/%1/act-as").arg(id), {});
            QCOMPARE(link.status, 404);
            QVERIFY(link.hasErrorBody());
            const Response access
                = sb().post(QStringLiteral("/api/v1/partner/clients/%1/access").arg(id),
                            QJsonObject { { QStringLiteral("granted"), true } });
            QCOMPARE(access.status, 404);
            QVERIFY(access.hasErrorBody());
        }
    }

    void aRetriedRequestAnswersTheFirstLink()
    {
        const QDateTime now = sb().freezeClock();
        const QByteArray key = newKey();
        const Response first = actAs(kCreatedClient, key);
        QVERIFY(isLinkFor(first, kCreatedClient, now));
        sb().advanceDays(1); // a replay is the stored answer, whatever the clock says now
        const Response again = actAs(kCreatedClient, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json(), first.json());
        // The same key for another client is another request: refused.
        const Response reused = actAs(kReferredWithAccessClient, key);
        QCOMPARE(reused.status, 422);
        QVERIFY(reused.isError(QStringLiteral("idempotency_key_reused")));
        // A refusal is replayed too, even after access was granted meanwhile.
        const QByteArray refusedKey = newKey();
        QVERIFY(isActAsRefusal(actAs(kReferredClient, refusedKey)));
        QCOMPARE(setAccess(kReferredClient, true).status, 200);
        QVERIFY(isActAsRefusal(actAs(kReferredClient, refusedKey)));
        QCOMPARE(actAs(kReferredClient).status, 201);
        // Without a key the POST is refused, as every POST.
        const Response keyless = sb().http().post(actAsPath(kCreatedClient), {}, QByteArray());
        QCOMPARE(keyless.status, 400);
        QVERIFY(keyless.isError(QStringLiteral("idempotency_key_required")));
    }

    void aLinkIsValidTenMinutesByTheClock()
    {
        const QDateTime start = sb().freezeClock();
        QVERIFY(isLinkFor(actAs(kCreatedClient), kCreatedClient, start));
        // The clock stands still: ten minutes after it, not after the real time.
        QVERIFY(isLinkFor(actAs(kCreatedClient), kCreatedClient, start));
        const QDateTime later = sb().setNow(start.addSecs(3 * 3600 + 17));
        QCOMPARE(later, start.addSecs(3 * 3600 + 17));
        const Response link = actAs(kCreatedClient);
        QVERIFY(isLinkFor(link, kCreatedClient, later));
        QCOMPARE(fromIso(link.json()[QStringLiteral("expires_at")].toString()),
                 start.addSecs(3 * 3600 + 17 + 600));
        const QDateTime nextDay = sb().advanceDays(1);
        QVERIFY(isLinkFor(actAs(kCreatedClient), kCreatedClient, nextDay));
    }

    void theAccessWebhookChecksItsBody()
    {
        const QString path
            = QStringLiteral("/api/v1/partner/clients/%1/access").arg(kReferredClient);
        QVERIFY(isRefusal(setAccess(kReferredClient, QStringLiteral("yes")),
                          QStringLiteral("granted")));
        QVERIFY(isRefusal(setAccess(kReferredClient, 1), QStringLiteral("granted")));
        QVERIFY(isRefusal(sb().post(path, {}), QStringLiteral("granted")));
        QVERIFY(isRefusal(sb().post(path,
                                    QJsonObject { { QStringLiteral("granted"), true },
                                                  { QStringLiteral("grant"), true } }),
                          QStringLiteral("grant")));
        const Response notJson = sb().http().send(
            "POST", path, test::kAgentToken, "granted=true",
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(notJson.status, 400);
        // Nothing changed.
        QVERIFY(!client(kReferredClient)[QStringLiteral("access_granted")].toBool());
        QVERIFY(isActAsRefusal(actAs(kReferredClient)));
        // Any signed-in user may report it (the platform's webhook); nobody signed out.
        QCOMPARE(
            sb().post(path, QJsonObject { { QStringLiteral("granted"), true } }, test::kLeadToken)
                .status,
            200);
        const Response anonymous = sb().http().send(
            "POST", path, QByteArray(), R"({"granted":false})",
            { { "Content-Type", "application/json" }, { "Idempotency-Key", newKey() } });
        QCOMPARE(anonymous.status, 401);
        QVERIFY(client(kReferredClient)[QStringLiteral("access_granted")].toBool());
    }
};

QTEST_GUILESS_MAIN(PartnerActAsTest)
#include "tst_partner_act_as.moc"
