#include "sandbox/SandboxServer.h"

#include "sandbox/Dispatcher.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/FixtureLoader.h"
#include "sandbox/HttpServerBackend.h"
#include "sandbox/LeadSupport.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxSchema.h"
#include "storage/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

namespace opc::sandbox {

class SandboxServer::Private {
public:
    explicit Private(SandboxOptions o)
        : options(std::move(o)),
          connectionName(QStringLiteral("crm-sandbox-")
                         + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }

    bool openDatabase(QString *error);
    bool loadFixture(QString *error);
    bool prepareRetention(QString *error);
    bool applyRetention(QString *error);

    SandboxOptions options;
    const QString connectionName;
    QSqlDatabase db;
    bool dbOpen = false;
    FaultInjector faults;
    SandboxClock clock;
    std::shared_ptr<AnalyticsState> analytics;
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<HttpServerBackend> backend;
    QTimer retentionTimer;
    QStringList notices;
};

bool SandboxServer::Private::prepareRetention(QString *error)
{
    AuditRetentionOptions &retention = options.auditRetention;
    if (retention.days <= 0 || !retention.archiveDir.isEmpty())
        return true;
    if (options.databasePath == QLatin1String(":memory:")) {
        *error = Text::tr("Audit retention needs an archive directory "
                          "(--audit-archive-dir) when the database is in memory.");
        return false;
    }
    const QFileInfo database(options.databasePath);
    retention.archiveDir = database.absoluteDir().filePath(database.completeBaseName()
                                                           + QStringLiteral("-audit-archive"));
    return true;
}

bool SandboxServer::Private::applyRetention(QString *error)
{
    if (options.auditRetention.days <= 0)
        return true;
    const auto result = runAuditRetention(db, clock.now(), options.auditRetention, error);
    if (!result)
        return false;
    if (result->archived > 0) {
        notices.append(Text::tr("Archived %Ln audit event(s) to %1.", nullptr, result->archived)
                           .arg(QDir::toNativeSeparators(result->archivePath)));
    }
    return true;
}

bool SandboxServer::Private::openDatabase(QString *error)
{
    auto opened = storage::openSqlite(options.databasePath, connectionName, error);
    if (!opened)
        return false;
    db = *opened;
    dbOpen = true;
    const storage::Migrator migrator(sandboxMigrations());
    return migrator.migrate(db, error);
}

bool SandboxServer::Private::loadFixture(QString *error)
{
    if (options.fixture.isEmpty())
        return true;
    const auto empty = FixtureLoader::isEmpty(db, error);
    if (!empty)
        return false;
    if (!*empty) {
        notices.append(Text::tr("The database %1 already holds data, so the fixture %2 was not "
                                "loaded; the existing data is kept.")
                           .arg(options.databasePath, options.fixture));
        return true;
    }
    const bool demo = options.fixture == demoFixtureName();
    QFile file(demo ? FixtureLoader::demoResourcePath() : options.fixture);
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = Text::tr("Cannot read the fixture %1: %2").arg(options.fixture, file.errorString());
        return false;
    }
    return FixtureLoader().load(db, file.readAll(), options.fixture, error);
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(options)))
{
}

SandboxServer::~SandboxServer()
{
    d->backend.reset(); // stop listening first: no request may reach a closing database
    d->dispatcher.reset(); // holds copies of the connection
    d->db = QSqlDatabase();
    if (d->dbOpen)
        storage::closeSqlite(d->connectionName);
}

bool SandboxServer::start(QString *error)
{
    QString detail;
    if (d->backend) {
        *error = Text::tr("The sandbox server is already running.");
        return false;
    }
    // prepareLeadData: what lead handling derives from rows a fixture or an older schema wrote.
    if (!d->prepareRetention(&detail) || !d->openDatabase(&detail) || !d->loadFixture(&detail)
        || !prepareLeadData(d->db, &detail) || !d->applyRetention(&detail)) {
        *error = detail;
        return false;
    }
    d->analytics = makeAnalyticsState(d->options.analytics);
    d->dispatcher = std::make_unique<Dispatcher>(
        ApiContext { d->db, &d->faults, d->analytics, &d->clock, d->options.auditRetention },
        d->options.faultInjection, d->options.rateLimitPerSecond);
    Dispatcher *dispatcher = d->dispatcher.get();
    d->backend = std::make_unique<HttpServerBackend>(
        [dispatcher](const HttpCall &call, const Respond &respond) {
            dispatcher->handle(call, respond);
        });
    if (!d->backend->listenOn(d->options.address, d->options.port, &detail)) {
        d->backend.reset();
        *error = detail;
        return false;
    }
    if (d->options.auditRetention.days > 0) {
        // Hourly: events cross the age limit while the server runs. A failed run keeps the
        // events in the log and says why; the next hour tries again.
        d->retentionTimer.setInterval(std::chrono::hours(1));
        connect(&d->retentionTimer, &QTimer::timeout, this, [this] {
            QString failure;
            if (!d->applyRetention(&failure))
                qWarning("crm-sandbox: audit retention failed: %s", qPrintable(failure));
        });
        d->retentionTimer.start();
    }
    return true;
}

quint16 SandboxServer::port() const
{
    return d->backend ? d->backend->port() : 0;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress address = d->backend ? d->backend->address() : d->options.address;
    // A server listening on every interface is still reached through loopback from here.
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (address == QHostAddress::AnyIPv6)
        url.setHost(QStringLiteral("::1"));
    else
        url.setHost(address.toString());
    url.setPort(port());
    return url;
}

FaultInjector &SandboxServer::faults()
{
    return d->faults;
}

QStringList SandboxServer::notices() const
{
    return d->notices;
}

QStringList SandboxServer::servedRoutes(bool withFaultInjection)
{
    QStringList routes;
    for (const Route &route : routeTable()) {
        if (!route.sandboxControl || withFaultInjection)
            routes.append(route.key());
    }
    return routes;
}

} // namespace opc::sandbox
