#include "core/leads/LeadInput.h"
#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/leads/Funnels.h"
#include "operations/leads/LeadActions.h"
#include "operations/leads/LeadDuplicateCheck.h"
#include "operations/leads/LeadIntake.h"
#include "operations/leads/LeadPoller.h"
#include "operations/leads/LeadQueue.h"
#include "operations/leads/LeadSettings.h"
#include "support/Await.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace opc;
using namespace opc::test;

namespace {

constexpr int kWaitMs = 30000;

leads::LeadInput leadFrom(const QJsonObject &json)
{
    leads::FieldError error;
    const std::optional<leads::LeadInput> lead = leads::LeadInput::fromJson(json, &error);
    if (!lead)
        qFatal("test lead invalid: %s: %s", qPrintable(error.field), qPrintable(error.message));
    return *lead;
}

QJsonObject callJson(const QString &phone, const QString &callId, const QString &name)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("call") },
                         { QStringLiteral("phone"), phone },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("call_id"), callId },
                         { QStringLiteral("received_at"), QStringLiteral("2026-11-20T10:00:00Z") },
                         { QStringLiteral("source"), QStringLiteral("google") },
                         { QStringLiteral("medium"), QStringLiteral("cpc") } };
}

QString describe(const std::optional<crm::CrmError> &error)
{
    return error ? error->message + QStringLiteral(" | ") + error->detail : QStringLiteral("ok");
}

} // namespace

// The lead operations shared by the console and operator-cli (app/operations/leads) against a
// real crm-sandbox: intake decisions, the duplicate check, queues by role, the atomic take,
// release, status with If-Match, comments, settings, funnels, and the change poller.
class TestLeadOps final : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;

    std::unique_ptr<crm::CrmClient> client(const QString &token) const
    {
        return clientFor(m_sandbox.url(), token);
    }

    // A signed-in user as the ops see them: the CRM client and the actor whose audit events go
    // through a real outbox (in memory) to the sandbox.
    struct Acting {
        std::unique_ptr<crm::CrmClient> crm;
        std::unique_ptr<ops::AuditRecorder> audit;
        ops::Actor actor;
        crm::CrmClient *get() const { return crm.get(); }
        crm::CrmClient &operator*() const { return *crm; }
        std::shared_ptr<int> deliveredEvents = std::make_shared<int>(0);
        // Waits until the CRM has taken `count` events of this user's in all.
        bool delivered(int count) const
        {
            return QTest::qWaitFor([this, count] { return *deliveredEvents >= count; }, kWaitMs)
                && *deliveredEvents == count;
        }
    };

    Acting acting(const QString &token, const QString &userId) const
    {
        Acting user;
        user.crm = client(token);
        user.audit
            = std::make_unique<ops::AuditRecorder>(user.crm.get(), QStringLiteral(":memory:"));
        user.audit->open(user.audit.get(), [](const QString &error) {
            if (!error.isEmpty())
                qWarning("audit outbox: %s", qPrintable(error));
        });
        user.actor = ops::Actor { user.audit.get(), userId };
        QObject::connect(user.audit.get(), &ops::AuditRecorder::delivered, user.audit.get(),
                         [counter = user.deliveredEvents] { ++*counter; });
        return user;
    }
    Acting agentActing() const { return acting(kAgentToken, kAgentId); }
    Acting leadActing() const { return acting(kLeadToken, QStringLiteral("u-lead")); }

    // The lead as the CRM has it now (GET /leads/{id}).
    ops::Lead leadOf(crm::CrmClient &crm, qint64 id) const
    {
        const crm::CrmResult result = call(crm, getOf(QStringLiteral("/api/v1/leads/%1").arg(id)));
        QString problem = result.ok() ? QString() : result.error->message;
        std::optional<ops::Lead> lead;
        if (result.ok())
            lead = ops::leadFromJson(result.body.toObject(), &problem);
        if (!lead)
            qFatal("lead %lld: %s", id, qPrintable(problem));
        return *lead;
    }

    ops::LeadIntakeResult intake(crm::CrmClient &crm, const QJsonObject &json)
    {
        const auto awaited = await<ops::LeadIntakeResult>(
            [&](QObject *context, std::function<void(const ops::LeadIntakeResult &)> done) {
                ops::intakeLead(&crm, leadFrom(json), context, std::move(done));
            });
        if (awaited.calls != 1 || !awaited.result) {
            ops::LeadIntakeResult none;
            none.error = crm::CrmError {};
            none.error->message = QStringLiteral("no single result (%1)").arg(awaited.calls);
            return none;
        }
        return *awaited.result;
    }

    ops::LeadPage list(crm::CrmClient &crm, const ops::LeadListQuery &query)
    {
        const auto awaited = await<ops::LeadPage>(
            [&](QObject *context, std::function<void(const ops::LeadPage &)> done) {
                ops::listAllLeads(&crm, query, 100000, context, std::move(done));
            });
        return awaited.result.value_or(ops::LeadPage {});
    }

    static std::optional<ops::Lead> find(const ops::LeadPage &page, qint64 id)
    {
        for (const ops::Lead &lead : page.items) {
            if (lead.id == id)
                return lead;
        }
        return std::nullopt;
    }

    ops::LeadActionResult
    act(const std::function<void(QObject *, std::function<void(const ops::LeadActionResult &)>)>
            &start)
    {
        const auto awaited = await<ops::LeadActionResult>(start);
        return awaited.result.value_or(ops::LeadActionResult {});
    }

    // A new free lead of its own for a test; its id.
    qint64 newLead(const QString &phone, const QString &callId)
    {
        auto agent = agentActing();
        const ops::LeadIntakeResult result
            = intake(*agent, callJson(phone, callId, QStringLiteral("Тест ") + callId));
        if (!result.ok() || result.decision->kind != ops::LeadDecision::Kind::New)
            return 0;
        return result.decision->leadId;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error())); }

    void idempotencyKeyComesFromTheLeadsOwnId()
    {
        const leads::LeadInput call
            = leadFrom(callJson(QStringLiteral("84997650001"), QStringLiteral("c-1"), {}));
        QCOMPARE(ops::leadIdempotencyKey(call), QByteArray("lead-call-c-1"));
        QJsonObject formJson { { QStringLiteral("type"), QStringLiteral("form") },
                               { QStringLiteral("email"), QStringLiteral("a@example.org") },
                               { QStringLiteral("form_request_id"), QStringLiteral("f 7") } };
        const QByteArray formKey = ops::leadIdempotencyKey(leadFrom(formJson));
        QVERIFY(formKey.startsWith("lead-form-h-")); // a space is not kept in a header value
        formJson.remove(QStringLiteral("form_request_id"));
        const QByteArray contentKey = ops::leadIdempotencyKey(leadFrom(formJson));
        QCOMPARE(ops::leadIdempotencyKey(leadFrom(formJson)), contentKey);
        formJson.insert(QStringLiteral("name"), QStringLiteral("Другое имя"));
        QVERIFY(ops::leadIdempotencyKey(leadFrom(formJson)) != contentKey);
        QVERIFY(contentKey.size() <= 100);
    }

    void newLeadThenDuplicateByPhoneAndEmail()
    {
        auto agent = agentActing();
        const ops::LeadIntakeResult first
            = intake(*agent,
                     callJson(QStringLiteral("+7 (915) 700-10-01"), QStringLiteral("ops-new-1"),
                              QStringLiteral("Пётр Новиков")));
        QVERIFY2(first.ok(), qPrintable(describe(first.error)));
        QCOMPARE(first.decision->kind, ops::LeadDecision::Kind::New);
        QVERIFY(first.decision->dealId > 0);
        QVERIFY(first.decision->orderId > 0);
        QVERIFY(first.decision->clientId > 0);
        QVERIFY(!first.decision->clientReused);

        // The same number written another way, another call: a duplicate of that deal.
        const ops::LeadIntakeResult again = intake(
            *agent, callJson(QStringLiteral("8 915 700 10 01"), QStringLiteral("ops-new-2"), {}));
        QVERIFY2(again.ok(), qPrintable(describe(again.error)));
        QCOMPARE(again.decision->kind, ops::LeadDecision::Kind::Duplicate);
        QCOMPARE(again.decision->dealId, first.decision->dealId);
        QCOMPARE(again.decision->matchedBy, QStringLiteral("phone"));
        QCOMPARE(again.decision->action, std::optional(leads::DuplicateAction::Comment));

        // A form with a new e-mail and another phone is new; the same e-mail again duplicates.
        const QJsonObject form { { QStringLiteral("type"), QStringLiteral("form") },
                                 { QStringLiteral("email"),
                                   QStringLiteral("Ops.Form@Example.org") },
                                 { QStringLiteral("form_request_id"), QStringLiteral("ops-f-1") } };
        const ops::LeadIntakeResult byForm = intake(*agent, form);
        QVERIFY2(byForm.ok(), qPrintable(describe(byForm.error)));
        QCOMPARE(byForm.decision->kind, ops::LeadDecision::Kind::New);
        QJsonObject sameEmail = form;
        sameEmail.insert(QStringLiteral("email"), QStringLiteral(" ops.form@example.org "));
        sameEmail.insert(QStringLiteral("form_request_id"), QStringLiteral("ops-f-2"));
        const ops::LeadIntakeResult byEmail = intake(*agent, sameEmail);
        QVERIFY2(byEmail.ok(), qPrintable(describe(byEmail.error)));
        QCOMPARE(byEmail.decision->kind, ops::LeadDecision::Kind::Duplicate);
        QCOMPARE(byEmail.decision->dealId, byForm.decision->dealId);
        QCOMPARE(byEmail.decision->matchedBy, QStringLiteral("email"));
    }

    void theSameLeadSentTwiceIsDecidedOnce()
    {
        auto agent = agentActing();
        const QJsonObject json = callJson(QStringLiteral("+7 915 700-10-02"),
                                          QStringLiteral("ops-replay"), QStringLiteral("Повтор"));
        const ops::LeadIntakeResult first = intake(*agent, json);
        QVERIFY2(first.ok(), qPrintable(describe(first.error)));
        const ops::LeadIntakeResult replay = intake(*agent, json);
        QVERIFY2(replay.ok(), qPrintable(describe(replay.error)));
        QCOMPARE(replay.decision->kind, ops::LeadDecision::Kind::New);
        QCOMPARE(replay.decision->leadId, first.decision->leadId);
        QCOMPARE(replay.decision->dealId, first.decision->dealId);
    }

    void theCrmRefusesWhatTheDomainWouldNotLetThrough()
    {
        // A LeadInput built by hand, around fromJson: the CRM's own check names the field.
        leads::LeadInput call;
        call.type = leads::LeadType::Call;
        call.callId = QStringLiteral("ops-no-phone");
        auto agent = agentActing();
        const auto awaited = await<ops::LeadIntakeResult>(
            [&](QObject *context, std::function<void(const ops::LeadIntakeResult &)> done) {
                ops::intakeLead(agent.get(), call, context, std::move(done));
            });
        QCOMPARE(awaited.calls, 1);
        QVERIFY(!awaited.result->ok());
        QCOMPARE(awaited.result->error->kind, crm::ErrorKind::Validation);
        QCOMPARE(awaited.result->error->field, QStringLiteral("phone"));
    }

    void duplicateCheckHintsWithoutChangingAnything()
    {
        auto agent = agentActing();
        const ops::LeadIntakeResult first
            = intake(*agent,
                     callJson(QStringLiteral("+7 915 700-10-03"), QStringLiteral("ops-dc"),
                              QStringLiteral("Ирина Подсказкина")));
        QVERIFY2(first.ok(), qPrintable(describe(first.error)));

        auto check = [&](const QJsonObject &partial) {
            return await<ops::DuplicateCheckResult>(
                       [&](QObject *context,
                           std::function<void(const ops::DuplicateCheckResult &)> done) {
                           ops::checkLeadDuplicate(agent.get(), partial, context, std::move(done));
                       })
                .result.value_or(ops::DuplicateCheckResult {});
        };
        const ops::DuplicateCheckResult hit
            = check({ { QStringLiteral("type"), QStringLiteral("call") },
                      { QStringLiteral("phone"), QStringLiteral("89157001003") } });
        QVERIFY2(hit.ok(), qPrintable(describe(hit.error)));
        QVERIFY(hit.duplicate.has_value());
        QCOMPARE(hit.duplicate->dealId, first.decision->dealId);
        QCOMPARE(hit.duplicate->matchedBy, QStringLiteral("phone"));
        QCOMPARE(hit.duplicate->clientName, QStringLiteral("Ирина Подсказкина"));
        QVERIFY(hit.problems.isEmpty());

        const ops::DuplicateCheckResult partial
            = check({ { QStringLiteral("type"), QStringLiteral("call") },
                      { QStringLiteral("phone"), QStringLiteral("8 915") } });
        QVERIFY2(partial.ok(), qPrintable(describe(partial.error)));
        QVERIFY(!partial.duplicate.has_value());
        QVERIFY(!partial.problems.isEmpty());
        QCOMPARE(partial.problems.first().field, QStringLiteral("phone"));

        // The check logged nothing: the number is still a duplicate of the same deal only.
        const ops::LeadIntakeResult after = intake(
            *agent, callJson(QStringLiteral("89157001003"), QStringLiteral("ops-dc-2"), {}));
        QVERIFY2(after.ok(), qPrintable(describe(after.error)));
        QCOMPARE(after.decision->dealId, first.decision->dealId);
    }

    void liveCheckReportsOnlyTheLatestInput()
    {
        auto agent = agentActing();
        ops::LiveDuplicateCheck live(agent.get(), nullptr, 50);
        QSignalSpy checked(&live, &ops::LiveDuplicateCheck::checked);
        for (const QString &typed :
             { QStringLiteral("8"), QStringLiteral("8 9"), QStringLiteral("8 915 700-10-01") })
            live.setLead({ { QStringLiteral("type"), QStringLiteral("call") },
                           { QStringLiteral("phone"), typed } });
        QVERIFY(checked.wait(kWaitMs));
        QTest::qWait(300); // nothing more comes for the older inputs
        QCOMPARE(checked.count(), 1);
        const auto result = checked.first().first().value<ops::DuplicateCheckResult>();
        QVERIFY2(result.ok(), qPrintable(describe(result.error)));
        QVERIFY(result.duplicate.has_value());
    }

    void queuesByRole()
    {
        const qint64 id = newLead(QStringLiteral("+7 915 700-20-01"), QStringLiteral("ops-q-1"));
        QVERIFY(id > 0);
        auto agent = agentActing();
        auto lead = leadActing();

        ops::LeadListQuery free;
        free.queue = ops::LeadQueue::Free;
        const ops::LeadPage freePage = list(*agent, free);
        QVERIFY2(freePage.ok(), qPrintable(describe(freePage.error)));
        const std::optional<ops::Lead> listed = find(freePage, id);
        QVERIFY(listed.has_value());
        QCOMPARE(listed->status, QStringLiteral("free"));
        QCOMPARE(listed->phone, QStringLiteral("+79157002001"));
        QCOMPARE(listed->kind, leads::LeadType::Call);
        QVERIFY(!listed->assignee.has_value());
        for (const ops::Lead &item : freePage.items)
            QVERIFY(!item.assignee.has_value());

        ops::LeadListQuery search = free;
        search.search = QStringLiteral("9157002001");
        const ops::LeadPage found = list(*agent, search);
        QVERIFY2(found.ok(), qPrintable(describe(found.error)));
        QCOMPARE(found.items.size(), 1);
        QCOMPARE(found.items.first().id, id);

        ops::LeadListQuery all;
        all.queue = ops::LeadQueue::All;
        const ops::LeadPage refused = list(*agent, all);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, crm::ErrorKind::Forbidden);
        const ops::LeadPage everyone = list(*lead, all);
        QVERIFY2(everyone.ok(), qPrintable(describe(everyone.error)));
        QVERIFY(find(everyone, id).has_value());

        // Paging: small pages give the same leads in the same order.
        ops::LeadListQuery paged = free;
        paged.limit = 2;
        ops::LeadPage first;
        {
            const auto awaited = await<ops::LeadPage>(
                [&](QObject *context, std::function<void(const ops::LeadPage &)> done) {
                    ops::listLeads(agent.get(), paged, context, std::move(done));
                });
            first = awaited.result.value_or(ops::LeadPage {});
        }
        QVERIFY2(first.ok(), qPrintable(describe(first.error)));
        QVERIFY(first.items.size() <= 2);
        if (freePage.items.size() > 2) {
            QVERIFY(!first.nextCursor.isEmpty());
            QCOMPARE(first.items.first().id, freePage.items.first().id);
        }
    }

    void takeIsAtomicAndTheLoserSeesTheHolder()
    {
        const qint64 id = newLead(QStringLiteral("+7 915 700-30-01"), QStringLiteral("ops-race"));
        QVERIFY(id > 0);
        auto agent = agentActing();
        auto lead = leadActing();
        QEventLoop loop;
        QObject context;
        std::optional<ops::LeadActionResult> byAgent;
        std::optional<ops::LeadActionResult> byLead;
        auto maybeQuit = [&] {
            if (byAgent && byLead)
                loop.quit();
        };
        const ops::Lead free = leadOf(*agent, id);
        // Both requests are on the wire before either answer is read.
        ops::takeLead(agent.actor, agent.get(), free, &context,
                      [&](const ops::LeadActionResult &result) {
                          byAgent = result;
                          maybeQuit();
                      });
        ops::takeLead(lead.actor, lead.get(), free, &context,
                      [&](const ops::LeadActionResult &result) {
                          byLead = result;
                          maybeQuit();
                      });
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(byAgent && byLead);
        QVERIFY2(
            byAgent->ok() != byLead->ok(),
            qPrintable(describe(byAgent->error) + QStringLiteral(" / ") + describe(byLead->error)));
        const ops::LeadActionResult &winner = byAgent->ok() ? *byAgent : *byLead;
        const ops::LeadActionResult &loser = byAgent->ok() ? *byLead : *byAgent;
        const QString winnerId = byAgent->ok() ? kAgentId : QStringLiteral("u-lead");
        QVERIFY(winner.lead->assignee.has_value());
        QCOMPARE(winner.lead->assignee->id, winnerId);
        QCOMPARE(loser.error->kind, crm::ErrorKind::Conflict);
        QVERIFY(loser.holder.has_value());
        QCOMPARE(loser.holder->id, winnerId);
        QVERIFY(!loser.holder->displayName.isEmpty());
        QVERIFY2(loser.message.contains(loser.holder->displayName), qPrintable(loser.message));
    }

    void takeReleaseStatusAndComments()
    {
        const qint64 id = newLead(QStringLiteral("+7 915 700-40-01"), QStringLiteral("ops-life"));
        QVERIFY(id > 0);
        auto agent = agentActing();

        const ops::LeadActionResult taken = act([&](QObject *context, auto done) {
            ops::takeLead(agent.actor, agent.get(), leadOf(*agent, id), context, std::move(done));
        });
        QVERIFY2(taken.ok(), qPrintable(describe(taken.error)));
        QCOMPARE(taken.lead->assignee->id, kAgentId);
        QVERIFY(!taken.etag.isEmpty());

        ops::LeadListQuery mine;
        mine.queue = ops::LeadQueue::Mine;
        const ops::LeadPage myLeads = list(*agent, mine);
        QVERIFY2(myLeads.ok(), qPrintable(describe(myLeads.error)));
        const std::optional<ops::Lead> listed = find(myLeads, id);
        QVERIFY(listed.has_value());
        QCOMPARE(listed->etag(), taken.etag); // the list's version gives the same If-Match
        QVERIFY(listed->dealId > 0);

        ops::LeadListQuery free;
        QVERIFY(!find(list(*agent, free), id).has_value());

        // Released: free again, for anyone.
        const ops::LeadActionResult released = act([&](QObject *context, auto done) {
            ops::releaseLead(agent.actor, agent.get(), leadOf(*agent, id), context,
                             std::move(done));
        });
        QVERIFY2(released.ok(), qPrintable(describe(released.error)));
        QVERIFY(!released.lead->assignee.has_value());
        QCOMPARE(released.lead->status, QStringLiteral("free"));
        QVERIFY(find(list(*agent, free), id).has_value());

        const ops::LeadActionResult again = act([&](QObject *context, auto done) {
            ops::takeLead(agent.actor, agent.get(), leadOf(*agent, id), context, std::move(done));
        });
        QVERIFY2(again.ok(), qPrintable(describe(again.error)));

        // A stale If-Match is refused; the current one goes through.
        const ops::LeadActionResult stale = act([&](QObject *context, auto done) {
            ops::setLeadStatus(agent.actor, agent.get(), leadOf(*agent, id), taken.etag,
                               ops::LeadOutcome::Success, context, std::move(done));
        });
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error->kind, crm::ErrorKind::PreconditionFailed);
        const ops::LeadActionResult success = act([&](QObject *context, auto done) {
            ops::setLeadStatus(agent.actor, agent.get(), leadOf(*agent, id), again.etag,
                               ops::LeadOutcome::Success, context, std::move(done));
        });
        QVERIFY2(success.ok(), qPrintable(describe(success.error)));
        QCOMPARE(success.lead->status, QStringLiteral("success"));
        QVERIFY(success.etag != again.etag);

        // Only the assignee sets the status.
        auto lead = leadActing();
        const ops::LeadActionResult notTheirs = act([&](QObject *context, auto done) {
            ops::setLeadStatus(lead.actor, lead.get(), leadOf(*lead, id), success.etag,
                               ops::LeadOutcome::Failure, context, std::move(done));
        });
        QVERIFY(!notTheirs.ok());

        const auto added = await<ops::LeadCommentsResult>([&](QObject *context, auto done) {
            ops::addLeadComment(agent.actor, agent.get(), id, QStringLiteral("Перезвонить завтра"),
                                context, std::move(done));
        });
        QVERIFY2(added.result && added.result->ok(),
                 qPrintable(describe(added.result ? added.result->error : std::nullopt)));
        QCOMPARE(added.result->comments.size(), 1);
        QCOMPARE(added.result->comments.first().text, QStringLiteral("Перезвонить завтра"));
        const auto comments = await<ops::LeadCommentsResult>([&](QObject *context, auto done) {
            ops::listLeadComments(agent.get(), id, context, std::move(done));
        });
        QVERIFY2(comments.result && comments.result->ok(),
                 qPrintable(describe(comments.result ? comments.result->error : std::nullopt)));
        QCOMPARE(comments.result->comments.size(), 1);
        QCOMPARE(comments.result->comments.first().authorId, kAgentId);
        ops::LeadListQuery withComment;
        withComment.queue = ops::LeadQueue::Mine;
        const std::optional<ops::Lead> commented = find(list(*agent, withComment), id);
        QVERIFY(commented.has_value());
        QCOMPARE(commented->commentsCount, 1);

        // Each change left one audit event, in order, with what it changed; the refused ones
        // are recorded as failed.
        QVERIFY(agent.delivered(6));
        QVERIFY(lead.delivered(1));
        QString error;
        // Each user's events reach the CRM in the order they were recorded (one outbox each).
        QMap<QString, QStringList> trails; // by actor
        QMap<QString, qint64> lastSeq;
        for (const QString &action :
             { QStringLiteral("lead.take"), QStringLiteral("lead.release"),
               QStringLiteral("lead.status"), QStringLiteral("lead.comment") }) {
            for (const QJsonObject &event :
                 auditEventsWithAction(m_sandbox.url(), action, &error)) {
                if (event[QLatin1String("entity_ids")].toArray()
                    == QJsonArray { QString::number(id) })
                    trails[event[QLatin1String("actor")].toString()]
                        << QStringLiteral("%1 %2 %3")
                               .arg(event[QLatin1String("seq")].toInteger(), 6, 10,
                                    QLatin1Char('0'))
                               .arg(action, event[QLatin1String("result")].toString());
            }
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (QStringList &trail : trails) {
            trail.sort(); // by the CRM's sequence number
            for (QString &line : trail)
                line = line.section(QLatin1Char(' '), 1);
        }
        QCOMPARE(
            trails.value(kAgentId),
            QStringList({ QStringLiteral("lead.take ok"), QStringLiteral("lead.release ok"),
                          QStringLiteral("lead.take ok"), QStringLiteral("lead.status failed"),
                          QStringLiteral("lead.status ok"), QStringLiteral("lead.comment ok") }));
        QCOMPARE(trails.value(QStringLiteral("u-lead")),
                 QStringList({ QStringLiteral("lead.status failed") }));
        const QList<QJsonObject> statuses
            = auditEventsWithAction(m_sandbox.url(), QStringLiteral("lead.status"), &error);
        const auto set = std::find_if(statuses.begin(), statuses.end(), [&](const QJsonObject &e) {
            return e[QLatin1String("entity_ids")].toArray() == QJsonArray { QString::number(id) }
            && e[QLatin1String("result")].toString() == QLatin1String("ok");
        });
        QVERIFY(set != statuses.end());
        QCOMPARE((*set)[QLatin1String("before")][QLatin1String("status")].toString(),
                 QStringLiteral("in_work"));
        QCOMPARE((*set)[QLatin1String("after")][QLatin1String("status")].toString(),
                 QStringLiteral("success"));
        QCOMPARE((*set)[QLatin1String("after")][QLatin1String("assignee")].toString(), kAgentId);
    }

    void aTeamLeadReleasesAnyLead()
    {
        const qint64 id = newLead(QStringLiteral("+7 915 700-40-02"), QStringLiteral("ops-rel"));
        QVERIFY(id > 0);
        auto agent = agentActing();
        auto lead = leadActing();
        QVERIFY(act([&](QObject *context, auto done) {
                    ops::takeLead(agent.actor, agent.get(), leadOf(*agent, id), context,
                                  std::move(done));
                }).ok());
        const ops::LeadActionResult released = act([&](QObject *context, auto done) {
            ops::releaseLead(lead.actor, lead.get(), leadOf(*lead, id), context, std::move(done));
        });
        QVERIFY2(released.ok(), qPrintable(describe(released.error)));
        QCOMPARE(released.lead->status, QStringLiteral("free"));
    }

    void settingsRoundTripAndChangeTheDuplicateAction()
    {
        auto agent = agentActing();
        auto lead = leadActing();
        const auto loaded = await<ops::LeadSettingsResult>([&](QObject *context, auto done) {
            ops::loadLeadSettings(agent.get(), context, std::move(done));
        });
        QVERIFY(loaded.result);
        QVERIFY2(loaded.result->ok(), qPrintable(describe(loaded.result->error)));
        const ops::LeadSettings demo = *loaded.result->settings;
        QVERIFY(demo.duplicates.byPhone);
        QVERIFY(demo.duplicates.byEmail);
        QCOMPARE(demo.duplicates.periodDays, 0);
        QVERIFY(demo.duplicates.onlyInProcessing);
        QCOMPARE(demo.duplicates.action, leads::DuplicateAction::Comment);
        QVERIFY(demo.statuses.contains(QStringLiteral("finished")));
        QCOMPARE(demo.statusGroups.groupOf(QStringLiteral("finished")), leads::StatusGroup::Paid);
        QVERIFY(!loaded.result->etag.isEmpty());

        ops::LeadSettings changed = demo;
        changed.duplicates.action = leads::DuplicateAction::Task;
        const auto refused = await<ops::LeadSettingsResult>([&](QObject *context, auto done) {
            ops::saveLeadSettings(agent.actor, agent.get(), demo, changed, loaded.result->etag,
                                  context, std::move(done));
        });
        QVERIFY(refused.result && !refused.result->ok());
        QCOMPARE(refused.result->error->kind, crm::ErrorKind::Forbidden);

        const auto saved = await<ops::LeadSettingsResult>([&](QObject *context, auto done) {
            ops::saveLeadSettings(lead.actor, lead.get(), demo, changed, loaded.result->etag,
                                  context, std::move(done));
        });
        QVERIFY(saved.result);
        QVERIFY2(saved.result->ok(), qPrintable(describe(saved.result->error)));
        QCOMPARE(saved.result->settings->duplicates.action, leads::DuplicateAction::Task);
        QVERIFY(saved.result->etag != loaded.result->etag);

        const auto stale = await<ops::LeadSettingsResult>([&](QObject *context, auto done) {
            ops::saveLeadSettings(lead.actor, lead.get(), changed, demo, loaded.result->etag,
                                  context, std::move(done));
        });
        QVERIFY(stale.result && !stale.result->ok());
        QCOMPARE(stale.result->error->kind, crm::ErrorKind::PreconditionFailed);

        // A duplicate now adds a task.
        const ops::LeadIntakeResult first = intake(
            *agent, callJson(QStringLiteral("+7 915 700-50-01"), QStringLiteral("ops-task-1"), {}));
        QVERIFY2(first.ok(), qPrintable(describe(first.error)));
        const ops::LeadIntakeResult second = intake(
            *agent, callJson(QStringLiteral("+7 915 700-50-01"), QStringLiteral("ops-task-2"), {}));
        QVERIFY2(second.ok(), qPrintable(describe(second.error)));
        QCOMPARE(second.decision->action, std::optional(leads::DuplicateAction::Task));

        const auto restored = await<ops::LeadSettingsResult>([&](QObject *context, auto done) {
            ops::saveLeadSettings(lead.actor, lead.get(), changed, demo, saved.result->etag,
                                  context, std::move(done));
        });
        QVERIFY(restored.result);
        QVERIFY2(restored.result->ok(), qPrintable(describe(restored.result->error)));
        QCOMPARE(restored.result->settings->duplicates, demo.duplicates);

        // The agent's refused save and the team lead's three saves, each with before and after.
        QVERIFY(agent.delivered(1));
        QVERIFY(lead.delivered(3));
        QString error;
        const QList<QJsonObject> events = auditEventsWithAction(
            m_sandbox.url(), QStringLiteral("lead_settings.update"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList byAgent;
        QList<QJsonObject> byLead;
        for (const QJsonObject &event : events) {
            if (event[QLatin1String("actor")].toString() == kAgentId)
                byAgent << event[QLatin1String("result")].toString();
            else
                byLead << event;
        }
        QCOMPARE(byAgent, QStringList { QStringLiteral("failed") });
        QStringList results;
        for (const QJsonObject &event : std::as_const(byLead))
            results << event[QLatin1String("result")].toString();
        QCOMPARE(
            results,
            QStringList({ QStringLiteral("ok"), QStringLiteral("failed"), QStringLiteral("ok") }));
        QCOMPARE(byLead
                     .at(0)[QLatin1String("before")][QLatin1String("duplicates")]
                           [QLatin1String("action")]
                     .toString(),
                 QStringLiteral("comment"));
        QCOMPARE(
            byLead
                .at(0)[QLatin1String("after")][QLatin1String("duplicates")][QLatin1String("action")]
                .toString(),
            QStringLiteral("task"));
    }

    void funnelsAndTheirSummary()
    {
        auto agent = agentActing();
        const ops::LeadIntakeResult created = intake(
            *agent, callJson(QStringLiteral("+7 915 700-60-01"), QStringLiteral("ops-funnel"), {}));
        QVERIFY2(created.ok(), qPrintable(describe(created.error)));

        const auto funnels = await<ops::FunnelsResult>([&](QObject *context, auto done) {
            ops::listFunnels(agent.get(), context, std::move(done));
        });
        QVERIFY(funnels.result);
        QVERIFY2(funnels.result->ok(), qPrintable(describe(funnels.result->error)));
        QVERIFY(!funnels.result->funnels.isEmpty());
        const ops::FunnelInfo funnel = funnels.result->funnels.first();
        QVERIFY2(leads::funnelProblem(funnel.stages).isEmpty(),
                 qPrintable(leads::funnelProblem(funnel.stages)));

        const auto summary = await<ops::FunnelSummaryResult>([&](QObject *context, auto done) {
            ops::loadFunnelSummary(agent.get(), funnel.id, context, std::move(done));
        });
        QVERIFY(summary.result);
        QVERIFY2(summary.result->ok(), qPrintable(describe(summary.result->error)));
        QCOMPARE(summary.result->stages.size(), funnel.stages.size());
        qint64 deals = 0;
        for (const ops::StageSummary &stage : summary.result->stages)
            deals += stage.count;
        QVERIFY(deals >= 1);

        const auto missing = await<ops::FunnelSummaryResult>([&](QObject *context, auto done) {
            ops::loadFunnelSummary(agent.get(), 999999, context, std::move(done));
        });
        QVERIFY(missing.result && !missing.result->ok());
        QCOMPARE(missing.result->error->kind, crm::ErrorKind::NotFound);
    }

    void pollerPicksUpANewLeadAndATake()
    {
        auto agent = agentActing();
        ops::LeadPoller poller(agent.get());
        poller.setIntervalMs(100);
        QSignalSpy caughtUp(&poller, &ops::LeadPoller::caughtUp);
        QSignalSpy changed(&poller, &ops::LeadPoller::leadsChanged);
        QSignalSpy failed(&poller, &ops::LeadPoller::pollFailed);
        poller.start(); // from now: what is already there is not reported
        QVERIFY(caughtUp.wait(kWaitMs));
        const qint64 cursor = caughtUp.first().at(0).toLongLong();
        QVERIFY(cursor >= 0);
        QCOMPARE(poller.cursor(), cursor);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);
        // The calls below wait in event loops of their own, where the poller may already report
        // the change: it counts if it came during the call or comes after it.
        auto reportedSince
            = [&](qsizetype before) { return changed.count() > before || changed.wait(kWaitMs); };

        const qint64 id = newLead(QStringLiteral("+7 915 700-70-01"), QStringLiteral("ops-poll"));
        QVERIFY(id > 0);
        QVERIFY(reportedSince(0));
        auto leadsOf
            = [](const QList<QVariant> &signal) { return signal.at(0).value<QList<ops::Lead>>(); };
        QList<ops::Lead> seen = leadsOf(changed.first());
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().id, id);
        QCOMPARE(seen.first().status, QStringLiteral("free"));
        QVERIFY(changed.first().at(1).toLongLong() > cursor);
        QCOMPARE(poller.cursor(), changed.first().at(1).toLongLong());

        // A take is a change too, reported in the lead's new state.
        const qsizetype beforeTake = changed.count();
        QVERIFY(act([&](QObject *context, auto done) {
                    ops::takeLead(agent.actor, agent.get(), leadOf(*agent, id), context,
                                  std::move(done));
                }).ok());
        QVERIFY(reportedSince(beforeTake));
        seen = leadsOf(changed.last());
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().id, id);
        QVERIFY(seen.first().assignee.has_value());
        QCOMPARE(failed.count(), 0);

        // Stopped: nothing more, even with changes waiting.
        poller.stop();
        const int reports = changed.count();
        QVERIFY(newLead(QStringLiteral("+7 915 700-70-02"), QStringLiteral("ops-poll-2")) > 0);
        QTest::qWait(400);
        QCOMPARE(changed.count(), reports);
        QVERIFY(!poller.isActive());

        // Resumed at its cursor: the change made while stopped comes.
        poller.start(poller.cursor());
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(leadsOf(changed.last()).first().phone, QStringLiteral("+79157007002"));
    }

    void pollerFromZeroPagesThroughEverything()
    {
        auto agent = agentActing();
        ops::LeadPoller poller(agent.get());
        poller.setIntervalMs(5000);
        poller.setPageLimit(1); // one lead a page: several full pages followed at once
        QSignalSpy caughtUp(&poller, &ops::LeadPoller::caughtUp);
        QSignalSpy changed(&poller, &ops::LeadPoller::leadsChanged);
        poller.start(0);
        QVERIFY(caughtUp.wait(kWaitMs));
        QVERIFY(changed.count() >= 2);
    }

    void pollerReportsFailuresAndGoesOn()
    {
        SandboxProcess doomed;
        QVERIFY2(doomed.start(), qPrintable(doomed.error()));
        auto agent = clientFor(doomed.url(), kAgentToken);
        ops::LeadPoller poller(agent.get());
        poller.setIntervalMs(100);
        QSignalSpy caughtUp(&poller, &ops::LeadPoller::caughtUp);
        QSignalSpy failed(&poller, &ops::LeadPoller::pollFailed);
        poller.start();
        QVERIFY(caughtUp.wait(kWaitMs));
        doomed.kill();
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(failed.wait(kWaitMs)); // still polling
        QVERIFY(poller.isActive());
        poller.stop();
    }

    void destroyingTheContextDeliversNothing()
    {
        auto agent = agentActing();
        int calls = 0;
        {
            QObject context;
            ops::LeadListQuery query;
            ops::listLeads(agent.get(), query, &context, [&](const ops::LeadPage &) { ++calls; });
        }
        QTest::qWait(300);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestLeadOps)
#include "tst_lead_ops.moc"
