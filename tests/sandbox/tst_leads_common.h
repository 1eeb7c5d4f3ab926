#pragma once

// Shared by the lead handling tests (tst_leads_*.cpp): a fresh demo sandbox, optionally with a
// second agent, and the calls those tests make over loopback HTTP.

#include "SandboxTestSupport.h"
#include "sandbox/FixtureLoader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace opc::test::leads {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A second agent, only in these tests' copy of the demo fixture (the demo keeps three users).
inline const QByteArray kAgent2Token = "demo-agent2-token";
inline const QString kAgent2Id = QStringLiteral("u-agent2");
inline const QString kAgent2Name = QStringLiteral("Глеб Орлов");
inline const QString kAgentName = QStringLiteral("Анна Смирнова");

// The duplicate candidates of the demo fixture (docs/fixture-format.md, "Lead handling").
inline const QString kIvanPhone = QStringLiteral("+7 499 765 43 21"); // deal 101, in process, 5 d
inline const QString kMariaEmail = QStringLiteral("maria.sokolova@example.org"); // deal 102, 20 d
inline const QString kOlegPhone = QStringLiteral("8 495 111 22 33"); // deal 103, finished, 10 d
inline const QString kNinaPhone = QStringLiteral("(495) 123-45-67"); // deal 104, in process, 100 d

inline QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QString errorCode(const Response &response)
{
    return response.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
}

inline QString errorField(const Response &response)
{
    return response.json()[QStringLiteral("error")][QStringLiteral("field")].toString();
}

inline QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The demo fixture plus the second agent, written to `dir`.
inline QString fixtureWithSecondAgent(const QTemporaryDir &dir)
{
    QFile demo(sandbox::FixtureLoader::demoResourcePath());
    if (!demo.open(QIODevice::ReadOnly))
        return {};
    QJsonObject tables = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray users = tables.value(QStringLiteral("users")).toArray();
    users.append(QJsonObject {
        { QStringLiteral("id"), kAgent2Id },
        { QStringLiteral("login"), QStringLiteral("agent2") },
        { QStringLiteral("display_name"), kAgent2Name },
        { QStringLiteral("role"), QStringLiteral("agent") },
        { QStringLiteral("token_sha256"),
          QString::fromLatin1(
              QCryptographicHash::hash(kAgent2Token, QCryptographicHash::Sha256).toHex()) } });
    tables.insert(QStringLiteral("users"), users);
    const QString path = dir.filePath(QStringLiteral("leads-fixture.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(tables).toJson()) < 0)
        return {};
    return path;
}

// One sandbox with the demo data (and the second agent), in-process on its own thread.
class LeadSandbox final {
public:
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        sandbox::SandboxOptions options = SandboxThread::demoOptions();
        options.fixture = fixtureWithSecondAgent(m_dir);
        if (options.fixture.isEmpty()) {
            *error = QStringLiteral("cannot write the test fixture");
            return false;
        }
        m_thread = std::make_unique<SandboxThread>(options);
        if (!m_thread->start(error))
            return false;
        m_http = std::make_unique<Http>(m_thread->url());
        return true;
    }

    Http &http() { return *m_http; }
    QUrl url() const { return m_thread->url(); }

    Response post(const QString &path, const QJsonObject &body,
                  const QByteArray &token = kAgentToken, const QByteArray &key = newKey())
    {
        return m_http->post(path, body, key, token);
    }

    Response webhook(const QString &type, const QJsonObject &body, const QByteArray &key = newKey(),
                     const QByteArray &token = kAgentToken)
    {
        return post(QStringLiteral("/api/v1/webhooks/leads/") + type, body, token, key);
    }

    Response sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                      const QByteArray &etag, const QByteArray &token = kAgentToken,
                      const QByteArray &key = {})
    {
        Headers headers { { "Content-Type", "application/json" } };
        if (!etag.isEmpty())
            headers.append({ "If-Match", etag });
        if (!key.isEmpty())
            headers.append({ "Idempotency-Key", key });
        return m_http->send(method, path, token, compact(body), headers);
    }

    // POST without a body (take, release).
    Response action(const QString &path, const QByteArray &token = kAgentToken)
    {
        return m_http->send("POST", path, token, {}, { { "Idempotency-Key", newKey() } });
    }

    // Changes the duplicate rules as the team lead (read the ETag, PUT), keeping the groups.
    bool setDuplicates(const QJsonObject &duplicates)
    {
        const Response current = m_http->get(QStringLiteral("/api/v1/lead-settings"), kLeadToken);
        if (current.status != 200)
            return false;
        QJsonObject body = current.json();
        body.insert(QStringLiteral("duplicates"), duplicates);
        const Response put = sendJson("PUT", QStringLiteral("/api/v1/lead-settings"), body,
                                      current.header("ETag"), kLeadToken);
        return put.status == 200;
    }

    qint64 lastSeq()
    {
        return m_http->get(QStringLiteral("/api/v1/leads/changes?after=999999999"))
            .json()
            .value(QStringLiteral("last_seq"))
            .toInteger(-1);
    }

    // Deals in both demo funnels, from their summaries.
    qint64 dealCount()
    {
        qint64 total = 0;
        for (int funnel : { 1, 2 }) {
            const Response summary
                = m_http->get(QStringLiteral("/api/v1/funnels/%1/summary").arg(funnel));
            for (const QJsonValue &stage : summary.json()[QStringLiteral("stages")].toArray())
                total += stage[QStringLiteral("count")].toInteger();
        }
        return total;
    }

    QJsonObject deal(qint64 id)
    {
        return m_http->get(QStringLiteral("/api/v1/deals/%1").arg(id)).json();
    }

    QJsonObject lead(qint64 id)
    {
        return m_http->get(QStringLiteral("/api/v1/leads/%1").arg(id)).json();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxThread> m_thread;
    std::unique_ptr<Http> m_http;
};

} // namespace opc::test::leads
