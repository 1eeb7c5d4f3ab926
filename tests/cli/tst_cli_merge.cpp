#include "CliRunner.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace opc;
using namespace opc::test;

namespace {

const QStringList kStepOrder {
    QStringLiteral("create-request"),
    QStringLiteral("move-intro-lesson"),
    QStringLiteral("copy-reports"),
    QStringLiteral("cross-reference-comments"),
    QStringLiteral("move-schedule-and-teacher"),
    QStringLiteral("mark-duplicate"),
    QStringLiteral("move-paid-lessons"),
    QStringLiteral("check-price-set"),
    QStringLiteral("copy-statuses"),
};

// The change with `field` in a step line, or an empty object.
QJsonObject change(const QJsonObject &step, const QString &field)
{
    for (const QJsonValue &value : step[QLatin1String("changes")].toArray()) {
        if (value[QLatin1String("field")].toString() == field)
            return value.toObject();
    }
    return {};
}

} // namespace

// `operator-cli merge` (issue 3) as a script runs it, against separately started crm-sandbox
// processes: the dry run's plan in both directions of the seed student, every refusal with its
// exit code, and that a dry run leaves the CRM as it was.
class TestCliMerge final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QJsonObject m_before; // path → body, read before any dry run

    QStringList merge(const SandboxProcess &sandbox, const QStringList &arguments) const
    {
        return QStringList { QStringLiteral("--crm"), sandbox.url().toString(),
                             QStringLiteral("merge") }
        + arguments;
    }

    static QStringList dryRun(qint64 source, qint64 target)
    {
        return { QStringLiteral("--source"),         QString::number(source),
                 QStringLiteral("--target"),         QString::number(target),
                 QStringLiteral("--student-warned"), QStringLiteral("--dry-run") };
    }

    // What the CRM holds about the seed student, read as the team lead.
    QJsonObject crmState(QString *error) const
    {
        auto client = clientFor(m_sandbox.url(), kLeadToken);
        QJsonObject state;
        const QStringList paths {
            QStringLiteral("/api/v1/students/1"),
            QStringLiteral("/api/v1/accounts/11"),
            QStringLiteral("/api/v1/accounts/12"),
            QStringLiteral("/api/v1/accounts/21"),
            QStringLiteral("/api/v1/accounts/22"),
            QStringLiteral("/api/v1/requests/1101"),
            QStringLiteral("/api/v1/requests/2101"),
            QStringLiteral("/api/v1/requests/2201"),
            QStringLiteral("/api/v1/methodists/501/lessons"),
            QStringLiteral("/api/v1/methodists/502/lessons"),
        };
        for (const QString &path : paths) {
            crm::CrmRequest request;
            request.path = path;
            const crm::CrmResult result = call(*client, request);
            if (!result.ok()) {
                *error = path + QLatin1String(": ") + result.error->message;
                return {};
            }
            state.insert(path, result.body);
        }
        return state;
    }

    // A copy of the demo fixture with `edit` applied, written to a file for --fixture.
    QString fixture(const QString &name, const std::function<void(QJsonObject &)> &edit) const
    {
        QFile demo(qEnvironmentVariable("OPC_SOURCE_DIR")
                   + QStringLiteral("/resources/fixtures/demo.json"));
        if (!demo.open(QIODevice::ReadOnly))
            return {};
        QJsonObject data = QJsonDocument::fromJson(demo.readAll()).object();
        edit(data);
        QFile out(m_dir.filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(data).toJson());
        return out.fileName();
    }

    static void editRow(QJsonObject &data, const QString &table, qint64 id, const QString &column,
                        const QJsonValue &value)
    {
        QJsonArray rows = data[table].toArray();
        for (int i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows[i].toObject();
            if (row[QLatin1String("id")].toInteger() == id) {
                row[column] = value;
                rows[i] = row;
            }
        }
        data[table] = rows;
    }

    // Runs a dry run with --json and checks the nine planned lines; returns them.
    QList<QJsonObject> plannedSteps(qint64 source, qint64 target)
    {
        const CliRun run
            = runCli(merge(m_sandbox, dryRun(source, target) << QStringLiteral("--json")), {},
                     withToken(kAgentToken));
        if (run.exitCode != 0 || !run.err.isEmpty()) {
            qWarning("%s", qPrintable(run.describe()));
            return {};
        }
        QList<QJsonObject> steps;
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                qWarning("not one JSON object per line: %s", line.constData());
                return {};
            }
            steps << document.object();
            // The id and the status lead each line, as in the journal's lines.
            if (!line.startsWith("{\"step\":\""
                                 + steps.last()[QLatin1String("step")].toString().toUtf8()
                                 + "\",\"status\":\"planned\",")) {
                qWarning("step and status do not lead: %s", line.constData());
                return {};
            }
        }
        return steps;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        QString error;
        m_before = crmState(&error);
        QVERIFY2(!m_before.isEmpty(), qPrintable(error));
    }

    void dryRunPlansEveryStepInOrder_data()
    {
        QTest::addColumn<qint64>("source");
        QTest::addColumn<qint64>("target");
        QTest::newRow("keep English: 22 → 12") << qint64(22) << qint64(12);
        QTest::newRow("keep math: 11 → 21") << qint64(11) << qint64(21);
    }

    void dryRunPlansEveryStepInOrder()
    {
        QFETCH(qint64, source);
        QFETCH(qint64, target);
        const QList<QJsonObject> steps = plannedSteps(source, target);
        QCOMPARE(steps.size(), kStepOrder.size());
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject &step = steps.at(i);
            QCOMPARE(step[QLatin1String("step")].toString(), kStepOrder.at(i));
            QCOMPARE(step[QLatin1String("status")].toString(), QStringLiteral("planned"));
            QVERIFY(!step[QLatin1String("title")].toString().isEmpty());
            QVERIFY(step[QLatin1String("changes")].isArray());
            QVERIFY(step[QLatin1String("texts")].isArray());
            for (const QJsonValue &value : step[QLatin1String("changes")].toArray()) {
                QVERIFY(!value[QLatin1String("field")].toString().isEmpty());
                QVERIFY(value[QLatin1String("before")].isString());
                QVERIFY(value[QLatin1String("after")].isString());
            }
            for (const QJsonValue &value : step[QLatin1String("texts")].toArray()) {
                const QString kind = value[QLatin1String("kind")].toString();
                QVERIFY2(kind == QLatin1String("comment")
                             || kind == QLatin1String("teacher-request")
                             || kind == QLatin1String("letter"),
                         qPrintable(kind));
                QVERIFY(!value[QLatin1String("where")].toString().isEmpty());
                QVERIFY(!value[QLatin1String("text")].toString().isEmpty());
            }
        }

        // The values of the seed: paid lessons move from source to target.
        const QJsonObject paid = steps.at(6);
        const QString sourcePaid = source == 22 ? QStringLiteral("5") : QStringLiteral("8");
        QCOMPARE(
            change(paid, QStringLiteral("source.paid_lessons"))[QLatin1String("before")].toString(),
            sourcePaid);
        QCOMPARE(
            change(paid, QStringLiteral("source.paid_lessons"))[QLatin1String("after")].toString(),
            QStringLiteral("0"));
        QCOMPARE(
            change(paid, QStringLiteral("target.paid_lessons"))[QLatin1String("after")].toString(),
            sourcePaid);
        // Both cross-reference comments, the teacher request and the teacher's letter, in full.
        const QJsonArray comments = steps.at(3)[QLatin1String("texts")].toArray();
        QCOMPARE(comments.size(), 2);
        const QString oldRequest = source == 22 ? QStringLiteral("2201") : QStringLiteral("1101");
        QVERIFY(comments.at(0)[QLatin1String("text")].toString().contains(oldRequest));
        const QJsonArray teacherTexts = steps.at(4)[QLatin1String("texts")].toArray();
        QCOMPARE(teacherTexts.size(), 2);
        QCOMPARE(teacherTexts.at(0)[QLatin1String("kind")].toString(),
                 QStringLiteral("teacher-request"));
        QVERIFY(
            teacherTexts.at(0)[QLatin1String("text")].toString().contains(QString::number(target)));
        QCOMPARE(teacherTexts.at(1)[QLatin1String("kind")].toString(), QStringLiteral("letter"));
        const QString teacher
            = source == 22 ? QStringLiteral("Сергей Иванов") : QStringLiteral("Ирина Петрова");
        QVERIFY(teacherTexts.at(1)[QLatin1String("text")].toString().contains(teacher));
        QCOMPARE(change(steps.at(4), QStringLiteral("target.teacher"))[QLatin1String("after")]
                     .toString(),
                 teacher);
        // Keeping math reuses the empty English account's request 2101; keeping English
        // creates one for math account 12.
        const QJsonObject request = change(steps.at(0), QStringLiteral("target.request"));
        if (target == 21) {
            QCOMPARE(request[QLatin1String("before")].toString(), QStringLiteral("request #2101"));
            QCOMPARE(request[QLatin1String("after")].toString(), QStringLiteral("request #2101"));
        } else {
            QCOMPARE(request[QLatin1String("before")].toString(), QStringLiteral("—"));
            QVERIFY(request[QLatin1String("after")].toString().contains(
                QStringLiteral("kuznetsova.e@example.org")));
        }
    }

    void dryRunPrintsAReadablePlan()
    {
        const CliRun run = runCli(merge(m_sandbox, dryRun(22, 12)), {}, withToken(kAgentToken));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.err.isEmpty());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QStringLiteral("nothing is changed in the CRM")));
        // The lock is looked up (GET /merges?account_id=) without registering anything.
        QVERIFY(text.contains(QStringLiteral("[ok] No other merge is running on these accounts.")));
        int at = 0;
        for (int i = 0; i < kStepOrder.size(); ++i) {
            const int found = text.indexOf(QStringLiteral("%1. ").arg(i + 1), at);
            QVERIFY2(found >= 0, qPrintable(kStepOrder.at(i)));
            const int id = text.indexOf(QStringLiteral("[%1]").arg(kStepOrder.at(i)), found);
            QVERIFY2(id > found && text.indexOf(QLatin1Char('\n'), found) > id,
                     qPrintable(kStepOrder.at(i)));
            at = id;
        }
        QVERIFY(text.contains(QStringLiteral("Paid lessons of account 12: 0 → 5")));
        QVERIFY(text.contains(QStringLiteral("Letter to teacher Сергей Иванов:")));
        QVERIFY(text.contains(QStringLiteral("     | Hello, Сергей Иванов!")));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const auto args
            = [](const char *line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); };
        QTest::newRow("no --student-warned")
            << args("--source 22 --target 12 --dry-run") << 2 << "--student-warned";
        QTest::newRow("no --source")
            << args("--target 12 --student-warned --dry-run") << 2 << "--source";
        QTest::newRow("no --target")
            << args("--source 22 --student-warned --dry-run") << 2 << "--target";
        QTest::newRow("bad --source")
            << args("--source abc --target 12 --student-warned --dry-run") << 2 << "--source";
        QTest::newRow("zero --target")
            << args("--source 22 --target 0 --student-warned --dry-run") << 2 << "--target";
        QTest::newRow("negative --target")
            << args("--source 22 --target -12 --student-warned --dry-run") << 2 << "--target";
        QTest::newRow("same account")
            << args("--source 22 --target 22 --student-warned --dry-run") << 2 << "same account";
        QTest::newRow("subjects differ")
            << args("--source 22 --target 11 --student-warned --dry-run") << 2 << "same subject";
        QTest::newRow("source and target swapped")
            << args("--source 12 --target 22 --student-warned --dry-run") << 2
            << "--source 22 --target 12";
        QTest::newRow("unknown account")
            << args("--source 999 --target 12 --student-warned --dry-run") << 2
            << "No account 999 in the CRM";
        QTest::newRow("another student's account")
            << args("--source 31 --target 12 --student-warned --dry-run") << 2 << "same student";
        QTest::newRow("--resume with --dry-run")
            << args("--resume abc --dry-run") << 2 << "--dry-run and --resume";
        QTest::newRow("--resume with a bad id")
            << args("--resume a/b") << 2 << "--resume needs the operation id";
        QTest::newRow("--price-set neither copy nor keep")
            << args("--source 22 --target 12 --student-warned --price-set maybe") << 2
            << "--price-set must be copy or keep";
    }

    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const CliRun run = runCli(merge(m_sandbox, arguments), {}, withToken(kAgentToken));
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(QString::fromUtf8(run.err).contains(says), qPrintable(run.describe()));
    }

    void refusesAStudentWhoIsNotKids()
    {
        const QString path = fixture(QStringLiteral("not-kids.json"), [](QJsonObject &data) {
            editRow(data, QStringLiteral("students"), 1, QStringLiteral("is_kids"), false);
        });
        QVERIFY(!path.isEmpty());
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(QStringLiteral(":memory:"), path), qPrintable(sandbox.error()));
        const CliRun run = runCli(merge(sandbox, dryRun(22, 12)), {}, withToken(kAgentToken));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("Only KIDS accounts"), qPrintable(run.describe()));
    }

    void refusesATargetThatIsNotEmpty()
    {
        const QString path = fixture(QStringLiteral("busy-target.json"), [](QJsonObject &data) {
            editRow(data, QStringLiteral("accounts"), 12, QStringLiteral("lessons_taken"), 3);
        });
        QVERIFY(!path.isEmpty());
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(QStringLiteral(":memory:"), path), qPrintable(sandbox.error()));
        const CliRun run = runCli(merge(sandbox, dryRun(22, 12)), {}, withToken(kAgentToken));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("Target account 12 already has 3 lessons taken"),
                 qPrintable(run.describe()));
    }

    void reportsAnUnreachableCrm()
    {
        SandboxProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.error()));
        const QStringList arguments = merge(gone, dryRun(22, 12));
        gone.kill();
        const CliRun run = runCli(arguments, {}, withToken(kAgentToken));
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
    }

    // Runs last (slots run in declaration order): after every dry run above, the CRM holds
    // exactly what it held before, and no merge locks the seed's accounts.
    void dryRunsChangedNothing()
    {
        QString error;
        const QJsonObject after = crmState(&error);
        QVERIFY2(!after.isEmpty(), qPrintable(error));
        for (const QString &path : m_before.keys())
            QVERIFY2(after[path] == m_before[path], qPrintable(path));

        // Registering a merge now succeeds (201): no dry run registered or locked one.
        auto client = clientFor(m_sandbox.url(), kAgentToken);
        crm::CrmRequest registration;
        registration.method = "POST";
        registration.path = QStringLiteral("/api/v1/merges");
        registration.body = QJsonObject {
            { QStringLiteral("operation_id"), QStringLiteral("tst-cli-merge-after-dry-runs") },
            { QStringLiteral("source_account_id"), 22 },
            { QStringLiteral("target_account_id"), 12 },
        };
        const crm::CrmResult registered = call(*client, registration);
        QVERIFY2(registered.ok(),
                 qPrintable(registered.error ? registered.error->message : QString()));
        QCOMPARE(registered.httpStatus, 201);
    }
};

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
