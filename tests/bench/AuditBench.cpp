// audit-bench: the audit log (issue 6) in `./dev.sh bench`. With a log of 1 000 000 events,
// beside the same figures with 10 000 events measured in the same run (the ratio shows what
// the size costs), against crm-sandbox processes on loopback:
//
//  * first page: what the viewer asks first (order=grouped, 200 events, with the total),
//    through the console's CrmClient, answer parsed; median of 9 (target ≤ 100 ms);
//  * one filtered query: one agent's events over 30 days, grouped, with the total; median of 9
//    (target ≤ 150 ms); for reference a free-text search and an entity lookup;
//  * export throughput: the whole log to CSV through ops::AuditExport, rows per second, median
//    of 3 after a warm-up (target ≥ 200 000);
//  * the viewer's peak memory: a separate process (this program with --viewer-memory) opens
//    the real AuditLogModel in a QTableView, jumps to 40 places across the log and waits for
//    each to load; its peak RSS (target ≤ 150 MB).
//
// The logs are generated once into --cache (AuditBenchData.h) and reused. Prints only; fails
// only when something does not work.
//
//   audit-bench [--large N] [--small N] [--cache DIR]

#include "AuditBenchData.h"
#include "crm/CrmClient.h"
#include "operations/audit/AuditExport.h"
#include "support/SandboxProcess.h"
#include "ui/audit/AuditLogModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace opc;

namespace {

constexpr int kRuns = 9;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct LogUnderTest {
    qint64 events = 0;
    std::unique_ptr<test::SandboxProcess> server;
    std::unique_ptr<crm::CrmClient> client;
    double firstPageMs = 0;
    double filteredMs = 0;
    double textMs = 0;
    double entityMs = 0;
    qint64 filteredTotal = 0;
    double exportRowsPerSecond = 0;
    qint64 exportedRows = 0;
    double viewerPeakMb = 0;
};

// The process's peak resident set so far (Linux), in kilobytes.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// One GET through the console's client, waited for (a bench may wait; the product never does).
// Returns the milliseconds to the parsed answer, or a negative number on failure.
double timedGet(crm::CrmClient &client, const QUrlQuery &query, qint64 *total, QString *error)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    double elapsed = -1;
    client.get(
        QStringLiteral("/api/v1/audit/events"), &loop,
        [&](const crm::CrmResult &answer) {
            if (answer.ok() && answer.body[QLatin1String("items")].isArray()) {
                elapsed = double(clock.nsecsElapsed()) / 1e6;
                if (total)
                    *total = answer.body[QLatin1String("total")].toInteger();
            } else {
                *error = answer.ok() ? QStringLiteral("no items") : answer.error->message;
            }
            loop.quit();
        },
        query);
    loop.exec();
    return elapsed;
}

bool medianOf(crm::CrmClient &client, const QUrlQuery &query, double *out, qint64 *total,
              QString *error)
{
    std::vector<double> times;
    timedGet(client, query, nullptr, error); // warm-up: the page cache, the connection
    for (int i = 0; i < kRuns; ++i) {
        const double ms = timedGet(client, query, total, error);
        if (ms < 0)
            return false;
        times.push_back(ms);
    }
    *out = median(times);
    return true;
}

QUrlQuery grouped(std::initializer_list<std::pair<QString, QString>> filters)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("grouped"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    query.addQueryItem(QStringLiteral("with_total"), QStringLiteral("true"));
    for (const auto &[key, value] : filters)
        query.addQueryItem(key, value);
    return query;
}

bool measureExport(LogUnderTest &log, QString *error);
bool measureViewer(LogUnderTest &log, QString *error);

bool measure(LogUnderTest &log, QString *error)
{
    crm::CrmClient &client = *log.client;
    const QString monthAgo
        = QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODateWithMs);
    return medianOf(client, grouped({}), &log.firstPageMs, nullptr, error)
        && measureExport(log, error) && measureViewer(log, error)
        && medianOf(client,
                    grouped({ { QStringLiteral("actor"), QStringLiteral("u-bench-07") },
                              { QStringLiteral("from"), monthAgo } }),
                    &log.filteredMs, &log.filteredTotal, error)
        && medianOf(client,
                    grouped({ { QStringLiteral("text"), QStringLiteral("петров иван (7)") } }),
                    &log.textMs, nullptr, error)
        && medianOf(client, grouped({ { QStringLiteral("entity"), QStringLiteral("4242") } }),
                    &log.entityMs, nullptr, error);
}

// The whole log to CSV through the console's export, timed from start to the renamed file.
// Returns rows per second, or a negative number on failure.
double exportOnce(LogUnderTest &log, QString *error)
{
    QTemporaryDir dir;
    ops::AuditExport exporter(log.client.get());
    ops::AuditExportRequest request;
    request.format = AuditExportFormat::Csv;
    request.path = dir.filePath(QStringLiteral("audit.csv"));
    QEventLoop loop;
    std::optional<ops::AuditExportResult> result;
    QObject::connect(&exporter, &ops::AuditExport::finished, &loop,
                     [&](const ops::AuditExportResult &done) {
                         result = done;
                         loop.quit();
                     });
    QElapsedTimer clock;
    clock.start();
    if (!exporter.start(request)) {
        *error = QStringLiteral("the export did not start");
        return -1;
    }
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!result || !result->ok()) {
        *error = result ? result->errorMessage() : QStringLiteral("no result");
        return -1;
    }
    log.exportedRows = result->rows;
    return double(result->rows) / seconds;
}

// A warm-up export (the first read of a 2 GB database comes from the disk, not the page cache,
// as it would not on a CRM that serves the log all day), then the median of three.
bool measureExport(LogUnderTest &log, QString *error)
{
    std::vector<double> rates;
    for (int run = 0; run < 4; ++run) {
        const double rate = exportOnce(log, error);
        if (rate < 0)
            return false;
        if (run > 0)
            rates.push_back(rate);
    }
    log.exportRowsPerSecond = median(rates);
    return true;
}

// Runs this program with --viewer-memory against the log's server: its peak RSS.
bool measureViewer(LogUnderTest &log, QString *error)
{
    QProcess viewer;
    viewer.start(QCoreApplication::applicationFilePath(),
                 { QStringLiteral("--viewer-memory"), log.server->url().toString() });
    if (!viewer.waitForFinished(600000) || viewer.exitCode() != 0) {
        *error = QStringLiteral("the viewer process failed: ")
            + QString::fromLocal8Bit(viewer.readAllStandardError());
        return false;
    }
    log.viewerPeakMb = viewer.readAllStandardOutput().trimmed().toDouble() / 1024;
    return log.viewerPeakMb > 0;
}

// --viewer-memory URL: the real model and table view, opened on the whole log and moved to 40
// places from top to bottom (each waited for until its rows are here), then the peak RSS in
// kilobytes on stdout.
int viewerMemory(const QUrl &url)
{
    crm::CrmClient client;
    client.setBaseUrl(url);
    client.setToken(QStringLiteral("demo-lead-token"));
    ui::AuditLogModel model(ui::AuditLogModel::crmLoader(&client));
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1200, 800);
    view.show();
    QEventLoop loop;
    QObject::connect(&model, &ui::AuditLogModel::totalLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &ui::AuditLogModel::pageLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &ui::AuditLogModel::loadFailed, &loop, [&] { loop.exit(1); });
    model.setFilter(AuditFilter());
    if (loop.exec() != 0)
        return 1;
    const qint64 total = model.total();
    constexpr int kPlaces = 40;
    for (int place = 0; place <= kPlaces; ++place) {
        const int row = int(qMin<qint64>(total - 1, total * place / kPlaces));
        view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtCenter);
        while (!model.rowAt(row)) {
            if (loop.exec() != 0)
                return 1;
        }
    }
    std::printf("%lld\n", static_cast<long long>(peakRssKb()));
    return 0;
}

bool open(LogUnderTest &log, const QString &cacheDir, QString *error)
{
    const QString path
        = QDir(cacheDir).filePath(QStringLiteral("audit-%1-events.sqlite").arg(log.events));
    QElapsedTimer clock;
    clock.start();
    if (!bench::ensureAuditLog(path, log.events, error))
        return false;
    std::fprintf(stderr, "audit-bench: %lld events ready in %.1f s (%s)\n",
                 static_cast<long long>(log.events), double(clock.elapsed()) / 1000,
                 qPrintable(path));
    log.server = std::make_unique<test::SandboxProcess>();
    if (!log.server->start(path, QString())) {
        *error = log.server->error();
        return false;
    }
    log.client = std::make_unique<crm::CrmClient>();
    log.client->setBaseUrl(log.server->url());
    log.client->setToken(QStringLiteral("demo-lead-token"));
    return true;
}

void printRatio(const char *what, double large, double small, const char *target)
{
    std::printf("  %-34s %8.1f ms   (10 000 events: %6.1f ms, ratio %5.2f)  %s\n", what, large,
                small, small > 0 ? large / small : 0.0, target);
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application for the viewer's process; the platform is offscreen unless told.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("OPC_BIN_DIR"))
        qputenv("OPC_BIN_DIR", QCoreApplication::applicationDirPath().toLocal8Bit());

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption large(QStringLiteral("large"),
                                   QStringLiteral("Events of the large log (default 1000000)."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption small(QStringLiteral("small"),
                                   QStringLiteral("Events of the baseline log (default 10000)."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption cache(
        QStringLiteral("cache"), QStringLiteral("Where the generated logs are kept."),
        QStringLiteral("DIR"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../bench-cache")));
    const QCommandLineOption viewer(QStringLiteral("viewer-memory"),
                                    QStringLiteral("Internal: the viewer's process."),
                                    QStringLiteral("URL"));
    parser.addOptions({ large, small, cache, viewer });
    parser.process(app);
    if (parser.isSet(viewer))
        return viewerMemory(QUrl(parser.value(viewer)));

    const QString cacheDir = parser.value(cache);
    QDir().mkpath(cacheDir);
    LogUnderTest big;
    LogUnderTest baseline;
    big.events = parser.value(large).toLongLong();
    baseline.events = parser.value(small).toLongLong();
    QString error;
    if (!open(baseline, cacheDir, &error) || !open(big, cacheDir, &error)
        || !measure(baseline, &error) || !measure(big, &error)) {
        std::fprintf(stderr, "audit-bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("audit log with %lld events (median of %d, through CrmClient on loopback):\n",
                static_cast<long long>(big.events), kRuns);
    printRatio("first page (200, grouped, total)", big.firstPageMs, baseline.firstPageMs,
               big.firstPageMs <= 100 ? "PASS (≤ 100 ms)" : "FAIL (≤ 100 ms)");
    printRatio("one agent, last 30 days", big.filteredMs, baseline.filteredMs,
               big.filteredMs <= 150 ? "PASS (≤ 150 ms)" : "FAIL (≤ 150 ms)");
    printRatio("free text (Cyrillic)", big.textMs, baseline.textMs, "(reference)");
    printRatio("one entity id", big.entityMs, baseline.entityMs, "(reference)");
    std::printf("  %-34s %8.0f rows/s (10 000 events: %6.0f rows/s)  %s\n",
                "export to CSV, whole log", big.exportRowsPerSecond, baseline.exportRowsPerSecond,
                big.exportRowsPerSecond >= 200000 ? "PASS (≥ 200 000)" : "FAIL (≥ 200 000)");
    std::printf("  %-34s %8.0f MB   (10 000 events: %6.0f MB, ratio %5.2f)  %s\n",
                "viewer peak memory, 41 places", big.viewerPeakMb, baseline.viewerPeakMb,
                baseline.viewerPeakMb > 0 ? big.viewerPeakMb / baseline.viewerPeakMb : 0.0,
                big.viewerPeakMb <= 150 ? "PASS (≤ 150 MB)" : "FAIL (≤ 150 MB)");
    return 0;
}
