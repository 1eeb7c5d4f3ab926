#include "ui/merge/PreChecksStep.h"

#include "operations/merge/MergeLockLookup.h"
#include "ui/merge/BusyIndicator.h"
#include "ui/merge/MergeUi.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace opc::ui {

using merge_ui::named;

namespace {

const QStringList &checkOrder()
{
    static const QStringList order { merge::check::structure,     merge::check::kids,
                                     merge::check::targetEmpty,   merge::check::targetRequest,
                                     merge::check::studentWarned, merge::check::noMergeRunning,
                                     merge::check::roleMayMerge };
    return order;
}

} // namespace

QString PreChecksStep::checkTitle(const QString &id)
{
    if (id == merge::check::structure)
        return tr("Two pairs of accounts");
    if (id == merge::check::kids)
        return tr("KIDS student");
    if (id == merge::check::targetEmpty)
        return tr("The target account is empty");
    if (id == merge::check::targetRequest)
        return tr("The target's request");
    if (id == merge::check::studentWarned)
        return tr("The student was warned");
    if (id == merge::check::noMergeRunning)
        return tr("No other merge is running");
    if (id == merge::check::roleMayMerge)
        return tr("Your role may merge");
    return id;
}

PreChecksStep::PreChecksStep(crm::CrmClient *client, QString agentId, std::optional<Role> role,
                             QWidget *parent)
    : QWidget(parent), m_client(client), m_agentId(std::move(agentId)), m_role(role),
      m_summary(new QLabel(this)),
      m_warned(
          new QCheckBox(tr("The student was &warned that one account loses its progress"), this)),
      m_recheck(new QPushButton(tr("Check &again"), this)), m_busy(new BusyIndicator(this)),
      m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("mergePreChecksStep"));
    m_summary->setObjectName(QStringLiteral("preChecksSummary"));
    m_summary->setWordWrap(true);
    named(m_warned, QStringLiteral("studentWarnedCheckBox"),
          tr("The student was warned that one account loses its progress"));
    m_warned->setAccessibleDescription(tr("Required: the merge cannot start without it."));
    named(m_recheck, QStringLiteral("preChecksRecheckButton"), tr("Check again"));
    m_recheck->setToolTip(tr("Ask the CRM again whether another merge holds these accounts."));

    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(8);
    int row = 0;
    for (const QString &id : checkOrder()) {
        auto *mark = new QLabel(this);
        mark->setObjectName(QStringLiteral("preCheckMark-") + id);
        auto *title = new QLabel(checkTitle(id), this);
        title->setObjectName(QStringLiteral("preCheckTitle-") + id);
        auto *reason = new QLabel(this);
        reason->setObjectName(QStringLiteral("preCheck-") + id);
        reason->setWordWrap(true);
        reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
        reason->setAccessibleName(checkTitle(id));
        m_grid->addWidget(mark, row, 0, Qt::AlignTop);
        m_grid->addWidget(title, row, 1, Qt::AlignTop);
        m_grid->addWidget(reason, row, 2, Qt::AlignTop);
        m_rows.insert(id, { mark, title, reason });
        ++row;
    }

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_recheck);
    bottom->addWidget(m_busy, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addSpacing(4);
    layout->addWidget(m_warned);
    layout->addSpacing(8);
    layout->addLayout(m_grid);
    layout->addSpacing(4);
    layout->addLayout(bottom);
    layout->addStretch();

    connect(m_warned, &QCheckBox::toggled, this, &PreChecksStep::evaluate);
    connect(m_recheck, &QPushButton::clicked, this, &PreChecksStep::lookUpLock);
}

void PreChecksStep::check(const merge::MergeCase &mergeCase, const merge::DirectionPlan &plan)
{
    const bool same = m_case && m_plan && m_plan->direction == plan.direction
        && m_plan->source == plan.source && m_plan->target == plan.target
        && m_case->accounts == mergeCase.accounts;
    if (!same)
        m_warned->setChecked(false);
    m_case = mergeCase;
    m_plan = plan;
    m_summary->setText(tr("%1: account %2 moves into account %3.")
                           .arg(merge::directionDisplayName(plan.direction))
                           .arg(plan.source.id)
                           .arg(plan.target.id));
    lookUpLock();
}

void PreChecksStep::lookUpLock()
{
    if (!m_plan)
        return;
    const int generation = ++m_generation;
    m_lockKnown = false;
    m_lock.reset();
    m_lockError.clear();
    m_recheck->setEnabled(false);
    m_busy->setBusy(
        tr("Asking the CRM whether another merge holds account %1…").arg(m_plan->target.id));
    evaluate();
    ops::lookUpMergeLock(m_client, m_plan->target.id, this,
                         [this, generation](const ops::MergeLockLookup &lookup) {
                             if (generation != m_generation)
                                 return;
                             m_busy->setIdle();
                             m_recheck->setEnabled(true);
                             m_lockKnown = true;
                             m_lock = lookup.lock;
                             if (lookup.error)
                                 m_lockError = lookup.error->message;
                             evaluate();
                         });
}

void PreChecksStep::evaluate()
{
    if (!m_case || !m_plan)
        return;
    merge::PreCheckInputs inputs;
    inputs.studentWarned = m_warned->isChecked();
    inputs.lock = m_lock;
    inputs.agentId = m_agentId;
    inputs.role = m_role;
    m_results = merge::runPreChecks(*m_case, m_plan->direction, inputs);
    m_passed = merge::allPassed(m_results) && m_lockKnown && m_lockError.isEmpty();
    for (const merge::CheckResult &result : std::as_const(m_results)) {
        const auto row = m_rows.constFind(result.id);
        if (row == m_rows.constEnd())
            continue;
        bool passed = result.passed;
        QString reason = result.reason;
        // Until the CRM answered, "no merge running" is not known; a failed lookup fails it.
        if (result.id == merge::check::noMergeRunning && !m_lockKnown) {
            passed = false;
            reason = tr("Asking the CRM…");
        } else if (result.id == merge::check::noMergeRunning && !m_lockError.isEmpty()) {
            passed = false;
            reason = tr("The CRM could not be asked whether another merge holds these accounts: "
                        "%1 Press Check again.")
                         .arg(m_lockError);
        }
        const bool waiting = result.id == merge::check::noMergeRunning && !m_lockKnown;
        merge_ui::setMark(row->mark, waiting ? QStringLiteral("…") : merge_ui::passMark(passed),
                          waiting      ? merge_ui::Tone::Neutral
                              : passed ? merge_ui::Tone::Good
                                       : merge_ui::Tone::Bad,
                          waiting      ? tr("unknown")
                              : passed ? tr("passed")
                                       : tr("failed"));
        row->reason->setText(reason);
        row->reason->setProperty("passed", passed);
        row->reason->setAccessibleDescription(passed ? tr("passed") : tr("failed"));
    }
    Q_EMIT resultChanged();
}

void PreChecksStep::reset()
{
    ++m_generation; // a lookup still on its way is dropped
    m_busy->setIdle();
    m_recheck->setEnabled(true);
    m_case.reset();
    m_plan.reset();
    m_lock.reset();
    m_lockKnown = false;
    m_lockError.clear();
    m_results.clear();
    m_passed = false;
    const QSignalBlocker blocker(m_warned);
    m_warned->setChecked(false);
}

bool PreChecksStep::allPassed() const
{
    return m_passed;
}

bool PreChecksStep::isBusy() const
{
    return m_busy->isBusy();
}

QString PreChecksStep::ownOperationId() const
{
    if (m_lock && !m_agentId.isEmpty() && m_lock->holderId == m_agentId)
        return m_lock->operationId;
    return {};
}

} // namespace opc::ui
