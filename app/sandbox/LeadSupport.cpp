#include "sandbox/LeadSupport.h"

#include "core/leads/Email.h"
#include "core/leads/PhoneNumber.h"
#include "sandbox/ApiSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace opc::sandbox {

namespace {

constexpr int kCandidateLimit = 50; // per rule; the newest ones, since the newest match wins
constexpr int kClientLimit = 20;

const QStringList kLeadColumns { QStringLiteral("id"),
                                 QStringLiteral("kind"),
                                 QStringLiteral("status"),
                                 QStringLiteral("assignee_id"),
                                 QStringLiteral("client_id"),
                                 QStringLiteral("name"),
                                 QStringLiteral("medium"),
                                 QStringLiteral("utm_source"),
                                 QStringLiteral("utm_medium"),
                                 QStringLiteral("utm_campaign"),
                                 QStringLiteral("utm_content"),
                                 QStringLiteral("utm_term"),
                                 QStringLiteral("google_client_id"),
                                 QStringLiteral("call_id"),
                                 QStringLiteral("call_time"),
                                 QStringLiteral("form_request_id"),
                                 QStringLiteral("comment"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("version"),
                                 QStringLiteral("received_at"),
                                 QStringLiteral("duplicate_of_deal"),
                                 QStringLiteral("change_seq") };

QString normalizedOrEmpty(const QString &text, bool phone)
{
    if (text.trimmed().isEmpty())
        return {};
    return (phone ? leads::normalizePhone(text, nullptr) : leads::normalizeEmail(text, nullptr))
        .value_or(QString());
}

// Normalises the phone and e-mail of the rows of `table` that have none yet.
bool normalizeContacts(QSqlDatabase &db, const QString &table, bool withSearchText, QString *error)
{
    QSqlQuery rows(db);
    if (!execQuery(
            rows,
            QStringLiteral("SELECT id, phone, email, name FROM %1 WHERE phone_norm IS NULL "
                           "OR email_norm IS NULL%2")
                .arg(table,
                     withSearchText ? QStringLiteral(" OR search_text IS NULL") : QString()))) {
        *error = rows.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    const QString sql = withSearchText
        ? QStringLiteral(
            "UPDATE %1 SET phone_norm = ?, email_norm = ?, search_text = ? WHERE id = ?")
        : QStringLiteral("UPDATE %1 SET phone_norm = ?, email_norm = ? WHERE id = ?");
    if (!update.prepare(sql.arg(table))) {
        *error = update.lastError().text();
        return false;
    }
    while (rows.next()) {
        const QString phone = normalizedOrEmpty(rows.value(1).toString(), true);
        const QString email = normalizedOrEmpty(rows.value(2).toString(), false);
        update.addBindValue(phone);
        update.addBindValue(email);
        if (withSearchText)
            update.addBindValue(leadSearchText(rows.value(3).toString(), email, phone));
        update.addBindValue(rows.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

const QStringList &orderStatuses()
{
    static const QStringList statuses { QStringLiteral("new"),
                                        QStringLiteral("confirmed"),
                                        QStringLiteral("missed"),
                                        QStringLiteral("scheduled"),
                                        QStringLiteral("sms_confirmation_sent"),
                                        QStringLiteral("in_progress"),
                                        QStringLiteral("finished"),
                                        QStringLiteral("cancelled_by_sms"),
                                        QStringLiteral("cancelled") };
    return statuses;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<StoredLeadSettings> loadLeadSettings(QSqlDatabase &db, QString *error)
{
    StoredLeadSettings settings;
    settings.groups = leads::StatusGroupMapping::defaultMapping();
    QSqlQuery row(db);
    if (!execQuery(row,
                   QStringLiteral("SELECT by_phone, by_email, period_days, only_in_processing, "
                                  "action, version FROM lead_settings WHERE id = 1"))) {
        *error = row.lastError().text();
        return std::nullopt;
    }
    if (row.next()) {
        settings.duplicates.byPhone = row.value(0).toBool();
        settings.duplicates.byEmail = row.value(1).toBool();
        settings.duplicates.periodDays = row.value(2).toInt();
        settings.duplicates.onlyInProcessing = row.value(3).toBool();
        settings.duplicates.action = leads::duplicateActionFromWire(row.value(4).toString())
                                         .value_or(leads::DuplicateAction::Comment);
        settings.version = row.value(5).toLongLong();
    }
    QSqlQuery groups(db);
    if (!execQuery(groups,
                   QStringLiteral("SELECT status, status_group FROM order_status_groups"))) {
        *error = groups.lastError().text();
        return std::nullopt;
    }
    leads::StatusGroupMapping stored;
    while (groups.next()) {
        stored.groups.insert(groups.value(0).toString(),
                             leads::statusGroupFromWire(groups.value(1).toString())
                                 .value_or(leads::StatusGroup::NotCounted));
    }
    if (!stored.groups.isEmpty())
        settings.groups = stored;
    return settings;
}

bool recordLeadChange(QSqlDatabase &db, qint64 leadId, const QString &kind, const QString &userId,
                      QString *error)
{
    QSqlQuery insert(db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO lead_changes (lead_id, kind, user_id, changed_at) "
                                  "VALUES (?, ?, ?, ?)"),
                   { leadId, kind, userId.isEmpty() ? QVariant() : QVariant(userId), nowIso() })) {
        *error = insert.lastError().text();
        return false;
    }
    QSqlQuery stamp(db);
    if (!execQuery(stamp, QStringLiteral("UPDATE leads SET change_seq = ? WHERE id = ?"),
                   { insert.lastInsertId(), leadId })) {
        *error = stamp.lastError().text();
        return false;
    }
    return true;
}

qint64 lastLeadChange(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (execQuery(query, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM lead_changes"))
        && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QString leadSearchText(const QString &name, const QString &email, const QString &phoneNorm)
{
    QString digits = phoneNorm;
    digits.remove(QLatin1Char('+'));
    return QStringList { name.toLower(), email.toLower(), digits }.join(QLatin1Char('\n'));
}

bool prepareLeadData(QSqlDatabase &db, QString *error)
{
    if (!db.transaction()) {
        *error = Text::tr("Cannot prepare the lead data: %1").arg(db.lastError().text());
        return false;
    }
    const auto fail = [&db, error](const QString &detail) {
        db.rollback();
        *error = Text::tr("Cannot prepare the lead data: %1").arg(detail);
        return false;
    };
    QString detail;
    if (!normalizeContacts(db, QStringLiteral("clients"), false, &detail)
        || !normalizeContacts(db, QStringLiteral("leads"), true, &detail))
        return fail(detail);
    QSqlQuery received(db);
    if (!execQuery(received,
                   QStringLiteral("UPDATE leads SET received_at = COALESCE(call_time, created_at) "
                                  "WHERE received_at IS NULL")))
        return fail(received.lastError().text());
    // Leads that never had a change yet (fixture rows) join the sequence in id order.
    QSqlQuery unsequenced(db);
    if (!execQuery(unsequenced,
                   QStringLiteral("SELECT id, created_at FROM leads WHERE change_seq = 0 "
                                  "ORDER BY id")))
        return fail(unsequenced.lastError().text());
    while (unsequenced.next()) {
        QSqlQuery insert(db);
        const qint64 id = unsequenced.value(0).toLongLong();
        if (!execQuery(insert,
                       QStringLiteral("INSERT INTO lead_changes (lead_id, kind, changed_at) "
                                      "VALUES (?, 'new', ?)"),
                       { id, unsequenced.value(1) }))
            return fail(insert.lastError().text());
        QSqlQuery stamp(db);
        if (!execQuery(stamp, QStringLiteral("UPDATE leads SET change_seq = ? WHERE id = ?"),
                       { insert.lastInsertId(), id }))
            return fail(stamp.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

QString leadSelect()
{
    return QStringLiteral(
        "SELECT l.*, s.name AS source_name, s.medium AS source_medium, "
        "u.display_name AS assignee_name, "
        "(SELECT d.id FROM deals d WHERE d.lead_id = l.id ORDER BY d.id LIMIT 1) AS deal_ref, "
        "(SELECT COUNT(*) FROM lead_comments c WHERE c.lead_id = l.id) AS comments_count "
        "FROM leads l LEFT JOIN sources s ON s.id = l.source_id "
        "LEFT JOIN users u ON u.id = l.assignee_id");
}

QJsonObject leadJson(const QSqlQuery &query)
{
    QJsonObject lead = rowToJson(query, kLeadColumns);
    // Phone and e-mail as the duplicate rule sees them; the raw text when it cannot be read.
    const QString phoneNorm = query.value(QStringLiteral("phone_norm")).toString();
    const QString emailNorm = query.value(QStringLiteral("email_norm")).toString();
    lead.insert(QStringLiteral("phone"),
                phoneNorm.isEmpty() ? query.value(QStringLiteral("phone")).toString() : phoneNorm);
    lead.insert(QStringLiteral("email"),
                emailNorm.isEmpty() ? query.value(QStringLiteral("email")).toString() : emailNorm);
    const QVariant sourceId = query.value(QStringLiteral("source_id"));
    lead.insert(QStringLiteral("source"),
                sourceId.isNull()
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonObject { { QStringLiteral("id"), sourceId.toLongLong() },
                                    { QStringLiteral("name"),
                                      query.value(QStringLiteral("source_name")).toString() },
                                    { QStringLiteral("medium"),
                                      query.value(QStringLiteral("source_medium")).toString() } });
    QJsonArray tags;
    const QString joined = query.value(QStringLiteral("tags")).toString();
    for (const QString &tag : joined.split(QLatin1Char('|'), Qt::SkipEmptyParts))
        tags.append(tag);
    lead.insert(QStringLiteral("tags"), tags);
    const QVariant assignee = query.value(QStringLiteral("assignee_id"));
    lead.insert(QStringLiteral("assignee"),
                assignee.isNull()
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonObject { { QStringLiteral("id"), assignee.toString() },
                                    { QStringLiteral("display_name"),
                                      query.value(QStringLiteral("assignee_name")).toString() } });
    lead.insert(QStringLiteral("deal_id"), sqlToJson(query.value(QStringLiteral("deal_ref"))));
    lead.insert(QStringLiteral("comments_count"),
                query.value(QStringLiteral("comments_count")).toLongLong());
    return lead;
}

HttpReply leadReply(ApiContext &context, qint64 id, int status)
{
    QSqlQuery query(context.db);
    if (!execQuery(query, leadSelect() + QStringLiteral(" WHERE l.id = ?"), { id }))
        return databaseError(query);
    if (!query.next())
        return notFound();
    return HttpReply::json(status, leadJson(query))
        .setHeader("ETag",
                   entityTag("lead", id, query.value(QStringLiteral("version")).toLongLong()));
}

std::optional<QList<leads::DealCandidate>> duplicateCandidates(QSqlDatabase &db,
                                                               const leads::LeadInput &lead,
                                                               const leads::DuplicateSettings &s,
                                                               const QDateTime &now, QString *error)
{
    QList<leads::DealCandidate> candidates;
    QList<qint64> seen;
    const QString start = isoUtc(leads::periodStart(s, now));
    const QList<std::pair<QString, QString>> rules {
        { QStringLiteral("phone_norm"), s.byPhone ? lead.phone : QString() },
        { QStringLiteral("email_norm"), s.byEmail ? lead.email : QString() },
    };
    for (const auto &[column, value] : rules) {
        if (value.isEmpty())
            continue;
        QSqlQuery query(db);
        // Column names come from the constant list above, never from the request.
        if (!execQuery(query,
                       QStringLiteral("SELECT d.id, c.phone_norm, c.email_norm, d.created_at, "
                                      "st.kind FROM clients c "
                                      "JOIN deals d ON d.client_id = c.id "
                                      "JOIN funnel_stages st ON st.id = d.stage_id "
                                      "WHERE c.%1 = ? AND d.created_at >= ?%2 "
                                      "ORDER BY d.created_at DESC, d.id DESC LIMIT ?")
                           .arg(column,
                                s.onlyInProcessing ? QStringLiteral(" AND st.kind = 'in_process'")
                                                   : QString()),
                       { value, start, kCandidateLimit })) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        while (query.next()) {
            const qint64 dealId = query.value(0).toLongLong();
            if (seen.contains(dealId))
                continue;
            seen.append(dealId);
            leads::DealCandidate candidate;
            candidate.dealId = dealId;
            candidate.clientPhone = query.value(1).toString();
            candidate.clientEmail = query.value(2).toString();
            candidate.createdAt
                = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
            candidate.inProcessing = query.value(4).toString() == QLatin1String("in_process");
            candidates.append(candidate);
        }
    }
    return candidates;
}

std::optional<std::optional<ClientRef>> reusableClient(QSqlDatabase &db,
                                                       const leads::LeadInput &lead, QString *error)
{
    const QList<std::pair<QString, QString>> lookups {
        { QStringLiteral("phone_norm"), lead.phone },
        { QStringLiteral("email_norm"),
          lead.type == leads::LeadType::Form ? lead.email : QString() },
    };
    for (const auto &[column, value] : lookups) {
        if (value.isEmpty())
            continue;
        QSqlQuery query(db);
        if (!execQuery(query,
                       QStringLiteral("SELECT id, name, phone_norm, email_norm FROM clients "
                                      "WHERE %1 = ? ORDER BY id LIMIT ?")
                           .arg(column),
                       { value, kClientLimit })) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        while (query.next()) {
            ClientRef client { query.value(0).toLongLong(), query.value(1).toString(),
                               query.value(2).toString(), query.value(3).toString() };
            if (leads::reusesClient(lead, client.phoneNorm, client.emailNorm))
                return std::optional<ClientRef>(client);
        }
    }
    return std::optional<ClientRef>();
}

std::optional<QList<leads::Stage>> funnelStages(QSqlDatabase &db, qint64 funnelId, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query,
                   QStringLiteral("SELECT id, name, kind, sort_order FROM funnel_stages WHERE "
                                  "funnel_id = ? ORDER BY sort_order, id"),
                   { funnelId })) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<leads::Stage> stages;
    while (query.next()) {
        leads::Stage stage;
        stage.id = query.value(0).toLongLong();
        stage.name = query.value(1).toString();
        stage.kind = leads::stageKindFromWire(query.value(2).toString())
                         .value_or(leads::StageKind::InProcess);
        stage.sortOrder = query.value(3).toInt();
        stages.append(stage);
    }
    return stages;
}

std::optional<qint64> defaultFunnelId(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (execQuery(query,
                  QStringLiteral("SELECT id FROM funnels ORDER BY is_default DESC, id LIMIT 1"))
        && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<HttpReply> checkIfMatch(const ApiRequest &request, const QByteArray &etag)
{
    const QByteArray ifMatch = request.call.header("If-Match").trimmed();
    if (ifMatch.isEmpty()) {
        return HttpReply::error(428, QStringLiteral("precondition_required"),
                                Text::tr("Send If-Match with the ETag of what you read, so that "
                                         "no one else's change is overwritten."),
                                QStringLiteral("If-Match"));
    }
    if (ifMatch != etag) {
        return HttpReply::error(412, QStringLiteral("precondition_failed"),
                                Text::tr("This was changed by someone else since you read it. "
                                         "Reload it and apply your change again."),
                                QStringLiteral("If-Match"));
    }
    return std::nullopt;
}

HttpReply conflictWithHolder(const QString &code, const QString &message, const QString &holderId,
                             const QString &holderName)
{
    HttpReply reply = HttpReply::error(409, code, message);
    QJsonObject root = QJsonDocument::fromJson(reply.body).object();
    QJsonObject error = root.value(QStringLiteral("error")).toObject();
    error.insert(QStringLiteral("holder"),
                 QJsonObject { { QStringLiteral("id"), holderId },
                               { QStringLiteral("display_name"), holderName } });
    root.insert(QStringLiteral("error"), error);
    reply.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace opc::sandbox
