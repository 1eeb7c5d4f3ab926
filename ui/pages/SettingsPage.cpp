#include "ui/pages/SettingsPage.h"

namespace opc::ui {

SettingsPage::SettingsPage(QWidget *parent)
    : PlaceholderPage(PageId::Settings,
                      tr("Settings will live here: interface language, the CRM address and the "
                         "lead rules a team lead may switch."),
                      parent)
{
}

} // namespace opc::ui
