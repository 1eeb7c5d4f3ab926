#pragma once

#include "core/Role.h"
#include "operations/merge/MergeRun.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {
class AuditRecorder;
class MergeJournalStore;
} // namespace opc::ops

namespace opc::ui {

class DirectionStep;
class FindStep;
class InterruptedMergesPanel;
class PreChecksStep;
class PreviewStep;
class RunStep;
class SummaryStep;

// What the wizard works with; all must outlive it.
struct MergeWizardServices {
    crm::CrmClient *client = nullptr;
    ops::AuditRecorder *audit = nullptr;
    ops::MergeJournalStore *journal = nullptr; // opened by the wizard
    QString agentId;
    std::optional<Role> role;
};

// The KIDS account merge wizard: Find → Direction → Pre-checks → Preview → Run → Summary, with
// the "Interrupted merges" list at the start. Direction comes before the pre-checks because the
// checks are about the direction's target account (is it empty, does it have a request, is it
// locked). The pages show what the merge operation (ops::MergeRun) and the domain produce; every
// CRM and disk call is asynchronous, with a busy line while it runs.
class MergeWizard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeWizard)

public:
    enum class Page { Find, Direction, PreChecks, Preview, Run, Summary };

    explicit MergeWizard(const MergeWizardServices &services, QWidget *parent = nullptr);
    ~MergeWizard() override;

    Page currentPage() const;
    ops::MergeRun *run() const { return m_run; }

private:
    void goTo(Page page);
    void next();
    void back();
    void startMerge();
    void resumeMerge(const QString &operationId);
    void followRun(ops::MergeRun *run);
    void leaveRun();
    void newMerge();
    void updateNavigation();
    void updateIndicator();
    void refreshInterrupted();

    MergeWizardServices m_services;
    QLabel *m_indicator;
    QStackedWidget *m_stack;
    InterruptedMergesPanel *m_interrupted;
    FindStep *m_find;
    DirectionStep *m_direction;
    PreChecksStep *m_preChecks;
    PreviewStep *m_preview;
    RunStep *m_runStep;
    SummaryStep *m_summary;
    QLabel *m_journalError;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_start;
    QPointer<ops::MergeRun> m_run;
    bool m_journalReady = false;
    QString m_journalOpenError;
};

} // namespace opc::ui
