#pragma once

#include "ui/partner/PartnerOrderDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace opc::ui {

class ChannelCountsEditor;

// "Buy lines" for one client (seed 003): the period in months, how many of each channel every
// line has (a spin box per channel of the CRM's price list), how many lines, a ChatCoins package
// and the payment method. The total and every discount that applies follow each change,
// computed here with partner::quoteLines() from the CRM's price list and the partner's status;
// the CRM prices the order the same way when it is confirmed. Named "buyLinesDialog", its fields
// "buyMonths", "buyChannel_<key>", "buyLineCount", "buyChatcoins", "buyPayment", "buyProject".
class BuyLinesDialog final : public PartnerOrderDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuyLinesDialog)

public:
    // For the client of `line` (its id, account id, organisation and project).
    BuyLinesDialog(const PartnerOrderContext &context, const ops::PartnerLine &line,
                   QWidget *parent = nullptr);

    // What is priced now: the order as partner::quoteLines() sees it.
    partner::LineOrder lineOrder() const;
    std::optional<ops::PartnerOrderRequest> request() const override;

    ChannelCountsEditor *channels() const { return m_channels; }
    // "cc-1000" → "1 000 ChatCoins"; another id as it is.
    static QString packageName(const QString &id);

protected:
    void reprice() override;

private:
    qint64 m_clientId;
    QSpinBox *m_months;
    ChannelCountsEditor *m_channels;
    QSpinBox *m_count;
    QComboBox *m_chatcoins;
    QComboBox *m_payment;
    QLineEdit *m_project;
};

// Payment methods as the order dialogs offer them; named `objectName`.
QComboBox *paymentMethodCombo(const QString &objectName, QWidget *parent);
// "No ChatCoins package" and each package of the price list (its id the item's data), as the
// order dialogs offer them; named `objectName`.
QComboBox *chatcoinsPackageCombo(const QString &objectName, const QMap<QString, qint64> &packages,
                                 QWidget *parent);

} // namespace opc::ui
