#include "ui/pages/LeadsPage.h"

#include "core/Role.h"
#include "operations/Session.h"
#include "operations/leads/LeadPoller.h"
#include "ui/AppSettings.h"
#include "ui/leads/AnalyticsExportView.h"
#include "ui/leads/DealDialog.h"
#include "ui/leads/FunnelView.h"
#include "ui/leads/LeadActionBar.h"
#include "ui/leads/LeadNotifier.h"
#include "ui/leads/LeadQueueView.h"
#include "ui/leads/LeadWatch.h"
#include "ui/leads/NewLeadDialog.h"

#include <QCheckBox>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;

LeadsPage::LeadsPage(AppSettings *settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_layout(new QVBoxLayout(this)),
      m_waiting(new QLabel(this))
{
    setObjectName(pageKey(PageId::Leads) + QStringLiteral("Page"));
    setAccessibleName(pageTitle(PageId::Leads));

    auto *heading = new QLabel(pageTitle(PageId::Leads), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5); // as PlaceholderPage's
    heading->setFont(headingFont);
    heading->setAccessibleName(pageTitle(PageId::Leads));

    m_waiting->setObjectName(QStringLiteral("leadsWaitingLabel"));
    m_waiting->setWordWrap(true);
    m_waiting->setText(tr("Lead queues: free leads, my leads, take, release and comment. "
                          "Waiting for sign-in…"));
    m_layout->addWidget(heading);
    m_layout->addWidget(m_waiting);
    m_layout->addStretch();
}

LeadsPage::~LeadsPage() = default;

void LeadsPage::setSession(const ops::Session *session, LeadWatch *watch)
{
    if (m_session || !session || !watch)
        return;
    m_session = session;
    m_watch = watch;
    delete m_waiting;
    m_waiting = nullptr;
    delete m_layout->takeAt(m_layout->count() - 1); // the stretch
    build();
}

void LeadsPage::build()
{
    crm::CrmClient *client = m_session->client();
    const ops::User &user = m_session->user();
    const bool canReview = roleCanReview(user.role);

    m_newLead = named(new QPushButton(tr("&New lead…"), this), QStringLiteral("leadsNewButton"),
                      tr("New lead"));
    m_newLead->setToolTip(tr("Type in a lead taken by phone or by mail."));
    m_live = new QLabel(this);
    m_live->setObjectName(QStringLiteral("leadsLiveLabel"));
    m_live->setAccessibleName(tr("Live updates"));
    m_notify = named(new QCheckBox(tr("&Desktop notifications"), this),
                     QStringLiteral("leadsNotifyCheck"), tr("Desktop notifications of new leads"));
    m_notify->setChecked(m_watch->notificationsEnabled());
    m_notify->setToolTip(LeadNotifier::trayAvailable()
                             ? tr("Announce new free leads with a desktop notification.")
                             : tr("This desktop has no notification area: new free leads make "
                                  "the console's taskbar entry ask for attention instead."));
    m_refresh = named(new QPushButton(tr("Re&fresh"), this), QStringLiteral("leadsRefreshButton"),
                      tr("Reload the queue"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_newLead);
    top->addStretch();
    top->addWidget(m_live);
    top->addSpacing(12);
    top->addWidget(m_notify);
    top->addWidget(m_refresh);

    m_tabs = named(new QTabWidget(this), QStringLiteral("leadsTabs"), tr("Lead queues"));
    named(m_tabs->tabBar(), QStringLiteral("leadsTabBar"), tr("Lead queues"));
    QList<ops::LeadQueue> queues { ops::LeadQueue::Free, ops::LeadQueue::Mine };
    if (canReview)
        queues << ops::LeadQueue::All;
    for (ops::LeadQueue queue : queues) {
        auto *view = new LeadQueueView(queue, client, user.id, m_tabs);
        m_queues << view;
        m_tabs->addTab(view, view->title());
        connect(view, &LeadQueueView::countChanged, this, &LeadsPage::updateTabTitles);
        connect(view, &LeadQueueView::currentLeadChanged, this, &LeadsPage::updateCurrentLead);
        connect(view, &LeadQueueView::leadActivated, this, [this] {
            if (m_actions->lead())
                m_actions->comment();
        });
    }
    m_funnel = new FunnelView(client, m_tabs);
    m_tabs->addTab(m_funnel, tr("Funnel"));
    if (canReview) // sending the CRM's data to the analytics service is a team lead's job
        m_tabs->addTab(new AnalyticsExportView(m_session, m_tabs), tr("Analytics export"));

    m_actions = new LeadActionBar(client, ops::Actor::of(*m_session), canReview, this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("leadsMessage"));
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_layout->addLayout(top);
    m_layout->addWidget(m_tabs, 1);
    m_layout->addWidget(m_actions);
    m_layout->addWidget(m_message);

    connect(m_notify, &QCheckBox::toggled, m_watch, &LeadWatch::setNotificationsEnabled);

    connect(m_newLead, &QPushButton::clicked, this, &LeadsPage::openNewLeadDialog);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (LeadQueueView *queue = currentQueue())
            queue->reload();
        else if (m_tabs->currentWidget() == m_funnel)
            m_funnel->refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const bool queue = currentQueue() != nullptr;
        m_actions->setVisible(queue);
        if (m_tabs->currentWidget() == m_funnel)
            m_funnel->refresh();
        updateCurrentLead();
    });
    connect(m_actions, &LeadActionBar::leadUpdated, this, [this](const ops::Lead &lead) {
        m_watch->markKnown(lead.id); // the user's own doing is no news to them
        applyChanges({ lead });
    });
    connect(m_actions, &LeadActionBar::reported, this, &LeadsPage::report);
    connect(m_actions, &LeadActionBar::dealWanted, this, &LeadsPage::openDeal);

    ops::LeadPoller *poller = m_watch->poller();
    connect(m_actions, &LeadActionBar::refreshWanted, poller, &ops::LeadPoller::pollNow);
    connect(m_watch, &LeadWatch::leadsChanged, this, [this](const QList<ops::Lead> &leads) {
        applyChanges(leads);
        showLive();
    });
    connect(poller, &ops::LeadPoller::caughtUp, this, &LeadsPage::showLive);
    connect(poller, &ops::LeadPoller::pollFailed, this, [this](const crm::CrmError &error) {
        m_live->setText(tr("Live updates paused"));
        m_live->setStyleSheet(QStringLiteral("color: #d0312d;"));
        m_live->setToolTip(tr("%1 Trying again in a few seconds.").arg(error.message));
    });

    if (poller->cursor() != ops::LeadPoller::kFromNow)
        showLive(); // the watch caught up before the page was first opened
    for (LeadQueueView *queue : std::as_const(m_queues))
        queue->reload();
    updateCurrentLead();
}

void LeadsPage::showLive()
{
    m_live->setText(
        tr("Live · %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_live->setStyleSheet(QString());
    m_live->setToolTip(tr("New leads and changes appear by themselves."));
}

LeadQueueView *LeadsPage::currentQueue() const
{
    return m_tabs ? qobject_cast<LeadQueueView *>(m_tabs->currentWidget()) : nullptr;
}

ops::LeadPoller *LeadsPage::poller() const
{
    return m_watch ? m_watch->poller() : nullptr;
}

LeadNotifier *LeadsPage::notifier() const
{
    return m_watch ? m_watch->notifier() : nullptr;
}

void LeadsPage::showFreeQueue()
{
    if (m_tabs)
        m_tabs->setCurrentIndex(0);
}

void LeadsPage::applyChanges(const QList<ops::Lead> &leads)
{
    for (LeadQueueView *queue : std::as_const(m_queues))
        queue->applyChanges(leads);
    updateCurrentLead();
}

void LeadsPage::updateTabTitles()
{
    for (LeadQueueView *queue : std::as_const(m_queues))
        m_tabs->setTabText(m_tabs->indexOf(queue), queue->title());
}

void LeadsPage::updateCurrentLead()
{
    if (!m_actions)
        return;
    const LeadQueueView *queue = currentQueue();
    m_actions->setLead(queue ? queue->currentLead() : std::nullopt);
}

void LeadsPage::report(const QString &text, leads_ui::Tone tone)
{
    leads_ui::setMessage(m_message, text, tone);
}

void LeadsPage::openDeal(qint64 dealId)
{
    auto *dialog = new DealDialog(m_session, dealId, window());
    connect(dialog, &DealDialog::dealMoved, this, [this](const ops::Deal &deal) {
        report(tr("Deal %1 is in “%2” now.").arg(deal.id).arg(deal.stageName),
               leads_ui::Tone::Good);
        m_funnel->refresh();
    });
    dialog->open();
}

void LeadsPage::openNewLeadDialog()
{
    if (!m_session)
        return;
    auto *dialog
        = new NewLeadDialog(m_session->client(), ops::Actor::of(*m_session), m_settings, window());
    connect(dialog, &NewLeadDialog::created, this, [this](const ops::LeadDecision &decision) {
        m_watch->markKnown(decision.leadId); // the agent knows about their own lead
        report(NewLeadDialog::decisionText(decision), leads_ui::Tone::Good);
        m_watch->poller()->pollNow();
    });
    dialog->open();
}

} // namespace opc::ui
