// The audit export (issue 6 §2, ops::AuditExport) against a real crm-sandbox: messages holding
// quotes, commas, CR, LF and Cyrillic come out byte for byte (the CSV parsed back with a strict
// RFC 4180 reader); JSON lines read back as the stored events; each filter narrows the export;
// paging with progress; Cancel removes the .part file and delivers exactly one "cancelled"; an
// unwritable path and an agent's token each give one clear error; an existing file is replaced
// only when the export is complete. Waits are on the export's signals.

#include "core/AuditEvent.h"
#include "core/audit/AuditExportFormat.h"
#include "operations/audit/AuditExport.h"
#include "support/AuditExportReference.h"
#include "support/CrmTestCalls.h"
#include "support/CsvReader.h"
#include "support/SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace opc;
using opc::test::appendAuditExportRow;
using namespace opc::test;
using Status = ops::AuditExportResult::Status;

Q_DECLARE_METATYPE(opc::AuditFilter)

namespace {

constexpr int kWaitMs = 30000;
constexpr int kFillers = 20;
const QString kLeadId = QStringLiteral("u-lead");

struct Posted {
    QString token;
    AuditEvent event;
};

AuditEvent eventOf(const QString &actor, const QString &operation, const QString &action,
                   const QString &entityType, const QStringList &ids, const QString &message,
                   const QString &occurredAt)
{
    AuditEvent event = makeAuditEvent(operation, actor, action, entityType, ids);
    event.result = QStringLiteral("ok");
    event.message = message;
    event.occurredAt = QDateTime::fromString(occurredAt, Qt::ISODateWithMs);
    return event;
}

// The events of the test: special text in messages and before/after, two actors, actions with a
// common prefix, shared entities, a few days apart; then fillers for paging.
QList<Posted> testEvents()
{
    QList<Posted> events;
    AuditEvent a1
        = eventOf(kAgentId, QStringLiteral("op-a"), QStringLiteral("lead.take"),
                  QStringLiteral("lead"), { QStringLiteral("501") },
                  QStringLiteral("Клиент сказал: \"перезвоните\", завтра\r\nвторая строка"),
                  QStringLiteral("2025-03-01T10:00:00.000Z"));
    AuditEvent a2 = eventOf(
        kAgentId, QStringLiteral("op-merge"), QStringLiteral("merge.step.move-paid-lessons"),
        QStringLiteral("account"), { QStringLiteral("11"), QStringLiteral("12") },
        QStringLiteral("comma, quote \" and\nLF"), QStringLiteral("2025-03-02T10:00:00.000Z"));
    a2.before = QJsonObject { { QStringLiteral("lessons"), 3 },
                              { QStringLiteral("teacher"), QStringLiteral("Иванова, \"Анна\"") } };
    a2.after = QJsonObject { { QStringLiteral("lessons"), 0 } };
    AuditEvent a3
        = eventOf(kAgentId, QStringLiteral("op-merge"), QStringLiteral("merge.step.move-requests"),
                  QStringLiteral("account"), { QStringLiteral("11"), QStringLiteral("12") },
                  QStringLiteral("Обычный текст"), QStringLiteral("2025-03-03T10:00:00.000Z"));
    AuditEvent l1 = eventOf(kLeadId, QStringLiteral("op-l"), QStringLiteral("deal.move"),
                            QStringLiteral("deal"), { QStringLiteral("700") },
                            QStringLiteral("CR\ronly"), QStringLiteral("2025-03-04T10:00:00.000Z"));
    AuditEvent l2 = eventOf(kLeadId, QStringLiteral("op-l2"), QStringLiteral("lead.take"),
                            QStringLiteral("lead"), { QStringLiteral("502") }, QString(),
                            QStringLiteral("2025-03-05T10:00:00.000Z"));
    events << Posted { kAgentToken, a1 } << Posted { kAgentToken, a2 } << Posted { kAgentToken, a3 }
           << Posted { kLeadToken, l1 } << Posted { kLeadToken, l2 };
    for (int i = 0; i < kFillers; ++i) {
        events << Posted { kLeadToken,
                           eventOf(kLeadId, QStringLiteral("op-fill"),
                                   QStringLiteral("lead.release"), QStringLiteral("lead"),
                                   { QString::number(900 + i) }, QStringLiteral("filler %1").arg(i),
                                   QStringLiteral("2025-04-01T10:00:00.000Z")) };
    }
    return events;
}

struct ExportRun {
    std::optional<ops::AuditExportResult> result;
    int finishedCount = 0;
    QList<std::pair<qint64, qint64>> progress;
};

// Runs one export and waits for its result; then one more CRM round trip, in which a second
// result would show up. `onProgress` may act on the export (cancel it) from its progress signal.
ExportRun runExport(crm::CrmClient &client, const ops::AuditExportRequest &request,
                    const std::function<void(ops::AuditExport &, qint64 rows)> &onProgress = {})
{
    ExportRun run;
    ops::AuditExport exporter(&client);
    QSignalSpy finished(&exporter, &ops::AuditExport::finished);
    QObject::connect(&exporter, &ops::AuditExport::progress, &exporter,
                     [&](qint64 rows, qint64 total) {
                         run.progress.append({ rows, total });
                         if (onProgress)
                             onProgress(exporter, rows);
                     });
    if (!exporter.start(request))
        return run;
    if (finished.isEmpty() && !finished.wait(kWaitMs))
        return run;
    (void)call(client, getOf(QStringLiteral("/api/v1/me")));
    run.finishedCount = int(finished.count());
    run.result = finished.first().first().value<ops::AuditExportResult>();
    return run;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QJsonObject> jsonLines(const QByteArray &data)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : data.split('\n')) {
        if (!line.isEmpty())
            events << QJsonDocument::fromJson(line).object();
    }
    return events;
}

QString idOf(const QJsonObject &event)
{
    return event.value(QLatin1String("id")).toString();
}

} // namespace

class TestAuditExport final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_crm;
    std::unique_ptr<crm::CrmClient> m_lead;
    QList<Posted> m_posted;
    QList<QJsonObject> m_stored; // the whole log as the CRM lists it, oldest first

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ops::AuditExportRequest request(AuditExportFormat format, const QString &name,
                                    const AuditFilter &filter = {}) const
    {
        ops::AuditExportRequest request;
        request.format = format;
        request.path = path(name);
        request.filter = filter;
        return request;
    }

    QString storedMessage(const QString &id) const
    {
        for (const QJsonObject &event : m_stored) {
            if (idOf(event) == id)
                return event.value(QLatin1String("message")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_crm.start(), qPrintable(m_crm.error()));
        m_lead = clientFor(m_crm.url(), kLeadToken);
        auto agent = clientFor(m_crm.url(), kAgentToken);
        m_posted = testEvents();
        for (const Posted &posted : std::as_const(m_posted)) {
            crm::CrmClient &client = posted.token == kAgentToken ? *agent : *m_lead;
            const crm::CrmResult stored = call(client, auditEventPost(posted.event));
            QVERIFY2(stored.ok(), qPrintable(stored.error->message + stored.error->detail));
        }
        QString error;
        for (const QJsonValue &event :
             readAll(*m_lead, QStringLiteral("/api/v1/audit/events"), &error).toArray())
            m_stored << event.toObject();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_stored.size() >= m_posted.size());
    }

    // The whole file, byte for byte: the CSV of the listed events; and parsed back strictly,
    // every message is its text in UTF-8.
    void csvIsByteExact()
    {
        const ExportRun run
            = runExport(*m_lead, request(AuditExportFormat::Csv, QStringLiteral("all.csv")));
        QVERIFY(run.result);
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.result->ok(), qPrintable(run.result->errorMessage()));
        QCOMPARE(run.result->rows, qint64(m_stored.size()));
        QCOMPARE(run.result->path, path(QStringLiteral("all.csv")));
        QVERIFY(!QFile::exists(path(QStringLiteral("all.csv.part"))));

        const QByteArray file = readFile(path(QStringLiteral("all.csv")));
        QByteArray expected = auditExportPreamble(AuditExportFormat::Csv);
        for (const QJsonObject &event : std::as_const(m_stored))
            appendAuditExportRow(AuditExportFormat::Csv, event, expected);
        QCOMPARE(file, expected);
        QVERIFY(file.startsWith("\xEF\xBB\xBF"));

        QString error;
        const auto rows = readCsv(file.mid(3), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), m_stored.size() + 1);
        QCOMPARE(rows->first().size(), 14);
        QCOMPARE(rows->first().at(9), QByteArray("message"));
        int special = 0;
        for (qsizetype i = 1; i < rows->size(); ++i) {
            const CsvRow &row = rows->at(i);
            QCOMPARE(row.size(), 14);
            const QString id = QString::fromUtf8(row.at(12));
            for (const Posted &posted : std::as_const(m_posted)) {
                if (posted.event.id != id)
                    continue;
                QCOMPARE(row.at(9), posted.event.message.toUtf8());
                QCOMPARE(QString::fromUtf8(row.at(6)),
                         posted.event.entityIds.join(QLatin1Char(' ')));
                QCOMPARE(QJsonDocument::fromJson(row.at(10)).object(), posted.event.before);
                QCOMPARE(QJsonDocument::fromJson(row.at(11)).object(), posted.event.after);
                QCOMPARE(QString::fromUtf8(row.at(3)), posted.event.actor);
                ++special;
            }
        }
        QCOMPARE(special, m_posted.size());
    }

    void jsonLinesReadBackAsStored()
    {
        const ExportRun run = runExport(
            *m_lead, request(AuditExportFormat::JsonLines, QStringLiteral("all.jsonl")));
        QVERIFY(run.result);
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.result->ok(), qPrintable(run.result->errorMessage()));
        const QByteArray file = readFile(path(QStringLiteral("all.jsonl")));
        QVERIFY(!file.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!file.contains('\r')); // the CR inside messages is escaped
        const QList<QJsonObject> events = jsonLines(file);
        QCOMPARE(events, m_stored);
        QCOMPARE(storedMessage(m_posted.first().event.id), m_posted.first().event.message);
        QCOMPARE(events.first().value(QLatin1String("hash")).toString().size(), 64);
    }

    void eachFilterNarrows_data()
    {
        QTest::addColumn<AuditFilter>("filter");
        QTest::addColumn<int>("expected"); // of the posted events, the others are not there

        const auto filter = [](const std::function<void(AuditFilter &)> &set) {
            AuditFilter f;
            set(f);
            return f;
        };
        QTest::newRow("agent") << filter([](AuditFilter &f) { f.actor = kAgentId; }) << 3;
        QTest::newRow("action") << filter([](AuditFilter &f) {
            f.action = QStringLiteral("lead.take");
        }) << 2;
        QTest::newRow("action prefix")
            << filter([](AuditFilter &f) { f.action = QStringLiteral("merge.*"); }) << 2;
        QTest::newRow("entity") << filter([](AuditFilter &f) { f.entity = QStringLiteral("12"); })
                                << 2;
        QTest::newRow("operation")
            << filter([](AuditFilter &f) { f.operation = QStringLiteral("op-merge"); }) << 2;
        QTest::newRow("text, Cyrillic in another case")
            << filter([](AuditFilter &f) { f.text = QStringLiteral("ПЕРЕЗВОНИТЕ"); }) << 1;
        QTest::newRow("from and to") << filter([](AuditFilter &f) {
            f.from = QDateTime::fromString(QStringLiteral("2025-03-02T00:00:00Z"), Qt::ISODate);
            f.to = QDateTime::fromString(QStringLiteral("2025-03-04T00:00:00Z"), Qt::ISODate);
        }) << 2;
        QTest::newRow("agent and operation") << filter([](AuditFilter &f) {
            f.actor = kAgentId;
            f.operation = QStringLiteral("op-a");
        }) << 1;
    }

    void eachFilterNarrows()
    {
        QFETCH(AuditFilter, filter);
        QFETCH(int, expected);
        const ExportRun run = runExport(
            *m_lead,
            request(AuditExportFormat::JsonLines, QStringLiteral("filtered.jsonl"), filter));
        QVERIFY(run.result);
        QVERIFY2(run.result->ok(), qPrintable(run.result->errorMessage()));
        const QList<QJsonObject> events
            = jsonLines(readFile(path(QStringLiteral("filtered.jsonl"))));
        QCOMPARE(events.size(), expected);
        QCOMPARE(run.result->rows, qint64(expected));
        QVERIFY(!run.progress.isEmpty());
        QCOMPARE(run.progress.last(), std::make_pair(qint64(expected), qint64(expected)));
        for (const QJsonObject &event : events) {
            bool posted = false;
            for (const Posted &p : std::as_const(m_posted))
                posted = posted || p.event.id == idOf(event);
            QVERIFY2(posted, qPrintable(idOf(event)));
        }
    }

    // Small pages: every page asked for and written in order, progress rising to the total.
    void pagesWithProgress()
    {
        ops::AuditExportRequest paged
            = request(AuditExportFormat::JsonLines, QStringLiteral("paged.jsonl"));
        paged.pageSize = 3;
        const ExportRun run = runExport(*m_lead, paged);
        QVERIFY(run.result);
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.result->ok(), qPrintable(run.result->errorMessage()));
        QCOMPARE(jsonLines(readFile(path(QStringLiteral("paged.jsonl")))), m_stored);
        const qint64 total = m_stored.size();
        QVERIFY(run.progress.size() >= total / 3);
        qint64 last = -1;
        for (const auto &[rows, reportedTotal] : run.progress) {
            QCOMPARE(reportedTotal, total);
            QVERIFY(rows >= last);
            last = rows;
        }
        QCOMPARE(last, total);
    }

    // Cancelled half way: exactly one "cancelled", no .part left, the old file untouched.
    void cancelRemovesThePartFile()
    {
        const QString target = path(QStringLiteral("cancelled.csv"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        ops::AuditExportRequest paged
            = request(AuditExportFormat::Csv, QStringLiteral("cancelled.csv"));
        paged.pageSize = 2;
        bool partSeen = false;
        const ExportRun run
            = runExport(*m_lead, paged, [&](ops::AuditExport &exporter, qint64 rows) {
                  if (rows > 0 && exporter.isRunning()) {
                      partSeen = QFile::exists(target + QStringLiteral(".part"));
                      exporter.cancel();
                      exporter.cancel(); // a second cancel changes nothing
                  }
              });
        QVERIFY(run.result);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result->status, Status::Cancelled);
        QVERIFY(run.result->rows > 0 && run.result->rows < m_stored.size());
        QVERIFY(partSeen);
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        QCOMPARE(readFile(target), QByteArray("old"));
        QVERIFY(run.result->errorMessage().isEmpty());
    }

    void cancelBeforeTheFirstPage()
    {
        ops::AuditExport exporter(m_lead.get());
        QSignalSpy finished(&exporter, &ops::AuditExport::finished);
        QVERIFY(exporter.start(request(AuditExportFormat::Csv, QStringLiteral("early.csv"))));
        QVERIFY(!exporter.start(request(AuditExportFormat::Csv, QStringLiteral("other.csv"))));
        exporter.cancel();
        QVERIFY(finished.isEmpty()); // never inside cancel()
        QVERIFY(finished.wait(kWaitMs));
        (void)call(*m_lead, getOf(QStringLiteral("/api/v1/me")));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<ops::AuditExportResult>().status,
                 Status::Cancelled);
        QVERIFY(!QFile::exists(path(QStringLiteral("early.csv.part"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("early.csv"))));
        QVERIFY(!exporter.isRunning());
    }

    // Destroyed while running (the console closed): the .part file is gone, nothing delivered.
    void destroyedWhileRunning()
    {
        auto exporter = std::make_unique<ops::AuditExport>(m_lead.get());
        int delivered = 0;
        connect(exporter.get(), &ops::AuditExport::finished, this, [&] { ++delivered; });
        ops::AuditExportRequest paged = request(AuditExportFormat::Csv, QStringLiteral("gone.csv"));
        paged.pageSize = 2;
        QSignalSpy progress(exporter.get(), &ops::AuditExport::progress);
        QVERIFY(exporter->start(paged));
        while (exporter->rowsWritten() == 0)
            QVERIFY(progress.wait(kWaitMs));
        exporter.reset();
        QVERIFY(!QFile::exists(path(QStringLiteral("gone.csv.part"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("gone.csv"))));
        (void)call(*m_lead, getOf(QStringLiteral("/api/v1/me")));
        QCOMPARE(delivered, 0);
    }

    void existingFileIsReplacedWhenComplete()
    {
        const QString target = path(QStringLiteral("replaced.jsonl"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content\n");
        }
        ops::AuditExportRequest paged
            = request(AuditExportFormat::JsonLines, QStringLiteral("replaced.jsonl"));
        paged.pageSize = 4;
        bool oldKept = true;
        const ExportRun run = runExport(*m_lead, paged, [&](ops::AuditExport &, qint64 rows) {
            if (rows > 0 && rows < m_stored.size())
                oldKept = oldKept && readFile(target) == "old content\n";
        });
        QVERIFY(run.result);
        QVERIFY2(run.result->ok(), qPrintable(run.result->errorMessage()));
        QVERIFY(oldKept);
        QCOMPARE(jsonLines(readFile(target)), m_stored);
    }

    void unwritablePathIsOneClearError()
    {
        const QString target = path(QStringLiteral("missing/folder/audit.csv"));
        const ExportRun run = runExport(
            *m_lead, ops::AuditExportRequest { {}, AuditExportFormat::Csv, target, false, 1000 });
        QVERIFY(run.result);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result->status, Status::Failed);
        QVERIFY(!run.result->crmError);
        QVERIFY2(run.result->errorMessage().contains(target),
                 qPrintable(run.result->errorMessage()));
        QVERIFY(!QFile::exists(target));
    }

    void agentsAreRefused()
    {
        auto agent = clientFor(m_crm.url(), kAgentToken);
        const ExportRun run
            = runExport(*agent, request(AuditExportFormat::Csv, QStringLiteral("agent.csv")));
        QVERIFY(run.result);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result->status, Status::Failed);
        QVERIFY(run.result->crmError);
        QCOMPARE(run.result->crmError->kind, crm::ErrorKind::Forbidden);
        QCOMPARE(run.result->crmError->httpStatus, 403);
        QVERIFY(!run.result->errorMessage().isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("agent.csv"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("agent.csv.part"))));
    }

    // A page that is not the contract's JSON (the sandbox cuts it in half and appends text) fails
    // the export with a MalformedResponse naming what was wrong; nothing is left behind.
    void malformedPageIsOneClearError()
    {
        SandboxProcess faulty;
        QVERIFY2(faulty.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                              { QStringLiteral("--enable-faults") }),
                 qPrintable(faulty.error()));
        auto lead = clientFor(faulty.url(), kLeadToken);
        for (int i = 0; i < 5; ++i) {
            const Posted &posted = m_posted.at(3 + i % 2); // the team lead's own events
            AuditEvent event = posted.event;
            event.id = makeAuditEvent(QStringLiteral("op"), kLeadId, QStringLiteral("x"),
                                      QStringLiteral("lead"), {})
                           .id;
            QVERIFY(call(*lead, auditEventPost(event)).ok());
        }
        QVERIFY(addFault(
            faulty.url(),
            QJsonObject { { QStringLiteral("route"), QStringLiteral("GET /api/v1/audit/events") },
                          { QStringLiteral("malformed_body"), true },
                          { QStringLiteral("times"), 1 } }));
        const ExportRun run
            = runExport(*lead, request(AuditExportFormat::Csv, QStringLiteral("malformed.csv")));
        QVERIFY(run.result);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result->status, Status::Failed);
        QVERIFY(run.result->crmError);
        QCOMPARE(run.result->crmError->kind, crm::ErrorKind::MalformedResponse);
        QCOMPARE(run.result->errorMessage(), run.result->crmError->message);
        QVERIFY2(run.result->crmError->detail.contains(QLatin1String("/api/v1/audit/events"))
                     && run.result->crmError->detail.contains(QLatin1String("(byte ")),
                 qPrintable(run.result->crmError->detail));
        QVERIFY(!QFile::exists(path(QStringLiteral("malformed.csv"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("malformed.csv.part"))));
    }

    // A filter the CRM refuses (free text needs three characters) fails with its 422.
    void refusedFilterIsTheCrmsError()
    {
        AuditFilter filter;
        filter.text = QStringLiteral("ab");
        const ExportRun run = runExport(
            *m_lead, request(AuditExportFormat::Csv, QStringLiteral("short.csv"), filter));
        QVERIFY(run.result);
        QCOMPARE(run.result->status, Status::Failed);
        QVERIFY(run.result->crmError);
        QCOMPARE(run.result->crmError->kind, crm::ErrorKind::Validation);
        QCOMPARE(run.result->crmError->field, QStringLiteral("text"));
        QVERIFY(!QFile::exists(path(QStringLiteral("short.csv.part"))));
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_audit_export.moc"
