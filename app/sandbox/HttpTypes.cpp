#include "sandbox/HttpTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opc::sandbox {

namespace {

QByteArray findHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QByteArray HttpCall::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

bool HttpCall::hasHeader(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpReply &HttpReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return *this;
        }
    }
    headers.append({ name, value });
    return *this;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

HttpReply HttpReply::json(int status, const QJsonValue &body)
{
    HttpReply reply;
    reply.status = status;
    reply.setHeader("Content-Type", "application/json");
    reply.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::error(int status, const QString &code, const QString &message,
                           const QString &field)
{
    const QJsonObject error {
        { QStringLiteral("code"), code },
        { QStringLiteral("message"), message },
        { QStringLiteral("field"), field.isEmpty() ? QJsonValue(QJsonValue::Null) : field },
    };
    return json(status, QJsonObject { { QStringLiteral("error"), error } });
}

} // namespace opc::sandbox
