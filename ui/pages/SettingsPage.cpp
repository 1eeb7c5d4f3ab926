#include "ui/pages/SettingsPage.h"

#include "core/Role.h"
#include "operations/Session.h"
#include "ui/leads/LeadSettingsSection.h"
#include "ui/leads/LeadsUi.h"
#include "ui/pages/InterfaceLanguageSection.h"

#include <QFont>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace opc::ui {

SettingsPage::SettingsPage(AppSettings *settings, QWidget *parent)
    : QWidget(parent), m_language(nullptr), m_content(nullptr), m_waiting(nullptr)
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

    auto *languageHeading = new QLabel(tr("Interface language"), content);
    languageHeading->setObjectName(QStringLiteral("interfaceLanguageHeading"));
    leads_ui::makeHeading(languageHeading);
    m_content->addWidget(languageHeading);
    m_language = new InterfaceLanguageSection(settings, content);
    m_content->addWidget(m_language);
    connect(m_language, &InterfaceLanguageSection::restartClicked, this,
            &SettingsPage::onRestartClicked);

    // Sections apart as the headings are: the lead part follows, and setSession replaces the
    // waiting note (and the stretch) with it.
    m_content->addSpacing(languageHeading->fontMetrics().height());
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

void SettingsPage::onRestartClicked()
{
    // The restart is the window's ordinary close, which would drop unsaved lead rules without
    // a word; here they are on the same page as the button, so say so instead. (They stay
    // unsaved while a save is on its way too.)
    if (m_leadSettings && m_leadSettings->isDirty()) {
        m_language->refuseRestart(tr("Save or undo the changes to the lead rules first: a "
                                     "restart would lose them."));
        return;
    }
    Q_EMIT restartRequested();
}

} // namespace opc::ui
