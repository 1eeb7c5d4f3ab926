#pragma once

#include "core/merge/Journal.h"
#include "core/merge/Snapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace opc::storage {
class AsyncDatabase;
}

namespace opc::ops {

// One merge as the local journal keeps it: where each step is, what was read from the CRM when
// it started, and what the run learned on the way (`facts`: the new request's id, the login
// link, the agent's price-set decision).
struct StoredMerge {
    merge::MergeJournal journal { {}, merge::Direction::KeepEnglish, 0, 0 };
    merge::MergeSnapshot snapshot;
    QJsonObject facts;
    QString agentId;
    bool closed = false; // finished or abandoned: no longer offered for a resume
    QDateTime updatedAt; // UTC, set by save()
};

// The local SQLite journal of merges, on a background thread (storage::AsyncDatabase). The run
// saves it before and after every step, so a crash or a kill leaves the state it resumes from.
// One file per CRM and user (see DataPaths.h), shared by the console and operator-cli.
class MergeJournalStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeJournalStore)

public:
    explicit MergeJournalStore(const QString &path, QObject *parent = nullptr);
    ~MergeJournalStore() override;

    static QString defaultPath(const QUrl &crmUrl, bool sandbox, const QString &userId);

    // Each `done` runs exactly once in `context`'s thread (never if it died); an error is
    // empty on success and otherwise says what the disk refused, for people.
    void open(QObject *context, std::function<void(const QString &error)> done);
    void save(const StoredMerge &merge, QObject *context,
              std::function<void(const QString &error)> done);
    // nullopt with an empty error when no merge has this id; a row that cannot be read (a
    // damaged or foreign file) is an error naming the field.
    void load(const QString &operationId, QObject *context,
              std::function<void(const std::optional<StoredMerge> &, const QString &error)> done);
    // The merges not closed, newest first: the "Interrupted merges" list.
    void listOpen(QObject *context,
                  std::function<void(const QList<StoredMerge> &, const QString &error)> done);

private:
    std::unique_ptr<storage::AsyncDatabase> m_db;
};

} // namespace opc::ops
