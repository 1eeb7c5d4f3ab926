#pragma once

#include "operations/leads/Funnels.h"

#include <QList>
#include <QWidget>

namespace opc::ui {

// A funnel's stages as horizontal bars, drawn with QPainter (Qt Charts is not available): per
// stage its name, a bar for the number of deals in it and a thinner one for their amount, each
// scaled to the largest stage, and the numbers in a column at the right. In-process stages in the
// highlight colour, the success stage green, the failed stage red. A tooltip and the accessible
// description say the same in words.
class FunnelChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelChart)

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setStages(const QList<ops::StageSummary> &stages);
    const QList<ops::StageSummary> &stages() const { return m_stages; }
    // Shown instead of bars while there are no stages ("Loading…", a failure).
    void setEmptyText(const QString &text);

    // "Новый: 3 deals, 12 000,00 ₽" for stage `index`.
    QString stageText(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    int legendHeight() const;
    int stageAt(const QPoint &point) const;
    QColor colourOf(leads::StageKind kind) const;

    QList<ops::StageSummary> m_stages;
    QString m_emptyText;
};

} // namespace opc::ui
