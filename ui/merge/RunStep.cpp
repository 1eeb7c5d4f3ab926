#include "ui/merge/RunStep.h"

#include "ui/merge/BusyIndicator.h"
#include "ui/merge/MergeUi.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace opc::ui {

using merge_ui::named;

RunStep::RunStep(QWidget *parent)
    : QWidget(parent), m_operation(new QLabel(this)), m_busy(new BusyIndicator(this)),
      m_stateLabel(new QLabel(this)), m_retry(new QPushButton(tr("&Retry"), this)),
      m_copyPriceSet(new QPushButton(tr("&Copy the old request's price set"), this)),
      m_keepPriceSet(new QPushButton(tr("&Keep as is"), this)),
      m_close(new QPushButton(tr("Leave for &later"), this))
{
    setObjectName(QStringLiteral("mergeRunStep"));
    m_operation->setObjectName(QStringLiteral("runOperationLabel"));
    m_operation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_operation->setAccessibleName(tr("Operation"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(2, 1);
    const QLocale locale;
    int row = 0;
    int number = 0;
    for (merge::StepId step : merge::stepOrder()) {
        const QString wire = merge::stepIdToWire(step);
        auto *mark = new QLabel(this);
        mark->setObjectName(QStringLiteral("runStepMark-") + wire);
        mark->setAlignment(Qt::AlignCenter);
        mark->setMinimumWidth(mark->fontMetrics().horizontalAdvance(QStringLiteral("✓✓")));
        auto *title
            = new QLabel(tr("%1. %2").arg(locale.toString(++number), merge::stepTitle(step)), this);
        title->setObjectName(QStringLiteral("runStepTitle-") + wire);
        auto *state = new QLabel(this);
        state->setObjectName(QStringLiteral("runStepState-") + wire);
        auto *reason = new QLabel(this);
        reason->setObjectName(QStringLiteral("runStepReason-") + wire);
        reason->setWordWrap(true);
        reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
        reason->setAccessibleName(merge::stepTitle(step));
        reason->hide();
        grid->addWidget(mark, row, 0, Qt::AlignTop);
        grid->addWidget(title, row, 1, Qt::AlignTop);
        grid->addWidget(state, row, 2, Qt::AlignTop);
        grid->addWidget(reason, row + 1, 1, 1, 2);
        m_rows.insert(step, { mark, title, state, reason });
        row += 2;
    }

    m_stateLabel->setObjectName(QStringLiteral("runStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setAccessibleName(tr("Merge state"));
    named(m_retry, QStringLiteral("retryButton"), tr("Retry"));
    m_retry->setToolTip(tr("Run the failed part again; the finished steps are not repeated."));
    named(m_copyPriceSet, QStringLiteral("copyPriceSetButton"),
          tr("Copy the old request's price set"));
    named(m_keepPriceSet, QStringLiteral("keepPriceSetButton"), tr("Keep as is"));
    named(m_close, QStringLiteral("runCloseButton"), tr("Leave for later"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_copyPriceSet);
    buttons->addWidget(m_keepPriceSet);
    buttons->addStretch();
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_operation);
    layout->addSpacing(4);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_busy);
    layout->addWidget(m_stateLabel);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->retry();
    });
    connect(m_copyPriceSet, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->decidePriceSet(true);
    });
    connect(m_keepPriceSet, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->decidePriceSet(false);
    });
    connect(m_close, &QPushButton::clicked, this, &RunStep::closeRequested);
    setRun(nullptr);
}

void RunStep::setRun(ops::MergeRun *run)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    if (m_run) {
        connect(m_run, &ops::MergeRun::stepChanged, this, &RunStep::showStep);
        connect(m_run, &ops::MergeRun::stateChanged, this, [this] {
            refreshAll();
            showRunState();
        });
    }
    refreshAll();
    showRunState();
}

void RunStep::showStep(merge::StepId step, merge::StepState state)
{
    const auto row = m_rows.constFind(step);
    if (row == m_rows.constEnd())
        return;
    // One read of the guarded pointer: the compiler cannot know two reads agree.
    const ops::MergeRun *run = m_run.data();
    // The journal records a step waiting for the agent's answer as failed; it asks, not fails.
    const bool asking = state == merge::StepState::Failed && run
        && run->state() == ops::MergeRunState::WaitingForDecision;
    const QString stateText
        = asking ? tr("waiting for your decision") : ops::stepStateDisplayName(state);
    merge_ui::setMark(row->mark, asking ? QStringLiteral("?") : merge_ui::stateMark(state),
                      asking ? merge_ui::Tone::Neutral : merge_ui::stateTone(state), stateText);
    row->state->setText(stateText);
    row->state->setProperty("stepState", merge::stepStateToWire(state));
    QString reason;
    if (run) {
        reason = run->stepMessage(step);
        if (reason.isEmpty() && state == merge::StepState::Failed && run->hasJournal())
            reason = run->journal().record(step).error;
    }
    if (state == merge::StepState::Running || state == merge::StepState::Planned)
        reason.clear();
    const bool failed = state == merge::StepState::Failed && !asking;
    row->reason->setText(failed && !reason.isEmpty() ? tr("Failed: %1").arg(reason) : reason);
    row->reason->setVisible(!reason.isEmpty());
    row->reason->setStyleSheet(failed ? QStringLiteral("color: #d0312d;") : QString());
    // The running and the failed step stand out; the rest reads quietly.
    QFont font = row->title->font();
    font.setUnderline(state == merge::StepState::Running || state == merge::StepState::Failed);
    row->title->setFont(font);
}

void RunStep::refreshAll()
{
    const ops::MergeRun *run = m_run.data();
    for (merge::StepId step : merge::stepOrder()) {
        merge::StepState state = merge::StepState::Planned;
        if (run && run->hasJournal())
            state = run->journal().record(step).state;
        showStep(step, state);
    }
}

void RunStep::showRunState()
{
    const ops::MergeRun *run = m_run.data();
    if (!run) {
        m_busy->setIdle();
        m_operation->clear();
        for (QWidget *widget :
             { static_cast<QWidget *>(m_stateLabel), static_cast<QWidget *>(m_retry),
               static_cast<QWidget *>(m_copyPriceSet), static_cast<QWidget *>(m_keepPriceSet),
               static_cast<QWidget *>(m_close) })
            widget->hide();
        return;
    }
    const ops::MergeRunState state = run->state();
    const QString message = run->message();
    m_operation->setText(!run->operationId().isEmpty() ? tr("Operation %1").arg(run->operationId())
                                                       : QString());
    QString text;
    switch (state) {
    case ops::MergeRunState::Idle:
        m_busy->setIdle();
        break;
    case ops::MergeRunState::Registering:
        m_busy->setBusy(tr("Registering the merge on the CRM…"));
        break;
    case ops::MergeRunState::Running: {
        QString title;
        if (run->hasJournal()) {
            if (const auto step = run->journal().resumeStep())
                title = merge::stepTitle(*step);
        }
        m_busy->setBusy(title.isEmpty() ? tr("Running…") : tr("Running: %1").arg(title));
        break;
    }
    case ops::MergeRunState::Failed: {
        m_busy->setIdle();
        // A failed step shows its reason under it; the registration or the closing has no row.
        std::optional<merge::StepId> failed;
        if (run->hasJournal()) {
            if (const auto step = run->journal().resumeStep();
                step && run->journal().record(*step).state == merge::StepState::Failed)
                failed = step;
        }
        const QString where = failed && message == run->stepMessage(*failed)
            ? tr("The merge stopped at “%1”; the reason is shown under the step.")
                  .arg(merge::stepTitle(*failed))
            : tr("The merge stopped: %1").arg(message);
        text = tr("%1\nFix the cause if you can, then press Retry: the steps already done are "
                  "not repeated. Or leave it and resume it later from the Merge page.")
                   .arg(where);
        break;
    }
    case ops::MergeRunState::WaitingForDecision: {
        m_busy->setIdle();
        const bool shown = run->hasJournal() && run->journal().resumeStep()
            && message == run->stepMessage(*run->journal().resumeStep());
        text = shown ? tr("Copy the old request's price set and region to the new request, or "
                          "keep them as they are?")
                     : tr("%1\nCopy the old request's price set and region to the new request, "
                          "or keep them as they are?")
                           .arg(message);
        break;
    }
    case ops::MergeRunState::Refused:
        m_busy->setIdle();
        text = tr("The merge was refused: %1").arg(message);
        break;
    case ops::MergeRunState::Finishing:
        m_busy->setBusy(tr("Closing the merge on the CRM…"));
        break;
    case ops::MergeRunState::Completed:
        m_busy->setIdle();
        text = tr("The merge is complete.");
        break;
    }
    m_stateLabel->setText(text);
    m_stateLabel->setVisible(!text.isEmpty());
    m_retry->setVisible(state == ops::MergeRunState::Failed);
    m_copyPriceSet->setVisible(state == ops::MergeRunState::WaitingForDecision);
    m_keepPriceSet->setVisible(state == ops::MergeRunState::WaitingForDecision);
    const bool closable = state == ops::MergeRunState::Failed
        || state == ops::MergeRunState::WaitingForDecision || state == ops::MergeRunState::Refused;
    m_close->setVisible(closable);
    m_close->setText(state == ops::MergeRunState::Refused ? tr("&Start over")
                                                          : tr("Leave for &later"));
    m_close->setAccessibleName(state == ops::MergeRunState::Refused ? tr("Start over")
                                                                    : tr("Leave for later"));
    if (state == ops::MergeRunState::Failed)
        m_retry->setFocus(Qt::OtherFocusReason);
}

} // namespace opc::ui
