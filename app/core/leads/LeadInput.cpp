#include "core/leads/LeadInput.h"

#include "core/leads/Email.h"
#include "core/leads/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace opc::leads {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct LeadInputText {
    Q_DECLARE_TR_FUNCTIONS(opc::leads::LeadInput)
};

// Longest text accepted in any one field.
constexpr qsizetype kMaxTextLength = 500;

const QStringList &knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("type"),
        QStringLiteral("phone"),
        QStringLiteral("email"),
        QStringLiteral("name"),
        QStringLiteral("received_at"),
        QStringLiteral("call_id"),
        QStringLiteral("form_request_id"),
        QStringLiteral("source"),
        QStringLiteral("medium"),
        QStringLiteral("utm_source"),
        QStringLiteral("utm_medium"),
        QStringLiteral("utm_campaign"),
        QStringLiteral("utm_content"),
        QStringLiteral("utm_term"),
        QStringLiteral("google_client_id"),
        QStringLiteral("tags"),
        QStringLiteral("client_type"),
    };
    return keys;
}

class Parser {
public:
    explicit Parser(const QJsonObject &json) : m_json(json) { }

    QList<FieldError> problems;

    void add(const QString &field, const QString &message)
    {
        problems.append(FieldError { field, message });
    }

    // A trimmed text field; missing and null are empty. Returns false (and records the
    // problem) for other types and over-long text.
    bool text(const QString &key, QString *out)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull()) {
            out->clear();
            return true;
        }
        if (!value.isString()) {
            add(key, LeadInputText::tr("Must be text."));
            return false;
        }
        const QString trimmed = value.toString().trimmed();
        if (trimmed.size() > kMaxTextLength) {
            add(key, LeadInputText::tr("Must be at most %1 characters long.").arg(kMaxTextLength));
            return false;
        }
        *out = trimmed;
        return true;
    }

private:
    QJsonObject m_json;
};

QDateTime parseTime(const QString &text)
{
    // ISO 8601 with a time of day; "T" or a space between date and time; no offset means UTC.
    if (text.size() < 16 || (text.at(10) != u'T' && text.at(10) != u't' && text.at(10) != u' '))
        return {};
    QString iso = text;
    iso[10] = u'T';
    if (iso.endsWith(u'z'))
        iso[iso.size() - 1] = u'Z';
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // no offset written: the wall time is UTC
    return time.toUTC();
}

std::optional<LeadInput> parse(const QJsonObject &json, QList<FieldError> *problems)
{
    Parser parser(json);
    LeadInput lead;

    QStringList unknown;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            unknown.append(it.key());
    }
    unknown.sort();
    for (const QString &key : unknown)
        parser.add(key, LeadInputText::tr("Unknown field."));

    bool typeKnown = false;
    {
        QString type;
        if (parser.text(QStringLiteral("type"), &type)) {
            if (type.isEmpty()) {
                parser.add(QStringLiteral("type"),
                           LeadInputText::tr("Say whether the lead is a \"call\" or a \"form\"."));
            } else if (const auto parsed = leadTypeFromWire(type)) {
                lead.type = *parsed;
                typeKnown = true;
            } else {
                parser.add(
                    QStringLiteral("type"),
                    LeadInputText::tr("Must be \"call\" or \"form\", not \"%1\".").arg(type));
            }
        }
    }

    const auto contact
        = [&parser](const QString &key,
                    std::optional<QString> (*normalize)(const QString &, QString *), QString *out) {
              QString value;
              if (!parser.text(key, &value))
                  return false;
              if (value.isEmpty())
                  return true;
              QString error;
              const std::optional<QString> normalized = normalize(value, &error);
              if (!normalized) {
                  parser.add(key, error);
                  return false;
              }
              *out = *normalized;
              return true;
          };
    const bool phoneOk = contact(QStringLiteral("phone"), &normalizePhone, &lead.phone);
    const bool emailOk = contact(QStringLiteral("email"), &normalizeEmail, &lead.email);

    parser.text(QStringLiteral("name"), &lead.name);

    {
        QString received;
        if (parser.text(QStringLiteral("received_at"), &received) && !received.isEmpty()) {
            lead.receivedAt = parseTime(received);
            if (!lead.receivedAt.isValid())
                parser.add(QStringLiteral("received_at"),
                           LeadInputText::tr("Must be a date and time in ISO 8601, such as "
                                             "2019-03-11T11:44:52Z."));
        }
    }

    parser.text(QStringLiteral("call_id"), &lead.callId);
    parser.text(QStringLiteral("form_request_id"), &lead.formRequestId);
    parser.text(QStringLiteral("source"), &lead.source);
    parser.text(QStringLiteral("medium"), &lead.medium);
    parser.text(QStringLiteral("utm_source"), &lead.utmSource);
    parser.text(QStringLiteral("utm_medium"), &lead.utmMedium);
    parser.text(QStringLiteral("utm_campaign"), &lead.utmCampaign);
    parser.text(QStringLiteral("utm_content"), &lead.utmContent);
    parser.text(QStringLiteral("utm_term"), &lead.utmTerm);
    parser.text(QStringLiteral("google_client_id"), &lead.googleClientId);

    {
        const QJsonValue tags = json.value(QStringLiteral("tags"));
        if (tags.isArray()) {
            const QJsonArray array = tags.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue tag = array.at(i);
                if (!tag.isString()) {
                    parser.add(QStringLiteral("tags"),
                               LeadInputText::tr("Tag %1 must be text.").arg(i + 1));
                    break;
                }
                const QString trimmed = tag.toString().trimmed();
                if (trimmed.contains(u'|')) {
                    parser.add(QStringLiteral("tags"),
                               LeadInputText::tr("Tag %1 contains \"|\", which separates the "
                                                 "tags.")
                                   .arg(i + 1));
                    break;
                }
                if (trimmed.size() > kMaxTextLength) {
                    parser.add(QStringLiteral("tags"),
                               LeadInputText::tr("Tag %1 is longer than %2 characters.")
                                   .arg(i + 1)
                                   .arg(kMaxTextLength));
                    break;
                }
                if (!trimmed.isEmpty() && !lead.tags.contains(trimmed))
                    lead.tags.append(trimmed);
            }
        } else if (!tags.isUndefined() && !tags.isNull()) {
            parser.add(QStringLiteral("tags"), LeadInputText::tr("Must be a list of texts."));
        }
    }

    {
        QString clientType;
        if (parser.text(QStringLiteral("client_type"), &clientType)) {
            if (clientType.isEmpty() || clientType == QStringLiteral("individual")) {
                lead.clientType = QStringLiteral("individual");
            } else if (clientType == QStringLiteral("legal")) {
                lead.clientType = clientType;
            } else {
                parser.add(QStringLiteral("client_type"),
                           LeadInputText::tr("Must be \"individual\" or \"legal\", not \"%1\".")
                               .arg(clientType));
            }
        }
    }

    // The contact rule, only when the contact fields themselves were readable (a bad phone
    // is reported once, as itself).
    if (typeKnown && phoneOk && emailOk) {
        if (lead.type == LeadType::Call && lead.phone.isEmpty())
            parser.add(QStringLiteral("phone"),
                       LeadInputText::tr("A call needs the caller's phone number."));
        else if (lead.type == LeadType::Form && lead.phone.isEmpty() && lead.email.isEmpty())
            parser.add(QStringLiteral("phone"),
                       LeadInputText::tr("A form needs a phone number or an e-mail address."));
    }

    if (problems)
        *problems = parser.problems;
    if (!parser.problems.isEmpty())
        return std::nullopt;
    return lead;
}

} // namespace

QString leadTypeToWire(LeadType type)
{
    return type == LeadType::Call ? QStringLiteral("call") : QStringLiteral("form");
}

std::optional<LeadType> leadTypeFromWire(const QString &wire)
{
    for (LeadType type : { LeadType::Call, LeadType::Form }) {
        if (leadTypeToWire(type) == wire)
            return type;
    }
    return std::nullopt;
}

std::optional<LeadInput> LeadInput::fromJson(const QJsonObject &json, FieldError *error)
{
    QList<FieldError> problems;
    std::optional<LeadInput> lead = parse(json, &problems);
    if (!lead && error)
        *error = problems.value(0);
    return lead;
}

QList<FieldError> LeadInput::problemsOf(const QJsonObject &json)
{
    QList<FieldError> problems;
    parse(json, &problems);
    return problems;
}

QJsonObject LeadInput::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("type"), leadTypeToWire(type));
    const auto put = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    put(QStringLiteral("phone"), phone);
    put(QStringLiteral("email"), email);
    put(QStringLiteral("name"), name);
    if (receivedAt.isValid()) {
        const QDateTime utc = receivedAt.toUTC();
        json.insert(QStringLiteral("received_at"),
                    utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs));
    }
    put(QStringLiteral("call_id"), callId);
    put(QStringLiteral("form_request_id"), formRequestId);
    put(QStringLiteral("source"), source);
    put(QStringLiteral("medium"), medium);
    put(QStringLiteral("utm_source"), utmSource);
    put(QStringLiteral("utm_medium"), utmMedium);
    put(QStringLiteral("utm_campaign"), utmCampaign);
    put(QStringLiteral("utm_content"), utmContent);
    put(QStringLiteral("utm_term"), utmTerm);
    put(QStringLiteral("google_client_id"), googleClientId);
    if (!tags.isEmpty())
        json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    json.insert(QStringLiteral("client_type"),
                clientType.isEmpty() ? QStringLiteral("individual") : clientType);
    return json;
}

QString LeadInput::joinedTags() const
{
    return tags.join(u'|');
}

bool operator==(const LeadInput &a, const LeadInput &b)
{
    return a.type == b.type && a.phone == b.phone && a.email == b.email && a.name == b.name
        && a.receivedAt == b.receivedAt && a.callId == b.callId
        && a.formRequestId == b.formRequestId && a.source == b.source && a.medium == b.medium
        && a.utmSource == b.utmSource && a.utmMedium == b.utmMedium
        && a.utmCampaign == b.utmCampaign && a.utmContent == b.utmContent && a.utmTerm == b.utmTerm
        && a.googleClientId == b.googleClientId && a.tags == b.tags && a.clientType == b.clientType;
}

} // namespace opc::leads
