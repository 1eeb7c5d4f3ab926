#include "ui/leads/DealDialog.h"

#include "core/LocaleFormat.h"
#include "core/leads/StatusGroups.h"
#include "operations/Session.h"
#include "ui/leads/LeadsUi.h"
#include "ui/merge/BusyIndicator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;
using leads_ui::Tone;

namespace {

enum HistoryColumn { TimeColumn, StageColumn, AmountColumn, EmployeeColumn, NoteColumn };

QLabel *valueLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = named(new QLabel(parent), objectName, accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Kopecks as the amount field shows them: "11900,00" with the decimal mark of the user's locale
// and no grouping (kopecksFromText() takes that back), written from integers so no rounding can
// creep in.
QString amountText(qint64 kopecks)
{
    return QString::number(kopecks / 100) + QLocale().decimalPoint()
        + QStringLiteral("%1").arg(kopecks % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

DealDialog::DealDialog(const ops::Session *session, qint64 dealId, QWidget *parent)
    : QDialog(parent), m_session(session), m_dealId(dealId),
      m_client(valueLabel(this, QStringLiteral("dealClientValue"), tr("Client"))),
      m_funnelName(valueLabel(this, QStringLiteral("dealFunnelValue"), tr("Funnel"))),
      m_stage(valueLabel(this, QStringLiteral("dealStageValue"), tr("Stage"))),
      m_status(valueLabel(this, QStringLiteral("dealStatusValue"), tr("Status"))),
      m_amount(valueLabel(this, QStringLiteral("dealAmountValue"), tr("Amount"))),
      m_history(new QTableWidget(0, 5, this)), m_stages(new QComboBox(this)),
      m_amountEdit(new QLineEdit(this)), m_amountNote(new QLabel(this)), m_move(nullptr),
      m_busyIndicator(new BusyIndicator(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("dealDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Deal %1").arg(dealId));
    setAccessibleName(tr("Deal %1").arg(dealId));

    auto *facts = new QFormLayout;
    facts->addRow(tr("Client:"), m_client);
    facts->addRow(tr("Funnel:"), m_funnelName);
    facts->addRow(tr("Stage:"), m_stage);
    facts->addRow(tr("Status:"), m_status);
    facts->addRow(tr("Amount:"), m_amount);

    auto *historyTitle = new QLabel(tr("Stage history"), this);
    leads_ui::makeHeading(historyTitle);
    named(m_history, QStringLiteral("dealHistoryTable"), tr("Stage history"));
    m_history->setHorizontalHeaderLabels(
        { tr("Entered"), tr("Stage"), tr("Amount"), tr("Employee"), tr("Note") });
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(false);

    auto *moveTitle = new QLabel(tr("Move the deal"), this);
    leads_ui::makeHeading(moveTitle);
    leads_ui::namedCombo(m_stages, QStringLiteral("dealStageCombo"), tr("New stage"));
    auto *stagePrompt = new QLabel(tr("&Stage:"), this);
    stagePrompt->setBuddy(m_stages);
    named(m_amountEdit, QStringLiteral("dealAmountEdit"), tr("New amount in roubles"));
    m_amountEdit->setPlaceholderText(tr("keep the amount"));
    m_amountEdit->setClearButtonEnabled(true);
    auto *amountPrompt = new QLabel(tr("A&mount, ₽:"), this);
    amountPrompt->setBuddy(m_amountEdit);
    m_amountNote->setObjectName(QStringLiteral("dealAmountNote"));
    leads_ui::setMessage(m_amountNote,
                         tr("Enter roubles with at most two decimals, e.g. 12 345,50."), Tone::Bad);
    m_amountNote->hide();
    m_move = named(new QPushButton(tr("&Move"), this), QStringLiteral("dealMoveButton"),
                   tr("Move the deal"));
    m_move->setAutoDefault(false);

    auto *picker = new QHBoxLayout;
    picker->addWidget(stagePrompt);
    picker->addWidget(m_stages, 2);
    picker->addWidget(amountPrompt);
    picker->addWidget(m_amountEdit, 1);
    picker->addWidget(m_move);

    named(m_busyIndicator, QStringLiteral("dealBusy"), tr("Working"));
    m_message->setObjectName(QStringLiteral("dealMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    named(close, QStringLiteral("dealCloseButton"), tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 1);
    layout->addWidget(moveTitle);
    layout->addLayout(picker);
    layout->addWidget(m_amountNote);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_stages, &QComboBox::currentIndexChanged, this, &DealDialog::updateControls);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &DealDialog::updateControls);
    connect(m_move, &QPushButton::clicked, this, &DealDialog::move);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateControls();
    load();
}

std::optional<qint64> DealDialog::kopecksFromText(const QString &text, bool *valid)
{
    QString plain;
    for (const QChar c : text) {
        // Spaces of any kind group digits in Russian; the sign is what the label already says.
        if (!c.isSpace() && c != QChar(0x20BD))
            plain.append(c);
    }
    *valid = true;
    if (plain.isEmpty())
        return std::nullopt;
    // Either mark is the decimal one and nothing else groups digits, so "1,234.50" is refused
    // rather than read as some other sum. At most 11 digits of roubles: within the CRM's limit
    // of 10^13 kopecks.
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,11})(?:[.,](\\d{0,2}))?$"));
    const QRegularExpressionMatch match = amount.match(plain);
    if (!match.hasMatch()) {
        *valid = false;
        return std::nullopt;
    }
    const QString fraction = (match.captured(2) + QStringLiteral("00")).left(2);
    return match.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

void DealDialog::setBusy(const QString &text)
{
    m_busy = !text.isEmpty();
    if (m_busy)
        m_busyIndicator->setBusy(text);
    else
        m_busyIndicator->setIdle();
    updateControls();
}

void DealDialog::load(const QString &message, bool bad)
{
    const int generation = ++m_generation;
    leads_ui::setMessage(m_message, message, bad ? Tone::Bad : Tone::Neutral);
    setBusy(tr("Loading the deal…"));
    ops::loadDeal(
        m_session->client(), m_dealId, this, [this, generation](const ops::DealResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                setBusy({});
                leads_ui::setMessage(
                    m_message, tr("Could not load the deal: %1").arg(result.message), Tone::Bad);
                return;
            }
            if (m_funnelsLoaded) {
                setBusy({});
                showDeal(*result.deal);
                return;
            }
            m_deal = result.deal;
            loadFunnels();
        });
}

// The funnels give the funnel's name and the stages to move to; read once per dialog.
void DealDialog::loadFunnels()
{
    const int generation = m_generation;
    ops::listFunnels(m_session->client(), this,
                     [this, generation](const ops::FunnelsResult &result) {
                         if (generation != m_generation)
                             return;
                         setBusy({});
                         if (result.ok()) {
                             m_funnels = result.funnels;
                             m_funnelsLoaded = true;
                         } else {
                             leads_ui::setMessage(m_message,
                                                  tr("Could not load the funnels, so the deal "
                                                     "cannot be moved: %1")
                                                      .arg(result.error->message),
                                                  Tone::Bad);
                         }
                         showDeal(*m_deal);
                     });
}

void DealDialog::showDeal(const ops::Deal &deal)
{
    m_deal = deal;
    m_funnel.reset();
    for (const ops::FunnelInfo &funnel : std::as_const(m_funnels)) {
        if (funnel.id == deal.funnelId)
            m_funnel = funnel;
    }
    const QString none = QStringLiteral("—");
    m_client->setText(deal.clientName.isEmpty() ? none : deal.clientName);
    m_funnelName->setText(m_funnel ? m_funnel->name : tr("Funnel %1").arg(deal.funnelId));
    m_stage->setText(deal.stageName);
    m_status->setText(leads::orderStatusDisplayName(deal.status));
    m_amount->setText(money::rubles(deal.amountKopecks));
    showHistory(deal);
    fillStages();
    {
        const QSignalBlocker quiet(m_amountEdit);
        m_amountEdit->setText(amountText(deal.amountKopecks));
    }
    if (m_funnelsLoaded && !m_funnel)
        leads_ui::setMessage(m_message,
                             tr("The deal's funnel %1 is not among the CRM's funnels, so the deal "
                                "cannot be moved here.")
                                 .arg(deal.funnelId),
                             Tone::Bad);
    updateControls();
}

void DealDialog::showHistory(const ops::Deal &deal)
{
    const QLocale locale;
    const QString none = QStringLiteral("—");
    m_history->setRowCount(0);
    for (const ops::DealStageEntry &entry : deal.history) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        auto put = [&](int column, const QString &text) {
            m_history->setItem(row, column, new QTableWidgetItem(text));
        };
        put(TimeColumn, human::dateTime(entry.enteredAt, locale));
        put(StageColumn, entry.stageName);
        put(AmountColumn, entry.amountKopecks ? money::rubles(*entry.amountKopecks) : none);
        put(EmployeeColumn,
            !entry.employeeName.isEmpty()
                ? entry.employeeName
                : (!entry.employeeId.isEmpty() ? entry.employeeId : none));
        auto *note = new QTableWidgetItem(entry.isGenerated ? tr("generated") : QString());
        if (entry.isGenerated)
            note->setToolTip(tr("The deal skipped this stage; the entry was filled in."));
        m_history->setItem(row, NoteColumn, note);
    }
    m_history->resizeColumnsToContents();
    m_history->scrollToBottom();
}

void DealDialog::fillStages()
{
    const QSignalBlocker quiet(m_stages);
    m_stages->clear();
    if (!m_funnel || !m_deal)
        return;
    for (const leads::Stage &stage : m_funnel->stages) {
        QString text = stage.name;
        if (stage.kind == leads::StageKind::Success)
            text = tr("%1 (won: finishes the deal)").arg(stage.name);
        else if (stage.kind == leads::StageKind::Failed)
            text = tr("%1 (lost: cancels the deal)").arg(stage.name);
        m_stages->addItem(text, stage.id);
        if (stage.id == m_deal->stageId)
            m_stages->setCurrentIndex(m_stages->count() - 1);
    }
}

std::optional<qint64> DealDialog::chosenStage() const
{
    if (m_stages->currentIndex() < 0)
        return std::nullopt;
    return m_stages->currentData().toLongLong();
}

void DealDialog::updateControls()
{
    bool valid = true;
    const std::optional<qint64> amount = kopecksFromText(m_amountEdit->text(), &valid);
    m_amountNote->setVisible(!valid);
    const bool movable = !m_busy && m_deal && m_funnel;
    m_stages->setEnabled(movable);
    m_amountEdit->setEnabled(movable);
    const std::optional<qint64> stage = chosenStage();
    const bool changed = m_deal
        && ((stage && *stage != m_deal->stageId) || (amount && *amount != m_deal->amountKopecks));
    m_move->setEnabled(movable && valid && changed);
}

void DealDialog::move()
{
    bool valid = true;
    std::optional<qint64> amount = kopecksFromText(m_amountEdit->text(), &valid);
    const std::optional<qint64> stage = chosenStage();
    if (!m_move->isEnabled() || !m_deal || !stage || !valid)
        return;
    if (amount == m_deal->amountKopecks)
        amount.reset(); // unchanged: keep whatever the CRM has
    const int generation = ++m_generation;
    leads_ui::setMessage(m_message, {});
    setBusy(tr("Moving the deal…"));
    ops::moveDeal(ops::Actor::of(*m_session), m_session->client(), *m_deal, *stage, amount, this,
                  [this, generation](const ops::DealResult &result) {
                      if (generation != m_generation)
                          return;
                      setBusy({});
                      if (result.ok()) {
                          showDeal(*result.deal);
                          leads_ui::setMessage(m_message,
                                               tr("Moved to “%1”.").arg(result.deal->stageName),
                                               Tone::Good);
                          Q_EMIT dealMoved(*result.deal);
                          return;
                      }
                      if (result.error->kind != crm::ErrorKind::PreconditionFailed) {
                          leads_ui::setMessage(m_message,
                                               tr("The deal was not moved: %1").arg(result.message),
                                               Tone::Bad);
                          return;
                      }
                      if (!result.reloaded) {
                          load(result.message, true);
                          return;
                      }
                      showDeal(*result.reloaded);
                      leads_ui::setMessage(m_message, result.message, Tone::Bad);
                  });
}

} // namespace opc::ui
