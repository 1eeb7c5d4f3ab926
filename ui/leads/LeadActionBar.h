#pragma once

#include "operations/ActionAudit.h"
#include "operations/leads/Lead.h"
#include "operations/leads/LeadActions.h"
#include "ui/leads/LeadsUi.h"

#include <QWidget>

#include <optional>

class QAction;
class QPushButton;
class QToolButton;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class BusyIndicator;

// Take, Release, Comment… and Status for the selected lead, each enabled only when the signed-in
// user may do it: take a free lead; release one they hold (team leads and admins: anyone's);
// set the status of one they hold; comment on any. Runs the ops asynchronously, one at a time,
// and reports what happened (a lost take race names who took the lead).
class LeadActionBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadActionBar)

public:
    // `actor`: the signed-in user, whose audit events the actions record.
    LeadActionBar(crm::CrmClient *client, const ops::Actor &actor, bool canReview,
                  QWidget *parent = nullptr);

    void setLead(const std::optional<ops::Lead> &lead);
    const std::optional<ops::Lead> &lead() const { return m_lead; }
    bool isBusy() const { return m_busy; }

    void take();
    void release();
    void comment();
    void setStatus(ops::LeadOutcome outcome);
    // The deal the lead created, or the one it was logged as a duplicate of; 0 if none.
    static qint64 dealOf(const std::optional<ops::Lead> &lead);

Q_SIGNALS:
    // The CRM answered with the lead as it is now.
    void leadUpdated(const opc::ops::Lead &lead);
    // What happened, for the page's message line.
    void reported(const QString &text, opc::ui::leads_ui::Tone tone);
    // The lead changed on the CRM in a way this answer does not show (a lost race, a stale
    // version): the page should ask the change feed now.
    void refreshWanted();
    // The user asked to open the deal of the selected lead (the page opens DealDialog).
    void dealWanted(qint64 dealId);

private:
    void begin(const QString &what);
    void finish(qint64 leadId, const ops::LeadActionResult &result, const QString &success);
    void updateButtons();
    bool holdsLead() const;

    crm::CrmClient *m_client;
    ops::Actor m_actor;
    bool m_canReview;
    std::optional<ops::Lead> m_lead;
    bool m_busy = false;
    QPushButton *m_take;
    QPushButton *m_release;
    QPushButton *m_comment;
    QToolButton *m_status;
    QPushButton *m_deal;
    QAction *m_inWork;
    QAction *m_success;
    QAction *m_failure;
    BusyIndicator *m_progress;
};

} // namespace opc::ui
