#pragma once

#include "core/merge/Preview.h"

#include <QMap>
#include <QTextBrowser>

namespace opc::ui {

// The merge's steps in order as readable text: each step's values before → after, the full
// text of every comment, teacher request and letter it writes, and its notes. Read-only and
// selectable, so the agent can copy any of it. Shows what the domain's preview says, nothing else.
class StepPreviewView final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepPreviewView)

public:
    explicit StepPreviewView(QWidget *parent = nullptr);

    // `outcomes` (optional) is shown after each step's title: how the run ended it.
    void setSteps(const QList<merge::StepPreview> &steps,
                  const QMap<merge::StepId, QString> &outcomes = {});
    int stepCount() const { return m_stepCount; }

private:
    int m_stepCount = 0;
};

// "Comment", "Teacher request", "Letter": the kind of a written text, translated.
QString writtenKindName(merge::WrittenText::Kind kind);

} // namespace opc::ui
