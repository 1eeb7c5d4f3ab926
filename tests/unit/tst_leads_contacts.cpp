// Phone and e-mail normalisation of incoming leads (seed 001: 7499…, 8499… and 499… are one
// number).

#include "core/leads/Email.h"
#include "core/leads/PhoneNumber.h"

#include <QTest>

using namespace opc::leads;

class TestLeadsContacts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void phoneTable_data();
    void phoneTable();
    void phoneErrorMayBeNull();
    void formatPhone_data();
    void formatPhone();
    void formatThenNormalizeIsStable();
    void emailTable_data();
    void emailTable();
};

void TestLeadsContacts::phoneTable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: invalid

    const QString moscow = QStringLiteral("+74997654321");
    // The seed's forms of one Moscow number.
    QTest::newRow("+7 (499) 765-43-21") << QStringLiteral("+7 (499) 765-43-21") << moscow;
    QTest::newRow("8 499 765 43 21") << QStringLiteral("8 499 765 43 21") << moscow;
    QTest::newRow("84997654321") << QStringLiteral("84997654321") << moscow;
    QTest::newRow("74997654321") << QStringLiteral("74997654321") << moscow;
    QTest::newRow("4997654321") << QStringLiteral("4997654321") << moscow;
    QTest::newRow("+7-499-765-43-21") << QStringLiteral("+7-499-765-43-21") << moscow;
    QTest::newRow("8(499)7654321") << QStringLiteral("8(499)7654321") << moscow;
    QTest::newRow("+74997654321") << QStringLiteral("+74997654321") << moscow;
    QTest::newRow("surrounding spaces") << QStringLiteral("  +7 499 765 43 21  ") << moscow;
    QTest::newRow("8-499-765-43-21") << QStringLiteral("8-499-765-43-21") << moscow;
    QTest::newRow("dots") << QStringLiteral("8.499.765.43.21") << moscow;
    QTest::newRow("7 (499) without +") << QStringLiteral("7 (499) 765 43 21") << moscow;
    QTest::newRow("(499) 765-43-21") << QStringLiteral("(499) 765-43-21") << moscow;
    QTest::newRow("tab and no-break space") << QStringLiteral("+7\t499\u00a0765 43 21") << moscow;
    QTest::newRow("+ 7 space after plus") << QStringLiteral("+ 7 499 765 43 21") << moscow;
    QTest::newRow("8 800 toll free")
        << QStringLiteral("8 (800) 555-35-35") << QStringLiteral("+78005553535");
    QTest::newRow("mobile +7 912")
        << QStringLiteral("+7 (912) 345-67-89") << QStringLiteral("+79123456789");
    QTest::newRow("mobile 10 digits")
        << QStringLiteral("9123456789") << QStringLiteral("+79123456789");
    QTest::newRow("seed 79056660046")
        << QStringLiteral("79056660046") << QStringLiteral("+79056660046");
    // Foreign numbers: + and 8 to 15 digits, kept as written.
    QTest::newRow("UK") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("+442079460958");
    QTest::newRow("US") << QStringLiteral("+1 (212) 555-0123") << QStringLiteral("+12125550123");
    QTest::newRow("Ukraine") << QStringLiteral("+380 44 123 4567")
                             << QStringLiteral("+380441234567");
    QTest::newRow("foreign 8 digits") << QStringLiteral("+12345678") << QStringLiteral("+12345678");
    QTest::newRow("foreign 15 digits")
        << QStringLiteral("+123456789012345") << QStringLiteral("+123456789012345");

    // Invalid.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("plus only") << QStringLiteral("+") << QString();
    QTest::newRow("separators only") << QStringLiteral("( ) - .") << QString();
    QTest::newRow("letters") << QStringLiteral("abc") << QString();
    QTest::newRow("letter l for 1") << QStringLiteral("8 499 765 43 2l") << QString();
    QTest::newRow("+7 and 9 digits") << QStringLiteral("+7 499 765 43 2") << QString();
    QTest::newRow("+7 and 11 digits") << QStringLiteral("+7 499 765 43 211") << QString();
    QTest::newRow("9 digits") << QStringLiteral("499765432") << QString();
    QTest::newRow("3 digits") << QStringLiteral("112") << QString();
    QTest::newRow("12 digits without +") << QStringLiteral("849976543211") << QString();
    QTest::newRow("11 digits starting with 9") << QStringLiteral("94997654321") << QString();
    QTest::newRow("foreign 7 digits") << QStringLiteral("+1234567") << QString();
    QTest::newRow("foreign 16 digits") << QStringLiteral("+1234567890123456") << QString();
    QTest::newRow("country code 0") << QStringLiteral("+0 123 456 789") << QString();
    QTest::newRow("open bracket") << QStringLiteral("8 (499 765-43-21") << QString();
    QTest::newRow("close bracket") << QStringLiteral("8 499) 765-43-21") << QString();
    QTest::newRow("nested brackets") << QStringLiteral("8 ((499)) 7654321") << QString();
    QTest::newRow("two bracket pairs") << QStringLiteral("8 (499) (765) 43 21") << QString();
    QTest::newRow("plus in the middle") << QStringLiteral("7 + 499 765 43 21") << QString();
    QTest::newRow("double plus") << QStringLiteral("++74997654321") << QString();
    QTest::newRow("extension") << QStringLiteral("8 499 765 43 21 доб. 12") << QString();
    QTest::newRow("national part starts with 0")
        << QStringLiteral("+7 (099) 765-43-21") << QString();
    QTest::newRow("10 digits starting with 0") << QStringLiteral("0499765432") << QString();
    QTest::newRow("slashes") << QStringLiteral("8/499/765/43/21") << QString();
    QTest::newRow("comma") << QStringLiteral("8 499 765 43 21,") << QString();
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("\u0664\u0669\u0669\u0667\u0666\u0665\u0664\u0663\u0662\u0661")
        << QString();
    QTest::newRow("two numbers") << QStringLiteral("84997654321, 84997654322") << QString();
}

void TestLeadsContacts::phoneTable()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error = QStringLiteral("untouched");
    const std::optional<QString> normalized = normalizePhone(input, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!normalized, qPrintable(normalized.value_or(QString())));
        QVERIFY(!error.isEmpty());
        QVERIFY(error != QStringLiteral("untouched"));
        QVERIFY(!error.startsWith(QStringLiteral("phone"), Qt::CaseInsensitive));
    } else {
        QVERIFY2(normalized, qPrintable(error));
        QCOMPARE(*normalized, expected);
        QCOMPARE(error, QStringLiteral("untouched"));
    }
}

void TestLeadsContacts::phoneErrorMayBeNull()
{
    QVERIFY(!normalizePhone(QStringLiteral("abc"), nullptr));
    QCOMPARE(normalizePhone(QStringLiteral("84997654321"), nullptr).value_or(QString()),
             QStringLiteral("+74997654321"));
}

void TestLeadsContacts::formatPhone_data()
{
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("moscow") << QStringLiteral("+74997654321")
                            << QStringLiteral("+7 (499) 765-43-21");
    QTest::newRow("mobile") << QStringLiteral("+79123456789")
                            << QStringLiteral("+7 (912) 345-67-89");
    QTest::newRow("foreign unchanged")
        << QStringLiteral("+442079460958") << QStringLiteral("+442079460958");
    QTest::newRow("not normalized unchanged")
        << QStringLiteral("8 499 765 43 21") << QStringLiteral("8 499 765 43 21");
    QTest::newRow("+7 with a letter unchanged")
        << QStringLiteral("+7499765432x") << QStringLiteral("+7499765432x");
    QTest::newRow("empty") << QString() << QString();
}

void TestLeadsContacts::formatPhone()
{
    QFETCH(QString, normalized);
    QFETCH(QString, formatted);
    QCOMPARE(opc::leads::formatPhone(normalized), formatted);
}

void TestLeadsContacts::formatThenNormalizeIsStable()
{
    for (const QString &number : { QStringLiteral("+74997654321"), QStringLiteral("+79056660046"),
                                   QStringLiteral("+442079460958") }) {
        QCOMPARE(normalizePhone(opc::leads::formatPhone(number), nullptr).value_or(QString()),
                 number);
    }
}

void TestLeadsContacts::emailTable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: invalid

    QTest::newRow("lower-cased") << QStringLiteral("User@Example.COM")
                                 << QStringLiteral("user@example.com");
    QTest::newRow("trimmed, plus tag")
        << QStringLiteral("  a.b+tag@mail.ru \t") << QStringLiteral("a.b+tag@mail.ru");
    QTest::newRow("subdomain") << QStringLiteral("x@sub.domain.org")
                               << QStringLiteral("x@sub.domain.org");
    QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.ie")
                                << QStringLiteral("o'brien@example.ie");
    QTest::newRow("dash, underscore, digits") << QStringLiteral("first_last-1@my-site2.co.uk")
                                              << QStringLiteral("first_last-1@my-site2.co.uk");
    QTest::newRow("Cyrillic domain")
        << QStringLiteral("user@Почта.РФ") << QStringLiteral("user@почта.рф");
    QTest::newRow("punycode domain")
        << QStringLiteral("a@xn--80a1acny.xn--p1ai") << QStringLiteral("a@xn--80a1acny.xn--p1ai");
    QTest::newRow("seed test@example.com")
        << QStringLiteral("test@example.com") << QStringLiteral("test@example.com");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("no @") << QStringLiteral("plainaddress") << QString();
    QTest::newRow("no local part") << QStringLiteral("@example.com") << QString();
    QTest::newRow("no domain") << QStringLiteral("user@") << QString();
    QTest::newRow("two @") << QStringLiteral("a@b@example.com") << QString();
    QTest::newRow("@@") << QStringLiteral("user@@example.com") << QString();
    QTest::newRow("domain without dot") << QStringLiteral("user@example") << QString();
    QTest::newRow("one-letter top level") << QStringLiteral("user@example.c") << QString();
    QTest::newRow("numeric top level") << QStringLiteral("user@example.123") << QString();
    QTest::newRow("label starts with dash") << QStringLiteral("user@-example.com") << QString();
    QTest::newRow("label ends with dash") << QStringLiteral("user@example-.com") << QString();
    QTest::newRow("empty label") << QStringLiteral("user@example..com") << QString();
    QTest::newRow("trailing dot") << QStringLiteral("user@example.com.") << QString();
    QTest::newRow("underscore in domain") << QStringLiteral("user@exa_mple.com") << QString();
    QTest::newRow("space inside") << QStringLiteral("user name@example.com") << QString();
    QTest::newRow("leading dot") << QStringLiteral(".user@example.com") << QString();
    QTest::newRow("dot before @") << QStringLiteral("user.@example.com") << QString();
    QTest::newRow("two dots") << QStringLiteral("us..er@example.com") << QString();
    QTest::newRow("display name") << QStringLiteral("Name <user@example.com>") << QString();
    QTest::newRow("mailto") << QStringLiteral("mailto:user@example.com") << QString();
    QTest::newRow("Cyrillic local part") << QStringLiteral("имя@почта.рф") << QString();
    QTest::newRow("local part of 65")
        << QString(65, u'a') + QStringLiteral("@example.com") << QString();
    QTest::newRow("two addresses") << QStringLiteral("a@example.com,b@example.com") << QString();
}

void TestLeadsContacts::emailTable()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const std::optional<QString> normalized = normalizeEmail(input, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!normalized, qPrintable(normalized.value_or(QString())));
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(normalized, qPrintable(error));
        QCOMPARE(*normalized, expected);
        QVERIFY(error.isEmpty());
    }
    QCOMPARE(normalizeEmail(input, nullptr).has_value(), !expected.isEmpty());
}

QTEST_GUILESS_MAIN(TestLeadsContacts)
#include "tst_leads_contacts.moc"
