#include "ui/merge/MergeWizard.h"

#include "core/merge/Preview.h"
#include "operations/merge/MergeJournalStore.h"
#include "operations/merge/MergeRun.h"
#include "ui/merge/DirectionStep.h"
#include "ui/merge/FindStep.h"
#include "ui/merge/InterruptedMergesPanel.h"
#include "ui/merge/MergeUi.h"
#include "ui/merge/PreChecksStep.h"
#include "ui/merge/PreviewStep.h"
#include "ui/merge/RunStep.h"
#include "ui/merge/SummaryStep.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace opc::ui {

using merge_ui::named;

namespace {

// A page that may be taller than the window scrolls instead of squeezing its rows.
QScrollArea *scrolled(QWidget *page, const QString &name, const QString &accessibleName)
{
    auto *area = named(new QScrollArea, name, accessibleName);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // the page's own widgets take the focus
    return area;
}

QString pageName(MergeWizard::Page page)
{
    switch (page) {
    case MergeWizard::Page::Find:
        return MergeWizard::tr("Find");
    case MergeWizard::Page::Direction:
        return MergeWizard::tr("Direction");
    case MergeWizard::Page::PreChecks:
        return MergeWizard::tr("Pre-checks");
    case MergeWizard::Page::Preview:
        return MergeWizard::tr("Preview");
    case MergeWizard::Page::Run:
        return MergeWizard::tr("Run");
    case MergeWizard::Page::Summary:
        return MergeWizard::tr("Summary");
    }
    return {};
}

constexpr MergeWizard::Page kPages[]
    = { MergeWizard::Page::Find,    MergeWizard::Page::Direction, MergeWizard::Page::PreChecks,
        MergeWizard::Page::Preview, MergeWizard::Page::Run,       MergeWizard::Page::Summary };

} // namespace

MergeWizard::MergeWizard(const MergeWizardServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_indicator(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_interrupted(new InterruptedMergesPanel),
      m_find(new FindStep(services.client)), m_direction(new DirectionStep),
      m_preChecks(new PreChecksStep(services.client, services.agentId, services.role)),
      m_preview(new PreviewStep), m_runStep(new RunStep), m_summary(new SummaryStep),
      m_journalError(new QLabel(this)), m_back(new QPushButton(tr("‹ &Back"), this)),
      m_next(new QPushButton(tr("&Next ›"), this)),
      m_start(new QPushButton(tr("&Start merge"), this))
{
    setObjectName(QStringLiteral("mergeWizard"));
    m_indicator->setObjectName(QStringLiteral("mergeStepIndicator"));
    m_indicator->setTextFormat(Qt::RichText);
    m_stack->setObjectName(QStringLiteral("mergeWizardPages"));

    auto *findPage = new QWidget;
    auto *findLayout = new QVBoxLayout(findPage);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_interrupted);
    findLayout->addWidget(m_find, 1);
    m_stack->addWidget(scrolled(findPage, QStringLiteral("mergeFindPage"), pageName(Page::Find)));
    m_stack->addWidget(
        scrolled(m_direction, QStringLiteral("mergeDirectionPage"), pageName(Page::Direction)));
    m_stack->addWidget(
        scrolled(m_preChecks, QStringLiteral("mergePreChecksPage"), pageName(Page::PreChecks)));
    m_stack->addWidget(m_preview);
    m_stack->addWidget(scrolled(m_runStep, QStringLiteral("mergeRunPage"), pageName(Page::Run)));
    m_stack->addWidget(m_summary);

    m_journalError->setObjectName(QStringLiteral("mergeJournalError"));
    m_journalError->setWordWrap(true);
    m_journalError->hide();
    named(m_back, QStringLiteral("wizardBackButton"), tr("Back"));
    named(m_next, QStringLiteral("wizardNextButton"), tr("Next"));
    named(m_start, QStringLiteral("startMergeButton"), tr("Start merge"));
    m_start->setToolTip(tr("Register the merge on the CRM and run its steps in order."));

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_journalError, 1);
    navigation->addStretch();
    navigation->addWidget(m_back);
    navigation->addWidget(m_next);
    navigation->addWidget(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_indicator);
    layout->addSpacing(6);
    layout->addWidget(m_stack, 1);
    layout->addLayout(navigation);

    connect(m_back, &QPushButton::clicked, this, &MergeWizard::back);
    connect(m_next, &QPushButton::clicked, this, &MergeWizard::next);
    connect(m_start, &QPushButton::clicked, this, &MergeWizard::startMerge);
    connect(m_find, &FindStep::caseChanged, this, &MergeWizard::updateNavigation);
    connect(m_direction, &DirectionStep::directionChanged, this, &MergeWizard::updateNavigation);
    connect(m_preChecks, &PreChecksStep::resultChanged, this, &MergeWizard::updateNavigation);
    connect(m_interrupted, &InterruptedMergesPanel::resumeRequested, this,
            &MergeWizard::resumeMerge);
    connect(m_runStep, &RunStep::closeRequested, this, &MergeWizard::leaveRun);
    connect(m_summary, &SummaryStep::newMergeRequested, this, &MergeWizard::newMerge);
    connect(m_find, &FindStep::caseChanged, this, [this] {
        if (const auto &load = m_find->mergeableCase())
            m_direction->setCase(*load->mergeCase);
    });

    goTo(Page::Find);
    m_services.journal->open(this, [this](const QString &error) {
        m_journalReady = true;
        m_journalOpenError = error;
        m_journalError->setText(
            error.isEmpty() ? QString()
                            : tr("The local merge journal could not be opened, so no merge can "
                                 "run: %1")
                                  .arg(error));
        m_journalError->setVisible(!error.isEmpty());
        if (error.isEmpty())
            refreshInterrupted();
        updateNavigation();
    });
}

MergeWizard::~MergeWizard() = default;

MergeWizard::Page MergeWizard::currentPage() const
{
    return kPages[m_stack->currentIndex()];
}

void MergeWizard::goTo(Page page)
{
    m_stack->setCurrentIndex(int(page));
    updateIndicator();
    updateNavigation();
    switch (page) {
    case Page::Find:
        m_find->focusSearch();
        break;
    default:
        break;
    }
}

void MergeWizard::next()
{
    const auto &load = m_find->mergeableCase();
    switch (currentPage()) {
    case Page::Find:
        if (load)
            goTo(Page::Direction);
        break;
    case Page::Direction:
        if (const auto plan = m_direction->plan(); load && plan) {
            m_preChecks->check(*load->mergeCase, *plan);
            goTo(Page::PreChecks);
        }
        break;
    case Page::PreChecks:
        if (const auto plan = m_direction->plan(); load && plan && m_preChecks->allPassed()) {
            m_preview->setPreview(*plan, merge::buildPreview(*load->mergeCase, *plan));
            m_preview->setResumeNote(m_preChecks->ownOperationId());
            m_start->setText(m_preChecks->ownOperationId().isEmpty() ? tr("&Start merge")
                                                                     : tr("&Resume merge"));
            goTo(Page::Preview);
        }
        break;
    default:
        break;
    }
}

void MergeWizard::back()
{
    switch (currentPage()) {
    case Page::Direction:
        goTo(Page::Find);
        break;
    case Page::PreChecks:
        goTo(Page::Direction);
        break;
    case Page::Preview:
        goTo(Page::PreChecks);
        break;
    default:
        break;
    }
}

void MergeWizard::startMerge()
{
    const auto &load = m_find->mergeableCase();
    const auto plan = m_direction->plan();
    if (m_run || !load || !plan || !m_preChecks->allPassed() || !m_journalReady
        || !m_journalOpenError.isEmpty())
        return;
    // The agent's own registered merge on these accounts continues; it is not started twice.
    const QString own = m_preChecks->ownOperationId();
    if (!own.isEmpty()) {
        resumeMerge(own);
        return;
    }
    auto *run = new ops::MergeRun(
        { m_services.client, m_services.audit, m_services.journal, m_services.agentId }, this);
    followRun(run);
    goTo(Page::Run);
    run->start(*load->mergeCase, *plan);
}

void MergeWizard::resumeMerge(const QString &operationId)
{
    if (m_run || !m_journalReady || !m_journalOpenError.isEmpty())
        return;
    auto *run = new ops::MergeRun(
        { m_services.client, m_services.audit, m_services.journal, m_services.agentId }, this);
    followRun(run);
    goTo(Page::Run);
    run->resume(operationId);
}

void MergeWizard::followRun(ops::MergeRun *run)
{
    m_run = run;
    m_runStep->setRun(run);
    m_interrupted->setResumeAllowed(false);
    connect(run, &ops::MergeRun::stateChanged, this, [this, run](ops::MergeRunState state) {
        if (run != m_run)
            return;
        if (state == ops::MergeRunState::Completed) {
            m_summary->showRun(*run);
            goTo(Page::Summary);
        }
        updateNavigation();
    });
}

void MergeWizard::leaveRun()
{
    if (m_run) {
        m_runStep->setRun(nullptr);
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_interrupted->setResumeAllowed(true);
    m_find->reset();
    m_preChecks->reset();
    refreshInterrupted();
    goTo(Page::Find);
}

void MergeWizard::newMerge()
{
    leaveRun();
    m_find->clearSearch();
}

void MergeWizard::refreshInterrupted()
{
    if (m_journalReady && m_journalOpenError.isEmpty())
        m_interrupted->refresh(m_services.journal);
}

void MergeWizard::updateNavigation()
{
    const Page page = currentPage();
    const bool choosing = page == Page::Find || page == Page::Direction || page == Page::PreChecks;
    m_back->setVisible(page == Page::Direction || page == Page::PreChecks || page == Page::Preview);
    m_next->setVisible(choosing);
    m_start->setVisible(page == Page::Preview);
    bool canGoOn = false;
    switch (page) {
    case Page::Find:
        canGoOn = m_find->mergeableCase().has_value() && !m_find->isBusy();
        break;
    case Page::Direction:
        canGoOn = m_direction->plan().has_value();
        break;
    case Page::PreChecks:
        canGoOn = m_preChecks->allPassed() && !m_preChecks->isBusy();
        break;
    default:
        break;
    }
    m_next->setEnabled(canGoOn);
    m_start->setEnabled(!m_run && m_journalReady && m_journalOpenError.isEmpty());
    if (!m_journalReady)
        m_start->setToolTip(tr("Opening the local merge journal…"));
    else
        m_start->setToolTip(tr("Register the merge on the CRM and run its steps in order."));
}

void MergeWizard::updateIndicator()
{
    const Page current = currentPage();
    const QString highlight = palette().color(QPalette::Highlight).name();
    const QString muted = palette().color(QPalette::Disabled, QPalette::WindowText).name();
    QStringList parts;
    int number = 0;
    for (Page page : kPages) {
        ++number;
        const QString text = tr("%1. %2").arg(number).arg(pageName(page)).toHtmlEscaped();
        if (page == current)
            parts << QStringLiteral("<span style='color:%1; text-decoration:underline'>%2</span>")
                         .arg(highlight, text);
        else
            parts << QStringLiteral("<span style='color:%1'>%2</span>").arg(muted, text);
    }
    m_indicator->setText(parts.join(QStringLiteral(" &nbsp;›&nbsp; ")));
    m_indicator->setAccessibleName(tr("Step %1 of %2: %3")
                                       .arg(int(current) + 1)
                                       .arg(std::size(kPages))
                                       .arg(pageName(current)));
}

} // namespace opc::ui
