#include "ui/pages/MergePage.h"

#include "operations/Session.h"
#include "operations/merge/MergeJournalStore.h"
#include "ui/merge/MergeWizard.h"

#include <QFont>
#include <QLabel>
#include <QVBoxLayout>

namespace opc::ui {

MergePage::MergePage(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_waiting(new QLabel(this))
{
    setObjectName(pageKey(PageId::Merge) + QStringLiteral("Page"));
    setAccessibleName(pageTitle(PageId::Merge));

    auto *heading = new QLabel(pageTitle(PageId::Merge), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    // Size, not weight, marks the heading (see PlaceholderPage): no second font before the
    // first paint, and this page is the one shown first.
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);
    heading->setAccessibleName(pageTitle(PageId::Merge));

    m_waiting->setObjectName(QStringLiteral("mergeWaitingLabel"));
    m_waiting->setWordWrap(true);
    m_waiting->setText(tr("Merges KIDS math and English accounts of one student. Waiting for "
                          "sign-in…"));

    m_layout->addWidget(heading);
    m_layout->addWidget(m_waiting);
    m_layout->addStretch();
}

MergePage::~MergePage() = default;

void MergePage::setSession(const ops::Session *session)
{
    if (m_wizard || !session)
        return;
    const ops::User &user = session->user();
    m_journal = new ops::MergeJournalStore(
        ops::MergeJournalStore::defaultPath(session->crmUrl(), session->isSandbox(), user.id),
        this);
    MergeWizardServices services;
    services.client = session->client();
    services.audit = session->audit();
    services.journal = m_journal;
    services.agentId = user.id;
    services.role = user.role;
    m_wizard = new MergeWizard(services, this);
    // The waiting text and the stretch below it give way to the wizard.
    delete m_waiting;
    m_waiting = nullptr;
    delete m_layout->takeAt(m_layout->count() - 1);
    m_layout->addWidget(m_wizard, 1);
}

} // namespace opc::ui
