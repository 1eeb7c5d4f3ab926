#pragma once

#include "core/partner/Pricing.h"
#include "operations/ActionAudit.h"
#include "operations/partner/PartnerOrders.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class BusyIndicator;
class QuoteBreakdownView;

// What an order dialog works with: the CRM, who orders, the price list and the partner status
// (the discounts), and the CRM's today (add-on days).
struct PartnerOrderContext {
    crm::CrmClient *client = nullptr;
    ops::Actor actor;
    partner::PriceList prices;
    partner::PartnerStatus partnerStatus = partner::PartnerStatus::None;
    QDate today;
};

// The frame of the buy, renew and add-channels dialogs: the dialog's own form on top, the live
// price (QuoteBreakdownView) under it, then what went wrong and Confirm / Cancel. Confirm sends
// the order (ops::placePartnerOrder) without waiting; the dialog stays open (Cancel disabled)
// until the CRM answered: on success it emits ordered() and closes, otherwise it says why and
// Confirm may be pressed again. The same order confirmed again (after a lost answer) carries the
// same operation id, so the CRM answers it once; any change to the order makes it a new one.
class PartnerOrderDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerOrderDialog)

public:
    QuoteBreakdownView *breakdown() const { return m_breakdown; }
    QPushButton *confirmButton() const { return m_confirm; }
    bool isSending() const { return m_sending; }
    // The order as it would be sent now; nullopt when it cannot be (the problem is shown).
    virtual std::optional<ops::PartnerOrderRequest> request() const = 0;

    // Sends request() (Confirm does this).
    void confirmOrder();
    // Not while the order is under way: its answer must reach the page.
    void reject() override;

Q_SIGNALS:
    void ordered(const ops::PartnerOrder &order);
    void orderFailed(const QString &message);

protected:
    PartnerOrderDialog(const PartnerOrderContext &context, const QString &objectName,
                       QWidget *parent);

    const PartnerOrderContext &context() const { return m_context; }
    QVBoxLayout *formLayout() const { return m_form; }
    // The order changed: a new operation, the price shown anew by reprice().
    void orderChanged();
    // Shows the price of the order as it is now (quote or problem) and enables Confirm when
    // there is one to confirm.
    virtual void reprice() = 0;
    void setConfirmable(bool confirmable, const QString &whyNot = {});
    void showMessage(const QString &text, bool failure);

private:
    PartnerOrderContext m_context;
    QVBoxLayout *m_form;
    QuoteBreakdownView *m_breakdown;
    QLabel *m_message;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
    QString m_operationId;
    bool m_sending = false;
    bool m_confirmable = false;
};

} // namespace opc::ui
