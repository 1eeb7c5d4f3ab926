#include "operations/leads/LeadActions.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/leads/LeadOpsSupport.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace opc::ops {

namespace {

struct LeadActionsText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::LeadActions)
};

QString leadPath(qint64 leadId, const QString &tail = {})
{
    return QStringLiteral("/api/v1/leads/%1%2").arg(leadId).arg(tail);
}

using ActionDone = std::function<void(const LeadActionResult &)>;

// The lead an action answers with.
LeadActionResult readLead(const crm::CrmResult &result, const QString &what)
{
    LeadActionResult action;
    if (!result.ok()) {
        action.error = result.error;
        action.message = result.error->message;
        return action;
    }
    QJsonObject body;
    QString why;
    if (leadops::bodyObject(result, &body, &why)) {
        if (std::optional<Lead> lead = leadFromJson(body, &why)) {
            action.lead = lead;
            action.etag = result.etag.isEmpty() ? lead->etag() : result.etag;
            return action;
        }
    }
    action.error = leadops::malformed(result, what, why);
    action.message = action.error->message;
    return action;
}

// The message of a refusal the CRM explains by its code; the generic one otherwise.
QString refusalMessage(const crm::CrmError &error)
{
    if (error.code == QLatin1String("lead_closed"))
        return LeadActionsText::tr("This lead is a logged duplicate of an existing deal: it cannot "
                                   "be taken or worked on. Open that deal instead.");
    if (error.code == QLatin1String("lead_not_taken"))
        return LeadActionsText::tr("Nobody has taken this lead: take it first.");
    if (error.code == QLatin1String("lead_taken"))
        return LeadActionsText::tr("Someone else has taken this lead.");
    return error.message;
}

// What an audit event keeps of a lead: enough to see who held it and in which status.
QJsonObject leadSummary(const Lead &lead)
{
    return QJsonObject {
        { QStringLiteral("status"), lead.status },
        { QStringLiteral("assignee"),
          lead.assignee ? QJsonValue(lead.assignee->id) : QJsonValue(QJsonValue::Null) },
    };
}

// Sends a take, release or status change and records its audit event (`auditAction`) once the CRM
// answered. A 409 lead_taken names who holds the lead; CrmClient keeps no error bodies, so the
// holder is read back from the lead itself (GET /leads/{id}).
void sendAction(const Actor &actor, crm::CrmClient *client, const Lead &lead,
                const QString &auditAction, const crm::CrmRequest &request, QObject *context,
                ActionDone done)
{
    const QString what = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    QPointer<QObject> guard(context);
    const qint64 leadId = lead.id;
    ActionRecord record { auditAction,
                          QStringLiteral("lead"),
                          { QString::number(leadId) },
                          leadSummary(lead),
                          request.body ? request.body->toObject() : QJsonObject() };
    // The answer goes to the recorder, which outlives every window: the change is audited even
    // when the one that asked for it has closed meanwhile.
    client->send(request, actor.audit,
                 [actor, record, client, leadId, context, guard, what,
                  done = std::move(done)](const crm::CrmResult &result) mutable {
                     LeadActionResult action = readLead(result, what);
                     if (action.ok())
                         record.after = leadSummary(*action.lead);
                     recordAction(actor, record, action.error);
                     if (!guard)
                         return;
                     if (!action.ok() && action.error->kind != crm::ErrorKind::MalformedResponse)
                         action.message = refusalMessage(*action.error);
                     if (action.ok() || action.error->code != QLatin1String("lead_taken")) {
                         done(action);
                         return;
                     }
                     client->get(leadPath(leadId), context,
                                 [action, done = std::move(done)](const crm::CrmResult &now) {
                                     LeadActionResult refused = action;
                                     QString why;
                                     if (now.ok()) {
                                         const std::optional<Lead> held
                                             = leadFromJson(now.body.toObject(), &why);
                                         if (held && held->assignee) {
                                             refused.holder = held->assignee;
                                             refused.message = leadTakenMessage(*held->assignee);
                                         }
                                     }
                                     done(refused);
                                 });
                 });
}

crm::CrmRequest postTo(const QString &path, const QJsonObject &body = {})
{
    crm::CrmRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    return request;
}

LeadComment readComment(const QJsonObject &json, JsonFieldReader &parent, const QString &prefix)
{
    JsonFieldReader reader(json);
    LeadComment comment;
    comment.id = reader.integer(QStringLiteral("id"), 1);
    comment.leadId = reader.integer(QStringLiteral("lead_id"), 1);
    comment.author = reader.textOrNull(QStringLiteral("author"));
    comment.authorId = reader.textOrNull(QStringLiteral("author_id"));
    comment.text = reader.text(QStringLiteral("text"));
    comment.createdAt = leadops::readTime(reader, json, QStringLiteral("created_at"));
    parent.adopt(prefix, reader);
    return comment;
}

struct CommentPages {
    crm::CrmClient *client = nullptr;
    QObject *context = nullptr;
    qint64 leadId = 0;
    LeadCommentsResult collected;
    std::function<void(const LeadCommentsResult &)> done;
};

void nextCommentPage(const std::shared_ptr<CommentPages> &state, const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const QString path = leadPath(state->leadId, QStringLiteral("/comments"));
    state->client->get(
        path, state->context,
        [state, path](const crm::CrmResult &result) {
            LeadCommentsResult failed;
            if (!result.ok()) {
                failed.error = result.error;
                state->done(failed);
                return;
            }
            const QJsonObject body = result.body.toObject();
            JsonFieldReader reader(body);
            const QJsonArray items = reader.array(QStringLiteral("items"));
            const QString next = reader.textOrNull(QStringLiteral("next_cursor"));
            for (int i = 0; i < items.size() && reader.ok(); ++i)
                state->collected.comments.append(readComment(items.at(i).toObject(), reader,
                                                             QStringLiteral("items[%1]").arg(i)));
            if (!reader.ok()) {
                failed.error
                    = leadops::malformed(result, QStringLiteral("GET ") + path, reader.problem());
                state->done(failed);
                return;
            }
            if (next.isEmpty()) {
                state->done(state->collected);
                return;
            }
            nextCommentPage(state, next);
        },
        query);
}

} // namespace

void takeLead(const Actor &actor, crm::CrmClient *client, const Lead &lead, QObject *context,
              ActionDone done)
{
    sendAction(actor, client, lead, QStringLiteral("lead.take"),
               postTo(leadPath(lead.id, QStringLiteral("/take"))), context, std::move(done));
}

void releaseLead(const Actor &actor, crm::CrmClient *client, const Lead &lead, QObject *context,
                 ActionDone done)
{
    sendAction(actor, client, lead, QStringLiteral("lead.release"),
               postTo(leadPath(lead.id, QStringLiteral("/release"))), context, std::move(done));
}

QString leadOutcomeToWire(LeadOutcome outcome)
{
    switch (outcome) {
    case LeadOutcome::InWork:
        return QStringLiteral("in_work");
    case LeadOutcome::Success:
        return QStringLiteral("success");
    case LeadOutcome::Failure:
        return QStringLiteral("failure");
    }
    return QStringLiteral("in_work");
}

void setLeadStatus(const Actor &actor, crm::CrmClient *client, const Lead &lead,
                   const QByteArray &etag, LeadOutcome outcome, QObject *context, ActionDone done)
{
    crm::CrmRequest request;
    request.method = "PATCH";
    request.path = leadPath(lead.id);
    request.ifMatch = etag;
    request.body = QJsonObject { { QStringLiteral("status"), leadOutcomeToWire(outcome) } };
    sendAction(actor, client, lead, QStringLiteral("lead.status"), request, context,
               std::move(done));
}

void addLeadComment(const Actor &actor, crm::CrmClient *client, qint64 leadId, const QString &text,
                    QObject *context, std::function<void(const LeadCommentsResult &)> done)
{
    const crm::CrmRequest request = postTo(leadPath(leadId, QStringLiteral("/comments")),
                                           QJsonObject { { QStringLiteral("text"), text } });
    const QString what = QStringLiteral("POST ") + request.path;
    ActionRecord record { QStringLiteral("lead.comment"),
                          QStringLiteral("lead"),
                          { QString::number(leadId) },
                          {},
                          QJsonObject { { QStringLiteral("text"), text } } };
    client->send(
        request, actor.audit,
        [actor, record, guard = QPointer<QObject>(context), done = std::move(done),
         what](const crm::CrmResult &result) {
            LeadCommentsResult added;
            if (!result.ok()) {
                added.error = result.error;
            } else {
                JsonFieldReader reader(result.body.toObject());
                const LeadComment comment
                    = readComment(result.body.toObject(), reader, QStringLiteral("comment"));
                if (!reader.ok())
                    added.error = leadops::malformed(result, what, reader.problem());
                else
                    added.comments.append(comment);
            }
            ActionRecord recorded = record;
            if (added.ok())
                recorded.after.insert(QStringLiteral("comment_id"), added.comments.constFirst().id);
            recordAction(actor, recorded, added.error);
            if (guard)
                done(added);
        });
}

void listLeadComments(crm::CrmClient *client, qint64 leadId, QObject *context,
                      std::function<void(const LeadCommentsResult &)> done)
{
    auto state = std::make_shared<CommentPages>();
    state->client = client;
    state->context = context;
    state->leadId = leadId;
    state->done = std::move(done);
    nextCommentPage(state, QString());
}

QString leadTakenMessage(const LeadAssignee &holder)
{
    return LeadActionsText::tr("%1 has taken this lead: only they or a team lead can work on it.")
        .arg(holder.displayName.isEmpty() ? holder.id : holder.displayName);
}

} // namespace opc::ops
