#pragma once

#include "core/audit/AuditExportFormat.h"
#include "core/audit/AuditFilter.h"

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace opc::ops {
class AuditExport;
class Session;
struct AuditExportResult;
} // namespace opc::ops

namespace opc::ui {

// The audit log's export (issue 6 §2) as a compact row for the Audit log page: "Export…" offers
// CSV (for Excel) or JSON lines and asks where to save (a non-blocking save dialog); then a
// progress bar ("N of M events") with Cancel, and one result line: where the file went and how
// many events it holds, with a link to open its folder; or that it was cancelled; or why it
// failed. Exports what the viewer shows (setFilter). ops::AuditExport does the work off the GUI
// thread; destroying the panel stops an export under way and removes its .part file.
class AuditExportPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditExportPanel)

public:
    explicit AuditExportPanel(QWidget *parent = nullptr);
    ~AuditExportPanel() override;

    // Once, when the console has signed in. The session must outlive the panel.
    void setSession(const ops::Session *session);
    // The events the viewer shows now: what the next export writes.
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }

    // Exports the current filter to `path` (what the save dialog ends with; public for tests).
    // False when not signed in or an export is under way.
    bool startExport(AuditExportFormat format, const QString &path);
    void cancelExport();
    bool isExporting() const;

    // Events per CRM page (default 1000, the contract's maximum). Tests use small pages so
    // that an export lasts long enough to be watched and cancelled.
    void setPageSize(int events) { m_pageSize = events; }

Q_SIGNALS:
    void finished(); // an export ended and its result line is shown

private:
    void chooseFile(AuditExportFormat format);
    void showProgress(qint64 rows, qint64 total);
    void showResult(const ops::AuditExportResult &result);
    void setRunning(bool running);

    const ops::Session *m_session = nullptr;
    ops::AuditExport *m_export = nullptr;
    AuditFilter m_filter;
    int m_pageSize = 1000;
    QString m_folder; // where the last export went: the next save dialog starts there

    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_result;
    QLabel *m_openFolder;
};

} // namespace opc::ui
