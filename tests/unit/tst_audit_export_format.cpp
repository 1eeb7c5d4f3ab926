// The audit export's file formats (issue 6 §2), byte by byte: the CSV's byte-order mark and
// header, RFC 4180 quoting of quotes, commas, CR, LF and CRLF, Cyrillic and characters outside
// the BMP as UTF-8, empty and missing fields, a formula's start defused with a single quote;
// JSON lines that read back as the stored events.

#include "core/audit/AuditExportFormat.h"
#include "support/AuditExportReference.h"
#include "support/CsvReader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace opc;
using opc::test::appendAuditExportRow;
using opc::test::sampleStoredEvent;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");
const QByteArray kHeader("seq,occurred_at,received_at,actor,action,entity_type,entity_ids,"
                         "operation_id,result,message,before,after,id,hash\r\n");

QByteArray csvRow(const QJsonObject &event)
{
    QByteArray out;
    appendAuditExportRow(AuditExportFormat::Csv, event, out);
    return out;
}

// The CSV field of `message` in a row of sampleStoredEvent(…, message), parsed back.
QByteArray messageFieldOf(const QString &message)
{
    QString error;
    const auto rows = test::readCsv(csvRow(sampleStoredEvent(1, message)), &error);
    if (!rows || rows->size() != 1 || rows->first().size() != 14)
        return QByteArray("<unreadable: ") + error.toUtf8() + '>';
    return rows->first().at(9);
}

} // namespace

class TestAuditExportFormat final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatNames()
    {
        QCOMPARE(auditExportFormatName(AuditExportFormat::Csv), QLatin1String("csv"));
        QCOMPARE(auditExportFormatName(AuditExportFormat::JsonLines), QLatin1String("jsonl"));
        QCOMPARE(auditExportFormatFromName(u"csv"), AuditExportFormat::Csv);
        QCOMPARE(auditExportFormatFromName(u"jsonl"), AuditExportFormat::JsonLines);
        QVERIFY(!auditExportFormatFromName(u"xlsx"));
        QVERIFY(!auditExportFormatFromName(u"CSV"));
        QVERIFY(!auditExportFormatFromName(u""));
    }

    void csvStartsWithBomAndHeader()
    {
        const QByteArray preamble = auditExportPreamble(AuditExportFormat::Csv);
        QCOMPARE(preamble, kBom + kHeader);
        QCOMPARE(preamble.left(3), QByteArray("\xEF\xBB\xBF"));
        QCOMPARE(auditCsvColumns().size(), 14);
        QCOMPARE(auditCsvColumns().first(), QLatin1String("seq"));
        QCOMPARE(auditCsvColumns().last(), QLatin1String("hash"));
    }

    void jsonLinesHaveNoPreamble()
    {
        QVERIFY(auditExportPreamble(AuditExportFormat::JsonLines).isEmpty());
    }

    // A whole row, exactly as RFC 4180 writes it.
    void csvRowExactBytes()
    {
        const QJsonObject event = sampleStoredEvent(42, QStringLiteral("Said \"no\", then left"));
        const QByteArray expected = "42,2026-11-20T10:15:00.123Z,2026-11-20T10:15:01.000Z,u-agent,"
                                    "merge.step.move-paid-lessons,account,11 12,op-1,ok,"
                                    "\"Said \"\"no\"\", then left\","
                                    "\"{\"\"lessons\"\":3}\",\"{\"\"lessons\"\":0}\","
                                    "7f1c0d3e-0000-4000-8000-000000000042,"
            + QByteArray(64, 'a') + "\r\n";
        QCOMPARE(csvRow(event), expected);
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("field"); // as written in the file

        QTest::newRow("plain") << QStringLiteral("plain text") << QByteArray("plain text");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray("\"a\"\"b\"");
        QTest::newRow("only quotes") << QStringLiteral("\"\"") << QByteArray("\"\"\"\"\"\"");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("trailing CRLF") << QStringLiteral("a\r\n") << QByteArray("\"a\r\n\"");
        QTest::newRow("semicolon and tab")
            << QStringLiteral("a;b\tc") << QByteArray("a;b\tc"); // not special in RFC 4180
        QTest::newRow("spaces kept") << QStringLiteral("  a  ") << QByteArray("  a  ");
        QTest::newRow("cyrillic") << QStringLiteral("Перенос уроков")
                                  << QStringLiteral("Перенос уроков").toUtf8();
        QTest::newRow("cyrillic with comma and quote")
            << QStringLiteral("Ученик сказал: \"нет\", ушёл")
            << QByteArray("\"") + QStringLiteral("Ученик сказал: \"\"нет\"\", ушёл").toUtf8() + '"';
        QTest::newRow("cyrillic with newline")
            << QStringLiteral("Строка 1\r\nСтрока 2")
            << QByteArray("\"") + QStringLiteral("Строка 1\r\nСтрока 2").toUtf8() + '"';
        QTest::newRow("outside the BMP")
            << QStringLiteral("ok 👍") << QByteArray("ok \xF0\x9F\x91\x8D");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QByteArray("\xEF\xBF\xBD");
        QTest::newRow("two-byte and three-byte")
            << QStringLiteral("é€") << QByteArray("\xC3\xA9\xE2\x82\xAC");
        // CSV injection: a formula's start gets a single quote, quoted as usual when needed.
        QTest::newRow("formula =") << QStringLiteral("=1+2") << QByteArray("'=1+2");
        QTest::newRow("formula +") << QStringLiteral("+7 900") << QByteArray("'+7 900");
        QTest::newRow("formula -") << QStringLiteral("-5") << QByteArray("'-5");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("formula tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::newRow("formula CR, quoted") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("formula with comma and quotes")
            << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("formula start only") << QStringLiteral("a=1-2") << QByteArray("a=1-2");
        QTest::newRow("LF first is no formula") << QStringLiteral("\n=1") << QByteArray("\"\n=1\"");
        QTest::newRow("single quote kept") << QStringLiteral("'=1") << QByteArray("'=1");
    }

    void csvQuoting()
    {
        QFETCH(QString, message);
        QFETCH(QByteArray, field);
        const QByteArray row = csvRow(sampleStoredEvent(1, message));
        // The message is the 10th column, between "ok," and the before object.
        const QByteArray marker = ",ok,";
        const qsizetype start = row.indexOf(marker) + marker.size();
        const qsizetype end = row.indexOf(",\"{", start);
        QVERIFY(start > marker.size() && end >= start);
        QCOMPARE(row.mid(start, end - start), field);
        QVERIFY(row.endsWith("\r\n"));
        // And a strict reader gives the text back as UTF-8, byte for byte (a lone surrogate
        // as U+FFFD, where QString::toUtf8() would write "?"), a formula's quote in front.
        QByteArray utf8
            = message == QString(QChar(0xD800)) ? QByteArray("\xEF\xBF\xBD") : message.toUtf8();
        if (!utf8.isEmpty() && QByteArray("=+-@\t\r").contains(utf8.at(0)))
            utf8.prepend('\'');
        QCOMPARE(messageFieldOf(message), utf8);
    }

    void emptyAndMissingFields()
    {
        QJsonObject event { { QStringLiteral("seq"), 7 },
                            { QStringLiteral("entity_ids"), QJsonArray {} },
                            { QStringLiteral("message"), QString() },
                            { QStringLiteral("before"), QJsonObject {} },
                            { QStringLiteral("operation_id"), QJsonValue::Null } };
        QCOMPARE(csvRow(event), QByteArray("7,,,,,,,,,,{},,,\r\n"));
        QCOMPARE(csvRow(QJsonObject {}), QByteArray(",,,,,,,,,,,,,\r\n"));
    }

    // Every column is defused, not only the message; JSON lines keep the text exact.
    void formulaInjectionInEveryColumn()
    {
        QJsonObject event = sampleStoredEvent(5, QStringLiteral("=cmd|' /C calc'!A0"));
        event.insert(QStringLiteral("actor"), QStringLiteral("@agent"));
        event.insert(QStringLiteral("entity_ids"),
                     QJsonArray { QStringLiteral("-1"), QStringLiteral("+2") });
        event.insert(QStringLiteral("operation_id"), QStringLiteral("\top"));
        QString error;
        const auto rows = test::readCsv(csvRow(event), &error);
        QVERIFY2(rows, qPrintable(error));
        const test::CsvRow &row = rows->first();
        QCOMPARE(row.at(3), QByteArray("'@agent"));
        QCOMPARE(row.at(6), QByteArray("'-1 +2"));
        QCOMPARE(row.at(7), QByteArray("'\top"));
        QCOMPARE(row.at(9), QByteArray("'=cmd|' /C calc'!A0"));
        QCOMPARE(row.at(0), QByteArray("5"));
        QByteArray line;
        appendAuditExportRow(AuditExportFormat::JsonLines, event, line);
        QCOMPARE(QJsonDocument::fromJson(line).object(), event);
        QVERIFY(line.contains("\"message\":\"=cmd|' /C calc'!A0\""));
    }

    void entityIdsJoinedWithSpace()
    {
        QJsonObject event = sampleStoredEvent(3, QString());
        event.insert(QStringLiteral("entity_ids"),
                     QJsonArray { QStringLiteral("a,1"), QStringLiteral("b") });
        QString error;
        const auto rows = test::readCsv(csvRow(event), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->first().at(6), QByteArray("a,1 b"));
        event.insert(QStringLiteral("entity_ids"), QJsonArray { QStringLiteral("22") });
        QCOMPARE(test::readCsv(csvRow(event), &error)->first().at(6), QByteArray("22"));
    }

    void beforeAndAfterAreCompactJson()
    {
        QJsonObject event = sampleStoredEvent(3, QString());
        const QJsonObject before { { QStringLiteral("comment"),
                                     QStringLiteral("Имя, \"в кавычках\"\nи строка") },
                                   { QStringLiteral("ids"), QJsonArray { 1, 2 } } };
        event.insert(QStringLiteral("before"), before);
        QString error;
        const auto rows = test::readCsv(csvRow(event), &error);
        QVERIFY2(rows, qPrintable(error));
        const QByteArray field = rows->first().at(10);
        // Compact: no line breaks and no spaces between tokens (the text keeps its own).
        QVERIFY2(!field.contains('\n') && !field.contains("\": ") && !field.contains(", \""),
                 field.constData());
        QCOMPARE(QJsonDocument::fromJson(field).object(), before);
    }

    // Many events in one file: every field reads back as the event's text (the reader is strict,
    // so a quoting mistake anywhere shows up as an error or a shifted column).
    void csvRoundTripOfRandomText()
    {
        QRandomGenerator random(20261120);
        const QList<char16_t> alphabet { u'a', u'Z', u'0', u' ', u',',  u'"',  u'\r', u'\n',
                                         u';', u'Ж', u'ё', u'€', u'\t', u'\'', u'=',  u'-' };
        QByteArray file = auditExportPreamble(AuditExportFormat::Csv);
        QList<QString> messages;
        for (int i = 0; i < 500; ++i) {
            QString message;
            const int length = int(random.bounded(12));
            for (int c = 0; c < length; ++c)
                message += QChar(alphabet.at(random.bounded(int(alphabet.size()))));
            messages << message;
            appendAuditExportRow(AuditExportFormat::Csv, sampleStoredEvent(i + 1, message), file);
        }
        QVERIFY(file.startsWith(kBom + kHeader));
        QString error;
        const auto rows = test::readCsv(file.mid(kBom.size()), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), messages.size() + 1);
        for (int i = 0; i < messages.size(); ++i) {
            const test::CsvRow &row = rows->at(i + 1);
            QCOMPARE(row.size(), 14);
            QCOMPARE(row.at(0), QByteArray::number(i + 1));
            const QByteArray text = messages.at(i).toUtf8();
            const bool formula = !text.isEmpty() && QByteArray("=+-@\t\r").contains(text.at(0));
            QCOMPARE(row.at(9), formula ? '\'' + text : text);
        }
    }

    void jsonLinesRoundTrip()
    {
        const QList<QJsonObject> events {
            sampleStoredEvent(1, QStringLiteral("line 1\nline 2, \"quoted\"")),
            sampleStoredEvent(2, QStringLiteral("Отмена: клиент передумал")),
            sampleStoredEvent(3, QString()),
        };
        QByteArray file = auditExportPreamble(AuditExportFormat::JsonLines);
        for (const QJsonObject &event : events)
            appendAuditExportRow(AuditExportFormat::JsonLines, event, file);
        QVERIFY(!file.startsWith(kBom));
        QVERIFY(file.endsWith('\n'));
        QVERIFY(!file.contains('\r'));
        const QList<QByteArray> lines = file.split('\n');
        QCOMPARE(lines.size(), events.size() + 1);
        QVERIFY(lines.last().isEmpty());
        for (int i = 0; i < events.size(); ++i) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &parseError);
            QVERIFY2(parseError.error == QJsonParseError::NoError,
                     qPrintable(parseError.errorString()));
            QCOMPARE(document.object(), events.at(i));
            QCOMPARE(document.object().value(QLatin1String("hash")).toString(),
                     QString(64, QLatin1Char('a')));
        }
        // Cyrillic is written as UTF-8, not as \u escapes.
        QVERIFY(file.contains(QStringLiteral("клиент передумал").toUtf8()));
    }

    // How fast the formatter alone is (the export's target is 200 000 rows/s end to end):
    // printed, not asserted, since the machine is shared.
    void throughput()
    {
        const QJsonObject event
            = sampleStoredEvent(123456, QStringLiteral("Перенос 3 уроков, \"срочно\""));
        for (const AuditExportFormat format :
             { AuditExportFormat::Csv, AuditExportFormat::JsonLines }) {
            constexpr int kRows = 50000;
            QByteArray out;
            out.reserve(kRows * 600);
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < kRows; ++i)
                appendAuditExportRow(format, event, out);
            const qint64 ns = qMax<qint64>(1, timer.nsecsElapsed());
            qInfo("%s: %lld rows/s (%lld bytes)", auditExportFormatName(format).data(),
                  qint64(kRows) * 1000000000 / ns, qint64(out.size()));
            QVERIFY(out.size() > kRows * 100);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditExportFormat)
#include "tst_audit_export_format.moc"
