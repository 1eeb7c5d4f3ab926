#include "ui/leads/AnalyticsExportView.h"

#include "core/LocaleFormat.h"
#include "core/Role.h"
#include "crm/CrmClient.h"
#include "operations/Session.h"
#include "operations/analytics/AnalyticsJournalStore.h"
#include "ui/leads/LeadsUi.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace opc::ui {

using leads_ui::named;
using leads_ui::Tone;
using ops::AnalyticsExportState;
using ops::AnalyticsItemKind;

namespace {

constexpr std::array<AnalyticsItemKind, ops::kAnalyticsItemKinds> kKinds {
    AnalyticsItemKind::Funnel, AnalyticsItemKind::Employee, AnalyticsItemKind::Contact,
    AnalyticsItemKind::HistoryRecord
};
enum Column { DoneColumn, TotalColumn, LeftColumn, ColumnCount };
constexpr int kTickMs = 250; // often enough that the seconds of a countdown never skip

bool isRunning(AnalyticsExportState state)
{
    return state == AnalyticsExportState::Reading || state == AnalyticsExportState::Sending
        || state == AnalyticsExportState::Waiting;
}

bool isTerminal(AnalyticsExportState state)
{
    return state == AnalyticsExportState::Completed || state == AnalyticsExportState::Paused
        || state == AnalyticsExportState::Failed;
}

// The built-in sandbox starts empty every time, its analytics endpoint too: a journal kept on
// disk would claim it holds what an earlier run sent (as operator-cli decides).
QString journalPath(const ops::Session &session)
{
    return session.isSandbox()
        ? QStringLiteral(":memory:")
        : ops::AnalyticsJournalStore::defaultPath(session.crmUrl(), false, session.user().id);
}

// How far an interrupted run is, before an export object exists to say it.
ops::AnalyticsProgress progressOf(const ops::AnalyticsRun &run)
{
    ops::AnalyticsProgress progress;
    progress.resumed = true;
    for (const ops::AnalyticsCall &call : run.calls) {
        ++progress.callsTotal;
        const bool done = call.state == ops::AnalyticsCallState::Done;
        progress.callsDone += done ? 1 : 0;
        for (const ops::AnalyticsItem &item : call.items) {
            ++progress.itemsTotal.at(std::size_t(item.kind));
            progress.itemsDone.at(std::size_t(item.kind)) += done ? 1 : 0;
        }
    }
    return progress;
}

struct ViewText {
    Q_DECLARE_TR_FUNCTIONS(opc::ui::AnalyticsExportView)
};

// "45 s", "12 min 5 s", "3 h 20 min", with the locale's digits.
QString durationText(qint64 seconds)
{
    const QLocale locale;
    if (seconds < 60)
        return ViewText::tr("%1 s").arg(locale.toString(seconds));
    if (seconds < 3600)
        return ViewText::tr("%1 min %2 s")
            .arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
    return ViewText::tr("%1 h %2 min")
        .arg(locale.toString(seconds / 3600), locale.toString((seconds % 3600) / 60));
}

// "resets in 12 s" counted from when the limits were reported.
QString resetText(int resetSeconds, const QDateTime &reportedAt)
{
    const qint64 age = reportedAt.isValid()
        ? std::max<qint64>(0, reportedAt.secsTo(QDateTime::currentDateTimeUtc()))
        : 0;
    const qint64 left = resetSeconds - age;
    return left > 0 ? ViewText::tr("resets in %1").arg(durationText(left))
                    : ViewText::tr("has reset since");
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

AnalyticsExportView::AnalyticsExportView(const ops::Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_allowed(roleCanReview(session->user().role)),
      m_journal(std::make_unique<ops::AnalyticsJournalStore>(journalPath(*session))),
      m_tick(new QTimer(this)), m_start(new QPushButton(this)), m_full(new QCheckBox(this)),
      m_state(new QLabel(this)), m_calls(new QProgressBar(this)),
      m_items(new QTableWidget(int(kKinds.size()), ColumnCount, this)), m_minute(new QLabel(this)),
      m_day(new QLabel(this)), m_used(new QLabel(this)), m_eta(new QLabel(this)),
      m_wait(new QLabel(this)), m_message(new QLabel(this)), m_rpcError(new QLabel(this)),
      m_notices(new QLabel(this))
{
    setObjectName(QStringLiteral("analyticsExportView"));

    auto *heading = new QLabel(tr("Analytics export"), this);
    heading->setObjectName(QStringLiteral("analyticsExportHeading"));
    leads_ui::makeHeading(heading);
    auto *intro = new QLabel(tr("Sends the funnels, employees, contacts and deal history to the "
                                "analytics service, only what changed since the last export, "
                                "within the service's limits. An interrupted export goes on "
                                "where it stopped; nothing is sent twice."),
                             this);
    intro->setObjectName(QStringLiteral("analyticsExportIntro"));
    intro->setWordWrap(true);

    named(m_start, QStringLiteral("analyticsExportStartButton"), tr("Start the analytics export"));
    m_start->setText(tr("&Start export"));
    named(m_full, QStringLiteral("analyticsExportFullCheck"), tr("Send everything again"));
    m_full->setText(tr("Send &everything again"));
    m_fullToolTip = tr("Send every funnel, employee, contact and deal history record, not only "
                       "what changed since the last export — for example after the analytics "
                       "service lost what it had.");
    m_full->setToolTip(m_fullToolTip);
    named(m_state, QStringLiteral("analyticsExportState"), tr("Export state"));

    named(m_calls, QStringLiteral("analyticsExportProgress"), tr("Calls sent"));
    m_calls->setRange(0, 1);
    m_calls->setValue(0);
    m_calls->setFormat(tr("nothing sent yet"));

    named(m_items, QStringLiteral("analyticsExportItems"), tr("Items to send, by kind"));
    m_items->setHorizontalHeaderLabels({ tr("Done"), tr("Total"), tr("Remaining") });
    QStringList kindNames;
    for (AnalyticsItemKind kind : kKinds)
        kindNames << capitalized(ops::analyticsItemKindDisplayName(kind));
    m_items->setVerticalHeaderLabels(kindNames);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_items->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its four rows: the space below the panels is the page's, not the table's.
    m_items->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_items->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (int row = 0; row < m_items->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(QStringLiteral("—"));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_items->setItem(row, column, cell);
        }
    }

    named(m_minute, QStringLiteral("analyticsExportMinuteLimit"), tr("Calls a minute"));
    named(m_day, QStringLiteral("analyticsExportDayLimit"), tr("Calls a day"));
    named(m_used, QStringLiteral("analyticsExportUsed"), tr("Calls used"));
    named(m_eta, QStringLiteral("analyticsExportTimeLeft"), tr("Time left"));
    named(m_wait, QStringLiteral("analyticsExportWait"), tr("Current wait"));
    named(m_message, QStringLiteral("analyticsExportMessage"), tr("Export result"));
    named(m_rpcError, QStringLiteral("analyticsExportRpcError"), tr("Analytics service error"));
    named(m_notices, QStringLiteral("analyticsExportNotices"), tr("Export notices"));
    for (QLabel *label : { m_minute, m_day, m_used, m_eta, m_wait })
        label->setWordWrap(true);
    // What went wrong is worth copying into a ticket.
    for (QLabel *label : { m_message, m_rpcError, m_notices }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        leads_ui::setMessage(label, {});
    }

    auto *itemsBox = new QGroupBox(tr("What is sent"), this);
    itemsBox->setObjectName(QStringLiteral("analyticsExportItemsBox"));
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->addWidget(m_items);

    auto *limitsBox = new QGroupBox(tr("The analytics service's limits"), this);
    limitsBox->setObjectName(QStringLiteral("analyticsExportLimitsBox"));
    auto *limitsForm = new QFormLayout(limitsBox);
    limitsForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    limitsForm->addRow(tr("Per minute:"), m_minute);
    limitsForm->addRow(tr("Per day:"), m_day);
    limitsForm->addRow(tr("Used:"), m_used);
    limitsForm->addRow(tr("Time left:"), m_eta);
    limitsForm->addRow(tr("Wait:"), m_wait);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_full);
    buttons->addSpacing(24);
    buttons->addWidget(m_state, 1);

    auto *panels = new QHBoxLayout;
    panels->addWidget(itemsBox, 1);
    panels->addWidget(limitsBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_calls);
    layout->addLayout(panels);
    layout->addWidget(m_message);
    layout->addWidget(m_rpcError);
    layout->addWidget(m_notices);
    layout->addStretch();

    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &AnalyticsExportView::tick);
    connect(m_start, &QPushButton::clicked, this, &AnalyticsExportView::start);

    m_state->setText(
        tr("State: %1").arg(ops::analyticsStateDisplayName(AnalyticsExportState::Idle)));
    showProgress(ops::AnalyticsProgress(), AnalyticsExportState::Idle);
    showWait();
    if (!m_allowed) {
        m_start->setEnabled(false);
        m_full->setEnabled(false);
        leads_ui::setMessage(m_message, tr("Only team leads and admins export to analytics."));
        return;
    }
    lookForInterruptedRun();
}

AnalyticsExportView::~AnalyticsExportView()
{
    // The export first: whatever it has in flight (a CRM request, a journal write's answer) is
    // dropped with it. The journal then finishes the writes already queued before it closes,
    // so that a later view resumes from exactly what was answered.
    m_export.reset();
    m_journal.reset();
}

// Reads the journal before any Start: the limits the service last reported are shown straight
// away, and an interrupted run turns Start into Resume.
void AnalyticsExportView::lookForInterruptedRun()
{
    // Journal jobs run in order: these answers arrive before those of an export started
    // meanwhile, so the limits' time is the journal's, not the moment they were read.
    m_journal->open(this, [this](const QString &error) {
        if (!error.isEmpty()) {
            if (!m_export)
                leads_ui::setMessage(m_message, error, Tone::Bad);
            return;
        }
        m_journal->loadLimits(this,
                              [this](const ops::StoredLimits &stored, const QString &limitsError) {
                                  if (!limitsError.isEmpty() || !stored.limits || m_limits)
                                      return;
                                  m_limits = stored.limits;
                                  m_limitsAt = stored.receivedAt;
                                  if (m_export) {
                                      showLimits(m_export->progress(), m_export->state());
                                      return;
                                  }
                                  ops::AnalyticsProgress progress;
                                  progress.limits = stored.limits;
                                  showLimits(progress, AnalyticsExportState::Idle);
                              });
        checkOpenRun();
    });
}

// Whether the journal holds a run still open (interrupted, paused, or failed without an
// answer): Start resumes it whatever "Send everything again" says, so the box waits till then.
void AnalyticsExportView::checkOpenRun()
{
    m_journal->loadOpenRun(
        this, [this](const std::optional<ops::AnalyticsRun> &run, const QString &error) {
            if (!error.isEmpty() || (m_export && isRunning(m_export->state())))
                return;
            setResumable(run.has_value());
            if (!run || m_export)
                return;
            m_start->setText(tr("&Resume export"));
            m_start->setAccessibleName(tr("Resume the interrupted analytics export"));
            ops::AnalyticsProgress progress = progressOf(*run);
            progress.limits = m_limits;
            showProgress(progress, AnalyticsExportState::Idle);
            leads_ui::setMessage(m_message,
                                 tr("An earlier export was interrupted with %Ln call(s) left. "
                                    "Resume it to send them; nothing is sent twice.",
                                    nullptr, progress.callsLeft()));
        });
}

void AnalyticsExportView::setResumable(bool resumable)
{
    m_resumable = resumable;
    m_full->setEnabled(!resumable);
    m_full->setToolTip(resumable ? tr("The interrupted export goes on first; after it, "
                                      "everything can be sent again.")
                                 : m_fullToolTip);
}

void AnalyticsExportView::start()
{
    if (!m_allowed || (m_export && isRunning(m_export->state())))
        return;
    ops::AnalyticsExportServices services;
    services.crm = m_session->client();
    // The CRM serves the analytics endpoint itself and takes a CRM token (as operator-cli).
    services.analytics = m_session->client();
    services.journal = m_journal.get();
    services.accessToken = m_session->client()->token();
    services.full = m_full->isChecked() && !m_resumable;
    // A fresh export each time: it takes the box as it is now, and it resumes the journaled
    // run by itself when there is one (the one before ended, so dropping it loses nothing).
    m_export.reset();
    m_export = std::make_unique<ops::AnalyticsExport>(services);
    connect(m_export.get(), &ops::AnalyticsExport::stateChanged, this,
            &AnalyticsExportView::onState);
    connect(m_export.get(), &ops::AnalyticsExport::planned, this, &AnalyticsExportView::onPlanned);
    connect(m_export.get(), &ops::AnalyticsExport::callStarted, this,
            [this]() { showProgress(m_export->progress(), m_export->state()); });
    connect(m_export.get(), &ops::AnalyticsExport::callFinished, this,
            &AnalyticsExportView::onCallFinished);
    for (QLabel *label : { m_message, m_rpcError, m_notices })
        leads_ui::setMessage(label, {});
    m_export->start();
}

void AnalyticsExportView::onState(AnalyticsExportState state)
{
    m_state->setText(tr("State: %1").arg(ops::analyticsStateDisplayName(state)));
    const bool waiting
        = state == AnalyticsExportState::Waiting || state == AnalyticsExportState::Paused;
    if (waiting) {
        const qint64 waitMs = m_export->progress().wait.waitMs;
        m_waitDeadline = QDeadlineTimer(waitMs);
        m_waitUntil = QDateTime::currentDateTime().addMSecs(waitMs);
        m_tick->start();
    } else {
        m_tick->stop();
    }
    const bool running = isRunning(state);
    m_start->setEnabled(!running);
    m_full->setEnabled(!running);
    showProgress(m_export->progress(), state);
    showWait();
    if (isTerminal(state))
        showOutcome(state);
    Q_EMIT stateChanged(state);
    if (isTerminal(state))
        Q_EMIT finished(state);
}

void AnalyticsExportView::onPlanned()
{
    const ops::AnalyticsProgress progress = m_export->progress();
    const ops::AnalyticsPlanSummary &summary = m_export->summary();
    QStringList notices = summary.notices;
    if (progress.resumed) {
        notices.prepend(tr("Going on with the interrupted export: %Ln call(s) left.", nullptr,
                           progress.callsLeft()));
    } else if (summary.unchanged > 0) {
        notices << tr("%Ln item(s) unchanged since the last export are not sent again.", nullptr,
                      summary.unchanged);
    }
    leads_ui::setMessage(m_notices, notices.join(QLatin1Char('\n')));
    showProgress(progress, m_export->state());
}

void AnalyticsExportView::onCallFinished()
{
    m_limitsAt = QDateTime::currentDateTimeUtc(); // every answer reports the limits
    showProgress(m_export->progress(), m_export->state());
}

void AnalyticsExportView::tick()
{
    if (!m_export)
        return;
    showWait();
    showLimits(m_export->progress(), m_export->state());
}

void AnalyticsExportView::showProgress(const ops::AnalyticsProgress &progress,
                                       AnalyticsExportState state)
{
    const QLocale locale;
    if (state == AnalyticsExportState::Reading) {
        m_calls->setRange(0, 0); // the number of calls is not known yet: a busy bar
        m_calls->setFormat(tr("reading the CRM"));
    } else if (progress.callsTotal == 0) {
        m_calls->setRange(0, 1);
        const bool none = state == AnalyticsExportState::Completed;
        m_calls->setValue(none ? 1 : 0);
        m_calls->setFormat(none ? tr("nothing to send") : tr("nothing sent yet"));
    } else {
        m_calls->setRange(0, progress.callsTotal);
        m_calls->setValue(progress.callsDone);
        m_calls->setFormat(tr("%1 of %Ln call(s) sent", nullptr, progress.callsTotal)
                               .arg(locale.toString(progress.callsDone)));
    }
    const bool known = progress.callsTotal > 0 || state == AnalyticsExportState::Completed;
    for (int row = 0; row < int(kKinds.size()); ++row) {
        const AnalyticsItemKind kind = kKinds.at(std::size_t(row));
        const std::array<int, ColumnCount> values { progress.itemsDone.at(std::size_t(kind)),
                                                    progress.itemsTotal.at(std::size_t(kind)),
                                                    progress.itemsLeft(kind) };
        for (int column = 0; column < ColumnCount; ++column) {
            m_items->item(row, column)
                ->setText(known ? locale.toString(values.at(std::size_t(column)))
                                : QStringLiteral("—"));
        }
    }
    showLimits(progress, state);
}

void AnalyticsExportView::showLimits(const ops::AnalyticsProgress &progress,
                                     AnalyticsExportState state)
{
    if (progress.limits) {
        // A limit unlike the one shown is a new report (a failed answer reports them too).
        if (!m_limits || m_limits->toJson() != progress.limits->toJson()) {
            m_limitsAt = QDateTime::currentDateTimeUtc();
            m_limits = progress.limits;
        }
    }
    const QLocale locale;
    if (!m_limits) {
        const QString unknown = tr("not reported yet");
        for (QLabel *label : { m_minute, m_day, m_used })
            label->setText(unknown);
    } else {
        const ops::AnalyticsLimits &limits = *m_limits;
        m_minute->setText(tr("%1 of %Ln call(s) left, %2", nullptr, limits.minuteLimit)
                              .arg(locale.toString(limits.minuteRemaining),
                                   resetText(limits.minuteResetSeconds, m_limitsAt)));
        m_day->setText(tr("%1 of %Ln call(s) left, %2", nullptr, limits.dayLimit)
                           .arg(locale.toString(limits.dayRemaining),
                                resetText(limits.dayResetSeconds, m_limitsAt)));
        const qint64 age = m_limitsAt.isValid()
            ? std::max<qint64>(0, m_limitsAt.secsTo(QDateTime::currentDateTimeUtc()))
            : 0;
        m_used->setText(tr("%1 this minute, %2 today (reported %3 ago)")
                            .arg(locale.toString(limits.minuteLimit - limits.minuteRemaining),
                                 locale.toString(limits.dayLimit - limits.dayRemaining),
                                 durationText(age)));
    }
    if (progress.callsTotal == 0 || progress.callsLeft() == 0 || !isRunning(state))
        m_eta->setText(progress.callsLeft() > 0 ? tr("unknown until the export runs")
                                                : QStringLiteral("—"));
    else if (progress.estimatedSeconds < 0)
        m_eta->setText(tr("unknown until the service's first answer"));
    else if (progress.estimatedSeconds == 0)
        m_eta->setText(tr("no wait for the limits"));
    else
        m_eta->setText(tr("about %1").arg(durationText(progress.estimatedSeconds)));
}

void AnalyticsExportView::showWait()
{
    const AnalyticsExportState state = m_export ? m_export->state() : AnalyticsExportState::Idle;
    if (state != AnalyticsExportState::Waiting && state != AnalyticsExportState::Paused) {
        m_wait->setText(tr("none"));
        return;
    }
    const ops::PacingReason reason = m_export->progress().wait.reason;
    // Rounded as operator-cli rounds it, and never "0 s" while the wait lasts.
    const QString left
        = durationText(std::max<qint64>(1, (m_waitDeadline.remainingTime() + 500) / 1000));
    if (state == AnalyticsExportState::Waiting) {
        switch (reason) {
        case ops::PacingReason::Minute:
            m_wait->setText(tr("waiting for the minute's limit to reset: %1 left").arg(left));
            return;
        case ops::PacingReason::Day:
            m_wait->setText(tr("waiting for the day's limit to reset: %1 left").arg(left));
            return;
        case ops::PacingReason::RetryAfter:
        case ops::PacingReason::None:
            m_wait->setText(tr("waiting as the analytics service asked: %1 left").arg(left));
            return;
        }
        return;
    }
    // Paused: the wait was too long to sit through; say when Resume will get through.
    const QString at = human::timeOrDateTime(m_waitUntil, QDateTime::currentDateTime());
    switch (reason) {
    case ops::PacingReason::Minute:
        m_wait->setText(
            tr("paused for the minute's limit: it may go on in %1, at %2").arg(left, at));
        return;
    case ops::PacingReason::Day:
        m_wait->setText(tr("paused for the day's limit: it may go on in %1, at %2").arg(left, at));
        return;
    case ops::PacingReason::RetryAfter:
    case ops::PacingReason::None:
        m_wait->setText(
            tr("paused as the analytics service asked: it may go on in %1, at %2").arg(left, at));
        return;
    }
}

void AnalyticsExportView::showOutcome(AnalyticsExportState state)
{
    const ops::AnalyticsProgress progress = m_export->progress();
    setResumable(state == AnalyticsExportState::Paused);
    m_start->setAccessibleName(tr("Start the analytics export"));
    if (state == AnalyticsExportState::Completed) {
        m_start->setText(tr("&Start export"));
        if (progress.callsTotal == 0) {
            leads_ui::setMessage(m_message,
                                 tr("Nothing new to send: the analytics service has everything "
                                    "as it is in the CRM."),
                                 Tone::Good);
            return;
        }
        QStringList sent;
        for (AnalyticsItemKind kind : kKinds) {
            const int count = progress.itemsTotal.at(std::size_t(kind));
            if (count > 0)
                sent << ops::analyticsItemCountText(kind, count);
        }
        leads_ui::setMessage(
            m_message,
            tr("Export finished: %Ln call(s) sent %1.", nullptr, progress.callsTotal)
                .arg(sent.join(QStringLiteral(", "))),
            Tone::Good);
        return;
    }
    if (state == AnalyticsExportState::Paused) {
        m_start->setText(tr("&Resume export"));
        m_start->setAccessibleName(tr("Resume the paused analytics export"));
        leads_ui::setMessage(m_message, m_export->message());
        return;
    }
    m_start->setText(tr("&Try again"));
    m_start->setAccessibleName(tr("Try the analytics export again"));
    leads_ui::setMessage(m_message, m_export->message(), Tone::Bad);
    checkOpenRun(); // a call without an answer leaves the run open: Try again resumes it
    const std::optional<ops::JsonRpcError> error = m_export->rpcError();
    if (!error)
        return;
    // The code is an identifier, not a quantity: written as the service wrote it.
    QString text = tr("JSON-RPC error %1: %2").arg(QString::number(error->code), error->message);
    if (!error->mnemonic.isEmpty() || !error->field.isEmpty()) {
        QStringList details;
        if (!error->mnemonic.isEmpty())
            details << error->mnemonic;
        if (!error->field.isEmpty())
            details << tr("field %1").arg(error->field);
        text = tr("%1 (%2)").arg(text, details.join(QStringLiteral(", ")));
    }
    if (error->mnemonic == QLatin1String("entity_not_found")) {
        text += QLatin1Char('\n')
            + tr("If the analytics service lost what earlier exports sent, tick “Send "
                 "everything again” and try again.");
    }
    leads_ui::setMessage(m_rpcError, text, Tone::Bad);
}

} // namespace opc::ui
