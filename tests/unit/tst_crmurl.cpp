#include "operations/SignIn.h"

#include <QTest>
#include <QUrl>

using opc::ops::parseCrmUrl;

// What a person types as the CRM address: forms the sign-in dialog and --crm accept, and every
// refusal with a message (never an empty one, never a request sent to a half-guessed URL).
class TestCrmUrl final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host")
            << QStringLiteral("crm.example.org") << QStringLiteral("https://crm.example.org");
        QTest::newRow("host and port") << QStringLiteral("crm.example.org:8443")
                                       << QStringLiteral("https://crm.example.org:8443");
        QTest::newRow("loopback host and port")
            << QStringLiteral("127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("localhost")
            << QStringLiteral("localhost:9000") << QStringLiteral("http://localhost:9000");
        QTest::newRow("ipv6 loopback")
            << QStringLiteral("[::1]:9000") << QStringLiteral("http://[::1]:9000");
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:41234/")
                              << QStringLiteral("http://127.0.0.1:41234");
        QTest::newRow("https with path") << QStringLiteral("https://example.org/crm/")
                                         << QStringLiteral("https://example.org/crm");
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://crm.example.org")
                                           << QStringLiteral("https://crm.example.org");
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  crm.example.org \n") << QStringLiteral("https://crm.example.org");
    }

    void accepts()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = parseCrmUrl(typed, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.toString(), expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("mentions"); // a word the message must contain
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the CRM address");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Enter the CRM address");
        QTest::newRow("inner space")
            << QStringLiteral("crm example.org") << QStringLiteral("space");
        QTest::newRow("tab") << QStringLiteral("https://crm\t.org") << QStringLiteral("space");
        QTest::newRow("ftp") << QStringLiteral("ftp://crm.example.org") << QStringLiteral("ftp");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("file");
        QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("host");
        QTest::newRow("no host, path only")
            << QStringLiteral("http:///api") << QStringLiteral("host");
        QTest::newRow("bad port") << QStringLiteral("crm.example.org:http")
                                  << QStringLiteral("not a valid");
        QTest::newRow("port too big")
            << QStringLiteral("127.0.0.1:70000") << QStringLiteral("not a valid");
        QTest::newRow("query") << QStringLiteral("https://crm.example.org/?a=1")
                               << QStringLiteral("“?”");
        QTest::newRow("user name")
            << QStringLiteral("https://me@crm.example.org") << QStringLiteral("user name");
        // The token would cross the network unencrypted.
        QTest::newRow("plain http to a remote host")
            << QStringLiteral("http://crm.example.org") << QStringLiteral("https://");
        QTest::newRow("a name that only looks like loopback")
            << QStringLiteral("http://127.example.org") << QStringLiteral("https://");
        QTest::newRow("plain http to a LAN address")
            << QStringLiteral("http://192.168.1.10:8080") << QStringLiteral("unencrypted");
    }

    void refuses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, mentions);
        QString error;
        const QUrl url = parseCrmUrl(typed, &error);
        QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCrmUrl)
#include "tst_crmurl.moc"
