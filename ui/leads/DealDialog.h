#pragma once

#include "operations/leads/Deals.h"
#include "operations/leads/Funnels.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace opc::ops {
class Session;
}

namespace opc::ui {

class BusyIndicator;

// One deal: client, funnel, stage, status and amount, the stages it passed (seed 004's history:
// time, stage, amount, employee, generated entries marked), and a stage picker with an amount
// to move it (ops::moveDeal, audited as "deal.move"). Loads and moves without blocking; a move
// refused because the deal changed meanwhile shows the deal as it is now and says so. Shown
// with open(), deleted when closed.
class DealDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealDialog)

public:
    // `session` must outlive the dialog.
    DealDialog(const ops::Session *session, qint64 dealId, QWidget *parent = nullptr);

    // The amount field's text as kopecks: nullopt for empty (keep the deal's amount); `valid`
    // false when it is not roubles with at most two decimals after "," or "." ("12 345,50",
    // "12345.5"); spaces may group digits, a "₽" is ignored.
    static std::optional<qint64> kopecksFromText(const QString &text, bool *valid);

Q_SIGNALS:
    void dealMoved(const opc::ops::Deal &deal);

private:
    // Reads the deal again (and the funnels the first time); `message` stays shown.
    void load(const QString &message = {}, bool bad = false);
    void loadFunnels();
    void showDeal(const ops::Deal &deal);
    void showHistory(const ops::Deal &deal);
    void fillStages();
    void move();
    void setBusy(const QString &text);
    void updateControls();
    std::optional<qint64> chosenStage() const;

    const ops::Session *m_session;
    qint64 m_dealId;
    std::optional<ops::Deal> m_deal;
    std::optional<ops::FunnelInfo> m_funnel;
    QList<ops::FunnelInfo> m_funnels;
    bool m_funnelsLoaded = false;
    bool m_busy = false;
    int m_generation = 0; // answers to an older load are dropped

    QLabel *m_client;
    QLabel *m_funnelName;
    QLabel *m_stage;
    QLabel *m_status;
    QLabel *m_amount;
    QTableWidget *m_history;
    QComboBox *m_stages;
    QLineEdit *m_amountEdit;
    QLabel *m_amountNote;
    QPushButton *m_move;
    BusyIndicator *m_busyIndicator;
    QLabel *m_message;
};

} // namespace opc::ui
