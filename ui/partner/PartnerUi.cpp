#include "ui/partner/PartnerUi.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace opc::ui::partner_ui {

namespace {

struct PartnerUiText {
    Q_DECLARE_TR_FUNCTIONS(opc::ui::PartnerUi)
};

} // namespace

QString channelName(const QString &key)
{
    // Brand names; translatable all the same, as a translator may want another script.
    if (key == QLatin1String("whatsapp"))
        return PartnerUiText::tr("WhatsApp");
    if (key == QLatin1String("telegram"))
        return PartnerUiText::tr("Telegram");
    if (key == QLatin1String("max"))
        return PartnerUiText::tr("MAX");
    if (key == QLatin1String("waba"))
        return PartnerUiText::tr("WhatsApp Business API");
    if (key == QLatin1String("instagram"))
        return PartnerUiText::tr("Instagram");
    if (key == QLatin1String("vk"))
        return PartnerUiText::tr("VK");
    if (key == QLatin1String("avito"))
        return PartnerUiText::tr("Avito");
    if (key == QLatin1String("viber"))
        return PartnerUiText::tr("Viber");
    return key;
}

QStringList knownChannelOrder()
{
    return { QStringLiteral("whatsapp"), QStringLiteral("telegram"),  QStringLiteral("max"),
             QStringLiteral("waba"),     QStringLiteral("instagram"), QStringLiteral("vk"),
             QStringLiteral("avito"),    QStringLiteral("viber") };
}

QStringList sortedChannels(QStringList keys)
{
    const QStringList order = knownChannelOrder();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype ib = order.contains(b) ? order.indexOf(b) : order.size();
        return ia != ib ? ia < ib : a < b;
    });
    return keys;
}

QString lineStatusName(partner::LineStatus status)
{
    switch (status) {
    case partner::LineStatus::Active:
        return PartnerUiText::tr("Active");
    case partner::LineStatus::Expiring7:
        return PartnerUiText::tr("Expires ≤ 7 days");
    case partner::LineStatus::Expiring30:
        return PartnerUiText::tr("Expires ≤ 30 days");
    case partner::LineStatus::Expired:
        return PartnerUiText::tr("Expired");
    }
    return {};
}

QString lineStatusFilterName(partner::LineStatus status)
{
    switch (status) {
    case partner::LineStatus::Active:
        return PartnerUiText::tr("Active");
    case partner::LineStatus::Expiring7:
        return PartnerUiText::tr("Expiring within 7 days");
    case partner::LineStatus::Expiring30:
        return PartnerUiText::tr("Expiring within 8 to 30 days");
    case partner::LineStatus::Expired:
        return PartnerUiText::tr("Expired");
    }
    return {};
}

QString partnerStatusName(partner::PartnerStatus status)
{
    switch (status) {
    case partner::PartnerStatus::None:
        return PartnerUiText::tr("Partner without status");
    case partner::PartnerStatus::Official:
        return PartnerUiText::tr("Official partner");
    case partner::PartnerStatus::Gold:
        return PartnerUiText::tr("Gold partner");
    case partner::PartnerStatus::Technology:
        return PartnerUiText::tr("Technology partner");
    }
    return {};
}

QString discountName(partner::DiscountKind kind)
{
    switch (kind) {
    case partner::DiscountKind::Volume:
        return PartnerUiText::tr("Volume discount");
    case partner::DiscountKind::Period:
        return PartnerUiText::tr("Period discount");
    case partner::DiscountKind::Partner:
        return PartnerUiText::tr("Partner discount");
    }
    return {};
}

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return PartnerUiText::tr("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace opc::ui::partner_ui
