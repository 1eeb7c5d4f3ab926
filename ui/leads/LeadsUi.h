#pragma once

#include "core/leads/LeadInput.h"

#include <QDateTime>
#include <QString>

class QComboBox;
class QLabel;
class QWidget;

namespace opc::ui::leads_ui {

// Names a widget for tests (objectName) and for assistive technology (accessible name).
template<class W> W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

// Names a combo box and its popup list (which takes focus too), as named() does.
QComboBox *namedCombo(QComboBox *combo, const QString &objectName, const QString &accessibleName);

// "Call", "Form": the lead's type for people, translated.
QString leadTypeName(opc::leads::LeadType type);

// "google / cpc", "google", "—": where a lead came from, as one cell.
QString sourceAndMedium(const QString &source, const QString &medium);

// How long ago `since` was, short: "45 s", "12 min", "3 h", "2 d". Empty when `since` is invalid.
QString age(const QDateTime &since, const QDateTime &now);

// The colours of a message: the text colour, or the failure colour (readable on light and dark
// palettes; the words carry the meaning for those who do not see colour).
enum class Tone { Neutral, Good, Bad };
void setMessage(QLabel *label, const QString &text, Tone tone = Tone::Neutral);

// The section heading style (larger text, not bold), as the merge wizard's.
void makeHeading(QWidget *label);

} // namespace opc::ui::leads_ui
