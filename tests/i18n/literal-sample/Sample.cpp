// A sample for check-ui-literals.sh: the check must fail on this file (tst_ui_literals_caught).
#include <QLabel>

void sample(QLabel *label)
{
    label->setText(QStringLiteral("Not translated"));
}
