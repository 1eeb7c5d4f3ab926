#include "core/merge/Direction.h"

#include <QCoreApplication>

namespace opc::merge {

QString directionToWire(Direction direction)
{
    return direction == Direction::KeepEnglish ? QStringLiteral("keep-english")
                                               : QStringLiteral("keep-math");
}

std::optional<Direction> directionFromWire(const QString &wire)
{
    for (Direction direction : { Direction::KeepEnglish, Direction::KeepMath }) {
        if (directionToWire(direction) == wire)
            return direction;
    }
    return std::nullopt;
}

QString directionDisplayName(Direction direction)
{
    return direction == Direction::KeepEnglish
        ? QCoreApplication::translate("opc::merge::Direction", "Keep the English account")
        : QCoreApplication::translate("opc::merge::Direction", "Keep the math account");
}

std::optional<DirectionPlan> resolveDirection(const MergeCase &mergeCase, Direction direction,
                                              QString *reason)
{
    const QList<AccountPair> pairs = findPairs(mergeCase, reason);
    if (pairs.isEmpty())
        return std::nullopt;

    // The kept subject's working account anchors the kept pair; its partner is the target.
    const Subject kept = direction == Direction::KeepEnglish ? Subject::English : Subject::Math;
    const auto keptAccount = [kept](const AccountPair &pair) -> const Account & {
        return kept == Subject::English ? pair.english : pair.math;
    };
    const auto otherAccount = [kept](const AccountPair &pair) -> const Account & {
        return kept == Subject::English ? pair.math : pair.english;
    };
    const bool firstWorks = keptAccount(pairs[0]).isWorking();
    const bool secondWorks = keptAccount(pairs[1]).isWorking();
    if (firstWorks == secondWorks) {
        if (reason) {
            *reason = QCoreApplication::translate("opc::merge::Direction",
                                                  "Cannot tell which %1 account to keep: "
                                                  "exactly one of them must have lessons taken.")
                          .arg(subjectInSentence(kept));
        }
        return std::nullopt;
    }
    const AccountPair &keptPair = firstWorks ? pairs[0] : pairs[1];
    const AccountPair &otherPair = firstWorks ? pairs[1] : pairs[0];

    DirectionPlan plan;
    plan.direction = direction;
    plan.target = otherAccount(keptPair);
    plan.source = otherAccount(otherPair);
    if (direction == Direction::KeepEnglish) {
        plan.loginLinkAccount = keptPair.english;
        plan.loss
            = QCoreApplication::translate(
                  "opc::merge::Direction",
                  "The student keeps English account %1 with all its progress. Math moves from "
                  "account %2 to account %3: the intro lesson, reports, teacher, schedule and "
                  "paid lessons move, but the progress in math account %2 (%Ln lesson(s) taken) "
                  "is lost.",
                  nullptr, plan.source.lessonsTaken)
                  .arg(keptPair.english.id)
                  .arg(plan.source.id)
                  .arg(plan.target.id);
    } else {
        // Math accounts cannot get a login link, so the agent acts as the empty English one.
        plan.loginLinkAccount = plan.target;
        plan.loss
            = QCoreApplication::translate(
                  "opc::merge::Direction",
                  "The student keeps math account %1 with all its progress. English moves from "
                  "account %2 to account %3: the intro lesson, reports, teacher, schedule and "
                  "paid lessons move, but the progress in English account %2 (%Ln lesson(s) "
                  "taken) is lost.",
                  nullptr, plan.source.lessonsTaken)
                  .arg(keptPair.math.id)
                  .arg(plan.source.id)
                  .arg(plan.target.id);
    }
    return plan;
}

} // namespace opc::merge
