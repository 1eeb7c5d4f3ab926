#include "sandbox/AuditRetention.h"

#include "sandbox/AuditQuery.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace opc::sandbox {

namespace {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error)
{
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// The number of events written, or nullopt.
std::optional<qint64> writeArchive(QSqlDatabase &db, qint64 lastSeq, const QString &path,
                                   QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!run(rows,
             QStringLiteral("SELECT seq, hash, stored_json FROM audit_events WHERE seq <= ? "
                            "ORDER BY seq"),
             { lastSeq }, error))
        return std::nullopt;
    qint64 written = 0;
    while (rows.next()) {
        if (file.write(storedEventJson(rows) + '\n') < 0)
            break;
        ++written;
    }
    // commit() flushes to disk and renames: the archive is whole or absent.
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return written;
}

} // namespace

std::optional<AuditRetentionResult> runAuditRetention(QSqlDatabase &db, const QDateTime &now,
                                                      const AuditRetentionOptions &options,
                                                      QString *error)
{
    AuditRetentionResult result;
    const QString cutoff = now.toUTC().addDays(-options.days).toString(Qt::ISODateWithMs);
    QSqlQuery range(db);
    if (!run(range,
             QStringLiteral("SELECT MIN(seq), MAX(seq), COUNT(*) FROM audit_events WHERE "
                            "received_at < ?"),
             { cutoff }, error)
        || !range.next())
        return std::nullopt;
    const auto anchor = readAuditAnchor(db, error);
    if (!anchor)
        return std::nullopt;
    result.anchor = *anchor;
    if (range.value(2).toLongLong() == 0)
        return result;
    // received_at grows with seq (the clock only moves forward), so the old events are the
    // chain's head: everything up to the newest old one goes.
    const qint64 firstSeq = range.value(0).toLongLong();
    const qint64 lastSeq = range.value(1).toLongLong();

    if (!QDir().mkpath(options.archiveDir)) {
        *error = QStringLiteral("%1: cannot create the directory").arg(options.archiveDir);
        return std::nullopt;
    }
    const QString name = QStringLiteral("audit-%1-%2.jsonl").arg(firstSeq).arg(lastSeq);
    result.archivePath = QDir(options.archiveDir).filePath(name);
    const auto written = writeArchive(db, lastSeq, result.archivePath, error);
    if (!written)
        return std::nullopt;

    QSqlQuery step(db);
    const QVariantList last { lastSeq };
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    if (!run(step, QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"), last, error)
        || !step.next()) {
        db.rollback();
        if (error->isEmpty())
            *error = QStringLiteral("event %1 vanished").arg(lastSeq);
        return std::nullopt;
    }
    const QByteArray lastHash = step.value(0).toByteArray();
    const std::pair<QString, QVariantList> statements[] = {
        { QStringLiteral("INSERT INTO audit_retention_gate (open) VALUES (1)"), {} },
        { QStringLiteral("DELETE FROM audit_search WHERE rowid <= ?"), last },
        { QStringLiteral("DELETE FROM audit_entities WHERE seq <= ?"), last },
        { QStringLiteral("DELETE FROM audit_index WHERE seq <= ?"), last },
        { QStringLiteral("DELETE FROM audit_events WHERE seq <= ?"), last },
        { QStringLiteral("INSERT OR REPLACE INTO audit_anchor (id, seq, hash, archived_at, "
                         "archive) VALUES (1, ?, ?, ?, ?)"),
          { lastSeq, QString::fromLatin1(lastHash), now.toUTC().toString(Qt::ISODateWithMs),
            name } },
        { QStringLiteral("DELETE FROM audit_retention_gate"), {} },
    };
    for (const auto &[sql, binds] : statements) {
        if (!run(step, sql, binds, error)) {
            db.rollback();
            return std::nullopt;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    result.archived = *written;
    result.anchor
        = AuditAnchor { lastSeq, lastHash, now.toUTC().toString(Qt::ISODateWithMs), name };
    return result;
}

} // namespace opc::sandbox
