#pragma once

#include "ui/leads/LeadsUi.h"
#include "ui/pages/Pages.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace opc::ops {
class LeadPoller;
class Session;
struct Lead;
} // namespace opc::ops

namespace opc::ui {

class AppSettings;
class FunnelView;
class LeadActionBar;
class LeadNotifier;
class LeadQueueView;

// Section for lead handling (seeds 001, 002, 004): the queues (Free, My and, for team leads and
// admins, All by agent) with Take / Release / Comment / Status, "New lead", and the funnel
// chart. New leads appear by themselves (ops::LeadPoller on the CRM's change feed) and, unless
// turned off, are announced on the desktop. Built before or after sign-in; filled by setSession.
class LeadsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsPage)

public:
    explicit LeadsPage(AppSettings *settings, QWidget *parent = nullptr);
    ~LeadsPage() override;

    PageId pageId() const { return PageId::Leads; }
    // Once, when the console has signed in. The session must outlive the page.
    void setSession(const ops::Session *session);

    ops::LeadPoller *poller() const { return m_poller; }
    LeadNotifier *notifier() const { return m_notifier; }
    LeadQueueView *currentQueue() const;
    void openNewLeadDialog();

private:
    void build();
    void applyChanges(const QList<ops::Lead> &leads);
    void updateTabTitles();
    void updateCurrentLead();
    void report(const QString &text, leads_ui::Tone tone);

    AppSettings *m_settings;
    const ops::Session *m_session = nullptr;
    QVBoxLayout *m_layout;
    QLabel *m_waiting;
    QPushButton *m_newLead = nullptr;
    QCheckBox *m_notify = nullptr;
    QLabel *m_live = nullptr;
    QPushButton *m_refresh = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<LeadQueueView *> m_queues;
    FunnelView *m_funnel = nullptr;
    LeadActionBar *m_actions = nullptr;
    QLabel *m_message = nullptr;
    ops::LeadPoller *m_poller = nullptr;
    LeadNotifier *m_notifier = nullptr;
    QDateTime m_watchingSince; // leads created before this are not announced
    QSet<qint64> m_announced; // announced, or created here: never announced (again)
};

} // namespace opc::ui
