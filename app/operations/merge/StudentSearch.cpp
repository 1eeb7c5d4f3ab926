#include "operations/merge/StudentSearch.h"

#include "core/JsonFieldReader.h"
#include "crm/CrmClient.h"
#include "crm/ErrorMessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace opc::ops {

namespace {

// The first field of `item` that is not the contract's, or empty.
QString readStudent(const QJsonObject &item, StudentMatch *student)
{
    JsonFieldReader reader(item);
    student->id = reader.integer(QStringLiteral("id"), 1, kJsonExactLimit);
    student->name = reader.text(QStringLiteral("name"));
    // Optional contact fields: anything but text reads as none.
    const auto optionalText = [&item](const char *key) {
        const QJsonValue value = item.value(QLatin1String(key));
        return value.isString() ? value.toString() : QString();
    };
    student->phone = optionalText("phone");
    student->email = optionalText("email");
    student->parentName = optionalText("parent_name");
    student->isKids = reader.flag(QStringLiteral("is_kids"));
    const QJsonArray accounts = reader.array(QStringLiteral("account_ids"));
    for (const QJsonValue &id : accounts) {
        const std::optional<qint64> accountId = wholeNumber(id, 1, kJsonExactLimit);
        if (!accountId) {
            reader.fail(QStringLiteral("account_ids"), QStringLiteral("positive whole numbers"));
            break;
        }
        student->accountIds << *accountId;
    }
    return reader.problem();
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
