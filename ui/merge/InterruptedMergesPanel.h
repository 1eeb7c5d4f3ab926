#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace opc::ops {
class MergeJournalStore;
}

namespace opc::ui {

class BusyIndicator;

// "Interrupted merges" at the start of the Merge page: the merges this computer's journal holds
// that were not finished (a failed step left for later, a crash, a lost network), with where
// each continues. Resume hands the chosen one to the run. Hidden when there are none.
class InterruptedMergesPanel final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptedMergesPanel)

public:
    explicit InterruptedMergesPanel(QWidget *parent = nullptr);

    // Reads the list again (asynchronously) from `journal`.
    void refresh(ops::MergeJournalStore *journal);
    // Resume is offered only while nothing else runs.
    void setResumeAllowed(bool allowed);
    int count() const;

Q_SIGNALS:
    void resumeRequested(const QString &operationId);

private:
    void updateButton();

    QTreeWidget *m_list;
    QPushButton *m_resumeButton;
    BusyIndicator *m_busy;
    QLabel *m_error;
    bool m_resumeAllowed = true;
    int m_generation = 0;
};

} // namespace opc::ui
