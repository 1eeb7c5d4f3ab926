#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "cli/commands/MergeOutput.h"
#include "core/merge/Direction.h"
#include "core/merge/PreChecks.h"
#include "core/merge/Preview.h"
#include "operations/AuditRecorder.h"
#include "operations/SessionStart.h"
#include "operations/SignIn.h"
#include "operations/merge/MergeCaseLoader.h"
#include "operations/merge/MergeJournalStore.h"
#include "operations/merge/MergeLockLookup.h"
#include "operations/merge/MergeRun.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace opc::cli {

namespace {

const QCommandLineOption kSourceOption(QStringLiteral("source"), QString(), QStringLiteral("ID"));
const QCommandLineOption kTargetOption(QStringLiteral("target"), QString(), QStringLiteral("ID"));
const QCommandLineOption kStudentWarnedOption(QStringLiteral("student-warned"));
const QCommandLineOption kDryRunOption(QStringLiteral("dry-run"));
const QCommandLineOption kResumeOption(QStringLiteral("resume"), QString(),
                                       QStringLiteral("OPERATION_ID"));
const QCommandLineOption kPriceSetOption(QStringLiteral("price-set"), QString(),
                                         QStringLiteral("copy|keep"));

// How long the command waits for the CRM to take the merge's audit events before it exits
// anyway; undelivered events stay in the shared outbox and go out with the next session.
constexpr int kAuditWaitMs = 10000;

// The strings of this file, under one translation context that lupdate also sees.
struct MergeCommandText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::MergeCommand)
};

// What the checks decided about the merge the options describe.
struct MergePlan {
    ops::MergeCaseLoad loaded;
    merge::DirectionPlan plan;
    QList<merge::CheckResult> checks;
    QString lockProblem; // why the lock could not be looked up; empty when it was
};

// `merge`: the KIDS math/English account merge (issue 3): a dry run, a real run, or a resume of
// an interrupted one. The run is ops::MergeRun, the same operation the console's wizard runs.
class MergeCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override
    {
        return MergeCommandText::tr("Merge a KIDS student's accounts: --source ID --target ID --student-warned "
                  "runs the merge, --dry-run shows every step without changing anything, "
                  "--resume OPERATION_ID continues an interrupted one.");
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
                      MergeCommandText::tr("The working account whose request, lessons and teacher move.")),
            described(kTargetOption,
                      MergeCommandText::tr("The empty account of the same subject that takes them "
                         "over.")),
            described(kStudentWarnedOption,
                      MergeCommandText::tr("Confirms that the student was warned that one "
                         "account loses its progress.")),
            described(kDryRunOption,
                      MergeCommandText::tr("Show every step with its values before and after and "
                         "the texts it writes; change nothing.")),
            described(kResumeOption,
                      MergeCommandText::tr("Continue the interrupted merge with this operation id "
                         "from where it stopped.")),
            described(kPriceSetOption,
                      MergeCommandText::tr("When the new request's price set or region differs from the old "
                         "request's: copy the old one's, or keep the new one's.")),
        };
    }

    void run(CommandContext &context) override
    {
        const QCommandLineParser &parser = context.parser();
        if (parser.isSet(kPriceSetOption)
            && !QStringList { QStringLiteral("copy"), QStringLiteral("keep") }.contains(
                parser.value(kPriceSetOption))) {
            context.fail(ExitUsage,
                         MergeCommandText::tr("--price-set must be copy or keep, not “%1”.")
                             .arg(parser.value(kPriceSetOption)));
            return;
        }
        if (parser.isSet(kResumeOption)) {
            resume(context);
            return;
        }
        const std::optional<qint64> source = accountId(context, kSourceOption);
        if (!source)
            return;
        const std::optional<qint64> target = accountId(context, kTargetOption);
        if (!target)
            return;
        if (!parser.isSet(kStudentWarnedOption)) {
            context.fail(ExitUsage,
                         MergeCommandText::tr("First confirm that the student was warned that one account loses "
                            "its progress, then add --student-warned."));
            return;
        }
        if (*source == *target) {
            context.fail(ExitUsage,
                         MergeCommandText::tr("--source and --target are the same account %1; the "
                            "target must be the empty account that takes over.")
                             .arg(*source));
            return;
        }
        if (parser.isSet(kDryRunOption)) {
            ops::verifyToken(
                context.client(), context.crmUrl(), context.token(), context.anchor(),
                [this, &context, source = *source,
                 target = *target](const ops::SignInResult &signedIn) {
                    if (!signedIn.user) {
                        failSignIn(context, signedIn.error, signedIn.message);
                        return;
                    }
                    plan(context, context.client(), *signedIn.user, source, target,
                         [&context](const MergePlan &planned) { preview(context, planned); });
                });
            return;
        }
        signIn(context, [this, &context, source = *source, target = *target]() {
            plan(context, m_session->client(), m_session->user(), source, target,
                 [this, &context](const MergePlan &planned) { start(context, planned); });
        });
    }

private:
    static void failSignIn(CommandContext &context, const std::optional<crm::CrmError> &error,
                           const QString &message)
    {
        if (error)
            context.fail(ExitFailure, crmErrorText(*error, message, context.crmUrl()));
        else
            context.fail(ExitUsage, message);
    }

    // The value of --source or --target as an account id; otherwise fails with exit 2.
    static std::optional<qint64> accountId(CommandContext &context,
                                           const QCommandLineOption &option)
    {
        const QString name = option.names().constFirst();
        if (!context.parser().isSet(option)) {
            context.fail(ExitUsage,
                         MergeCommandText::tr("--%1 is missing: give the account id, e.g. --%1 22.").arg(name));
            return std::nullopt;
        }
        const QString value = context.parser().value(option).trimmed();
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0 || value.startsWith(QLatin1Char('+'))) {
            context.fail(ExitUsage,
                         MergeCommandText::tr("--%1 must be an account id (a whole number above 0), "
                            "not “%2”.")
                             .arg(name, value));
            return std::nullopt;
        }
        return id;
    }

    // A session (the token checked, the audit outbox open, the sign-in recorded) and the
    // local merge journal, then `next`.
    void signIn(CommandContext &context, std::function<void()> next)
    {
        ops::SessionOptions options;
        options.crmUrl = context.crmUrl();
        options.token = context.token();
        options.sandbox = context.isSandbox();
        ops::startSession(
            options, context.anchor(),
            [this, &context, next = std::move(next)](ops::SessionStartResult result) {
                if (!result.session) {
                    failSignIn(context, result.error, result.message);
                    return;
                }
                m_session = std::move(result.session);
                m_journal
                    = std::make_unique<ops::MergeJournalStore>(ops::MergeJournalStore::defaultPath(
                        context.crmUrl(), context.isSandbox(), m_session->user().id));
                m_journal->open(context.anchor(), [&context, next](const QString &error) {
                    if (!error.isEmpty()) {
                        context.fail(ExitFailure, error);
                        return;
                    }
                    next();
                });
            });
    }

    // Looks up the lock, loads the student and runs every pre-check; `next` gets a merge that
    // is allowed. Anything else ends the command.
    static void plan(CommandContext &context, crm::CrmClient *client, const ops::User &user,
                     qint64 source, qint64 target, std::function<void(const MergePlan &)> next)
    {
        ops::lookUpMergeLock(
            client, target, context.anchor(),
            [&context, client, user, source, target, next](const ops::MergeLockLookup &lock) {
                ops::loadMergeCase(
                    client, source, context.anchor(),
                    [&context, user, source, target, next, lock](const ops::MergeCaseLoad &loaded) {
                        if (!loaded.ok()) {
                            if (loaded.failure == ops::MergeCaseLoad::Failure::UnknownAccount)
                                context.fail(ExitUsage, loaded.message);
                            else if (loaded.error)
                                context.fail(
                                    ExitFailure,
                                    crmErrorText(*loaded.error, loaded.message, context.crmUrl()));
                            else
                                context.fail(ExitFailure, loaded.message);
                            return;
                        }
                        check(context, user, loaded, lock, source, target, next);
                    });
            });
    }

    static void check(CommandContext &context, const ops::User &user,
                      const ops::MergeCaseLoad &loaded, const ops::MergeLockLookup &lock,
                      qint64 sourceId, qint64 targetId,
                      const std::function<void(const MergePlan &)> &next)
    {
        const merge::MergeCase &mergeCase = *loaded.mergeCase;
        const merge::Account *source = mergeCase.account(sourceId);
        const merge::Account *target = mergeCase.account(targetId);
        if (!source || !target) {
            QStringList ids;
            for (const merge::Account &account : mergeCase.accounts)
                ids << QString::number(account.id);
            context.fail(ExitUsage,
                         MergeCommandText::tr("Account %1 (--target) is not one of the accounts of "
                            "student %2 “%3”, which are %4. Both accounts must "
                            "belong to the same student.")
                             .arg(targetId)
                             .arg(loaded.studentId)
                             .arg(loaded.studentName, ids.join(QStringLiteral(", "))));
            return;
        }
        if (source->subject != target->subject) {
            context.fail(ExitUsage,
                         MergeCommandText::tr("Source account %1 is the %2 account and target account "
                            "%3 the %4 account: a merge moves a subject's lessons to "
                            "another account of the same subject.")
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

        MergePlan planned;
        planned.loaded = loaded;
        merge::PreCheckInputs inputs;
        inputs.studentWarned = true; // checked before: --student-warned is required
        inputs.agentId = user.id;
        inputs.role = user.role;
        inputs.lock = lock.lock;
        if (lock.error)
            planned.lockProblem = lock.error->message;
        planned.checks = merge::runPreChecks(mergeCase, direction, inputs);
        if (lock.lock && lock.lock->holderId == user.id && !context.parser().isSet(kDryRunOption)) {
            context.fail(ExitFailure,
                         MergeCommandText::tr("Your merge %1 of these accounts was interrupted. "
                            "Continue it with: operator-cli merge --resume %1")
                             .arg(lock.lock->operationId));
            return;
        }

        QString why;
        const std::optional<merge::DirectionPlan> plan
            = merge::resolveDirection(mergeCase, direction, &why);
        if (plan && (plan->source.id != sourceId || plan->target.id != targetId)) {
            context.fail(ExitUsage,
                         MergeCommandText::tr("The source must be the working account and the target "
                            "the empty one of the same subject. For “%1”, use "
                            "--source %2 --target %3.")
                             .arg(merge::directionDisplayName(direction))
                             .arg(plan->source.id)
                             .arg(plan->target.id));
            return;
        }
        if (!merge::allPassed(planned.checks) || !plan) {
            QStringList reasons;
            for (const merge::CheckResult &result : std::as_const(planned.checks)) {
                if (!result.passed)
                    reasons << result.reason;
            }
            if (reasons.isEmpty())
                reasons << why;
            context.fail(ExitFailure,
                         MergeCommandText::tr("This merge is not allowed: %1").arg(reasons.join(QLatin1Char(' '))));
            return;
        }
        planned.plan = *plan;
        next(planned);
    }

    static void preview(CommandContext &context, const MergePlan &planned)
    {
        const QList<merge::StepPreview> steps
            = merge::buildPreview(*planned.loaded.mergeCase, planned.plan);
        if (context.json()) {
            for (const merge::StepPreview &step : steps)
                context.print(previewStepLine(step));
        } else {
            printPreviewText(context, planned.loaded, planned.plan, planned.checks, steps,
                             planned.lockProblem);
        }
        context.succeed();
    }

    // ---- a real run ---------------------------------------------------------------------

    void start(CommandContext &context, const MergePlan &planned)
    {
        makeRun(context);
        m_run->start(*planned.loaded.mergeCase, planned.plan);
    }

    void resume(CommandContext &context)
    {
        const QString operationId = context.parser().value(kResumeOption).trimmed();
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,100}$"));
        if (!pattern.match(operationId).hasMatch()) {
            context.fail(ExitUsage,
                         MergeCommandText::tr("--resume needs the operation id the merge printed, "
                            "e.g. --resume 0f8c…; “%1” is not one.")
                             .arg(operationId));
            return;
        }
        if (context.parser().isSet(kDryRunOption)) {
            context.fail(ExitUsage,
                         MergeCommandText::tr("--dry-run and --resume cannot be combined: a resumed "
                            "merge changes the CRM."));
            return;
        }
        signIn(context, [this, &context, operationId]() {
            makeRun(context);
            m_run->resume(operationId);
        });
    }

    void makeRun(CommandContext &context)
    {
        ops::MergeRunServices services;
        services.client = m_session->client();
        services.audit = m_session->audit();
        services.journal = m_journal.get();
        services.agentId = m_session->user().id;
        m_run = std::make_unique<ops::MergeRun>(services);
        if (context.parser().isSet(kPriceSetOption))
            m_run->presetPriceSet(context.parser().value(kPriceSetOption) == QLatin1String("copy"));
        QObject::connect(m_run.get(), &ops::MergeRun::stepChanged, context.anchor(),
                         [this, &context](merge::StepId, merge::StepState state) {
                             if (state != merge::StepState::Running)
                                 printSteps(context, false);
                         });
        QObject::connect(m_run.get(), &ops::MergeRun::stateChanged, context.anchor(),
                         [this, &context](ops::MergeRunState state) { onState(context, state); });
    }

    // Prints the journal's lines not printed yet, up to the last finished step; with `all` (when
    // the run stops), every remaining line: the failed step and the planned ones after it.
    void printSteps(CommandContext &context, bool all)
    {
        if (!m_run->hasJournal())
            return;
        const QList<merge::StepRecord> &records = m_run->journal().steps();
        qsizetype end = m_printed;
        for (qsizetype i = m_printed; i < records.size(); ++i) {
            const merge::StepState state = records.at(i).state;
            if (all || merge::isFinished(state))
                end = i + 1;
        }
        for (; m_printed < end; ++m_printed) {
            const merge::StepRecord &record = records.at(m_printed);
            const QString message = m_run->stepMessage(record.step);
            context.print(context.json() ? runStepLine(record, m_run->operationId(), message)
                                         : runStepText(int(m_printed) + 1, record, message));
        }
    }

    void onState(CommandContext &context, ops::MergeRunState state)
    {
        switch (state) {
        case ops::MergeRunState::Completed:
            printSteps(context, true);
            if (!context.json())
                printSummary(context);
            afterAudit(context, [&context]() { context.succeed(); });
            return;
        case ops::MergeRunState::WaitingForDecision:
            stop(context,
                 MergeCommandText::tr("%1 Decide, then continue with: operator-cli merge --resume %2 "
                    "--price-set copy|keep")
                     .arg(m_run->message(), m_run->operationId()));
            return;
        case ops::MergeRunState::Failed:
            stop(context,
                 MergeCommandText::tr("%1 Continue with: operator-cli merge --resume %2")
                     .arg(m_run->message(), m_run->operationId()));
            return;
        case ops::MergeRunState::Refused:
            stop(context, m_run->message());
            return;
        default:
            return;
        }
    }

    void stop(CommandContext &context, const QString &message)
    {
        printSteps(context, true);
        afterAudit(context, [&context, message]() { context.fail(ExitFailure, message); });
    }

    void printSummary(CommandContext &context)
    {
        context.print(QString());
        context.print(MergeCommandText::tr("Merge %1 finished.").arg(m_run->operationId()));
        if (const auto old = m_run->oldRequestId())
            context.print(MergeCommandText::tr("Old request: %1 (now a duplicate)").arg(*old));
        if (const auto created = m_run->newRequestId())
            context.print(MergeCommandText::tr("New request: %1").arg(*created));
        if (!m_run->loginLink().isEmpty())
            context.print(MergeCommandText::tr("Login link (the web alternative): %1").arg(m_run->loginLink()));
    }

    // Waits until the audit events reached the CRM (or kAuditWaitMs passed), then `end`.
    void afterAudit(CommandContext &context, std::function<void()> end)
    {
        ops::AuditRecorder *audit = m_session->audit();
        if (audit->pendingCount() == 0) {
            end();
            return;
        }
        QObject::connect(audit, &ops::AuditRecorder::pendingCountChanged, context.anchor(),
                         [end](int pending) {
                             if (pending == 0)
                                 end();
                         });
        QTimer::singleShot(kAuditWaitMs, context.anchor(), end);
    }

    std::unique_ptr<ops::Session> m_session;
    std::unique_ptr<ops::MergeJournalStore> m_journal;
    std::unique_ptr<ops::MergeRun> m_run;
    qsizetype m_printed = 0;
};

} // namespace

std::unique_ptr<Command> makeMergeCommand()
{
    return std::make_unique<MergeCommand>();
}

} // namespace opc::cli
