#include "ui/merge/MergeUi.h"

#include <QCoreApplication>
#include <QFont>
#include <QLabel>

namespace opc::ui::merge_ui {

QString subjectName(opc::merge::Subject subject)
{
    return subject == opc::merge::Subject::English
        ? QCoreApplication::translate("opc::ui::MergeUi", "English")
        : QCoreApplication::translate("opc::ui::MergeUi", "Math");
}

QString stateMark(opc::merge::StepState state)
{
    switch (state) {
    case opc::merge::StepState::Planned:
        return QStringLiteral("○");
    case opc::merge::StepState::Running:
        return QStringLiteral("▶");
    case opc::merge::StepState::Done:
        return QStringLiteral("✓");
    case opc::merge::StepState::Skipped:
        return QStringLiteral("–");
    case opc::merge::StepState::Failed:
        return QStringLiteral("✗");
    }
    return {};
}

QString passMark(bool passed)
{
    return passed ? QStringLiteral("✓") : QStringLiteral("✗");
}

void setMark(QLabel *label, const QString &mark, Tone tone, const QString &accessibleName)
{
    label->setText(mark);
    label->setAccessibleName(accessibleName);
    // Fixed, readable on the light and the dark palette alike; the mark itself carries the
    // meaning for those who do not see colour.
    switch (tone) {
    case Tone::Good:
        label->setStyleSheet(QStringLiteral("color: #2e8b3d;"));
        break;
    case Tone::Bad:
        label->setStyleSheet(QStringLiteral("color: #d0312d;"));
        break;
    case Tone::Neutral:
        label->setStyleSheet(QString());
        break;
    }
}

Tone stateTone(opc::merge::StepState state)
{
    switch (state) {
    case opc::merge::StepState::Done:
    case opc::merge::StepState::Skipped:
        return Tone::Good;
    case opc::merge::StepState::Failed:
        return Tone::Bad;
    case opc::merge::StepState::Planned:
    case opc::merge::StepState::Running:
        return Tone::Neutral;
    }
    return Tone::Neutral;
}

void makeHeading(QWidget *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
}

} // namespace opc::ui::merge_ui
