#pragma once

#include "core/partner/Pricing.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace opc::ui {

// The price of an order as the dialogs show it while anything changes: the subtotal, every
// discount that applies (with its percent, what it counts and what it takes off) and the total,
// or why the order cannot be priced. Labels are named "quoteSubtotal", "quoteVolumeDiscount",
// "quotePeriodDiscount", "quotePartnerDiscount", "quoteTotal", "quoteProblem".
class QuoteBreakdownView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteBreakdownView)

public:
    explicit QuoteBreakdownView(QWidget *parent = nullptr);

    // What the discounts are described with: the order's months (period discount; 0: none
    // applies, as for add-ons) and the partner's status.
    struct Context {
        int months = 0;
        partner::PartnerStatus partner = partner::PartnerStatus::None;
    };
    void setQuote(const partner::Quote &quote, const Context &context);
    // No price: why (a failure in red), or what is going on (`failure` false: "Pricing…").
    void setProblem(const QString &problem, bool failure = true);

    std::optional<partner::Quote> quote() const { return m_quote; }
    // The breakdown as one text, line by line (what a screen reader reads).
    QString text() const;

private:
    QLabel *row(const QString &objectName);
    void showRow(QLabel *label, const QString &name, const QString &value);

    QFormLayout *m_form;
    QLabel *m_subtotal;
    QLabel *m_volume;
    QLabel *m_period;
    QLabel *m_partner;
    QLabel *m_total;
    QLabel *m_problem;
    std::optional<partner::Quote> m_quote;
};

} // namespace opc::ui
