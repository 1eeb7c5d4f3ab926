#include "ui/leads/FunnelView.h"

#include "core/LocaleFormat.h"
#include "ui/leads/FunnelChart.h"
#include "ui/leads/LeadsUi.h"
#include "ui/merge/BusyIndicator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;

FunnelView::FunnelView(crm::CrmClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_funnels(new QComboBox(this)),
      m_busy(new BusyIndicator(this)), m_message(new QLabel(this)), m_chart(new FunnelChart(this)),
      m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("funnelView"));
    auto *caption = new QLabel(tr("F&unnel:"), this);
    leads_ui::namedCombo(m_funnels, QStringLiteral("funnelCombo"), tr("Funnel"));
    m_funnels->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    caption->setBuddy(m_funnels);
    m_message->setObjectName(QStringLiteral("funnelMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    named(m_totals, QStringLiteral("funnelTotals"), tr("Funnel totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(caption);
    top->addWidget(m_funnels);
    top->addStretch();

    auto *scroll = new QScrollArea(this);
    named(scroll, QStringLiteral("funnelScroll"), tr("Funnel chart"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_chart);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_totals);

    m_chart->setEmptyText(tr("Loading the funnels…"));
    connect(m_funnels, &QComboBox::currentIndexChanged, this, &FunnelView::loadSummary);
}

void FunnelView::refresh()
{
    if (m_haveFunnels)
        loadSummary();
    else
        loadFunnels();
}

void FunnelView::loadFunnels()
{
    const int generation = ++m_generation;
    m_busy->setBusy(tr("Loading the funnels…"));
    ops::listFunnels(m_client, this, [this, generation](const ops::FunnelsResult &result) {
        if (generation != m_generation)
            return;
        m_busy->setIdle();
        if (!result.ok()) {
            leads_ui::setMessage(m_message,
                                 tr("Could not load the funnels: %1").arg(result.error->message),
                                 leads_ui::Tone::Bad);
            m_chart->setEmptyText(tr("No funnel to show."));
            return;
        }
        m_haveFunnels = true;
        m_loaded = result.funnels;
        const QSignalBlocker blocker(m_funnels);
        m_funnels->clear();
        int preferred = 0;
        for (int i = 0; i < m_loaded.size(); ++i) {
            m_funnels->addItem(m_loaded.at(i).name, m_loaded.at(i).id);
            if (m_loaded.at(i).isDefault)
                preferred = i;
        }
        if (m_loaded.isEmpty()) {
            leads_ui::setMessage(m_message, tr("The CRM has no funnels."));
            m_chart->setEmptyText(tr("No funnel to show."));
            return;
        }
        m_funnels->setCurrentIndex(preferred);
        loadSummary();
    });
}

void FunnelView::loadSummary()
{
    if (m_funnels->currentIndex() < 0)
        return;
    const qint64 funnelId = m_funnels->currentData().toLongLong();
    const int generation = ++m_generation;
    m_busy->setBusy(tr("Loading the funnel “%1”…").arg(m_funnels->currentText()));
    ops::loadFunnelSummary(
        m_client, funnelId, this, [this, generation](const ops::FunnelSummaryResult &result) {
            if (generation != m_generation)
                return;
            m_busy->setIdle();
            if (!result.ok()) {
                leads_ui::setMessage(m_message,
                                     tr("Could not load the funnel: %1").arg(result.error->message),
                                     leads_ui::Tone::Bad);
                return;
            }
            leads_ui::setMessage(m_message, {});
            m_chart->setStages(result.stages);
            qint64 count = 0;
            qint64 amount = 0;
            for (const ops::StageSummary &stage : result.stages) {
                count += stage.count;
                amount += stage.amountKopecks;
            }
            if (result.stages.isEmpty())
                m_chart->setEmptyText(tr("The funnel has no stages."));
            m_totals->setText(
                tr("In all: %Ln deal(s), %1", nullptr, int(count)).arg(money::rubles(amount)));
            Q_EMIT summaryShown();
        });
}

} // namespace opc::ui
