#include "secrets/TokenStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using opc::secrets::TokenResult;
using opc::secrets::TokenStore;
using Status = TokenResult::Status;

// No keychain at all: a session bus address that leads nowhere. Every call must still answer,
// once, with Unavailable and a message that says what to do, and never fall back to a file.
class TestKeychainUnavailable final : public QObject {
    Q_OBJECT

private:
    TokenResult call(const std::function<void(TokenStore::Callback)> &start)
    {
        int calls = 0;
        TokenResult result;
        start([&](const TokenResult &r) {
            ++calls;
            result = r;
        });
        [&] { QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 30000); }();
        QTest::qWait(100);
        [&] { QCOMPARE(calls, 1); }();
        return result;
    }

    QTemporaryDir m_home;
    TokenStore m_store;
    const QUrl m_url { QStringLiteral("http://127.0.0.1:8080") };
    const QString m_token = QStringLiteral("secret-token-that-must-not-land-in-a-file");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Set here rather than by ctest so that the test means the same when run by hand.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QFile::encodeName(QStringLiteral("unix:path=%1/no-such-bus").arg(m_home.path())));
        qunsetenv("GNOME_KEYRING_CONTROL");
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("XDG_DATA_HOME",
                QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
        for (const char *name : { "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION" })
            qunsetenv(name);
    }

    void saveIsUnavailable()
    {
        const TokenResult result
            = call([&](TokenStore::Callback done) { m_store.save(m_url, m_token, this, done); });
        QCOMPARE(result.status, Status::Unavailable);
        QVERIFY(result.message.contains(QLatin1String("keyring")));
        QVERIFY(result.message.contains(QLatin1String("Unlock")));
        QVERIFY(!result.detail.isEmpty());
        QVERIFY(!result.detail.contains(m_token));
    }

    void loadIsUnavailableNotNotFound()
    {
        const TokenResult result
            = call([&](TokenStore::Callback done) { m_store.load(m_url, this, done); });
        QCOMPARE(result.status, Status::Unavailable);
        QVERIFY(result.token.isEmpty());
    }

    void removeIsUnavailable()
    {
        const TokenResult result
            = call([&](TokenStore::Callback done) { m_store.remove(m_url, this, done); });
        QCOMPARE(result.status, Status::Unavailable);
    }

    void tokenWasWrittenNowhere()
    {
        // QtKeychain's insecure fallback would write to QSettings under HOME; we never enable it.
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_token.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
