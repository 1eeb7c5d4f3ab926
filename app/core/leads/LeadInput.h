#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opc::leads {

enum class LeadType { Call, Form };

// Wire names: "call", "form".
QString leadTypeToWire(LeadType type);
std::optional<LeadType> leadTypeFromWire(const QString &wire);

// A bad input: the JSON key at fault (e.g. "phone", "received_at", "tags") and a translated
// message.
struct FieldError {
    QString field;
    QString message;
};

// One incoming lead: a call from call tracking or a request from a site form (seed 001).
struct LeadInput {
    LeadType type = LeadType::Call;
    QString phone; // normalized (normalizePhone) or empty
    QString email; // normalized (normalizeEmail) or empty
    QString name;
    QDateTime receivedAt; // UTC
    QString callId;
    QString formRequestId;
    QString source;
    QString medium;
    QString utmSource, utmMedium, utmCampaign, utmContent, utmTerm;
    QString googleClientId;
    QStringList tags;
    QString clientType = QStringLiteral("individual"); // "individual" | "legal"

    // Keys: type ("call"|"form"), phone, email, name, received_at (ISO 8601), call_id,
    // form_request_id, source, medium, utm_source, utm_medium, utm_campaign, utm_content,
    // utm_term, google_client_id, tags (array of strings), client_type.
    // Phone and e-mail are normalised here. A call needs a phone; a form needs a phone or an
    // e-mail. Unknown keys are an error naming the key. `error` may be null.
    static std::optional<LeadInput> fromJson(const QJsonObject &json, FieldError *error);
    // Every problem of `json`, in the order fromJson checks them (fromJson reports the first):
    // unknown keys (sorted), then the keys in the order listed above, then the contact rule.
    static QList<FieldError> problemsOf(const QJsonObject &json);
    // Only the non-empty fields, plus type and client_type; received_at in UTC ("…Z").
    QJsonObject toJson() const;

    // Tags as stored on the order: joined with "|".
    QString joinedTags() const;
};

bool operator==(const LeadInput &a, const LeadInput &b);
inline bool operator!=(const LeadInput &a, const LeadInput &b)
{
    return !(a == b);
}

} // namespace opc::leads
