#pragma once

#include "core/leads/DuplicateRules.h"

#include <QWidget>

class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace opc::ui {

// The duplicate rules of seed 001 as a form: which contacts make a duplicate (phone, e-mail),
// over how many days (0 = the last 90), whether only deals in processing count, and whether a
// duplicate adds a task or a comment to the existing deal.
class LeadRulesForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadRulesForm)

public:
    explicit LeadRulesForm(QWidget *parent = nullptr);

    leads::DuplicateSettings settings() const;
    void setSettings(const leads::DuplicateSettings &settings); // emits nothing

Q_SIGNALS:
    void changed(); // the user changed a rule

private:
    QCheckBox *m_byPhone;
    QCheckBox *m_byEmail;
    QSpinBox *m_period;
    QCheckBox *m_onlyInProcessing;
    QRadioButton *m_task;
    QRadioButton *m_comment;
};

} // namespace opc::ui
