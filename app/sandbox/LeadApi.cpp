#include "core/leads/PhoneNumber.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/LeadSupport.h"
#include "sandbox/Routes.h"

#include <QRegularExpression>
#include <QSqlError>

// Leads (calls and web forms with their attribution) and the agents' queues: free leads anyone
// may take, my leads, all leads (team leads); take / release / status / comments, every change
// numbered in one sequence that clients poll (issue 4, seed 003 §5).

namespace opc::sandbox {

namespace {

constexpr int kMaxCommentLength = 5000;
constexpr int kMaxSearchLength = 200;

const QStringList kLeadStatuses { QStringLiteral("free"), QStringLiteral("in_work"),
                                  QStringLiteral("success"), QStringLiteral("failure"),
                                  QStringLiteral("duplicate") };
const QStringList kQueues { QStringLiteral("free"), QStringLiteral("mine"), QStringLiteral("all") };
const QStringList kPatchStatuses { QStringLiteral("in_work"), QStringLiteral("success"),
                                   QStringLiteral("failure") };

bool isReviewer(const AuthUser &user)
{
    return user.role == QLatin1String("team_lead") || user.role == QLatin1String("admin");
}

// The lead's id, status, assignee and the assignee's name; nullopt (with `error` set to the
// answer) when the path names no lead.
struct LeadState {
    qint64 id = 0;
    QString status;
    QString assigneeId;
    QString assigneeName;
    qint64 version = 0;
};

std::optional<LeadState> readLeadState(ApiContext &context, const ApiRequest &request,
                                       HttpReply *error)
{
    const auto id = parseId(request.params.value(0));
    if (!id) {
        *error = notFound();
        return std::nullopt;
    }
    QSqlQuery query(context.db);
    if (!execQuery(query,
                   QStringLiteral("SELECT l.status, l.assignee_id, u.display_name, l.version "
                                  "FROM leads l LEFT JOIN users u ON u.id = l.assignee_id "
                                  "WHERE l.id = ?"),
                   { *id })) {
        *error = databaseError(query);
        return std::nullopt;
    }
    if (!query.next()) {
        *error = notFound();
        return std::nullopt;
    }
    return LeadState { *id, query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toLongLong() };
}

HttpReply leadTaken(const LeadState &lead)
{
    return conflictWithHolder(QStringLiteral("lead_taken"),
                              Text::tr("Lead %1 is taken by %2. Only they (or a team lead) can "
                                       "work on it; pick another lead from the free queue.")
                                  .arg(lead.id)
                                  .arg(lead.assigneeName),
                              lead.assigneeId, lead.assigneeName);
}

HttpReply leadClosed(const LeadState &lead)
{
    return HttpReply::error(409, QStringLiteral("lead_closed"),
                            Text::tr("Lead %1 is a logged duplicate of an existing deal: it "
                                     "cannot be taken or worked on. Open that deal instead.")
                                .arg(lead.id));
}

HttpReply leadNotTaken(const LeadState &lead)
{
    return HttpReply::error(
        409, QStringLiteral("lead_not_taken"),
        Text::tr("Lead %1 is free: nobody has taken it. Take it first.").arg(lead.id));
}

// Runs `sql` and records the change in one transaction; answers the lead.
HttpReply changeLead(ApiContext &context, const ApiRequest &request, qint64 id, const QString &sql,
                     const QVariantList &binds, const QString &kind)
{
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery update(context.db);
    QString error;
    if (!execQuery(update, sql, binds)) {
        context.db.rollback();
        return databaseError(update);
    }
    if (!recordLeadChange(context.db, id, kind, request.user.id, &error)) {
        context.db.rollback();
        return HttpReply::error(500, QStringLiteral("internal_error"),
                                Text::tr("The sandbox database failed: %1").arg(error));
    }
    context.db.commit();
    return leadReply(context, id);
}

// ?q=: a phone number in any spelling matches its digits; anything else the name or e-mail.
void addSearch(const QString &text, QStringList *where, QVariantList *binds)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9 ().-]+$"));
    QString needle = text.trimmed().toLower();
    if (phoneLike.match(needle).hasMatch()) {
        const auto normalized = leads::normalizePhone(needle, nullptr);
        needle = normalized.value_or(needle);
        needle.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    }
    where->append(QStringLiteral("instr(l.search_text, ?) > 0"));
    binds->append(needle);
}

HttpReply listLeads(ApiContext &context, const ApiRequest &request)
{
    const QUrlQuery &query = request.call.query;
    HttpReply error;
    const auto page = readPage(query, &error);
    if (!page)
        return error;
    QStringList where { QStringLiteral("l.id > ?") };
    QVariantList binds { page->after };
    if (query.hasQueryItem(QStringLiteral("queue"))) {
        const QString queue = queryValue(query, QStringLiteral("queue"));
        if (!kQueues.contains(queue)) {
            return validationError(
                QStringLiteral("queue"),
                Text::tr("queue must be one of: %1.").arg(kQueues.join(QStringLiteral(", "))));
        }
        if (queue == QLatin1String("all") && !isReviewer(request.user)) {
            return HttpReply::error(403, QStringLiteral("forbidden"),
                                    Text::tr("Only team leads and administrators see every "
                                             "agent's leads. Use queue=free or queue=mine."));
        }
        if (queue == QLatin1String("free")) {
            where.append(QStringLiteral("l.status = 'free'"));
        } else if (queue == QLatin1String("mine")) {
            where.append(QStringLiteral("l.assignee_id = ?"));
            binds.append(request.user.id);
        }
    }
    if (query.hasQueryItem(QStringLiteral("status"))) {
        const QString status = queryValue(query, QStringLiteral("status"));
        if (!kLeadStatuses.contains(status)) {
            return validationError(QStringLiteral("status"),
                                   Text::tr("status must be one of: %1.")
                                       .arg(kLeadStatuses.join(QStringLiteral(", "))));
        }
        where.append(QStringLiteral("l.status = ?"));
        binds.append(status);
    }
    if (query.hasQueryItem(QStringLiteral("assignee"))) {
        const QString assignee = queryValue(query, QStringLiteral("assignee"));
        if (assignee.isEmpty() || assignee.size() > 100) {
            return validationError(QStringLiteral("assignee"),
                                   Text::tr("assignee must be a user id, \"me\" or \"none\"."));
        }
        if (assignee == QLatin1String("none")) {
            where.append(QStringLiteral("l.assignee_id IS NULL"));
        } else {
            where.append(QStringLiteral("l.assignee_id = ?"));
            binds.append(assignee == QLatin1String("me") ? request.user.id : assignee);
        }
    }
    if (query.hasQueryItem(QStringLiteral("q"))) {
        const QString text = queryValue(query, QStringLiteral("q"));
        if (text.trimmed().isEmpty() || text.size() > kMaxSearchLength) {
            return validationError(QStringLiteral("q"),
                                   Text::tr("q must be 1 to %1 characters of text to search "
                                            "names, e-mails and phone numbers for.")
                                       .arg(kMaxSearchLength));
        }
        addSearch(text, &where, &binds);
    }
    binds.append(page->limit + 1);
    const qint64 lastSeq = lastLeadChange(context.db);
    QSqlQuery rows(context.db);
    if (!execQuery(rows,
                   leadSelect()
                       + QStringLiteral(" WHERE %1 ORDER BY l.id LIMIT ?")
                             .arg(where.join(QStringLiteral(" AND "))),
                   binds))
        return databaseError(rows);
    QJsonArray items;
    while (rows.next())
        items.append(leadJson(rows));
    QJsonObject body = pageBody(items, *page, QStringLiteral("id"));
    // Where GET /api/v1/leads/changes?after= picks up from this answer.
    body.insert(QStringLiteral("last_seq"), lastSeq);
    return HttpReply::json(200, body);
}

HttpReply getLead(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    return id ? leadReply(context, *id) : notFound();
}

HttpReply leadChanges(ApiContext &context, const ApiRequest &request)
{
    const QUrlQuery &query = request.call.query;
    HttpReply error;
    const auto page = readPage(query, &error);
    if (!page)
        return error;
    qint64 after = 0;
    if (query.hasQueryItem(QStringLiteral("after"))) {
        const auto parsed = parseId(queryValue(query, QStringLiteral("after")));
        if (!parsed) {
            return validationError(QStringLiteral("after"),
                                   Text::tr("after must be a sequence number (digits), the "
                                            "last_seq of the previous answer, or 0."));
        }
        after = *parsed;
    }
    QSqlQuery rows(context.db);
    if (!execQuery(rows,
                   leadSelect()
                       + QStringLiteral(" WHERE l.change_seq > ? ORDER BY l.change_seq LIMIT ?"),
                   { after, page->limit + 1 }))
        return databaseError(rows);
    QJsonArray items;
    bool more = false;
    while (rows.next()) {
        if (items.size() == page->limit) {
            more = true;
            break;
        }
        items.append(leadJson(rows));
    }
    // A full page: continue after its last item. Otherwise everything up to now was seen.
    const qint64 lastSeq = more
        ? items.last().toObject().value(QStringLiteral("change_seq")).toInteger()
        : lastLeadChange(context.db);
    return HttpReply::json(200,
                           QJsonObject { { QStringLiteral("items"), items },
                                         { QStringLiteral("last_seq"), lastSeq } });
}

HttpReply takeLead(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto lead = readLeadState(context, request, &error);
    if (!lead)
        return error;
    // Atomic: of two agents taking one free lead, exactly one changes the row.
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery take(context.db);
    if (!execQuery(take,
                   QStringLiteral("UPDATE leads SET status = 'in_work', assignee_id = ?, "
                                  "version = version + 1 WHERE id = ? AND status = 'free'"),
                   { request.user.id, lead->id })) {
        context.db.rollback();
        return databaseError(take);
    }
    if (take.numRowsAffected() == 1) {
        QString detail;
        if (!recordLeadChange(context.db, lead->id, QStringLiteral("take"), request.user.id,
                              &detail)) {
            context.db.rollback();
            return HttpReply::error(500, QStringLiteral("internal_error"),
                                    Text::tr("The sandbox database failed: %1").arg(detail));
        }
        context.db.commit();
        return leadReply(context, lead->id);
    }
    context.db.rollback();
    const auto now = readLeadState(context, request, &error);
    if (!now)
        return error;
    if (now->status == QLatin1String("duplicate"))
        return leadClosed(*now);
    if (now->assigneeId == request.user.id)
        return leadReply(context, now->id); // already yours: nothing changes
    return leadTaken(*now);
}

HttpReply releaseLead(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto lead = readLeadState(context, request, &error);
    if (!lead)
        return error;
    if (lead->status == QLatin1String("duplicate"))
        return leadClosed(*lead);
    if (lead->status == QLatin1String("free"))
        return leadNotTaken(*lead);
    if (lead->assigneeId != request.user.id && !isReviewer(request.user))
        return leadTaken(*lead);
    return changeLead(context, request, lead->id,
                      QStringLiteral("UPDATE leads SET status = 'free', assignee_id = NULL, "
                                     "version = version + 1 WHERE id = ?"),
                      { lead->id }, QStringLiteral("release"));
}

HttpReply patchLead(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto lead = readLeadState(context, request, &error);
    if (!lead)
        return error;
    if (const auto refused = checkIfMatch(request, entityTag("lead", lead->id, lead->version)))
        return *refused;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown = unknownField(*body, { QStringLiteral("status") }))
        return *unknown;
    const QJsonValue status = body->value(QStringLiteral("status"));
    if (!status.isString() || !kPatchStatuses.contains(status.toString())) {
        return validationError(
            QStringLiteral("status"),
            Text::tr("status must be one of: %1.").arg(kPatchStatuses.join(QStringLiteral(", "))));
    }
    if (lead->status == QLatin1String("duplicate"))
        return leadClosed(*lead);
    if (lead->status == QLatin1String("free"))
        return leadNotTaken(*lead);
    if (lead->assigneeId != request.user.id)
        return leadTaken(*lead);
    if (status.toString() == lead->status)
        return leadReply(context, lead->id);
    return changeLead(context, request, lead->id,
                      QStringLiteral("UPDATE leads SET status = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      { status.toString(), lead->id, lead->version }, QStringLiteral("status"));
}

const QStringList kCommentColumns { QStringLiteral("id"),     QStringLiteral("lead_id"),
                                    QStringLiteral("author"), QStringLiteral("author_id"),
                                    QStringLiteral("text"),   QStringLiteral("created_at") };

HttpReply listLeadComments(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto lead = readLeadState(context, request, &error);
    if (!lead)
        return error;
    const auto page = readPage(request.call.query, &error);
    if (!page)
        return error;
    QSqlQuery rows(context.db);
    if (!execQuery(rows,
                   QStringLiteral("SELECT %1 FROM lead_comments WHERE lead_id = ? AND id > ? "
                                  "ORDER BY id LIMIT ?")
                       .arg(kCommentColumns.join(QStringLiteral(", "))),
                   { lead->id, page->after, page->limit + 1 }))
        return databaseError(rows);
    QJsonArray items;
    while (rows.next())
        items.append(rowToJson(rows, kCommentColumns));
    return HttpReply::json(200, pageBody(items, *page, QStringLiteral("id")));
}

HttpReply addLeadComment(ApiContext &context, const ApiRequest &request)
{
    HttpReply error;
    const auto lead = readLeadState(context, request, &error);
    if (!lead)
        return error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown = unknownField(*body, { QStringLiteral("text") }))
        return *unknown;
    const QJsonValue text = body->value(QStringLiteral("text"));
    if (!text.isString() || text.toString().trimmed().isEmpty()
        || text.toString().size() > kMaxCommentLength) {
        return validationError(
            QStringLiteral("text"),
            Text::tr("text must be 1 to %1 characters, not only blanks.").arg(kMaxCommentLength));
    }
    if (const auto failed = beginTransaction(context.db))
        return *failed;
    QSqlQuery insert(context.db);
    if (!execQuery(
            insert,
            QStringLiteral("INSERT INTO lead_comments (lead_id, author, author_id, text, "
                           "created_at) VALUES (?, ?, ?, ?, ?)"),
            { lead->id, request.user.displayName, request.user.id, text.toString(), nowIso() })) {
        context.db.rollback();
        return databaseError(insert);
    }
    const qint64 commentId = insert.lastInsertId().toLongLong();
    QString detail;
    if (!recordLeadChange(context.db, lead->id, QStringLiteral("comment"), request.user.id,
                          &detail)) {
        context.db.rollback();
        return HttpReply::error(500, QStringLiteral("internal_error"),
                                Text::tr("The sandbox database failed: %1").arg(detail));
    }
    context.db.commit();
    QSqlQuery read(context.db);
    if (!execQuery(read,
                   QStringLiteral("SELECT %1 FROM lead_comments WHERE id = ?")
                       .arg(kCommentColumns.join(QStringLiteral(", "))),
                   { commentId })
        || !read.next())
        return databaseError(read);
    return HttpReply::json(201, rowToJson(read, kCommentColumns));
}

} // namespace

std::vector<Route> leadRoutes()
{
    // /leads/changes and /leads/duplicate-check before /leads/{id}: the first match wins.
    std::vector<Route> routes {
        { "GET", "/api/v1/leads", Access::AnyUser, false, &listLeads },
        { "GET", "/api/v1/leads/changes", Access::AnyUser, false, &leadChanges },
    };
    for (auto part : { leadIntakeRoutes(), leadSettingsRoutes() })
        routes.insert(routes.end(), part.begin(), part.end());
    const std::vector<Route> byId {
        { "GET", "/api/v1/leads/{id}", Access::AnyUser, false, &getLead },
        { "PATCH", "/api/v1/leads/{id}", Access::AnyUser, false, &patchLead },
        { "POST", "/api/v1/leads/{id}/take", Access::AnyUser, false, &takeLead },
        { "POST", "/api/v1/leads/{id}/release", Access::AnyUser, false, &releaseLead },
        { "GET", "/api/v1/leads/{id}/comments", Access::AnyUser, false, &listLeadComments },
        { "POST", "/api/v1/leads/{id}/comments", Access::AnyUser, false, &addLeadComment },
    };
    routes.insert(routes.end(), byId.begin(), byId.end());
    const std::vector<Route> deals = dealRoutes();
    routes.insert(routes.end(), deals.begin(), deals.end());
    return routes;
}

} // namespace opc::sandbox
