#include "ui/partner/RenewDialog.h"

#include "core/LocaleFormat.h"
#include "ui/leads/LeadsUi.h"
#include "ui/partner/BuyLinesDialog.h"
#include "ui/partner/PartnerUi.h"
#include "ui/partner/QuoteBreakdownView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace opc::ui {

using leads_ui::named;

namespace {

QString channelList(const ops::PartnerLine &line)
{
    QStringList names;
    const QMap<QString, qint64> counts = line.channelCounts();
    for (const QString &key : partner_ui::sortedChannels(counts.keys())) {
        const qint64 count = counts.value(key);
        names << (count > 1 ? QStringLiteral("%1 × %2").arg(partner_ui::channelName(key)).arg(count)
                            : partner_ui::channelName(key));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

RenewDialog::RenewDialog(const PartnerOrderContext &context, const QList<ops::PartnerLine> &lines,
                         QWidget *parent)
    : PartnerOrderDialog(context, QStringLiteral("renewDialog"), parent),
      m_list(new QListWidget(this)), m_months(new QSpinBox(this)),
      m_payment(paymentMethodCombo(QStringLiteral("renewPayment"), this)),
      m_expiry(new QLabel(this))
{
    QStringList nfr;
    QSet<qint64> clients;
    for (const ops::PartnerLine &line : lines) {
        if (line.isNfr) {
            nfr << line.lineId;
            continue;
        }
        m_lines << line;
        clients.insert(line.clientId);
    }
    setWindowTitle(tr("Renew %Ln line(s)", nullptr, int(m_lines.size())));
    setAccessibleName(windowTitle());

    auto *summary
        = new QLabel(tr("%Ln line(s) of %1, paid as one payment.", nullptr, int(m_lines.size()))
                         .arg(tr("%Ln client(s)", nullptr, int(clients.size()))),
                     this);
    summary->setObjectName(QStringLiteral("renewSummary"));
    summary->setWordWrap(true);
    formLayout()->addWidget(summary);
    if (!nfr.isEmpty()) {
        auto *note = new QLabel(tr("Left out: %1. The NFR line is renewed free by the platform "
                                   "when a client paid an invoice in its last 2 months.")
                                    .arg(nfr.join(QStringLiteral(", "))),
                                this);
        note->setObjectName(QStringLiteral("renewNfrNote"));
        note->setWordWrap(true);
        formLayout()->addWidget(note);
    }

    named(m_list, QStringLiteral("renewLines"), tr("Lines to renew"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const ops::PartnerLine &line : std::as_const(m_lines)) {
        m_list->addItem(tr("%1 — %2, %3 — expires %4 — %5")
                            .arg(line.lineId, line.organisation, line.project,
                                 human::date(line.expiresOn()), channelList(line)));
    }
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * 6 + 2 * m_list->frameWidth() + 4);
    formLayout()->addWidget(m_list);

    partner_ui::namedSpin(m_months, QStringLiteral("renewMonths"), tr("Period in months"));
    m_months->setRange(1, partner::kMaxMonths);
    m_months->setToolTip(tr("6 months or more: 10 % off; 12 months or more: 20 % off."));
    m_expiry->setObjectName(QStringLiteral("renewExpiryLabel"));
    m_expiry->setWordWrap(true);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Period, months:"), m_months);
    fields->addRow(tr("Pa&yment:"), m_payment);
    fields->addRow(m_expiry);
    formLayout()->addLayout(fields);

    connect(m_months, &QSpinBox::valueChanged, this, &RenewDialog::orderChanged);
    connect(m_payment, &QComboBox::currentIndexChanged, this, &RenewDialog::orderChanged);
    reprice();
}

partner::LineOrder RenewDialog::lineOrder() const
{
    return ops::renewalLineOrder(m_lines, context().partnerStatus, m_months->value());
}

std::optional<ops::PartnerOrderRequest> RenewDialog::request() const
{
    if (m_lines.isEmpty())
        return std::nullopt;
    ops::PartnerOrderRequest request;
    request.kind = ops::PartnerOrderKind::Renew;
    request.months = m_months->value();
    request.paymentMethod = static_cast<ops::PaymentMethod>(m_payment->currentData().toInt());
    request.lines = m_lines;
    return request;
}

void RenewDialog::reprice()
{
    const int months = m_months->value();
    if (m_lines.size() == 1) {
        const QDate from = std::max(context().today, m_lines.first().expiresOn());
        m_expiry->setText(
            tr("The line will expire on %1.").arg(human::date(from.addMonths(months))));
    } else {
        m_expiry->setText(tr("Each line runs %Ln more month(s) from its expiry, or from today "
                             "when it has expired.",
                             nullptr, months));
    }
    if (m_lines.isEmpty()) {
        const QString why = tr("No line to renew: NFR lines are renewed by the platform.");
        breakdown()->setProblem(why);
        setConfirmable(false, why);
        return;
    }
    partner::QuoteError error;
    const partner::LineOrder order = lineOrder();
    const std::optional<partner::Quote> quote
        = partner::quoteLines(order, context().prices, &error);
    if (!quote) {
        breakdown()->setProblem(error.message);
        setConfirmable(false, error.message);
        return;
    }
    breakdown()->setQuote(*quote, { months, order.partner });
    setConfirmable(true);
}

} // namespace opc::ui
