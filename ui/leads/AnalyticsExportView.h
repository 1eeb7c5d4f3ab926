#pragma once

#include "operations/analytics/AnalyticsExport.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace opc::ops {
class AnalyticsJournalStore;
class Session;
} // namespace opc::ops

namespace opc::ui {

// The analytics export of issue 4 §5 for team leads and admins: starts (or resumes) an
// ops::AnalyticsExport with the session's CRM client and token and shows how far it is — calls
// done of the total, each kind of item done / total / remaining, the service's limits as last
// reported, the time left, the current wait and why — and how it ended: what was sent, or the
// failure with the JSON-RPC error's code and message. The export and its journal belong to the
// view: destroying the view (closing the console) stops the export at once, and a view built
// later for the same CRM and user offers to resume it. Never blocks the GUI thread.
class AnalyticsExportView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsExportView)

public:
    explicit AnalyticsExportView(const ops::Session *session, QWidget *parent = nullptr);
    ~AnalyticsExportView() override;

    // The export of the last Start, or null before the first; for tests and for pages that
    // want to know whether one is under way.
    const ops::AnalyticsExport *currentExport() const { return m_export.get(); }

Q_SIGNALS:
    // The view shows the export's new state (emitted after the widgets were updated).
    void stateChanged(opc::ops::AnalyticsExportState state);
    // A run ended: Completed, Paused or Failed.
    void finished(opc::ops::AnalyticsExportState state);

private:
    void lookForInterruptedRun();
    void checkOpenRun();
    void setResumable(bool resumable);
    void start();
    void onState(ops::AnalyticsExportState state);
    void onPlanned();
    void onCallFinished();
    void showProgress(const ops::AnalyticsProgress &progress, ops::AnalyticsExportState state);
    void showLimits(const ops::AnalyticsProgress &progress, ops::AnalyticsExportState state);
    void showWait();
    void showOutcome(ops::AnalyticsExportState state);
    void tick();

    const ops::Session *m_session;
    const bool m_allowed; // team leads and admins only
    // Declared before the export: the export writes to it, so it goes last (see ~).
    std::unique_ptr<ops::AnalyticsJournalStore> m_journal;
    std::unique_ptr<ops::AnalyticsExport> m_export;
    bool m_resumable = false; // the journal holds a run that Start resumes
    QString m_fullToolTip;
    std::optional<ops::AnalyticsLimits> m_limits; // the last limits shown …
    QDateTime m_limitsAt; // … and when they were reported
    QDeadlineTimer m_waitDeadline; // the current wait (Waiting or Paused) ends …
    QDateTime m_waitUntil; // … then, on the clock, for people
    QTimer *m_tick; // counts the wait down

    QPushButton *m_start;
    QCheckBox *m_full;
    QLabel *m_state;
    QProgressBar *m_calls;
    QTableWidget *m_items;
    QLabel *m_minute;
    QLabel *m_day;
    QLabel *m_used;
    QLabel *m_eta;
    QLabel *m_wait;
    QLabel *m_message;
    QLabel *m_rpcError;
    QLabel *m_notices;
};

} // namespace opc::ui
