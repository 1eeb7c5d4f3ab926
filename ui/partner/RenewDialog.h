#pragma once

#include "ui/partner/PartnerOrderDialog.h"

#include <QList>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace opc::ui {

// "Renew" the selected lines (seed 003): one payment for all of them, the period in months and
// the payment method, with the total and the discounts as the CRM will price them (one group
// per line with its channels: ops::renewalLineOrder). Each line then runs `months` more from its
// expiry, or from today when it has expired. NFR lines renew by themselves and are left out.
// Named "renewDialog", its fields "renewLines", "renewMonths", "renewPayment".
class RenewDialog final : public PartnerOrderDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewDialog)

public:
    RenewDialog(const PartnerOrderContext &context, const QList<ops::PartnerLine> &lines,
                QWidget *parent = nullptr);

    // The lines the order renews (the NFR ones left out).
    const QList<ops::PartnerLine> &lines() const { return m_lines; }
    partner::LineOrder lineOrder() const;
    std::optional<ops::PartnerOrderRequest> request() const override;

protected:
    void reprice() override;

private:
    QList<ops::PartnerLine> m_lines;
    QListWidget *m_list;
    QSpinBox *m_months;
    QComboBox *m_payment;
    QLabel *m_expiry;
};

} // namespace opc::ui
