#include "ui/leads/LeadWatch.h"

#include "operations/Session.h"
#include "operations/leads/LeadPoller.h"
#include "ui/AppSettings.h"
#include "ui/leads/LeadNotifier.h"

namespace opc::ui {

namespace {

// How far the CRM's clock may run behind ours before a new lead looks old.
constexpr int kClockSlackSeconds = 120;

} // namespace

LeadWatch::LeadWatch(const ops::Session *session, AppSettings *settings, QWidget *window,
                     QObject *parent)
    : QObject(parent), m_settings(settings), m_poller(new ops::LeadPoller(session->client(), this)),
      m_notifier(new LeadNotifier(window, this))
{
    m_notifier->setEnabled(m_settings->leadNotifications());
    connect(m_poller, &ops::LeadPoller::leadsChanged, this, &LeadWatch::onChanges);
    // The feed is read from now on: what is there already, the queues load themselves.
    m_watchingSince = QDateTime::currentDateTimeUtc().addSecs(-kClockSlackSeconds);
    m_poller->start(ops::LeadPoller::kFromNow);
}

LeadWatch::~LeadWatch() = default;

void LeadWatch::setNotificationsEnabled(bool on)
{
    m_settings->setLeadNotifications(on);
    m_settings->sync();
    m_notifier->setEnabled(on);
}

bool LeadWatch::notificationsEnabled() const
{
    return m_notifier->isEnabled();
}

void LeadWatch::markKnown(qint64 leadId)
{
    m_known.insert(leadId);
}

void LeadWatch::onChanges(const QList<ops::Lead> &leads)
{
    QList<ops::Lead> fresh;
    for (const ops::Lead &lead : leads) {
        if (lead.status == QLatin1String("free") && !m_known.contains(lead.id)
            && lead.createdAt >= m_watchingSince) {
            m_known.insert(lead.id);
            fresh << lead;
        }
    }
    m_notifier->announce(fresh);
    Q_EMIT leadsChanged(leads);
}

} // namespace opc::ui
