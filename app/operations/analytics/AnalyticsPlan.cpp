#include "operations/analytics/AnalyticsPlan.h"

#include "core/leads/Email.h"
#include "core/leads/Funnel.h"
#include "core/leads/PhoneNumber.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace opc::ops {

namespace {

// The service takes names of at most 255 characters (seed 004), while the CRM allows longer
// ones (a lead's name up to 500): a longer name is cut, so one client cannot fail every export.
constexpr qsizetype kMaxNameLength = 255;

QString nameForAnalytics(const QString &name)
{
    return name.left(kMaxNameLength);
}

// The strings of this file, under one translation context that lupdate also sees.
struct AnalyticsPlanText {
    Q_DECLARE_TR_FUNCTIONS(opc::ops::AnalyticsPlan)
};

const QString kCreateFunnel = QStringLiteral("create.sales_funnel");
const QString kCreateEmployee = QStringLiteral("create.deal_employees");
const QString kCreateContacts = QStringLiteral("create.deal_contacts");
const QString kUploadHistory = QStringLiteral("upload.deals_history");

QString id(qint64 value)
{
    return QString::number(value);
}

QString hashOf(const QJsonObject &object)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

// Roubles as the seed writes them: a whole number when the amount has no kopecks.
QJsonValue revenue(qint64 kopecks)
{
    if (kopecks % 100 == 0)
        return kopecks / 100;
    return double(kopecks) / 100.0;
}

QJsonObject funnelParams(const FunnelInfo &funnel)
{
    QJsonArray inProcess;
    QJsonObject success;
    QJsonObject failed;
    for (const leads::Stage &stage : funnel.stages) {
        const QJsonObject named { { QStringLiteral("ext_id"), id(stage.id) },
                                  { QStringLiteral("name"), nameForAnalytics(stage.name) } };
        switch (stage.kind) {
        case leads::StageKind::InProcess: {
            QJsonObject entry = named;
            entry.insert(QStringLiteral("order"), stage.sortOrder);
            inProcess.append(entry);
            break;
        }
        case leads::StageKind::Success:
            success = named;
            break;
        case leads::StageKind::Failed:
            failed = named;
            break;
        }
    }
    return QJsonObject {
        { QStringLiteral("ext_id"), id(funnel.id) },
        { QStringLiteral("name"), nameForAnalytics(funnel.name) },
        { QStringLiteral("stages"),
          QJsonObject { { QStringLiteral("success"), success },
                        { QStringLiteral("failed"), failed },
                        { QStringLiteral("in_process"), inProcess } } },
    };
}

// The phone as the seed writes it (digits only, "79000000000"), or nothing if implausible.
QJsonArray phoneNumbers(const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    const std::optional<QString> normalized = leads::normalizePhone(phone, nullptr);
    if (!normalized)
        return {};
    return QJsonArray { normalized->mid(1) };
}

QJsonArray emails(const QString &email)
{
    if (email.trimmed().isEmpty())
        return {};
    const std::optional<QString> normalized = leads::normalizeEmail(email, nullptr);
    return normalized ? QJsonArray { *normalized } : QJsonArray {};
}

// A history entry with what the CRM recorded for it (amount, employee), generated or not.
struct Entry {
    qint64 stageId = 0;
    QDateTime enteredAt;
    bool generated = false;
    std::optional<qint64> amountKopecks;
    QString employeeId;
};

// The deal's history with the skipped stages filled in by the domain rule, the recorded entries
// keeping their amount and employee. A deal without history starts at its current stage.
QList<Entry> completedHistory(const CrmDeal &deal, const FunnelInfo &funnel)
{
    QList<leads::HistoryEntry> real;
    QMap<QPair<qint64, qint64>, QList<CrmStageEntry>> recorded;
    for (const CrmStageEntry &entry : deal.history) {
        if (entry.generated)
            continue; // the CRM's own filling-in is redone by the same rule below
        leads::HistoryEntry plain;
        plain.stageId = entry.stageId;
        plain.enteredAt = entry.enteredAt;
        real.append(plain);
        recorded[{ entry.stageId, entry.enteredAt.toMSecsSinceEpoch() }].append(entry);
    }
    if (real.isEmpty()) {
        leads::HistoryEntry start;
        start.stageId = deal.stageId;
        start.enteredAt = deal.createdAt;
        real.append(start);
    }
    QList<Entry> entries;
    for (const leads::HistoryEntry &done : leads::completeHistory(funnel.stages, real)) {
        Entry entry;
        entry.stageId = done.stageId;
        entry.enteredAt = done.enteredAt;
        entry.generated = done.generated;
        if (!done.generated) {
            auto &queue = recorded[{ done.stageId, done.enteredAt.toMSecsSinceEpoch() }];
            if (!queue.isEmpty()) {
                const CrmStageEntry original = queue.takeFirst();
                entry.amountKopecks = original.amountKopecks;
                entry.employeeId = original.employeeId;
            }
        }
        entries.append(entry);
    }
    return entries;
}

// Cuts `items` (each with its payload) into calls of at most `perCall`.
template<typename Payload>
void addBatched(QList<AnalyticsCall> *calls, const QString &method, const QString &arrayKey,
                const QList<QPair<AnalyticsItem, Payload>> &items, int perCall)
{
    for (qsizetype start = 0; start < items.size(); start += perCall) {
        AnalyticsCall call;
        call.method = method;
        QJsonArray array;
        for (qsizetype i = start; i < std::min(items.size(), start + perCall); ++i) {
            array.append(items.at(i).second);
            call.items.append(items.at(i).first);
        }
        call.params.insert(arrayKey, array);
        calls->append(call);
    }
}

} // namespace

QString itemKindToWire(AnalyticsItemKind kind)
{
    switch (kind) {
    case AnalyticsItemKind::Funnel:
        return QStringLiteral("funnel");
    case AnalyticsItemKind::Employee:
        return QStringLiteral("employee");
    case AnalyticsItemKind::Contact:
        return QStringLiteral("contact");
    case AnalyticsItemKind::HistoryRecord:
        return QStringLiteral("history");
    }
    return QStringLiteral("funnel");
}

std::optional<AnalyticsItemKind> itemKindFromWire(const QString &wire)
{
    for (AnalyticsItemKind kind :
         { AnalyticsItemKind::Funnel, AnalyticsItemKind::Employee, AnalyticsItemKind::Contact,
           AnalyticsItemKind::HistoryRecord }) {
        if (itemKindToWire(kind) == wire)
            return kind;
    }
    return std::nullopt;
}

QString AnalyticsItem::sentKey() const
{
    return itemKindToWire(kind) + QLatin1Char('/') + key;
}

QString analyticsTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<AnalyticsCall> planAnalyticsExport(const AnalyticsSource &source,
                                         const QHash<QString, QString> &alreadySent,
                                         const AnalyticsPlanOptions &options, const QString &runId,
                                         AnalyticsPlanSummary *summary)
{
    *summary = AnalyticsPlanSummary();
    // True when the item must be sent: new, or changed since it was.
    auto wanted = [&alreadySent, summary](const AnalyticsItem &item) {
        const auto sent = alreadySent.constFind(item.sentKey());
        if (sent != alreadySent.constEnd() && *sent == item.hash) {
            ++summary->unchanged;
            return false;
        }
        return true;
    };

    QList<AnalyticsCall> calls;
    QMap<qint64, const FunnelInfo *> funnels;
    for (const FunnelInfo &funnel : source.funnels) {
        const QString problem = leads::funnelProblem(funnel.stages);
        if (!problem.isEmpty()) {
            summary->notices << AnalyticsPlanText::tr(
                                    "Funnel %1 “%2” is left out, with its deals: %3")
                                    .arg(funnel.id)
                                    .arg(funnel.name, problem);
            continue;
        }
        funnels.insert(funnel.id, &funnel);
        ++summary->funnels;
        const QJsonObject params = funnelParams(funnel);
        const AnalyticsItem item { AnalyticsItemKind::Funnel, id(funnel.id), hashOf(params) };
        if (!wanted(item))
            continue;
        AnalyticsCall call;
        call.method = kCreateFunnel;
        call.params = params;
        call.items.append(item);
        calls.append(call);
    }

    // The deals' history first: it decides which employees and contacts are needed.
    QMap<QString, QString> employees; // id → name
    QMap<qint64, QJsonObject> contacts; // client id → contact
    QList<QPair<AnalyticsItem, QJsonObject>> records;
    int skippedDeals = 0;
    int skippedRecords = 0;
    for (const CrmDeal &deal : source.deals) {
        const FunnelInfo *funnel = funnels.value(deal.funnelId);
        if (!funnel) {
            ++skippedDeals;
            continue;
        }
        ++summary->deals;
        QMap<qint64, leads::StageKind> stageKinds;
        for (const leads::Stage &stage : funnel->stages)
            stageKinds.insert(stage.id, stage.kind);
        for (const CrmStageEntry &entry : deal.history) {
            if (!entry.employeeId.isEmpty())
                employees.insert(entry.employeeId,
                                 entry.employeeName.isEmpty() ? entry.employeeId
                                                              : entry.employeeName);
        }
        const QString clientId = id(deal.clientId);
        QJsonObject contact = contacts.value(deal.clientId);
        const QString created = analyticsTime(deal.createdAt);
        if (contact.isEmpty()) {
            contact = QJsonObject {
                { QStringLiteral("ext_id"), clientId },
                { QStringLiteral("name"),
                  deal.clientName.trimmed().isEmpty()
                      ? AnalyticsPlanText::tr("Client %1").arg(deal.clientId)
                      : nameForAnalytics(deal.clientName.trimmed()) },
                // The CRM does not say when the client was created: the first deal's time.
                { QStringLiteral("created_date_time"), created },
            };
            const QJsonArray phones = phoneNumbers(deal.clientPhone);
            if (!phones.isEmpty())
                contact.insert(QStringLiteral("phone_numbers"), phones);
            const QJsonArray addresses = emails(deal.clientEmail);
            if (!addresses.isEmpty())
                contact.insert(QStringLiteral("emails"), addresses);
        } else if (created < contact.value(QStringLiteral("created_date_time")).toString()) {
            contact.insert(QStringLiteral("created_date_time"), created);
        }
        contacts.insert(deal.clientId, contact);

        const QList<Entry> history = completedHistory(deal, *funnel);
        QSet<QString> keys;
        for (qsizetype i = 0; i < history.size(); ++i) {
            const Entry &entry = history.at(i);
            if (!stageKinds.contains(entry.stageId)) {
                ++skippedRecords; // a stage of another funnel: the service would refuse it
                continue;
            }
            const QString when = analyticsTime(entry.enteredAt);
            QJsonObject record {
                { QStringLiteral("ext_id"), id(deal.id) },
                { QStringLiteral("name"), AnalyticsPlanText::tr("Deal %1").arg(deal.id) },
                { QStringLiteral("created_date_time"), created },
                { QStringLiteral("modified_date_time"), when },
                { QStringLiteral("modified_stage_date_time"), when },
                { QStringLiteral("contact_ext_ids"), QJsonArray { clientId } },
                { QStringLiteral("main_contact_ext_id"), clientId },
                { QStringLiteral("sales_funnel_ext_id"), id(funnel->id) },
                { QStringLiteral("stage_ext_id"), id(entry.stageId) },
            };
            if (!entry.employeeId.isEmpty())
                record.insert(QStringLiteral("employee_ext_id"), entry.employeeId);
            if (entry.amountKopecks)
                record.insert(QStringLiteral("revenue"), revenue(*entry.amountKopecks));
            else if (i == history.size() - 1 && deal.amountKopecks > 0)
                record.insert(QStringLiteral("revenue"), revenue(deal.amountKopecks));
            if (stageKinds.value(entry.stageId) != leads::StageKind::InProcess)
                record.insert(QStringLiteral("closed_date_time"), when);
            if (entry.generated) {
                record.insert(QStringLiteral("is_generated"), true);
                ++summary->generatedRecords;
            }
            const QString key = QStringLiteral("%1/%2/%3")
                                    .arg(deal.id)
                                    .arg(entry.stageId)
                                    .arg(entry.enteredAt.toMSecsSinceEpoch());
            if (keys.contains(key))
                continue; // the same stage entered twice at the same moment: one record
            keys.insert(key);
            ++summary->records;
            const AnalyticsItem item { AnalyticsItemKind::HistoryRecord, key, hashOf(record) };
            if (wanted(item))
                records.append({ item, record });
        }
    }
    if (skippedDeals > 0)
        summary->notices << AnalyticsPlanText::tr("%Ln deal(s) of left-out funnels are not sent.",
                                                  nullptr, skippedDeals);
    if (skippedRecords > 0)
        summary->notices << AnalyticsPlanText::tr("%Ln history record(s) name a stage of another "
                                                  "funnel and are not sent.",
                                                  nullptr, skippedRecords);

    summary->employees = int(employees.size());
    for (auto it = employees.cbegin(); it != employees.cend(); ++it) {
        const QJsonObject params { { QStringLiteral("ext_id"), it.key() },
                                   { QStringLiteral("name"), nameForAnalytics(it.value()) } };
        const AnalyticsItem item { AnalyticsItemKind::Employee, it.key(), hashOf(params) };
        if (!wanted(item))
            continue;
        AnalyticsCall call;
        call.method = kCreateEmployee;
        call.params = params;
        call.items.append(item);
        calls.append(call);
    }

    summary->contacts = int(contacts.size());
    QList<QPair<AnalyticsItem, QJsonObject>> contactItems;
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
        const AnalyticsItem item { AnalyticsItemKind::Contact, id(it.key()), hashOf(it.value()) };
        if (wanted(item))
            contactItems.append({ item, it.value() });
    }
    addBatched(&calls, kCreateContacts, QStringLiteral("contacts"), contactItems,
               std::max(1, options.contactsPerCall));
    addBatched(&calls, kUploadHistory, QStringLiteral("deals"), records,
               std::max(1, options.recordsPerCall));

    for (qsizetype i = 0; i < calls.size(); ++i) {
        calls[i].seq = int(i) + 1;
        calls[i].idempotencyKey = QStringLiteral("%1-%2").arg(runId).arg(i + 1);
    }
    return calls;
}

} // namespace opc::ops
