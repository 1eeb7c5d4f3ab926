#include "ui/pages/LeadsPage.h"

namespace opc::ui {

LeadsPage::LeadsPage(QWidget *parent)
    : PlaceholderPage(PageId::Leads,
                      tr("Lead queues will live here: free leads and my leads, duplicate checks, "
                         "take, release and comment."),
                      parent)
{
}

} // namespace opc::ui
