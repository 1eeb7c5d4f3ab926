#pragma once

#include "core/merge/MergeModel.h"

#include <QString>

#include <optional>

namespace opc::merge {

// The student chooses which pair survives (seed 000, "two ways to merge").
enum class Direction {
    KeepEnglish, // target = empty math account, source = working math account
    KeepMath, // target = empty English account, source = working English account
};

// Wire names for the journal and the CLI: "keep-english", "keep-math".
QString directionToWire(Direction direction);
std::optional<Direction> directionFromWire(const QString &wire);
QString directionDisplayName(Direction direction); // translated

// Which accounts a direction touches.
struct DirectionPlan {
    Direction direction = Direction::KeepEnglish;
    Account source; // working account whose request, lessons and teacher move
    Account target; // empty account of the same subject that receives them
    // The account the agent acts as to leave the request on the web: only English
    // accounts can get a login link, so for KeepMath it is the (empty) target itself.
    Account loginLinkAccount;
    QString loss; // translated sentence for the student: what they lose
};

// Resolves the accounts of `direction`. The target is found through the working account of
// the kept subject, so a target that is not empty is still named (the target-empty
// pre-check then refuses it). Returns nullopt and a translated `reason` when the accounts
// cannot be told apart (pairs broken, or no single working account of the kept subject).
std::optional<DirectionPlan> resolveDirection(const MergeCase &mergeCase, Direction direction,
                                              QString *reason);

} // namespace opc::merge
