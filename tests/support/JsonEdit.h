#pragma once

// Builds malformed answers for the readers' tests: a JSON document with one value replaced or
// removed.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace opc::test {

// `json` with the value at a dotted path ("stage.kind", "stage_history.1.entered_at") replaced,
// or removed when `value` is undefined.
inline QJsonValue changed(const QJsonValue &json, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (json.isArray()) {
        QJsonArray array = json.toArray();
        const int index = key.toInt();
        array[index] = path.isEmpty() ? value : changed(array.at(index), path, value);
        return array;
    }
    QJsonObject object = json.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, path.isEmpty() ? value : changed(object.value(key), path, value));
    return object;
}

} // namespace opc::test
