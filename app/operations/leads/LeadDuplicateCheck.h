#pragma once

#include "core/leads/LeadInput.h"
#include "crm/CrmResult.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ops {

// The answer of POST /api/v1/leads/duplicate-check: what intake would decide, changing nothing.
struct DuplicateCheckResult {
    struct Duplicate {
        qint64 dealId = 0;
        QString matchedBy; // "phone" | "email"
        QString clientName;
    };
    struct Client {
        qint64 id = 0;
        QString name;
    };
    std::optional<Duplicate> duplicate; // the lead would be a duplicate of this deal
    std::optional<Client> client; // the existing client a new lead would reuse
    QList<leads::FieldError> problems; // fields the CRM finds invalid (messages translated)
    std::optional<crm::CrmError> error; // the check itself failed
    bool ok() const { return !error.has_value(); }
};

// Checks a lead as typed so far: `partialLead` is LeadInput JSON where only "type" is
// required (incomplete or invalid fields come back as problems). `done` runs exactly once in
// `context`'s thread; nothing if `context` died first.
void checkLeadDuplicate(crm::CrmClient *client, const QJsonObject &partialLead, QObject *context,
                        std::function<void(const DuplicateCheckResult &)> done);

// The live duplicate hint of the "New lead" dialog: setLead() on every edit; after `delayMs`
// without edits the lead is checked, and checked() reports the answer for the latest input only
// (answers to older inputs are dropped). Never blocks; destroying it drops what is in flight.
class LiveDuplicateCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveDuplicateCheck)

public:
    explicit LiveDuplicateCheck(crm::CrmClient *client, QObject *parent = nullptr,
                                int delayMs = 400);

    void setLead(const QJsonObject &partialLead); // restarts the delay
    void clear(); // forgets the input; nothing more is reported for it

Q_SIGNALS:
    void checked(const opc::ops::DuplicateCheckResult &result);

private:
    void send();

    crm::CrmClient *m_client;
    QTimer m_delay;
    QJsonObject m_lead;
    quint64 m_generation = 0;
};

} // namespace opc::ops
