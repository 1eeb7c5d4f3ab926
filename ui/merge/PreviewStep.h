#pragma once

#include "core/merge/Preview.h"

#include <QWidget>

class QLabel;

namespace opc::ui {

class StepPreviewView;

// Step 4 of the merge wizard: the dry run. Every step in its order with the exact values before
// → after and every text it writes. Nothing is changed until the agent presses Start merge.
class PreviewStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewStep)

public:
    explicit PreviewStep(QWidget *parent = nullptr);

    void setPreview(const merge::DirectionPlan &plan, const QList<merge::StepPreview> &steps);
    // Shown when the agent's own registered merge will be resumed instead of started.
    void setResumeNote(const QString &operationId);

private:
    QLabel *m_summary;
    QLabel *m_resumeNote;
    StepPreviewView *m_view;
};

} // namespace opc::ui
