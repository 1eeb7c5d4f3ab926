#pragma once

#include "core/AuditEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace opc::sandbox {

// The audit log's storage: `audit_events` is the hash chain itself (append-only, one row per
// event with its canonical JSON); `audit_index`, `audit_entities`, `audit_search` (FTS5,
// trigram) and `audit_actions` are derived from it so that the viewer's filters and grouped
// order stay fast with a million events. append() writes all of them; the caller owns the
// transaction, so an event and its index rows are stored together or not at all.
class AuditStore final {
    Q_DISABLE_COPY_MOVE(AuditStore)

public:
    explicit AuditStore(QSqlDatabase db);

    // Chains `event` after the last stored one. Returns the stored event with its hash, or
    // nullopt with the database's message in `error`.
    std::optional<QJsonObject> append(const AuditEvent &event, const QDateTime &receivedAt,
                                      QString *error);

    // The statements that derive the index rows of the stored events `where` selects (alias
    // `e` for audit_events); the schema migration runs the last three once over an existing log.
    static QString indexEventsSql(const QString &where);
    static QString indexEntitiesSql(const QString &where);
    static QString indexSearchSql(const QString &where);
    static QString indexActionsSql(const QString &where);

private:
    bool prepare(QString *error);
    bool exec(QSqlQuery &query, const QVariantList &binds, QString *error);

    QSqlDatabase m_db;
    bool m_prepared = false;
    std::optional<qint64> m_lastSeq; // cached across appends of one bulk load
    QByteArray m_lastHash;
    QSqlQuery m_insertEvent;
    QSqlQuery m_insertIndex;
    QSqlQuery m_insertEntities;
    QSqlQuery m_insertSearch;
    QSqlQuery m_insertAction;
};

// The chain's anchor: the last event archived by retention (seq 0 and the genesis hash while
// nothing was).
struct AuditAnchor {
    qint64 seq = 0;
    QByteArray hash;
    QString archivedAt;
    QString archive;
};
std::optional<AuditAnchor> readAuditAnchor(QSqlDatabase &db, QString *error);

} // namespace opc::sandbox
