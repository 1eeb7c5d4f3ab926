#include "ui/partner/AddChannelsDialog.h"

#include "ui/leads/LeadsUi.h"
#include "ui/partner/ChannelCountsEditor.h"
#include "ui/partner/PartnerUi.h"
#include "ui/partner/QuoteBreakdownView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace opc::ui {

AddChannelsDialog::AddChannelsDialog(const PartnerOrderContext &context,
                                     const ops::PartnerLine &line, QWidget *parent)
    : PartnerOrderDialog(context, QStringLiteral("addChannelsDialog"), parent), m_line(line),
      m_daysLeft(context.today.daysTo(line.expiresOn())), m_days(new QLabel(this)),
      m_channels(nullptr)
{
    const qint64 days = m_daysLeft;
    m_channels = new ChannelCountsEditor(
        context.prices.channels, QStringLiteral("addChannel_"),
        [days](const QString &, qint64 kopecks) {
            // For orientation only: the total below is priced exactly, rounded once.
            const qint64 forDays = days > 0 ? (kopecks * days * 2 + 30) / 60 : 0;
            return tr("%1 a month, about %2 for the %n day(s) left", nullptr,
                      int(qMax<qint64>(days, 0)))
                .arg(leads_ui::roubles(kopecks), leads_ui::roubles(forDays));
        },
        this);
    setWindowTitle(tr("Add channels to %1").arg(line.lineId));
    setAccessibleName(windowTitle());

    auto *about = new QLabel(tr("Line %1 of %2 (%3), expires on %4.")
                                 .arg(line.lineId, line.organisation, line.clientAccountId,
                                      partner_ui::shortDate(line.expiresOn())),
                             this);
    about->setObjectName(QStringLiteral("addChannelsLineLabel"));
    about->setWordWrap(true);
    m_days->setObjectName(QStringLiteral("addChannelsDaysLeft"));
    m_days->setAccessibleName(tr("Days left"));
    m_days->setWordWrap(true);
    m_days->setText(tr("%n day(s) left: added channels are paid for these days only, at the "
                       "monthly price × days / 30. Paid channels cannot be removed.",
                       nullptr, int(qMax<qint64>(m_daysLeft, 0))));
    formLayout()->addWidget(about);
    formLayout()->addWidget(m_days);
    formLayout()->addWidget(m_channels);
    connect(m_channels, &ChannelCountsEditor::changed, this, &AddChannelsDialog::orderChanged);
    reprice();
}

partner::AddOnOrder AddChannelsDialog::addOnOrder() const
{
    partner::AddOnOrder order;
    order.partner = context().partnerStatus;
    order.today = context().today;
    order.lineExpiresOn = m_line.expiresOn();
    order.channels = m_channels->counts();
    return order;
}

std::optional<ops::PartnerOrderRequest> AddChannelsDialog::request() const
{
    if (m_channels->total() == 0)
        return std::nullopt;
    ops::PartnerOrderRequest request;
    request.kind = ops::PartnerOrderKind::AddChannels;
    request.lines = { m_line };
    request.channels = m_channels->counts();
    return request;
}

void AddChannelsDialog::reprice()
{
    partner::QuoteError error;
    const partner::AddOnOrder order = addOnOrder();
    const std::optional<partner::Quote> quote
        = partner::quoteAddOn(order, context().prices, &error);
    if (!quote) {
        breakdown()->setProblem(error.message);
        setConfirmable(false, error.message);
        return;
    }
    if (m_channels->total() == 0) {
        const QString why = tr("Choose the channels to add.");
        breakdown()->setProblem(why, false);
        setConfirmable(false, why);
        return;
    }
    breakdown()->setQuote(*quote, { 0, order.partner });
    setConfirmable(true);
}

} // namespace opc::ui
