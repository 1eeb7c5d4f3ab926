#pragma once

#include "core/merge/MergeModel.h"
#include "crm/CrmResult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// What the Find step of the KIDS merge read from the CRM about one student.
struct MergeCaseLoad {
    enum class Failure {
        None,
        UnknownAccount, // the account id names no account in the CRM (404)
        Crm, // the CRM refused or could not be reached; `error` says how
        Malformed, // an answer was not the contract's JSON
    };

    std::optional<merge::MergeCase> mergeCase; // set on success
    qint64 accountId = 0; // the account the case was loaded for
    qint64 studentId = 0;
    QString studentName;
    bool studentIsKids = false;

    Failure failure = Failure::None;
    std::optional<crm::CrmError> error; // for Crm and Malformed
    QString message; // for people, translated, when mergeCase is empty

    bool ok() const { return mergeCase.has_value(); }
};

// Reads the account, its student with every account of theirs, and those accounts' requests
// (GET /api/v1/accounts/{id}, /students/{id}, /requests/{id}) and builds the merge case. The
// requests run in parallel through `client`, which must already have the CRM's URL and token.
// `done` runs exactly once in `context`'s thread, never before this returns; if `context` is
// destroyed first, nothing is delivered. The first failure ends the load.
void loadMergeCase(crm::CrmClient *client, qint64 accountId, QObject *context,
                   std::function<void(const MergeCaseLoad &)> done);

} // namespace opc::ops
