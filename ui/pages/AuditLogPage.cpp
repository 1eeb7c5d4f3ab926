#include "ui/pages/AuditLogPage.h"

#include "core/Role.h"
#include "operations/AuditVerify.h"
#include "operations/Session.h"
#include "operations/audit/AuditReads.h"
#include "ui/audit/AuditActivityChart.h"
#include "ui/audit/AuditDetailsPane.h"
#include "ui/audit/AuditExportPanel.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/leads/LeadsUi.h"
#include "ui/merge/BusyIndicator.h"

#include <QDateTime>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace opc::ui {

namespace {

constexpr int kDefaultChartDays = 30;
constexpr int kMaxChartDays = 366; // the CRM's limit for one activity query

} // namespace

AuditLogPage::AuditLogPage(QWidget *parent)
    : QWidget(parent), m_filterBar(new AuditFilterBar(this)),
      m_model(new AuditLogModel(
          [this](const ops::AuditPageQuery &query, QObject *context,
                 std::function<void(const ops::AuditPage &)> done) {
              ops::loadAuditPage(m_session->client(), query, context, std::move(done));
          },
          this)),
      m_table(new QTableView(this)), m_details(new AuditDetailsPane(this)),
      m_tabs(new QTabWidget(this)), m_chartCaption(new QLabel(this)),
      m_chart(new AuditActivityChart(this)), m_status(new QLabel(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_export(new AuditExportPanel(this)),
      m_verify(new QPushButton(tr("&Verify the log"), this)), m_busy(new BusyIndicator(this)),
      m_result(new QLabel(this))
{
    setObjectName(pageKey(PageId::AuditLog) + QStringLiteral("Page"));
    setAccessibleName(pageTitle(PageId::AuditLog));

    auto *heading = new QLabel(pageTitle(PageId::AuditLog), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5); // as the other pages' headings
    heading->setFont(headingFont);
    heading->setAccessibleName(pageTitle(PageId::AuditLog));

    // The events: a window on a log of any length, uniform rows so the view never measures.
    leads_ui::named(m_table, QStringLiteral("auditEvents"), tr("Audit events"));
    m_table->viewport()->setObjectName(QStringLiteral("auditEventsViewport"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // The widest time this locale writes, so that it is never cut off.
    const QString longestTime
        = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    columns->resizeSection(AuditLogModel::TimeColumn,
                           fontMetrics().horizontalAdvance(longestTime) + em);
    columns->resizeSection(AuditLogModel::AgentColumn, 10 * em);
    columns->resizeSection(AuditLogModel::ActionColumn, 13 * em);
    columns->resizeSection(AuditLogModel::EntityColumn, 8 * em);
    columns->resizeSection(AuditLogModel::OperationColumn, 6 * em);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 700, 330 }); // the table first; the details still fit before → after

    auto *activity = new QWidget(this);
    activity->setObjectName(QStringLiteral("auditActivityTab"));
    m_chartCaption->setObjectName(QStringLiteral("auditActivityCaption"));
    m_chartCaption->setWordWrap(true);
    auto *activityLayout = new QVBoxLayout(activity);
    activityLayout->addWidget(m_chartCaption);
    activityLayout->addWidget(m_chart, 1);

    leads_ui::named(m_tabs, QStringLiteral("auditTabs"), tr("Audit log views"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("auditTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Audit log views"));
    m_tabs->addTab(splitter, tr("&Events"));
    m_tabs->addTab(activity, tr("&Activity"));

    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setAccessibleName(tr("Audit log status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leads_ui::named(m_refresh, QStringLiteral("auditRefresh"), tr("Read the log again"));
    m_refresh->setEnabled(false); // until signed in

    auto *text = new QLabel(tr("Every change an agent makes is recorded in the CRM's audit log, "
                               "each event sealed with the hash of the one before it. Verify the "
                               "log to make sure no event was changed, deleted or moved since."),
                            this);
    text->setObjectName(QStringLiteral("auditIntro"));
    text->setWordWrap(true);

    leads_ui::named(m_verify, QStringLiteral("auditVerifyButton"),
                    tr("Verify the audit log's hash chain"));
    m_verify->setToolTip(tr("Reads the whole log from the CRM and checks every event's hash."));
    m_verify->setEnabled(false); // until signed in
    m_result->setObjectName(QStringLiteral("auditVerifyResult"));
    m_result->setAccessibleName(tr("Verification result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_refresh);
    // The export writes what the table shows: the filter follows every change (applyFilter).
    // Its own row: progress and the result line need the width.
    m_export->setFilter(m_filterBar->filter());

    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_busy, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);
    layout->addWidget(m_export);
    layout->addWidget(text);
    layout->addLayout(verifyRow);
    layout->addWidget(m_result);

    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verify);
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogPage::reload);
    connect(m_filterBar, &AuditFilterBar::filterChanged, this, &AuditLogPage::applyFilter);
    connect(m_details, &AuditDetailsPane::operationRequested, m_filterBar,
            &AuditFilterBar::setOperation);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::showSelected);
    connect(m_model, &AuditLogModel::modelReset, this, [this] {
        m_details->clear();
        showStatus();
    });
    connect(m_model, &AuditLogModel::totalLoaded, this, &AuditLogPage::showStatus);
    connect(m_model, &AuditLogModel::pageLoaded, this, [this] {
        if (!m_details->row() && m_table->currentIndex().isValid())
            showSelected();
        if (!m_loadError.isEmpty()) { // the CRM answers again: the red line goes
            m_loadError.clear();
            showStatus();
        }
    });
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const crm::CrmError &error) {
        m_loadError = error.message;
        showStatus();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentIndex() == 1 && m_activityStale)
            loadActivity();
    });
    showStatus();
}

void AuditLogPage::setSession(const ops::Session *session)
{
    if (m_session || !session)
        return;
    m_session = session;
    m_verify->setEnabled(true);
    m_refresh->setEnabled(true);
    m_details->setClient(session->client());
    m_export->setSession(session);
    // Agents never see this page; should it be built for one anyway, it asks nothing.
    if (roleCanReview(session->user().role))
        reload();
}

void AuditLogPage::reload()
{
    if (!m_session)
        return;
    m_loadError.clear();
    loadFacets();
    m_activityStale = true;
    m_model->setFilter(m_filterBar->filter());
    if (m_tabs->currentIndex() == 1)
        loadActivity();
}

AuditFilter AuditLogPage::currentFilter() const
{
    return m_filterBar->filter();
}

void AuditLogPage::setFilter(const AuditFilter &filter)
{
    m_filterBar->setFilter(filter); // announces it when it differs
}

void AuditLogPage::showActivity()
{
    m_tabs->setCurrentIndex(1);
}

void AuditLogPage::applyFilter(const AuditFilter &filter)
{
    m_export->setFilter(filter);
    Q_EMIT filterChanged(filter);
    if (!m_session)
        return;
    m_loadError.clear();
    m_model->setFilter(filter);
    m_activityStale = true;
    if (m_tabs->currentIndex() == 1)
        loadActivity();
}

void AuditLogPage::loadFacets()
{
    ops::loadAuditFacets(m_session->client(), this, [this](const ops::AuditFacets &facets) {
        if (!facets.ok()) {
            if (m_loadError.isEmpty())
                m_loadError = facets.error->message;
            showStatus();
            return;
        }
        m_actorNames.clear();
        for (const ops::AuditActor &actor : facets.actors)
            m_actorNames.insert(actor.id, actor.name);
        m_filterBar->setFacets(facets);
        m_model->setActorNames(m_actorNames);
        m_details->setActorNames(m_actorNames);
        m_chart->setNames(m_actorNames);
    });
}

void AuditLogPage::loadActivity()
{
    if (!m_session)
        return;
    m_activityStale = false;
    // The filter's days, or the last 30; the CRM counts at most 366 at once, the latest kept.
    AuditFilter filter = m_filterBar->filter();
    const QDate today = QDate::currentDate();
    QDate last = filter.to.isValid() ? filter.to.addMSecs(-1).toLocalTime().date() : today;
    QDate first = filter.from.isValid() ? filter.from.toLocalTime().date()
                                        : last.addDays(1 - kDefaultChartDays);
    bool clamped = false;
    if (first.daysTo(last) + 1 > kMaxChartDays) {
        first = last.addDays(1 - kMaxChartDays);
        clamped = true;
    }
    filter.from = AuditFilterBar::startOfLocalDay(first);
    filter.to = AuditFilterBar::startOfLocalDay(last.addDays(1));
    const int offsetMinutes = QDateTime::currentDateTime().offsetFromUtc() / 60;

    const QLocale locale;
    m_chartCaption->setText(
        tr("Events per day and agent, %1 – %2 (local days)%3")
            .arg(locale.toString(first, QLocale::ShortFormat),
                 locale.toString(last, QLocale::ShortFormat),
                 clamped ? tr("; the last %1 days of the chosen range").arg(kMaxChartDays)
                         : QString()));
    m_chart->setEmptyText(tr("Loading…"));
    if (m_activityRequest)
        m_activityRequest->deleteLater(); // an older filter's counts are not wanted
    m_activityRequest = new QObject(this);
    QObject *context = m_activityRequest;
    ops::loadAuditActivity(m_session->client(), filter, offsetMinutes, context,
                           [this, context, first, last](const ops::AuditActivity &activity) {
                               if (context != m_activityRequest)
                                   return;
                               m_activityRequest->deleteLater();
                               showActivityResult(first, last, activity);
                           });
}

void AuditLogPage::showActivityResult(const QDate &first, const QDate &last,
                                      const ops::AuditActivity &activity)
{
    if (!activity.ok()) {
        m_chart->setEmptyText(
            tr("The activity could not be read: %1").arg(activity.error->message));
        m_activityStale = true; // asked again when the tab is shown again
    } else {
        m_chart->setActivity(first, last, activity.cells, m_actorNames);
        if (activity.total == 0)
            m_chart->setEmptyText(tr("No events in these days."));
    }
    Q_EMIT activityShown();
}

void AuditLogPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    if (const ops::AuditRow *row = m_model->rowAt(current.row()))
        m_details->setRow(*row);
    else
        m_details->clear(tr("Loading…"));
}

void AuditLogPage::showStatus()
{
    if (!m_loadError.isEmpty()) {
        leads_ui::setMessage(m_status, tr("The log could not be read: %1").arg(m_loadError),
                             leads_ui::Tone::Bad);
        return;
    }
    if (!m_session) {
        leads_ui::setMessage(m_status, tr("Sign in to read the audit log."));
        return;
    }
    const qint64 total = m_model->total();
    if (total < 0 && m_model->requestedOffsets().isEmpty()) {
        leads_ui::setMessage(m_status, tr("Only team leads and admins can read the audit log."));
        return;
    }
    if (total < 0) {
        leads_ui::setMessage(m_status, tr("Reading the audit log…"));
        return;
    }
    const QString count = tr("%Ln event(s)", nullptr, int(std::min<qint64>(total, INT_MAX)));
    leads_ui::setMessage(
        m_status, m_model->filter().isEmpty() ? count : tr("%1 match the filters").arg(count));
}

void AuditLogPage::verify()
{
    if (!m_session || !m_verify->isEnabled())
        return;
    m_verify->setEnabled(false);
    m_result->clear();
    m_busy->setBusy(tr("Reading the audit log and checking its chain…"));
    ops::verifyAuditLog(m_session->client(), this,
                        [this](const ops::AuditVerifyResult &result) { showResult(result); });
}

void AuditLogPage::showResult(const ops::AuditVerifyResult &result)
{
    m_busy->setIdle();
    m_verify->setEnabled(true);
    if (!result.ok()) {
        leads_ui::setMessage(m_result,
                             tr("The log could not be read: %1").arg(result.error->message),
                             leads_ui::Tone::Bad);
    } else if (const auto &broken = result.firstBreak) {
        leads_ui::setMessage(m_result,
                             tr("The log is broken at event %1 (%2). %3 The %Ln event(s) before "
                                "it are intact.",
                                nullptr, int(qMin<qint64>(result.checked, INT_MAX)))
                                 .arg(broken->seq)
                                 .arg(broken->eventId, broken->reason),
                             leads_ui::Tone::Bad);
    } else if (result.anchorSeq > 0) {
        // Retention archived the head of the log: the check started after it.
        leads_ui::setMessage(m_result,
                             tr("The log is intact: %Ln event(s) after event %1 (the last one "
                                "archived) checked, none changed, deleted or moved.",
                                nullptr, int(qMin<qint64>(result.checked, INT_MAX)))
                                 .arg(result.anchorSeq),
                             leads_ui::Tone::Good);
    } else {
        leads_ui::setMessage(m_result,
                             tr("The log is intact: %Ln event(s) checked, none changed, deleted "
                                "or moved.",
                                nullptr, int(qMin<qint64>(result.checked, INT_MAX))),
                             leads_ui::Tone::Good);
    }
    Q_EMIT verified();
}

} // namespace opc::ui
