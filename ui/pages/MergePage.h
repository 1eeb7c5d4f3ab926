#pragma once

#include "ui/pages/PlaceholderPage.h"

namespace opc::ui {

// Section for the KIDS math/English account merge (seed 000).
class MergePage final : public PlaceholderPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergePage)

public:
    explicit MergePage(QWidget *parent = nullptr);
};

} // namespace opc::ui
