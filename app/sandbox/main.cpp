// crm-sandbox: the CRM contract served over SQLite, for development, demos and tests.

#include "Translations.h"
#include "opc/AppInfo.h"
#include "sandbox/HttpTypes.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

namespace {

using opc::sandbox::SandboxOptions;
using opc::sandbox::SandboxServer;
using opc::sandbox::Text;

constexpr int kExitOperational = 1;
constexpr int kExitUsage = 2;

int fail(int code, const QString &line)
{
    std::fprintf(stderr, "crm-sandbox: %s\n", qPrintable(line));
    return code;
}

// "127.0.0.1:8080", "localhost:0", "[::1]:0", "0.0.0.0:8080".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:\\[([^\\]]+)\\]|([^:]+)):(\\d{1,5})$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return false;
    const QString host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    const int number = match.captured(3).toInt();
    if (number > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (!address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crm-sandbox"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(opc::kAppVersion));
    // Its help, its errors and the messages in its error bodies speak the machine's language.
    opc::i18n::installTranslators(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Serves the CRM contract (api/crm.openapi.json) over a SQLite database, for "
                 "development, demos and tests."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    Text::tr("Address and port to listen on; port 0 picks a free "
                                             "one (default 127.0.0.1:0)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption db(QStringLiteral("db"),
                                Text::tr("SQLite database file, or :memory: (default)."),
                                QStringLiteral("file"), QStringLiteral(":memory:"));
    const QCommandLineOption fixture(QStringLiteral("fixture"),
                                     Text::tr("Data for a new, empty database: \"demo\" or a "
                                              "fixture JSON file (docs/fixture-format.md)."),
                                     QStringLiteral("demo|file"));
    const QCommandLineOption faults(QStringLiteral("enable-faults"),
                                    Text::tr("Serve /api/v1/_sandbox/faults (fault injection for "
                                             "tests)."));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       Text::tr("Answer 429 to a token above N requests per "
                                                "second (default: no limit)."),
                                       QStringLiteral("N"));
    const QCommandLineOption analyticsLimits(
        QStringLiteral("analytics-limits"),
        Text::tr("Call limits of the analytics endpoint (POST /api/v1/analytics/rpc) per minute "
                 "and per day (default 200/3500)."),
        QStringLiteral("PER_MINUTE/PER_DAY"));
    const QCommandLineOption analyticsMinute(
        QStringLiteral("analytics-minute-seconds"),
        Text::tr("Length of the analytics endpoint's per-minute window in seconds (default 60; "
                 "tests shorten it)."),
        QStringLiteral("N"));
    const QCommandLineOption analyticsDay(
        QStringLiteral("analytics-day-seconds"),
        Text::tr("Length of the analytics endpoint's per-day window in seconds (default 86400; "
                 "tests shorten it)."),
        QStringLiteral("N"));
    const QCommandLineOption retentionDays(
        QStringLiteral("audit-retention-days"),
        Text::tr("Archive audit events received more than N days ago (default: keep them "
                 "all)."),
        QStringLiteral("N"));
    const QCommandLineOption archiveDir(
        QStringLiteral("audit-archive-dir"),
        Text::tr("Where archived audit events go (default: DATABASE-audit-archive beside the "
                 "database file)."),
        QStringLiteral("DIR"));
    parser.addOptions({ listen, db, fixture, faults, rateLimit, analyticsLimits, analyticsMinute,
                        analyticsDay, retentionDays, archiveDir });

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(kExitUsage, parser.errorText() + Text::tr(" (see --help)"));
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("crm-sandbox %s\n", opc::kAppVersion);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(kExitUsage,
                    Text::tr("Unexpected argument \"%1\" (see --help).")
                        .arg(parser.positionalArguments().constFirst()));
    }

    SandboxOptions options;
    if (!parseListen(parser.value(listen), &options.address, &options.port)) {
        return fail(kExitUsage,
                    Text::tr("--listen wants host:port, such as 127.0.0.1:0; got "
                             "\"%1\".")
                        .arg(parser.value(listen)));
    }
    options.databasePath = parser.value(db);
    if (options.databasePath.isEmpty())
        return fail(kExitUsage, Text::tr("--db wants a file name or :memory:."));
    options.fixture = parser.value(fixture);
    if (parser.isSet(fixture) && options.fixture != SandboxServer::demoFixtureName()
        && !QFileInfo(options.fixture).isFile()) {
        return fail(kExitUsage,
                    Text::tr("--fixture wants \"demo\" or an existing fixture file; "
                             "\"%1\" is neither.")
                        .arg(options.fixture));
    }
    options.faultInjection = parser.isSet(faults);
    if (parser.isSet(rateLimit)) {
        bool ok = false;
        options.rateLimitPerSecond = parser.value(rateLimit).toInt(&ok);
        if (!ok || options.rateLimitPerSecond < 1 || options.rateLimitPerSecond > 100000) {
            return fail(kExitUsage,
                        Text::tr("--rate-limit wants a whole number of requests per "
                                 "second from 1 to 100000; got \"%1\".")
                            .arg(parser.value(rateLimit)));
        }
    }

    if (parser.isSet(analyticsLimits)
        && !opc::sandbox::parseAnalyticsLimits(parser.value(analyticsLimits), &options.analytics)) {
        return fail(kExitUsage,
                    Text::tr("--analytics-limits wants PER_MINUTE/PER_DAY, two whole numbers "
                             "from 1 to 1000000 such as 200/3500; got \"%1\".")
                        .arg(parser.value(analyticsLimits)));
    }
    for (const auto &[option, seconds] :
         { std::pair { &analyticsMinute, &options.analytics.minuteSeconds },
           std::pair { &analyticsDay, &options.analytics.daySeconds } }) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *seconds = parser.value(*option).toInt(&ok);
        if (!ok || *seconds < 1 || *seconds > 10000000) {
            return fail(kExitUsage,
                        Text::tr("--%1 wants a whole number of seconds from 1 to 10000000; got "
                                 "\"%2\".")
                            .arg(option->names().constFirst(), parser.value(*option)));
        }
    }

    if (parser.isSet(retentionDays)) {
        bool ok = false;
        options.auditRetention.days = parser.value(retentionDays).toInt(&ok);
        if (!ok || options.auditRetention.days < 1 || options.auditRetention.days > 36500) {
            return fail(kExitUsage,
                        Text::tr("--audit-retention-days wants a whole number of days from 1 to "
                                 "36500; got \"%1\".")
                            .arg(parser.value(retentionDays)));
        }
    }
    if (parser.isSet(archiveDir)) {
        if (!parser.isSet(retentionDays)) {
            return fail(kExitUsage, Text::tr("--audit-archive-dir needs --audit-retention-days."));
        }
        options.auditRetention.archiveDir = parser.value(archiveDir);
    }

    SandboxServer server(options);
    QString error;
    if (!server.start(&error))
        return fail(kExitOperational, error);
    // The first line is the contract with whoever started us (tests read it for the port).
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    for (const QString &notice : server.notices())
        std::fprintf(stderr, "crm-sandbox: %s\n", qPrintable(notice));
    if (!options.address.isLoopback()) {
        std::fprintf(stderr, "crm-sandbox: %s\n",
                     qPrintable(Text::tr("Listening on %1, reachable from other machines; the "
                                         "demo tokens are public. Use 127.0.0.1 unless you "
                                         "need that.")
                                    .arg(options.address.toString())));
    }
    std::fflush(stderr);
    return QCoreApplication::exec();
}
