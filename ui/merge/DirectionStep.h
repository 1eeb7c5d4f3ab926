#pragma once

#include "core/merge/Direction.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace opc::ui {

// Step 2 of the merge wizard: the student chooses which pair survives. Each choice says in one
// plain sentence what the student loses; a direction the accounts do not allow says why.
class DirectionStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectionStep)

public:
    explicit DirectionStep(QWidget *parent = nullptr);

    // A new student: nothing is chosen until the agent chooses.
    void setCase(const merge::MergeCase &mergeCase);
    std::optional<merge::Direction> direction() const;
    // The accounts of the chosen direction.
    std::optional<merge::DirectionPlan> plan() const;

Q_SIGNALS:
    void directionChanged();

private:
    struct Choice {
        merge::Direction direction;
        QRadioButton *button;
        QLabel *loss;
        std::optional<merge::DirectionPlan> plan;
    };

    QButtonGroup *m_group;
    QList<Choice> m_choices;
};

} // namespace opc::ui
