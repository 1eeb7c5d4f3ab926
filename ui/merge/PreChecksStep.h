#pragma once

#include "core/Role.h"
#include "core/merge/PreChecks.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class BusyIndicator;

// Step 3 of the merge wizard: every pre-check with pass or fail and its reason, the required
// "student was warned" confirmation, and the CRM's merge lock on the target account (asked each
// time the step is shown, and again on request). The merge may go on only when all pass.
class PreChecksStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreChecksStep)

public:
    PreChecksStep(crm::CrmClient *client, QString agentId, std::optional<Role> role,
                  QWidget *parent = nullptr);

    // Runs the checks for `direction` and asks the CRM for the lock. The warning confirmation
    // is cleared when the student or the direction changed since the last time.
    void check(const merge::MergeCase &mergeCase, const merge::DirectionPlan &plan);
    // Forgets the student, the direction and the confirmation: a new merge attempt begins.
    void reset();
    bool allPassed() const;
    bool isBusy() const;
    // The agent's own merge registered on these accounts (resumed, not started again), or empty.
    QString ownOperationId() const;

Q_SIGNALS:
    void resultChanged();

private:
    struct Row {
        QLabel *mark;
        QLabel *title;
        QLabel *reason;
    };

    void lookUpLock();
    void evaluate();
    static QString checkTitle(const QString &id);

    crm::CrmClient *m_client;
    QString m_agentId;
    std::optional<Role> m_role;
    QLabel *m_summary;
    QCheckBox *m_warned;
    QPushButton *m_recheck;
    BusyIndicator *m_busy;
    QGridLayout *m_grid;
    QMap<QString, Row> m_rows;

    std::optional<merge::MergeCase> m_case;
    std::optional<merge::DirectionPlan> m_plan;
    std::optional<merge::MergeLock> m_lock;
    QString m_lockError; // the lookup failed: the lock is unknown, so the check cannot pass
    bool m_lockKnown = false;
    QList<merge::CheckResult> m_results;
    bool m_passed = false;
    int m_generation = 0;
};

} // namespace opc::ui
