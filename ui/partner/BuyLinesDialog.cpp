#include "ui/partner/BuyLinesDialog.h"

#include "core/LocaleFormat.h"
#include "ui/leads/LeadsUi.h"
#include "ui/partner/ChannelCountsEditor.h"
#include "ui/partner/PartnerUi.h"
#include "ui/partner/QuoteBreakdownView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;

namespace {

// "cc-1000" → "1 000 ChatCoins"; another id as it is.
QString packageName(const QString &id)
{
    static const QRegularExpression coins(QStringLiteral("^cc-(\\d+)$"));
    const QRegularExpressionMatch match = coins.match(id);
    if (!match.hasMatch())
        return id;
    return BuyLinesDialog::tr("%1 ChatCoins")
        .arg(partner_ui::number(match.captured(1).toLongLong()));
}

} // namespace

QComboBox *paymentMethodCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = leads_ui::namedCombo(new QComboBox(parent), objectName,
                                       BuyLinesDialog::tr("Payment method"));
    combo->addItem(BuyLinesDialog::tr("Card"), int(ops::PaymentMethod::Card));
    combo->addItem(BuyLinesDialog::tr("Invoice to the partner's organisation"),
                   int(ops::PaymentMethod::Invoice));
    return combo;
}

QComboBox *chatcoinsPackageCombo(const QString &objectName, const QMap<QString, qint64> &packages,
                                 QWidget *parent)
{
    auto *combo = leads_ui::namedCombo(new QComboBox(parent), objectName,
                                       BuyLinesDialog::tr("ChatCoins package"));
    combo->addItem(BuyLinesDialog::tr("No ChatCoins package"), QString());
    for (auto it = packages.begin(); it != packages.end(); ++it)
        combo->addItem(BuyLinesDialog::tr("%1 — %2").arg(BuyLinesDialog::packageName(it.key()),
                                                         money::rubles(it.value())),
                       it.key());
    combo->setToolTip(BuyLinesDialog::tr("For clients who use the AI assistant; not discounted."));
    return combo;
}

QString BuyLinesDialog::packageName(const QString &id)
{
    return opc::ui::packageName(id);
}

BuyLinesDialog::BuyLinesDialog(const PartnerOrderContext &context, const ops::PartnerLine &line,
                               QWidget *parent)
    : PartnerOrderDialog(context, QStringLiteral("buyLinesDialog"), parent),
      m_clientId(line.clientId), m_months(new QSpinBox(this)),
      m_channels(new ChannelCountsEditor(
          context.prices.channels, QStringLiteral("buyChannel_"),
          [](const QString &, qint64 kopecks) {
              return tr("%1 a month per line").arg(money::rubles(kopecks));
          },
          this)),
      m_count(new QSpinBox(this)),
      m_chatcoins(
          chatcoinsPackageCombo(QStringLiteral("buyChatcoins"), context.prices.chatcoins, this)),
      m_payment(paymentMethodCombo(QStringLiteral("buyPayment"), this)),
      m_project(new QLineEdit(line.project, this))
{
    setWindowTitle(tr("Buy lines for %1").arg(line.organisation));
    setAccessibleName(windowTitle());

    auto *client = new QLabel(tr("%1 (%2), paid by you with your partner discount.")
                                  .arg(line.organisation, line.clientAccountId),
                              this);
    client->setObjectName(QStringLiteral("buyClientLabel"));
    client->setWordWrap(true);

    partner_ui::namedSpin(m_months, QStringLiteral("buyMonths"), tr("Period in months"));
    m_months->setRange(1, partner::kMaxMonths);
    m_months->setToolTip(tr("6 months or more: 10 % off; 12 months or more: 20 % off."));
    partner_ui::namedSpin(m_count, QStringLiteral("buyLineCount"), tr("Number of lines"));
    m_count->setRange(1, 1000);
    named(m_project, QStringLiteral("buyProject"), tr("Project"));
    m_project->setPlaceholderText(tr("The project the new lines belong to (optional)"));

    auto *channelsHint = new QLabel(tr("Channels in every line; personal channels (WhatsApp, "
                                       "Telegram, MAX) of the whole payment count for the volume "
                                       "discount."),
                                    this);
    channelsHint->setObjectName(QStringLiteral("buyChannelsHint"));
    channelsHint->setWordWrap(true);

    auto *fields = new QFormLayout;
    fields->addRow(tr("&Period, months:"), m_months);
    fields->addRow(tr("&Lines:"), m_count);
    fields->addRow(tr("Chat&Coins:"), m_chatcoins);
    fields->addRow(tr("Pa&yment:"), m_payment);
    fields->addRow(tr("P&roject:"), m_project);
    formLayout()->addWidget(client);
    formLayout()->addLayout(fields);
    formLayout()->addWidget(channelsHint);
    formLayout()->addWidget(m_channels);

    connect(m_months, &QSpinBox::valueChanged, this, &BuyLinesDialog::orderChanged);
    connect(m_count, &QSpinBox::valueChanged, this, &BuyLinesDialog::orderChanged);
    connect(m_channels, &ChannelCountsEditor::changed, this, &BuyLinesDialog::orderChanged);
    connect(m_chatcoins, &QComboBox::currentIndexChanged, this, &BuyLinesDialog::orderChanged);
    connect(m_payment, &QComboBox::currentIndexChanged, this, &BuyLinesDialog::orderChanged);
    connect(m_project, &QLineEdit::textChanged, this, &BuyLinesDialog::orderChanged);
    reprice();
}

partner::LineOrder BuyLinesDialog::lineOrder() const
{
    partner::LineOrder order;
    order.partner = context().partnerStatus;
    order.months = m_months->value();
    order.lines = { partner::LineGroup { m_count->value(), m_channels->counts() } };
    order.chatcoinsPackage = m_chatcoins->currentData().toString();
    return order;
}

std::optional<ops::PartnerOrderRequest> BuyLinesDialog::request() const
{
    if (m_channels->total() == 0)
        return std::nullopt;
    const partner::LineOrder order = lineOrder();
    ops::PartnerOrderRequest request;
    request.kind = ops::PartnerOrderKind::Buy;
    request.clientId = m_clientId;
    request.months = order.months;
    request.paymentMethod = static_cast<ops::PaymentMethod>(m_payment->currentData().toInt());
    request.groups = order.lines;
    request.chatcoinsPackage = order.chatcoinsPackage;
    request.project = m_project->text().trimmed();
    return request;
}

void BuyLinesDialog::reprice()
{
    if (m_channels->total() == 0) {
        const QString why = tr("Choose the channels every line has.");
        breakdown()->setProblem(why, false);
        setConfirmable(false, why);
        return;
    }
    const partner::LineOrder order = lineOrder();
    partner::QuoteError error;
    const std::optional<partner::Quote> quote
        = partner::quoteLines(order, context().prices, &error);
    if (!quote) {
        breakdown()->setProblem(error.message);
        setConfirmable(false, error.message);
        return;
    }
    breakdown()->setQuote(*quote, { order.months, order.partner });
    setConfirmable(true);
}

} // namespace opc::ui
