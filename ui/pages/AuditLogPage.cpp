#include "ui/pages/AuditLogPage.h"

#include "operations/AuditVerify.h"
#include "operations/Session.h"
#include "ui/leads/LeadsUi.h"
#include "ui/merge/BusyIndicator.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opc::ui {

AuditLogPage::AuditLogPage(QWidget *parent)
    : QWidget(parent), m_verify(new QPushButton(tr("&Verify the log"), this)),
      m_busy(new BusyIndicator(this)), m_result(new QLabel(this))
{
    setObjectName(pageKey(PageId::AuditLog) + QStringLiteral("Page"));
    setAccessibleName(pageTitle(PageId::AuditLog));

    auto *heading = new QLabel(pageTitle(PageId::AuditLog), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5); // as the other pages' headings
    heading->setFont(headingFont);
    heading->setAccessibleName(pageTitle(PageId::AuditLog));

    auto *text = new QLabel(tr("Every change an agent makes is recorded in the CRM's audit log, "
                               "each event sealed with the hash of the one before it. Verify the "
                               "log to make sure no event was changed, deleted or moved since."),
                            this);
    text->setObjectName(QStringLiteral("auditIntro"));
    text->setWordWrap(true);

    leads_ui::named(m_verify, QStringLiteral("auditVerifyButton"),
                    tr("Verify the audit log's hash chain"));
    m_verify->setToolTip(tr("Reads the whole log from the CRM and checks every event's hash."));
    m_verify->setEnabled(false); // until signed in
    m_result->setObjectName(QStringLiteral("auditVerifyResult"));
    m_result->setAccessibleName(tr("Verification result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_verify);
    row->addWidget(m_busy, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verify);
}

void AuditLogPage::setSession(const ops::Session *session)
{
    if (m_session || !session)
        return;
    m_session = session;
    m_verify->setEnabled(true);
}

void AuditLogPage::verify()
{
    if (!m_session || !m_verify->isEnabled())
        return;
    m_verify->setEnabled(false);
    m_result->clear();
    m_busy->setBusy(tr("Reading the audit log and checking its chain…"));
    ops::verifyAuditLog(m_session->client(), this,
                        [this](const ops::AuditVerifyResult &result) { showResult(result); });
}

void AuditLogPage::showResult(const ops::AuditVerifyResult &result)
{
    m_busy->setIdle();
    m_verify->setEnabled(true);
    if (!result.ok()) {
        leads_ui::setMessage(m_result,
                             tr("The log could not be read: %1").arg(result.error->message),
                             leads_ui::Tone::Bad);
    } else if (const auto &broken = result.firstBreak) {
        leads_ui::setMessage(m_result,
                             tr("The log is broken at event %1 (%2). %3 The %n event(s) before "
                                "it are intact.",
                                nullptr, int(qMin<qint64>(result.checked, INT_MAX)))
                                 .arg(broken->seq)
                                 .arg(broken->eventId, broken->reason),
                             leads_ui::Tone::Bad);
    } else {
        leads_ui::setMessage(m_result,
                             tr("The log is intact: %n event(s) checked, none changed, deleted "
                                "or moved.",
                                nullptr, int(qMin<qint64>(result.checked, INT_MAX))),
                             leads_ui::Tone::Good);
    }
    Q_EMIT verified();
}

} // namespace opc::ui
