#pragma once

#include "sandbox/AnalyticsState.h"
#include "sandbox/AuditRetention.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace opc::sandbox {

struct SandboxOptions {
    QHostAddress address = QHostAddress::LocalHost; // loopback unless told otherwise
    quint16 port = 0; // 0: any free port
    QString databasePath = QStringLiteral(":memory:");
    QString fixture; // "demo", a path to a fixture JSON file, or empty for none
    bool faultInjection = false; // serves /api/v1/_sandbox/faults when on
    int rateLimitPerSecond = 0; // per-token limit answered with 429 + Retry-After; 0: off
    AnalyticsLimitOptions analytics; // limits of POST /api/v1/analytics/rpc (--analytics-limits)
    // Audit events older than this go to an archive (--audit-retention-days); checked at
    // start and hourly. An empty archive directory means "<database>-audit-archive" beside a
    // database file.
    AuditRetentionOptions auditRetention;
};

class FaultInjector;

// crm-sandbox: the CRM contract (api/crm.openapi.json) served by QHttpServer over SQLite.
// Lives entirely in the thread that calls start(); the console and the CLI run it on a worker
// thread (see operations/EmbeddedSandbox.h), crm-sandbox on its main thread.
class SandboxServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens and migrates the database, loads the fixture into a new empty one, listens.
    // Returns false and sets `error` (a sentence for people) on failure.
    bool start(QString *error);

    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT

    FaultInjector &faults();

    // Things worth telling whoever started the server, e.g. that a fixture was not loaded into a
    // database that already held data. Filled by start().
    QStringList notices() const;

    // Every route served, as "METHOD /path/{param}" in the contract's path syntax: the
    // contract test compares this list with the OpenAPI document.
    static QStringList servedRoutes(bool withFaultInjection = true);

    // The fixture name that selects the compiled-in demo data.
    static QString demoFixtureName() { return QStringLiteral("demo"); }

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace opc::sandbox
