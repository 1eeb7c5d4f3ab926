#include "core/audit/AuditFilter.h"

#include <QRegularExpression>

namespace opc {

namespace {

const QString kActor = QStringLiteral("actor");
const QString kAction = QStringLiteral("action");
const QString kEntity = QStringLiteral("entity");
const QString kOperation = QStringLiteral("operation");
const QString kText = QStringLiteral("text");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");

} // namespace

bool operator==(const AuditFilter &a, const AuditFilter &b)
{
    return a.actor == b.actor && a.action == b.action && a.entity == b.entity
        && a.operation == b.operation && a.text == b.text && a.from == b.from && a.to == b.to;
}

std::optional<QDateTime> AuditFilter::readBound(const QString &text, bool endOfDay,
                                                Qt::TimeSpec plainDateSpec)
{
    static const QRegularExpression plainDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    // A date and time must say which zone it is in: a bare time would be a different instant
    // on the other side of the wire.
    static const QRegularExpression zoned(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})$"));
    if (plainDate.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        return (endOfDay ? day.addDays(1) : day).startOfDay(plainDateSpec).toUTC();
    }
    if (!zoned.match(text).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

bool AuditFilter::isEmpty() const
{
    return actor.isEmpty() && action.isEmpty() && entity.isEmpty() && operation.isEmpty()
        && text.isEmpty() && !from.isValid() && !to.isValid();
}

QString AuditFilter::wireTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void AuditFilter::addTo(QUrlQuery &query) const
{
    const auto add = [&query](const QString &key, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(kActor, actor);
    add(kAction, action);
    add(kEntity, entity);
    add(kOperation, operation);
    add(kText, text);
    if (from.isValid())
        add(kFrom, wireTime(from));
    if (to.isValid())
        add(kTo, wireTime(to));
}

QUrlQuery AuditFilter::toQuery() const
{
    QUrlQuery query;
    addTo(query);
    return query;
}

std::optional<AuditFilter> AuditFilter::fromQuery(const QUrlQuery &query, QString *badField)
{
    AuditFilter filter;
    const auto fail = [badField](const QString &field) {
        if (badField)
            *badField = field;
        return std::nullopt;
    };
    const std::pair<const QString *, QString *> texts[] = {
        { &kActor, &filter.actor },   { &kAction, &filter.action },
        { &kEntity, &filter.entity }, { &kOperation, &filter.operation },
        { &kText, &filter.text },
    };
    for (const auto &[key, out] : texts) {
        const QString value = query.queryItemValue(*key, QUrl::FullyDecoded).trimmed();
        if (value.size() > kMaxFieldLength)
            return fail(*key);
        *out = value;
    }
    if (!filter.text.isEmpty() && filter.text.size() < kMinTextLength)
        return fail(kText);
    // "merge.*" is a prefix; any other star is not an action id.
    if (filter.action.contains(QLatin1Char('*'))
        && (!filter.action.endsWith(QLatin1String(".*"))
            || filter.action.count(QLatin1Char('*')) != 1 || filter.action.size() < 3))
        return fail(kAction);
    if (query.hasQueryItem(kFrom)) {
        const auto from
            = readBound(query.queryItemValue(kFrom, QUrl::FullyDecoded), false, Qt::UTC);
        if (!from)
            return fail(kFrom);
        filter.from = *from;
    }
    if (query.hasQueryItem(kTo)) {
        const auto to = readBound(query.queryItemValue(kTo, QUrl::FullyDecoded), true, Qt::UTC);
        if (!to)
            return fail(kTo);
        filter.to = *to;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return fail(kTo);
    return filter;
}

} // namespace opc
