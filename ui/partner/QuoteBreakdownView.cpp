#include "ui/partner/QuoteBreakdownView.h"

#include "core/LocaleFormat.h"
#include "ui/leads/LeadsUi.h"
#include "ui/partner/PartnerUi.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace opc::ui {

QuoteBreakdownView::QuoteBreakdownView(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this)),
      m_subtotal(row(QStringLiteral("quoteSubtotal"))),
      m_volume(row(QStringLiteral("quoteVolumeDiscount"))),
      m_period(row(QStringLiteral("quotePeriodDiscount"))),
      m_partner(row(QStringLiteral("quotePartnerDiscount"))),
      m_total(row(QStringLiteral("quoteTotal"))), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("quoteBreakdown"));
    setAccessibleName(tr("Price"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_problem->setObjectName(QStringLiteral("quoteProblem"));
    m_problem->setWordWrap(true);
    m_form->addRow(m_problem);
    setProblem(tr("Pricing…"), false);
}

QLabel *QuoteBreakdownView::row(const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(tr("Price"));
    auto *name = new QLabel(this);
    name->setObjectName(objectName + QStringLiteral("Name"));
    name->setBuddy(value);
    m_form->addRow(name, value);
    return value;
}

void QuoteBreakdownView::showRow(QLabel *label, const QString &name, const QString &value)
{
    const bool shown = !value.isEmpty();
    m_form->setRowVisible(label, shown);
    if (auto *nameLabel = qobject_cast<QLabel *>(m_form->labelForField(label)))
        nameLabel->setText(name);
    label->setText(value);
    if (!name.isEmpty())
        label->setAccessibleName(name);
}

void QuoteBreakdownView::setQuote(const partner::Quote &quote, const Context &context)
{
    m_quote = quote;
    leads_ui::setMessage(m_problem, QString());
    m_form->setRowVisible(m_problem, false);
    showRow(m_subtotal, tr("Without discounts:"), money::rubles(quote.subtotalKopecks));
    showRow(m_volume, QString(), QString());
    showRow(m_period, QString(), QString());
    showRow(m_partner, QString(), QString());
    for (const partner::AppliedDiscount &discount : quote.discounts) {
        const QString amount = tr("−%1").arg(money::rubles(discount.amountKopecks));
        const QString percent = QLocale().toString(discount.percent);
        switch (discount.kind) {
        case partner::DiscountKind::Volume:
            showRow(m_volume,
                    tr("Volume discount %1 % (%Ln personal channel(s)):", nullptr,
                       int(quote.personalChannels))
                        .arg(percent),
                    amount);
            break;
        case partner::DiscountKind::Period:
            showRow(
                m_period,
                tr("Period discount %1 % (%Ln month(s)):", nullptr, context.months).arg(percent),
                amount);
            break;
        case partner::DiscountKind::Partner:
            showRow(m_partner,
                    tr("Partner discount %1 % (%2):")
                        .arg(percent, partner_ui::partnerStatusName(context.partner)),
                    amount);
            break;
        }
    }
    showRow(m_total, tr("Total:"), money::rubles(quote.totalKopecks));
}

void QuoteBreakdownView::setProblem(const QString &problem, bool failure)
{
    m_quote.reset();
    for (QLabel *label : { m_subtotal, m_volume, m_period, m_partner, m_total })
        showRow(label, QString(), QString());
    m_form->setRowVisible(m_problem, true);
    leads_ui::setMessage(m_problem, problem,
                         failure ? leads_ui::Tone::Bad : leads_ui::Tone::Neutral);
}

QString QuoteBreakdownView::text() const
{
    if (!m_quote)
        return m_problem->text();
    QStringList lines;
    for (QLabel *label : { m_subtotal, m_volume, m_period, m_partner, m_total }) {
        if (label->text().isEmpty())
            continue;
        lines << label->accessibleName() + QLatin1Char(' ') + label->text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace opc::ui
