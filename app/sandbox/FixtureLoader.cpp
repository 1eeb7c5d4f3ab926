#include "sandbox/FixtureLoader.h"

#include "sandbox/HttpTypes.h"
#include "sandbox/SandboxSchema.h"
#include "storage/SqliteDatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace opc::sandbox {

namespace {

struct Column {
    QString type; // INTEGER, TEXT, REAL
    bool required = false;
};

QHash<QString, Column> columnsOf(QSqlDatabase &db, const QString &table)
{
    QHash<QString, Column> columns;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query.next()) {
        const bool notNull = query.value(3).toBool();
        const bool hasDefault = !query.value(4).isNull();
        const bool primaryKey = query.value(5).toInt() > 0;
        const QString type = query.value(2).toString().toUpper();
        // An INTEGER PRIMARY KEY is chosen by SQLite when absent.
        const bool autoKey = primaryKey && type == QLatin1String("INTEGER");
        columns.insert(query.value(1).toString(),
                       Column { type, (notNull || primaryKey) && !hasDefault && !autoKey });
    }
    return columns;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("nothing");
    }
}

} // namespace

FixtureLoader::FixtureLoader(QDateTime now) : m_now(std::move(now))
{
}

QString FixtureLoader::demoResourcePath()
{
    return QStringLiteral(":/sandbox/fixtures/demo.json");
}

std::optional<bool> FixtureLoader::isEmpty(QSqlDatabase &db, QString *error)
{
    for (const QString &table : fixtureTables()) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table))
            || !query.next()) {
            *error = Text::tr("Cannot read table %1: %2").arg(table, query.lastError().text());
            return std::nullopt;
        }
        if (query.value(0).toBool())
            return false;
    }
    return true;
}

bool FixtureLoader::load(QSqlDatabase &db, const QByteArray &json, const QString &sourceName,
                         QString *error) const
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = Text::tr("The fixture %1 is not valid JSON: %2 at offset %3.")
                     .arg(sourceName, parse.errorString())
                     .arg(parse.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = Text::tr("The fixture %1 must be a JSON object whose keys are table names.")
                     .arg(sourceName);
        return false;
    }
    if (!db.transaction()) {
        *error = Text::tr("Cannot start a transaction to load the fixture %1.").arg(sourceName);
        return false;
    }
    QString detail;
    if (!loadTables(db, document.object(), &detail)) {
        db.rollback();
        *error = Text::tr("The fixture %1 was not loaded: %2").arg(sourceName, detail);
        return false;
    }
    if (!db.commit()) {
        db.rollback();
        *error
            = Text::tr("The fixture %1 was not loaded: %2").arg(sourceName, db.lastError().text());
        return false;
    }
    return true;
}

bool FixtureLoader::loadTables(QSqlDatabase &db, const QJsonObject &tables, QString *error) const
{
    const QStringList known = fixtureTables();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = Text::tr("unknown table \"%1\" (fixtures may fill: %2).")
                         .arg(it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
        if (!it.value().isArray()) {
            *error = Text::tr("table \"%1\" must be an array of row objects.").arg(it.key());
            return false;
        }
    }
    // Parents and children may come in any order within the transaction; the foreign keys are
    // checked once everything is in (below), where the failing row can be named.
    QString ignored;
    storage::execSql(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), &ignored);
    QHash<QString, QList<qint64>> rowIds; // table -> rowid of each fixture row, by index
    for (const QString &table : known) {
        const QJsonArray rows = tables.value(table).toArray();
        const QHash<QString, Column> columns = columnsOf(db, table);
        for (qsizetype index = 0; index < rows.size(); ++index) {
            if (!rows[index].isObject()) {
                *error = Text::tr("table \"%1\", row %2: a row must be a JSON object, not %3.")
                             .arg(table)
                             .arg(index)
                             .arg(jsonTypeName(rows[index]));
                return false;
            }
            const QJsonObject row = rows[index].toObject();
            for (auto column = columns.begin(); column != columns.end(); ++column) {
                if (column->required && !row.contains(column.key())) {
                    *error = Text::tr("table \"%1\", row %2, column \"%3\": the column is "
                                      "required.")
                                 .arg(table)
                                 .arg(index)
                                 .arg(column.key());
                    return false;
                }
            }
            QStringList names;
            QVariantList values;
            for (auto cell = row.begin(); cell != row.end(); ++cell) {
                const auto column = columns.constFind(cell.key());
                if (column == columns.cend()) {
                    *error = Text::tr("table \"%1\", row %2, column \"%3\": there is no such "
                                      "column.")
                                 .arg(table)
                                 .arg(index)
                                 .arg(cell.key());
                    return false;
                }
                QString expected;
                const auto value = toSqlValue(cell.value(), column->type, &expected);
                if (!value || (value->isNull() && column->required)) {
                    *error = Text::tr("table \"%1\", row %2, column \"%3\": expected %4, got %5.")
                                 .arg(table)
                                 .arg(index)
                                 .arg(cell.key(), expected, jsonTypeName(cell.value()));
                    return false;
                }
                names.append(cell.key());
                values.append(*value);
            }
            QSqlQuery insert(db);
            const QString sql = names.isEmpty()
                ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table)
                : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, names.join(QStringLiteral(", ")),
                           QStringList(names.size(), QStringLiteral("?"))
                               .join(QStringLiteral(", ")));
            insert.prepare(sql);
            for (const QVariant &value : values)
                insert.addBindValue(value);
            if (!insert.exec()) {
                *error = Text::tr("table \"%1\", row %2: the database refused the row: %3")
                             .arg(table)
                             .arg(index)
                             .arg(insert.lastError().databaseText());
                return false;
            }
            rowIds[table].append(insert.lastInsertId().toLongLong());
        }
    }
    QSqlQuery check(db);
    if (check.exec(QStringLiteral("PRAGMA foreign_key_check")) && check.next()) {
        const QString table = check.value(0).toString();
        const qint64 rowid = check.value(1).toLongLong();
        *error = Text::tr("table \"%1\", row %2: it refers to a row of table \"%3\" that does "
                          "not exist.")
                     .arg(table)
                     .arg(rowIds.value(table).indexOf(rowid))
                     .arg(check.value(2).toString());
        return false;
    }
    return true;
}

std::optional<QVariant> FixtureLoader::toSqlValue(const QJsonValue &value, const QString &sqlType,
                                                  QString *expected) const
{
    if (value.isNull())
        return QVariant();
    if (sqlType == QLatin1String("INTEGER")) {
        *expected = Text::tr("a whole number (or true/false)");
        if (value.isBool())
            return QVariant(qint64(value.toBool() ? 1 : 0));
        const double number = value.toDouble();
        if (value.isDouble() && std::floor(number) == number && std::fabs(number) < 9.0e15)
            return QVariant(qint64(number));
        return std::nullopt;
    }
    if (sqlType == QLatin1String("REAL")) {
        *expected = Text::tr("a number");
        return value.isDouble() ? std::optional<QVariant>(value.toDouble()) : std::nullopt;
    }
    *expected = Text::tr("a string");
    if (!value.isString())
        return std::nullopt;
    // "$now", "$now+7d", "$now-36h", "$now+15m": a time relative to the load, stored as ISO UTC.
    static const QRegularExpression relative(
        QStringLiteral("^\\$now(?:([+-])(\\d{1,6})([dhm]))?$"));
    const QRegularExpressionMatch match = relative.match(value.toString());
    if (!match.hasMatch())
        return value.toString();
    qint64 seconds = match.captured(2).toLongLong();
    const QChar unit = match.captured(3).isEmpty() ? QLatin1Char('m') : match.captured(3).at(0);
    seconds *= unit == QLatin1Char('d') ? 86400 : unit == QLatin1Char('h') ? 3600 : 60;
    if (match.captured(1) == QLatin1String("-"))
        seconds = -seconds;
    return m_now.addSecs(seconds).toString(Qt::ISODateWithMs);
}

} // namespace opc::sandbox
