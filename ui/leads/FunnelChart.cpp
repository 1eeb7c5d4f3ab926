#include "ui/leads/FunnelChart.h"

#include "core/LocaleFormat.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace opc::ui {

namespace {

constexpr int kMargin = 8;

} // namespace

FunnelChart::FunnelChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("funnelChart"));
    setAccessibleName(tr("Funnel chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void FunnelChart::setStages(const QList<ops::StageSummary> &stages)
{
    m_stages = stages;
    m_emptyText.clear();
    QStringList lines;
    for (int i = 0; i < m_stages.size(); ++i)
        lines << stageText(i);
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void FunnelChart::setEmptyText(const QString &text)
{
    m_stages.clear();
    m_emptyText = text;
    setAccessibleDescription(text);
    updateGeometry();
    update();
}

QString FunnelChart::stageText(int index) const
{
    const ops::StageSummary &stage = m_stages.at(index);
    return tr("%1: %Ln deal(s), %2", nullptr, int(stage.count))
        .arg(stage.name, money::rubles(stage.amountKopecks));
}

int FunnelChart::rowHeight() const
{
    return fontMetrics().height() * 2 + 10;
}

int FunnelChart::legendHeight() const
{
    return fontMetrics().height() + 12;
}

QSize FunnelChart::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_stages.size()));
    return { 560, 2 * kMargin + legendHeight() + rows * rowHeight() };
}

QSize FunnelChart::minimumSizeHint() const
{
    return { 320, sizeHint().height() };
}

QColor FunnelChart::colourOf(leads::StageKind kind) const
{
    switch (kind) {
    case leads::StageKind::Success:
        return QColor(0x2e, 0x8b, 0x3d);
    case leads::StageKind::Failed:
        return QColor(0xd0, 0x31, 0x2d);
    case leads::StageKind::InProcess:
        break;
    }
    return palette().color(QPalette::Highlight);
}

int FunnelChart::stageAt(const QPoint &point) const
{
    const int top = kMargin + legendHeight();
    if (point.y() < top)
        return -1;
    const int index = (point.y() - top) / rowHeight();
    return index < m_stages.size() ? index : -1;
}

bool FunnelChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = stageAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), stageText(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void FunnelChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);

    if (m_stages.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }

    // Legend: which bar is which.
    const int box = metrics.height() - 4;
    int x = area.left();
    const int legendY = area.top();
    const QColor legendColour = colourOf(leads::StageKind::InProcess);
    painter.setPen(Qt::NoPen);
    painter.setBrush(legendColour);
    painter.drawRect(x, legendY + 2, box, box);
    painter.setPen(text);
    const QString dealsLabel = tr("Deals");
    painter.drawText(
        QRect(x + box + 4, legendY, metrics.horizontalAdvance(dealsLabel) + 2, metrics.height()),
        Qt::AlignVCenter, dealsLabel);
    x += box + 4 + metrics.horizontalAdvance(dealsLabel) + 16;
    QColor faint = legendColour;
    faint.setAlpha(110);
    painter.setPen(Qt::NoPen);
    painter.setBrush(faint);
    painter.drawRect(x, legendY + 2 + box / 4, box, box / 2);
    painter.setPen(text);
    const QString amountLabel = tr("Amount");
    painter.drawText(
        QRect(x + box + 4, legendY, metrics.horizontalAdvance(amountLabel) + 2, metrics.height()),
        Qt::AlignVCenter, amountLabel);

    // Stage names on the left, at most a third of the width; bars and numbers on the right.
    int nameWidth = 0;
    for (const ops::StageSummary &stage : m_stages)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(stage.name));
    nameWidth = std::min(nameWidth + 12, area.width() / 3);
    qint64 maxCount = 1;
    qint64 maxAmount = 1;
    QStringList numbers;
    int numbersWidth = 0;
    for (const ops::StageSummary &stage : m_stages) {
        maxCount = std::max(maxCount, stage.count);
        maxAmount = std::max(maxAmount, stage.amountKopecks);
        const QString number = tr("%1 · %2").arg(QLocale().toString(stage.count),
                                                 money::rubles(stage.amountKopecks));
        numbers << number;
        numbersWidth = std::max(numbersWidth, metrics.horizontalAdvance(number));
    }
    const int barLeft = area.left() + nameWidth;
    const int barSpace = std::max(10, area.width() - nameWidth - numbersWidth - 12);
    const int countBar = metrics.height();
    const int amountBar = std::max(4, metrics.height() / 2);

    int y = area.top() + legendHeight();
    for (int i = 0; i < m_stages.size(); ++i) {
        const ops::StageSummary &stage = m_stages.at(i);
        const QColor colour = colourOf(stage.kind);
        painter.setPen(text);
        const QString name = metrics.elidedText(stage.name, Qt::ElideRight, nameWidth - 12);
        painter.drawText(QRect(area.left(), y, nameWidth - 12, countBar),
                         Qt::AlignVCenter | Qt::AlignLeft, name);

        const int countWidth = stage.count > 0
            ? std::max(2, int(double(barSpace) * double(stage.count) / double(maxCount)))
            : 0;
        const int amountWidth = stage.amountKopecks > 0
            ? std::max(2, int(double(barSpace) * double(stage.amountKopecks) / double(maxAmount)))
            : 0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(barLeft, y, countWidth, countBar);
        QColor light = colour;
        light.setAlpha(110);
        painter.setBrush(light);
        painter.drawRect(barLeft, y + countBar + 2, amountWidth, amountBar);

        // The numbers in a column of their own, right-aligned: they read as a table.
        painter.setPen(text);
        painter.drawText(QRect(barLeft + barSpace + 8, y, numbersWidth + 4, countBar),
                         Qt::AlignVCenter | Qt::AlignRight, numbers.at(i));
        // A thin baseline, so that an empty stage still shows where its bar would be.
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(barLeft, y - 2, barLeft, y + countBar + 2 + amountBar + 2);
        y += rowHeight();
    }
}

} // namespace opc::ui
