#include "sandbox/IdempotencyStore.h"

#include "sandbox/ApiSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace opc::sandbox {

IdempotencyStore::IdempotencyStore(QSqlDatabase db) : m_db(std::move(db))
{
}

QByteArray IdempotencyStore::requestHash(const HttpCall &call)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(call.method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(call.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(call.body);
    return hash.result().toHex();
}

IdempotencyStore::Lookup IdempotencyStore::find(const QString &userId, const QString &key,
                                                const QByteArray &requestHash) const
{
    QSqlQuery query(m_db);
    if (!execQuery(query,
                   QStringLiteral("SELECT request_hash, status, headers, body FROM "
                                  "idempotency_keys WHERE user_id = ? AND key = ?"),
                   { userId, key }))
        return { Outcome::Failed, databaseError(query) };
    if (!query.next())
        return { Outcome::New, {} };
    if (query.value(0).toByteArray() != requestHash) {
        return { Outcome::Reused,
                 HttpReply::error(422, QStringLiteral("idempotency_key_reused"),
                                  Text::tr("This Idempotency-Key was already used for a different "
                                           "request. Use a new key for a new request."),
                                  QStringLiteral("Idempotency-Key")) };
    }
    HttpReply stored;
    stored.status = query.value(1).toInt();
    const QJsonArray headers = QJsonDocument::fromJson(query.value(2).toByteArray()).array();
    for (const QJsonValue &header : headers) {
        const QJsonArray pair = header.toArray();
        stored.headers.append({ pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8() });
    }
    stored.body = query.value(3).toByteArray();
    return { Outcome::Replay, stored };
}

void IdempotencyStore::save(const QString &userId, const QString &key,
                            const QByteArray &requestHash, const HttpReply &reply)
{
    QJsonArray headers;
    for (const auto &[name, value] : reply.headers)
        headers.append(QJsonArray { QString::fromUtf8(name), QString::fromUtf8(value) });
    QSqlQuery query(m_db);
    if (!execQuery(query,
                   QStringLiteral("INSERT OR IGNORE INTO idempotency_keys (user_id, key, "
                                  "request_hash, status, headers, body, created_at) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?)"),
                   { userId, key, QString::fromLatin1(requestHash), reply.status,
                     QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)),
                     reply.body, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) })) {
        qWarning("crm-sandbox: could not store an idempotent answer: %s",
                 databaseError(query).body.constData());
    }
}

} // namespace opc::sandbox
