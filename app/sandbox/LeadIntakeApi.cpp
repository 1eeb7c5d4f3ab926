#include "core/leads/Email.h"
#include "core/leads/PhoneNumber.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/LeadSupport.h"
#include "sandbox/Routes.h"

#include <QSqlError>

// Lead intake (seeds 001, 002): the call-tracking and site-form webhooks and the duplicate check.
// A lead that repeats an open deal of the same client (same phone and/or e-mail, within the
// period) only adds a task or a comment to that deal and is logged as its duplicate; any other
// lead reuses or creates the client and always gets an order and a deal in the default funnel's
// first stage, with its call-tracking record. The rules are opc::leads' (DuplicateRules.h).

namespace opc::sandbox {

namespace {

using leads::LeadInput;
using leads::LeadType;

HttpReply internalError(const QString &detail)
{
    return HttpReply::error(500, QStringLiteral("internal_error"),
                            Text::tr("The sandbox database failed: %1").arg(detail));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// How the lead's contact reads in a task or comment: the formatted phone, else the e-mail.
QString contactOf(const LeadInput &lead)
{
    return lead.phone.isEmpty() ? lead.email : leads::formatPhone(lead.phone);
}

// The source named by the lead, created on first use.
std::optional<QVariant> sourceIdFor(QSqlDatabase &db, const LeadInput &lead, QString *error)
{
    if (lead.source.isEmpty())
        return QVariant();
    QSqlQuery find(db);
    if (!execQuery(find,
                   QStringLiteral("SELECT id FROM sources WHERE name = ? ORDER BY id LIMIT 1"),
                   { lead.source })) {
        *error = find.lastError().text();
        return std::nullopt;
    }
    if (find.next())
        return find.value(0);
    QSqlQuery insert(db);
    if (!execQuery(insert, QStringLiteral("INSERT INTO sources (name, medium) VALUES (?, ?)"),
                   { lead.source, lead.medium })) {
        *error = insert.lastError().text();
        return std::nullopt;
    }
    return insert.lastInsertId();
}

// Inserts the lead itself; `status` free or duplicate.
std::optional<qint64> insertLead(QSqlDatabase &db, const LeadInput &lead, const QString &status,
                                 const QVariant &clientId, const QVariant &duplicateOf,
                                 const QString &comment, const QDateTime &receivedAt,
                                 QString *error)
{
    const auto sourceId = sourceIdFor(db, lead, error);
    if (!sourceId)
        return std::nullopt;
    const bool call = lead.type == LeadType::Call;
    QSqlQuery insert(db);
    if (!execQuery(
            insert,
            QStringLiteral(
                "INSERT INTO leads (kind, status, client_id, name, phone, email, source_id, "
                "medium, utm_source, utm_medium, utm_campaign, utm_content, utm_term, "
                "google_client_id, tags, call_id, call_time, form_request_id, comment, "
                "created_at, received_at, phone_norm, email_norm, search_text, "
                "duplicate_of_deal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?)"),
            { leads::leadTypeToWire(lead.type),
              status,
              clientId,
              lead.name,
              lead.phone,
              lead.email,
              *sourceId,
              lead.medium,
              lead.utmSource,
              lead.utmMedium,
              lead.utmCampaign,
              lead.utmContent,
              lead.utmTerm,
              lead.googleClientId,
              lead.joinedTags(),
              call ? textOrNull(lead.callId) : QVariant(),
              call ? QVariant(isoUtc(receivedAt)) : QVariant(),
              call ? QVariant() : textOrNull(lead.formRequestId),
              comment,
              nowIso(),
              isoUtc(receivedAt),
              lead.phone,
              lead.email,
              leadSearchText(lead.name, lead.email, lead.phone),
              duplicateOf })) {
        *error = insert.lastError().text();
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

// A duplicate: logged against the deal it repeats, which gets a task or a comment. Nothing else.
std::optional<QJsonObject> logDuplicate(ApiContext &context, const ApiRequest &request,
                                        const LeadInput &lead, const leads::DuplicateMatch &match,
                                        leads::DuplicateAction action, const QDateTime &receivedAt,
                                        QString *error)
{
    QSqlQuery deal(context.db);
    if (!execQuery(deal, QStringLiteral("SELECT client_id FROM deals WHERE id = ?"),
                   { match.dealId })
        || !deal.next()) {
        *error = deal.lastError().text();
        return std::nullopt;
    }
    const auto leadId
        = insertLead(context.db, lead, QStringLiteral("duplicate"), deal.value(0), match.dealId,
                     Text::tr("Duplicate of deal %1").arg(match.dealId), receivedAt, error);
    if (!leadId)
        return std::nullopt;
    const bool call = lead.type == LeadType::Call;
    const QString contact = contactOf(lead);
    QSqlQuery insert(context.db);
    bool inserted = false;
    if (action == leads::DuplicateAction::Task) {
        const QString text = call
            ? Text::tr("Call the client back: they called again from %1 (lead %2).")
                  .arg(contact)
                  .arg(*leadId)
            : Text::tr("Contact the client: they sent the site form again from %1 (lead %2).")
                  .arg(contact)
                  .arg(*leadId);
        inserted = execQuery(insert,
                             QStringLiteral("INSERT INTO deal_tasks (deal_id, lead_id, text, "
                                            "created_by, created_at) VALUES (?, ?, ?, ?, ?)"),
                             { match.dealId, *leadId, text, request.user.id, nowIso() });
    } else {
        const QString text = call
            ? Text::tr("The client called again from %1 (lead %2); no new deal was created.")
                  .arg(contact)
                  .arg(*leadId)
            : Text::tr("The client sent the site form again from %1 (lead %2); no new deal was "
                       "created.")
                  .arg(contact)
                  .arg(*leadId);
        inserted = execQuery(
            insert,
            QStringLiteral("INSERT INTO deal_comments (deal_id, lead_id, author, "
                           "author_id, text, created_at) VALUES (?, ?, ?, ?, ?, "
                           "?)"),
            { match.dealId, *leadId, request.user.displayName, request.user.id, text, nowIso() });
    }
    if (!inserted) {
        *error = insert.lastError().text();
        return std::nullopt;
    }
    if (!recordLeadChange(context.db, *leadId, QStringLiteral("new"), request.user.id, error))
        return std::nullopt;
    return QJsonObject { { QStringLiteral("decision"), QStringLiteral("duplicate") },
                         { QStringLiteral("lead_id"), *leadId },
                         { QStringLiteral("deal_id"), match.dealId },
                         { QStringLiteral("action"), leads::duplicateActionToWire(action) },
                         { QStringLiteral("matched_by"), match.matchedBy } };
}

// The client the lead belongs to: reused (its missing e-mail filled in) or created.
std::optional<std::pair<qint64, bool>> clientFor(QSqlDatabase &db, const LeadInput &lead,
                                                 QString *error)
{
    const auto existing = reusableClient(db, lead, error);
    if (!existing)
        return std::nullopt;
    if (*existing) {
        const ClientRef &client = **existing;
        if (client.emailNorm.isEmpty() && !lead.email.isEmpty()) {
            QSqlQuery update(db);
            if (!execQuery(update,
                           QStringLiteral("UPDATE clients SET email = ?, email_norm = ? WHERE "
                                          "id = ?"),
                           { lead.email, lead.email, client.id })) {
                *error = update.lastError().text();
                return std::nullopt;
            }
        }
        return std::pair<qint64, bool> { client.id, true };
    }
    const QString name = !lead.name.trimmed().isEmpty() ? lead.name.trimmed() : contactOf(lead);
    QSqlQuery insert(db);
    if (!execQuery(
            insert,
            QStringLiteral("INSERT INTO clients (name, phone, email, type, created_at, "
                           "phone_norm, email_norm) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { name, lead.phone, lead.email, lead.clientType, nowIso(), lead.phone, lead.email })) {
        *error = insert.lastError().text();
        return std::nullopt;
    }
    return std::pair<qint64, bool> { insert.lastInsertId().toLongLong(), false };
}

// A new lead: client, lead, order, deal in the default funnel's first stage, its history entry
// and its call-tracking record (PENDING, amount 0, created at the lead's time: seed 002).
std::optional<QJsonObject> createLead(ApiContext &context, const ApiRequest &request,
                                      const LeadInput &lead, const QDateTime &receivedAt,
                                      QString *error)
{
    const auto funnel = defaultFunnelId(context.db);
    if (!funnel) {
        *error = Text::tr("there is no funnel for new deals");
        return std::nullopt;
    }
    const auto stages = funnelStages(context.db, *funnel, error);
    if (!stages)
        return std::nullopt;
    const auto first = leads::firstInProcessStage(*stages);
    if (!first) {
        *error = Text::tr("funnel %1 has no in-process stage for new deals").arg(*funnel);
        return std::nullopt;
    }
    const auto client = clientFor(context.db, lead, error);
    if (!client)
        return std::nullopt;
    const auto leadId = insertLead(context.db, lead, QStringLiteral("free"), client->first,
                                   QVariant(), QString(), receivedAt, error);
    if (!leadId)
        return std::nullopt;
    const QString now = nowIso();
    const QString received = isoUtc(receivedAt);
    QSqlQuery order(context.db);
    if (!execQuery(order,
                   QStringLiteral("INSERT INTO orders (client_id, lead_id, status, type, source, "
                                  "medium, utm_source, utm_medium, utm_campaign, utm_content, "
                                  "utm_term, google_client_id, tags, created_at, updated_at) "
                                  "VALUES (?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   { client->first, *leadId, lead.clientType, lead.source, lead.medium,
                     lead.utmSource, lead.utmMedium, lead.utmCampaign, lead.utmContent,
                     lead.utmTerm, lead.googleClientId, lead.joinedTags(), now, now })) {
        *error = order.lastError().text();
        return std::nullopt;
    }
    const qint64 orderId = order.lastInsertId().toLongLong();
    QSqlQuery deal(context.db);
    if (!execQuery(deal,
                   QStringLiteral("INSERT INTO deals (client_id, lead_id, funnel_id, stage_id, "
                                  "status, type, amount_kopecks, created_at, updated_at, "
                                  "order_id) VALUES (?, ?, ?, ?, 'new', ?, 0, ?, ?, ?)"),
                   { client->first, *leadId, *funnel, first->id, lead.clientType, received, now,
                     orderId })) {
        *error = deal.lastError().text();
        return std::nullopt;
    }
    const qint64 dealId = deal.lastInsertId().toLongLong();
    QSqlQuery history(context.db);
    if (!execQuery(history,
                   QStringLiteral("INSERT INTO deal_stage_history (deal_id, stage_id, entered_at, "
                                  "amount_kopecks) VALUES (?, ?, ?, 0)"),
                   { dealId, first->id, received })) {
        *error = history.lastError().text();
        return std::nullopt;
    }
    QSqlQuery tracking(context.db);
    if (!execQuery(tracking,
                   QStringLiteral("INSERT INTO call_tracking_deals (deal_id, lead_id, "
                                  "external_id, status, amount_kopecks, status_changed_at, "
                                  "created_at, updated_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?, "
                                  "?)"),
                   { dealId, *leadId,
                     lead.type == LeadType::Call ? lead.callId : lead.formRequestId, received,
                     received, now })) {
        *error = tracking.lastError().text();
        return std::nullopt;
    }
    if (!recordLeadChange(context.db, *leadId, QStringLiteral("new"), request.user.id, error))
        return std::nullopt;
    return QJsonObject { { QStringLiteral("decision"), QStringLiteral("new") },
                         { QStringLiteral("lead_id"), *leadId },
                         { QStringLiteral("client_id"), client->first },
                         { QStringLiteral("client_reused"), client->second },
                         { QStringLiteral("order_id"), orderId },
                         { QStringLiteral("deal_id"), dealId } };
}

// A call or form request that was logged already (same call_id / form_request_id) under
// another Idempotency-Key.
std::optional<HttpReply> alreadyLogged(QSqlDatabase &db, const LeadInput &lead)
{
    const bool call = lead.type == LeadType::Call;
    const QString externalId = call ? lead.callId : lead.formRequestId;
    if (externalId.isEmpty())
        return std::nullopt;
    QSqlQuery query(db);
    if (!execQuery(query,
                   call ? QStringLiteral("SELECT id FROM leads WHERE call_id = ? AND kind = 'call'")
                        : QStringLiteral("SELECT id FROM leads WHERE form_request_id = ? AND kind "
                                         "= 'form'"),
                   { externalId }))
        return databaseError(query);
    if (!query.next())
        return std::nullopt;
    const QString field = call ? QStringLiteral("call_id") : QStringLiteral("form_request_id");
    return HttpReply::error(409, QStringLiteral("lead_exists"),
                            Text::tr("%1 %2 was received already as lead %3. Resend it with the "
                                     "same Idempotency-Key to get that answer again.")
                                .arg(field, externalId)
                                .arg(query.value(0).toLongLong()),
                            field)
        .setHeader("Location", "/api/v1/leads/" + query.value(0).toByteArray());
}

HttpReply intake(ApiContext &context, const ApiRequest &request, LeadType type)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    QJsonObject json = *body;
    const QString wire = leads::leadTypeToWire(type);
    if (json.contains(QStringLiteral("type")) && json.value(QStringLiteral("type")) != wire) {
        return validationError(QStringLiteral("type"),
                               Text::tr("This webhook takes %1 leads only; leave type out or "
                                        "send \"%1\".")
                                   .arg(wire));
    }
    json.insert(QStringLiteral("type"), wire);
    leads::FieldError invalid;
    const auto lead = LeadInput::fromJson(json, &invalid);
    if (!lead)
        return validationError(invalid.field, invalid.message);
    if (const auto logged = alreadyLogged(context.db, *lead))
        return *logged;
    const QDateTime receivedAt
        = lead->receivedAt.isValid() ? lead->receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    QString detail;
    const auto settings = loadLeadSettings(context.db, &detail);
    if (!settings)
        return internalError(detail);
    const auto candidates
        = duplicateCandidates(context.db, *lead, settings->duplicates, receivedAt, &detail);
    if (!candidates)
        return internalError(detail);
    const auto match = leads::findDuplicate(*lead, *candidates, settings->duplicates, receivedAt);
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    const auto answer = match ? logDuplicate(context, request, *lead, *match,
                                             settings->duplicates.action, receivedAt, &detail)
                              : createLead(context, request, *lead, receivedAt, &detail);
    if (!answer) {
        context.db.rollback();
        return internalError(detail);
    }
    if (!context.db.commit()) {
        context.db.rollback();
        return internalError(context.db.lastError().text());
    }
    const qint64 leadId = answer->value(QStringLiteral("lead_id")).toInteger();
    return HttpReply::json(match ? 200 : 201, *answer)
        .setHeader("Location", "/api/v1/leads/" + QByteArray::number(leadId));
}

HttpReply callWebhook(ApiContext &context, const ApiRequest &request)
{
    return intake(context, request, LeadType::Call);
}

HttpReply formWebhook(ApiContext &context, const ApiRequest &request)
{
    return intake(context, request, LeadType::Form);
}

// What the intake would decide for a lead being typed, changing nothing: the deal it would
// duplicate, the client it would reuse, and every problem of the input so far.
HttpReply duplicateCheck(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    const auto type = leads::leadTypeFromWire(body->value(QStringLiteral("type")).toString());
    if (!body->value(QStringLiteral("type")).isString() || !type) {
        return validationError(QStringLiteral("type"),
                               Text::tr("type must be \"call\" or \"form\"."));
    }
    LeadInput probe;
    probe.type = *type;
    const QJsonValue phone = body->value(QStringLiteral("phone"));
    if (phone.isString())
        probe.phone = leads::normalizePhone(phone.toString(), nullptr).value_or(QString());
    const QJsonValue email = body->value(QStringLiteral("email"));
    if (email.isString())
        probe.email = leads::normalizeEmail(email.toString(), nullptr).value_or(QString());
    QDateTime received = QDateTime::fromString(
        body->value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs);
    if (received.isValid() && received.timeSpec() == Qt::LocalTime)
        received.setTimeSpec(Qt::UTC); // no offset written: UTC, as LeadInput reads it
    probe.receivedAt = received.isValid() ? received.toUTC() : QDateTime::currentDateTimeUtc();

    QString detail;
    const auto settings = loadLeadSettings(context.db, &detail);
    if (!settings)
        return internalError(detail);
    const auto candidates
        = duplicateCandidates(context.db, probe, settings->duplicates, probe.receivedAt, &detail);
    if (!candidates)
        return internalError(detail);
    QJsonValue duplicate(QJsonValue::Null);
    if (const auto match
        = leads::findDuplicate(probe, *candidates, settings->duplicates, probe.receivedAt)) {
        QSqlQuery client(context.db);
        if (!execQuery(client,
                       QStringLiteral("SELECT c.name FROM deals d JOIN clients c ON c.id = "
                                      "d.client_id WHERE d.id = ?"),
                       { match->dealId })
            || !client.next())
            return databaseError(client);
        duplicate = QJsonObject { { QStringLiteral("deal_id"), match->dealId },
                                  { QStringLiteral("matched_by"), match->matchedBy },
                                  { QStringLiteral("client_name"), client.value(0).toString() } };
    }
    const auto reusable = reusableClient(context.db, probe, &detail);
    if (!reusable)
        return internalError(detail);
    QJsonValue client(QJsonValue::Null);
    if (*reusable)
        client = QJsonObject { { QStringLiteral("id"), (*reusable)->id },
                               { QStringLiteral("name"), (*reusable)->name } };
    QJsonArray problems;
    for (const leads::FieldError &problem : LeadInput::problemsOf(*body))
        problems.append(QJsonObject { { QStringLiteral("field"), problem.field },
                                      { QStringLiteral("message"), problem.message } });
    return HttpReply::json(200,
                           QJsonObject { { QStringLiteral("duplicate"), duplicate },
                                         { QStringLiteral("client"), client },
                                         { QStringLiteral("problems"), problems } });
}

} // namespace

std::vector<Route> leadIntakeRoutes()
{
    return {
        { "POST", "/api/v1/webhooks/leads/call", Access::AnyUser, false, &callWebhook },
        { "POST", "/api/v1/webhooks/leads/form", Access::AnyUser, false, &formWebhook },
        { "POST", "/api/v1/leads/duplicate-check", Access::AnyUser, false, &duplicateCheck },
    };
}

} // namespace opc::sandbox
