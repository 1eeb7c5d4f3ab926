#include "operations/merge/MergeJournalStore.h"

#include "operations/DataPaths.h"
#include "storage/AsyncDatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace opc::ops {

namespace {

std::vector<storage::Migration> journalMigrations()
{
    return {
        { 1,
          { QStringLiteral("CREATE TABLE merge_journal ("
                           " operation_id TEXT PRIMARY KEY NOT NULL,"
                           " journal TEXT NOT NULL,"
                           " snapshot TEXT NOT NULL,"
                           " facts TEXT NOT NULL,"
                           " agent_id TEXT NOT NULL,"
                           " closed INTEGER NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX merge_journal_open ON merge_journal (closed, "
                           "updated_at)") } },
    };
}

QString diskError(const QString &detail)
{
    return QCoreApplication::translate("opc::ops::MergeJournalStore",
                                       "The local merge journal could not be used: %1")
        .arg(detail);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A JSON object stored in `column`, or nullopt with the problem in `error`.
std::optional<QJsonObject> storedObject(const QSqlQuery &query, const char *column, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        query.value(QLatin1String(column)).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object").arg(QLatin1String(column));
        return std::nullopt;
    }
    return document.object();
}

// One row as a StoredMerge, or nullopt with the field that is wrong.
std::optional<StoredMerge> readRow(const QSqlQuery &query, QString *error)
{
    const QString id = query.value(QStringLiteral("operation_id")).toString();
    const auto journalJson = storedObject(query, "journal", error);
    const auto snapshotJson = journalJson ? storedObject(query, "snapshot", error) : std::nullopt;
    const auto facts = snapshotJson ? storedObject(query, "facts", error) : std::nullopt;
    if (!facts) {
        *error = QStringLiteral("merge %1: %2").arg(id, *error);
        return std::nullopt;
    }
    QString problem;
    auto journal = merge::MergeJournal::fromJson(*journalJson, &problem);
    if (!journal) {
        *error = QStringLiteral("merge %1: journal.%2").arg(id, problem);
        return std::nullopt;
    }
    auto snapshot = merge::MergeSnapshot::fromJson(*snapshotJson, &problem);
    if (!snapshot) {
        *error = QStringLiteral("merge %1: snapshot.%2").arg(id, problem);
        return std::nullopt;
    }
    if (journal->operationId() != id) {
        *error = QStringLiteral("merge %1: journal.operation_id: %2 does not match the row")
                     .arg(id, journal->operationId());
        return std::nullopt;
    }
    StoredMerge merge;
    merge.journal = *journal;
    merge.snapshot = *snapshot;
    merge.facts = *facts;
    merge.agentId = query.value(QStringLiteral("agent_id")).toString();
    merge.closed = query.value(QStringLiteral("closed")).toBool();
    merge.updatedAt = QDateTime::fromString(query.value(QStringLiteral("updated_at")).toString(),
                                            Qt::ISODateWithMs);
    return merge;
}

struct Listing {
    QList<StoredMerge> merges;
    QString error;
};

} // namespace

MergeJournalStore::MergeJournalStore(const QString &path, QObject *parent)
    : QObject(parent), m_db(std::make_unique<storage::AsyncDatabase>(path, journalMigrations()))
{
}

MergeJournalStore::~MergeJournalStore() = default;

QString MergeJournalStore::defaultPath(const QUrl &crmUrl, bool sandbox, const QString &userId)
{
    return perCrmUserFile(QStringLiteral("merges"), crmUrl, sandbox, userId);
}

void MergeJournalStore::open(QObject *context, std::function<void(const QString &)> done)
{
    m_db->open(context, [done = std::move(done)](const QString &error) {
        done(error.isEmpty() ? QString() : diskError(error));
    });
}

void MergeJournalStore::save(const StoredMerge &merge, QObject *context,
                             std::function<void(const QString &)> done)
{
    const QVariantList values {
        merge.journal.operationId(),
        compact(merge.journal.toJson()),
        compact(merge.snapshot.toJson()),
        compact(merge.facts),
        // A null QString would bind as SQL NULL, which the column refuses.
        merge.agentId.isNull() ? QStringLiteral("") : merge.agentId,
        merge.closed ? 1 : 0,
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
    };
    m_db->run(
        [values](QSqlDatabase &db) -> QString {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "INSERT INTO merge_journal (operation_id, journal, snapshot, facts, agent_id, "
                "closed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (operation_id) DO "
                "UPDATE SET journal = excluded.journal, snapshot = excluded.snapshot, facts = "
                "excluded.facts, closed = excluded.closed, updated_at = excluded.updated_at"));
            for (const QVariant &value : values)
                query.addBindValue(value);
            return query.exec() ? QString() : query.lastError().text();
        },
        context,
        [done = std::move(done)](const QString &error) {
            done(error.isEmpty() ? QString() : diskError(error));
        });
}

void MergeJournalStore::load(
    const QString &operationId, QObject *context,
    std::function<void(const std::optional<StoredMerge> &, const QString &)> done)
{
    m_db->run(
        [operationId](QSqlDatabase &db) -> Listing {
            Listing listing;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT * FROM merge_journal WHERE operation_id = ?"));
            query.addBindValue(operationId);
            if (!query.exec()) {
                listing.error = query.lastError().text();
                return listing;
            }
            if (query.next()) {
                if (auto merge = readRow(query, &listing.error))
                    listing.merges << *merge;
            }
            return listing;
        },
        context,
        [done = std::move(done)](const Listing &listing) {
            if (!listing.error.isEmpty())
                done(std::nullopt, diskError(listing.error));
            else if (listing.merges.isEmpty())
                done(std::nullopt, {});
            else
                done(listing.merges.first(), {});
        });
}

void MergeJournalStore::listOpen(
    QObject *context, std::function<void(const QList<StoredMerge> &, const QString &)> done)
{
    m_db->run(
        [](QSqlDatabase &db) -> Listing {
            Listing listing;
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM merge_journal WHERE closed = 0 ORDER "
                                           "BY updated_at DESC, operation_id"))) {
                listing.error = query.lastError().text();
                return listing;
            }
            // A row that cannot be read is reported rather than silently left out of the list:
            // it is a merge someone may need to finish by hand.
            while (query.next()) {
                QString error;
                if (auto merge = readRow(query, &error))
                    listing.merges << *merge;
                else if (listing.error.isEmpty())
                    listing.error = error;
            }
            return listing;
        },
        context,
        [done = std::move(done)](const Listing &listing) {
            done(listing.merges, listing.error.isEmpty() ? QString() : diskError(listing.error));
        });
}

} // namespace opc::ops
