#include "ui/pages/SettingsPage.h"

#include "core/Role.h"
#include "operations/Session.h"
#include "ui/leads/LeadSettingsSection.h"
#include "ui/leads/LeadsUi.h"

#include <QFont>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace opc::ui {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent), m_content(nullptr), m_waiting(nullptr)
{
    setObjectName(pageKey(PageId::Settings) + QStringLiteral("Page"));
    setAccessibleName(pageTitle(PageId::Settings));

    auto *heading = new QLabel(pageTitle(PageId::Settings), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5); // as PlaceholderPage's
    heading->setFont(headingFont);
    heading->setAccessibleName(pageTitle(PageId::Settings));

    // The lead settings are taller than a small laptop's window: the page scrolls.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setAccessibleName(pageTitle(PageId::Settings));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("settingsContent"));
    m_content = new QVBoxLayout(content);
    m_content->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);

    m_waiting = new QLabel(tr("The lead rules a team lead may change appear here after "
                              "sign-in. Waiting for sign-in…"),
                           content);
    m_waiting->setObjectName(QStringLiteral("settingsWaitingLabel"));
    m_waiting->setWordWrap(true);
    m_content->addWidget(m_waiting);
    m_content->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);
}

void SettingsPage::setSession(const ops::Session *session)
{
    if (m_hasSession || !session)
        return;
    m_hasSession = true;
    QWidget *content = m_waiting->parentWidget();
    delete m_waiting;
    m_waiting = nullptr;
    delete m_content->takeAt(m_content->count() - 1); // the stretch

    auto *leadsHeading = new QLabel(tr("Lead rules"), content);
    leadsHeading->setObjectName(QStringLiteral("leadRulesHeading"));
    leads_ui::makeHeading(leadsHeading);
    m_content->addWidget(leadsHeading);
    if (roleCanReview(session->user().role)) {
        m_leadSettings
            = new LeadSettingsSection(session->client(), ops::Actor::of(*session), content);
        m_content->addWidget(m_leadSettings);
        m_leadSettings->load();
    } else {
        auto *note = new QLabel(tr("Team leads and admins set how duplicate leads are handled and "
                                   "how order statuses count in the reports."),
                                content);
        note->setObjectName(QStringLiteral("leadRulesNote"));
        note->setWordWrap(true);
        m_content->addWidget(note);
    }
    m_content->addStretch();
}

} // namespace opc::ui
