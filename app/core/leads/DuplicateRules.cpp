#include "core/leads/DuplicateRules.h"

#include "core/JsonNumbers.h"
#include "core/leads/Email.h"
#include "core/leads/PhoneNumber.h"

#include <QCoreApplication>

#include <algorithm>

namespace opc::leads {

namespace {

// The strings of this file, under one translation context that lupdate also sees.
struct DuplicateRulesText {
    Q_DECLARE_TR_FUNCTIONS(opc::leads::DuplicateRules)
};

// Stored values may predate normalisation: compare them normalised when they can be.
QString comparablePhone(const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    return normalizePhone(phone, nullptr).value_or(phone.trimmed());
}

QString comparableEmail(const QString &email)
{
    if (email.trimmed().isEmpty())
        return {};
    return normalizeEmail(email, nullptr).value_or(email.trimmed().toLower());
}

bool samePhone(const QString &leadPhone, const QString &otherPhone)
{
    const QString a = comparablePhone(leadPhone);
    return !a.isEmpty() && a == comparablePhone(otherPhone);
}

bool sameEmail(const QString &leadEmail, const QString &otherEmail)
{
    const QString a = comparableEmail(leadEmail);
    return !a.isEmpty() && a == comparableEmail(otherEmail);
}

} // namespace

QString duplicateActionToWire(DuplicateAction action)
{
    return action == DuplicateAction::Task ? QStringLiteral("task") : QStringLiteral("comment");
}

std::optional<DuplicateAction> duplicateActionFromWire(const QString &wire)
{
    for (DuplicateAction action : { DuplicateAction::Task, DuplicateAction::Comment }) {
        if (duplicateActionToWire(action) == wire)
            return action;
    }
    return std::nullopt;
}

QJsonObject DuplicateSettings::toJson() const
{
    return QJsonObject {
        { QStringLiteral("by_phone"), byPhone },
        { QStringLiteral("by_email"), byEmail },
        { QStringLiteral("period_days"), periodDays },
        { QStringLiteral("only_in_processing"), onlyInProcessing },
        { QStringLiteral("action"), duplicateActionToWire(action) },
    };
}

std::optional<DuplicateSettings> DuplicateSettings::fromJson(const QJsonObject &json,
                                                             FieldError *error)
{
    const auto fail = [error](const QString &field, const QString &message) {
        if (error)
            *error = FieldError { field, message };
        return std::nullopt;
    };
    const QStringList known
        = { QStringLiteral("by_phone"), QStringLiteral("by_email"), QStringLiteral("period_days"),
            QStringLiteral("only_in_processing"), QStringLiteral("action") };
    QStringList keys = json.keys();
    keys.sort();
    for (const QString &key : keys) {
        if (!known.contains(key))
            return fail(key, DuplicateRulesText::tr("Unknown field."));
    }

    DuplicateSettings settings;
    const auto flag = [&json](const QString &key, bool *out) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return false;
        *out = value.toBool();
        return true;
    };
    for (const auto &[key, out] :
         { std::pair<QString, bool *> { QStringLiteral("by_phone"), &settings.byPhone },
           std::pair<QString, bool *> { QStringLiteral("by_email"), &settings.byEmail },
           std::pair<QString, bool *> { QStringLiteral("only_in_processing"),
                                        &settings.onlyInProcessing } }) {
        if (!flag(key, out))
            return fail(key, DuplicateRulesText::tr("Must be true or false."));
    }

    const QJsonValue period = json.value(QStringLiteral("period_days"));
    if (!period.isUndefined()) {
        const std::optional<qint64> days = wholeNumber(period, 0, kMaxPeriodDays);
        if (!days)
            return fail(QStringLiteral("period_days"),
                        DuplicateRulesText::tr("Must be a whole number of days from 0 to %1 "
                                               "(0 means the last %2 days).")
                            .arg(kMaxPeriodDays)
                            .arg(kDefaultPeriodDays));
        settings.periodDays = static_cast<int>(*days);
    }

    const QJsonValue action = json.value(QStringLiteral("action"));
    if (!action.isUndefined()) {
        const std::optional<DuplicateAction> parsed
            = action.isString() ? duplicateActionFromWire(action.toString()) : std::nullopt;
        if (!parsed)
            return fail(QStringLiteral("action"),
                        DuplicateRulesText::tr("Must be \"task\" or \"comment\"."));
        settings.action = *parsed;
    }
    return settings;
}

bool operator==(const DuplicateSettings &a, const DuplicateSettings &b)
{
    return a.byPhone == b.byPhone && a.byEmail == b.byEmail && a.periodDays == b.periodDays
        && a.onlyInProcessing == b.onlyInProcessing && a.action == b.action;
}

int effectivePeriodDays(const DuplicateSettings &settings)
{
    if (settings.periodDays <= 0)
        return kDefaultPeriodDays;
    return std::min(settings.periodDays, kMaxPeriodDays);
}

QDateTime periodStart(const DuplicateSettings &settings, const QDateTime &now)
{
    return now.toUTC().addDays(-effectivePeriodDays(settings));
}

std::optional<DuplicateMatch> findDuplicate(const LeadInput &lead,
                                            const QList<DealCandidate> &candidates,
                                            const DuplicateSettings &settings, const QDateTime &now)
{
    const bool checkPhone = settings.byPhone && !lead.phone.isEmpty();
    const bool checkEmail = settings.byEmail && !lead.email.isEmpty();
    if (!checkPhone && !checkEmail)
        return std::nullopt;

    const QDateTime start = periodStart(settings, now);
    const DealCandidate *best = nullptr;
    QString bestMatchedBy;
    for (const DealCandidate &candidate : candidates) {
        if (!candidate.createdAt.isValid() || candidate.createdAt < start)
            continue;
        if (settings.onlyInProcessing && !candidate.inProcessing)
            continue;
        QString matchedBy;
        if (checkPhone && samePhone(lead.phone, candidate.clientPhone))
            matchedBy = QStringLiteral("phone");
        else if (checkEmail && sameEmail(lead.email, candidate.clientEmail))
            matchedBy = QStringLiteral("email");
        else
            continue;
        if (!best || candidate.createdAt > best->createdAt
            || (candidate.createdAt == best->createdAt && candidate.dealId > best->dealId)) {
            best = &candidate;
            bestMatchedBy = matchedBy;
        }
    }
    if (!best)
        return std::nullopt;
    return DuplicateMatch { best->dealId, bestMatchedBy };
}

bool reusesClient(const LeadInput &lead, const QString &clientPhone, const QString &clientEmail)
{
    if (samePhone(lead.phone, clientPhone))
        return true;
    return lead.type == LeadType::Form && sameEmail(lead.email, clientEmail);
}

} // namespace opc::leads
