#include "ui/leads/LeadActionBar.h"

#include "ui/leads/LeadCommentDialog.h"
#include "ui/merge/BusyIndicator.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace opc::ui {

using leads_ui::named;
using leads_ui::Tone;

LeadActionBar::LeadActionBar(crm::CrmClient *client, const ops::Actor &actor, bool canReview,
                             QWidget *parent)
    : QWidget(parent), m_client(client), m_actor(actor), m_canReview(canReview),
      m_take(new QPushButton(tr("&Take"), this)), m_release(new QPushButton(tr("&Release"), this)),
      m_comment(new QPushButton(tr("&Comment…"), this)), m_status(new QToolButton(this)),
      m_deal(new QPushButton(tr("&Deal…"), this)), m_progress(new BusyIndicator(this))
{
    setObjectName(QStringLiteral("leadActionBar"));
    named(m_take, QStringLiteral("leadTakeButton"), tr("Take the lead"));
    m_take->setToolTip(tr("Take the selected free lead: it becomes yours."));
    named(m_release, QStringLiteral("leadReleaseButton"), tr("Release the lead"));
    m_release->setToolTip(tr("Give the lead back to the free queue."));
    named(m_comment, QStringLiteral("leadCommentButton"), tr("Comment on the lead"));
    m_comment->setToolTip(tr("Read the lead's comments and add one."));

    named(m_status, QStringLiteral("leadStatusButton"), tr("Set the lead's status"));
    m_status->setText(tr("&Status"));
    m_status->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->setPopupMode(QToolButton::InstantPopup);
    m_status->setToolTip(tr("In work, success or failure: for leads you hold."));
    auto *menu = new QMenu(m_status);
    menu->setObjectName(QStringLiteral("leadStatusMenu"));
    m_inWork = menu->addAction(ops::leadStatusDisplayName(QStringLiteral("in_work")));
    m_inWork->setObjectName(QStringLiteral("leadStatusInWorkAction"));
    m_success = menu->addAction(ops::leadStatusDisplayName(QStringLiteral("success")));
    m_success->setObjectName(QStringLiteral("leadStatusSuccessAction"));
    m_failure = menu->addAction(ops::leadStatusDisplayName(QStringLiteral("failure")));
    m_failure->setObjectName(QStringLiteral("leadStatusFailureAction"));
    m_status->setMenu(menu);
    named(m_deal, QStringLiteral("leadDealButton"), tr("Open the lead's deal"));
    m_deal->setToolTip(tr("See the deal's stage history and move it to another stage."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_take);
    layout->addWidget(m_release);
    layout->addWidget(m_comment);
    layout->addWidget(m_status);
    layout->addWidget(m_deal);
    layout->addWidget(m_progress, 1);

    connect(m_take, &QPushButton::clicked, this, &LeadActionBar::take);
    connect(m_release, &QPushButton::clicked, this, &LeadActionBar::release);
    connect(m_comment, &QPushButton::clicked, this, &LeadActionBar::comment);
    connect(m_deal, &QPushButton::clicked, this, [this] {
        if (const qint64 deal = dealOf(m_lead))
            Q_EMIT dealWanted(deal);
    });
    connect(m_inWork, &QAction::triggered, this, [this] { setStatus(ops::LeadOutcome::InWork); });
    connect(m_success, &QAction::triggered, this, [this] { setStatus(ops::LeadOutcome::Success); });
    connect(m_failure, &QAction::triggered, this, [this] { setStatus(ops::LeadOutcome::Failure); });
    updateButtons();
}

void LeadActionBar::setLead(const std::optional<ops::Lead> &lead)
{
    m_lead = lead;
    updateButtons();
}

qint64 LeadActionBar::dealOf(const std::optional<ops::Lead> &lead)
{
    if (!lead)
        return 0;
    return lead->dealId != 0 ? lead->dealId : lead->duplicateOfDeal;
}

bool LeadActionBar::holdsLead() const
{
    return m_lead && m_lead->assignee && m_lead->assignee->id == m_actor.userId;
}

void LeadActionBar::updateButtons()
{
    const bool any = m_lead.has_value() && !m_busy;
    const bool free = any && m_lead->status == QLatin1String("free");
    const bool held = any && m_lead->assignee.has_value();
    const bool mine = any && holdsLead();
    m_take->setEnabled(free);
    m_release->setEnabled(held && (mine || m_canReview));
    m_comment->setEnabled(any);
    m_status->setEnabled(mine);
    m_deal->setEnabled(any && dealOf(m_lead) != 0);
    if (mine) {
        m_inWork->setEnabled(m_lead->status != QLatin1String("in_work"));
        m_success->setEnabled(m_lead->status != QLatin1String("success"));
        m_failure->setEnabled(m_lead->status != QLatin1String("failure"));
    }
}

void LeadActionBar::begin(const QString &what)
{
    m_busy = true;
    m_progress->setBusy(what);
    updateButtons();
}

void LeadActionBar::finish(qint64 leadId, const ops::LeadActionResult &result,
                           const QString &success)
{
    m_busy = false;
    m_progress->setIdle();
    if (result.ok()) {
        if (m_lead && m_lead->id == result.lead->id)
            m_lead = result.lead;
        Q_EMIT leadUpdated(*result.lead);
        Q_EMIT reported(success, Tone::Good);
    } else {
        const bool stale = result.holder.has_value()
            || result.error->kind == crm::ErrorKind::Conflict
            || result.error->kind == crm::ErrorKind::PreconditionFailed
            || result.error->kind == crm::ErrorKind::NotFound;
        QString text = result.message.isEmpty() ? result.error->message : result.message;
        if (result.holder)
            text = ops::leadTakenMessage(*result.holder);
        // The selection may have moved on by the time this shows: say which lead it is about.
        Q_EMIT reported(tr("Lead %1: %2").arg(leadId).arg(text), Tone::Bad);
        if (stale)
            Q_EMIT refreshWanted();
    }
    updateButtons();
}

void LeadActionBar::take()
{
    if (!m_lead || m_busy)
        return;
    const qint64 id = m_lead->id;
    begin(tr("Taking lead %1…").arg(id));
    ops::takeLead(m_actor, m_client, *m_lead, this,
                  [this, id](const ops::LeadActionResult &result) {
                      finish(id, result, tr("Lead %1 is yours now.").arg(id));
                  });
}

void LeadActionBar::release()
{
    if (!m_lead || m_busy)
        return;
    const qint64 id = m_lead->id;
    begin(tr("Releasing lead %1…").arg(id));
    ops::releaseLead(m_actor, m_client, *m_lead, this,
                     [this, id](const ops::LeadActionResult &result) {
                         finish(id, result, tr("Lead %1 is back in the free queue.").arg(id));
                     });
}

void LeadActionBar::setStatus(ops::LeadOutcome outcome)
{
    if (!m_lead || m_busy || !holdsLead())
        return;
    const qint64 id = m_lead->id;
    const QString status = ops::leadStatusDisplayName(ops::leadOutcomeToWire(outcome));
    begin(tr("Setting lead %1 to “%2”…").arg(id).arg(status));
    ops::setLeadStatus(m_actor, m_client, *m_lead, m_lead->etag(), outcome, this,
                       [this, id, status](const ops::LeadActionResult &result) {
                           ops::LeadActionResult shown = result;
                           if (!result.ok()
                               && result.error->kind == crm::ErrorKind::PreconditionFailed)
                               shown.message = tr("it changed meanwhile and is shown as it is "
                                                  "now. Set the status again if it still "
                                                  "applies.");
                           finish(id, shown, tr("Lead %1 is “%2” now.").arg(id).arg(status));
                       });
}

void LeadActionBar::comment()
{
    if (!m_lead)
        return;
    auto *dialog = new LeadCommentDialog(m_client, m_actor, *m_lead, window());
    connect(dialog, &LeadCommentDialog::commented, this, [this](qint64 leadId) {
        Q_EMIT reported(tr("Comment added to lead %1.").arg(leadId), Tone::Good);
        Q_EMIT refreshWanted();
    });
    dialog->open();
}

} // namespace opc::ui
