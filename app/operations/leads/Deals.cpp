#include "operations/leads/Deals.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/AuditRecorder.h"
#include "operations/leads/LeadOpsSupport.h"

#include <QCoreApplication>
#include <QPointer>

namespace opc::ops {

namespace {

struct DealsText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::Deals)
};

using DealDone = std::function<void(const DealResult &)>;

QString dealPath(qint64 dealId, const QString &tail = {})
{
    return QStringLiteral("/api/v1/deals/%1%2").arg(dealId).arg(tail);
}

// The contract's entity tag "deal-<id>-v<version>" (quoted), the same the CRM sends as ETag.
QByteArray dealTag(qint64 id, qint64 version)
{
    return QByteArrayLiteral("\"deal-") + QByteArray::number(id) + QByteArrayLiteral("-v")
        + QByteArray::number(version) + '"';
}

DealStageEntry readEntry(const QJsonObject &json, JsonFieldReader &parent, const QString &prefix)
{
    JsonFieldReader reader(json);
    DealStageEntry entry;
    entry.stageId = reader.integer(QStringLiteral("stage_id"), 1);
    entry.stageName = reader.text(QStringLiteral("stage_name"));
    entry.enteredAt = leadops::readTime(reader, json, QStringLiteral("entered_at"));
    // Null is the contract's "not known" (fixture entries), not zero roubles.
    if (!json.value(QStringLiteral("amount_kopecks")).isNull())
        entry.amountKopecks = reader.integer(QStringLiteral("amount_kopecks"), 0);
    entry.isGenerated = reader.flag(QStringLiteral("is_generated"));
    if (const auto employee = reader.objectOrNull(QStringLiteral("employee"))) {
        JsonFieldReader inner(*employee);
        entry.employeeId = inner.text(QStringLiteral("id"));
        entry.employeeName = inner.text(QStringLiteral("display_name"));
        reader.adopt(QStringLiteral("employee"), inner);
    }
    parent.adopt(prefix, reader);
    return entry;
}

QJsonObject auditState(const Deal &deal)
{
    return QJsonObject { { QStringLiteral("stage_id"), deal.stageId },
                         { QStringLiteral("stage_name"), deal.stageName },
                         { QStringLiteral("amount_kopecks"), deal.amountKopecks },
                         { QStringLiteral("status"), deal.status } };
}

// The deal an answer carries, or why not.
DealResult readDeal(const crm::CrmResult &result, const QString &what)
{
    DealResult read;
    if (!result.ok()) {
        read.error = result.error;
        read.message = result.error->message;
        return read;
    }
    QJsonObject body;
    QString why;
    if (leadops::bodyObject(result, &body, &why)) {
        if (std::optional<Deal> deal = dealFromJson(body, &why)) {
            if (!result.etag.isEmpty())
                deal->etag = result.etag;
            read.deal = deal;
            return read;
        }
    }
    read.error = leadops::malformed(result, what, why);
    read.message = read.error->message;
    return read;
}

QString changedMeanwhileMessage(const DealResult &reload)
{
    if (reload.ok())
        return DealsText::tr("Someone changed this deal after you opened it, so it was not moved. "
                             "It has been reloaded: look at its stage and amount again, then "
                             "move it if it is still needed.");
    return DealsText::tr("Someone changed this deal after you opened it, so it was not moved, "
                         "and reading it again failed: %1")
        .arg(reload.message);
}

} // namespace

std::optional<Deal> dealFromJson(const QJsonObject &json, QString *problem)
{
    JsonFieldReader reader(json);
    Deal deal;
    deal.id = reader.integer(QStringLiteral("id"), 1);
    deal.funnelId = reader.integer(QStringLiteral("funnel_id"), 1);
    deal.status = reader.text(QStringLiteral("status"));
    deal.amountKopecks = reader.integer(QStringLiteral("amount_kopecks"), 0);
    deal.version = reader.integer(QStringLiteral("version"), 0);
    if (const auto client = reader.optionalObject(QStringLiteral("client"))) {
        JsonFieldReader inner(*client);
        deal.clientName = inner.textOrNull(QStringLiteral("name"));
        reader.adopt(QStringLiteral("client"), inner);
    }
    {
        JsonFieldReader inner(reader.object(QStringLiteral("stage")));
        deal.stageId = inner.integer(QStringLiteral("id"), 1);
        deal.stageName = inner.text(QStringLiteral("name"));
        deal.stageKind = leadops::readStageKind(inner).value_or(leads::StageKind::InProcess);
        reader.adopt(QStringLiteral("stage"), inner);
    }
    const QJsonArray history = reader.array(QStringLiteral("stage_history"));
    for (int i = 0; i < history.size() && reader.ok(); ++i) {
        if (!history.at(i).isObject()) {
            reader.fail(QStringLiteral("stage_history[%1]").arg(i), QStringLiteral("an object"));
            break;
        }
        deal.history.append(readEntry(history.at(i).toObject(), reader,
                                      QStringLiteral("stage_history[%1]").arg(i)));
    }
    if (!reader.ok()) {
        if (problem)
            *problem = reader.problem();
        return std::nullopt;
    }
    deal.etag = dealTag(deal.id, deal.version);
    return deal;
}

void loadDeal(crm::CrmClient *client, qint64 dealId, QObject *context, DealDone done)
{
    const QString path = dealPath(dealId);
    client->get(path, context, [done = std::move(done), path](const crm::CrmResult &result) {
        done(readDeal(result, QStringLiteral("GET ") + path));
    });
}

void moveDeal(const Actor &actor, crm::CrmClient *client, const Deal &current, qint64 stageId,
              std::optional<qint64> amountKopecks, QObject *context, DealDone done)
{
    QJsonObject asked { { QStringLiteral("stage_id"), stageId } };
    if (amountKopecks)
        asked.insert(QStringLiteral("amount_kopecks"), *amountKopecks);
    crm::CrmRequest request;
    request.method = "POST";
    request.path = dealPath(current.id, QStringLiteral("/stage"));
    request.ifMatch = current.etag;
    request.body = asked;
    const QString what = QStringLiteral("POST ") + request.path;

    ActionRecord record;
    record.action = QStringLiteral("deal.move");
    record.entityType = QStringLiteral("deal");
    record.entityIds = QStringList { QString::number(current.id) };
    record.before = auditState(current);

    // The answer goes to the audit recorder, which outlives the session's actions, not to
    // `context`: a deal the CRM moved is audited even if the window that asked closed meanwhile.
    QPointer<QObject> guard(context);
    client->send(request, actor.audit,
                 [actor, client, record, asked, what, guard, dealId = current.id,
                  done = std::move(done)](const crm::CrmResult &result) mutable {
                     DealResult moved = readDeal(result, what);
                     record.after = moved.ok() ? auditState(*moved.deal) : asked;
                     recordAction(actor, record, moved.error);
                     if (!guard)
                         return;
                     if (moved.ok() || moved.error->kind != crm::ErrorKind::PreconditionFailed) {
                         done(moved);
                         return;
                     }
                     // Stale: the agent decided on a state that is gone. Show them the new one
                     // instead of retrying blindly over someone else's change.
                     loadDeal(client, dealId, guard,
                              [moved, done = std::move(done)](const DealResult &now) {
                                  DealResult refused = moved;
                                  refused.reloaded = now.deal;
                                  refused.message = changedMeanwhileMessage(now);
                                  done(refused);
                              });
                 });
}

} // namespace opc::ops
