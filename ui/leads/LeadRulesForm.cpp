#include "ui/leads/LeadRulesForm.h"

#include "ui/leads/LeadsUi.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;

LeadRulesForm::LeadRulesForm(QWidget *parent)
    : QWidget(parent), m_byPhone(new QCheckBox(tr("With the same &phone number"), this)),
      m_byEmail(new QCheckBox(tr("With the same &e-mail"), this)), m_period(new QSpinBox(this)),
      m_onlyInProcessing(new QCheckBox(tr("Only deals still in p&rocessing count"), this)),
      m_task(new QRadioButton(tr("Create a &task in the existing deal"), this)),
      m_comment(new QRadioButton(tr("Create a c&omment in the existing deal"), this))
{
    setObjectName(QStringLiteral("leadRulesForm"));
    auto *intro
        = new QLabel(tr("Do not create a new deal when an open deal matches the lead:"), this);
    intro->setWordWrap(true);
    named(m_byPhone, QStringLiteral("duplicateByPhoneCheck"), tr("Same phone number"));
    named(m_byEmail, QStringLiteral("duplicateByEmailCheck"), tr("Same e-mail"));

    named(m_period, QStringLiteral("duplicatePeriodSpin"), tr("Period in days"));
    m_period->setRange(0, leads::kMaxPeriodDays);
    // Its text field takes the focus: named too, for screen readers and tests.
    if (auto *edit = m_period->findChild<QLineEdit *>())
        named(edit, QStringLiteral("duplicatePeriodEdit"), tr("Period in days"));
    m_period->setSuffix(tr(" days"));
    // 0 is a real setting with a meaning of its own: say it instead of "0 days".
    m_period->setSpecialValueText(tr("0 (the last %1 days)").arg(leads::kDefaultPeriodDays));
    m_period->setAccessibleDescription(
        tr("Deals created within this many days count; 0 means the last %1 days.")
            .arg(leads::kDefaultPeriodDays));
    auto *periodCaption = new QLabel(tr("Count deals of the last:"), this);
    periodCaption->setBuddy(m_period);

    named(m_onlyInProcessing, QStringLiteral("duplicateOnlyInProcessingCheck"),
          tr("Only deals still in processing count"));
    m_onlyInProcessing->setToolTip(tr("Closed deals (paid or cancelled) are not duplicates."));

    auto *actionCaption = new QLabel(tr("On a duplicate lead:"), this);
    named(m_task, QStringLiteral("duplicateActionTaskRadio"), tr("Create a task"));
    named(m_comment, QStringLiteral("duplicateActionCommentRadio"), tr("Create a comment"));
    auto *actions = new QButtonGroup(this);
    actions->addButton(m_task);
    actions->addButton(m_comment);
    m_comment->setChecked(true);

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(periodCaption);
    periodRow->addWidget(m_period);
    periodRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_byPhone);
    layout->addWidget(m_byEmail);
    layout->addLayout(periodRow);
    layout->addWidget(m_onlyInProcessing);
    layout->addSpacing(6);
    layout->addWidget(actionCaption);
    layout->addWidget(m_task);
    layout->addWidget(m_comment);

    for (QCheckBox *box : { m_byPhone, m_byEmail, m_onlyInProcessing })
        connect(box, &QCheckBox::toggled, this, &LeadRulesForm::changed);
    connect(m_period, &QSpinBox::valueChanged, this, &LeadRulesForm::changed);
    connect(m_task, &QRadioButton::toggled, this, &LeadRulesForm::changed);
}

leads::DuplicateSettings LeadRulesForm::settings() const
{
    leads::DuplicateSettings settings;
    settings.byPhone = m_byPhone->isChecked();
    settings.byEmail = m_byEmail->isChecked();
    settings.periodDays = m_period->value();
    settings.onlyInProcessing = m_onlyInProcessing->isChecked();
    settings.action
        = m_task->isChecked() ? leads::DuplicateAction::Task : leads::DuplicateAction::Comment;
    return settings;
}

void LeadRulesForm::setSettings(const leads::DuplicateSettings &settings)
{
    const QSignalBlocker blocker(this);
    m_byPhone->setChecked(settings.byPhone);
    m_byEmail->setChecked(settings.byEmail);
    m_period->setValue(settings.periodDays);
    m_onlyInProcessing->setChecked(settings.onlyInProcessing);
    (settings.action == leads::DuplicateAction::Task ? m_task : m_comment)->setChecked(true);
}

} // namespace opc::ui
