#pragma once

#include "ui/pages/PlaceholderPage.h"

namespace opc::ui {

// Audit log viewer; shown to team leads and admins only.
class AuditLogPage final : public PlaceholderPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(QWidget *parent = nullptr);
};

} // namespace opc::ui
