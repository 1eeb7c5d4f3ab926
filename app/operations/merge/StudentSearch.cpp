#include "operations/merge/StudentSearch.h"

#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <cmath>

namespace opc::ops {

namespace {

// The largest integer a JSON number (a double) holds exactly: 2^53.
constexpr double kExactLimit = 9007199254740992.0;

bool isId(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 1 && number <= kExactLimit && std::floor(number) == number;
}

QString textOrEmpty(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// The first field of `item` that is not the contract's, or empty.
QString readStudent(const QJsonObject &item, StudentMatch *student)
{
    if (!isId(item.value(QStringLiteral("id"))))
        return QStringLiteral("id: expected a positive whole number");
    student->id = qint64(item.value(QStringLiteral("id")).toDouble());
    if (!item.value(QStringLiteral("name")).isString())
        return QStringLiteral("name: expected a string");
    student->name = item.value(QStringLiteral("name")).toString();
    student->phone = textOrEmpty(item.value(QStringLiteral("phone")));
    student->email = textOrEmpty(item.value(QStringLiteral("email")));
    student->parentName = textOrEmpty(item.value(QStringLiteral("parent_name")));
    if (!item.value(QStringLiteral("is_kids")).isBool())
        return QStringLiteral("is_kids: expected true or false");
    student->isKids = item.value(QStringLiteral("is_kids")).toBool();
    const QJsonValue accounts = item.value(QStringLiteral("account_ids"));
    if (!accounts.isArray())
        return QStringLiteral("account_ids: expected an array");
    for (const QJsonValue &id : accounts.toArray()) {
        if (!isId(id))
            return QStringLiteral("account_ids: expected positive whole numbers");
        student->accountIds << qint64(id.toDouble());
    }
    return {};
}

} // namespace

void searchStudents(crm::CrmClient *client, const QString &text, QObject *context,
                    std::function<void(const StudentSearchResult &)> done)
{
    const QString what = QStringLiteral("GET /api/v1/students");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), text.trimmed());
    query.addQueryItem(QStringLiteral("limit"), QString::number(kStudentSearchLimit));
    client->get(
        QStringLiteral("/api/v1/students"), context,
        [done = std::move(done), what](const crm::CrmResult &answer) {
            StudentSearchResult result;
            if (!answer.ok()) {
                result.error = answer.error;
                result.message = QCoreApplication::translate("opc::ops::StudentSearch",
                                                             "The search failed: %1")
                                     .arg(answer.error->message);
                done(result);
                return;
            }
            const QJsonObject body = answer.body.toObject();
            QString problem;
            const QJsonValue items = body.value(QStringLiteral("items"));
            if (!items.isArray())
                problem = QStringLiteral("items: expected an array");
            const QJsonArray rows = items.toArray();
            for (int i = 0; problem.isEmpty() && i < rows.size(); ++i) {
                StudentMatch student;
                const QString field = readStudent(rows.at(i).toObject(), &student);
                if (!field.isEmpty())
                    problem = QStringLiteral("items[%1].%2").arg(i).arg(field);
                else
                    result.students << student;
            }
            if (!problem.isEmpty()) {
                result.students.clear();
                result.error = crm::malformedResponse(answer.httpStatus, problem, what);
                result.message = QCoreApplication::translate(
                                     "opc::ops::StudentSearch",
                                     "The CRM's answer to %1 could not be read (%2). Report this "
                                     "to the CRM team.")
                                     .arg(what, problem);
                done(result);
                return;
            }
            result.truncated = body.value(QStringLiteral("next_cursor")).isString();
            done(result);
        },
        query);
}

std::optional<qint64> accountIdFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    // Phone numbers are digits too, but longer than any account id the CRM hands out; a search
    // also finds by phone, so anything longer than 9 digits is searched for.
    if (trimmed.isEmpty() || trimmed.size() > 9)
        return std::nullopt;
    for (const QChar c : trimmed) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const qint64 id = trimmed.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace opc::ops
