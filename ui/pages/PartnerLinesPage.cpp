#include "ui/pages/PartnerLinesPage.h"

#include "core/LocaleFormat.h"
#include "core/Role.h"
#include "core/partner/PartnerRules.h"
#include "operations/ActionAudit.h"
#include "operations/Session.h"
#include "operations/partner/PartnerActAs.h"
#include "operations/partner/PartnerClients.h"
#include "operations/partner/PartnerLineComment.h"
#include "operations/partner/PartnerLines.h"
#include "operations/partner/PriceList.h"
#include "ui/leads/LeadsUi.h"
#include "ui/merge/BusyIndicator.h"
#include "ui/partner/AddChannelsDialog.h"
#include "ui/partner/BuyLinesDialog.h"
#include "ui/partner/NotificationBell.h"
#include "ui/partner/PartnerLineListView.h"
#include "ui/partner/PartnerLineTableModel.h"
#include "ui/partner/PartnerUi.h"
#include "ui/partner/RenewDialog.h"
#include "ui/partner/WithdrawDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace opc::ui {

using leads_ui::named;

PartnerLinesPage::PartnerLinesPage(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_waiting(new QLabel(this)),
      m_openUrl(&QDesktopServices::openUrl)
{
    setObjectName(pageKey(PageId::PartnerLines) + QStringLiteral("Page"));
    setAccessibleName(pageTitle(PageId::PartnerLines));

    auto *heading = new QLabel(pageTitle(PageId::PartnerLines), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5); // as PlaceholderPage's
    heading->setFont(headingFont);
    heading->setAccessibleName(pageTitle(PageId::PartnerLines));

    m_waiting->setObjectName(QStringLiteral("partnerWaitingLabel"));
    m_waiting->setWordWrap(true);
    m_waiting->setText(tr("Your clients' lines: buy, renew and add channels with every discount "
                          "shown. Waiting for sign-in…"));
    m_layout->addWidget(heading);
    m_layout->addWidget(m_waiting);
    m_layout->addStretch();
}

PartnerLinesPage::~PartnerLinesPage() = default;

void PartnerLinesPage::setUrlOpener(UrlOpener opener)
{
    m_openUrl = opener ? std::move(opener) : UrlOpener(&QDesktopServices::openUrl);
}

void PartnerLinesPage::setSession(const ops::Session *session)
{
    if (m_session || !session)
        return;
    m_session = session;
    delete m_waiting;
    m_waiting = nullptr;
    delete m_layout->takeAt(m_layout->count() - 1); // the stretch
    build();
    reload();
}

QToolButton *PartnerLinesPage::actionButton(QAction *action, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    named(button, objectName, action->text().remove(QLatin1Char('&')));
    return button;
}

void PartnerLinesPage::build()
{
    m_buy = new QAction(tr("&Buy lines…"), this);
    m_buy->setObjectName(QStringLiteral("partnerBuyAction"));
    m_renew = new QAction(tr("&Renew…"), this);
    m_renew->setObjectName(QStringLiteral("partnerRenewAction"));
    m_addChannels = new QAction(tr("Add &channels…"), this);
    m_addChannels->setObjectName(QStringLiteral("partnerAddChannelsAction"));
    m_actAsClient = new QAction(tr("Act as c&lient"), this);
    m_actAsClient->setObjectName(QStringLiteral("partnerActAsClientAction"));
    m_list = new PartnerLineListView(this);
    m_list->setLineActions({ m_buy, m_renew, m_addChannels, m_actAsClient });
    m_bell = new NotificationBell(this);
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("partnerProfileLabel"));
    m_profileLabel->setAccessibleName(tr("Partner status"));
    m_reward = new QLabel(this);
    m_reward->setObjectName(QStringLiteral("partnerRewardLabel"));
    m_reward->setAccessibleName(tr("Reward balance"));
    m_withdraw = named(new QPushButton(tr("&Withdraw…"), this),
                       QStringLiteral("partnerWithdrawButton"), tr("Withdraw the reward"));
    m_refresh = named(new QPushButton(tr("Re&fresh"), this), QStringLiteral("partnerRefreshButton"),
                      tr("Reload the lines"));
    m_busy = new BusyIndicator(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("partnerMessage"));
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(actionButton(m_buy, QStringLiteral("partnerBuyButton")));
    top->addWidget(actionButton(m_renew, QStringLiteral("partnerRenewButton")));
    top->addWidget(actionButton(m_addChannels, QStringLiteral("partnerAddChannelsButton")));
    top->addWidget(actionButton(m_actAsClient, QStringLiteral("partnerActAsClientButton")));
    top->addStretch();
    top->addWidget(m_reward);
    top->addWidget(m_withdraw);
    top->addSpacing(12);
    top->addWidget(m_bell);
    top->addWidget(m_refresh);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_message, 1);

    m_layout->addLayout(top);
    m_layout->addWidget(m_profileLabel);
    m_layout->addWidget(m_list, 1);
    m_layout->addLayout(bottom);

    connect(m_buy, &QAction::triggered, this, &PartnerLinesPage::openBuyDialog);
    connect(m_renew, &QAction::triggered, this, &PartnerLinesPage::openRenewDialog);
    connect(m_addChannels, &QAction::triggered, this, &PartnerLinesPage::openAddChannelsDialog);
    connect(m_actAsClient, &QAction::triggered, this, &PartnerLinesPage::actAsClient);
    connect(m_withdraw, &QPushButton::clicked, this, &PartnerLinesPage::openWithdrawDialog);
    connect(m_refresh, &QPushButton::clicked, this, &PartnerLinesPage::reload);
    connect(m_list, &PartnerLineListView::targetsChanged, this, &PartnerLinesPage::updateActions);
    connect(m_list->model(), &PartnerLineTableModel::commentEdited, this,
            &PartnerLinesPage::saveComment);
    m_bell->setClient(m_session->client());
    updateProfile();
    updateActions();
}

QDate PartnerLinesPage::today() const
{
    return m_profile && m_profile->today.isValid() ? m_profile->today : QDate::currentDate();
}

void PartnerLinesPage::reload()
{
    if (!m_session)
        return;
    const int generation = ++m_generation;
    m_pending = 4;
    m_loadProblem.clear();
    m_refresh->setEnabled(false);
    m_busy->setBusy(tr("Loading the lines…"));
    crm::CrmClient *client = m_session->client();
    const auto current = [this, generation] { return generation == m_generation; };
    const auto failed = [this](const QString &what, const crm::CrmError &error) {
        m_loadProblem += (m_loadProblem.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("Could not load %1: %2").arg(what, error.message);
    };

    ops::loadPartnerProfile(client, this,
                            [this, current, failed](const ops::PartnerProfileResult &result) {
                                if (!current())
                                    return;
                                if (result.ok()) {
                                    m_profile = result.profile;
                                    m_list->model()->setToday(m_profile->today);
                                } else {
                                    failed(tr("the partner profile"), *result.error);
                                }
                                updateProfile();
                                partDone();
                            });
    ops::loadPriceList(client, this, [this, current, failed](const ops::PriceListResult &result) {
        if (!current())
            return;
        if (result.ok())
            m_prices = result.prices;
        else
            failed(tr("the price list"), *result.error);
        partDone();
    });
    ops::loadPartnerClients(client, this,
                            [this, current, failed](const ops::PartnerClientsResult &result) {
                                if (!current())
                                    return;
                                if (result.ok())
                                    m_list->model()->setClients(result.clients);
                                else
                                    failed(tr("the clients"), *result.error);
                                partDone();
                            });
    ops::loadPartnerLines(
        client, {}, this, [this, current, failed](const ops::PartnerLinesResult &result) {
            if (!current())
                return;
            if (!result.ok()) {
                failed(tr("the lines"), *result.error);
                partDone();
                return;
            }
            // Done once the table shows them (their keys are made on a
            // worker thread).
            auto shown = std::make_shared<QMetaObject::Connection>();
            *shown
                = connect(m_list, &PartnerLineListView::linesShown, this, [this, current, shown] {
                      disconnect(*shown);
                      if (current())
                          partDone();
                  });
            m_list->setLines(result.lines);
        });
}

void PartnerLinesPage::partDone()
{
    updateActions();
    if (--m_pending > 0)
        return;
    m_busy->setIdle();
    m_refresh->setEnabled(true);
    if (!m_loadProblem.isEmpty())
        report(m_loadProblem, true);
    Q_EMIT loaded();
}

void PartnerLinesPage::updateProfile()
{
    if (!m_profile) {
        m_profileLabel->setText(tr("Loading the partner profile…"));
        m_reward->setText(tr("Reward: —"));
        return;
    }
    QString text = tr("%1 · %2 · today %3")
                       .arg(m_profile->name, partner_ui::partnerStatusName(m_profile->status),
                            human::date(m_profile->today));
    if (m_profile->nfrLine) {
        const QString until = human::date(m_profile->nfrLine->expiresAt.toUTC().date());
        text += QStringLiteral(" · ")
            + (m_profile->nfrLine->renews
                   ? tr("NFR line %1 until %2, renewed free").arg(m_profile->nfrLine->lineId, until)
                   : tr("NFR line %1 until %2, not renewed unless a client pays an invoice")
                         .arg(m_profile->nfrLine->lineId, until));
    }
    m_profileLabel->setText(text);
    m_reward->setText(tr("Reward: %1").arg(money::rubles(m_profile->rewardBalanceKopecks)));
}

void PartnerLinesPage::updateActions()
{
    if (!m_list)
        return;
    const auto set = [](QAction *action, bool enabled, const QString &tip) {
        action->setEnabled(enabled);
        action->setToolTip(tip);
    };
    const PartnerLineTableModel *model = m_list->model();
    const int row = m_list->currentRow();
    const std::optional<ops::PartnerLine> line = m_list->currentLine();
    const bool priced = m_prices && m_profile;
    const QString notPriced = isLoading() ? tr("Waiting for the price list and your partner "
                                               "status…")
                                          : tr("The price list or your partner status could not "
                                               "be loaded: press Refresh.");

    // Buy: for the client of the current line.
    if (!line)
        set(m_buy, false, tr("Click a line of the client to buy lines for."));
    else if (!priced)
        set(m_buy, false, notPriced);
    else
        set(m_buy, true,
            tr("Buy new lines for %1 (%2).").arg(line->organisation, line->clientAccountId));

    // Renew: the selected lines, NFR ones left out.
    const QList<int> targets = m_list->targetRows();
    int renewable = 0;
    for (int target : targets)
        renewable += model->lineAt(target).isNfr ? 0 : 1;
    if (targets.isEmpty())
        set(m_renew, false, tr("Select the lines to renew: tick them, or click one."));
    else if (renewable == 0)
        set(m_renew, false,
            tr("The NFR line is renewed free by the platform; it cannot be "
               "bought."));
    else if (!priced)
        set(m_renew, false, notPriced);
    else
        set(m_renew, true, tr("Renew %Ln selected line(s).", nullptr, renewable));

    // Add channels: to the current line while 6 or more days are left.
    if (!line) {
        set(m_addChannels, false, tr("Click the line to add channels to."));
    } else if (const auto refusal = partner::addChannelsRefusal(today(), model->expiresOnAt(row))) {
        set(m_addChannels, false, *refusal);
    } else if (!priced) {
        set(m_addChannels, false, notPriced);
    } else {
        set(m_addChannels, true,
            tr("Add channels to %1, paid for the %Ln day(s) left.", nullptr,
               int(model->daysLeftAt(row)))
                .arg(line->lineId));
    }

    // Act as client: when the partner created the client or the client granted access.
    const std::optional<PartnerClientFacts> client = row >= 0 ? model->clientOf(row) : std::nullopt;
    if (!line)
        set(m_actAsClient, false, tr("Click a line of the client whose cabinet to open."));
    else if (!client)
        set(m_actAsClient, false,
            model->hasClients() ? tr("The CRM does not list this client.")
                                : tr("Waiting for the list of clients…"));
    else if (const auto refusal = partner::actAsClientRefusal(client->origin))
        set(m_actAsClient, false, *refusal);
    else
        set(m_actAsClient, true,
            tr("Open the cabinet of %1 (%2) as the client.")
                .arg(line->organisation, line->clientAccountId));

    // Withdraw: from 5 000 ₽ of reward, by a team lead or an admin (the CRM refuses agents).
    if (!roleCanReview(m_session->user().role)) {
        m_withdraw->setEnabled(false);
        m_withdraw->setToolTip(tr("Only a team lead or an admin may withdraw the reward."));
    } else if (!m_profile) {
        m_withdraw->setEnabled(false);
        m_withdraw->setToolTip(tr("Waiting for the partner profile…"));
    } else if (m_profile->rewardBalanceKopecks < partner::kMinWithdrawalKopecks) {
        m_withdraw->setEnabled(false);
        m_withdraw->setToolTip(tr("The reward balance is %1: withdrawals start at %2.")
                                   .arg(money::rubles(m_profile->rewardBalanceKopecks),
                                        money::rubles(partner::kMinWithdrawalKopecks)));
    } else {
        m_withdraw->setEnabled(true);
        m_withdraw->setToolTip(tr("Ask the platform to pay the reward out, in rubles."));
    }
}

std::optional<PartnerOrderContext> PartnerLinesPage::orderContext() const
{
    if (!m_session || !m_prices || !m_profile)
        return std::nullopt;
    PartnerOrderContext context;
    context.client = m_session->client();
    context.actor = ops::Actor::of(*m_session);
    context.prices = *m_prices;
    context.partnerStatus = m_profile->status;
    context.today = today();
    return context;
}

void PartnerLinesPage::openBuyDialog()
{
    const std::optional<PartnerOrderContext> context = orderContext();
    const std::optional<ops::PartnerLine> line = m_list ? m_list->currentLine() : std::nullopt;
    if (!m_buy || !m_buy->isEnabled() || !context || !line)
        return;
    auto *dialog = new BuyLinesDialog(*context, *line, window());
    connect(dialog, &PartnerOrderDialog::ordered, this, &PartnerLinesPage::applyOrder);
    dialog->open();
}

void PartnerLinesPage::openRenewDialog()
{
    const std::optional<PartnerOrderContext> context = orderContext();
    if (!m_renew || !m_renew->isEnabled() || !context)
        return;
    QList<ops::PartnerLine> lines;
    for (int row : m_list->targetRows())
        lines << m_list->model()->lineAt(row);
    auto *dialog = new RenewDialog(*context, lines, window());
    connect(dialog, &PartnerOrderDialog::ordered, this, &PartnerLinesPage::applyOrder);
    dialog->open();
}

void PartnerLinesPage::openAddChannelsDialog()
{
    const std::optional<PartnerOrderContext> context = orderContext();
    const std::optional<ops::PartnerLine> line = m_list ? m_list->currentLine() : std::nullopt;
    if (!m_addChannels || !m_addChannels->isEnabled() || !context || !line)
        return;
    auto *dialog = new AddChannelsDialog(*context, *line, window());
    connect(dialog, &PartnerOrderDialog::ordered, this, &PartnerLinesPage::applyOrder);
    dialog->open();
}

void PartnerLinesPage::openWithdrawDialog()
{
    if (!m_withdraw || !m_withdraw->isEnabled() || !m_profile)
        return;
    auto *dialog = new WithdrawDialog(m_session->client(), ops::Actor::of(*m_session),
                                      m_profile->rewardBalanceKopecks, window());
    connect(dialog, &WithdrawDialog::withdrawn, this,
            [this](const ops::PartnerWithdrawal &withdrawal) {
                if (m_profile)
                    m_profile->rewardBalanceKopecks = withdrawal.rewardBalanceKopecks;
                updateProfile();
                updateActions();
                report(tr("Withdrawal of %1 requested; %2 of reward left.")
                           .arg(money::rubles(withdrawal.amountKopecks),
                                money::rubles(withdrawal.rewardBalanceKopecks)),
                       false);
            });
    dialog->open();
}

void PartnerLinesPage::actAsClient()
{
    const std::optional<ops::PartnerLine> line = m_list ? m_list->currentLine() : std::nullopt;
    if (!m_actAsClient || !m_actAsClient->isEnabled() || !line)
        return;
    const QString accountId = line->clientAccountId;
    Q_EMIT actAsClientRequested(line->clientId, accountId);
    ops::actAsClient(
        ops::Actor::of(*m_session), m_session->client(), line->clientId, this,
        [this, accountId](const ops::ActAsResult &result) {
            if (!result.ok()) {
                report(tr("Could not open the cabinet of %1: %2").arg(accountId, result.message),
                       true);
                return;
            }
            if (m_openUrl(result.url)) {
                report(tr("Opening the cabinet of %1 in the browser…").arg(accountId), false);
                return;
            }
            // No browser could be started: the link is the user's to open, while it is valid.
            report(tr("The browser could not be started. Open this link to enter the cabinet of "
                      "%1 before %2: %3")
                       .arg(accountId,
                            QLocale().toString(result.expiresAt.toLocalTime().time(),
                                               QLocale::ShortFormat),
                            result.url.toString()),
                   true);
        });
}

void PartnerLinesPage::saveComment(qint64 lineId, const QString &comment)
{
    PartnerLineTableModel *model = m_list->model();
    const int row = model->rowOf(lineId);
    if (row < 0)
        return;
    const ops::PartnerLine line = model->lineAt(row);
    ops::setPartnerLineComment(
        ops::Actor::of(*m_session), m_session->client(), line, comment, this,
        [this, lineId, comment](const ops::PartnerLineResult &result) {
            PartnerLineTableModel *lines = m_list->model();
            if (result.ok()) {
                lines->updateLines({ *result.line });
                report(tr("Comment saved on line %1.").arg(result.line->lineId), false);
                return;
            }
            if (result.reloaded)
                lines->updateLines({ *result.reloaded });
            else
                lines->clearPendingComment(lineId);
            if (result.error && result.error->kind == crm::ErrorKind::PreconditionFailed)
                report(tr("%1 The line was reloaded; your comment “%2” was not saved: edit it "
                          "again if it still applies.")
                           .arg(result.message, comment),
                       true);
            else
                report(result.message, true);
        });
}

void PartnerLinesPage::applyOrder(const ops::PartnerOrder &order)
{
    m_list->model()->updateLines(order.lines);
    QString what;
    switch (order.kind) {
    case ops::PartnerOrderKind::Buy:
        what = tr("%Ln line(s) bought", nullptr, int(order.lines.size()));
        break;
    case ops::PartnerOrderKind::Renew:
        what = tr("%Ln line(s) renewed", nullptr, int(order.lines.size()));
        m_list->clearChecks();
        break;
    case ops::PartnerOrderKind::AddChannels:
        what = tr("channels added to %1")
                   .arg(order.lines.isEmpty() ? QString() : order.lines.first().lineId);
        break;
    }
    report(tr("Order %1 paid: %2, %3 in total.")
               .arg(QString::number(order.id), what, money::rubles(order.quote.totalKopecks)),
           false);
    if (order.kind == ops::PartnerOrderKind::Buy && !order.lines.isEmpty())
        m_list->selectLine(order.lines.first().id);
    // A ChatCoins package changes the client's coins.
    ops::loadPartnerClients(m_session->client(), this,
                            [this](const ops::PartnerClientsResult &result) {
                                if (result.ok())
                                    m_list->model()->setClients(result.clients);
                            });
    updateActions();
}

void PartnerLinesPage::report(const QString &text, bool failure)
{
    leads_ui::setMessage(m_message, text, failure ? leads_ui::Tone::Bad : leads_ui::Tone::Good);
    Q_EMIT reported(text, failure);
}

} // namespace opc::ui
