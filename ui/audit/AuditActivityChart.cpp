#include "ui/audit/AuditActivityChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace opc::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kLegendGap = 16;

// Distinct on light and dark palettes, and distinct from each other in the common forms of
// colour blindness as far as eight colours can be (Okabe–Ito, then two more).
const QColor kColours[] = {
    QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
    QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
    QColor(0x8c, 0x6d, 0x31), QColor(0x7f, 0x7f, 0x7f),
};

} // namespace

AuditActivityChart::AuditActivityChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditActivityChart"));
    setAccessibleName(tr("Events per day and agent"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(false);
}

void AuditActivityChart::setActivity(const QDate &first, const QDate &last,
                                     const QList<ops::AuditActivityCell> &cells,
                                     const QHash<QString, QString> &names)
{
    m_first = first;
    m_last = last;
    m_counts.clear();
    m_series.clear();
    m_total = 0;
    m_maxDay = 0;
    m_emptyText.clear();
    QHash<QString, qint64> perActor;
    for (const ops::AuditActivityCell &cell : cells) {
        if (cell.day < first || cell.day > last || cell.count <= 0)
            continue;
        m_counts[cell.day][cell.actor] += cell.count;
        perActor[cell.actor] += cell.count;
        m_total += cell.count;
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        qint64 day = 0;
        for (qint64 count : it.value())
            day += count;
        m_maxDay = std::max(m_maxDay, day);
    }
    // The busiest agents at the bottom of the bars and first in the legend.
    QStringList actors = perActor.keys();
    std::sort(actors.begin(), actors.end(), [&](const QString &a, const QString &b) {
        return perActor.value(a) != perActor.value(b) ? perActor.value(a) > perActor.value(b)
                                                      : a < b;
    });
    for (int i = 0; i < actors.size(); ++i) {
        const QString name = names.value(actors.at(i));
        m_series.append({ actors.at(i), name.isEmpty() ? actors.at(i) : name,
                          kColours[i % std::size(kColours)] });
    }
    setAccessibleDescription(summary());
    updateGeometry();
    update();
}

void AuditActivityChart::setNames(const QHash<QString, QString> &names)
{
    for (Series &series : m_series) {
        const QString name = names.value(series.actor);
        series.name = name.isEmpty() ? series.actor : name;
    }
    setAccessibleDescription(summary());
    update();
}

void AuditActivityChart::setEmptyText(const QString &text)
{
    m_counts.clear();
    m_series.clear();
    m_total = 0;
    m_maxDay = 0;
    m_emptyText = text;
    setAccessibleDescription(text);
    update();
}

qint64 AuditActivityChart::count(const QDate &day, const QString &actor) const
{
    return m_counts.value(day).value(actor);
}

qint64 AuditActivityChart::dayTotal(const QDate &day) const
{
    qint64 total = 0;
    for (qint64 count : m_counts.value(day))
        total += count;
    return total;
}

QStringList AuditActivityChart::actors() const
{
    QStringList ids;
    for (const Series &series : m_series)
        ids << series.actor;
    return ids;
}

QString AuditActivityChart::segmentText(const QDate &day, const QString &actor) const
{
    QString name = actor;
    for (const Series &series : m_series) {
        if (series.actor == actor)
            name = series.name;
    }
    return tr("%1, %2: %Ln event(s)", nullptr, int(count(day, actor)))
        .arg(QLocale().toString(day, QLocale::ShortFormat), name);
}

QString AuditActivityChart::summary() const
{
    if (!m_emptyText.isEmpty())
        return m_emptyText;
    if (!m_first.isValid())
        return {};
    const QLocale locale;
    const QString range = tr("%1 – %2").arg(locale.toString(m_first, QLocale::ShortFormat),
                                            locale.toString(m_last, QLocale::ShortFormat));
    if (m_total == 0)
        return tr("No events from %1.").arg(range);
    QStringList perAgent;
    for (const Series &series : m_series) {
        qint64 sum = 0;
        for (const auto &day : m_counts)
            sum += day.value(series.actor);
        perAgent << tr("%1: %2").arg(series.name, locale.toString(sum));
    }
    QDate busiest;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (!busiest.isValid() || dayTotal(it.key()) > dayTotal(busiest)
            || (dayTotal(it.key()) == dayTotal(busiest) && it.key() < busiest))
            busiest = it.key();
    }
    return tr("%Ln event(s) from %1. %2. The busiest day: %3 with %4.", nullptr,
              int(std::min<qint64>(m_total, INT_MAX)))
        .arg(range, perAgent.join(QStringLiteral(", ")),
             locale.toString(busiest, QLocale::ShortFormat), locale.toString(dayTotal(busiest)));
}

QSize AuditActivityChart::sizeHint() const
{
    return { 720, 360 };
}

QSize AuditActivityChart::minimumSizeHint() const
{
    return { 320, 200 };
}

int AuditActivityChart::legendHeight(int width) const
{
    const QFontMetrics metrics = fontMetrics();
    const int box = metrics.height() - 4;
    int rows = 1;
    int x = 0;
    for (const Series &series : m_series) {
        const int itemWidth = box + 4 + metrics.horizontalAdvance(series.name) + kLegendGap;
        if (x > 0 && x + itemWidth > width) {
            ++rows;
            x = 0;
        }
        x += itemWidth;
    }
    return rows * (metrics.height() + 4) + 8;
}

qint64 AuditActivityChart::niceCeiling(qint64 value)
{
    // 1, 2, 5 × 10ⁿ: a scale whose half is a round number too.
    if (value <= 1)
        return 1;
    qint64 power = 1;
    while (power * 10 < value)
        power *= 10;
    for (qint64 step : { qint64(1), qint64(2), qint64(5), qint64(10) }) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}

AuditActivityChart::Geometry AuditActivityChart::geometry() const
{
    Geometry g;
    const QFontMetrics metrics = fontMetrics();
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    g.legendHeight = legendHeight(area.width());
    g.scaleMax = niceCeiling(m_maxDay);
    const int axisWidth = metrics.horizontalAdvance(QLocale().toString(g.scaleMax)) + 8;
    g.plot
        = QRect(QPoint(area.left() + axisWidth, area.top() + g.legendHeight + metrics.height() / 2),
                QPoint(area.right(), area.bottom() - metrics.height() - 6));
    const qint64 days = m_first.isValid() ? std::max<qint64>(1, m_first.daysTo(m_last) + 1) : 1;
    g.dayWidth = double(g.plot.width()) / double(days);
    return g;
}

std::pair<QDate, QString> AuditActivityChart::hit(const QPoint &point) const
{
    if (m_total == 0 || !m_first.isValid())
        return {};
    const Geometry g = geometry();
    if (!g.plot.contains(point))
        return {};
    const int index = int((point.x() - g.plot.left()) / g.dayWidth);
    const QDate day = m_first.addDays(index);
    if (day > m_last)
        return {};
    // Segments stand on the bottom line in legend order.
    double top = g.plot.bottom();
    for (const Series &series : m_series) {
        const qint64 n = count(day, series.actor);
        if (n == 0)
            continue;
        const double height = double(g.plot.height()) * double(n) / double(g.scaleMax);
        if (point.y() <= top && point.y() >= top - height - 1)
            return { day, series.actor };
        top -= height;
    }
    return { day, QString() };
}

bool AuditActivityChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [day, actor] = hit(help->pos());
        if (!day.isValid()) {
            QToolTip::hideText();
        } else if (!actor.isEmpty()) {
            QToolTip::showText(help->globalPos(), segmentText(day, actor), this);
        } else {
            QToolTip::showText(help->globalPos(),
                               tr("%1: %Ln event(s)", nullptr, int(dayTotal(day)))
                                   .arg(QLocale().toString(day, QLocale::ShortFormat)),
                               this);
        }
        return true;
    }
    return QWidget::event(event);
}

void AuditActivityChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);

    if (!m_emptyText.isEmpty() || m_total == 0 || !m_first.isValid()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         !m_emptyText.isEmpty() ? m_emptyText : tr("No events in these days."));
        return;
    }

    const Geometry g = geometry();

    // Legend: the agents, in the order their segments stack.
    const int box = metrics.height() - 4;
    int x = area.left();
    int y = area.top();
    for (const Series &series : m_series) {
        const int itemWidth = box + 4 + metrics.horizontalAdvance(series.name) + kLegendGap;
        if (x > area.left() && x + itemWidth > area.right()) {
            x = area.left();
            y += metrics.height() + 4;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(series.colour);
        painter.drawRect(x, y + 2, box, box);
        painter.setPen(text);
        painter.drawText(QRect(x + box + 4, y, itemWidth - box - 4, metrics.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, series.name);
        x += itemWidth;
    }

    // Scale: 0, half and the top, with faint lines across.
    const QLocale locale;
    QList<qint64> marks { 0, g.scaleMax };
    if (g.scaleMax >= 2)
        marks.insert(1, g.scaleMax / 2);
    for (qint64 value : std::as_const(marks)) {
        const int lineY = g.plot.bottom()
            - int(std::lround(double(g.plot.height()) * double(value) / double(g.scaleMax)));
        painter.setPen(palette().color(QPalette::Midlight));
        painter.drawLine(g.plot.left(), lineY, g.plot.right(), lineY);
        painter.setPen(text);
        painter.drawText(QRect(area.left(), lineY - metrics.height() / 2,
                               g.plot.left() - area.left() - 6, metrics.height()),
                         Qt::AlignVCenter | Qt::AlignRight, locale.toString(value));
    }

    // Bars: a day's segments stacked from the bottom.
    const qint64 days = m_first.daysTo(m_last) + 1;
    const double barWidth = std::max(1.0, g.dayWidth * 0.75);
    for (qint64 i = 0; i < days; ++i) {
        const QDate day = m_first.addDays(i);
        const double left = g.plot.left() + double(i) * g.dayWidth + (g.dayWidth - barWidth) / 2;
        double top = g.plot.bottom() + 1;
        for (const Series &series : m_series) {
            const qint64 n = count(day, series.actor);
            if (n == 0)
                continue;
            const double height
                = std::max(1.0, double(g.plot.height()) * double(n) / double(g.scaleMax));
            painter.fillRect(QRectF(left, top - height, barWidth, height), series.colour);
            top -= height;
        }
    }

    // Day labels under the bars, as many as fit: the month's name where it changes.
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("30 MMM")) + 8;
    const int step = std::max(1, int(std::ceil(double(labelWidth) / g.dayWidth)));
    painter.setPen(text);
    int lastMonth = -1;
    for (qint64 i = 0; i < days; i += step) {
        const QDate day = m_first.addDays(i);
        const QString label = day.month() != lastMonth
            ? locale.toString(day, QStringLiteral("d MMM"))
            : locale.toString(day, QStringLiteral("d"));
        lastMonth = day.month();
        const double centre = g.plot.left() + (double(i) + 0.5) * g.dayWidth;
        painter.drawText(
            QRectF(centre - labelWidth / 2.0, g.plot.bottom() + 4, labelWidth, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, label);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(g.plot.left(), g.plot.bottom() + 1, g.plot.right(), g.plot.bottom() + 1);
}

} // namespace opc::ui
