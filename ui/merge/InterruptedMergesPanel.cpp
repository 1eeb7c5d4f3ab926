#include "ui/merge/InterruptedMergesPanel.h"

#include "core/LocaleFormat.h"
#include "core/merge/Direction.h"
#include "operations/merge/MergeJournalStore.h"
#include "operations/merge/MergeRun.h"
#include "ui/merge/BusyIndicator.h"
#include "ui/merge/MergeUi.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace opc::ui {

using merge_ui::named;

InterruptedMergesPanel::InterruptedMergesPanel(QWidget *parent)
    : QGroupBox(tr("Interrupted merges"), parent), m_list(new QTreeWidget(this)),
      m_resumeButton(new QPushButton(tr("&Resume"), this)), m_busy(new BusyIndicator(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("interruptedMergesPanel"));
    named(m_list, QStringLiteral("interruptedMergesList"), tr("Interrupted merges"));
    m_list->setHeaderLabels({ tr("Operation"), tr("Accounts"), tr("Continues at"), tr("Updated") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    named(m_resumeButton, QStringLiteral("resumeMergeButton"), tr("Resume"));
    m_resumeButton->setToolTip(tr("Continue the chosen merge at its first unfinished step."));
    m_error->setObjectName(QStringLiteral("interruptedMergesError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy, 1);
    buttons->addWidget(m_resumeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &InterruptedMergesPanel::updateButton);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && m_resumeAllowed)
            Q_EMIT resumeRequested(item->data(0, Qt::UserRole).toString());
    });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT resumeRequested(item->data(0, Qt::UserRole).toString());
    });
    updateButton();
    hide();
}

int InterruptedMergesPanel::count() const
{
    return m_list->topLevelItemCount();
}

void InterruptedMergesPanel::setResumeAllowed(bool allowed)
{
    m_resumeAllowed = allowed;
    updateButton();
}

void InterruptedMergesPanel::updateButton()
{
    m_resumeButton->setEnabled(m_resumeAllowed && m_list->currentItem());
}

void InterruptedMergesPanel::refresh(ops::MergeJournalStore *store)
{
    const int generation = ++m_generation;
    m_busy->setBusy(tr("Reading the journal…"));
    store->listOpen(
        this, [this, generation](const QList<ops::StoredMerge> &merges, const QString &error) {
            if (generation != m_generation)
                return;
            m_busy->setIdle();
            m_error->setText(
                error.isEmpty()
                    ? QString()
                    : tr("The journal of interrupted merges could not be read: %1").arg(error));
            m_error->setVisible(!error.isEmpty());
            const QString current = m_list->currentItem()
                ? m_list->currentItem()->data(0, Qt::UserRole).toString()
                : QString();
            m_list->clear();
            const QLocale locale;
            for (const ops::StoredMerge &stored : merges) {
                const merge::MergeJournal &journal = stored.journal;
                const std::optional<merge::StepId> step = journal.resumeStep();
                QString continues = tr("closing the merge on the CRM");
                if (step) {
                    const merge::StepRecord &record = journal.record(*step);
                    continues = record.state == merge::StepState::Planned
                        ? merge::stepTitle(*step)
                        : tr("%1 (%2)").arg(merge::stepTitle(*step),
                                            ops::stepStateDisplayName(record.state));
                }
                auto *item = new QTreeWidgetItem(
                    m_list,
                    { journal.operationId(),
                      tr("%1 → %2").arg(journal.sourceAccountId()).arg(journal.targetAccountId()),
                      continues, human::dateTime(stored.updatedAt, locale) });
                item->setData(0, Qt::UserRole, journal.operationId());
                item->setToolTip(1,
                                 tr("%1: account %2 moves into account %3")
                                     .arg(merge::directionDisplayName(journal.direction()))
                                     .arg(journal.sourceAccountId())
                                     .arg(journal.targetAccountId()));
                if (step && !journal.record(*step).error.isEmpty())
                    item->setToolTip(2, journal.record(*step).error);
                if (journal.operationId() == current)
                    m_list->setCurrentItem(item);
            }
            // As tall as its rows, up to five; more scroll.
            const int rows = std::clamp(m_list->topLevelItemCount(), 1, 5);
            const int rowHeight
                = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
            m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight
                                   + 2 * m_list->frameWidth() + 2);
            if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
                m_list->setCurrentItem(m_list->topLevelItem(0));
            setVisible(m_list->topLevelItemCount() > 0 || !error.isEmpty());
            updateButton();
        });
}

} // namespace opc::ui
