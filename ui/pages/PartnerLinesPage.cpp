#include "ui/pages/PartnerLinesPage.h"

namespace opc::ui {

PartnerLinesPage::PartnerLinesPage(QWidget *parent)
    : PlaceholderPage(PageId::PartnerLines,
                      tr("Partner lines will live here: the client lines list with filters, "
                         "buying, renewing and adding channels with every discount shown."),
                      parent)
{
}

} // namespace opc::ui
