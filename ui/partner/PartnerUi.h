#pragma once

#include "core/partner/PartnerRules.h"
#include "core/partner/Pricing.h"

#include <QLineEdit>
#include <QString>
#include <QStringList>

namespace opc::ui::partner_ui {

// Names a spin box and the line edit inside it (which takes the focus), for tests and for
// assistive technology.
template<class Spin>
Spin *namedSpin(Spin *spin, const QString &objectName, const QString &accessibleName)
{
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    if (auto *edit = spin->template findChild<QLineEdit *>()) {
        edit->setObjectName(objectName + QStringLiteral("Edit"));
        edit->setAccessibleName(accessibleName);
    }
    return spin;
}

// The channel's name for people: "WhatsApp", "Telegram", "MAX", … (the key itself when unknown).
QString channelName(const QString &key);
// The channels the platform knows, in the order the dialogs list them (personal ones first).
QStringList knownChannelOrder();
// Sorts channel keys as knownChannelOrder() does; unknown ones last, by key.
QStringList sortedChannels(QStringList keys);

// The status column's words: "Active", "Expires ≤ 7 days", "Expires ≤ 30 days", "Expired".
QString lineStatusName(partner::LineStatus status);
// The status filter's: "Active", "Expiring within 7 days", "Expiring within 8 to 30 days",
// "Expired" (the statuses do not overlap, as the CRM's ?status= filter).
QString lineStatusFilterName(partner::LineStatus status);
// "Official partner", …
QString partnerStatusName(partner::PartnerStatus status);
// "Volume discount", "Period discount", "Partner discount".
QString discountName(partner::DiscountKind kind);

// "Russia (RU)": a country for people; the code alone when Qt does not know it.
QString countryName(const QString &code);
// "1 000" in the user's locale.
QString number(qint64 value);

} // namespace opc::ui::partner_ui
