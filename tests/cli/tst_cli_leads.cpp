#include "CliRunner.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace opc;
using namespace opc::test;

namespace {

QList<QJsonObject> jsonLines(const QByteArray &out, QString *problem)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = QStringLiteral("not one JSON object per line: ") + QString::fromUtf8(line);
            return {};
        }
        lines << document.object();
    }
    return lines;
}

QByteArray callLine(const QString &phone, const QString &callId)
{
    return QJsonDocument(
               QJsonObject { { QStringLiteral("type"), QStringLiteral("call") },
                             { QStringLiteral("phone"), phone },
                             { QStringLiteral("call_id"), callId },
                             { QStringLiteral("name"), QStringLiteral("Скрипт") },
                             { QStringLiteral("source"), QStringLiteral("yandex") },
                             { QStringLiteral("medium"), QStringLiteral("cpc") },
                             { QStringLiteral("tags"),
                               QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } })
               .toJson(QJsonDocument::Compact)
        + '\n';
}

} // namespace

// `operator-cli leads intake|list` (issue 4 §6) as a script runs it, against a separately
// started crm-sandbox: one answer line per input line in input order, invalid leads named by
// field without stopping the batch (exit 2), queues per role, and the exit codes.
class TestCliLeads final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;

    QStringList leads(const QStringList &arguments) const
    {
        return QStringList { QStringLiteral("--crm"), m_sandbox.url().toString(),
                             QStringLiteral("leads") }
        + arguments;
    }

    CliRun intake(const QByteArray &input, const QString &token = kAgentToken) const
    {
        return runCli(leads({ QStringLiteral("intake"), QStringLiteral("--json") }), input,
                      withToken(token));
    }

    QJsonArray listed(const QString &queue, const QString &token, QString *problem,
                      const QStringList &extra = {}) const
    {
        const CliRun run
            = runCli(leads(QStringList { QStringLiteral("list"), QStringLiteral("--queue"), queue,
                                         QStringLiteral("--json") }
                           + extra),
                     {}, withToken(token));
        if (run.exitCode != 0 || !run.err.isEmpty()) {
            *problem = run.describe();
            return {};
        }
        const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
        if (answer[QLatin1String("queue")].toString() != queue) {
            *problem = run.describe();
            return {};
        }
        return answer[QLatin1String("items")].toArray();
    }

    static bool containsPhone(const QJsonArray &items, const QString &phone)
    {
        for (const QJsonValue &item : items) {
            if (item[QLatin1String("phone")].toString() == phone)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error())); }

    void batchAnswersEveryLineInOrderAndGoesOnPastInvalidOnes()
    {
        QByteArray input;
        input += callLine(QStringLiteral("+7 (916) 800-10-01"), QStringLiteral("cli-1")); // new
        input += "{\"type\":\"call\",\"phone\":\"12\",\"call_id\":\"cli-bad\"}\n"; // bad phone
        input += callLine(QStringLiteral("8 916 800 10 01"), QStringLiteral("cli-2")); // duplicate
        input += "this is not json\n";
        input += "{\"type\":\"form\",\"name\":\"Без контактов\"}\n"; // a form needs phone or e-mail
        input
            += "{\"type\":\"call\",\"phone\":\"89168001002\",\"colour\":\"red\"}\n"; // unknown key
        input += "{\"type\":\"form\",\"email\":\"cli.form@example.org\"}\n"; // new
        input += "\n"; // an empty line is answered too
        input += "[1,2]\n";
        input += "{\"type\":\"form\",\"email\":\"CLI.Form@example.org\",\"phone\":\"+7 916 "
                 "800-10-09\"}";
        const CliRun run = intake(input);
        QVERIFY2(!run.crashed, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1); // one summary line on stderr
        QString problem;
        const QList<QJsonObject> lines = jsonLines(run.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + run.describe()));
        QCOMPARE(lines.size(), 10);

        QVERIFY2(run.out.startsWith("{\"decision\":\"new\",\"deal\":"), run.out.constData());
        QCOMPARE(lines[0][QLatin1String("decision")].toString(), QStringLiteral("new"));
        const qint64 deal = lines[0][QLatin1String("deal")].toInteger();
        QVERIFY(deal > 0);
        QVERIFY(lines[0][QLatin1String("action")].isNull());
        QCOMPARE(lines[0].size(), 3);

        QCOMPARE(lines[1][QLatin1String("error")][QLatin1String("field")].toString(),
                 QStringLiteral("phone"));
        QVERIFY(!lines[1][QLatin1String("error")][QLatin1String("message")].toString().isEmpty());

        QCOMPARE(lines[2][QLatin1String("decision")].toString(), QStringLiteral("duplicate"));
        QCOMPARE(lines[2][QLatin1String("deal")].toInteger(), deal);
        QCOMPARE(lines[2][QLatin1String("action")].toString(), QStringLiteral("comment"));

        QVERIFY(lines[3].contains(QLatin1String("error")));
        QVERIFY(lines[3][QLatin1String("error")][QLatin1String("field")].isNull());
        QVERIFY(lines[4].contains(QLatin1String("error")));
        QCOMPARE(lines[5][QLatin1String("error")][QLatin1String("field")].toString(),
                 QStringLiteral("colour"));
        QCOMPARE(lines[6][QLatin1String("decision")].toString(), QStringLiteral("new"));
        const qint64 formDeal = lines[6][QLatin1String("deal")].toInteger();
        QVERIFY(formDeal > 0 && formDeal != deal);
        QVERIFY(lines[7].contains(QLatin1String("error")));
        QVERIFY(lines[8].contains(QLatin1String("error")));
        // The last line has no newline; its e-mail, in other case, names the form's deal.
        QCOMPARE(lines[9][QLatin1String("decision")].toString(), QStringLiteral("duplicate"));
        QCOMPARE(lines[9][QLatin1String("deal")].toInteger(), formDeal);

        // Only the valid leads reached the CRM: the invalid call's number is nowhere.
        const QJsonArray free = listed(QStringLiteral("free"), kAgentToken, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(containsPhone(free, QStringLiteral("+79168001001")));
        QVERIFY(!containsPhone(free, QStringLiteral("+79168001002")));
    }

    void aValidBatchExitsZeroAndARerunReplaysIt()
    {
        QByteArray input = callLine(QStringLiteral("+7 916 800-20-01"), QStringLiteral("cli-ok-1"))
            + callLine(QStringLiteral("+7 916 800-20-02"), QStringLiteral("cli-ok-2"));
        const CliRun first = intake(input);
        QVERIFY2(first.exitCode == 0 && first.err.isEmpty(), qPrintable(first.describe()));
        QString problem;
        const QList<QJsonObject> lines = jsonLines(first.out, &problem);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0][QLatin1String("decision")].toString(), QStringLiteral("new"));
        QCOMPARE(lines[1][QLatin1String("decision")].toString(), QStringLiteral("new"));

        // The same batch again (a retried script): the same decisions, nothing doubled.
        const CliRun again = intake(input);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.out, first.out);
    }

    void textOutputForPeople()
    {
        const CliRun run
            = runCli(leads({ QStringLiteral("intake") }),
                     callLine(QStringLiteral("+7 916 800-30-01"), QStringLiteral("cli-text"))
                         + "{\"type\":\"call\"}\n",
                     withToken(kAgentToken));
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = QString::fromUtf8(run.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("1: new: deal ")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("2: invalid phone: ")), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QStringLiteral("1 new")), qPrintable(lines[2]));
    }

    void emptyInputIsAnEmptyBatch()
    {
        const CliRun run = intake({});
        QVERIFY2(run.exitCode == 0 && run.out.isEmpty() && run.err.isEmpty(),
                 qPrintable(run.describe()));
    }

    void anUnreachableCrmFailsWithOne()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const CliRun run = runCli(
            { QStringLiteral("--crm"), QStringLiteral("http://127.0.0.1:%1").arg(port),
              QStringLiteral("leads"), QStringLiteral("intake"), QStringLiteral("--json") },
            callLine(QStringLiteral("+7 916 800-40-01"), QStringLiteral("x")),
            withToken(kAgentToken));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 1);
    }

    void aRefusedTokenFailsWithOne()
    {
        const CliRun run = intake(callLine(QStringLiteral("+7 916 800-40-02"), QStringLiteral("y")),
                                  QStringLiteral("not-a-real-token"));
        QVERIFY2(run.isOneLineFailure(), qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 1);
    }

    void theTokenMayComeOnTheFirstLineOfInput()
    {
        const CliRun run = runCli(
            leads({ QStringLiteral("intake"), QStringLiteral("--json"),
                    QStringLiteral("--token-stdin") }),
            kAgentToken.toUtf8() + '\n'
                + callLine(QStringLiteral("+7 916 800-40-03"), QStringLiteral("cli-stdin")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QString problem;
        const QList<QJsonObject> lines = jsonLines(run.out, &problem);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0][QLatin1String("decision")].toString(), QStringLiteral("new"));
    }

    void aCallReceivedTwiceIsRefusedForThatLineOnly()
    {
        const QByteArray line
            = callLine(QStringLiteral("+7 916 800-60-01"), QStringLiteral("cli-twice"));
        QVERIFY2(intake(line).exitCode == 0, "first intake");
        // The team lead sends the agent's call again (their own Idempotency-Key store), and the
        // agent sends it with other data: both refused, naming call_id; the batch goes on.
        const CliRun byLead
            = intake(line + callLine(QStringLiteral("+7 916 800-60-02"), QStringLiteral("cli-l")),
                     kLeadToken);
        QCOMPARE(byLead.exitCode, 2);
        QString problem;
        QList<QJsonObject> lines = jsonLines(byLead.out, &problem);
        QVERIFY2(lines.size() == 2, qPrintable(byLead.describe()));
        QCOMPARE(lines[0][QLatin1String("error")][QLatin1String("field")].toString(),
                 QStringLiteral("call_id"));
        QCOMPARE(lines[1][QLatin1String("decision")].toString(), QStringLiteral("new"));

        QByteArray changed = line;
        changed.replace("Скрипт", "Другое имя");
        const CliRun byAgent = intake(changed);
        QCOMPARE(byAgent.exitCode, 2);
        lines = jsonLines(byAgent.out, &problem);
        QVERIFY2(lines.size() == 1, qPrintable(byAgent.describe()));
        QCOMPARE(lines[0][QLatin1String("error")][QLatin1String("field")].toString(),
                 QStringLiteral("call_id"));
    }

    void aLostAnswerIsRetriedWithoutDoublingTheLead()
    {
        SandboxProcess faulty;
        QVERIFY2(faulty.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                              { QStringLiteral("--enable-faults") }),
                 qPrintable(faulty.error()));
        QVERIFY(addFault(
            faulty.url(),
            { { QStringLiteral("route"), QStringLiteral("POST /api/v1/webhooks/leads/call") },
              { QStringLiteral("drop_after_apply"), true },
              { QStringLiteral("times"), 1 } }));
        const CliRun run
            = runCli({ QStringLiteral("--crm"), faulty.url().toString(), QStringLiteral("leads"),
                       QStringLiteral("intake"), QStringLiteral("--json") },
                     callLine(QStringLiteral("+7 916 800-70-01"), QStringLiteral("cli-lost")),
                     withToken(kAgentToken));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QString problem;
        const QList<QJsonObject> lines = jsonLines(run.out, &problem);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0][QLatin1String("decision")].toString(), QStringLiteral("new"));

        const CliRun list = runCli(
            { QStringLiteral("--crm"), faulty.url().toString(), QStringLiteral("leads"),
              QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("free"),
              QStringLiteral("--search"), QStringLiteral("9168007001"), QStringLiteral("--json") },
            {}, withToken(kAgentToken));
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(QJsonDocument::fromJson(list.out)[QLatin1String("count")].toInt(), 1);
    }

    void aFailingCrmStopsSendingAndExitsOne()
    {
        SandboxProcess faulty;
        QVERIFY2(faulty.start(QStringLiteral(":memory:"), QStringLiteral("demo"),
                              { QStringLiteral("--enable-faults") }),
                 qPrintable(faulty.error()));
        QVERIFY(addFault(
            faulty.url(),
            { { QStringLiteral("route"), QStringLiteral("POST /api/v1/webhooks/leads/call") },
              { QStringLiteral("status"), 503 } }));
        QByteArray input
            = callLine(QStringLiteral("+7 916 800-80-01"), QStringLiteral("cli-down-1"));
        input += "{\"type\":\"call\"}\n";
        input += "{\"type\":\"form\",\"email\":\"down@example.org\"}\n";
        const CliRun run
            = runCli({ QStringLiteral("--crm"), faulty.url().toString(), QStringLiteral("leads"),
                       QStringLiteral("intake"), QStringLiteral("--json") },
                     input, withToken(kAgentToken));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QString problem;
        const QList<QJsonObject> lines = jsonLines(run.out, &problem);
        QVERIFY2(lines.size() == 3, qPrintable(run.describe()));
        QVERIFY(lines[0][QLatin1String("error")][QLatin1String("field")].isNull());
        QCOMPARE(lines[1][QLatin1String("error")][QLatin1String("field")].toString(),
                 QStringLiteral("phone"));
        QVERIFY(lines[2][QLatin1String("error")][QLatin1String("message")].toString().startsWith(
            QStringLiteral("Not sent")));
    }

    void listPerQueueAndRole()
    {
        const CliRun created
            = intake(callLine(QStringLiteral("+7 916 800-50-01"), QStringLiteral("cli-list")));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        QString problem;
        const QJsonArray free = listed(QStringLiteral("free"), kAgentToken, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(containsPhone(free, QStringLiteral("+79168005001")));
        for (const QJsonValue &item : free) {
            QCOMPARE(item[QLatin1String("status")].toString(), QStringLiteral("free"));
            QVERIFY(item[QLatin1String("assignee")].isNull());
        }

        const QJsonArray searched
            = listed(QStringLiteral("free"), kAgentToken, &problem,
                     { QStringLiteral("--search"), QStringLiteral("9168005001") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(searched.size(), 1);
        const qint64 id = searched.first()[QLatin1String("id")].toInteger();

        // Taken by the agent: in their queue, no longer free, and in the team lead's "all".
        auto agent = clientFor(m_sandbox.url(), kAgentToken);
        crm::CrmRequest take;
        take.method = "POST";
        take.path = QStringLiteral("/api/v1/leads/%1/take").arg(id);
        take.body = QJsonObject {};
        const crm::CrmResult taken = call(*agent, take);
        QVERIFY2(taken.ok(), qPrintable(taken.error ? taken.error->detail : QString()));
        const QJsonArray mine = listed(QStringLiteral("mine"), kAgentToken, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(containsPhone(mine, QStringLiteral("+79168005001")));
        QVERIFY(!containsPhone(listed(QStringLiteral("free"), kAgentToken, &problem),
                               QStringLiteral("+79168005001")));
        const QJsonArray all = listed(QStringLiteral("all"), kLeadToken, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(containsPhone(all, QStringLiteral("+79168005001")));
        const QJsonArray byAgent = listed(QStringLiteral("all"), kLeadToken, &problem,
                                          { QStringLiteral("--assignee"), kAgentId });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QJsonValue &item : byAgent)
            QCOMPARE(item[QLatin1String("assignee")][QLatin1String("id")].toString(), kAgentId);
        QVERIFY(containsPhone(byAgent, QStringLiteral("+79168005001")));

        // Text for people: the phone formatted.
        const CliRun text = runCli(
            leads({ QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("mine") }),
            {}, withToken(kAgentToken));
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains("+7 (916) 800-50-01"), qPrintable(text.describe()));
    }

    void listRefusals()
    {
        const CliRun agentAll = runCli(
            leads({ QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("all") }), {},
            withToken(kAgentToken));
        QVERIFY2(agentAll.isOneLineFailure(), qPrintable(agentAll.describe()));
        QCOMPARE(agentAll.exitCode, 1);

        const QList<QStringList> usage {
            { QStringLiteral("list") },
            { QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("everything") },
            { QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("free"),
              QStringLiteral("--assignee"), QStringLiteral("u-agent") },
            { QStringLiteral("intake"), QStringLiteral("--queue"), QStringLiteral("free") },
            {},
            { QStringLiteral("sort") },
        };
        for (const QStringList &arguments : usage) {
            const CliRun run = runCli(leads(arguments), {}, withToken(kAgentToken));
            QVERIFY2(
                run.isOneLineFailure() && run.exitCode == 2,
                qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLeads)
#include "tst_cli_leads.moc"
