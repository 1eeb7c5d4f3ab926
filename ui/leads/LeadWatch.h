#pragma once

#include "operations/leads/Lead.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

namespace opc::ops {
class LeadPoller;
class Session;
} // namespace opc::ops

namespace opc::ui {

class AppSettings;
class LeadNotifier;

// Watches the CRM's lead feed from sign-in on, whether or not the Leads page was ever opened:
// one ops::LeadPoller for the whole console, whose changes the Leads page applies to its queues,
// and the desktop notification of each new free lead (LeadNotifier, on unless the user turned
// it off). Created by the main window once signed in.
class LeadWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadWatch)

public:
    // `window`: raised when a notification is clicked. The session must outlive the watch.
    LeadWatch(const ops::Session *session, AppSettings *settings, QWidget *window,
              QObject *parent = nullptr);
    ~LeadWatch() override;

    ops::LeadPoller *poller() const { return m_poller; }
    LeadNotifier *notifier() const { return m_notifier; }

    // Turns the desktop notifications on or off, and remembers the choice.
    void setNotificationsEnabled(bool on);
    bool notificationsEnabled() const;

    // The user's own doing (a lead they typed in, took or commented on) is no news to them:
    // never announce `leadId`.
    void markKnown(qint64 leadId);

Q_SIGNALS:
    // Every change the feed reported, after any announcement (the Leads page applies them).
    void leadsChanged(const QList<opc::ops::Lead> &leads);

private:
    void onChanges(const QList<ops::Lead> &leads);

    AppSettings *m_settings;
    ops::LeadPoller *m_poller;
    LeadNotifier *m_notifier;
    QDateTime m_watchingSince; // leads created before this are not announced
    QSet<qint64> m_known; // announced, or the user's own: never announced (again)
};

} // namespace opc::ui
