#pragma once

#include "ui/leads/LeadsUi.h"
#include "ui/pages/Pages.h"

#include <QList>
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
class LeadWatch;

// Section for lead handling (seeds 001, 002, 004): the queues (Free, My and, for team leads and
// admins, All by agent) with Take / Release / Comment / Status, "New lead", and the funnel
// chart. New leads appear by themselves: the console's LeadWatch reads the CRM's change feed
// from sign-in on and announces new free leads on the desktop unless turned off here. Built
// before or after sign-in; filled by setSession.
class LeadsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsPage)

public:
    explicit LeadsPage(AppSettings *settings, QWidget *parent = nullptr);
    ~LeadsPage() override;

    PageId pageId() const { return PageId::Leads; }
    // Once, when the console has signed in. The session and the watch must outlive the page.
    void setSession(const ops::Session *session, LeadWatch *watch);

    ops::LeadPoller *poller() const;
    LeadNotifier *notifier() const;
    void showFreeQueue();
    LeadQueueView *currentQueue() const;
    void openNewLeadDialog();
    void openDeal(qint64 dealId);

private:
    void build();
    void applyChanges(const QList<ops::Lead> &leads);
    void showLive();
    void updateTabTitles();
    void updateCurrentLead();
    void report(const QString &text, leads_ui::Tone tone);

    AppSettings *m_settings;
    const ops::Session *m_session = nullptr;
    LeadWatch *m_watch = nullptr;
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
};

} // namespace opc::ui
