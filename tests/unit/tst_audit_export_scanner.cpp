// The audit export's page scanner (AuditPageScanner.h): formatting the CRM's bytes directly gives
// exactly what the QJsonObject-based formatter (AuditExportFormat.h) gives for the same events —
// for a corpus of awkward text (quotes, commas, CR/LF, tabs, Cyrillic, emoji as surrogate pairs,
// \u escapes, backslashes, empty strings, nested before/after, empty entity_ids, formula starts)
// and for a few thousand random events — while JSON lines are the CRM's bytes as they are. Each
// kind of malformed page is an error naming what was wrong; none is a crash or a guess.

#include "core/audit/AuditExportFormat.h"
#include "core/audit/AuditPageScanner.h"
#include "support/AuditExportReference.h"
#include "support/CsvReader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

// (moc misreads some raw string literals, so those holding quotes after a backslash or several
// quotes in a row are written as ordinary ones.)

using namespace opc;
using opc::test::appendAuditExportRow;
using opc::test::sampleStoredEvent;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A page as the CRM sends it (QJsonDocument writes it as the sandbox stores events).
QByteArray pageOf(const QList<QJsonObject> &events, const QJsonValue &cursor = QJsonValue::Null,
                  QJsonDocument::JsonFormat format = QJsonDocument::Compact)
{
    QJsonArray items;
    for (const QJsonObject &event : events)
        items.append(event);
    return QJsonDocument(QJsonObject { { QStringLiteral("items"), items },
                                       { QStringLiteral("next_cursor"), cursor } })
        .toJson(format);
}

// What the QJsonObject-based formatter writes for the events.
QByteArray reference(AuditExportFormat format, const QList<QJsonObject> &events)
{
    QByteArray out;
    for (const QJsonObject &event : events)
        appendAuditExportRow(format, event, out);
    return out;
}

// What the scanner writes for the page, or "<error: …>".
QByteArray scanned(AuditExportFormat format, const QByteArray &page)
{
    QByteArray out;
    QString error;
    if (!appendAuditPageRows(format, page, out, &error))
        return QByteArray("<error: ") + error.toUtf8() + '>';
    return out;
}

// A valid stored event's text, in the CRM's order (QJsonDocument's, then the hash the sandbox
// appends); the malformed cases each change one piece of it.
const QByteArray kItem
    = R"({"action":"lead.take","actor":"u-1","after":{"status":"in_work"},"app_version":"1.0.0",)"
      R"("before":{"status":"free"},"entity_ids":["501","502"],"entity_type":"lead","id":"id-1",)"
      R"("message":"hello","occurred_at":"2025-03-01T10:00:00.000Z","operation_id":"op-1",)"
      R"("prev_hash":"00","received_at":"2025-03-01T10:00:01.000Z","result":"ok","seq":7,)"
      R"("hash":"ab"})";

QByteArray pageWith(const QByteArray &items)
{
    return R"({"items":[)" + items + R"(],"next_cursor":null})";
}

QByteArray itemWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray item = kItem;
    Q_ASSERT(item.contains(from));
    return item.replace(from, to);
}

// Random text from characters that each need care somewhere.
QString randomText(QRandomGenerator &random)
{
    static const QList<QString> pieces {
        QStringLiteral("a"),      QStringLiteral("Z"),      QStringLiteral("0"),
        QStringLiteral(" "),      QStringLiteral(","),      QStringLiteral("\""),
        QStringLiteral("\r"),     QStringLiteral("\n"),     QStringLiteral("\t"),
        QStringLiteral(";"),      QStringLiteral("Ж"),      QStringLiteral("ё"),
        QStringLiteral("€"),      QStringLiteral("\\"),     QStringLiteral("/"),
        QStringLiteral("'"),      QStringLiteral("="),      QStringLiteral("+"),
        QStringLiteral("-"),      QStringLiteral("@"),      QStringLiteral("👍"),
        QStringLiteral("𝄞"),      QStringLiteral("\u0001"), QStringLiteral("\u001f"),
        QStringLiteral("\u007f"), QStringLiteral("\u2028"), QStringLiteral("\uFEFF"),
        QStringLiteral("{"),
    };
    QString text;
    const int length = int(random.bounded(14));
    for (int i = 0; i < length; ++i)
        text += pieces.at(random.bounded(int(pieces.size())));
    return text;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 2 ? 5 : 7)) {
    case 0:
        return randomText(random);
    case 1:
        return int(random.bounded(2000000)) - 1000000;
    case 2:
        return random.bounded(2) == 0;
    case 3:
        return QJsonValue::Null;
    case 4:
        return double(int(random.bounded(100000))) / 64; // exact in binary: one way to write it
    case 5: {
        QJsonArray array;
        for (int i = int(random.bounded(4)); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = int(random.bounded(4)); i > 0; --i)
            object.insert(randomText(random), randomValue(random, depth + 1));
        return object;
    }
    }
}

QJsonObject randomEvent(QRandomGenerator &random, qint64 seq)
{
    QJsonObject event = sampleStoredEvent(seq, randomText(random));
    for (const char *field : { "actor", "action", "entity_type", "operation_id", "result", "id" }) {
        if (random.bounded(3) == 0)
            event.insert(QLatin1String(field), randomText(random));
    }
    QJsonArray ids;
    for (int i = int(random.bounded(4)); i > 0; --i)
        ids.append(randomText(random));
    event.insert(QStringLiteral("entity_ids"), ids);
    for (const char *field : { "before", "after" }) {
        QJsonObject object;
        for (int i = int(random.bounded(5)); i > 0; --i)
            object.insert(randomText(random), randomValue(random, 1));
        event.insert(QLatin1String(field), object);
    }
    if (random.bounded(4) == 0)
        event.insert(QStringLiteral("extra"), randomValue(random, 1)); // a field the CSV leaves out
    return event;
}

} // namespace

class TestAuditExportScanner final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QJsonObject>("event");
        const auto with = [](const QString &message) { return sampleStoredEvent(42, message); };
        QTest::newRow("plain") << with(QStringLiteral("plain text"));
        QTest::newRow("empty message") << with(QString());
        QTest::newRow("quotes and commas") << with(QStringLiteral("Said \"no\", then \"left\""));
        QTest::newRow("only quotes") << with(QStringLiteral("\"\""));
        QTest::newRow("CR, LF, CRLF") << with(QStringLiteral("a\rb\nc\r\nd\r\n"));
        QTest::newRow("tabs") << with(QStringLiteral("a\tb\t"));
        QTest::newRow("cyrillic") << with(QStringLiteral("Клиент сказал: \"перезвоните\", завтра"));
        QTest::newRow("emoji") << with(QStringLiteral("ok 👍 🎉 𝄞"));
        QTest::newRow("backslashes") << with(QStringLiteral("C:\\path\\to\\\"file\"\\"));
        QTest::newRow("slash") << with(QStringLiteral("a/b</script>"));
        QTest::newRow("control characters")
            << with(QStringLiteral("\u0001\u0008\u000b\u000c\u001f\u007f end"));
        QTest::newRow("line and paragraph separators") << with(QStringLiteral("a\u2028b\u2029c"));
        QTest::newRow("byte-order mark inside") << with(QStringLiteral("\uFEFFtext"));
        QTest::newRow("formula =") << with(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
        QTest::newRow("formula +") << with(QStringLiteral("+1"));
        QTest::newRow("formula -") << with(QStringLiteral("-2+3"));
        QTest::newRow("formula @") << with(QStringLiteral("@SUM(A1)"));
        QTest::newRow("formula tab") << with(QStringLiteral("\t=1"));
        QTest::newRow("formula CR") << with(QStringLiteral("\r=1"));
        QTest::newRow("formula with comma") << with(QStringLiteral("=1,2"));
        QTest::newRow("formula char later") << with(QStringLiteral("a=1"));

        QJsonObject event = with(QStringLiteral("x"));
        event.insert(QStringLiteral("entity_ids"), QJsonArray {});
        QTest::newRow("empty entity_ids") << event;
        event.insert(QStringLiteral("entity_ids"),
                     QJsonArray { QString(), QStringLiteral("a,1"), QStringLiteral("\"q\""),
                                  QString(), QStringLiteral("Ж") });
        QTest::newRow("entity_ids with empty and special ids") << event;
        event.insert(QStringLiteral("entity_ids"), QJsonArray { QStringLiteral("-5") });
        QTest::newRow("entity_ids starting with -") << event;

        event = with(QStringLiteral("x"));
        event.insert(QStringLiteral("before"), QJsonObject {});
        event.insert(QStringLiteral("after"), QJsonObject {});
        QTest::newRow("empty before and after") << event;
        event.insert(
            QStringLiteral("before"),
            QJsonObject {
                { QStringLiteral("comment"), QStringLiteral("Имя, \"в кавычках\"\nи строка\\ 👍") },
                { QStringLiteral("ids"), QJsonArray { 1, 2, -3 } },
                { QStringLiteral("nested"),
                  QJsonObject { { QStringLiteral("deep"),
                                  QJsonObject { { QStringLiteral("x"), QJsonValue::Null },
                                                { QStringLiteral("y"), true },
                                                { QStringLiteral("z"), 1.5 } } } } },
                { QStringLiteral("ключ, \"с кавычками\""), QStringLiteral("v") },
                { QString(), QString() } });
        event.insert(QStringLiteral("after"),
                     QJsonObject { { QStringLiteral("list"),
                                     QJsonArray { QJsonArray {}, QJsonObject {},
                                                  QStringLiteral("\t"), 0.25, false } } });
        QTest::newRow("nested before and after") << event;

        event = with(QStringLiteral("x"));
        event.insert(QStringLiteral("actor"), QStringLiteral("@admin"));
        event.insert(QStringLiteral("operation_id"), QString());
        event.insert(QStringLiteral("result"), QStringLiteral("failed"));
        event.insert(QStringLiteral("seq"), qint64(9007199254740));
        QTest::newRow("other columns") << event;
    }

    // The same bytes as the QJsonObject-based formatter; JSON lines as the CRM wrote the event.
    void corpus()
    {
        QFETCH(QJsonObject, event);
        const QByteArray page = pageOf({ event, event });
        QCOMPARE(scanned(AuditExportFormat::Csv, page),
                 reference(AuditExportFormat::Csv, { event, event }));
        const QByteArray line = compact(event) + '\n';
        QCOMPARE(scanned(AuditExportFormat::JsonLines, page), line + line);
        QCOMPARE(scanned(AuditExportFormat::JsonLines, page),
                 reference(AuditExportFormat::JsonLines, { event, event }));
        // And a strict CSV reader gives the message back (with the formula quote if it needs one).
        QString error;
        const auto rows = test::readCsv(scanned(AuditExportFormat::Csv, page), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->first().size(), 14);
        const QByteArray message = event.value(QLatin1String("message")).toString().toUtf8();
        const bool formula = !message.isEmpty() && QByteArray("=+-@\t\r").contains(message.at(0));
        QCOMPARE(rows->first().at(9), formula ? '\'' + message : message);
    }

    // Escapes as other writers use them (QJsonDocument never writes these): each decoded.
    void escapes_data()
    {
        QTest::addColumn<QByteArray>("json"); // the message's JSON text, quotes included
        QTest::addColumn<QByteArray>("cell"); // the CSV cell

        QTest::newRow("\\u ASCII") << QByteArray(R"("\u0041\u0062c")") << QByteArray("Abc");
        QTest::newRow("\\u two-byte")
            << QByteArray(R"("\u00e9\u00C9")") << QByteArray("\xC3\xA9\xC3\x89");
        QTest::newRow("\\u Cyrillic")
            << QByteArray(R"("\u0416\u0451")") << QStringLiteral("Жё").toUtf8();
        QTest::newRow("\\u three-byte") << QByteArray(R"("\u20AC")") << QByteArray("\xE2\x82\xAC");
        QTest::newRow("surrogate pair")
            << QByteArray(R"("ok \ud83d\udc4d")") << QByteArray("ok \xF0\x9F\x91\x8D");
        QTest::newRow("surrogate pair, upper case")
            << QByteArray(R"("\uD834\uDD1E")") << QByteArray("\xF0\x9D\x84\x9E");
        QTest::newRow("lone high surrogate") << QByteArray(R"("a\ud800b")")
                                             << QByteArray("a\xEF\xBF\xBD"
                                                           "b");
        QTest::newRow("lone low surrogate")
            << QByteArray(R"("\udc00")") << QByteArray("\xEF\xBF\xBD");
        QTest::newRow("high surrogate, then not a low one") << QByteArray(R"("\ud800\u0041")")
                                                            << QByteArray("\xEF\xBF\xBD"
                                                                          "A");
        QTest::newRow("two high surrogates, then a low one")
            << QByteArray(R"("\ud83d\ud83d\udc4d")") << QByteArray("\xEF\xBF\xBD\xF0\x9F\x91\x8D");
        QTest::newRow("escaped slash, b, f") << QByteArray(R"("\/\b\f")") << QByteArray("/\b\f");
        QTest::newRow("\\u quote and comma")
            << QByteArray(R"("\u0022\u002c")") << QByteArray("\"\"\",\"");
        QTest::newRow("\\u CR and LF")
            << QByteArray(R"("a\u000d\u000ab")") << QByteArray("\"a\r\nb\"");
        QTest::newRow("\\u NUL") << QByteArray(R"("a\u0000b")") << QByteArray("a\0b", 3);
        QTest::newRow("\\u formula") << QByteArray(R"("\u003d1")") << QByteArray("'=1");
        QTest::newRow("\\t formula") << QByteArray(R"("\t1")") << QByteArray("'\t1");
        QTest::newRow("\\r formula, quoted") << QByteArray(R"("\r1")") << QByteArray("\"'\r1\"");
        QTest::newRow("raw UTF-8, 4 bytes")
            << QByteArray("\"\xF0\x9F\x91\x8D\"") << QByteArray("\xF0\x9F\x91\x8D");
    }

    void escapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, cell);
        const QByteArray page = pageWith(itemWith(R"("message":"hello")", "\"message\":" + json));
        const QByteArray row = scanned(AuditExportFormat::Csv, page);
        QString error;
        const auto rows = test::readCsv(row, &error);
        QVERIFY2(rows, qPrintable(error + QLatin1Char(' ') + QString::fromUtf8(row)));
        QCOMPARE(rows->first().size(), 14);
        // The cell as written: between the result's ",ok," and the before object.
        const qsizetype start = row.indexOf(",ok,") + 4;
        const qsizetype end = row.indexOf(",\"{", start);
        QCOMPARE(row.mid(start, end - start), cell);
        // Where Qt's parser reads the same text, the formatter agrees.
        if (!json.contains("\\ud8") && !json.contains("\\udc")
            && !json.contains("\\ud83d\\ud83d")) {
            const QJsonObject event = QJsonDocument::fromJson(page)
                                          .object()
                                          .value(QLatin1String("items"))
                                          .toArray()
                                          .first()
                                          .toObject();
            QCOMPARE(row, reference(AuditExportFormat::Csv, { event }));
        }
        // JSON lines: the event's text, untouched.
        QCOMPARE(scanned(AuditExportFormat::JsonLines, page),
                 itemWith(R"("message":"hello")", "\"message\":" + json) + '\n');
    }

    // Whitespace between tokens (a CRM that pretty-prints): the same rows, each event on one line.
    void whitespaceBetweenTokens()
    {
        QList<QJsonObject> events;
        for (int i = 0; i < 3; ++i) {
            QJsonObject event = sampleStoredEvent(i + 1, QStringLiteral("a b  \"c\", d\n"));
            event.insert(
                QStringLiteral("before"),
                QJsonObject { { QStringLiteral("k v"), QJsonArray { 1, QStringLiteral("x y") } },
                              { QStringLiteral("n"), QJsonObject {} } });
            event.insert(QStringLiteral("entity_ids"),
                         i == 0 ? QJsonArray {}
                                : QJsonArray { QStringLiteral("1"), QStringLiteral(" 2 ") });
            events << event;
        }
        const QByteArray indented = pageOf(events, QStringLiteral("c1"), QJsonDocument::Indented);
        QVERIFY(indented.contains("\n    "));
        QCOMPARE(scanned(AuditExportFormat::Csv, indented),
                 reference(AuditExportFormat::Csv, events));
        const QByteArray lines = scanned(AuditExportFormat::JsonLines, indented);
        QCOMPARE(lines, reference(AuditExportFormat::JsonLines, events));
        QCOMPARE(lines.count('\n'), 3);
        // Tabs and CRs too, and whitespace inside the empty objects and arrays.
        QByteArray spaced = pageWith(kItem);
        spaced.replace(R"({"status":"free"})", "{ \t\r\n\"status\"\r\n:\t\"free\" }");
        spaced.replace(R"(["501","502"])", "[ \"501\" ,\n\"502\" ]");
        spaced.replace(R"("seq":7)", "\"seq\" :\t7 ");
        QCOMPARE(scanned(AuditExportFormat::Csv, spaced),
                 scanned(AuditExportFormat::Csv, pageWith(kItem)));
        QCOMPARE(scanned(AuditExportFormat::JsonLines, spaced), kItem + '\n');
        spaced = pageWith("{ }");
        QVERIFY(scanned(AuditExportFormat::Csv, spaced).contains("seq is missing"));
        QCOMPARE(scanned(AuditExportFormat::Csv, pageWith(itemWith(R"({"status":"free"})", "{ }"))),
                 scanned(AuditExportFormat::Csv, pageWith(itemWith(R"({"status":"free"})", "{}"))));
        QCOMPARE(
            scanned(AuditExportFormat::Csv, " \r\n{ \"items\" : [ ] , \"next_cursor\" : null } \n"),
            QByteArray());
    }

    // A few thousand random events serialised by QJsonDocument, in pages of random sizes.
    void randomEventsMatchTheFormatter()
    {
        QRandomGenerator random(20261122);
        qint64 seq = 0;
        int events = 0;
        while (events < 4000) {
            QList<QJsonObject> page;
            for (int i = int(random.bounded(1, 40)); i > 0; --i)
                page << randomEvent(random, ++seq);
            events += int(page.size());
            const QByteArray bytes = pageOf(page, QStringLiteral("cursor-%1").arg(seq));
            for (const AuditExportFormat format :
                 { AuditExportFormat::Csv, AuditExportFormat::JsonLines }) {
                const QByteArray got = scanned(format, bytes);
                const QByteArray expected = reference(format, page);
                if (got != expected) {
                    // The first differing event, for the failure message.
                    for (const QJsonObject &event : std::as_const(page)) {
                        QCOMPARE(scanned(format, pageOf({ event })), reference(format, { event }));
                    }
                    QCOMPARE(got, expected);
                }
            }
        }
    }

    void envelope_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<qint64>("total"); // -1: none
        QTest::addColumn<int>("rows");

        QTest::newRow("last page") << pageWith(kItem) << QString() << qint64(-1) << 1;
        QTest::newRow("cursor and total") << QByteArray(
            R"({"items":[)" + kItem + "," + kItem + R"(],"next_cursor":"c-2","total":1000000})")
                                          << QStringLiteral("c-2") << qint64(1000000) << 2;
        QTest::newRow("members in another order, unknown ones skipped")
            << QByteArray("{\"total\":0,\"next_offset\":null,\"x\":{\"items\":[1]},\"next_cursor\":"
                          "\"a\\\"\\u0431\","
                          R"("items":[]})")
            << QStringLiteral("a\"б") << qint64(0) << 0;
        QTest::newRow("empty cursor is the last page")
            << QByteArray(R"({"items":[],"next_cursor":""})") << QString() << qint64(-1) << 0;
        QTest::newRow("brackets and quotes in the items' strings")
            << pageWith(itemWith(R"("hello")", "\"]}\\\"[{\\\\\"")) << QString() << qint64(-1) << 1;
    }

    void envelope()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, cursor);
        QFETCH(qint64, total);
        QFETCH(int, rows);
        QString error;
        const auto envelope = scanAuditPageEnvelope(page, &error);
        QVERIFY2(envelope, qPrintable(error));
        QCOMPARE(envelope->nextCursor, cursor);
        QCOMPARE(envelope->total.value_or(-1), total);
        QCOMPARE(page.at(envelope->itemsBegin), '[');
        QCOMPARE(page.at(envelope->itemsEnd - 1), ']');
        QByteArray out;
        AuditPageRows scanner(AuditExportFormat::JsonLines, page, *envelope);
        while (scanner.appendNext(out)) { }
        QVERIFY2(!scanner.failed(), qPrintable(scanner.error()));
        QCOMPARE(scanner.rows(), qsizetype(rows));
        QCOMPARE(out.count('\n'), rows);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("error"); // what the error says (a part of it)

        const auto item = [](const QByteArray &from, const QByteArray &to) {
            return pageWith(itemWith(from, to));
        };
        // The page.
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the page ends too soon (byte 0)");
        QTest::newRow("not JSON") << QByteArray("<html>")
                                  << QStringLiteral("expected a JSON object, found '<' (byte 0)");
        QTest::newRow("an array") << QByteArray("[]")
                                  << QStringLiteral("expected a JSON object, found '['");
        QTest::newRow("no items") << QByteArray(R"({"next_cursor":null})")
                                  << QStringLiteral("items is missing");
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("items is missing");
        QTest::newRow("items not an array") << QByteArray(R"({"items":{},"next_cursor":null})")
                                            << QStringLiteral("items: not an array (byte 9)");
        QTest::newRow("items null") << QByteArray(R"({"items":null,"next_cursor":null})")
                                    << QStringLiteral("items: not an array");
        QTest::newRow("items twice") << QByteArray(R"({"items":[],"items":[],"next_cursor":null})")
                                     << QStringLiteral("items: a second items");
        QTest::newRow("no next_cursor")
            << QByteArray(R"({"items":[]})") << QStringLiteral("next_cursor is missing");
        QTest::newRow("next_cursor a number")
            << QByteArray(R"({"items":[],"next_cursor":5})")
            << QStringLiteral("next_cursor: neither a string nor null");
        QTest::newRow("total negative")
            << QByteArray(R"({"items":[],"next_cursor":null,"total":-1})")
            << QStringLiteral("total: not a whole number ≥ 0");
        QTest::newRow("total a fraction")
            << QByteArray(R"({"items":[],"next_cursor":null,"total":1.5})")
            << QStringLiteral("total: not a whole number ≥ 0");
        QTest::newRow("total a string")
            << QByteArray(R"({"items":[],"next_cursor":null,"total":"5"})")
            << QStringLiteral("total: not a whole number ≥ 0");
        QTest::newRow("total too big")
            << QByteArray(R"({"items":[],"next_cursor":null,"total":99999999999999999999})")
            << QStringLiteral("total: not a whole number ≥ 0");
        QTest::newRow("text after the object")
            << QByteArray(R"({"items":[],"next_cursor":null} x)")
            << QStringLiteral("text after the page's object (byte 32)");
        QTest::newRow("two objects") << QByteArray(R"({"items":[],"next_cursor":null}{})")
                                     << QStringLiteral("text after the page's object");
        QTest::newRow("missing comma between members")
            << QByteArray(R"({"items":[] "next_cursor":null})")
            << QStringLiteral("expected ',' or '}', found '\"'");
        QTest::newRow("bad literal in an unknown member")
            << QByteArray(R"({"items":[],"next_cursor":null,"x":nul})")
            << QStringLiteral("x: expected a JSON value, found 'n'");
        QTest::newRow("truncated at the end")
            << QByteArray(R"({"items":[],"next_cursor":nu)")
            << QStringLiteral("next_cursor: the page ends too soon");
        // Truncated: cut inside the items.
        const QByteArray whole = pageWith(kItem + "," + kItem);
        QTest::newRow("truncated inside a string")
            << whole.left(whole.indexOf("hello"))
            << QStringLiteral("the page ends inside a string");
        QTest::newRow("truncated between items") << whole.left(whole.indexOf("},{") + 2)
                                                 << QStringLiteral("items: the page ends too soon");
        QTest::newRow("items not closed")
            << QByteArray(R"({"items":[)" + kItem + R"(,"next_cursor":null})")
            << QStringLiteral("items: expected ']', found '}'");
        // The items' JSON.
        QTest::newRow("item not an object")
            << pageWith("1") << QStringLiteral("items[0]: not an object (byte 10)");
        QTest::newRow("second item not an object")
            << pageWith(kItem + ",\"x\"") << QStringLiteral("items[1]: not an object");
        QTest::newRow("trailing comma")
            << pageWith(kItem + ",") << QStringLiteral("items[0]: expected an item after ','");
        QTest::newRow("missing comma between items")
            << pageWith(kItem + kItem)
            << QStringLiteral("items[0]: expected ',' or ']', found '{'");
        QTest::newRow("bad escape")
            << item(R"("hello")", R"("he\qllo")")
            << QStringLiteral("items[0].message: invalid escape \\q in a string (byte");
        QTest::newRow("bad escape, control character after the backslash")
            << item(R"("hello")", "\"he\\\x01llo\"")
            << QStringLiteral("items[0].message: invalid escape in a string: \\ and byte 0x01");
        QTest::newRow("short \\u")
            << item(R"("hello")", R"("he\u12G4")")
            << QStringLiteral("items[0].message: invalid escape \\u12G4 in a string");
        QTest::newRow("raw newline in a string")
            << item(R"("hello")", "\"he\nllo\"")
            << QStringLiteral("items[0].message: control character U+000a in a string");
        QTest::newRow("raw tab in a key of before")
            << item(R"({"status":"free"})", "{\"st\tatus\":\"free\"}")
            << QStringLiteral("items[0].before: control character U+0009");
        QTest::newRow("invalid UTF-8 byte")
            << item(R"("hello")", "\"he\xFFllo\"")
            << QStringLiteral("items[0].message: invalid UTF-8 (byte 0xff) in a string");
        QTest::newRow("overlong UTF-8")
            << item(R"("hello")", "\"\xC0\x80\"") << QStringLiteral("invalid UTF-8 (byte 0xc0)");
        QTest::newRow("UTF-8 surrogate") << item(R"("hello")", "\"\xED\xA0\x80\"")
                                         << QStringLiteral("invalid UTF-8 (byte 0xed)");
        QTest::newRow("UTF-8 above U+10FFFF") << item(R"("hello")", "\"\xF4\x90\x80\x80\"")
                                              << QStringLiteral("invalid UTF-8 (byte 0xf4)");
        QTest::newRow("UTF-8 sequence cut short")
            << item(R"("hello")", "\"\xD0\"") << QStringLiteral("invalid UTF-8 (byte 0xd0)");
        QTest::newRow("UTF-8 in an unknown field")
            << item(R"("1.0.0")", "\"\xE2\x82\"")
            << QStringLiteral("items[0].app_version: invalid UTF-8");
        QTest::newRow("a key with a bad escape")
            << item(R"("prev_hash")", R"("prev\xhash")")
            << QStringLiteral("items[0]: invalid escape \\x in a string");
        QTest::newRow("missing colon")
            << item(R"("result":"ok")", R"("result" "ok")")
            << QStringLiteral("items[0].result: expected ':', found '\"'");
        QTest::newRow("missing comma between fields")
            << item(R"("result":"ok",)", R"("result":"ok" )")
            << QStringLiteral("items[0]: expected ',' or '}', found '\"'");
        QTest::newRow("nested too deep")
            << item(R"({"status":"free"})",
                    QByteArray(70, '[').prepend("{\"a\":") + QByteArray(70, ']') + '}')
            << QStringLiteral("items[0].before: nested more than 64 deep");
        QTest::newRow("bad number in before")
            << item(R"({"status":"free"})", R"({"n":-})")
            << QStringLiteral("items[0].before: expected a digit, found '}'");
        QTest::newRow("bad fraction in before") << item(R"({"status":"free"})", R"({"n":1.})")
                                                << QStringLiteral("expected a digit, found '}'");
        QTest::newRow("leading zero in before")
            << item(R"({"status":"free"})", R"({"n":01})")
            << QStringLiteral("items[0].before: expected ',' or '}', found '1'");
        // The events' fields.
        QTest::newRow("seq a string") << item(R"("seq":7)", R"("seq":"7")")
                                      << QStringLiteral("items[0].seq: not a whole number ≥ 0");
        QTest::newRow("seq a fraction") << item(R"("seq":7)", R"("seq":7.5)")
                                        << QStringLiteral("items[0].seq: not a whole number ≥ 0");
        QTest::newRow("seq negative") << item(R"("seq":7)", R"("seq":-7)")
                                      << QStringLiteral("items[0].seq: not a whole number ≥ 0");
        QTest::newRow("seq null") << item(R"("seq":7)", R"("seq":null)")
                                  << QStringLiteral("items[0].seq: not a whole number ≥ 0");
        QTest::newRow("message a number") << item(R"("message":"hello")", R"("message":5)")
                                          << QStringLiteral("items[0].message: not a string");
        QTest::newRow("message null") << item(R"("message":"hello")", R"("message":null)")
                                      << QStringLiteral("items[0].message: not a string");
        QTest::newRow("hash an object") << item(R"("hash":"ab")", R"("hash":{})")
                                        << QStringLiteral("items[0].hash: not a string");
        QTest::newRow("entity_ids a string")
            << item(R"(["501","502"])", R"("501")")
            << QStringLiteral("items[0].entity_ids: not an array of strings");
        QTest::newRow("entity_ids holding a number")
            << item(R"(["501","502"])", R"(["501",502])")
            << QStringLiteral("items[0].entity_ids: element 1 is not a string");
        QTest::newRow("before an array") << item(R"({"status":"free"})", "[]")
                                         << QStringLiteral("items[0].before: not an object");
        QTest::newRow("after null") << item(R"({"status":"in_work"})", "null")
                                    << QStringLiteral("items[0].after: not an object");
        QTest::newRow("hash missing")
            << item(R"(,"hash":"ab")", "") << QStringLiteral("items[0]: hash is missing");
        QTest::newRow("seq missing")
            << item(R"("seq":7,)", "") << QStringLiteral("items[0]: seq is missing");
        QTest::newRow("empty event")
            << pageWith("{}") << QStringLiteral("items[0]: seq is missing");
        QTest::newRow("message twice")
            << item(R"("message":"hello")", R"("message":"hello","message":"again")")
            << QStringLiteral("items[0]: message is there twice");
        QTest::newRow("second event's field")
            << pageWith(kItem + "," + itemWith(R"("id":"id-1")", R"("id":true)"))
            << QStringLiteral("items[1].id: not a string");
    }

    // Each malformed page is an error naming what was wrong, in both formats, never a row.
    void malformed()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, error);
        for (const AuditExportFormat format :
             { AuditExportFormat::Csv, AuditExportFormat::JsonLines }) {
            QByteArray out("kept");
            QString why;
            const auto envelope = scanAuditPageEnvelope(page, &why);
            if (envelope) {
                AuditPageRows rows(format, page, *envelope);
                QByteArray before;
                while (true) {
                    before = out;
                    if (!rows.appendNext(out))
                        break;
                }
                QVERIFY(rows.failed());
                QCOMPARE(out, before); // the failed call left nothing of its row
                why = rows.error();
            }
            QVERIFY2(why.contains(error), qPrintable(why));
            QVERIFY(!appendAuditPageRows(format, page, out, nullptr));
        }
    }

    // Any prefix of a page is an error, never a crash (run under a sanitizer, any overread too).
    void everyTruncationIsAnError()
    {
        QJsonObject event = sampleStoredEvent(1, QStringLiteral("Кл\"иент\\ 👍, \r\n"));
        event.insert(
            QStringLiteral("before"),
            QJsonObject { { QStringLiteral("a"), QJsonArray { 1.5, true, QJsonValue::Null } } });
        const QByteArray page = pageOf({ event, event }, QStringLiteral("next"));
        for (qsizetype size = 0; size < page.size(); ++size) {
            // A copy of exactly that size, so that nothing after it can be read by mistake.
            const QByteArray prefix(page.constData(), size);
            for (const AuditExportFormat format :
                 { AuditExportFormat::Csv, AuditExportFormat::JsonLines }) {
                QByteArray out;
                QString error;
                QVERIFY2(!appendAuditPageRows(format, prefix, out, &error),
                         qPrintable(QString::number(size)));
                QVERIFY(!error.isEmpty());
            }
        }
    }

    // How fast the scanner is (the export's target is 200 000 rows/s end to end): printed, not
    // asserted, since the machine is shared.
    void throughput()
    {
        QList<QJsonObject> events;
        for (int i = 0; i < 1000; ++i)
            events << sampleStoredEvent(i + 1, QStringLiteral("Перенос 3 уроков, \"срочно\""));
        const QByteArray page = pageOf(events, QStringLiteral("c"));
        for (const AuditExportFormat format :
             { AuditExportFormat::Csv, AuditExportFormat::JsonLines }) {
            constexpr int kPages = 50;
            QByteArray out;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < kPages; ++i) {
                out.resize(0);
                QVERIFY(appendAuditPageRows(format, page, out, nullptr));
            }
            const qint64 ns = qMax<qint64>(1, timer.nsecsElapsed());
            qInfo("%s: %lld rows/s", auditExportFormatName(format).data(),
                  qint64(kPages) * 1000 * 1000000000 / ns);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditExportScanner)
#include "tst_audit_export_scanner.moc"
