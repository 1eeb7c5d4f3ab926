#include "ui/widgets/ElidedLabel.h"

#include <QPainter>
#include <QStyle>

namespace opc::ui {

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few letters and the ellipsis, one line high; the rest of the width is
    // negotiable. Measured directly: QLabel's own hint lays the whole text out to find it.
    const QMargins margins = contentsMargins();
    const QFontMetrics metrics = fontMetrics();
    return { metrics.averageCharWidth() * 5 + margins.left() + margins.right(),
             metrics.height() + margins.top() + margins.bottom() };
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(alignment()) | Qt::TextSingleLine, palette(),
                          isEnabled(), shown, foregroundRole());
}

} // namespace opc::ui
