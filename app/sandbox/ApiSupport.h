#pragma once

#include "sandbox/HttpTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace opc::sandbox {

// Building blocks shared by the resource handlers: ids, JSON bodies, errors, ETags, pages.

// A path id: decimal digits only, 1..18 of them (anything else names no record).
std::optional<qint64> parseId(const QString &text);

// A query parameter, fully decoded; empty when absent.
QString queryValue(const QUrlQuery &query, const QString &key);

// Prepares and runs `sql` with positional `binds`.
bool execQuery(QSqlQuery &query, const QString &sql, const QVariantList &binds = {});

HttpReply notFound();
HttpReply validationError(const QString &field, const QString &message);
HttpReply databaseError(const QSqlQuery &query);
// A 422 naming the first field of `body` that is not in `known`, listing the fields there are.
std::optional<HttpReply> unknownField(const QJsonObject &body, const QStringList &known);
// Starts a transaction; when SQLite refuses (busy, disk), the error to answer instead, since
// writes meant to be atomic must not go ahead one by one.
std::optional<HttpReply> beginTransaction(QSqlDatabase &db);

// The request body as a JSON object. Sets `error` to the 400 answer (wrong content type,
// malformed JSON, not an object) and returns nullopt otherwise.
std::optional<QJsonObject> readJsonObject(const HttpCall &call, HttpReply *error);

// Strong ETag of one version of one entity, e.g. "request-12-v3" (quoted).
QByteArray entityTag(const char *kind, qint64 id, qint64 version);

// A SQL value as JSON: NULL becomes null, integers stay integers.
QJsonValue sqlToJson(const QVariant &value);
// The named columns of the current row as a JSON object (column name = key).
QJsonObject rowToJson(const QSqlQuery &query, const QStringList &columns);

// Cursor pagination: ?limit=1..200 (default 50) & cursor=OPAQUE. A cursor carries the key of the
// last item of the previous page; items are listed in ascending key order.
// The opaque `next_cursor` that continues after `key`.
QString encodeCursor(qint64 key);

struct PageQuery {
    int limit = 50;
    qint64 after = 0;
};
// `limit` from 1 to `maxLimit` (the contract's 200 unless a route allows more).
std::optional<PageQuery> readPage(const QUrlQuery &query, HttpReply *error, int maxLimit = 200);

// {"items":[...],"next_cursor":"..."|null}. `rows` may hold one item more than the page: that
// extra item only says there is a next page and is not returned.
QJsonObject pageBody(QJsonArray rows, const PageQuery &page, const QString &keyField);

// One page of the `columns` of `table` rows whose `ownerColumn` is `ownerId` (a methodist's
// lessons, a teacher's requests and letters), narrowed by ?account_id= when given, by id.
HttpReply listOwnedRows(QSqlDatabase &db, const QUrlQuery &query, const QString &table,
                        const QStringList &columns, const QString &ownerColumn, qint64 ownerId);

} // namespace opc::sandbox
