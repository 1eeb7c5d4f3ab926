#include "ui/partner/PartnerOrderDialog.h"

#include "ui/leads/LeadsUi.h"
#include "ui/merge/BusyIndicator.h"
#include "ui/partner/QuoteBreakdownView.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;

PartnerOrderDialog::PartnerOrderDialog(const PartnerOrderContext &context,
                                       const QString &objectName, QWidget *parent)
    : QDialog(parent), m_context(context), m_form(new QVBoxLayout),
      m_breakdown(new QuoteBreakdownView(this)), m_message(new QLabel(this)),
      m_busy(new BusyIndicator(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_confirm(m_buttons->addButton(tr("&Confirm and pay"), QDialogButtonBox::AcceptRole))
{
    setObjectName(objectName);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
    named(m_confirm, objectName + QStringLiteral("ConfirmButton"), tr("Confirm the order"));
    named(m_buttons->button(QDialogButtonBox::Cancel), objectName + QStringLiteral("CancelButton"),
          tr("Cancel"));
    m_buttons->setObjectName(objectName + QStringLiteral("Buttons"));
    // Enter in a spin box must not pay: Confirm is pressed on purpose only.
    m_confirm->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(line);
    layout->addWidget(m_breakdown);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    // Accept goes through the CRM first: the button sends, the answer closes.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PartnerOrderDialog::confirmOrder);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PartnerOrderDialog::orderChanged()
{
    if (m_sending)
        return;
    m_operationId.clear();
    showMessage(QString(), false);
    reprice();
}

void PartnerOrderDialog::setConfirmable(bool confirmable, const QString &whyNot)
{
    m_confirmable = confirmable;
    m_confirm->setEnabled(confirmable && !m_sending);
    m_confirm->setToolTip(confirmable ? tr("Send the order to the CRM and pay it.") : whyNot);
}

void PartnerOrderDialog::showMessage(const QString &text, bool failure)
{
    leads_ui::setMessage(m_message, text, failure ? leads_ui::Tone::Bad : leads_ui::Tone::Neutral);
}

void PartnerOrderDialog::confirmOrder()
{
    if (m_sending || !m_confirmable)
        return;
    std::optional<ops::PartnerOrderRequest> order = request();
    if (!order)
        return;
    if (m_operationId.isEmpty())
        m_operationId = ops::newPartnerOrderOperationId();
    order->operationId = m_operationId;
    m_sending = true;
    m_confirm->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    showMessage(QString(), false);
    m_busy->setBusy(tr("Sending the order…"));
    ops::placePartnerOrder(m_context.actor, m_context.client, *order, this,
                           [this](const ops::PartnerOrderResult &result) {
                               m_sending = false;
                               m_busy->setIdle();
                               m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
                               if (result.ok()) {
                                   Q_EMIT ordered(*result.order);
                                   accept();
                                   return;
                               }
                               // The same operation id is kept: confirming again cannot pay
                               // twice if the first order did get through.
                               showMessage(result.message, true);
                               m_confirm->setEnabled(m_confirmable);
                               Q_EMIT orderFailed(result.message);
                           });
}

void PartnerOrderDialog::reject()
{
    if (!m_sending)
        QDialog::reject();
}

} // namespace opc::ui
