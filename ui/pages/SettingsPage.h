#pragma once

#include "ui/pages/PlaceholderPage.h"

namespace opc::ui {

// Console settings.
class SettingsPage final : public PlaceholderPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);
};

} // namespace opc::ui
