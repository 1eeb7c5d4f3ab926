#pragma once

#include "operations/analytics/AnalyticsPlan.h"
#include "operations/analytics/AnalyticsRpc.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace opc::storage {
class AsyncDatabase;
}

namespace opc::ops {

// One export as the journal keeps it: its calls, planned once, with their exact bodies.
struct AnalyticsRun {
    QString runId;
    QDateTime startedAt; // UTC
    QList<AnalyticsCall> calls; // by seq
};

// The limits the service last reported and when (UTC) they arrived: a new or resumed export
// starts from them, so that a restart never sends into a window that is used up.
struct StoredLimits {
    std::optional<AnalyticsLimits> limits;
    QDateTime receivedAt;
};

// The local SQLite journal of analytics exports, on a background thread
// (storage::AsyncDatabase), one file per CRM and user (DataPaths.h). A run is planned and saved
// whole before its first call; every answered call is marked done together with the items it
// carried ("already sent": what a later export leaves out while unchanged) and the limits the
// answer reported, before the next call goes out. So an export killed at any point resumes with
// exactly the calls that were not answered, sending each again with its Idempotency-Key.
class AnalyticsJournalStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsJournalStore)

public:
    explicit AnalyticsJournalStore(const QString &path, QObject *parent = nullptr);
    ~AnalyticsJournalStore() override;

    static QString defaultPath(const QUrl &crmUrl, bool sandbox, const QString &userId);

    // Each `done` runs exactly once in `context`'s thread (never if it died); an error is empty
    // on success and otherwise says what the disk refused, for people.
    void open(QObject *context, std::function<void(const QString &error)> done);
    // The run not finished yet (interrupted, paused or failed for want of an answer), if any.
    void
    loadOpenRun(QObject *context,
                std::function<void(const std::optional<AnalyticsRun> &, const QString &)> done);
    // What earlier exports sent: AnalyticsItem::sentKey() → hash.
    void loadSent(QObject *context,
                  std::function<void(const QHash<QString, QString> &, const QString &)> done);
    void loadLimits(QObject *context,
                    std::function<void(const StoredLimits &, const QString &)> done);
    // Forgets what earlier exports sent, so that the next plan sends everything again.
    void forgetSent(QObject *context, std::function<void(const QString &error)> done);
    // Saves a new run with all its calls pending.
    void createRun(const AnalyticsRun &run, QObject *context,
                   std::function<void(const QString &error)> done);
    // The call `seq` was answered with a result: it is done, its items are sent, the limits are
    // the answer's; with `lastCall` the run is finished.
    void markCallDone(const QString &runId, const AnalyticsCall &call, const StoredLimits &limits,
                      bool lastCall, QObject *context,
                      std::function<void(const QString &error)> done);
    // The service refused the call `seq` for good (a JSON-RPC error): the run is closed as
    // failed with `message`; a new export plans again what was not sent.
    void closeFailedRun(const QString &runId, int seq, const QString &message,
                        const StoredLimits &limits, QObject *context,
                        std::function<void(const QString &error)> done);

private:
    std::unique_ptr<storage::AsyncDatabase> m_db;
};

} // namespace opc::ops
