#include "core/partner/PartnerRules.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/PartnerSupport.h"

#include <QRandomGenerator>
#include <QSqlError>

// Acting as a partner's client (seed 003 §6 "Вход в личный кабинет клиента"): a one-time
// sign-in link into the client's cabinet, issued when partner::actAsClientRefusal allows it (the
// partner created the client, or the client granted access), and the platform's webhook of a
// client granting or withdrawing that access.

namespace opc::sandbox {

namespace {

constexpr qint64 kActAsLinkSeconds = 10 * 60; // a link is valid 10 minutes by the sandbox clock
constexpr int kTokenBytes = 24;

// A token nobody can guess: 24 random bytes, base64url without padding (32 characters).
QString newToken()
{
    QByteArray bytes(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &byte : bytes)
        byte = char(random->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The client `id` as GET /api/v1/partner/clients lists it; nullopt with an empty `error` when
// there is none.
std::optional<QJsonObject> clientJson(QSqlDatabase &db, qint64 id, QString *error)
{
    QSqlQuery query(db);
    if (!execQuery(query, QStringLiteral("SELECT * FROM partner_clients WHERE id = ?"), { id })) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QJsonObject client = rowToJson(query,
                                   { QStringLiteral("id"), QStringLiteral("account_id"),
                                     QStringLiteral("organisation"), QStringLiteral("project"),
                                     QStringLiteral("country"), QStringLiteral("email"),
                                     QStringLiteral("chatcoins"), QStringLiteral("waba_packages"),
                                     QStringLiteral("comment"), QStringLiteral("version") });
    client.insert(QStringLiteral("partner_created_cabinet"),
                  query.value(QStringLiteral("partner_created_cabinet")).toBool());
    client.insert(QStringLiteral("access_granted"),
                  query.value(QStringLiteral("access_granted")).toBool());
    return client;
}

// POST /partner/clients/{id}/act-as: 201 {"client_id","account_id","url","expires_at"}, 403
// act_as_refused with the rule's reason, 404 for an unknown client. No body is read.
HttpReply actAs(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    QSqlQuery client(context.db);
    if (!execQuery(client,
                   QStringLiteral("SELECT account_id, partner_created_cabinet, access_granted "
                                  "FROM partner_clients WHERE id = ?"),
                   { *id }))
        return databaseError(client);
    if (!client.next())
        return notFound();
    const QString accountId = client.value(0).toString();
    const partner::ClientOrigin origin { client.value(1).toBool(), client.value(2).toBool() };
    if (const auto refusal = partner::actAsClientRefusal(origin))
        return HttpReply::error(403, QStringLiteral("act_as_refused"), *refusal);

    const QDateTime now = partnerNow(context);
    const QString expiresAt = now.addSecs(kActAsLinkSeconds).toString(Qt::ISODateWithMs);
    const QString token = newToken();
    QSqlQuery insert(context.db);
    if (!execQuery(insert,
                   QStringLiteral("INSERT INTO partner_act_as_links (client_id, token, "
                                  "created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
                   { *id, token, request.user.id, now.toString(Qt::ISODateWithMs), expiresAt }))
        return databaseError(insert);
    return HttpReply::json(
        201,
        QJsonObject {
            { QStringLiteral("client_id"), *id },
            { QStringLiteral("account_id"), accountId },
            { QStringLiteral("url"), QStringLiteral("https://cabinet.example/act-as/") + token },
            { QStringLiteral("expires_at"), expiresAt },
        });
}

// POST /partner/clients/{id}/access {"granted": bool}: the platform reporting that the client
// granted (or withdrew) the partner access to its cabinet. 200 with the client; the version
// moves only when the flag changes.
HttpReply setAccess(ApiContext &context, const ApiRequest &request)
{
    const auto id = parseId(request.params.value(0));
    if (!id)
        return notFound();
    HttpReply error;
    const auto body = readJsonObject(request.call, &error);
    if (!body)
        return error;
    if (const auto unknown = unknownField(*body, { QStringLiteral("granted") }))
        return *unknown;
    const QJsonValue granted = body->value(QStringLiteral("granted"));
    if (!granted.isBool()) {
        return validationError(QStringLiteral("granted"),
                               Text::tr("granted must be true (the client gave the partner access "
                                        "to its cabinet) or false (it withdrew it)."));
    }
    QSqlQuery write(context.db);
    if (!execQuery(write,
                   QStringLiteral("UPDATE partner_clients SET access_granted = ?, version = "
                                  "version + 1 WHERE id = ? AND access_granted <> ?"),
                   { granted.toBool() ? 1 : 0, *id, granted.toBool() ? 1 : 0 }))
        return databaseError(write);
    QString detail;
    const auto client = clientJson(context.db, *id, &detail);
    if (!client)
        return detail.isEmpty() ? notFound() : internalError(detail);
    return HttpReply::json(200, *client);
}

} // namespace

std::vector<Route> partnerClientRoutes()
{
    return {
        { "POST", "/api/v1/partner/clients/{id}/act-as", Access::AnyUser, false, &actAs },
        // The platform's webhook, as the other partner webhooks: any signed-in user.
        { "POST", "/api/v1/partner/clients/{id}/access", Access::AnyUser, false, &setAccess },
    };
}

} // namespace opc::sandbox
