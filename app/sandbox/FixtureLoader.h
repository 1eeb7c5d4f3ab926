#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace opc::sandbox {

// Loads fixture JSON (docs/fixture-format.md) into a freshly migrated database, all rows in one
// transaction: a bad fixture leaves the database empty. Every error names the table, the row
// index (counted from 0) and the column.
class FixtureLoader final {
public:
    // `now` resolves relative times ("$now-3d") so that demo data stays current.
    explicit FixtureLoader(QDateTime now = QDateTime::currentDateTimeUtc());

    bool load(QSqlDatabase &db, const QByteArray &json, const QString &sourceName,
              QString *error) const;

    // True when no fixture table holds a row; nullopt (with `error`) when it cannot tell.
    static std::optional<bool> isEmpty(QSqlDatabase &db, QString *error);

    // The compiled-in demo fixture (resources/fixtures/demo.json).
    static QString demoResourcePath();

private:
    bool loadTables(QSqlDatabase &db, const QJsonObject &tables, QString *error) const;
    std::optional<QVariant> toSqlValue(const QJsonValue &value, const QString &sqlType,
                                       QString *expected) const;

    QDateTime m_now;
};

} // namespace opc::sandbox
