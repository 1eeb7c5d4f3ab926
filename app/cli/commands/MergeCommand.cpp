#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "core/merge/Direction.h"
#include "core/merge/PreChecks.h"
#include "core/merge/Preview.h"
#include "operations/SignIn.h"
#include "operations/merge/MergeCaseLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace opc::cli {

namespace {

const QCommandLineOption kSourceOption(QStringLiteral("source"), QString(), QStringLiteral("ID"));
const QCommandLineOption kTargetOption(QStringLiteral("target"), QString(), QStringLiteral("ID"));
const QCommandLineOption kStudentWarnedOption(QStringLiteral("student-warned"));
const QCommandLineOption kDryRunOption(QStringLiteral("dry-run"));

// One line of --json output for a planned step.
QString stepLine(const merge::StepPreview &step)
{
    QJsonArray changes;
    for (const merge::ValueChange &change : step.changes) {
        changes.append(QJsonObject { { QStringLiteral("field"), change.field },
                                     { QStringLiteral("label"), change.label },
                                     { QStringLiteral("before"), change.before },
                                     { QStringLiteral("after"), change.after } });
    }
    QJsonArray texts;
    for (const merge::WrittenText &written : step.texts) {
        texts.append(QJsonObject { { QStringLiteral("kind"),
                                     written.kind == merge::WrittenText::Kind::Letter
                                         ? QStringLiteral("letter")
                                         : QStringLiteral("comment") },
                                   { QStringLiteral("where"), written.where },
                                   { QStringLiteral("text"), written.text } });
    }
    const QJsonObject rest { { QStringLiteral("title"), step.title },
                             { QStringLiteral("changes"), changes },
                             { QStringLiteral("texts"), texts },
                             { QStringLiteral("notes"), QJsonArray::fromStringList(step.notes) } };
    // QJsonObject sorts its keys; "step" and "status" lead the line as the journal's do.
    const QByteArray id = QJsonDocument(QJsonArray { merge::stepIdToWire(step.step) })
                              .toJson(QJsonDocument::Compact);
    const QByteArray tail = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    return QStringLiteral("{\"step\":%1,\"status\":\"planned\",%2")
        .arg(QString::fromUtf8(id.mid(1, id.size() - 2)), QString::fromUtf8(tail.mid(1)));
}

// `merge`: the KIDS math/English account merge (issue 3). This version previews it only.
class MergeCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "opc::cli::MergeCommand",
            "Merge a KIDS student's accounts: --source ID --target ID --student-warned "
            "--dry-run shows every step without changing anything.");
    }
    TokenNeed tokenNeed() const override { return TokenNeed::Any; }
    QList<QCommandLineOption> options() const override
    {
        auto described = [](QCommandLineOption option, const QString &description) {
            option.setDescription(description);
            return option;
        };
        return {
            described(kSourceOption,
                      QCoreApplication::translate(
                          "opc::cli::MergeCommand",
                          "The working account whose request, lessons and teacher move.")),
            described(kTargetOption,
                      QCoreApplication::translate(
                          "opc::cli::MergeCommand",
                          "The empty account of the same subject that takes them over.")),
            described(kStudentWarnedOption,
                      QCoreApplication::translate(
                          "opc::cli::MergeCommand",
                          "Confirms that the student was warned that one account loses its "
                          "progress.")),
            described(kDryRunOption,
                      QCoreApplication::translate(
                          "opc::cli::MergeCommand",
                          "Show every step with its values before and after and the texts "
                          "it writes; change nothing.")),
        };
    }

    void run(CommandContext &context) override
    {
        const std::optional<qint64> source = accountId(context, kSourceOption);
        if (!source)
            return;
        const std::optional<qint64> target = accountId(context, kTargetOption);
        if (!target)
            return;
        if (!context.parser().isSet(kStudentWarnedOption)) {
            context.fail(ExitUsage,
                         QCoreApplication::translate(
                             "opc::cli::MergeCommand",
                             "First confirm that the student was warned that one account loses "
                             "its progress, then add --student-warned."));
            return;
        }
        if (*source == *target) {
            context.fail(ExitUsage,
                         QCoreApplication::translate(
                             "opc::cli::MergeCommand",
                             "--source and --target are the same account %1; the target must be "
                             "the empty account that takes over.")
                             .arg(*source));
            return;
        }
        if (!context.parser().isSet(kDryRunOption)) {
            context.fail(ExitFailure,
                         QCoreApplication::translate(
                             "opc::cli::MergeCommand",
                             "This version of operator-cli cannot run a merge yet, only preview "
                             "it: add --dry-run. Nothing was changed."));
            return;
        }
        ops::verifyToken(context.client(), context.crmUrl(), context.token(), context.anchor(),
                         [this, &context, source = *source,
                          target = *target](const ops::SignInResult &signedIn) {
                             if (!signedIn.user) {
                                 if (signedIn.error)
                                     context.fail(ExitFailure,
                                                  crmErrorText(*signedIn.error, signedIn.message,
                                                               context.crmUrl()));
                                 else
                                     context.fail(ExitUsage, signedIn.message);
                                 return;
                             }
                             load(context, *signedIn.user, source, target);
                         });
    }

private:
    // The value of --source or --target as an account id; otherwise fails with exit 2.
    static std::optional<qint64> accountId(CommandContext &context,
                                           const QCommandLineOption &option)
    {
        const QString name = option.names().constFirst();
        if (!context.parser().isSet(option)) {
            context.fail(
                ExitUsage,
                QCoreApplication::translate("opc::cli::MergeCommand",
                                            "--%1 is missing: give the account id, e.g. --%1 22.")
                    .arg(name));
            return std::nullopt;
        }
        const QString value = context.parser().value(option).trimmed();
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0 || value.startsWith(QLatin1Char('+'))) {
            context.fail(ExitUsage,
                         QCoreApplication::translate(
                             "opc::cli::MergeCommand",
                             "--%1 must be an account id (a whole number above 0), not “%2”.")
                             .arg(name, value));
            return std::nullopt;
        }
        return id;
    }

    void load(CommandContext &context, const ops::User &user, qint64 source, qint64 target)
    {
        ops::loadMergeCase(
            context.client(), source, context.anchor(),
            [&context, user, source, target](const ops::MergeCaseLoad &loaded) {
                if (!loaded.ok()) {
                    if (loaded.failure == ops::MergeCaseLoad::Failure::UnknownAccount)
                        context.fail(ExitUsage, loaded.message);
                    else if (loaded.error)
                        context.fail(ExitFailure,
                                     crmErrorText(*loaded.error, loaded.message, context.crmUrl()));
                    else
                        context.fail(ExitFailure, loaded.message);
                    return;
                }
                preview(context, user, loaded, source, target);
            });
    }

    static void preview(CommandContext &context, const ops::User &user,
                        const ops::MergeCaseLoad &loaded, qint64 sourceId, qint64 targetId)
    {
        const merge::MergeCase &mergeCase = *loaded.mergeCase;
        const merge::Account *source = mergeCase.account(sourceId);
        const merge::Account *target = mergeCase.account(targetId);
        if (!source || !target) {
            QStringList ids;
            for (const merge::Account &account : mergeCase.accounts)
                ids << QString::number(account.id);
            context.fail(ExitUsage,
                         QCoreApplication::translate(
                             "opc::cli::MergeCommand",
                             "Account %1 (--target) is not one of the accounts of student %2 "
                             "“%3”, which are %4. Both accounts must belong to the same student.")
                             .arg(targetId)
                             .arg(loaded.studentId)
                             .arg(loaded.studentName, ids.join(QStringLiteral(", "))));
            return;
        }
        if (source->subject != target->subject) {
            context.fail(ExitUsage,
                         QCoreApplication::translate(
                             "opc::cli::MergeCommand",
                             "Source account %1 is the %2 account and target account %3 the %4 "
                             "account: a merge moves a subject's lessons to another account of "
                             "the same subject.")
                             .arg(source->id)
                             .arg(merge::subjectInSentence(source->subject))
                             .arg(target->id)
                             .arg(merge::subjectInSentence(target->subject)));
            return;
        }
        // The source's subject is the one that moves, so the other subject is kept.
        const merge::Direction direction = source->subject == merge::Subject::Math
            ? merge::Direction::KeepEnglish
            : merge::Direction::KeepMath;

        merge::PreCheckInputs inputs;
        inputs.studentWarned = true; // checked above: --student-warned is required
        inputs.agentId = user.id;
        inputs.role = user.role;
        // inputs.lock stays empty: the CRM reports a lock only when a merge is registered,
        // which a dry run must not do. The output says it was not checked.
        const QList<merge::CheckResult> checks = merge::runPreChecks(mergeCase, direction, inputs);

        QString why;
        const std::optional<merge::DirectionPlan> plan
            = merge::resolveDirection(mergeCase, direction, &why);
        if (plan && (plan->source.id != sourceId || plan->target.id != targetId)) {
            context.fail(ExitUsage,
                         QCoreApplication::translate(
                             "opc::cli::MergeCommand",
                             "The source must be the working account and the target the empty "
                             "one of the same subject. For “%1”, use --source %2 --target %3.")
                             .arg(merge::directionDisplayName(direction))
                             .arg(plan->source.id)
                             .arg(plan->target.id));
            return;
        }
        if (!merge::allPassed(checks) || !plan) {
            QStringList reasons;
            for (const merge::CheckResult &check : checks) {
                if (!check.passed)
                    reasons << check.reason;
            }
            if (reasons.isEmpty())
                reasons << why;
            context.fail(ExitFailure,
                         QCoreApplication::translate("opc::cli::MergeCommand",
                                                     "This merge is not allowed: %1")
                             .arg(reasons.join(QLatin1Char(' '))));
            return;
        }

        const QList<merge::StepPreview> steps = merge::buildPreview(mergeCase, *plan);
        if (context.json()) {
            for (const merge::StepPreview &step : steps)
                context.print(stepLine(step));
        } else {
            printText(context, loaded, *plan, checks, steps);
        }
        context.succeed();
    }

    static void printText(const CommandContext &context, const ops::MergeCaseLoad &loaded,
                          const merge::DirectionPlan &plan, const QList<merge::CheckResult> &checks,
                          const QList<merge::StepPreview> &steps)
    {
        context.print(QCoreApplication::translate(
                          "opc::cli::MergeCommand",
                          "Dry run of the merge for student %1 “%2”: nothing is changed in the "
                          "CRM and no merge is registered.")
                          .arg(loaded.studentId)
                          .arg(loaded.studentName));
        context.print(
            QStringLiteral("%1: %2").arg(merge::directionDisplayName(plan.direction), plan.loss));
        context.print(QString());
        context.print(QCoreApplication::translate("opc::cli::MergeCommand", "Pre-checks:"));
        for (const merge::CheckResult &check : checks) {
            if (check.id == merge::check::noMergeRunning) {
                context.print(
                    QStringLiteral("  [%1] %2")
                        .arg(QCoreApplication::translate("opc::cli::MergeCommand", "not checked"),
                             QCoreApplication::translate(
                                 "opc::cli::MergeCommand",
                                 "Whether another merge holds these accounts: the CRM tells that "
                                 "only "
                                 "when a merge is registered, which a dry run does not do.")));
                continue;
            }
            context.print(
                QStringLiteral("  [%1] %2")
                    .arg(check.passed
                             ? QCoreApplication::translate("opc::cli::MergeCommand", "ok")
                             : QCoreApplication::translate("opc::cli::MergeCommand", "failed"),
                         check.reason));
        }
        context.print(QString());
        context.print(
            QCoreApplication::translate("opc::cli::MergeCommand", "Steps, in the order they run:"));
        for (int i = 0; i < steps.size(); ++i) {
            const merge::StepPreview &step = steps.at(i);
            context.print(QStringLiteral("%1. %2 [%3]")
                              .arg(i + 1)
                              .arg(step.title, merge::stepIdToWire(step.step)));
            for (const merge::ValueChange &change : step.changes)
                context.print(QStringLiteral("   %1: %2 → %3")
                                  .arg(change.label, change.before, change.after));
            for (const QString &note : step.notes)
                context.print(QStringLiteral("   %1").arg(
                    QCoreApplication::translate("opc::cli::MergeCommand", "Note: %1").arg(note)));
            for (const merge::WrittenText &written : step.texts) {
                context.print(QStringLiteral("   %1:").arg(written.where));
                for (const QString &line : written.text.split(QLatin1Char('\n')))
                    context.print(QStringLiteral("     | %1").arg(line));
            }
        }
    }
};

} // namespace

std::unique_ptr<Command> makeMergeCommand()
{
    return std::make_unique<MergeCommand>();
}

} // namespace opc::cli
