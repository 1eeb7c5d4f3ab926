#include "ui/partner/WithdrawDialog.h"

#include "core/LocaleFormat.h"
#include "core/partner/PartnerRules.h"
#include "ui/leads/LeadsUi.h"
#include "ui/merge/BusyIndicator.h"
#include "ui/partner/PartnerUi.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace opc::ui {

using leads_ui::named;

WithdrawDialog::WithdrawDialog(crm::CrmClient *client, const ops::Actor &actor,
                               qint64 balanceKopecks, QWidget *parent)
    : QDialog(parent), m_client(client), m_actor(actor), m_balance(balanceKopecks),
      m_amount(new QDoubleSpinBox(this)), m_problem(new QLabel(this)),
      m_busy(new BusyIndicator(this)), m_confirm(nullptr)
{
    setObjectName(QStringLiteral("withdrawDialog"));
    setWindowTitle(tr("Withdraw the reward"));
    setAccessibleName(windowTitle());
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(true);

    auto *balance = new QLabel(
        tr("Reward balance: %1. Withdrawals are paid in rubles, %2 at "
           "least.")
            .arg(money::rubles(balanceKopecks), money::rubles(partner::kMinWithdrawalKopecks)),
        this);
    balance->setObjectName(QStringLiteral("withdrawBalanceLabel"));
    balance->setWordWrap(true);
    partner_ui::namedSpin(m_amount, QStringLiteral("withdrawAmount"), tr("Amount in rubles"));
    m_amount->setDecimals(2);
    m_amount->setRange(0, double(std::max<qint64>(balanceKopecks, 0)) / 100.0 + 1e6);
    m_amount->setSuffix(QStringLiteral(" ₽"));
    m_amount->setGroupSeparatorShown(true);
    m_amount->setValue(double(std::max<qint64>(balanceKopecks, 0)) / 100.0);
    m_problem->setObjectName(QStringLiteral("withdrawProblem"));
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("withdrawButtons"));
    m_confirm = buttons->addButton(tr("&Request the withdrawal"), QDialogButtonBox::AcceptRole);
    named(m_confirm, QStringLiteral("withdrawConfirmButton"), tr("Request the withdrawal"));
    m_confirm->setAutoDefault(false);
    named(buttons->button(QDialogButtonBox::Cancel), QStringLiteral("withdrawCancelButton"),
          tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(balance);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &WithdrawDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &WithdrawDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

qint64 WithdrawDialog::amountKopecks() const
{
    return qint64(std::llround(m_amount->value() * 100.0));
}

void WithdrawDialog::check()
{
    const std::optional<QString> refusal
        = partner::withdrawalRefusal(amountKopecks(), QStringLiteral("RUB"), m_balance);
    leads_ui::setMessage(m_problem, refusal.value_or(QString()), leads_ui::Tone::Bad);
    m_confirm->setEnabled(!refusal && !m_sending);
    m_confirm->setToolTip(refusal.value_or(tr("Ask the platform to pay this amount out.")));
}

void WithdrawDialog::reject()
{
    if (!m_sending)
        QDialog::reject();
}

void WithdrawDialog::send()
{
    if (m_sending || !m_confirm->isEnabled())
        return;
    m_sending = true;
    m_confirm->setEnabled(false);
    m_amount->setEnabled(false);
    m_busy->setBusy(tr("Requesting the withdrawal…"));
    ops::requestWithdrawal(m_actor, m_client, amountKopecks(), this,
                           [this](const ops::PartnerWithdrawalResult &result) {
                               m_sending = false;
                               m_busy->setIdle();
                               m_amount->setEnabled(true);
                               if (result.ok()) {
                                   Q_EMIT withdrawn(*result.withdrawal);
                                   accept();
                                   return;
                               }
                               leads_ui::setMessage(m_problem, result.message, leads_ui::Tone::Bad);
                               m_confirm->setEnabled(true);
                           });
}

} // namespace opc::ui
