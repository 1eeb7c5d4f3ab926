#include "operations/partner/PartnerLineComment.h"

#include "crm/CrmClient.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/partner/PartnerOpsSupport.h"

#include <QCoreApplication>
#include <QPointer>

namespace opc::ops {

namespace {

struct PartnerLineCommentText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::PartnerLineComment)
};

QJsonObject commentState(const PartnerLine &line)
{
    return QJsonObject { { QStringLiteral("line_id"), line.lineId },
                         { QStringLiteral("comment"), line.comment },
                         { QStringLiteral("version"), line.version } };
}

QString changedMeanwhileMessage(const PartnerLine &line, const PartnerLineResult &reload)
{
    if (reload.ok())
        return PartnerLineCommentText::tr("Someone changed line %1 after you opened it, so your "
                                          "comment was not saved. The line has been reloaded: "
                                          "read its comment again, then change it if it is "
                                          "still needed.")
            .arg(line.lineId);
    return PartnerLineCommentText::tr("Someone changed line %1 after you opened it, so your "
                                      "comment was not saved, and reading it again failed: %2")
        .arg(line.lineId, reload.message);
}

} // namespace

void setPartnerLineComment(const Actor &actor, crm::CrmClient *client, const PartnerLine &current,
                           const QString &comment, QObject *context,
                           std::function<void(const PartnerLineResult &)> done)
{
    const QJsonObject asked { { QStringLiteral("comment"), comment } };
    crm::CrmRequest request;
    request.method = "PATCH";
    request.path = partnerops::partnerPath(QStringLiteral("/lines/%1").arg(current.id));
    request.ifMatch = current.etag();
    request.body = asked;
    const QString what = QStringLiteral("PATCH ") + request.path;

    ActionRecord record;
    record.action = QStringLiteral("partner.line.comment");
    record.entityType = QStringLiteral("partner_line");
    record.entityIds = QStringList { QString::number(current.id) };
    record.before = commentState(current);

    // To the audit recorder, which outlives the window that asked: the change is audited even
    // if that window closed meanwhile.
    QPointer<QObject> guard(context);
    client->send(request, actor.audit,
                 [actor, client, record, asked, what, guard, current,
                  done = std::move(done)](const crm::CrmResult &result) mutable {
                     PartnerLineResult changed = partnerops::readLineAnswer(result, what);
                     record.after = changed.ok() ? commentState(*changed.line) : asked;
                     recordAction(actor, record, changed.error);
                     if (!guard)
                         return;
                     if (changed.ok()
                         || changed.error->kind != crm::ErrorKind::PreconditionFailed) {
                         done(changed);
                         return;
                     }
                     // Stale: show the agent the comment someone else wrote instead of writing
                     // over it blindly.
                     loadPartnerLine(
                         client, current.id, guard,
                         [changed, current, done = std::move(done)](const PartnerLineResult &now) {
                             PartnerLineResult refused = changed;
                             refused.reloaded = now.line;
                             refused.message = changedMeanwhileMessage(current, now);
                             done(refused);
                         });
                 });
}

} // namespace opc::ops
