#pragma once

#include "core/merge/Journal.h"
#include "core/merge/Steps.h"
#include "operations/merge/MergeRun.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace opc::ui {

class BusyIndicator;

// Step 5 of the merge wizard: the nine steps as a checklist with each one's live state, the
// reason under a step that failed, Retry when the run failed, the price-set question when the
// run waits for it. Nothing here can skip or reorder a step: the run decides what runs next.
class RunStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStep)

public:
    explicit RunStep(QWidget *parent = nullptr);

    // Follows `run` (null: none) from its current state on.
    void setRun(ops::MergeRun *run);

Q_SIGNALS:
    // The agent leaves the run: after it was refused, or to come back to it later (it is then
    // in the "Interrupted merges" list).
    void closeRequested();

private:
    struct Row {
        QLabel *mark;
        QLabel *title;
        QLabel *state;
        QLabel *reason;
    };

    void showStep(merge::StepId step, merge::StepState state);
    void refreshAll();
    void showRunState();

    QPointer<ops::MergeRun> m_run;
    QLabel *m_operation;
    BusyIndicator *m_busy;
    QMap<merge::StepId, Row> m_rows;
    QLabel *m_stateLabel;
    QPushButton *m_retry;
    QPushButton *m_copyPriceSet;
    QPushButton *m_keepPriceSet;
    QPushButton *m_close;
};

} // namespace opc::ui
