#pragma once

#include "operations/audit/AuditReads.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

namespace opc::ui {

// Audit events per day per agent as stacked bars, drawn with QPainter as the funnel chart is:
// one bar per day of the range, a segment per agent in a colour of its own, a legend with the
// agents' names, a scale at the left. The tooltip names the day, the agent and the count; the
// accessible description sums the range up in words. Days without events keep their place.
class AuditActivityChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditActivityChart)

public:
    explicit AuditActivityChart(QWidget *parent = nullptr);

    // The days `first`..`last` (local days, inclusive) and their non-zero cells; `names` maps
    // user ids to display names.
    void setActivity(const QDate &first, const QDate &last,
                     const QList<ops::AuditActivityCell> &cells,
                     const QHash<QString, QString> &names);
    // New display names for the agents already shown.
    void setNames(const QHash<QString, QString> &names);
    // Shown instead of bars ("Loading…", a failure); forgets the data.
    void setEmptyText(const QString &text);

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    qint64 count(const QDate &day, const QString &actor) const;
    qint64 dayTotal(const QDate &day) const;
    qint64 total() const { return m_total; }
    QStringList actors() const; // in legend order
    // "12 Nov 2026, Анна Смирнова: 5 events"
    QString segmentText(const QDate &day, const QString &actor) const;
    QString summary() const; // the accessible description

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Series {
        QString actor;
        QString name;
        QColor colour;
    };
    struct Geometry {
        QRect plot; // where the bars stand
        int legendHeight = 0;
        double dayWidth = 0;
        qint64 scaleMax = 1;
    };
    Geometry geometry() const;
    int legendHeight(int width) const;
    // The day and agent under `point`; invalid day when none.
    std::pair<QDate, QString> hit(const QPoint &point) const;
    static qint64 niceCeiling(qint64 value);

    QDate m_first;
    QDate m_last;
    QList<Series> m_series;
    QHash<QDate, QHash<QString, qint64>> m_counts;
    qint64 m_total = 0;
    qint64 m_maxDay = 0;
    QString m_emptyText;
};

} // namespace opc::ui
