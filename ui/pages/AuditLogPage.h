#pragma once

#include "core/audit/AuditFilter.h"
#include "ui/pages/Pages.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QDate;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace opc::ops {
class Session;
struct AuditVerifyResult;
struct AuditActivity;
} // namespace opc::ops

namespace opc::ui {

class AuditActivityChart;
class AuditDetailsPane;
class AuditExportPanel;
class AuditFilterBar;
class AuditLogModel;
class BusyIndicator;

// The audit log, for team leads and admins only (the main window hides it from agents and the
// CRM refuses them): the filter bar on top; the events in the CRM's grouped order (an
// operation's events together), paged in as they are scrolled to, beside the selected event's
// details; the activity chart (events per day per agent) on a tab of its own; and Verify,
// which checks the log's hash chain and names the first changed, deleted or moved event.
class AuditLogPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(QWidget *parent = nullptr);

    PageId pageId() const { return PageId::AuditLog; }
    // Once, when the console has signed in. The session must outlive the page. The log is
    // read at once for team leads and admins; for anyone else only on reload().
    void setSession(const ops::Session *session);
    // Reads the filters' choices and the log again (Refresh).
    void reload();
    void verify();

    // What the viewer shows now (the export takes the same set).
    AuditFilter currentFilter() const;
    void setFilter(const AuditFilter &filter);

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AuditDetailsPane *details() const { return m_details; }
    AuditActivityChart *chart() const { return m_chart; }
    AuditExportPanel *exportPanel() const { return m_export; }
    void showActivity(); // the chart's tab

Q_SIGNALS:
    void verified(); // a verification ended and its result is shown (tests wait for it)
    void filterChanged(const opc::AuditFilter &filter);
    void activityShown(); // the chart shows the current filter's days (or why it cannot)

private:
    void applyFilter(const AuditFilter &filter);
    void loadFacets();
    void loadActivity();
    void showActivityResult(const QDate &first, const QDate &last,
                            const ops::AuditActivity &activity);
    void showSelected();
    void showStatus();
    void showResult(const ops::AuditVerifyResult &result);

    const ops::Session *m_session = nullptr;
    AuditFilterBar *m_filterBar;
    AuditLogModel *m_model;
    QTableView *m_table;
    AuditDetailsPane *m_details;
    QTabWidget *m_tabs;
    QLabel *m_chartCaption;
    AuditActivityChart *m_chart;
    QLabel *m_status;
    QPushButton *m_refresh;
    AuditExportPanel *m_export;
    QPushButton *m_verify;
    BusyIndicator *m_busy;
    QLabel *m_result;
    QHash<QString, QString> m_actorNames;
    QString m_loadError; // the last failure to read the log, shown until the next reload
    bool m_activityStale = true;
    QPointer<QObject> m_activityRequest;
};

} // namespace opc::ui
