#pragma once

#include <QCommandLineOption>
#include <QList>

namespace opc::cli {

class CommandContext;

// The sub-commands of `operator-cli leads` (issue 4 §6), each in its own file. Each ends the
// program through `context` exactly once.

// `leads intake`: JSON lines on standard input, one lead each, one answer line each, in order.
void runLeadsIntake(CommandContext &context);

// `leads list --queue free|mine|all`: a queue, every page.
void runLeadsList(CommandContext &context);
QList<QCommandLineOption> leadsListOptions(); // --queue, --status, --search, --assignee

} // namespace opc::cli
