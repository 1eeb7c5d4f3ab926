#include "ui/partner/AddChannelsDialog.h"

#include "core/LocaleFormat.h"
#include "ui/leads/LeadsUi.h"
#include "ui/partner/BuyLinesDialog.h"
#include "ui/partner/ChannelCountsEditor.h"
#include "ui/partner/PartnerUi.h"
#include "ui/partner/QuoteBreakdownView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;

namespace {

// "2 WhatsApp, 1 MAX".
QString channelList(const QMap<QString, qint64> &channels)
{
    QStringList parts;
    for (const QString &key : partner_ui::sortedChannels(channels.keys()))
        parts << AddChannelsDialog::tr("%1 %2").arg(partner_ui::number(channels.value(key)),
                                                    partner_ui::channelName(key));
    return parts.join(AddChannelsDialog::tr(", "));
}

} // namespace

AddChannelsDialog::AddChannelsDialog(const PartnerOrderContext &context,
                                     const ops::PartnerLine &line, QWidget *parent)
    : PartnerOrderDialog(context, QStringLiteral("addChannelsDialog"), parent), m_line(line),
      m_daysLeft(context.today.daysTo(line.expiresOn())), m_days(new QLabel(this)),
      m_channels(nullptr), m_project(new QLineEdit(this)),
      m_newLines(new QGroupBox(tr("Also buy new lines"), this)), m_months(new QSpinBox(this)),
      m_count(new QSpinBox(this)),
      m_newChannels(new ChannelCountsEditor(
          context.prices.channels, QStringLiteral("addNewLineChannel_"),
          [](const QString &, qint64 kopecks) {
              return tr("%1 a month per line").arg(money::rubles(kopecks));
          },
          this)),
      m_chatcoins(chatcoinsPackageCombo(QStringLiteral("addNewLinesChatcoins"),
                                        context.prices.chatcoins, this)),
      m_summary(new QLabel(this))
{
    const qint64 days = m_daysLeft;
    m_channels = new ChannelCountsEditor(
        context.prices.channels, QStringLiteral("addChannel_"),
        [days](const QString &, qint64 kopecks) {
            // For orientation only: the total below is priced exactly, rounded once.
            const qint64 forDays = days > 0 ? (kopecks * days * 2 + 30) / 60 : 0;
            return tr("%1 a month, about %2 for the %Ln day(s) left", nullptr,
                      int(qMax<qint64>(days, 0)))
                .arg(money::rubles(kopecks), money::rubles(forDays));
        },
        this);
    setWindowTitle(tr("Add channels to %1").arg(line.lineId));
    setAccessibleName(windowTitle());

    auto *about = new QLabel(tr("Line %1 of %2 (%3), expires on %4.")
                                 .arg(line.lineId, line.organisation, line.clientAccountId,
                                      human::date(line.expiresOn())),
                             this);
    about->setObjectName(QStringLiteral("addChannelsLineLabel"));
    about->setWordWrap(true);
    m_days->setObjectName(QStringLiteral("addChannelsDaysLeft"));
    m_days->setAccessibleName(tr("Days left"));
    m_days->setWordWrap(true);
    m_days->setText(tr("%Ln day(s) left: added channels are paid for these days only, at the "
                       "monthly price × days / 30. Paid channels cannot be removed.",
                       nullptr, int(qMax<qint64>(m_daysLeft, 0))));

    named(m_project, QStringLiteral("addChannelsProject"), tr("Project"));
    m_project->setPlaceholderText(
        line.project.isEmpty()
            ? tr("The project to attach the line to (optional)")
            : tr("The project to attach the line to (empty: stays in %1)").arg(line.project));
    auto *projectRow = new QFormLayout;
    projectRow->addRow(tr("P&roject:"), m_project);

    // New lines for the same client, in the same payment.
    m_newLines->setObjectName(QStringLiteral("addChannelsNewLines"));
    m_newLines->setAccessibleName(m_newLines->title());
    m_newLines->setCheckable(true);
    m_newLines->setChecked(false);
    m_newLines->setToolTip(tr("New lines for %1 paid together with the channels: the personal "
                              "channels of both count for the volume discount; the period "
                              "discount applies to the new lines only.")
                               .arg(line.organisation));
    partner_ui::namedSpin(m_months, QStringLiteral("addNewLinesMonths"), tr("Period in months"));
    m_months->setRange(1, partner::kMaxMonths);
    m_months->setToolTip(tr("6 months or more: 10 % off the new lines; 12 months or more: 20 % "
                            "off."));
    partner_ui::namedSpin(m_count, QStringLiteral("addNewLinesCount"), tr("Number of new lines"));
    m_count->setRange(1, 1000);
    auto *newFields = new QFormLayout;
    newFields->addRow(tr("&Period, months:"), m_months);
    newFields->addRow(tr("&Lines:"), m_count);
    newFields->addRow(tr("Chat&Coins:"), m_chatcoins);
    auto *newChannelsHint = new QLabel(tr("Channels in every new line:"), m_newLines);
    newChannelsHint->setObjectName(QStringLiteral("addNewLinesChannelsHint"));
    newChannelsHint->setWordWrap(true);
    auto *newLayout = new QVBoxLayout(m_newLines);
    newLayout->addLayout(newFields);
    newLayout->addWidget(newChannelsHint);
    newLayout->addWidget(m_newChannels);
    for (QWidget *child :
         { static_cast<QWidget *>(m_months), static_cast<QWidget *>(m_count),
           static_cast<QWidget *>(m_chatcoins), static_cast<QWidget *>(m_newChannels) })
        child->setParent(m_newLines);

    m_summary->setObjectName(QStringLiteral("addChannelsSummary"));
    m_summary->setAccessibleName(tr("Order summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    formLayout()->addWidget(about);
    formLayout()->addWidget(m_days);
    formLayout()->addWidget(m_channels);
    formLayout()->addLayout(projectRow);
    formLayout()->addWidget(m_newLines);
    formLayout()->addWidget(m_summary);
    connect(m_channels, &ChannelCountsEditor::changed, this, &AddChannelsDialog::orderChanged);
    connect(m_project, &QLineEdit::textChanged, this, &AddChannelsDialog::orderChanged);
    connect(m_newLines, &QGroupBox::toggled, this, &AddChannelsDialog::orderChanged);
    connect(m_months, &QSpinBox::valueChanged, this, &AddChannelsDialog::orderChanged);
    connect(m_count, &QSpinBox::valueChanged, this, &AddChannelsDialog::orderChanged);
    connect(m_newChannels, &ChannelCountsEditor::changed, this, &AddChannelsDialog::orderChanged);
    connect(m_chatcoins, &QComboBox::currentIndexChanged, this, &AddChannelsDialog::orderChanged);
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

std::optional<partner::LineOrder> AddChannelsDialog::newLinesOrder() const
{
    if (!m_newLines->isChecked())
        return std::nullopt;
    partner::LineOrder order;
    order.partner = context().partnerStatus;
    order.months = m_months->value();
    order.lines = { partner::LineGroup { m_count->value(), m_newChannels->counts() } };
    order.chatcoinsPackage = m_chatcoins->currentData().toString();
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
    request.project = m_project->text().trimmed();
    if (const auto newLines = newLinesOrder()) {
        if (m_newChannels->total() == 0)
            return std::nullopt;
        request.months = newLines->months;
        request.groups = newLines->lines;
        request.chatcoinsPackage = newLines->chatcoinsPackage;
    }
    return request;
}

QString AddChannelsDialog::summaryText(const std::optional<partner::LineOrder> &newLines) const
{
    const int days = int(qMax<qint64>(m_daysLeft, 0));
    QStringList lines { tr("Line %1 (%2):").arg(m_line.lineId, m_line.organisation) };
    const QMap<QString, qint64> added = m_channels->counts();
    for (const QString &key : partner_ui::sortedChannels(added.keys())) {
        lines << tr("+ %1 × %2 at %3 a month each, for %Ln day(s)", nullptr, days)
                     .arg(partner_ui::number(added.value(key)), partner_ui::channelName(key),
                          money::rubles(context().prices.channels.value(key)));
    }
    if (added.isEmpty())
        lines << tr("no channels chosen yet");
    if (newLines) {
        for (const partner::LineGroup &group : newLines->lines) {
            lines << tr("New lines for %1: %2 × (%3) for %Ln month(s)", nullptr, newLines->months)
                         .arg(m_line.organisation, partner_ui::number(group.count),
                              group.channels.isEmpty() ? tr("no channels chosen yet")
                                                       : channelList(group.channels));
        }
        if (!newLines->chatcoinsPackage.isEmpty())
            lines << tr("ChatCoins: %1").arg(m_chatcoins->currentText());
    }
    const QString project = m_project->text().trimmed();
    if (!project.isEmpty())
        lines << (newLines ? tr("Project of the line and the new lines: %1")
                           : tr("Project of the line: %1"))
                     .arg(project);
    return lines.join(QLatin1Char('\n'));
}

void AddChannelsDialog::reprice()
{
    const std::optional<partner::LineOrder> newLines = newLinesOrder();
    m_summary->setText(summaryText(newLines));
    partner::QuoteError error;
    const partner::AddOnOrder order = addOnOrder();
    if (m_channels->total() == 0) {
        // Still refused first when too few days are left.
        if (!partner::quoteAddOn(order, context().prices, &error)) {
            breakdown()->setProblem(error.message);
            setConfirmable(false, error.message);
            return;
        }
        const QString why = tr("Choose the channels to add.");
        breakdown()->setProblem(why, false);
        setConfirmable(false, why);
        return;
    }
    if (newLines && m_newChannels->total() == 0) {
        const QString why = tr("Choose the channels every new line has.");
        breakdown()->setProblem(why, false);
        setConfirmable(false, why);
        return;
    }
    const std::optional<partner::Quote> quote
        = partner::quoteAddOnWithLines(order, newLines, context().prices, &error);
    if (!quote) {
        breakdown()->setProblem(error.message);
        setConfirmable(false, error.message);
        return;
    }
    breakdown()->setQuote(*quote, { newLines ? newLines->months : 0, order.partner });
    setConfirmable(true);
}

} // namespace opc::ui
