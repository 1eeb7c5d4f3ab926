#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "operations/SignIn.h"
#include "operations/analytics/AnalyticsExport.h"
#include "operations/analytics/AnalyticsJournalStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <memory>

namespace opc::cli {

namespace {

const QCommandLineOption kFullOption(QStringLiteral("full"));
const QCommandLineOption kBatchOption(QStringLiteral("batch"), QString(), QStringLiteral("N"));
const QCommandLineOption kMaxWaitOption(QStringLiteral("max-wait"), QString(),
                                        QStringLiteral("SECONDS"));

constexpr int kMaxBatch = 500;
constexpr int kDefaultMaxWaitSeconds = 600;

// The strings of this file, under one translation context that lupdate also sees.
struct AnalyticsCommandText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::AnalyticsCommand)
};

using ops::AnalyticsItemKind;

constexpr AnalyticsItemKind kKinds[]
    = { AnalyticsItemKind::Funnel, AnalyticsItemKind::Employee, AnalyticsItemKind::Contact,
        AnalyticsItemKind::HistoryRecord };

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString waitReasonWire(ops::PacingReason reason)
{
    switch (reason) {
    case ops::PacingReason::None:
        return QStringLiteral("none");
    case ops::PacingReason::Minute:
        return QStringLiteral("minute");
    case ops::PacingReason::Day:
        return QStringLiteral("day");
    case ops::PacingReason::RetryAfter:
        return QStringLiteral("retry_after");
    }
    return QStringLiteral("none");
}

// {"funnels":N,"employees":N,"contacts":N,"history":N} of the given counts.
QJsonObject kindCounts(const std::array<int, ops::kAnalyticsItemKinds> &counts)
{
    QJsonObject json;
    for (AnalyticsItemKind kind : kKinds)
        json.insert(ops::itemKindToWire(kind), counts.at(std::size_t(kind)));
    return json;
}

// "2 funnels, 3 employees, 150 contacts, 812 deal history records" (kinds with none left out).
QString kindText(const std::array<int, ops::kAnalyticsItemKinds> &counts)
{
    QStringList parts;
    for (AnalyticsItemKind kind : kKinds) {
        if (counts.at(std::size_t(kind)) > 0)
            parts << ops::analyticsItemCountText(kind, counts.at(std::size_t(kind)));
    }
    return parts.isEmpty() ? AnalyticsCommandText::tr("nothing") : parts.join(QStringLiteral(", "));
}

QString limitsText(const ops::AnalyticsLimits &limits)
{
    const QLocale locale; // a day's limit runs to thousands: "9 950 of 10 000"
    return AnalyticsCommandText::tr("limits: %1 of %2 calls left this minute, %3 of %4 today")
        .arg(locale.toString(limits.minuteRemaining), locale.toString(limits.minuteLimit),
             locale.toString(limits.dayRemaining), locale.toString(limits.dayLimit));
}

// `analytics export`: sends funnels, employees, contacts and deal history to the analytics
// service (issue 4 §5, seed 004), paced by its limits, resuming an interrupted export.
class AnalyticsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("analytics"); }
    QString summary() const override
    {
        return AnalyticsCommandText::tr(
            "Analytics: “analytics export” sends the funnels, employees, contacts and deal "
            "history to the analytics service within its limits; an interrupted export goes on "
            "where it stopped.");
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
            described(kFullOption,
                      AnalyticsCommandText::tr("Send everything again, not only what changed "
                                               "since the last export.")),
            described(kBatchOption,
                      AnalyticsCommandText::tr("Contacts and deal history records per call "
                                               "(1 to %1, default 100).")
                          .arg(kMaxBatch)),
            described(kMaxWaitOption,
                      AnalyticsCommandText::tr("The longest wait for the limits, in seconds "
                                               "(default %1); a longer one (the day's limit) "
                                               "stops the export, to be run again later.")
                          .arg(kDefaultMaxWaitSeconds)),
        };
    }

    void run(CommandContext &context) override
    {
        if (context.arguments() != QStringList { QStringLiteral("export") }) {
            context.fail(
                ExitUsage,
                AnalyticsCommandText::tr("Say what to do: operator-cli analytics export."));
            return;
        }
        ops::AnalyticsExportServices services;
        services.maxWaitSeconds = kDefaultMaxWaitSeconds;
        services.full = context.parser().isSet(kFullOption);
        if (!readNumber(context, kBatchOption, 1, kMaxBatch, &services.plan.recordsPerCall))
            return;
        services.plan.contactsPerCall = services.plan.recordsPerCall;
        if (!readNumber(context, kMaxWaitOption, 0, 7 * 24 * 3600, &services.maxWaitSeconds))
            return;
        ops::verifyToken(context.client(), context.crmUrl(), context.token(), context.anchor(),
                         [this, &context, services](const ops::SignInResult &signedIn) {
                             onSignedIn(context, services, signedIn);
                         });
    }

private:
    // The option's value as a whole number within [min, max] into `value` (unchanged when the
    // option is absent); otherwise fails with exit 2.
    static bool readNumber(CommandContext &context, const QCommandLineOption &option, int min,
                           int max, int *value)
    {
        if (!context.parser().isSet(option))
            return true;
        bool ok = false;
        const int number = context.parser().value(option).toInt(&ok);
        if (!ok || number < min || number > max) {
            context.fail(ExitUsage,
                         AnalyticsCommandText::tr("--%1 must be a whole number from %2 to %3, "
                                                  "not “%4”.")
                             .arg(option.names().constFirst())
                             .arg(min)
                             .arg(max)
                             .arg(context.parser().value(option)));
            return false;
        }
        *value = number;
        return true;
    }

    void onSignedIn(CommandContext &context, ops::AnalyticsExportServices services,
                    const ops::SignInResult &signedIn)
    {
        if (!signedIn.user) {
            if (signedIn.error)
                context.fail(ExitFailure,
                             crmErrorText(*signedIn.error, signedIn.message, context.crmUrl()));
            else
                context.fail(ExitUsage, signedIn.message);
            return;
        }
        // The built-in sandbox starts empty every time, its analytics endpoint too: a journal
        // kept on disk would claim it holds what an earlier run sent.
        m_journal = std::make_unique<ops::AnalyticsJournalStore>(
            context.isSandbox() ? QStringLiteral(":memory:")
                                : ops::AnalyticsJournalStore::defaultPath(context.crmUrl(), false,
                                                                          signedIn.user->id));
        // The sandbox's endpoint is served by the CRM itself and takes a CRM token.
        services.crm = context.client();
        services.analytics = context.client();
        services.journal = m_journal.get();
        services.accessToken = context.token();
        startExport(context, services);
    }

    void startExport(CommandContext &context, const ops::AnalyticsExportServices &services)
    {
        m_export = std::make_unique<ops::AnalyticsExport>(services);
        ops::AnalyticsExport *run = m_export.get();
        QObject::connect(run, &ops::AnalyticsExport::planned, context.anchor(),
                         [this, &context]() { onPlanned(context); });
        QObject::connect(run, &ops::AnalyticsExport::callFinished, context.anchor(),
                         [this, &context](int seq) { onCallFinished(context, seq); });
        QObject::connect(
            run, &ops::AnalyticsExport::stateChanged, context.anchor(),
            [this, &context](ops::AnalyticsExportState state) { onState(context, state); });
        run->start();
    }

    void onPlanned(CommandContext &context)
    {
        const ops::AnalyticsProgress progress = m_export->progress();
        const ops::AnalyticsPlanSummary &summary = m_export->summary();
        if (context.json()) {
            QJsonObject line {
                { QStringLiteral("event"), QStringLiteral("planned") },
                { QStringLiteral("run"), m_export->runId() },
                { QStringLiteral("resumed"), progress.resumed },
                { QStringLiteral("calls"), progress.callsTotal },
                { QStringLiteral("calls_left"), progress.callsLeft() },
                { QStringLiteral("items"), kindCounts(progress.itemsTotal) },
            };
            if (!progress.resumed) {
                line.insert(
                    QStringLiteral("crm"),
                    QJsonObject { { QStringLiteral("funnels"), summary.funnels },
                                  { QStringLiteral("employees"), summary.employees },
                                  { QStringLiteral("contacts"), summary.contacts },
                                  { QStringLiteral("deals"), summary.deals },
                                  { QStringLiteral("records"), summary.records },
                                  { QStringLiteral("generated_records"), summary.generatedRecords },
                                  { QStringLiteral("unchanged"), summary.unchanged } });
                line.insert(QStringLiteral("notices"), QJsonArray::fromStringList(summary.notices));
            }
            context.print(compact(line));
            return;
        }
        if (progress.resumed) {
            context.print(AnalyticsCommandText::tr("Going on with the interrupted export %1: "
                                                   "%2 of %3 calls left.")
                              .arg(m_export->runId(), QLocale().toString(progress.callsLeft()),
                                   QLocale().toString(progress.callsTotal)));
            return;
        }
        context.print(
            AnalyticsCommandText::tr("Read from the CRM: %1, %2, %3, %Ln deal(s) with "
                                     "%4 (%5 generated for skipped stages).",
                                     nullptr, summary.deals)
                .arg(ops::analyticsItemCountText(AnalyticsItemKind::Funnel, summary.funnels),
                     ops::analyticsItemCountText(AnalyticsItemKind::Employee, summary.employees),
                     ops::analyticsItemCountText(AnalyticsItemKind::Contact, summary.contacts),
                     ops::analyticsItemCountText(AnalyticsItemKind::HistoryRecord, summary.records))
                .arg(QLocale().toString(summary.generatedRecords)));
        for (const QString &notice : summary.notices)
            context.print(notice);
        if (summary.unchanged > 0)
            context.print(AnalyticsCommandText::tr("%Ln item(s) unchanged since the last export "
                                                   "are not sent again.",
                                                   nullptr, summary.unchanged));
        if (progress.callsTotal > 0)
            context.print(AnalyticsCommandText::tr("To send in %Ln call(s): %1.", nullptr,
                                                   progress.callsTotal)
                              .arg(kindText(progress.itemsTotal)));
    }

    void onCallFinished(CommandContext &context, int seq)
    {
        const ops::AnalyticsProgress progress = m_export->progress();
        if (context.json()) {
            QJsonObject line {
                { QStringLiteral("event"), QStringLiteral("sent") },
                { QStringLiteral("call"), seq },
                { QStringLiteral("done"), progress.callsDone },
                { QStringLiteral("total"), progress.callsTotal },
                { QStringLiteral("calls_left"), progress.callsLeft() },
                { QStringLiteral("items_done"), kindCounts(progress.itemsDone) },
                { QStringLiteral("estimated_seconds"), progress.estimatedSeconds },
            };
            std::array<int, ops::kAnalyticsItemKinds> left {};
            for (AnalyticsItemKind kind : kKinds)
                left.at(std::size_t(kind)) = progress.itemsLeft(kind);
            line.insert(QStringLiteral("items_left"), kindCounts(left));
            if (progress.limits)
                line.insert(QStringLiteral("limits"), progress.limits->toJson());
            context.print(compact(line));
            return;
        }
        std::array<int, ops::kAnalyticsItemKinds> left {};
        for (AnalyticsItemKind kind : kKinds)
            left.at(std::size_t(kind)) = progress.itemsLeft(kind);
        QString line = AnalyticsCommandText::tr("[%1/%2] sent; left: %Ln call(s) (%3)", nullptr,
                                                progress.callsLeft())
                           .arg(QLocale().toString(progress.callsDone),
                                QLocale().toString(progress.callsTotal), kindText(left));
        if (progress.limits)
            line += QStringLiteral("; ") + limitsText(*progress.limits);
        if (progress.estimatedSeconds > 0)
            line += AnalyticsCommandText::tr("; about %1 s to go").arg(progress.estimatedSeconds);
        context.print(line);
    }

    void onState(CommandContext &context, ops::AnalyticsExportState state)
    {
        const ops::AnalyticsProgress progress = m_export->progress();
        switch (state) {
        case ops::AnalyticsExportState::Waiting: {
            const qint64 seconds = std::max<qint64>(1, (progress.wait.waitMs + 500) / 1000);
            if (context.json()) {
                context.print(compact(QJsonObject {
                    { QStringLiteral("event"), QStringLiteral("waiting") },
                    { QStringLiteral("reason"), waitReasonWire(progress.wait.reason) },
                    { QStringLiteral("wait_ms"), progress.wait.waitMs } }));
            } else if (progress.wait.reason == ops::PacingReason::Day) {
                context.print(AnalyticsCommandText::tr("Waiting %1 s for the day's limit to "
                                                       "reset.")
                                  .arg(seconds));
            } else if (progress.wait.reason == ops::PacingReason::Minute) {
                context.print(AnalyticsCommandText::tr("Waiting %1 s for the minute's limit to "
                                                       "reset.")
                                  .arg(seconds));
            } else {
                context.print(AnalyticsCommandText::tr("Waiting %1 s, as the analytics service "
                                                       "asked.")
                                  .arg(seconds));
            }
            return;
        }
        case ops::AnalyticsExportState::Completed:
            if (context.json()) {
                context.print(compact(
                    QJsonObject { { QStringLiteral("event"), QStringLiteral("finished") },
                                  { QStringLiteral("run"), m_export->runId() },
                                  { QStringLiteral("calls"), progress.callsTotal },
                                  { QStringLiteral("items"), kindCounts(progress.itemsTotal) } }));
            } else if (progress.callsTotal == 0) {
                context.print(AnalyticsCommandText::tr("Nothing new to send: the analytics "
                                                       "service has everything as it is in the "
                                                       "CRM."));
            } else {
                context.print(AnalyticsCommandText::tr("Export finished: %Ln call(s) sent %1.",
                                                       nullptr, progress.callsTotal)
                                  .arg(kindText(progress.itemsTotal)));
            }
            context.succeed();
            return;
        case ops::AnalyticsExportState::Paused:
        case ops::AnalyticsExportState::Failed: {
            if (context.json()) {
                QJsonObject line {
                    { QStringLiteral("event"),
                      state == ops::AnalyticsExportState::Paused ? QStringLiteral("paused")
                                                                 : QStringLiteral("failed") },
                    { QStringLiteral("message"), m_export->message() },
                    { QStringLiteral("calls_left"), progress.callsLeft() },
                };
                if (const auto error = m_export->rpcError())
                    line.insert(QStringLiteral("error"), error->toJson());
                context.print(compact(line));
            }
            QString message = m_export->message();
            const auto rpcError = m_export->rpcError();
            if (rpcError && rpcError->mnemonic == QLatin1String("entity_not_found")) {
                message += QLatin1Char(' ')
                    + AnalyticsCommandText::tr("If the analytics service lost what earlier "
                                               "exports sent, send everything again with "
                                               "--full.");
            }
            context.fail(ExitFailure, message);
            return;
        }
        default:
            return;
        }
    }

    std::unique_ptr<ops::AnalyticsJournalStore> m_journal;
    std::unique_ptr<ops::AnalyticsExport> m_export;
};

} // namespace

std::unique_ptr<Command> makeAnalyticsCommand()
{
    return std::make_unique<AnalyticsCommand>();
}

} // namespace opc::cli
