// lead-bench: lead handling (issue 4) in `./dev.sh bench`. Prints, against real crm-sandbox
// processes on loopback:
//
//  * the latency of the duplicate check (POST /api/v1/leads/duplicate-check, one request after
//    another, median) with 1 000 deals and with 1 000 000 deals, and their ratio (target ≤ 3:
//    the candidate lookup goes through indexes, so the size of the CRM must not show);
//    for reference the same lookup without HTTP (the sandbox's own duplicateCandidates on the
//    SQLite file, median), which isolates what the indexes do;
//  * intake throughput: new and duplicate leads posted to the call and form webhooks (the
//    client keeps 6 connections busy), in leads per second, on both sizes.
//
// Each data set is the demo fixture plus generated clients and deals, written straight into
// the SQLite file with SQL (a million rows through HTTP would take far too long), then served
// by a fresh `crm-sandbox --db FILE`. The bench only prints; it fails only when something does
// not work.
//
//   lead-bench [--small N] [--large N] [--checks N] [--intake N]

#include "core/leads/LeadInput.h"
#include "sandbox/FixtureLoader.h"
#include "sandbox/LeadSupport.h"
#include "sandbox/SandboxSchema.h"
#include "storage/Migrator.h"
#include "storage/SqliteDatabase.h"
#include "support/SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace opc;

namespace {

constexpr int kDemoDeals = 200; // the demo fixture's
constexpr qint64 kFirstClient = 1'000'000; // generated clients' and deals' ids start above it
constexpr int kTimeoutMs = 60000;

// The generated phones: +7 900 0000001 ... (one client each); +7 901 ... never exist.
QString existingPhone(qint64 n)
{
    return QStringLiteral("8 (900) %1").arg(n, 7, 10, QLatin1Char('0'));
}
QString unknownPhone(qint64 n)
{
    return QStringLiteral("+7 901 %1").arg(n, 7, 10, QLatin1Char('0'));
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// The demo fixture plus `deals - 200` generated deals, each with its own client, spread over
// the last 120 days and over funnel 1's stages (some in process, some won, some lost).
bool makeDataSet(const QString &path, qint64 deals, QString *error)
{
    const QString connection = QStringLiteral("lead-bench-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        auto opened = storage::openSqlite(path, connection, error);
        if (!opened)
            return false;
        QSqlDatabase db = *opened;
        QFile demo(sandbox::FixtureLoader::demoResourcePath());
        ok = storage::Migrator(sandbox::sandboxMigrations()).migrate(db, error)
            && demo.open(QIODevice::ReadOnly)
            && sandbox::FixtureLoader().load(db, demo.readAll(), QStringLiteral("demo"), error);
        const qint64 extra = deals - kDemoDeals;
        const QString numbers = QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ?) ");
        ok = ok && db.transaction()
            && exec(db,
                    QStringLiteral("INSERT INTO clients (id, name, phone, email, type, created_at, "
                                   "phone_norm, email_norm) ")
                        + numbers
                        + QStringLiteral(
                            "SELECT ? + x, 'Клиент ' || x, '+7900' || substr('000000' || x, -7), "
                            "'bench' || x || '@example.org', 'individual', "
                            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-130 days'), "
                            "'+7900' || substr('000000' || x, -7), 'bench' || x || "
                            "'@example.org' FROM n"),
                    { extra, kFirstClient }, error)
            && exec(db,
                    QStringLiteral("INSERT INTO deals (id, client_id, funnel_id, stage_id, status, "
                                   "type, amount_kopecks, created_at, updated_at) ")
                        + numbers
                        + QStringLiteral(
                            "SELECT ? + x, ? + x, 1, "
                            "CASE x % 7 WHEN 5 THEN 190 WHEN 6 THEN 199 ELSE 101 + x % 7 END, "
                            "CASE x % 7 WHEN 5 THEN 'finished' WHEN 6 THEN 'cancelled' "
                            "ELSE 'in_progress' END, 'individual', (x % 5) * 1190000, "
                            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (x % 120) || ' days', "
                            "'-' || (x % 86400) || ' seconds'), "
                            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM n"),
                    { extra, kFirstClient, kFirstClient }, error)
            && db.commit();
        if (!ok)
            db.rollback();
        QString ignored;
        ok = ok && storage::execSql(db, QStringLiteral("ANALYZE"), &ignored);
        // The sandbox's own preparation (normalised demo contacts, the change sequence), so that
        // the in-process lookup below sees what the server sees.
        ok = ok && sandbox::prepareLeadData(db, error);
    }
    storage::closeSqlite(connection);
    return ok;
}

class Client final {
public:
    explicit Client(QUrl base) : m_base(std::move(base)) { }

    QNetworkReply *post(const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer demo-agent-token");
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Idempotency-Key",
                             QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        return m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Waits for `reply` (the bench may wait; the product never does); its HTTP status.
    static int wait(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

// One data set: its file, its server, and what was measured on it.
struct DataSet {
    qint64 deals = 0;
    QString path;
    QString connection;
    QSqlDatabase db; // for the in-process lookup
    std::optional<sandbox::StoredLeadSettings> settings;
    std::unique_ptr<test::SandboxProcess> server;
    std::unique_ptr<Client> client;
    std::vector<double> lookupUs;
    std::vector<double> checkMs;
    double buildSeconds = 0;
    double leadsPerSecond = 0;
    int duplicates = 0;

    qint64 generated() const { return deals - kDemoDeals; }
};

// The candidate lookup alone, on the file: what the indexes do, without HTTP.
bool lookupOnce(DataSet &set, int i, qint64 n, bool keep, QString *error)
{
    leads::LeadInput lead;
    lead.type = i % 2 ? leads::LeadType::Call : leads::LeadType::Form;
    lead.phone = i % 2 ? QStringLiteral("+7900%1").arg(n, 7, 10, QLatin1Char('0'))
                       : QStringLiteral("+7901%1").arg(n, 7, 10, QLatin1Char('0'));
    lead.email = QStringLiteral("bench%1@example.org").arg(n);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    const auto candidates
        = sandbox::duplicateCandidates(set.db, lead, set.settings->duplicates, now, error);
    if (!candidates)
        return false;
    (void)leads::findDuplicate(lead, *candidates, set.settings->duplicates, now);
    if (keep)
        set.lookupUs.push_back(double(clock.nsecsElapsed()) / 1e3);
    return true;
}

// One duplicate check over HTTP: a known phone (a duplicate or not, depending on its deal's
// stage and age) or an unknown one, with a known e-mail.
bool checkOnce(DataSet &set, int i, qint64 n, bool keep, QString *error)
{
    const QJsonObject body {
        { QStringLiteral("type"), i % 2 ? QStringLiteral("call") : QStringLiteral("form") },
        { QStringLiteral("phone"), i % 2 ? existingPhone(n) : unknownPhone(n) },
        { QStringLiteral("email"), QStringLiteral("Bench%1@Example.org").arg(n) },
    };
    QElapsedTimer clock;
    clock.start();
    const int status
        = Client::wait(set.client->post(QStringLiteral("/api/v1/leads/duplicate-check"), body));
    if (status != 200) {
        *error = QStringLiteral("duplicate-check answered %1").arg(status);
        return false;
    }
    if (keep)
        set.checkMs.push_back(double(clock.nsecsElapsed()) / 1e6);
    return true;
}

// Intake: every lead posted at once; the network access manager keeps 6 connections busy.
// One in five repeats a generated client's phone (a duplicate when its deal is open and
// recent), the rest are new people.
bool intakeAll(DataSet &set, int count, QString *error)
{
    QRandomGenerator random(11);
    std::vector<QNetworkReply *> replies;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const bool repeat = i % 5 == 0;
        QJsonObject body {
            { QStringLiteral("phone"),
              repeat ? existingPhone(random.bounded(set.generated()) + 1)
                     : QStringLiteral("+7 902 %1").arg(5'000'000 + i, 7, 10, QLatin1Char('0')) },
            { QStringLiteral("name"), QStringLiteral("Bench %1").arg(i) },
            { QStringLiteral("source"), QStringLiteral("Яндекс Директ") },
            { QStringLiteral("utm_campaign"), QStringLiteral("bench") },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("bench") } }
        };
        const bool call = i % 2 == 0;
        if (call)
            body.insert(QStringLiteral("call_id"), QStringLiteral("bench-call-%1").arg(i));
        else
            body.insert(QStringLiteral("email"), QStringLiteral("lead%1@bench.example").arg(i));
        replies.push_back(set.client->post(call ? QStringLiteral("/api/v1/webhooks/leads/call")
                                                : QStringLiteral("/api/v1/webhooks/leads/form"),
                                           body));
    }
    for (QNetworkReply *reply : replies) {
        const int status = Client::wait(reply);
        if (status == 200) {
            ++set.duplicates;
        } else if (status != 201) {
            *error = QStringLiteral("a webhook answered %1").arg(status);
            return false;
        }
    }
    set.leadsPerSecond = count / (double(clock.nsecsElapsed()) / 1e9);
    return true;
}

// The data set's file and its crm-sandbox, and its connection for the in-process lookups.
bool open(DataSet &set, const QTemporaryDir &dir, QString *error)
{
    set.path = dir.filePath(QStringLiteral("crm-%1-deals.sqlite").arg(set.deals));
    QElapsedTimer clock;
    clock.start();
    if (!makeDataSet(set.path, set.deals, error))
        return false;
    set.buildSeconds = double(clock.elapsed()) / 1000;
    set.connection = QStringLiteral("lead-bench-") + QUuid::createUuid().toString();
    auto opened = storage::openSqlite(set.path, set.connection, error);
    if (!opened)
        return false;
    set.db = *opened;
    set.settings = sandbox::loadLeadSettings(set.db, error);
    if (!set.settings)
        return false;
    set.server = std::make_unique<test::SandboxProcess>();
    if (!set.server->start(set.path, QString())) {
        *error = set.server->error();
        return false;
    }
    set.client = std::make_unique<Client>(set.server->url());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // crm-sandbox is built beside this program.
    if (qEnvironmentVariableIsEmpty("OPC_BIN_DIR"))
        qputenv("OPC_BIN_DIR", QCoreApplication::applicationDirPath().toLocal8Bit());

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption small(QStringLiteral("small"),
                                   QStringLiteral("Deals of the small data set (default 1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption large(QStringLiteral("large"),
                                   QStringLiteral("Deals of the large data set (default 1000000)."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption checks(QStringLiteral("checks"),
                                    QStringLiteral("Duplicate checks timed on each (default 300)."),
                                    QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption intake(QStringLiteral("intake"),
                                    QStringLiteral("Leads posted to each for the throughput "
                                                   "(default 1000)."),
                                    QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({ small, large, checks, intake });
    parser.process(app);
    const auto number = [&](const QCommandLineOption &option, qint64 minimum) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        return ok && value >= minimum ? value : -1;
    };
    const qint64 checkCount = number(checks, 1);
    const qint64 intakeCount = number(intake, 1);
    DataSet sets[2];
    sets[0].deals = number(small, kDemoDeals + 10);
    sets[1].deals = number(large, kDemoDeals + 10);
    if (sets[0].deals < 0 || sets[1].deals <= sets[0].deals || checkCount < 0 || intakeCount < 0) {
        std::fprintf(stderr,
                     "lead-bench: --small wants more than %d deals and --large more than --small; "
                     "--checks and --intake a positive whole number\n",
                     kDemoDeals + 9);
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "lead-bench: no temporary folder: %s\n",
                     qPrintable(dir.errorString()));
        return 1;
    }
    QString error;
    for (DataSet &set : sets) {
        if (!open(set, dir, &error)) {
            std::fprintf(stderr, "lead-bench: the %lld-deal data set: %s\n", set.deals,
                         qPrintable(error));
            return 1;
        }
    }
    // Both sizes alternately, each lookup and request on both, so that both see the same
    // machine (other processes, the CPU's clock); the first 20 of each only warm up.
    QRandomGenerator random(7);
    for (int i = 0; i < checkCount + 20; ++i) {
        const bool keep = i >= 20;
        for (int k = 0; k < 2; ++k) {
            DataSet &set = sets[(i + k) % 2];
            const qint64 n = qint64(random.bounded(quint32(set.generated()))) + 1;
            if (!lookupOnce(set, i, n, keep, &error) || !checkOnce(set, i, n, keep, &error)) {
                std::fprintf(stderr, "lead-bench: %lld deals: %s\n", set.deals, qPrintable(error));
                return 1;
            }
        }
    }
    for (DataSet &set : sets) {
        if (!intakeAll(set, int(intakeCount), &error)) {
            std::fprintf(stderr, "lead-bench: %lld deals: %s\n", set.deals, qPrintable(error));
            return 1;
        }
    }

    const double checkSmall = median(sets[0].checkMs);
    const double checkLarge = median(sets[1].checkMs);
    const double ratio = checkSmall > 0 ? checkLarge / checkSmall : 0;
    const double lookupSmall = median(sets[0].lookupUs);
    const double lookupLarge = median(sets[1].lookupUs);
    std::printf("duplicate check (POST /api/v1/leads/duplicate-check, median of %lld): %lld deals "
                "%.2f ms, %lld deals %.2f ms, ratio %.2f (target ≤ 3) %s\n",
                checkCount, sets[0].deals, checkSmall, sets[1].deals, checkLarge, ratio,
                ratio <= 3.0 ? "PASS" : "FAIL");
    std::printf("  the candidate lookup alone (SQLite, in process): %lld deals %.0f µs, %lld "
                "deals %.0f µs, ratio %.2f\n",
                sets[0].deals, lookupSmall, sets[1].deals, lookupLarge,
                lookupSmall > 0 ? lookupLarge / lookupSmall : 0);
    std::printf("lead intake (call and form webhooks, %lld leads each, 6 connections): %lld deals "
                "%.0f leads/s (%d of them duplicates), %lld deals %.0f leads/s (%d duplicates)\n",
                intakeCount, sets[0].deals, sets[0].leadsPerSecond, sets[0].duplicates,
                sets[1].deals, sets[1].leadsPerSecond, sets[1].duplicates);
    std::printf("(data sets: the demo fixture plus generated clients and deals written with SQL in "
                "%.1f s and %.1f s; a crm-sandbox --db on each, measured alternately)\n",
                sets[0].buildSeconds, sets[1].buildSeconds);
    for (DataSet &set : sets) {
        set.db = QSqlDatabase();
        storage::closeSqlite(set.connection);
    }
    return 0;
}
