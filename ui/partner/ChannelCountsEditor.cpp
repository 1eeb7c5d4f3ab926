#include "ui/partner/ChannelCountsEditor.h"

#include "ui/leads/LeadsUi.h"
#include "ui/partner/PartnerUi.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace opc::ui {

ChannelCountsEditor::ChannelCountsEditor(
    const QMap<QString, qint64> &monthlyPrices, const QString &prefix,
    const std::function<QString(const QString &, qint64)> &priceText, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(prefix + QStringLiteral("Editor"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (const QString &key : partner_ui::sortedChannels(monthlyPrices.keys())) {
        auto *spin = partner_ui::namedSpin(new QSpinBox(this), prefix + key,
                                           tr("%1 channels").arg(partner_ui::channelName(key)));
        spin->setRange(0, 999);
        spin->setAccelerated(true);
        auto *name = new QLabel(partner_ui::channelName(key), this);
        name->setObjectName(prefix + key + QStringLiteral("Name"));
        name->setBuddy(spin);
        auto *price = new QLabel(priceText(key, monthlyPrices.value(key)), this);
        price->setObjectName(prefix + key + QStringLiteral("Price"));
        price->setWordWrap(
            true); // "…, about 1 333,33 ₽ for the 20 days left" in Russian is long
        grid->addWidget(name, row, 0);
        grid->addWidget(spin, row, 1);
        grid->addWidget(price, row, 2);
        m_spins.insert(key, spin);
        connect(spin, &QSpinBox::valueChanged, this, &ChannelCountsEditor::changed);
        ++row;
    }
    grid->setColumnStretch(2, 1);
}

QMap<QString, qint64> ChannelCountsEditor::counts() const
{
    QMap<QString, qint64> counts;
    for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
        if (it.value()->value() > 0)
            counts.insert(it.key(), it.value()->value());
    }
    return counts;
}

qint64 ChannelCountsEditor::total() const
{
    qint64 sum = 0;
    for (const QSpinBox *spin : m_spins)
        sum += spin->value();
    return sum;
}

void ChannelCountsEditor::setCount(const QString &key, int count)
{
    if (QSpinBox *spin = m_spins.value(key))
        spin->setValue(count);
}

} // namespace opc::ui
