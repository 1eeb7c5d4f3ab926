#include "sandbox/ApiSupport.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

namespace opc::sandbox {

namespace {

const QByteArray kCursorPrefix = "c1:";

std::optional<qint64> decodeCursor(const QString &cursor)
{
    if (cursor.size() > 64)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(kCursorPrefix))
        return std::nullopt;
    return parseId(QString::fromLatin1(decoded.decoded.mid(kCursorPrefix.size())));
}

} // namespace

QString encodeCursor(qint64 key)
{
    return QString::fromLatin1(
        (kCursorPrefix + QByteArray::number(key))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> parseId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool execQuery(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds) {
        // A null QString binds as SQL NULL; an empty text is meant here (NULL is a QVariant()).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    return query.exec();
}

HttpReply notFound()
{
    return HttpReply::error(404, QStringLiteral("not_found"),
                            Text::tr("There is no such record. Check the id; it may have been "
                                     "deleted."));
}

HttpReply validationError(const QString &field, const QString &message)
{
    return HttpReply::error(422, QStringLiteral("validation_failed"), message, field);
}

HttpReply databaseError(const QSqlQuery &query)
{
    return HttpReply::error(
        500, QStringLiteral("internal_error"),
        Text::tr("The sandbox database failed: %1").arg(query.lastError().text()));
}

std::optional<QJsonObject> readJsonObject(const HttpCall &call, HttpReply *error)
{
    const QByteArray type = call.header("Content-Type").trimmed().toLower();
    if (!type.startsWith("application/json")) {
        *error = HttpReply::error(400, QStringLiteral("unsupported_content_type"),
                                  Text::tr("The body must be JSON sent with "
                                           "Content-Type: application/json."));
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = HttpReply::error(400, QStringLiteral("malformed_json"),
                                  Text::tr("The body is not valid JSON (%1 at offset %2).")
                                      .arg(parse.errorString())
                                      .arg(parse.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = HttpReply::error(400, QStringLiteral("body_not_object"),
                                  Text::tr("The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

QByteArray entityTag(const char *kind, qint64 id, qint64 version)
{
    return '"' + QByteArray(kind) + '-' + QByteArray::number(id) + "-v"
        + QByteArray::number(version) + '"';
}

QJsonValue sqlToJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QJsonObject rowToJson(const QSqlQuery &query, const QStringList &columns)
{
    QJsonObject object;
    const QSqlRecord record = query.record();
    for (const QString &column : columns)
        object.insert(column, sqlToJson(query.value(record.indexOf(column))));
    return object;
}

std::optional<PageQuery> readPage(const QUrlQuery &query, HttpReply *error, int maxLimit)
{
    PageQuery page;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const QString text = queryValue(query, QStringLiteral("limit"));
        const int limit = text.size() <= 4 ? text.toInt(&ok) : 0;
        if (!ok || limit < 1 || limit > maxLimit) {
            *error = validationError(
                QStringLiteral("limit"),
                Text::tr("limit must be a whole number from 1 to %1.").arg(maxLimit));
            return std::nullopt;
        }
        page.limit = limit;
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto after = decodeCursor(queryValue(query, QStringLiteral("cursor")));
        if (!after) {
            *error = HttpReply::error(400, QStringLiteral("invalid_cursor"),
                                      Text::tr("The cursor is not one this server handed out. "
                                               "Start again from the first page."),
                                      QStringLiteral("cursor"));
            return std::nullopt;
        }
        page.after = *after;
    }
    return page;
}

QJsonObject pageBody(QJsonArray rows, const PageQuery &page, const QString &keyField)
{
    QJsonValue next(QJsonValue::Null);
    if (rows.size() > page.limit) {
        while (rows.size() > page.limit)
            rows.removeLast();
        next = encodeCursor(rows.last().toObject().value(keyField).toInteger());
    }
    return QJsonObject { { QStringLiteral("items"), rows },
                         { QStringLiteral("next_cursor"), next } };
}

std::optional<HttpReply> unknownField(const QJsonObject &body, const QStringList &known)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            return validationError(it.key(),
                                   Text::tr("%1 is not a field here. Fields: %2.")
                                       .arg(it.key(), known.join(QStringLiteral(", "))));
        }
    }
    return std::nullopt;
}

std::optional<HttpReply> beginTransaction(QSqlDatabase &db)
{
    if (db.transaction())
        return std::nullopt;
    return HttpReply::error(500, QStringLiteral("internal_error"),
                            Text::tr("The sandbox database failed: %1").arg(db.lastError().text()));
}

HttpReply listOwnedRows(QSqlDatabase &db, const QUrlQuery &query, const QString &table,
                        const QStringList &columns, const QString &ownerColumn, qint64 ownerId)
{
    HttpReply error;
    const auto page = readPage(query, &error);
    if (!page)
        return error;
    // Table and column names come from the callers' constant lists, never from the request.
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND id > ?")
                      .arg(columns.join(QStringLiteral(", ")), table, ownerColumn);
    QVariantList binds { ownerId, page->after };
    if (query.hasQueryItem(QStringLiteral("account_id"))) {
        const auto account = parseId(queryValue(query, QStringLiteral("account_id")));
        if (!account) {
            return validationError(QStringLiteral("account_id"),
                                   Text::tr("account_id must be an account id (digits)."));
        }
        sql += QStringLiteral(" AND account_id = ?");
        binds.append(*account);
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    binds.append(page->limit + 1);
    QSqlQuery rowsQuery(db);
    if (!execQuery(rowsQuery, sql, binds))
        return databaseError(rowsQuery);
    QJsonArray rows;
    while (rowsQuery.next())
        rows.append(rowToJson(rowsQuery, columns));
    return HttpReply::json(200, pageBody(rows, *page, QStringLiteral("id")));
}

} // namespace opc::sandbox
