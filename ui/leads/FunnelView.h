#pragma once

#include "operations/leads/Funnels.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class BusyIndicator;
class FunnelChart;

// The funnel view: pick a funnel (the default one first), see how many deals and how much money
// sit in each stage (FunnelChart). Loads the funnels when first shown and the summary whenever
// the funnel changes or refresh() is called (the page's Refresh); never blocks.
class FunnelView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelView)

public:
    explicit FunnelView(crm::CrmClient *client, QWidget *parent = nullptr);

    // Loads the funnels the first time, the summary again afterwards.
    void refresh();
    FunnelChart *chart() const { return m_chart; }

Q_SIGNALS:
    void summaryShown(); // a summary was drawn (tests wait for it)

private:
    void loadFunnels();
    void loadSummary();

    crm::CrmClient *m_client;
    QComboBox *m_funnels;
    BusyIndicator *m_busy;
    QLabel *m_message;
    FunnelChart *m_chart;
    QLabel *m_totals;
    QList<ops::FunnelInfo> m_loaded;
    int m_generation = 0;
    bool m_haveFunnels = false;
};

} // namespace opc::ui
