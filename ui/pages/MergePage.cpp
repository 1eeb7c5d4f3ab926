#include "ui/pages/MergePage.h"

namespace opc::ui {

MergePage::MergePage(QWidget *parent)
    : PlaceholderPage(PageId::Merge,
                      tr("The KIDS account merge wizard will live here: find the student, "
                         "pre-checks, direction, preview, run."),
                      parent)
{
}

} // namespace opc::ui
