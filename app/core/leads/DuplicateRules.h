#pragma once

#include "core/leads/LeadInput.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace opc::leads {

// What happens to an existing deal when a duplicate lead arrives.
enum class DuplicateAction { Task, Comment };

// Wire names: "task", "comment".
QString duplicateActionToWire(DuplicateAction action);
std::optional<DuplicateAction> duplicateActionFromWire(const QString &wire);

// The default period when periodDays is 0, and the longest period accepted (12 months).
constexpr int kDefaultPeriodDays = 90;
constexpr int kMaxPeriodDays = 365;

struct DuplicateSettings {
    bool byPhone = true;
    bool byEmail = true;
    int periodDays = 0; // 0 = the default period (90 days); at most kMaxPeriodDays
    bool onlyInProcessing = true;
    DuplicateAction action = DuplicateAction::Comment;

    // Keys: by_phone, by_email, period_days, only_in_processing, action ("task"|"comment").
    QJsonObject toJson() const;
    // Every key is optional (missing = default); unknown keys and wrong types are errors
    // naming the key. `error` may be null.
    static std::optional<DuplicateSettings> fromJson(const QJsonObject &json, FieldError *error);
};

bool operator==(const DuplicateSettings &a, const DuplicateSettings &b);
inline bool operator!=(const DuplicateSettings &a, const DuplicateSettings &b)
{
    return !(a == b);
}

// The period in days actually used: periodDays, or 90 when it is 0 (or negative); values
// above kMaxPeriodDays are clamped to it.
int effectivePeriodDays(const DuplicateSettings &settings);

// Deals created at or after this instant count as candidates: `now` minus
// effectivePeriodDays whole days (same time of day, UTC). With 90 days and now =
// 2024-06-30T12:00Z a deal created 2024-04-01T12:00Z counts, one created a millisecond earlier
// does not.
QDateTime periodStart(const DuplicateSettings &settings, const QDateTime &now);

struct DealCandidate {
    qint64 dealId = 0;
    QString clientPhone;
    QString clientEmail;
    QDateTime createdAt;
    bool inProcessing = true;
};

struct DuplicateMatch {
    qint64 dealId = 0;
    QString matchedBy; // "phone" | "email"
};

// The deal a lead duplicates, if any: a candidate created in the period (and in processing
// when onlyInProcessing) whose client has the lead's phone (byPhone) or e-mail (byEmail).
// The newest matching deal wins (ties: the higher deal id); phone is reported as matchedBy
// when both match.
std::optional<DuplicateMatch> findDuplicate(const LeadInput &lead,
                                            const QList<DealCandidate> &candidates,
                                            const DuplicateSettings &settings,
                                            const QDateTime &now);

// Whether a lead belongs to an existing client: calls by the same phone only; forms by the
// same phone or the same e-mail. Empty values never match.
bool reusesClient(const LeadInput &lead, const QString &clientPhone, const QString &clientEmail);

} // namespace opc::leads
