#pragma once

#include <QString>

#include <array>
#include <optional>

namespace opc::ui {

// The console's sections, in navigation order (Ctrl+1 … Ctrl+5 follow this order).
enum class PageId { Merge, Leads, PartnerLines, AuditLog, Settings };

inline constexpr std::array<PageId, 5> kAllPages { PageId::Merge, PageId::Leads,
                                                   PageId::PartnerLines, PageId::AuditLog,
                                                   PageId::Settings };

// Stable key for settings ("merge", "audit-log", ...): survives reordering and translation.
QString pageKey(PageId page);
std::optional<PageId> pageFromKey(const QString &key);

QString pageTitle(PageId page); // The name of the page's icon (see ui/Icons.h).
QString pageIconName(PageId page);

} // namespace opc::ui
