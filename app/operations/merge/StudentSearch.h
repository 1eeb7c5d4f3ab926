#pragma once

#include "crm/CrmResult.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// One student the CRM's search found, with the ids of all their accounts.
struct StudentMatch {
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    QString parentName; // empty when the CRM has none
    bool isKids = false;
    QList<qint64> accountIds;
};

struct StudentSearchResult {
    QList<StudentMatch> students; // in the CRM's order (by id)
    bool truncated = false; // more students matched than one page holds
    std::optional<crm::CrmError> error; // the search failed
    QString message; // for people, translated, when it failed

    bool ok() const { return !error.has_value(); }
};

// The largest number of students one search shows; a wider search says it was cut.
inline constexpr int kStudentSearchLimit = 50;

// Finds students by phone, e-mail, name (any part, any case) or an account or student id:
// GET /api/v1/students?query=TEXT, one page of at most kStudentSearchLimit students. `done` runs
// exactly once in `context`'s thread; never if `context` died first.
void searchStudents(crm::CrmClient *client, const QString &text, QObject *context,
                    std::function<void(const StudentSearchResult &)> done);

// Whether `text` reads as an account id (digits only, as an agent copies it from the CRM), which
// the Find step loads directly instead of searching; the id, or nullopt.
std::optional<qint64> accountIdFromText(const QString &text);

} // namespace opc::ops
