#include "ui/merge/PreviewStep.h"

#include "ui/merge/MergeUi.h"
#include "ui/merge/StepPreviewView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace opc::ui {

PreviewStep::PreviewStep(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_resumeNote(new QLabel(this)),
      m_view(new StepPreviewView(this))
{
    setObjectName(QStringLiteral("mergePreviewStep"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_resumeNote->setObjectName(QStringLiteral("previewResumeNote"));
    m_resumeNote->setWordWrap(true);
    m_resumeNote->hide();
    merge_ui::named(m_view, QStringLiteral("mergePreviewView"), tr("What the merge will do"));
    m_view->setAccessibleDescription(
        tr("Every step in order, with the values before and after and every text it writes."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_resumeNote);
    layout->addWidget(m_view, 1);
}

void PreviewStep::setPreview(const merge::DirectionPlan &plan,
                             const QList<merge::StepPreview> &steps)
{
    m_summary->setText(tr("%1: account %2 moves into account %3. This is what the merge will do, "
                          "step by step, in this order. Nothing has changed yet: the button below "
                          "begins.")
                           .arg(merge::directionDisplayName(plan.direction))
                           .arg(plan.source.id)
                           .arg(plan.target.id));
    m_view->setSteps(steps);
}

void PreviewStep::setResumeNote(const QString &operationId)
{
    m_resumeNote->setText(
        operationId.isEmpty()
            ? QString()
            : tr("Your merge %1 is already registered on these accounts: it is resumed where it "
                 "stopped instead of starting again.")
                  .arg(operationId));
    m_resumeNote->setVisible(!operationId.isEmpty());
}

} // namespace opc::ui
