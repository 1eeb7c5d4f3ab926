#pragma once

#include "ui/pages/PlaceholderPage.h"

namespace opc::ui {

// Section for partner line purchases (seed 003).
class PartnerLinesPage final : public PlaceholderPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerLinesPage)

public:
    explicit PartnerLinesPage(QWidget *parent = nullptr);
};

} // namespace opc::ui
