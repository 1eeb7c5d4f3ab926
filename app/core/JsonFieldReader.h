#pragma once

#include "core/JsonNumbers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace opc {

// Reads the fields of one JSON object strictly, for answers and files the program did not
// write itself. The first problem is kept with the field's path ("plan.source.id: expected a
// whole number from 1 to …"); later reads return harmless defaults, so a caller checks once at
// the end and never half-uses a malformed document. Readers of nested objects either share one
// problem (pass the parent's `path(key)` and the same `problem`) or report into the parent
// with adopt(). The texts are technical (logs, error details) and not translated.
class JsonFieldReader final {
public:
    // With `problem` null the reader keeps its own, read with problem().
    explicit JsonFieldReader(const QJsonObject &object, QString path = {},
                             QString *problem = nullptr);
    JsonFieldReader(const JsonFieldReader &) = delete;
    JsonFieldReader &operator=(const JsonFieldReader &) = delete;

    // A whole number within [min, max], exactly as written (see wholeNumber()).
    qint64 integer(const QString &key, qint64 min = -kJsonExactLimit, qint64 max = kJsonExactLimit);
    // The same, or 0 for null.
    qint64 integerOrNull(const QString &key, qint64 min = -kJsonExactLimit,
                         qint64 max = kJsonExactLimit);
    // A count that fits an int: lessons taken, paid lessons, a weekday.
    int count(const QString &key);
    QString text(const QString &key);
    QString textOrNull(const QString &key); // empty for null
    bool flag(const QString &key);
    QJsonArray array(const QString &key);
    QJsonObject object(const QString &key);
    std::optional<QJsonObject> objectOrNull(const QString &key); // missing is a problem
    std::optional<QJsonObject> optionalObject(const QString &key); // null or missing: nullopt

    // A nested reader's problem, under `prefix` ("methodist", "schedule[2]"), if none yet.
    void adopt(const QString &prefix, const JsonFieldReader &inner);
    void fail(const QString &key, const QString &expected);
    QString path(const QString &key) const;
    QString problem() const { return *m_problem; }
    bool ok() const { return m_problem->isEmpty(); }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_ownProblem;
    QString *m_problem;
};

} // namespace opc
