#include "ui/pages/Pages.h"

#include <QCoreApplication>

namespace opc::ui {

QString pageKey(PageId page)
{
    switch (page) {
    case PageId::Merge:
        return QStringLiteral("merge");
    case PageId::Leads:
        return QStringLiteral("leads");
    case PageId::PartnerLines:
        return QStringLiteral("partner-lines");
    case PageId::AuditLog:
        return QStringLiteral("audit-log");
    case PageId::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

std::optional<PageId> pageFromKey(const QString &key)
{
    for (PageId page : kAllPages) {
        if (pageKey(page) == key)
            return page;
    }
    return std::nullopt;
}

QString pageTitle(PageId page)
{
    switch (page) {
    case PageId::Merge:
        return QCoreApplication::translate("opc::ui::Pages", "Merge");
    case PageId::Leads:
        return QCoreApplication::translate("opc::ui::Pages", "Leads");
    case PageId::PartnerLines:
        return QCoreApplication::translate("opc::ui::Pages", "Partner lines");
    case PageId::AuditLog:
        return QCoreApplication::translate("opc::ui::Pages", "Audit log");
    case PageId::Settings:
        return QCoreApplication::translate("opc::ui::Pages", "Settings");
    }
    return {};
}

QString pageIconName(PageId page)
{
    return pageKey(page);
}

} // namespace opc::ui
