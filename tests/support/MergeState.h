#pragma once

// Shared by the merge tests (integration, CLI): what the CRM holds about the seed student of
// issue 3, read through the API as the team lead, so that two runs can be compared.

#include "support/CrmTestCalls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace opc::test {

// Volatile values that differ between two runs doing the same thing (the fixture's times are
// relative to the moment the sandbox started).
inline QJsonValue withoutVolatile(const QJsonValue &value)
{
    static const QStringList volatileKeys {
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("changed_at"),
        QStringLiteral("expires_at"), QStringLiteral("starts_at"),  QStringLiteral("version")
    };
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutVolatile(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject input = value.toObject();
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (!volatileKeys.contains(it.key()))
            object.insert(it.key(), withoutVolatile(it.value()));
    }
    return object;
}

// The seed student's accounts (11, 12, 21, 22), their requests with comments and status
// history, the methodists' and teachers' timetables, requests and letters, and the balance
// transfers, without timestamps and versions. Empty with `error` set when a read failed.
inline QJsonObject seedMergeState(const QUrl &url, QString *error)
{
    auto client = clientFor(url, kLeadToken);
    QJsonObject state;
    QList<qint64> requestIds;
    for (qint64 account : { 11, 12, 21, 22 }) {
        const QString path = QStringLiteral("/api/v1/accounts/%1").arg(account);
        const QJsonValue body = readAll(*client, path, error);
        if (!error->isEmpty())
            return {};
        state.insert(path, withoutVolatile(body));
        for (const QJsonValue &id : body[QLatin1String("request_ids")].toArray())
            requestIds << id.toInteger();
    }
    QStringList paths;
    for (qint64 id : std::as_const(requestIds))
        paths << QStringLiteral("/api/v1/requests/%1").arg(id);
    for (int methodist : { 501, 502 })
        paths << QStringLiteral("/api/v1/methodists/%1/lessons").arg(methodist);
    for (int teacher : { 601, 602, 603 }) {
        paths << QStringLiteral("/api/v1/teachers/%1/requests").arg(teacher)
              << QStringLiteral("/api/v1/teachers/%1/letters").arg(teacher);
    }
    paths << QStringLiteral("/api/v1/balance-transfers");
    for (const QString &path : std::as_const(paths)) {
        const QJsonValue body = readAll(*client, path, error);
        if (!error->isEmpty())
            return {};
        state.insert(path, withoutVolatile(body));
    }
    return state;
}

// The first place where two states differ, "path: a ≠ b", or empty when they are equal.
inline QString firstDifference(const QJsonValue &a, const QJsonValue &b,
                               const QString &path = QStringLiteral("$"))
{
    if (a == b)
        return {};
    if (a.isObject() && b.isObject()) {
        QStringList keys = a.toObject().keys() + b.toObject().keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            const QString found = firstDifference(a.toObject().value(key), b.toObject().value(key),
                                                  path + QLatin1Char('.') + key);
            if (!found.isEmpty())
                return found;
        }
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        for (qsizetype i = 0; i < a.toArray().size(); ++i) {
            const QString found = firstDifference(a.toArray().at(i), b.toArray().at(i),
                                                  QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!found.isEmpty())
                return found;
        }
    }
    const auto text = [](const QJsonValue &value) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
    };
    return QStringLiteral("%1: %2 ≠ %3").arg(path, text(a), text(b));
}

// Sends one request from another thread while this one waits without running its event loop
// (see addFaultNow): to change the CRM at an exact point of the code under test.
inline crm::CrmResult callNow(const QUrl &url, const QString &token, const crm::CrmRequest &request)
{
    crm::CrmResult result;
    std::unique_ptr<QThread> caller(QThread::create([&] {
        auto client = clientFor(url, token);
        result = call(*client, request);
    }));
    caller->start();
    caller->wait();
    return result;
}

// Adds a fault rule from another thread while this one waits without running its event loop:
// what the code under test has queued cannot run meanwhile, so the rule is in place before its
// next request leaves.
inline bool addFaultNow(const QUrl &url, const QJsonObject &rule)
{
    // A QThread (unlike a bare std::thread) has an event dispatcher for the call's own loop.
    bool added = false;
    std::unique_ptr<QThread> injector(QThread::create([&] { added = addFault(url, rule); }));
    injector->start();
    injector->wait();
    return added;
}

} // namespace opc::test
