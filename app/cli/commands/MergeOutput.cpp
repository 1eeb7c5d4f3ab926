#include "cli/commands/MergeOutput.h"

#include "cli/CommandContext.h"
#include "operations/merge/MergeCaseLoader.h"
#include "operations/merge/MergeRun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace opc::cli {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct MergeCommandText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::MergeCommand)
};

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

QString mergeStepLine(const QString &step, const QString &status, const QJsonObject &rest)
{
    QString line
        = QStringLiteral("{\"step\":%1,\"status\":%2").arg(jsonString(step), jsonString(status));
    if (!rest.isEmpty()) {
        const QByteArray tail = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        line += QLatin1Char(',') + QString::fromUtf8(tail.mid(1, tail.size() - 2));
    }
    return line + QLatin1Char('}');
}

QString previewStepLine(const merge::StepPreview &step)
{
    QJsonArray changes;
    for (const merge::ValueChange &change : step.changes) {
        changes.append(QJsonObject { { QStringLiteral("field"), change.field },
                                     { QStringLiteral("label"), change.label },
                                     { QStringLiteral("before"), change.before },
                                     { QStringLiteral("after"), change.after } });
    }
    QJsonArray texts;
    for (const merge::WrittenText &written : step.texts) {
        texts.append(
            QJsonObject { { QStringLiteral("kind"), merge::writtenKindToWire(written.kind) },
                          { QStringLiteral("where"), written.where },
                          { QStringLiteral("text"), written.text } });
    }
    return mergeStepLine(merge::stepIdToWire(step.step), QStringLiteral("planned"),
                         { { QStringLiteral("title"), step.title },
                           { QStringLiteral("changes"), changes },
                           { QStringLiteral("texts"), texts },
                           { QStringLiteral("notes"), QJsonArray::fromStringList(step.notes) } });
}

void printPreviewText(const CommandContext &context, const ops::MergeCaseLoad &loaded,
                      const merge::DirectionPlan &plan, const QList<merge::CheckResult> &checks,
                      const QList<merge::StepPreview> &steps, const QString &lockProblem)
{
    context.print(MergeCommandText::tr("Dry run of the merge for student %1 “%2”: nothing is changed in the "
                     "CRM and no merge is registered.")
                      .arg(loaded.studentId)
                      .arg(loaded.studentName));
    context.print(
        QStringLiteral("%1: %2").arg(merge::directionDisplayName(plan.direction), plan.loss));
    context.print(QString());
    context.print(MergeCommandText::tr("Pre-checks:"));
    for (const merge::CheckResult &check : checks) {
        if (check.id == merge::check::noMergeRunning && !lockProblem.isEmpty()) {
            context.print(
                QStringLiteral("  [%1] %2")
                    .arg(MergeCommandText::tr("not checked"),
                         MergeCommandText::tr("Whether another merge holds these accounts could not be asked: %1")
                             .arg(lockProblem)));
            continue;
        }
        context.print(
            QStringLiteral("  [%1] %2").arg(check.passed ? MergeCommandText::tr("ok") : MergeCommandText::tr("failed"), check.reason));
    }
    context.print(QString());
    context.print(MergeCommandText::tr("Steps, in the order they run:"));
    for (int i = 0; i < steps.size(); ++i) {
        const merge::StepPreview &step = steps.at(i);
        context.print(QStringLiteral("%1. %2 [%3]")
                          .arg(i + 1)
                          .arg(step.title, merge::stepIdToWire(step.step)));
        for (const merge::ValueChange &change : step.changes)
            context.print(
                QStringLiteral("   %1: %2 → %3").arg(change.label, change.before, change.after));
        for (const QString &note : step.notes)
            context.print(QStringLiteral("   %1").arg(MergeCommandText::tr("Note: %1").arg(note)));
        for (const merge::WrittenText &written : step.texts) {
            context.print(QStringLiteral("   %1:").arg(written.where));
            for (const QString &line : written.text.split(QLatin1Char('\n')))
                context.print(QStringLiteral("     | %1").arg(line));
        }
    }
}

QString runStepLine(const merge::StepRecord &record, const QString &operationId,
                    const QString &message)
{
    QJsonObject rest { { QStringLiteral("attempts"), record.attempts },
                       { QStringLiteral("operation_id"), operationId } };
    if (!message.isEmpty())
        rest.insert(record.state == merge::StepState::Failed ? QStringLiteral("error")
                                                             : QStringLiteral("message"),
                    message);
    return mergeStepLine(merge::stepIdToWire(record.step), merge::stepStateToWire(record.state),
                         rest);
}

QString runStepText(int number, const merge::StepRecord &record, const QString &message)
{
    QString line = QStringLiteral("%1. %2 [%3]: %4")
                       .arg(number)
                       .arg(merge::stepTitle(record.step), merge::stepIdToWire(record.step),
                            ops::stepStateDisplayName(record.state));
    if (!message.isEmpty())
        line += QStringLiteral(" — ") + message;
    return line;
}

} // namespace opc::cli
