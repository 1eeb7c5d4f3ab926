#include "sandbox/AuditStore.h"

#include "core/AuditChain.h"
#include "sandbox/ApiSupport.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace opc::sandbox {

namespace {

// Everything free text searches, as one string: who, what, on which entities, the outcome and
// the values before and after. Keys of before/after come along; searching for them is harmless.
const QString kSearchBody = QStringLiteral(
    "json_extract(e.stored_json, '$.actor') || ' ' || json_extract(e.stored_json, '$.action') "
    "|| ' ' || json_extract(e.stored_json, '$.entity_type') || ' ' || "
    "COALESCE((SELECT group_concat(value, ' ') FROM json_each(e.stored_json, "
    "'$.entity_ids')), '') || ' ' || json_extract(e.stored_json, '$.operation_id') || ' ' || "
    "json_extract(e.stored_json, '$.result') || ' ' || json_extract(e.stored_json, "
    "'$.message') || ' ' || json_extract(e.stored_json, '$.before') || ' ' || "
    "json_extract(e.stored_json, '$.after')");

} // namespace

QString AuditStore::indexEventsSql(const QString &where)
{
    // group_seq: the seq the operation's events are grouped under (its first event's, shared
    // by all of them); an event without an operation groups alone.
    return QStringLiteral(
               "INSERT INTO audit_index (seq, group_seq, operation_id, actor, action, "
               "occurred_at, received_at) SELECT e.seq, CASE WHEN json_extract(e.stored_json, "
               "'$.operation_id') = '' THEN e.seq ELSE COALESCE((SELECT i.group_seq FROM "
               "audit_index i WHERE i.operation_id = json_extract(e.stored_json, "
               "'$.operation_id') LIMIT 1), e.seq) END, json_extract(e.stored_json, "
               "'$.operation_id'), e.actor, e.action, json_extract(e.stored_json, "
               "'$.occurred_at'), e.received_at FROM audit_events e WHERE %1 ORDER BY e.seq")
        .arg(where);
}

QString AuditStore::indexEntitiesSql(const QString &where)
{
    return QStringLiteral("INSERT OR IGNORE INTO audit_entities (entity_id, seq) SELECT "
                          "ids.value, e.seq FROM audit_events e, json_each(e.stored_json, "
                          "'$.entity_ids') ids WHERE %1")
        .arg(where);
}

QString AuditStore::indexSearchSql(const QString &where)
{
    return QStringLiteral("INSERT INTO audit_search (rowid, body) SELECT e.seq, %1 FROM "
                          "audit_events e WHERE %2")
        .arg(kSearchBody, where);
}

QString AuditStore::indexActionsSql(const QString &where)
{
    return QStringLiteral(
               "INSERT OR IGNORE INTO audit_actions (action) SELECT e.action FROM audit_events "
               "e WHERE %1")
        .arg(where);
}

AuditStore::AuditStore(QSqlDatabase db)
    : m_db(std::move(db)), m_insertEvent(m_db), m_insertIndex(m_db), m_insertEntities(m_db),
      m_insertSearch(m_db), m_insertAction(m_db)
{
}

bool AuditStore::prepare(QString *error)
{
    if (m_prepared)
        return true;
    const QString one = QStringLiteral("e.seq = ?");
    const std::pair<QSqlQuery *, QString> statements[] = {
        { &m_insertEvent,
          QStringLiteral("INSERT INTO audit_events (seq, id, actor, action, received_at, "
                         "prev_hash, hash, stored_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") },
        { &m_insertIndex, indexEventsSql(one) },
        { &m_insertEntities, indexEntitiesSql(one) },
        { &m_insertSearch, indexSearchSql(one) },
        { &m_insertAction, indexActionsSql(one) },
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql)) {
            *error = query->lastError().text();
            return false;
        }
    }
    m_prepared = true;
    return true;
}

bool AuditStore::exec(QSqlQuery &query, const QVariantList &binds, QString *error)
{
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<QJsonObject> AuditStore::append(const AuditEvent &event, const QDateTime &receivedAt,
                                              QString *error)
{
    if (!prepare(error))
        return std::nullopt;
    if (!m_lastSeq) {
        QSqlQuery last(m_db);
        if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC "
                                      "LIMIT 1"))) {
            *error = last.lastError().text();
            return std::nullopt;
        }
        if (last.next()) {
            m_lastSeq = last.value(0).toLongLong();
            m_lastHash = last.value(1).toByteArray();
        } else {
            // Empty: after retention the chain continues from its anchor.
            const auto anchor = readAuditAnchor(m_db, error);
            if (!anchor)
                return std::nullopt;
            m_lastSeq = anchor->seq;
            m_lastHash = anchor->hash;
        }
    }
    const qint64 seq = *m_lastSeq + 1;
    QJsonObject stored = event.toJson();
    stored.insert(QStringLiteral("seq"), seq);
    stored.insert(QStringLiteral("received_at"), receivedAt.toUTC().toString(Qt::ISODateWithMs));
    stored.insert(QStringLiteral("prev_hash"), QString::fromLatin1(m_lastHash));
    const QByteArray hash = chainHash(m_lastHash, stored);
    if (!exec(m_insertEvent,
              { seq, event.id, event.actor, event.action,
                stored.value(QStringLiteral("received_at")).toString(),
                QString::fromLatin1(m_lastHash), QString::fromLatin1(hash),
                QString::fromUtf8(canonicalJson(stored)) },
              error)
        || !exec(m_insertIndex, { seq }, error) || !exec(m_insertEntities, { seq }, error)
        || !exec(m_insertSearch, { seq }, error) || !exec(m_insertAction, { seq }, error)) {
        m_lastSeq.reset(); // the caller rolls back: read the chain's end again next time
        return std::nullopt;
    }
    m_lastSeq = seq;
    m_lastHash = hash;
    stored.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
    return stored;
}

std::optional<AuditAnchor> readAuditAnchor(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, hash, archived_at, archive FROM audit_anchor"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    AuditAnchor anchor;
    anchor.hash = chainGenesisHash();
    if (query.next()) {
        anchor.seq = query.value(0).toLongLong();
        anchor.hash = query.value(1).toByteArray();
        anchor.archivedAt = query.value(2).toString();
        anchor.archive = query.value(3).toString();
    }
    return anchor;
}

} // namespace opc::sandbox
