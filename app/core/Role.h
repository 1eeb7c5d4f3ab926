#pragma once

#include <QString>

#include <optional>

namespace opc {

// What a signed-in user may do. The CRM decides the role; the console only shows and enforces it.
enum class Role { Agent, TeamLead, Admin };

// Wire names used by the CRM contract: "agent", "team_lead", "admin".
QString roleToWire(Role role);
std::optional<Role> roleFromWire(const QString &wire);

// A label for people, translated.
QString roleDisplayName(Role role);

// Team leads and admins review what agents did (audit log, all lead queues, settings).
bool roleCanReview(Role role);

} // namespace opc
