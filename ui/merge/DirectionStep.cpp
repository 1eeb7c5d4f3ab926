#include "ui/merge/DirectionStep.h"

#include "ui/merge/MergeUi.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace opc::ui {

using merge_ui::named;

DirectionStep::DirectionStep(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("mergeDirectionStep"));
    auto *intro = new QLabel(tr("Ask the student which pair of accounts to keep. The other "
                                "subject's working account moves into the kept pair."),
                             this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (merge::Direction direction :
         { merge::Direction::KeepEnglish, merge::Direction::KeepMath }) {
        const QString wire = merge::directionToWire(direction);
        auto *button
            = named(new QRadioButton(merge::directionDisplayName(direction), this),
                    wire + QStringLiteral("Radio"), merge::directionDisplayName(direction));
        auto *loss = new QLabel(this);
        loss->setObjectName(wire + QStringLiteral("Loss"));
        loss->setWordWrap(true);
        loss->setContentsMargins(indent, 0, 0, 0);
        m_group->addButton(button);
        layout->addSpacing(8);
        layout->addWidget(button);
        layout->addWidget(loss);
        m_choices.append({ direction, button, loss, std::nullopt });
    }
    layout->addStretch();
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            Q_EMIT directionChanged();
    });
}

void DirectionStep::setCase(const merge::MergeCase &mergeCase)
{
    // An exclusive group keeps one button checked; clearing the choice needs it off for a moment.
    m_group->setExclusive(false);
    for (Choice &choice : m_choices) {
        QString reason;
        choice.plan = merge::resolveDirection(mergeCase, choice.direction, &reason);
        choice.button->setChecked(false);
        choice.button->setEnabled(choice.plan.has_value());
        const QString text = choice.plan ? choice.plan->loss
                                         : tr("Not possible for these accounts: %1").arg(reason);
        choice.loss->setText(text);
        choice.button->setAccessibleDescription(text);
    }
    m_group->setExclusive(true);
    Q_EMIT directionChanged();
}

std::optional<merge::Direction> DirectionStep::direction() const
{
    for (const Choice &choice : m_choices) {
        if (choice.button->isChecked() && choice.plan)
            return choice.direction;
    }
    return std::nullopt;
}

std::optional<merge::DirectionPlan> DirectionStep::plan() const
{
    for (const Choice &choice : m_choices) {
        if (choice.button->isChecked())
            return choice.plan;
    }
    return std::nullopt;
}

} // namespace opc::ui
