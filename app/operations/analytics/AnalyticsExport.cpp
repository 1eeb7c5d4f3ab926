#include "operations/analytics/AnalyticsExport.h"

#include "core/JsonFieldReader.h"
#include "core/LocaleFormat.h"
#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"
#include "operations/leads/LeadOpsSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <chrono>

namespace opc::ops {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct AnalyticsExportText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::AnalyticsExport)
};

const QString kDealsPath = QStringLiteral("/api/v1/deals");
constexpr int kMinuteSeconds = 60;

// "45 s", "12 min 5 s", "3 h 20 min".
QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return AnalyticsExportText::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return AnalyticsExportText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return AnalyticsExportText::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

// A deal of GET /api/v1/deals (without its history).
CrmDeal readDeal(const QJsonObject &json, JsonFieldReader &parent, const QString &prefix)
{
    JsonFieldReader reader(json);
    CrmDeal deal;
    deal.id = reader.integer(QStringLiteral("id"), 1);
    deal.funnelId = reader.integer(QStringLiteral("funnel_id"), 1);
    deal.amountKopecks = reader.integer(QStringLiteral("amount_kopecks"), 0);
    deal.createdAt = leadops::readTime(reader, json, QStringLiteral("created_at"));
    JsonFieldReader client(reader.object(QStringLiteral("client")));
    deal.clientId = client.integer(QStringLiteral("id"), 1);
    deal.clientName = client.text(QStringLiteral("name"));
    deal.clientPhone = client.textOrNull(QStringLiteral("phone"));
    deal.clientEmail = client.textOrNull(QStringLiteral("email"));
    reader.adopt(QStringLiteral("client"), client);
    JsonFieldReader stage(reader.object(QStringLiteral("stage")));
    deal.stageId = stage.integer(QStringLiteral("id"), 1);
    reader.adopt(QStringLiteral("stage"), stage);
    parent.adopt(prefix, reader);
    return deal;
}

// The stage history of GET /api/v1/deals/{id}.
QList<CrmStageEntry> readHistory(const QJsonObject &json, QString *problem)
{
    JsonFieldReader reader(json);
    QList<CrmStageEntry> history;
    const QJsonArray entries = reader.array(QStringLiteral("stage_history"));
    for (qsizetype i = 0; i < entries.size() && reader.ok(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        JsonFieldReader inner(object);
        CrmStageEntry entry;
        entry.stageId = inner.integer(QStringLiteral("stage_id"), 1);
        entry.enteredAt = leadops::readTime(inner, object, QStringLiteral("entered_at"));
        if (object.contains(QStringLiteral("amount_kopecks"))
            && !object.value(QStringLiteral("amount_kopecks")).isNull())
            entry.amountKopecks = inner.integer(QStringLiteral("amount_kopecks"), 0);
        if (object.contains(QStringLiteral("is_generated")))
            entry.generated = inner.flag(QStringLiteral("is_generated"));
        if (const auto employee = inner.optionalObject(QStringLiteral("employee"))) {
            JsonFieldReader who(*employee);
            entry.employeeId = who.text(QStringLiteral("id"));
            entry.employeeName = who.textOrNull(QStringLiteral("display_name"));
            inner.adopt(QStringLiteral("employee"), who);
        }
        reader.adopt(QStringLiteral("stage_history[%1]").arg(i), inner);
        history.append(entry);
    }
    *problem = reader.problem();
    return history;
}

QString callName(const AnalyticsCall &call)
{
    return QStringLiteral("%1 %2").arg(call.seq).arg(call.method);
}

} // namespace

int AnalyticsProgress::itemsLeft(AnalyticsItemKind kind) const
{
    const auto index = std::size_t(kind);
    return itemsTotal.at(index) - itemsDone.at(index);
}

QString analyticsStateDisplayName(AnalyticsExportState state)
{
    switch (state) {
    case AnalyticsExportState::Idle:
        return AnalyticsExportText::tr("not started");
    case AnalyticsExportState::Reading:
        return AnalyticsExportText::tr("reading the CRM");
    case AnalyticsExportState::Sending:
        return AnalyticsExportText::tr("sending");
    case AnalyticsExportState::Waiting:
        return AnalyticsExportText::tr("waiting for the limits");
    case AnalyticsExportState::Completed:
        return AnalyticsExportText::tr("finished");
    case AnalyticsExportState::Paused:
        return AnalyticsExportText::tr("paused");
    case AnalyticsExportState::Failed:
        return AnalyticsExportText::tr("failed");
    }
    return {};
}

QString analyticsItemKindDisplayName(AnalyticsItemKind kind)
{
    switch (kind) {
    case AnalyticsItemKind::Funnel:
        return AnalyticsExportText::tr("funnels");
    case AnalyticsItemKind::Employee:
        return AnalyticsExportText::tr("employees");
    case AnalyticsItemKind::Contact:
        return AnalyticsExportText::tr("contacts");
    case AnalyticsItemKind::HistoryRecord:
        return AnalyticsExportText::tr("deal history records");
    }
    return {};
}

QString analyticsItemCountText(AnalyticsItemKind kind, int count)
{
    switch (kind) {
    case AnalyticsItemKind::Funnel:
        return AnalyticsExportText::tr("%Ln funnel(s)", nullptr, count);
    case AnalyticsItemKind::Employee:
        return AnalyticsExportText::tr("%Ln employee(s)", nullptr, count);
    case AnalyticsItemKind::Contact:
        return AnalyticsExportText::tr("%Ln contact(s)", nullptr, count);
    case AnalyticsItemKind::HistoryRecord:
        return AnalyticsExportText::tr("%Ln deal history record(s)", nullptr, count);
    }
    return {};
}

AnalyticsExport::AnalyticsExport(const AnalyticsExportServices &services, QObject *parent)
    : QObject(parent), m_services(services)
{
}

AnalyticsExport::~AnalyticsExport() = default;

void AnalyticsExport::setState(AnalyticsExportState state, const QString &message)
{
    m_message = message;
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AnalyticsExport::fail(const QString &message)
{
    ++m_generation; // whatever is still in flight for this attempt is ignored
    setState(AnalyticsExportState::Failed, message);
}

AnalyticsProgress AnalyticsExport::progress() const
{
    AnalyticsProgress progress;
    progress.resumed = m_resumed;
    progress.limits = m_limits.limits;
    progress.wait = m_wait;
    if (!m_run)
        return progress;
    for (const AnalyticsCall &call : m_run->calls) {
        ++progress.callsTotal;
        const bool done = call.state == AnalyticsCallState::Done;
        if (done)
            ++progress.callsDone;
        for (const AnalyticsItem &item : call.items) {
            ++progress.itemsTotal.at(std::size_t(item.kind));
            if (done)
                ++progress.itemsDone.at(std::size_t(item.kind));
        }
    }
    if (const auto &limits = m_limits.limits) {
        const qint64 left = progress.callsLeft();
        const qint64 age = m_limits.receivedAt.isValid()
            ? m_limits.receivedAt.secsTo(QDateTime::currentDateTimeUtc())
            : 0;
        const qint64 minuteReset = std::max<qint64>(0, limits->minuteResetSeconds - age);
        qint64 seconds = 0;
        if (left > limits->minuteRemaining && limits->minuteLimit > 0) {
            const qint64 windows
                = (left - limits->minuteRemaining + limits->minuteLimit - 1) / limits->minuteLimit;
            seconds = minuteReset + (windows - 1) * kMinuteSeconds;
        }
        if (left > limits->dayRemaining)
            seconds = std::max(seconds, std::max<qint64>(0, limits->dayResetSeconds - age));
        progress.estimatedSeconds = left == 0 ? 0 : seconds;
    }
    return progress;
}

// ---- start, resume and reading the CRM -----------------------------------------------------

void AnalyticsExport::start()
{
    if (m_state == AnalyticsExportState::Reading || m_state == AnalyticsExportState::Sending
        || m_state == AnalyticsExportState::Waiting)
        return;
    ++m_generation;
    m_rpcError.reset();
    m_wait = {};
    if (m_run && m_runOpen && m_state != AnalyticsExportState::Completed) {
        // Paused, or failed without an answer: the journaled run goes on.
        sendNext();
        return;
    }
    m_run.reset();
    m_resumed = false;
    setState(AnalyticsExportState::Reading);
    const quint64 generation = m_generation;
    AnalyticsJournalStore *journal = m_services.journal;
    journal->open(this, [this, journal, generation](const QString &error) {
        if (generation != m_generation)
            return;
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        journal->loadLimits(
            this,
            [this, journal, generation](const StoredLimits &limits, const QString &limitsError) {
                if (generation != m_generation)
                    return;
                if (!limitsError.isEmpty()) {
                    fail(limitsError);
                    return;
                }
                m_limits = limits;
                journal->loadOpenRun(
                    this,
                    [this, journal, generation](const std::optional<AnalyticsRun> &run,
                                                const QString &runError) {
                        if (generation != m_generation)
                            return;
                        if (!runError.isEmpty()) {
                            fail(runError);
                            return;
                        }
                        if (run) {
                            m_run = run;
                            m_runOpen = true;
                            m_resumed = true;
                            m_summary = AnalyticsPlanSummary();
                            Q_EMIT planned();
                            sendNext();
                            return;
                        }
                        auto loadSent = [this, journal, generation]() {
                            journal->loadSent(
                                this,
                                [this, generation](const QHash<QString, QString> &sent,
                                                   const QString &sentError) {
                                    if (generation != m_generation)
                                        return;
                                    if (!sentError.isEmpty()) {
                                        fail(sentError);
                                        return;
                                    }
                                    m_sent = sent;
                                    readCrm();
                                });
                        };
                        if (!m_services.full) {
                            loadSent();
                            return;
                        }
                        journal->forgetSent(
                            this, [this, generation, loadSent](const QString &forgetError) {
                                if (generation != m_generation)
                                    return;
                                if (!forgetError.isEmpty())
                                    fail(forgetError);
                                else
                                    loadSent();
                            });
                    });
            });
    });
}

void AnalyticsExport::readCrm()
{
    m_source = AnalyticsSource();
    m_dealIndex.clear();
    m_unreadable.clear();
    m_readNotices.clear();
    const quint64 generation = m_generation;
    listFunnels(m_services.crm, this, [this, generation](const FunnelsResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            fail(AnalyticsExportText::tr("The funnels could not be read from the CRM: %1")
                     .arg(result.error->message));
            return;
        }
        m_source.funnels = result.funnels;
        readDealPages(QString());
    });
}

void AnalyticsExport::readDealPages(const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const quint64 generation = m_generation;
    m_services.crm->get(
        kDealsPath, this,
        [this, generation](const crm::CrmResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                fail(AnalyticsExportText::tr("The deals could not be read from the CRM: %1")
                         .arg(result.error->message));
                return;
            }
            JsonFieldReader reader(result.body.toObject());
            const QJsonArray items = reader.array(QStringLiteral("items"));
            const QString next = reader.textOrNull(QStringLiteral("next_cursor"));
            for (qsizetype i = 0; i < items.size() && reader.ok(); ++i) {
                const CrmDeal deal
                    = readDeal(items.at(i).toObject(), reader, QStringLiteral("items[%1]").arg(i));
                m_dealIndex.insert(deal.id, m_source.deals.size());
                m_source.deals.append(deal);
            }
            if (!reader.ok()) {
                fail(AnalyticsExportText::tr("The deals could not be read from the CRM: %1")
                         .arg(leadops::malformed(result, QStringLiteral("GET ") + kDealsPath,
                                                 reader.problem())
                                  .message));
                return;
            }
            if (!next.isEmpty()) {
                readDealPages(next);
                return;
            }
            m_dealsToRead = m_dealIndex.keys();
            std::sort(m_dealsToRead.begin(), m_dealsToRead.end());
            m_nextDeal = 0;
            m_readsInFlight = 0;
            readNextDeals();
        },
        query);
}

void AnalyticsExport::readNextDeals()
{
    const quint64 generation = m_generation;
    while (m_readsInFlight < std::max(1, m_services.parallelReads)
           && m_nextDeal < m_dealsToRead.size()) {
        const qint64 dealId = m_dealsToRead.at(m_nextDeal++);
        ++m_readsInFlight;
        const QString path = QStringLiteral("%1/%2").arg(kDealsPath).arg(dealId);
        m_services.crm->get(
            path, this, [this, generation, dealId, path](const crm::CrmResult &result) {
                if (generation != m_generation)
                    return;
                --m_readsInFlight;
                if (!result.ok()) {
                    fail(AnalyticsExportText::tr("Deal %1 could not be read "
                                                 "from the CRM: %2")
                             .arg(dealId)
                             .arg(result.error->message));
                    return;
                }
                QString problem;
                const QList<CrmStageEntry> history = readHistory(result.body.toObject(), &problem);
                if (problem.isEmpty()) {
                    m_source.deals[m_dealIndex.value(dealId)].history = history;
                } else {
                    // One deal the CRM describes wrongly does not stop the
                    // export of the others; it is named in the summary.
                    m_unreadable.insert(dealId);
                    m_readNotices << AnalyticsExportText::tr(
                                         "Deal %1 is left out: its stage history "
                                         "cannot be read (%2).")
                                         .arg(dealId)
                                         .arg(problem);
                }
                readNextDeals();
            });
    }
    if (m_readsInFlight == 0 && m_nextDeal >= m_dealsToRead.size())
        plan();
}

void AnalyticsExport::plan()
{
    AnalyticsRun run;
    run.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.startedAt = QDateTime::currentDateTimeUtc();
    m_source.deals.removeIf([this](const CrmDeal &deal) { return m_unreadable.contains(deal.id); });
    run.calls = planAnalyticsExport(m_source, m_sent, m_services.plan, run.runId, &m_summary);
    m_summary.notices = m_readNotices + m_summary.notices;
    m_source = AnalyticsSource(); // only the calls are needed from here on
    if (run.calls.isEmpty()) {
        m_run.reset();
        Q_EMIT planned();
        setState(AnalyticsExportState::Completed);
        return;
    }
    const quint64 generation = m_generation;
    m_services.journal->createRun(run, this, [this, run, generation](const QString &error) {
        if (generation != m_generation)
            return;
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        m_run = run;
        m_runOpen = true;
        Q_EMIT planned();
        sendNext();
    });
}

// ---- sending, paced ----------------------------------------------------------------------

int AnalyticsExport::nextPending() const
{
    for (qsizetype i = 0; m_run && i < m_run->calls.size(); ++i) {
        if (m_run->calls.at(i).state == AnalyticsCallState::Pending)
            return int(i);
    }
    return -1;
}

void AnalyticsExport::sendNext()
{
    const int index = nextPending();
    if (index < 0) {
        m_wait = {};
        setState(AnalyticsExportState::Completed);
        return;
    }
    PacingDecision decision;
    if (m_retryAfter) {
        decision = *m_retryAfter;
        m_retryAfter.reset();
    } else {
        const qint64 since = m_limits.receivedAt.isValid()
            ? m_limits.receivedAt.msecsTo(QDateTime::currentDateTimeUtc())
            : 0;
        decision = paceNextCall(m_limits.limits, since);
    }
    if (decision.waitMs > 0) {
        waitFor(decision);
        return;
    }
    m_wait = {};
    send(index);
}

void AnalyticsExport::waitFor(const PacingDecision &decision)
{
    m_wait = decision;
    if (decision.waitMs > qint64(m_services.maxWaitSeconds) * 1000) {
        const qint64 seconds = (decision.waitMs + 999) / 1000;
        const int left = progress().callsLeft();
        QString why;
        if (decision.reason == PacingReason::Day && m_limits.limits) {
            why = AnalyticsExportText::tr("The analytics service's limit of %1 calls a day is "
                                          "used up.")
                      .arg(QLocale().toString(m_limits.limits->dayLimit));
        } else if (decision.reason == PacingReason::Minute && m_limits.limits) {
            why = AnalyticsExportText::tr("The analytics service's limit of %1 calls a minute is "
                                          "used up.")
                      .arg(QLocale().toString(m_limits.limits->minuteLimit));
        } else {
            why = AnalyticsExportText::tr("The analytics service asked to wait before the next "
                                          "call.");
        }
        ++m_generation;
        // When it may go on, on the user's clock: the time alone today, else date and time.
        const QDateTime now = QDateTime::currentDateTime();
        setState(
            AnalyticsExportState::Paused,
            AnalyticsExportText::tr("%1 %Ln call(s) remain; they may go out in %2 (at %3). "
                                    "Start the export again then: it goes on where it "
                                    "stopped.",
                                    nullptr, left)
                .arg(why, durationText(seconds), human::timeOrDateTime(now.addSecs(seconds), now)));
        return;
    }
    setState(AnalyticsExportState::Waiting);
    const quint64 generation = m_generation;
    QTimer::singleShot(std::chrono::milliseconds(decision.waitMs), this, [this, generation]() {
        if (generation != m_generation || m_state != AnalyticsExportState::Waiting)
            return;
        m_wait = {};
        sendNext();
    });
}

void AnalyticsExport::send(int index)
{
    const AnalyticsCall &call = m_run->calls.at(index);
    setState(AnalyticsExportState::Sending);
    QJsonObject params = call.params;
    params.insert(QStringLiteral("access_token"), m_services.accessToken);
    crm::CrmRequest request;
    request.method = "POST";
    request.path = m_services.rpcPath;
    request.body = QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                                 { QStringLiteral("id"), call.seq },
                                 { QStringLiteral("method"), call.method },
                                 { QStringLiteral("params"), params } };
    request.idempotencyKey = call.idempotencyKey.toUtf8();
    request.timeoutMs = m_services.requestTimeoutMs;
    const quint64 generation = m_generation;
    Q_EMIT callStarted(call.seq);
    m_services.analytics->send(request, this,
                               [this, index, generation](const crm::CrmResult &result) {
                                   if (generation != m_generation)
                                       return;
                                   onAnswer(index, result);
                               });
}

void AnalyticsExport::onAnswer(int index, const crm::CrmResult &result)
{
    const AnalyticsCall call = m_run->calls.at(index);
    const quint64 generation = m_generation;
    if (!result.ok()) {
        const crm::CrmError &error = *result.error;
        if (error.kind == crm::ErrorKind::RateLimited) {
            // Another client used the same limits: wait as long as the service says.
            const qint64 seconds = std::max(1, error.retryAfterSeconds);
            m_retryAfter
                = PacingDecision { seconds * 1000 + kPacingMarginMs, PacingReason::RetryAfter };
            sendNext();
            return;
        }
        if (error.kind == crm::ErrorKind::BadRequest || error.kind == crm::ErrorKind::Validation) {
            // A definite refusal of this very request: sending it again cannot help.
            const QString message = AnalyticsExportText::tr("Call %1 was refused: %2")
                                        .arg(callName(call), error.message);
            m_services.journal->closeFailedRun(m_run->runId, call.seq, message, m_limits, this,
                                               [this, message, generation](const QString &) {
                                                   if (generation != m_generation)
                                                       return;
                                                   m_runOpen = false;
                                                   fail(message);
                                               });
            return;
        }
        fail(AnalyticsExportText::tr("Call %1 got no answer: %2 Start the export again to go "
                                     "on; nothing is sent twice.")
                 .arg(callName(call), error.message));
        return;
    }

    const JsonRpcAnswer answer = readJsonRpcAnswer(result.body, QJsonValue(call.seq));
    if (answer.limits)
        m_limits = StoredLimits { answer.limits, QDateTime::currentDateTimeUtc() };
    QString message;
    if (!answer.problem.isEmpty()) {
        message = AnalyticsExportText::tr("The analytics service's answer to call %1 is not the "
                                          "JSON-RPC answer expected: %2")
                      .arg(callName(call), answer.problem);
    } else if (answer.error) {
        if (answer.error->code == -32029) {
            // The limit refused it (a service that says so with HTTP 200): wait, then again.
            if (!answer.limits)
                m_retryAfter = PacingDecision { 1000, PacingReason::RetryAfter };
            sendNext();
            return;
        }
        m_rpcError = answer.error;
        message = AnalyticsExportText::tr("Call %1 was refused. %2")
                      .arg(callName(call), jsonRpcErrorText(*answer.error));
    }
    if (!message.isEmpty()) {
        m_services.journal->closeFailedRun(m_run->runId, call.seq, message, m_limits, this,
                                           [this, message, generation](const QString &) {
                                               if (generation != m_generation)
                                                   return;
                                               m_runOpen = false;
                                               fail(message);
                                           });
        return;
    }
    const bool last = std::count_if(m_run->calls.cbegin(), m_run->calls.cend(),
                                    [](const AnalyticsCall &each) {
                                        return each.state == AnalyticsCallState::Pending;
                                    })
        == 1;
    m_services.journal->markCallDone(
        m_run->runId, call, m_limits, last, this,
        [this, index, seq = call.seq, generation](const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                // Without the journal a restart could not tell what was sent: stop here.
                fail(error);
                return;
            }
            m_run->calls[index].state = AnalyticsCallState::Done;
            Q_EMIT callFinished(seq);
            sendNext();
        });
}

} // namespace opc::ops
