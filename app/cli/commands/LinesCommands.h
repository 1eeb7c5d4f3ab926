#pragma once

#include "core/partner/PartnerRules.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace opc::ops {
class Session;
}

namespace opc::cli {

class CommandContext;

// The sub-commands of `operator-cli lines` (issue 5), each in its own file. Each ends the
// program through `context` exactly once.

// `lines list [--status S] [--country CC]`: every line the filters let through, one output line
// (or, with --json, one JSON object) each.
void runLinesList(CommandContext &context);
QList<QCommandLineOption> linesListOptions(); // --status, --country

// `lines renew --line ID… --months N [--payment-method card|invoice] [--operation-id ID]`: one
// renewal order for the lines, audited; `session` keeps the signed-in session until the end.
void runLinesRenew(CommandContext &context, std::unique_ptr<ops::Session> &session);
QList<QCommandLineOption> linesRenewOptions(); // --line, --months, --payment-method, --operation-id

// The CLI's names of line statuses: "active", "expiring-7", "expiring-30", "expired" (the wire's
// "expiring_7d" and "expiring_30d" with a hyphen and without the unit).
QString lineStatusCliName(partner::LineStatus status);
std::optional<partner::LineStatus> lineStatusFromCliName(const QString &name);

// Fails with exit 2 and returns false when an option of the other sub-command was given.
bool refuseOptionsOf(CommandContext &context, const QList<QCommandLineOption> &options,
                     const QString &subCommand);

} // namespace opc::cli
