#include "ui/pages/AuditLogPage.h"

namespace opc::ui {

AuditLogPage::AuditLogPage(QWidget *parent)
    : PlaceholderPage(PageId::AuditLog,
                      tr("The audit log will live here: what every agent did, when, and to which "
                         "accounts, for team leads to review."),
                      parent)
{
}

} // namespace opc::ui
