#pragma once

#include "ui/pages/Pages.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace opc::ops {
class Session;
struct AuditVerifyResult;
} // namespace opc::ops

namespace opc::ui {

class BusyIndicator;

// The audit log, for team leads and admins only (the main window hides it from agents and the
// CRM refuses them). For now it verifies the log's hash chain (ops::verifyAuditLog) and names
// the first event that was changed, deleted or moved; the viewer comes next (issue 6).
class AuditLogPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(QWidget *parent = nullptr);

    PageId pageId() const { return PageId::AuditLog; }
    // Once, when the console has signed in. The session must outlive the page.
    void setSession(const ops::Session *session);
    void verify();

Q_SIGNALS:
    void verified(); // a verification ended and its result is shown (tests wait for it)

private:
    void showResult(const ops::AuditVerifyResult &result);

    const ops::Session *m_session = nullptr;
    QPushButton *m_verify;
    BusyIndicator *m_busy;
    QLabel *m_result;
};

} // namespace opc::ui
