#include "operations/audit/AuditExport.h"

#include "core/audit/AuditPageScanner.h"
#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"

#include <QFile>
#include <QThread>
#include <QUrlQuery>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace opc::ops {

namespace {

// Flushes the operating system's buffers of `file` to the disk; false (errno set) on failure.
bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return fsync(file.handle()) == 0;
#endif
}

const QString kPath = QStringLiteral("/api/v1/audit/events");
constexpr int kPagesAhead = 2; // pages handed to the writer and not yet written, at most
constexpr int kCancelCheckRows = 128; // the writer looks at cancel() this often within a page
constexpr int kPageTimeoutMs = 60000; // a filtered page of a large log takes the CRM a while

QString what()
{
    return QStringLiteral("GET ") + kPath;
}

} // namespace

QString AuditExportResult::errorMessage() const
{
    if (status != Status::Failed)
        return {};
    if (crmError)
        return crmError->message;
    return fileError;
}

// Formats and writes one run's file. Everything but the constructor and `cancelled` runs in the
// export's worker thread, one call after another.
class AuditExport::Writer final {
public:
    explicit Writer(const AuditExportRequest &request)
        : m_format(request.format), m_path(request.path),
          m_partPath(request.path + QStringLiteral(".part")),
          m_toStandardOutput(request.toStandardOutput)
    {
    }

    std::atomic_bool cancelled { false };

    std::optional<AuditExportResult> open()
    {
        m_file = std::make_unique<QFile>();
        bool opened = false;
        if (m_toStandardOutput) {
            opened = m_file->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
        } else {
            m_file->setFileName(m_partPath);
            opened = m_file->open(QIODevice::WriteOnly | QIODevice::Truncate);
        }
        if (!opened)
            return fail(m_file->errorString());
        return std::nullopt;
    }

    // One page (the answer's bytes, its envelope read by the GUI thread); nullopt when written
    // (or skipped because the run is stopping).
    std::optional<AuditExportResult> write(const QByteArray &page,
                                           const AuditPageEnvelope &envelope, int httpStatus)
    {
        if (m_ended || cancelled)
            return std::nullopt;
        m_buffer.resize(0); // keeps the capacity of the last page
        // The preamble goes with the first page, so that a CRM that refuses the export leaves
        // nothing on standard output.
        if (m_rows == 0 && !m_started) {
            m_buffer = auditExportPreamble(m_format);
            m_started = true;
        }
        // The events are formatted straight from the page's bytes (AuditPageScanner.h): no JSON
        // objects are built, and a malformed event fails the export naming what was wrong.
        AuditPageRows rows(m_format, page, envelope);
        for (qsizetype i = 0;; ++i) {
            if (i % kCancelCheckRows == 0 && cancelled)
                return std::nullopt;
            if (!rows.appendNext(m_buffer))
                break;
        }
        if (rows.failed()) {
            discard();
            AuditExportResult result;
            result.rows = m_rows;
            result.crmError = crm::malformedResponse(httpStatus, rows.error(), what());
            return result;
        }
        if (m_file->write(m_buffer) != m_buffer.size())
            return fail(m_file->errorString());
        m_rows += rows.rows();
        return std::nullopt;
    }

    // After the last page: the file complete, renamed over `path`.
    AuditExportResult complete()
    {
        AuditExportResult result;
        result.rows = m_rows;
        if (m_ended) {
            result.status = AuditExportResult::Status::Cancelled;
            return result;
        }
        if (cancelled) {
            discard();
            result.status = AuditExportResult::Status::Cancelled;
            return result;
        }
        if (!m_file->flush())
            return *fail(m_file->errorString());
        // On the disk before the rename: after a power cut the file is whole or still .part,
        // never a finished name over missing data.
        if (!m_toStandardOutput && !syncToDisk(*m_file))
            return *fail(QString::fromLocal8Bit(std::strerror(errno)));
        m_file->close();
        if (m_file->error() != QFileDevice::NoError)
            return *fail(m_file->errorString());
        m_file.reset();
        if (!m_toStandardOutput) {
            // std::filesystem::rename replaces an existing file in one step (POSIX rename,
            // MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows); QFile::rename would not.
            std::error_code error;
            std::filesystem::rename(QFile(m_partPath).filesystemFileName(),
                                    QFile(m_path).filesystemFileName(), error);
            if (error)
                return *fail(QString::fromLocal8Bit(error.message().c_str()));
        }
        m_ended = true;
        result.status = AuditExportResult::Status::Done;
        result.path = m_toStandardOutput ? QString() : m_path;
        return result;
    }

    // Stops: the .part file closed and removed. Nothing once the run ended.
    qint64 discard()
    {
        if (m_ended)
            return m_rows;
        m_ended = true;
        if (m_file) {
            m_file->close();
            m_file.reset();
        }
        if (!m_toStandardOutput)
            QFile::remove(m_partPath);
        return m_rows;
    }

    qint64 rows() const { return m_rows; }

private:
    // A file error: the .part file removed, the message naming the file.
    std::optional<AuditExportResult> fail(const QString &why)
    {
        AuditExportResult result;
        result.status = AuditExportResult::Status::Failed;
        result.rows = m_rows;
        result.fileError = m_toStandardOutput
            ? AuditExport::tr("The export could not be written to standard output: %1").arg(why)
            : AuditExport::tr("The export could not be written to “%1”: %2").arg(m_path, why);
        discard();
        return result;
    }

    const AuditExportFormat m_format;
    const QString m_path;
    const QString m_partPath;
    const bool m_toStandardOutput;
    std::unique_ptr<QFile> m_file; // created, used and closed in the worker thread
    QByteArray m_buffer; // one page's bytes
    qint64 m_rows = 0;
    bool m_started = false; // the preamble was written
    bool m_ended = false; // completed or discarded: nothing more is written
};

struct AuditExport::Run {
    quint64 id = 0;
    AuditExportRequest request;
    std::shared_ptr<Writer> writer;
    // The receiver of the run's CRM calls: deleting it abandons the call in flight.
    std::unique_ptr<QObject> calls = std::make_unique<QObject>();
    QString cursor;
    bool firstPage = true;
    bool lastPageReceived = false;
    bool pageInFlight = false;
    int pagesAtWriter = 0;
    bool stopping = false; // cancelled or failed: waiting for the writer to discard
};

AuditExport::AuditExport(crm::CrmClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

AuditExport::~AuditExport()
{
    if (m_run) {
        m_run->calls.reset();
        m_run->writer->cancelled = true;
        post([writer = m_run->writer] { writer->discard(); });
    }
    if (m_thread) {
        // Queued after everything already posted, so the discard above runs first.
        post([thread = m_thread] { thread->quit(); });
        m_thread->wait();
        delete m_worker;
        delete m_thread;
    }
}

bool AuditExport::start(const AuditExportRequest &request)
{
    if (m_run || !m_client)
        return false;
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("audit-export"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        m_thread->start();
    }
    m_run = std::make_unique<Run>();
    m_run->id = ++m_lastRunId;
    m_run->request = request;
    m_run->request.pageSize = qBound(1, request.pageSize, 1000);
    m_run->writer = std::make_shared<Writer>(request);
    m_rows = 0;
    m_total = -1;
    post([this, id = m_run->id, writer = m_run->writer] {
        if (std::optional<AuditExportResult> failed = writer->open()) {
            QMetaObject::invokeMethod(
                this, [this, id, result = *failed] { onWriterEnded(id, result); },
                Qt::QueuedConnection);
        }
    });
    requestPage();
    return true;
}

void AuditExport::cancel()
{
    if (!m_run)
        return;
    AuditExportResult result;
    result.status = AuditExportResult::Status::Cancelled;
    stop(result);
}

void AuditExport::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void AuditExport::requestPage()
{
    Run &run = *m_run;
    crm::CrmRequest request;
    request.path = kPath;
    request.query = run.request.filter.toQuery();
    request.query.addQueryItem(QStringLiteral("order"), QStringLiteral("seq"));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(run.request.pageSize));
    if (run.firstPage)
        request.query.addQueryItem(QStringLiteral("with_total"), QStringLiteral("true"));
    if (!run.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), run.cursor);
    request.timeoutMs = kPageTimeoutMs;
    // The page's bytes go to the writer thread unparsed: parsing a thousand events into JSON
    // objects here would cost the GUI thread more than the whole export may take.
    request.rawBody = true;
    run.pageInFlight = true;
    m_client->send(request, run.calls.get(),
                   [this](const crm::CrmResult &answer) { onPage(answer); });
}

void AuditExport::onPage(const crm::CrmResult &answer)
{
    Run &run = *m_run; // the calls die with the run, so this is the run that asked
    run.pageInFlight = false;
    if (!answer.ok()) {
        AuditExportResult result;
        result.crmError = answer.error;
        stop(result);
        return;
    }
    // Only the top level is read here (next_cursor, total): the items are delimited, not
    // parsed; the writer thread checks and formats them.
    QString why;
    const std::optional<AuditPageEnvelope> envelope = scanAuditPageEnvelope(answer.rawBody, &why);
    if (!envelope) {
        AuditExportResult result;
        result.crmError = crm::malformedResponse(answer.httpStatus, why, what());
        stop(result);
        return;
    }
    if (run.firstPage) {
        run.firstPage = false;
        if (envelope->total)
            m_total = *envelope->total;
        Q_EMIT progress(m_rows, m_total);
        if (run.stopping)
            return; // a receiver cancelled
    }
    run.cursor = envelope->nextCursor;
    run.lastPageReceived = run.cursor.isEmpty();
    ++run.pagesAtWriter;
    // The page's events are read and formatted in the worker thread; the next page is asked
    // for at once, so the CRM works on it while this one is written.
    post([this, id = run.id, writer = run.writer, page = answer.rawBody, envelope = *envelope,
          status = answer.httpStatus, last = run.lastPageReceived] {
        if (std::optional<AuditExportResult> failed = writer->write(page, envelope, status)) {
            QMetaObject::invokeMethod(
                this, [this, id, result = *failed] { onWriterEnded(id, result); },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, id, rows = writer->rows()] { onWritten(id, rows); }, Qt::QueuedConnection);
        if (last) {
            QMetaObject::invokeMethod(
                this, [this, id, result = writer->complete()] { onWriterEnded(id, result); },
                Qt::QueuedConnection);
        }
    });
    if (!run.lastPageReceived && run.pagesAtWriter < kPagesAhead)
        requestPage();
}

void AuditExport::onWritten(quint64 id, qint64 rows)
{
    if (!m_run || m_run->id != id || m_run->stopping)
        return;
    Run &run = *m_run;
    --run.pagesAtWriter;
    m_rows = rows;
    Q_EMIT progress(m_rows, m_total);
    if (!m_run || m_run->id != id || m_run->stopping)
        return; // a receiver cancelled
    if (!run.lastPageReceived && !run.pageInFlight && run.pagesAtWriter < kPagesAhead)
        requestPage();
}

void AuditExport::onWriterEnded(quint64 id, const AuditExportResult &result)
{
    if (!m_run || m_run->id != id)
        return; // a second report of a run that already ended
    m_run.reset(); // abandons a call still in flight
    if (result.status == AuditExportResult::Status::Done)
        m_rows = result.rows;
    Q_EMIT finished(result);
}

void AuditExport::stop(AuditExportResult result)
{
    Run &run = *m_run;
    if (run.stopping)
        return;
    run.stopping = true;
    run.calls.reset();
    run.writer->cancelled = true;
    // The result is delivered once the writer let go of the .part file.
    post([this, id = run.id, writer = run.writer, result]() mutable {
        result.rows = writer->discard();
        QMetaObject::invokeMethod(
            this, [this, id, result] { onWriterEnded(id, result); }, Qt::QueuedConnection);
    });
}

} // namespace opc::ops
