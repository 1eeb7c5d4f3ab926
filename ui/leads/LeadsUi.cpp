#include "ui/leads/LeadsUi.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFont>
#include <QLabel>

namespace opc::ui::leads_ui {

namespace {

struct LeadsUiText {
    Q_DECLARE_TR_FUNCTIONS(opc::ui::LeadsUi)
};

} // namespace

QComboBox *namedCombo(QComboBox *combo, const QString &objectName, const QString &accessibleName)
{
    named(combo, objectName, accessibleName);
    named(combo->view(), objectName + QStringLiteral("List"), accessibleName);
    return combo;
}

QString leadTypeName(opc::leads::LeadType type)
{
    return type == opc::leads::LeadType::Call ? LeadsUiText::tr("Call") : LeadsUiText::tr("Form");
}

QString sourceAndMedium(const QString &source, const QString &medium)
{
    if (source.isEmpty() && medium.isEmpty())
        return QStringLiteral("—");
    if (medium.isEmpty())
        return source;
    if (source.isEmpty())
        return medium;
    return source + QStringLiteral(" / ") + medium;
}

QString age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return LeadsUiText::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return LeadsUiText::tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return LeadsUiText::tr("%1 h").arg(seconds / 3600);
    return LeadsUiText::tr("%1 d").arg(seconds / 86400);
}

void setMessage(QLabel *label, const QString &text, Tone tone)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setProperty("tone",
                       tone == Tone::Bad        ? QStringLiteral("bad")
                           : tone == Tone::Good ? QStringLiteral("good")
                                                : QStringLiteral("neutral"));
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

void makeHeading(QWidget *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
}

} // namespace opc::ui::leads_ui
