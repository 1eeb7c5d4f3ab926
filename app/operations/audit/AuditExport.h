#pragma once

#include "core/audit/AuditExportFormat.h"
#include "core/audit/AuditFilter.h"
#include "crm/CrmResult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

struct AuditExportRequest {
    AuditFilter filter; // which events, as the viewer shows them
    AuditExportFormat format = AuditExportFormat::Csv;
    // The file. It is written as "<path>.part" and renamed to `path` only once complete, so an
    // existing file is replaced only then, and an interrupted export never looks finished.
    QString path;
    bool toStandardOutput = false; // write to standard output instead (no .part, `path` unused)
    int pageSize = 1000; // events per GET; the contract's maximum (tests use small pages)
};

struct AuditExportResult {
    enum class Status { Done, Cancelled, Failed };
    Status status = Status::Failed;
    qint64 rows = 0; // events written (all of them when Done)
    QString path; // the file written (Done)
    std::optional<crm::CrmError> crmError; // the CRM refused or failed (403 for agents)
    QString fileError; // the file could not be written: for people, naming the path

    bool ok() const { return status == Status::Done; }
    // For people, translated: why it failed (empty unless Failed).
    QString errorMessage() const;
};

// The audit log export of issue 6 §2, shared by `operator-cli audit export` and the console's
// Audit log page. Pages through GET /api/v1/audit/events (order=seq, the filter, the first page
// with_total=true) and asks for the next page while the previous one is written (at most two
// pages wait for the writer). The pages arrive unparsed (CrmRequest::rawBody): the GUI thread
// reads only their top level (next_cursor, total), and a worker thread owned by this object
// checks and formats the events straight from the bytes (AuditPageScanner.h, the formats of
// AuditExportFormat.h) and writes the file, so the GUI thread never parses events, formats or
// touches the disk, and nothing here blocks or spins an event loop. A page that is not the
// contract's JSON fails the run with a MalformedResponse CrmError whose detail names what was
// wrong. Each run ends with exactly one finished(): Done, Cancelled (the .part file removed) or
// Failed (a CrmError, or a file error naming the path; the .part file removed). Destroying the
// object stops a run, removes its .part file and delivers nothing.
class AuditExport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditExport)

public:
    // `client` must outlive this object.
    explicit AuditExport(crm::CrmClient *client, QObject *parent = nullptr);
    ~AuditExport() override;

    // Starts a run; false (and nothing starts) while one is under way or without a client.
    bool start(const AuditExportRequest &request);
    // Stops the run under way: it ends with finished(Cancelled) once the .part file is gone. A
    // cancel that comes after the file was completed and renamed still reports Done.
    void cancel();

    bool isRunning() const { return m_run != nullptr; }
    qint64 rowsWritten() const { return m_rows; }
    qint64 total() const { return m_total; } // -1 while unknown

Q_SIGNALS:
    // After each written page. `total` is the filtered set's size, -1 while unknown.
    void progress(qint64 rowsWritten, qint64 total);
    void finished(const opc::ops::AuditExportResult &result);

private:
    struct Run;
    class Writer;

    void requestPage();
    void onPage(const crm::CrmResult &answer);
    void onWritten(quint64 runId, qint64 rows);
    void onWriterEnded(quint64 runId, const AuditExportResult &result);
    void stop(AuditExportResult result);
    void post(std::function<void()> work);

    crm::CrmClient *m_client;
    QThread *m_thread = nullptr; // the writer's, started with the first run
    QObject *m_worker = nullptr; // lives in m_thread: what work is posted to
    std::unique_ptr<Run> m_run; // the run under way
    quint64 m_lastRunId = 0; // a late report of an earlier run is told apart by its id
    qint64 m_rows = 0;
    qint64 m_total = -1;
};

} // namespace opc::ops
