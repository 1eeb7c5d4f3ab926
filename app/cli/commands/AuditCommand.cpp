#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "core/AuditChainVerifier.h"
#include "operations/AuditVerify.h"
#include "operations/SignIn.h"
#include "operations/audit/AuditExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#else
#include <unistd.h>
#endif

namespace opc::cli {

namespace {

struct AuditCommandText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::AuditCommand)
};

const QCommandLineOption kFormatOption(QStringLiteral("format"), QString(),
                                       QStringLiteral("FORMAT"));
const QCommandLineOption kOutputOption(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
const QCommandLineOption kAgentOption(QStringLiteral("agent"), QString(), QStringLiteral("ID"));
const QCommandLineOption kActionOption(QStringLiteral("action"), QString(), QStringLiteral("A"));
const QCommandLineOption kEntityOption(QStringLiteral("entity"), QString(), QStringLiteral("ID"));
const QCommandLineOption kOperationOption(QStringLiteral("operation"), QString(),
                                          QStringLiteral("ID"));
const QCommandLineOption kFromOption(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
const QCommandLineOption kToOption(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
const QCommandLineOption kTextOption(QStringLiteral("text"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kArchiveOption(QStringLiteral("archive"), QString(),
                                        QStringLiteral("FILE"));

const QList<QCommandLineOption> &exportOptions()
{
    static const QList<QCommandLineOption> options { kFormatOption, kOutputOption, kAgentOption,
                                                     kActionOption, kEntityOption, kOperationOption,
                                                     kFromOption,   kToOption,     kTextOption };
    return options;
}

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

void writeToStderr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// The filter of `audit export`'s options; nullopt after failing the command with the option
// named.
std::optional<AuditFilter> readFilter(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    // The text filters are read as the CRM reads them (one set of rules for both sides).
    const std::pair<const QCommandLineOption *, QString> texts[] = {
        { &kAgentOption, QStringLiteral("actor") },
        { &kActionOption, QStringLiteral("action") },
        { &kEntityOption, QStringLiteral("entity") },
        { &kOperationOption, QStringLiteral("operation") },
        { &kTextOption, QStringLiteral("text") },
    };
    QUrlQuery query;
    for (const auto &[option, key] : texts) {
        if (parser.isSet(*option))
            query.addQueryItem(key,
                               QString::fromLatin1(QUrl::toPercentEncoding(parser.value(*option))));
    }
    QString badField;
    std::optional<AuditFilter> filter = AuditFilter::fromQuery(query, &badField);
    if (!filter) {
        for (const auto &[option, key] : texts) {
            if (key != badField)
                continue;
            const QString name = option->names().constFirst();
            const QString value = parser.value(*option);
            if (key == QLatin1String("text")
                && value.trimmed().size() < AuditFilter::kMinTextLength)
                context.fail(ExitUsage,
                             AuditCommandText::tr("--text needs at least %1 characters: "
                                                  "shorter text matches nearly every event.")
                                 .arg(AuditFilter::kMinTextLength));
            else if (value.trimmed().size() > AuditFilter::kMaxFieldLength)
                context.fail(ExitUsage,
                             AuditCommandText::tr("--%1 is too long: at most %2 characters.")
                                 .arg(name)
                                 .arg(AuditFilter::kMaxFieldLength));
            else
                context.fail(
                    ExitUsage,
                    AuditCommandText::tr("--action must be an action id (e.g. lead.take) or a "
                                         "prefix ending in “.*” (e.g. merge.*), not “%1”.")
                        .arg(value));
            return std::nullopt;
        }
        context.fail(ExitUsage,
                     AuditCommandText::tr("The filter is not valid (%1).").arg(badField));
        return std::nullopt;
    }
    for (const auto &[option, endOfDay] :
         { std::pair { &kFromOption, false }, std::pair { &kToOption, true } }) {
        if (!parser.isSet(*option))
            continue;
        const QString text = parser.value(*option).trimmed();
        const std::optional<QDateTime> bound
            = AuditFilter::readBound(text, endOfDay, Qt::LocalTime);
        if (!bound) {
            context.fail(ExitUsage,
                         AuditCommandText::tr("--%1 must be a date (YYYY-MM-DD, a day on this "
                                              "computer's clock) or a date and time with its zone "
                                              "(e.g. 2026-11-20T09:30:00Z or "
                                              "2026-11-20T12:30:00+03:00), not “%2”.")
                             .arg(option->names().constFirst(), text));
            return std::nullopt;
        }
        (endOfDay ? filter->to : filter->from) = *bound;
    }
    if (filter->from.isValid() && filter->to.isValid() && filter->to <= filter->from) {
        context.fail(
            ExitUsage,
            AuditCommandText::tr("--to (%1) must be after --from (%2).")
                .arg(parser.value(kToOption).trimmed(), parser.value(kFromOption).trimmed()));
        return std::nullopt;
    }
    return filter;
}

// What `audit verify --archive` found in the retention archives, read in the order given.
struct ArchiveCheck {
    qint64 events = 0;
    std::optional<AuditChainBreak> firstBreak;
    QString brokenFile; // where the break is
    QString error; // a file could not be read, or a line is not JSON: for people
};

// Runs the archives (stored events, one JSON object per line) through `verifier` from the
// genesis hash. Files are small and read once, in the CLI before the CRM is asked anything.
ArchiveCheck checkArchives(const QStringList &paths, AuditChainVerifier &verifier)
{
    ArchiveCheck check;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            check.error = AuditCommandText::tr("Cannot read the archive “%1”: %2")
                              .arg(path, file.errorString());
            return check;
        }
        for (qint64 line = 1; !file.atEnd(); ++line) {
            const QByteArray text = file.readLine().trimmed();
            if (text.isEmpty())
                continue;
            QJsonParseError parse;
            const QJsonDocument event = QJsonDocument::fromJson(text, &parse);
            if (!event.isObject()) {
                check.error = AuditCommandText::tr("The archive “%1” is damaged at line %2: it "
                                                   "is not a stored audit event.")
                                  .arg(path)
                                  .arg(line);
                return check;
            }
            if (const auto broken = verifier.add(event.object())) {
                check.firstBreak = broken;
                check.brokenFile = path;
                return check;
            }
            ++check.events;
        }
    }
    return check;
}

// `audit verify` (issue 6 §3): reads the CRM's audit log and checks its hash chain. Exit 0 when
// it is intact, 1 when it is broken (naming the first bad event) or the log cannot be read, 2 on
// bad usage. `audit export` (issue 6 §2): writes the filtered log as CSV or JSON lines to a file
// or standard output. Exit 0 when written, 1 when the CRM or the file failed, 2 on bad usage.
// Team leads and admins only: the CRM refuses agents.
class AuditCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override
    {
        return AuditCommandText::tr("The audit log: “audit verify” checks its hash chain and "
                                    "names the first event that was changed, deleted or moved; "
                                    "“audit export --format csv|jsonl” writes the events.");
    }
    TokenNeed tokenNeed() const override { return TokenNeed::Any; }
    int maxArguments() const override { return 1; }

    QList<QCommandLineOption> options() const override
    {
        auto described = [](QCommandLineOption option, const QString &description) {
            option.setDescription(description);
            return option;
        };
        return {
            described(kFormatOption,
                      AuditCommandText::tr("audit export: csv (UTF-8 with a byte-order mark, for "
                                           "Excel) or jsonl (one JSON object per line).")),
            described(kOutputOption,
                      AuditCommandText::tr("audit export: the file to write (replaced only once "
                                           "the export is complete); standard output without it.")),
            described(kAgentOption,
                      AuditCommandText::tr("audit export: only this user's events (user id).")),
            described(kActionOption,
                      AuditCommandText::tr(
                          "audit export: only this action, or a prefix such as merge.*.")),
            described(kEntityOption,
                      AuditCommandText::tr("audit export: only events about this entity id.")),
            described(kOperationOption,
                      AuditCommandText::tr("audit export: only the events of this operation id.")),
            described(kFromOption,
                      AuditCommandText::tr("audit export: events from this local day (YYYY-MM-DD) "
                                           "or instant (with Z or an offset) on.")),
            described(kToOption,
                      AuditCommandText::tr("audit export: events up to this local day, included, "
                                           "or before this instant.")),
            described(kArchiveOption,
                      AuditCommandText::tr("audit verify: a retention archive to check first "
                                           "(audit-FIRST-LAST.jsonl; repeat it, oldest first); "
                                           "the archives must end where the log's anchor says.")),
            described(kTextOption,
                      AuditCommandText::tr("audit export: only events whose text contains this "
                                           "(any case).")),
        };
    }

    void run(CommandContext &context) override
    {
        const QString sub = context.arguments().value(0);
        if (sub == QLatin1String("export")) {
            runExport(context);
            return;
        }
        if (sub != QLatin1String("verify")) {
            context.fail(ExitUsage,
                         sub.isEmpty()
                             ? AuditCommandText::tr("“audit” needs what to do: “audit verify” or "
                                                    "“audit export --format csv|jsonl”.")
                             : AuditCommandText::tr("Unknown “audit %1”: use “audit verify” or "
                                                    "“audit export”.")
                                   .arg(sub));
            return;
        }
        for (const QCommandLineOption &option : exportOptions()) {
            if (context.parser().isSet(option)) {
                context.fail(
                    ExitUsage,
                    AuditCommandText::tr("The option --%1 does not apply to “audit verify”.")
                        .arg(option.names().constFirst()));
                return;
            }
        }
        ops::verifyToken(context.client(), context.crmUrl(), context.token(), context.anchor(),
                         [&context](const ops::SignInResult &signedIn) {
                             if (!signedIn.user) {
                                 if (signedIn.error)
                                     context.fail(ExitFailure,
                                                  crmErrorText(*signedIn.error, signedIn.message,
                                                               context.crmUrl()));
                                 else
                                     context.fail(ExitUsage, signedIn.message);
                                 return;
                             }
                             ops::verifyAuditLog(context.client(), context.anchor(),
                                                 [&context](const ops::AuditVerifyResult &result) {
                                                     report(context, result, archiveCheck(context));
                                                 });
                         });
    }

private:
    void runExport(CommandContext &context)
    {
        const QCommandLineParser &parser = context.parser();
        if (parser.isSet(kArchiveOption)) {
            context.fail(ExitUsage,
                         AuditCommandText::tr("The option --%1 does not apply to “audit export”.")
                             .arg(kArchiveOption.names().constFirst()));
            return;
        }
        if (!parser.isSet(kFormatOption)) {
            context.fail(ExitUsage,
                         AuditCommandText::tr("“audit export” needs --format csv or "
                                              "--format jsonl."));
            return;
        }
        const QString formatName = parser.value(kFormatOption).trimmed();
        const std::optional<AuditExportFormat> format = auditExportFormatFromName(formatName);
        if (!format) {
            context.fail(
                ExitUsage,
                AuditCommandText::tr("--format must be csv or jsonl, not “%1”.").arg(formatName));
            return;
        }
        ops::AuditExportRequest request;
        request.format = *format;
        if (parser.isSet(kOutputOption)) {
            request.path = parser.value(kOutputOption);
            if (request.path.trimmed().isEmpty()) {
                context.fail(ExitUsage, AuditCommandText::tr("--output needs a file name."));
                return;
            }
        } else {
            request.toStandardOutput = true;
        }
        const std::optional<AuditFilter> filter = readFilter(context);
        if (!filter)
            return;
        request.filter = *filter;
        ops::verifyToken(context.client(), context.crmUrl(), context.token(), context.anchor(),
                         [this, &context, request](const ops::SignInResult &signedIn) {
                             if (!signedIn.user) {
                                 if (signedIn.error)
                                     context.fail(ExitFailure,
                                                  crmErrorText(*signedIn.error, signedIn.message,
                                                               context.crmUrl()));
                                 else
                                     context.fail(ExitUsage, signedIn.message);
                                 return;
                             }
                             startExport(context, request);
                         });
    }

    void startExport(CommandContext &context, const ops::AuditExportRequest &request)
    {
#ifdef Q_OS_WIN
        // CRLF and UTF-8 as written: no text-mode translation of the data on standard output.
        if (request.toStandardOutput)
            _setmode(_fileno(stdout), _O_BINARY);
#endif
        m_export = std::make_unique<ops::AuditExport>(context.client());
        const bool showProgress = isTerminal(stderr);
        if (showProgress) {
            QObject::connect(
                m_export.get(), &ops::AuditExport::progress, context.anchor(),
                [](qint64 rows, qint64 total) {
                    // Grouped as the console's export panel shows them: "12 000 of 101 000".
                    const QLocale locale;
                    writeToStderr(
                        QLatin1Char('\r')
                        + (total >= 0
                               ? AuditCommandText::tr("%1 of %2 events")
                                     .arg(locale.toString(rows), locale.toString(total))
                               : AuditCommandText::tr("%1 events").arg(locale.toString(rows))));
                });
        }
        QObject::connect(
            m_export.get(), &ops::AuditExport::finished, context.anchor(),
            [&context, showProgress,
             toStdout = request.toStandardOutput](const ops::AuditExportResult &result) {
                if (showProgress)
                    writeToStderr(QStringLiteral("\n"));
                if (result.crmError && result.crmError->kind == crm::ErrorKind::Validation) {
                    // The CRM refused a filter (e.g. text shorter than it can search): the
                    // user's input, named by its option.
                    const QString field = result.crmError->field;
                    const QString option
                        = field == QLatin1String("actor") ? QStringLiteral("agent") : field;
                    context.fail(ExitUsage,
                                 QStringLiteral("--%1: %2").arg(option, result.crmError->message));
                    return;
                }
                if (!result.ok()) {
                    context.fail(ExitFailure,
                                 result.crmError ? crmErrorText(
                                     *result.crmError, result.crmError->message, context.crmUrl())
                                                 : result.errorMessage());
                    return;
                }
                const int rows = int(qMin<qint64>(result.rows, INT_MAX));
                writeToStderr(
                    (toStdout
                         ? AuditCommandText::tr("%Ln event(s) exported.", nullptr, rows)
                         : AuditCommandText::tr("%Ln event(s) exported to “%1”.", nullptr, rows)
                               .arg(result.path))
                    + QLatin1Char('\n'));
                context.succeed();
            });
        m_export->start(request);
    }

    // The archives named with --archive, checked from the genesis hash (nullopt without any).
    static std::optional<std::pair<ArchiveCheck, AuditChainVerifier>>
    archiveCheck(CommandContext &context)
    {
        const QStringList paths = context.parser().values(kArchiveOption);
        if (paths.isEmpty())
            return std::nullopt;
        AuditChainVerifier verifier;
        ArchiveCheck check = checkArchives(paths, verifier);
        return std::pair { check, verifier };
    }

    static void report(CommandContext &context, const ops::AuditVerifyResult &result,
                       const std::optional<std::pair<ArchiveCheck, AuditChainVerifier>> &archives)
    {
        if (!result.ok()) {
            context.fail(ExitFailure,
                         crmErrorText(*result.error, result.error->message, context.crmUrl()));
            return;
        }
        if (archives) {
            const auto &[check, verifier] = *archives;
            if (!check.error.isEmpty()) {
                context.fail(ExitFailure, check.error);
                return;
            }
            if (check.firstBreak) {
                context.fail(ExitFailure,
                             AuditCommandText::tr("The archive “%1” is broken at event %2 (%3): "
                                                  "%4")
                                 .arg(check.brokenFile)
                                 .arg(check.firstBreak->seq)
                                 .arg(check.firstBreak->eventId, check.firstBreak->reason));
                return;
            }
            // The log continues where the archives end, or events between them are gone (or
            // the anchor was rewritten to hide that).
            if (verifier.lastSeq() != result.anchorSeq
                || verifier.lastHash() != result.anchorHash) {
                context.fail(ExitFailure,
                             AuditCommandText::tr("The archives end at event %1, but the log "
                                                  "continues after event %2 with another hash: "
                                                  "archived events are missing, or the log's "
                                                  "anchor was changed.")
                                 .arg(verifier.lastSeq())
                                 .arg(result.anchorSeq));
                return;
            }
        }
        const std::optional<AuditChainBreak> &broken = result.firstBreak;
        if (context.json()) {
            QJsonObject json { { QStringLiteral("intact"), !broken.has_value() },
                               { QStringLiteral("checked"), result.checked },
                               { QStringLiteral("archived_through"), result.anchorSeq } };
            if (archives)
                json.insert(QStringLiteral("archived_checked"), archives->first.events);
            if (broken) {
                json.insert(QStringLiteral("first_bad_event"),
                            QJsonObject { { QStringLiteral("seq"), broken->seq },
                                          { QStringLiteral("id"), broken->eventId },
                                          { QStringLiteral("reason"), broken->reason } });
            }
            context.printJson(json);
        } else if (!broken) {
            if (archives) {
                context.print(AuditCommandText::tr(
                    "The archives are intact: %Ln event(s) "
                    "checked, ending where the log continues.",
                    nullptr, int(qMin<qint64>(archives->first.events, INT_MAX))));
            }
            if (result.anchorSeq > 0) {
                // Retention archived the head of the log: say where the check started.
                context.print(AuditCommandText::tr("The audit log is intact: %Ln event(s) "
                                                   "checked after event %1, the last one "
                                                   "archived.",
                                                   nullptr,
                                                   int(qMin<qint64>(result.checked, INT_MAX)))
                                  .arg(result.anchorSeq));
            } else {
                context.print(AuditCommandText::tr("The audit log is intact: %Ln event(s) checked.",
                                                   nullptr,
                                                   int(qMin<qint64>(result.checked, INT_MAX))));
            }
        }
        if (!broken) {
            context.succeed();
            return;
        }
        context.fail(ExitFailure,
                     AuditCommandText::tr("The audit log is broken at event %1 (%2): %3 "
                                          "%Ln event(s) before it are intact.",
                                          nullptr, int(qMin<qint64>(result.checked, INT_MAX)))
                         .arg(broken->seq)
                         .arg(broken->eventId, broken->reason));
    }

    std::unique_ptr<ops::AuditExport> m_export; // the run of `audit export`, until the program ends
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace opc::cli
