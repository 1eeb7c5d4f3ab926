#pragma once

#include "core/merge/Journal.h"
#include "core/merge/PreChecks.h"
#include "core/merge/Preview.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace opc::ops {
struct MergeCaseLoad;
}

namespace opc::cli {

class CommandContext;

// One line of `merge --json`: {"step":"<id>","status":"<status>", …the rest}. The step and its
// status lead the line (QJsonObject alone would sort them among the other keys).
QString mergeStepLine(const QString &step, const QString &status, const QJsonObject &rest);

// A planned step of the dry run, with its changes, texts and notes.
QString previewStepLine(const merge::StepPreview &step);

// The dry run for people. `lockProblem` is why the lock could not be looked up (then the lock
// check is shown as not checked); empty when it was.
void printPreviewText(const CommandContext &context, const ops::MergeCaseLoad &loaded,
                      const merge::DirectionPlan &plan, const QList<merge::CheckResult> &checks,
                      const QList<merge::StepPreview> &steps, const QString &lockProblem);

// A step of a real run, as the journal records it; `message` is what the step found or why it
// failed.
QString runStepLine(const merge::StepRecord &record, const QString &operationId,
                    const QString &message);
QString runStepText(int number, const merge::StepRecord &record, const QString &message);

} // namespace opc::cli
