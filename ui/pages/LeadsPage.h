#pragma once

#include "ui/pages/PlaceholderPage.h"

namespace opc::ui {

// Section for lead handling (seeds 001, 002, 004).
class LeadsPage final : public PlaceholderPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsPage)

public:
    explicit LeadsPage(QWidget *parent = nullptr);
};

} // namespace opc::ui
