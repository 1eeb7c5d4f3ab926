// `operator-cli audit export` (issue 6 §2) as a script runs it against a real crm-sandbox: CSV
// and JSON lines to a file and to standard output, filters, --from/--to as days on the local
// clock (TZ set for the program), exit 0 with the count on standard error, 1 with one line
// when the CRM or the file fails, 2 with one line naming the option on bad usage.

#include "CliRunner.h"
#include "core/AuditEvent.h"
#include "support/CrmTestCalls.h"
#include "support/CsvReader.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace opc::test;

namespace {

const QString kLeadId = QStringLiteral("u-lead");
// A zone without tzdata and without daylight saving: UTC+3 all year (POSIX sign convention).
const QString kTz = QStringLiteral("MSK-3");

QList<QJsonObject> jsonLines(const QByteArray &data)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : data.split('\n')) {
        if (!line.isEmpty())
            events << QJsonDocument::fromJson(line).object();
    }
    return events;
}

QStringList messagesOf(const QList<QJsonObject> &events)
{
    QStringList messages;
    for (const QJsonObject &event : events)
        messages << event.value(QLatin1String("message")).toString();
    return messages;
}

} // namespace

class TestCliAuditExport final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_crm;
    QList<QJsonObject> m_stored;

    CliRun exportWith(const QStringList &options, const QString &token = kLeadToken) const
    {
        QProcessEnvironment environment = withToken(token);
        environment.insert(QStringLiteral("TZ"), kTz);
        return runCli(QStringList { QStringLiteral("--crm"), m_crm.url().toString(),
                                    QStringLiteral("audit"), QStringLiteral("export") }
                          + options,
                      {}, environment);
    }

    bool post(crm::CrmClient &client, const QString &actor, const QString &action,
              const QString &message, const QString &occurredAt)
    {
        AuditEvent event = makeAuditEvent(QStringLiteral("op-cli"), actor, action,
                                          QStringLiteral("lead"), { QStringLiteral("77") });
        event.result = QStringLiteral("ok");
        event.message = message;
        event.occurredAt = QDateTime::fromString(occurredAt, Qt::ISODateWithMs);
        return call(client, auditEventPost(event)).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_crm.start(), qPrintable(m_crm.error()));
        auto lead = clientFor(m_crm.url(), kLeadToken);
        auto agent = clientFor(m_crm.url(), kAgentToken);
        // 23:00 on 1 March and 01:30 on 2 March on the clock at UTC+3, both 1 March in UTC.
        QVERIFY(post(*agent, kAgentId, QStringLiteral("lead.take"),
                     QStringLiteral("Первое, \"вечер\"\nстрока"),
                     QStringLiteral("2025-03-01T20:00:00.000Z")));
        QVERIFY(post(*lead, kLeadId, QStringLiteral("deal.move"), QStringLiteral("second, night"),
                     QStringLiteral("2025-03-01T22:30:00.000Z")));
        QVERIFY(post(*agent, kAgentId, QStringLiteral("lead.release"), QStringLiteral("third"),
                     QStringLiteral("2025-03-05T09:00:00.000Z")));
        QString error;
        for (const QJsonValue &event :
             readAll(*lead, QStringLiteral("/api/v1/audit/events"), &error).toArray())
            m_stored << event.toObject();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_stored.size() >= 3);
    }

    void csvToFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("audit.csv"));
        const CliRun run = exportWith({ QStringLiteral("--format"), QStringLiteral("csv"),
                                        QStringLiteral("--output"), file });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QByteArray::number(m_stored.size()) + " event"),
                 qPrintable(run.describe()));
        QVERIFY2(run.err.contains(file.toUtf8()), qPrintable(run.describe()));
        QVERIFY(!run.err.contains('\r')); // no progress: standard error is not a terminal
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray data = written.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QString error;
        const auto rows = readCsv(data.mid(3), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), m_stored.size() + 1);
        QCOMPARE(rows->first().first(), QByteArray("seq"));
        QCOMPARE(rows->at(rows->size() - 3).at(9),
                 QStringLiteral("Первое, \"вечер\"\nстрока").toUtf8());
    }

    void jsonLinesToStandardOutput()
    {
        const CliRun run = exportWith({ QStringLiteral("--format"), QStringLiteral("jsonl") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(jsonLines(run.out), m_stored);
        QVERIFY(!run.out.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(run.err.contains(QByteArray::number(m_stored.size()) + " event"),
                 qPrintable(run.describe()));
    }

    void csvToStandardOutput()
    {
        const CliRun run = exportWith({ QStringLiteral("--format"), QStringLiteral("csv"),
                                        QStringLiteral("--agent"), kAgentId });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.startsWith("\xEF\xBB\xBF"));
        QString error;
        const auto rows = readCsv(run.out.mid(3), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 3); // the header and the agent's two events
        QCOMPARE(rows->at(1).at(3), kAgentId.toUtf8());
        QCOMPARE(rows->at(2).at(3), kAgentId.toUtf8());
    }

    void filters()
    {
        CliRun run = exportWith({ QStringLiteral("--format"), QStringLiteral("jsonl"),
                                  QStringLiteral("--action"), QStringLiteral("lead.*") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(
            messagesOf(jsonLines(run.out)),
            QStringList({ QStringLiteral("Первое, \"вечер\"\nстрока"), QStringLiteral("third") }));
        run = exportWith({ QStringLiteral("--format"), QStringLiteral("jsonl"),
                           QStringLiteral("--text"), QStringLiteral("ВЕЧЕР") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(jsonLines(run.out).size(), 1);
        run = exportWith({ QStringLiteral("--format"), QStringLiteral("jsonl"),
                           QStringLiteral("--entity"), QStringLiteral("77"),
                           QStringLiteral("--operation"), QStringLiteral("op-cli"),
                           QStringLiteral("--agent"), kLeadId });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(messagesOf(jsonLines(run.out)), QStringList { QStringLiteral("second, night") });
    }

    // Plain dates are days on the program's clock (UTC+3 here), --to includes its day.
    void localDays_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("messages");
        const QString first = QStringLiteral("Первое, \"вечер\"\nстрока");
        const QString second = QStringLiteral("second, night");
        QTest::newRow("1 March, local")
            << QStringList { QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                             QStringLiteral("--to"), QStringLiteral("2025-03-01") }
            << QStringList { first };
        QTest::newRow("2 March, local")
            << QStringList { QStringLiteral("--from"), QStringLiteral("2025-03-02"),
                             QStringLiteral("--to"), QStringLiteral("2025-03-02") }
            << QStringList { second };
        QTest::newRow("from 2 March on")
            << QStringList { QStringLiteral("--from"), QStringLiteral("2025-03-02") }
            << QStringList { second, QStringLiteral("third") };
        QTest::newRow("to 4 March")
            << QStringList { QStringLiteral("--to"), QStringLiteral("2025-03-04") }
            << QStringList { first, second };
        QTest::newRow("instants with zones")
            << QStringList { QStringLiteral("--from"), QStringLiteral("2025-03-01T22:00:00Z"),
                             QStringLiteral("--to"), QStringLiteral("2025-03-02T02:00:00+03:00") }
            << QStringList { second };
    }

    void localDays()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, messages);
        const CliRun run = exportWith(
            QStringList { QStringLiteral("--format"), QStringLiteral("jsonl") } + options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QStringList found;
        for (const QString &message : messagesOf(jsonLines(run.out))) {
            if (message == QLatin1String("third") || message.startsWith(QStringLiteral("Перв"))
                || message.startsWith(QLatin1String("second")))
                found << message;
        }
        QCOMPARE(found, messages);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("named");
        const QString tooLong(201, QLatin1Char('x'));
        QTest::newRow("no format") << QStringList {} << QStringLiteral("--format");
        QTest::newRow("unknown format")
            << QStringList { QStringLiteral("--format"), QStringLiteral("xlsx") }
            << QStringLiteral("--format");
        QTest::newRow("bad date") << QStringList { QStringLiteral("--format"),
                                                   QStringLiteral("csv"), QStringLiteral("--from"),
                                                   QStringLiteral("2025-13-01") }
                                  << QStringLiteral("--from");
        QTest::newRow("time without zone")
            << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--to"), QStringLiteral("2025-03-01T10:00:00") }
            << QStringLiteral("--to");
        QTest::newRow("to before from")
            << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--from"),   QStringLiteral("2025-03-05"),
                             QStringLiteral("--to"),     QStringLiteral("2025-03-01") }
            << QStringLiteral("--to");
        QTest::newRow("bad action")
            << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--action"), QStringLiteral("lead*") }
            << QStringLiteral("--action");
        QTest::newRow("text too long")
            << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--text"), tooLong }
            << QStringLiteral("--text");
        QTest::newRow("text too short for the CRM")
            << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--text"), QStringLiteral("ab") }
            << QStringLiteral("--text");
        QTest::newRow("empty output")
            << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--output"), QString() }
            << QStringLiteral("--output");
    }

    void badUsage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, named);
        const CliRun run = exportWith(options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(named.toUtf8()), qPrintable(run.describe()));
    }

    void exportOptionsDoNotApplyToVerify()
    {
        const CliRun run = runCli({ QStringLiteral("--crm"), m_crm.url().toString(),
                                    QStringLiteral("audit"), QStringLiteral("verify"),
                                    QStringLiteral("--format"), QStringLiteral("csv") },
                                  {}, withToken(kLeadToken));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY(run.err.contains("--format"));
    }

    void agentsAreRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("agent.csv"));
        const CliRun run = exportWith(
            { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), file },
            kAgentToken);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    }

    void unwritableOutput()
    {
        const QString file = m_dir.filePath(QStringLiteral("no/such/folder/audit.csv"));
        const CliRun run = exportWith({ QStringLiteral("--format"), QStringLiteral("csv"),
                                        QStringLiteral("--output"), file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(file.toUtf8()), qPrintable(run.describe()));
    }

    void unreachableCrm()
    {
        SandboxProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.error()));
        const QString url = gone.url().toString();
        gone.kill();
        const CliRun run = runCli({ QStringLiteral("--crm"), url, QStringLiteral("audit"),
                                    QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("jsonl") },
                                  {}, withToken(kLeadToken));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliAuditExport)
#include "tst_cli_audit_export.moc"
