#include "operations/leads/LeadPoller.h"

#include "core/JsonFieldReader.h"
#include "core/JsonNumbers.h"
#include "crm/CrmClient.h"
#include "operations/leads/LeadOpsSupport.h"

#include <QHash>
#include <QUrlQuery>

namespace opc::ops {

namespace {

const QString kPath = QStringLiteral("/api/v1/leads/changes");
constexpr int kDefaultIntervalMs = 3000;

} // namespace

LeadPoller::LeadPoller(crm::CrmClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LeadPoller::poll);
}

LeadPoller::~LeadPoller() = default;

void LeadPoller::setIntervalMs(int ms)
{
    m_timer.setInterval(qMax(10, ms));
}

void LeadPoller::setPageLimit(int limit)
{
    m_pageLimit = qBound(1, limit, 200);
}

void LeadPoller::start(qint64 afterSeq)
{
    ++m_generation; // an answer to a previous start() no longer counts
    m_cursor = afterSeq < 0 ? kFromNow : afterSeq;
    m_scanSeq = 0;
    m_scanning = false;
    m_active = true;
    m_inFlight = false;
    m_pollAgain = false;
    m_caughtUp = false;
    m_timer.start();
    poll();
}

void LeadPoller::stop()
{
    ++m_generation;
    m_active = false;
    m_inFlight = false;
    m_pollAgain = false;
    m_timer.stop();
}

void LeadPoller::pollNow()
{
    poll();
}

void LeadPoller::poll()
{
    if (!m_active)
        return;
    if (m_inFlight) {
        m_pollAgain = true; // once this answer is in
        return;
    }
    m_inFlight = true;
    m_pollAgain = false;
    if (m_cursor == kFromNow && !m_scanning) {
        position();
        return;
    }
    const qint64 after = m_cursor == kFromNow ? m_scanSeq : m_cursor;
    crm::CrmRequest request;
    request.path = kPath;
    request.query.addQueryItem(QStringLiteral("after"), QString::number(after));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageLimit));
    // A poll that fails is simply asked again at the next interval.
    request.maxAttempts = 1;
    request.timeoutMs = qMax(5000, m_timer.interval() * 2);
    const quint64 generation = m_generation;
    m_client->send(request, this, [this, generation](const crm::CrmResult &result) {
        onAnswer(generation, result);
    });
}

// One small queue page: its last_seq is where the change feed stands now.
void LeadPoller::position()
{
    crm::CrmRequest request;
    request.path = QStringLiteral("/api/v1/leads");
    request.query.addQueryItem(QStringLiteral("queue"), QStringLiteral("mine"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    request.maxAttempts = 1;
    request.timeoutMs = qMax(5000, m_timer.interval() * 2);
    const quint64 generation = m_generation;
    m_client->send(request, this, [this, generation](const crm::CrmResult &result) {
        onPositioned(generation, result);
    });
}

void LeadPoller::onPositioned(quint64 generation, const crm::CrmResult &result)
{
    if (generation != m_generation || !m_active)
        return;
    m_inFlight = false;
    if (!result.ok()) {
        m_caughtUp = false; // the next answer that reaches the end says so again
        Q_EMIT pollFailed(*result.error);
        return;
    }
    const std::optional<qint64> lastSeq
        = wholeNumber(result.body.toObject().value(QStringLiteral("last_seq")), 0, kJsonExactLimit);
    if (!lastSeq) {
        m_scanning = true; // a CRM without it: read the feed instead
        poll();
        return;
    }
    m_cursor = *lastSeq;
    bool running = true;
    reportCaughtUp(generation, &running);
    if (running && m_pollAgain)
        poll();
}

void LeadPoller::reportCaughtUp(quint64 generation, bool *stillRunning)
{
    *stillRunning = true;
    if (m_caughtUp)
        return;
    m_caughtUp = true;
    Q_EMIT caughtUp(m_cursor);
    *stillRunning = generation == m_generation && m_active;
}

void LeadPoller::onAnswer(quint64 generation, const crm::CrmResult &result)
{
    if (generation != m_generation || !m_active)
        return;
    m_inFlight = false;
    const QString what = QStringLiteral("GET ") + kPath;
    if (!result.ok()) {
        m_caughtUp = false; // the next answer that reaches the end says so again
        Q_EMIT pollFailed(*result.error);
        return;
    }
    QJsonObject body;
    QString why;
    QList<Lead> changed;
    qint64 lastSeq = 0;
    if (leadops::bodyObject(result, &body, &why)) {
        JsonFieldReader reader(body);
        const QJsonArray items = reader.array(QStringLiteral("items"));
        lastSeq = reader.integer(QStringLiteral("last_seq"), 0);
        for (int i = 0; i < items.size() && reader.ok(); ++i) {
            QString problem;
            if (const std::optional<Lead> lead = leadFromJson(items.at(i).toObject(), &problem))
                changed.append(*lead);
            else
                reader.fail(QStringLiteral("items[%1]").arg(i),
                            QStringLiteral("a lead (%1)").arg(problem));
        }
        why = reader.problem();
    }
    if (!why.isEmpty()) {
        m_caughtUp = false; // the next answer that reaches the end says so again
        Q_EMIT pollFailed(leadops::malformed(result, what, why));
        return;
    }

    const bool fullPage = changed.size() >= m_pageLimit;
    if (m_cursor == kFromNow) {
        m_scanSeq = qMax(m_scanSeq, lastSeq);
        if (fullPage) {
            poll();
            return;
        }
        m_cursor = m_scanSeq;
    } else {
        // One entry per lead, in the order of its latest change.
        QHash<qint64, qsizetype> latest;
        for (qsizetype i = 0; i < changed.size(); ++i)
            latest.insert(changed.at(i).id, i);
        QList<Lead> leads;
        for (qsizetype i = 0; i < changed.size(); ++i) {
            if (latest.value(changed.at(i).id) == i)
                leads.append(changed.at(i));
        }
        m_cursor = qMax(m_cursor, lastSeq);
        if (!leads.isEmpty()) {
            Q_EMIT leadsChanged(leads, m_cursor);
            if (generation != m_generation || !m_active)
                return; // a receiver stopped or restarted us
        }
    }
    if (!fullPage) {
        bool running = true;
        reportCaughtUp(generation, &running);
        if (!running)
            return;
    }
    if (fullPage || m_pollAgain)
        poll();
}

} // namespace opc::ops
