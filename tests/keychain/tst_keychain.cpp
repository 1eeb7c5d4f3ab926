#include "secrets/TokenStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using opc::secrets::TokenResult;
using opc::secrets::TokenStore;
using Status = TokenResult::Status;

// Runs against the real gnome-keyring that with-keyring.sh starts in a private D-Bus session.
class TestKeychain final : public QObject {
    Q_OBJECT

private:
    // One call's results, counted: every call must deliver exactly one.
    struct Outcome {
        int calls = 0;
        TokenResult result;
    };

    std::shared_ptr<Outcome> run(const std::function<void(TokenStore::Callback)> &call)
    {
        auto outcome = std::make_shared<Outcome>();
        call([outcome](const TokenResult &result) {
            ++outcome->calls;
            outcome->result = result;
        });
        [&] { QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 20000); }();
        return outcome;
    }

    TokenResult save(const QUrl &url, const QString &token)
    {
        return run([&](TokenStore::Callback done) { m_store.save(url, token, this, done); })
            ->result;
    }
    TokenResult load(const QUrl &url)
    {
        return run([&](TokenStore::Callback done) { m_store.load(url, this, done); })->result;
    }
    TokenResult remove(const QUrl &url)
    {
        return run([&](TokenStore::Callback done) { m_store.remove(url, this, done); })->result;
    }

    TokenStore m_store;
    const QUrl m_url { QStringLiteral("http://127.0.0.1:8080") };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("OPC_TEST_KEYRING"),
                 "run through tests/keychain/with-keyring.sh");
        // A service name of its own: even a stray run outside the wrapper cannot touch real
        // entries.
        m_store.setServiceName(QStringLiteral("operator-console-test-")
                               + QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void saveLoadRemoveRoundTrip()
    {
        const TokenResult saved = save(m_url, QStringLiteral("demo-agent-token"));
        QVERIFY2(saved.status == Status::Ok,
                 qPrintable(saved.message + QLatin1Char(' ') + saved.detail));

        const TokenResult loaded = load(m_url);
        QCOMPARE(loaded.status, Status::Ok);
        QCOMPARE(loaded.token, QStringLiteral("demo-agent-token"));
        QVERIFY(loaded.message.isEmpty());

        QCOMPARE(remove(m_url).status, Status::Ok);
        const TokenResult gone = load(m_url);
        QCOMPARE(gone.status, Status::NotFound);
        QVERIFY(gone.token.isEmpty());
        QVERIFY(!gone.message.isEmpty());
    }

    void nothingStoredIsNotFound()
    {
        const TokenResult result = load(QUrl(QStringLiteral("https://never-saved.example.org")));
        QCOMPARE(result.status, Status::NotFound);
        QVERIFY(result.message.contains(QLatin1String("No token")));
        // Removing what is not there is fine: the wanted state is reached.
        QCOMPARE(remove(QUrl(QStringLiteral("https://never-saved.example.org"))).status,
                 Status::Ok);
    }

    void saveOverwrites()
    {
        QCOMPARE(save(m_url, QStringLiteral("first")).status, Status::Ok);
        QCOMPARE(save(m_url, QStringLiteral("second")).status, Status::Ok);
        QCOMPARE(load(m_url).token, QStringLiteral("second"));
        QCOMPARE(remove(m_url).status, Status::Ok);
    }

    void everyCrmHasItsOwnEntry()
    {
        const QUrl other(QStringLiteral("http://127.0.0.1:8081"));
        const QUrl withPath(QStringLiteral("https://crm.example.org/school"));
        QCOMPARE(save(m_url, QStringLiteral("token-8080")).status, Status::Ok);
        QCOMPARE(save(other, QStringLiteral("token-8081")).status, Status::Ok);
        QCOMPARE(save(withPath, QStringLiteral("token-school")).status, Status::Ok);

        QCOMPARE(load(m_url).token, QStringLiteral("token-8080"));
        QCOMPARE(load(other).token, QStringLiteral("token-8081"));
        QCOMPARE(load(withPath).token, QStringLiteral("token-school"));
        // The same CRM written with a trailing slash is the same entry.
        QCOMPARE(load(QUrl(QStringLiteral("https://crm.example.org/school/"))).token,
                 QStringLiteral("token-school"));

        QCOMPARE(remove(other).status, Status::Ok);
        QCOMPARE(load(other).status, Status::NotFound);
        QCOMPARE(load(m_url).token, QStringLiteral("token-8080"));
        QCOMPARE(remove(m_url).status, Status::Ok);
        QCOMPARE(remove(withPath).status, Status::Ok);
    }

    void keysNameSchemeHostPortAndPath()
    {
        QCOMPARE(TokenStore::keyFor(QUrl(QStringLiteral("https://CRM.example.org"))),
                 QStringLiteral("operator-console:https://crm.example.org:443"));
        QCOMPARE(TokenStore::keyFor(QUrl(QStringLiteral("http://127.0.0.1:8080/api/"))),
                 QStringLiteral("operator-console:http://127.0.0.1:8080/api"));
        QVERIFY(TokenStore::keyFor(QUrl(QStringLiteral("http://crm.example.org")))
                != TokenStore::keyFor(QUrl(QStringLiteral("https://crm.example.org"))));
    }

    void deliversExactlyOnceAndNeverToADeadContext()
    {
        auto counted = run([&](TokenStore::Callback done) {
            m_store.save(m_url, QStringLiteral("x"), this, done);
        });
        QTest::qWait(300); // a late second result would show up here
        QCOMPARE(counted->calls, 1);

        int calls = 0;
        {
            QObject context;
            m_store.load(m_url, &context, [&calls](const TokenResult &) { ++calls; });
        } // destroyed before the keyring can answer
        // Another call after it, answered later than the first: once it is in, so would the first
        // be.
        auto after = run([&](TokenStore::Callback done) { m_store.load(m_url, this, done); });
        QCOMPARE(after->result.token, QStringLiteral("x"));
        QTest::qWait(200);
        QCOMPARE(calls, 0);
        QCOMPARE(remove(m_url).status, Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
