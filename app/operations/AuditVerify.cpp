#include "operations/AuditVerify.h"

#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

#include <memory>

namespace opc::ops {

namespace {

const QString kPath = QStringLiteral("/api/v1/audit/events");
const QString kAnchorPath = QStringLiteral("/api/v1/audit/anchor");

struct Verification {
    crm::CrmClient *client = nullptr;
    QObject *context = nullptr;
    AuditChainVerifier verifier;
    qint64 anchorSeq = 0;
    QByteArray anchorHash;
    std::function<void(const AuditVerifyResult &)> done;

    void finish(const std::optional<crm::CrmError> &error = std::nullopt)
    {
        AuditVerifyResult result;
        result.checked = verifier.checked();
        result.firstBreak = verifier.firstBreak();
        result.anchorSeq = anchorSeq;
        result.anchorHash = anchorHash;
        result.error = error;
        done(result);
    }
};

void readPage(const std::shared_ptr<Verification> &run, const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    run->client->get(
        kPath, run->context,
        [run](const crm::CrmResult &answer) {
            if (!answer.ok()) {
                run->finish(answer.error);
                return;
            }
            const QJsonValue items = answer.body[QLatin1String("items")];
            const QJsonValue next = answer.body[QLatin1String("next_cursor")];
            if (!items.isArray() || !(next.isString() || next.isNull())) {
                run->finish(crm::malformedResponse(answer.httpStatus,
                                                   QStringLiteral("items, next_cursor"),
                                                   QStringLiteral("GET ") + kPath));
                return;
            }
            for (const QJsonValue &item : items.toArray()) {
                if (run->verifier.add(item.toObject())) {
                    run->finish(); // the first break is all the verification reports
                    return;
                }
            }
            if (next.toString().isEmpty())
                run->finish();
            else
                readPage(run, next.toString());
        },
        query);
}

// Retention may have archived the log's head: the chain then starts after its anchor.
void readAnchor(const std::shared_ptr<Verification> &run)
{
    run->client->get(kAnchorPath, run->context, [run](const crm::CrmResult &answer) {
        if (!answer.ok()) {
            run->finish(answer.error);
            return;
        }
        const QJsonValue seq = answer.body[QLatin1String("seq")];
        const QString hash = answer.body[QLatin1String("hash")].toString();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!seq.isDouble() || seq.toInteger(-1) < 0 || !hex.match(hash).hasMatch()) {
            run->finish(crm::malformedResponse(answer.httpStatus, QStringLiteral("seq, hash"),
                                               QStringLiteral("GET ") + kAnchorPath));
            return;
        }
        run->anchorSeq = seq.toInteger();
        run->anchorHash = hash.toLatin1();
        run->verifier.startAfter(run->anchorSeq, hash.toLatin1());
        readPage(run, QString());
    });
}

} // namespace

void verifyAuditLog(crm::CrmClient *client, QObject *context,
                    std::function<void(const AuditVerifyResult &)> done)
{
    auto run = std::make_shared<Verification>();
    run->client = client;
    run->context = context;
    run->done = std::move(done);
    readAnchor(run);
}

} // namespace opc::ops
