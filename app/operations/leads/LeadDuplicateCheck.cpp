#include "operations/leads/LeadDuplicateCheck.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/leads/LeadOpsSupport.h"

namespace opc::ops {

namespace {

const QString kWhat = QStringLiteral("POST /api/v1/leads/duplicate-check");

DuplicateCheckResult readCheck(const crm::CrmResult &result)
{
    DuplicateCheckResult check;
    if (!result.ok()) {
        check.error = result.error;
        return check;
    }
    QJsonObject body;
    QString why;
    if (!leadops::bodyObject(result, &body, &why)) {
        check.error = leadops::malformed(result, kWhat, why);
        return check;
    }
    JsonFieldReader reader(body);
    if (const auto duplicate = reader.objectOrNull(QStringLiteral("duplicate"))) {
        JsonFieldReader inner(*duplicate);
        DuplicateCheckResult::Duplicate found;
        found.dealId = inner.integer(QStringLiteral("deal_id"), 1);
        found.matchedBy = inner.text(QStringLiteral("matched_by"));
        found.clientName = inner.textOrNull(QStringLiteral("client_name"));
        reader.adopt(QStringLiteral("duplicate"), inner);
        check.duplicate = found;
    }
    if (const auto client = reader.objectOrNull(QStringLiteral("client"))) {
        JsonFieldReader inner(*client);
        DuplicateCheckResult::Client existing;
        existing.id = inner.integer(QStringLiteral("id"), 1);
        existing.name = inner.textOrNull(QStringLiteral("name"));
        reader.adopt(QStringLiteral("client"), inner);
        check.client = existing;
    }
    const QJsonArray problems = reader.array(QStringLiteral("problems"));
    for (int i = 0; i < problems.size(); ++i) {
        JsonFieldReader inner(problems.at(i).toObject());
        leads::FieldError problem;
        problem.field = inner.text(QStringLiteral("field"));
        problem.message = inner.text(QStringLiteral("message"));
        reader.adopt(QStringLiteral("problems[%1]").arg(i), inner);
        check.problems.append(problem);
    }
    if (!reader.ok()) {
        check = DuplicateCheckResult {};
        check.error = leadops::malformed(result, kWhat, reader.problem());
    }
    return check;
}

} // namespace

void checkLeadDuplicate(crm::CrmClient *client, const QJsonObject &partialLead, QObject *context,
                        std::function<void(const DuplicateCheckResult &)> done)
{
    crm::CrmRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/leads/duplicate-check");
    request.body = partialLead;
    // A hint goes stale fast: one quick try, the next keystroke asks again.
    request.timeoutMs = 5000;
    request.maxAttempts = 2;
    client->send(request, context, [done = std::move(done)](const crm::CrmResult &result) {
        done(readCheck(result));
    });
}

LiveDuplicateCheck::LiveDuplicateCheck(crm::CrmClient *client, QObject *parent, int delayMs)
    : QObject(parent), m_client(client)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(delayMs);
    connect(&m_delay, &QTimer::timeout, this, &LiveDuplicateCheck::send);
}

void LiveDuplicateCheck::setLead(const QJsonObject &partialLead)
{
    m_lead = partialLead;
    ++m_generation; // whatever is in flight now answers an older input
    m_delay.start();
}

void LiveDuplicateCheck::clear()
{
    m_lead = {};
    ++m_generation;
    m_delay.stop();
}

void LiveDuplicateCheck::send()
{
    const quint64 generation = m_generation;
    checkLeadDuplicate(m_client, m_lead, this,
                       [this, generation](const DuplicateCheckResult &result) {
                           if (generation == m_generation)
                               Q_EMIT checked(result);
                       });
}

} // namespace opc::ops
