#pragma once

#include "core/merge/Journal.h"
#include "core/merge/MergeModel.h"

#include <QString>
#include <QWidget>

class QLabel;

namespace opc::ui::merge_ui {

// Names a widget for tests (objectName) and for assistive technology (accessible name).
template<class W> W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

// "English", "Math": a subject shown alone (a table cell), translated.
QString subjectName(opc::merge::Subject subject);

// A one-character mark for a step or check state, readable without colour: ✓ ✗ ▶ ○ –.
QString stateMark(opc::merge::StepState state);
QString passMark(bool passed);

// How a mark reads: green for passed or done, red for failed, the text colour otherwise.
enum class Tone { Neutral, Good, Bad };
// Shows `mark` in `label` in the colour of `tone`, with `accessibleName` for screen readers.
void setMark(QLabel *label, const QString &mark, Tone tone, const QString &accessibleName);
Tone stateTone(opc::merge::StepState state);

// The page heading style used across the wizard (larger text, not bold).
void makeHeading(QWidget *label);

} // namespace opc::ui::merge_ui
