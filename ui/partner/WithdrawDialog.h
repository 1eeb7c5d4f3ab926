#pragma once

#include "operations/ActionAudit.h"
#include "operations/partner/PartnerWithdrawal.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class BusyIndicator;

// "Withdraw the reward": an amount in rubles, checked as it is typed with
// partner::withdrawalRefusal() (rubles only, at least 5 000 ₽, not more than the balance), sent
// with ops::requestWithdrawal() without waiting. Named "withdrawDialog", its fields
// "withdrawAmount", "withdrawProblem", "withdrawConfirmButton".
class WithdrawDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WithdrawDialog)

public:
    WithdrawDialog(crm::CrmClient *client, const ops::Actor &actor, qint64 balanceKopecks,
                   QWidget *parent = nullptr);

    qint64 amountKopecks() const;
    // Not while the request is under way: its answer must reach the page.
    void reject() override;

Q_SIGNALS:
    void withdrawn(const ops::PartnerWithdrawal &withdrawal);

private:
    void check();
    void send();

    crm::CrmClient *m_client;
    ops::Actor m_actor;
    qint64 m_balance;
    QDoubleSpinBox *m_amount;
    QLabel *m_problem;
    BusyIndicator *m_busy;
    QPushButton *m_confirm;
    bool m_sending = false;
};

} // namespace opc::ui
