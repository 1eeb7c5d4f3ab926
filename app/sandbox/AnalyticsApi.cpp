#include "sandbox/AnalyticsState.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/Routes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

// POST /api/v1/analytics/rpc: a JSON-RPC 2.0 endpoint compatible with the analytics service of
// seed 004 (create.sales_funnel, get.sales_funnel, create.deal_employees, create.deal_contacts,
// upload.deals_history), with its per-minute and per-day call limits reported in
// result.metadata.limits and enforced (HTTP 429 + Retry-After and a JSON-RPC error), plus
// sandbox.get_received, which lets tests see what arrived. The HTTP layer keeps the contract's
// rules (Bearer token, Idempotency-Key, Content-Type); everything inside the body is JSON-RPC.
// What was received lives in memory, per server (AnalyticsState), and is gone on restart.

namespace opc::sandbox {

namespace {

// The JSON-RPC 2.0 codes, then the server's own (the range -32000..-32099 is the server's).
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kAccessDenied = -32001;
constexpr int kLimitExceeded = -32029;

constexpr int kMaxBatchCalls = 50;
constexpr int kMaxItemsPerCall = 500;
constexpr int kMaxTextLength = 255;
constexpr int kMaxCommentLength = 4000;
constexpr int kMaxStageOrder = 10000;
// get.sales_funnel lists the success and the failed stage after every in-process one.
constexpr int kSuccessStageOrder = 10010;
constexpr int kFailedStageOrder = 10020;

const QString kDateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

namespace method {
const QString createFunnel = QStringLiteral("create.sales_funnel");
const QString getFunnel = QStringLiteral("get.sales_funnel");
const QString createEmployees = QStringLiteral("create.deal_employees");
const QString createContacts = QStringLiteral("create.deal_contacts");
const QString uploadHistory = QStringLiteral("upload.deals_history");
const QString getReceived = QStringLiteral("sandbox.get_received");
} // namespace method

const QStringList kMethods { method::createFunnel,   method::getFunnel,     method::createEmployees,
                             method::createContacts, method::uploadHistory, method::getReceived };

qint64 ceilSeconds(qint64 ms)
{
    return (ms + 999) / 1000;
}

} // namespace

class AnalyticsState final {
public:
    explicit AnalyticsState(const AnalyticsLimitOptions &options) : m_options(options)
    {
        m_clock.start();
    }

    QMutex &mutex() { return m_mutex; }
    const AnalyticsLimitOptions &options() const { return m_options; }

    // Brings the window counters to now; returns the time since the server started (ms).
    qint64 roll()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 minute = now / minuteMs();
        const qint64 day = now / dayMs();
        if (minute != m_minuteWindow) {
            m_minuteWindow = minute;
            m_minuteCount = 0;
        }
        if (day != m_dayWindow) {
            m_dayWindow = day;
            m_dayCount = 0;
        }
        return now;
    }

    // The limits as the seed reports them (after roll()): seconds until each window resets,
    // rounded up so that a client waiting that long always finds the new window.
    QJsonObject limits(qint64 now) const
    {
        return QJsonObject {
            { QStringLiteral("minute_reset"),
              ceilSeconds((m_minuteWindow + 1) * minuteMs() - now) },
            { QStringLiteral("minute_remaining"), m_options.perMinute - m_minuteCount },
            { QStringLiteral("minute_limit"), m_options.perMinute },
            { QStringLiteral("day_reset"), ceilSeconds((m_dayWindow + 1) * dayMs() - now) },
            { QStringLiteral("day_remaining"), m_options.perDay - m_dayCount },
            { QStringLiteral("day_limit"), m_options.perDay },
        };
    }

    // Counts `calls` calls when both windows have room for all of them. Otherwise counts them
    // as refused and sets `retryAfter` (seconds until the window that is full resets) and
    // `dayLimit` (whether the day's limit is the reason).
    bool admit(int calls, qint64 now, qint64 *retryAfter, bool *dayLimit)
    {
        const bool minuteFull = m_minuteCount + calls > m_options.perMinute;
        const bool dayFull = m_dayCount + calls > m_options.perDay;
        if (!minuteFull && !dayFull) {
            m_minuteCount += calls;
            m_dayCount += calls;
            return true;
        }
        m_refused += calls;
        *dayLimit = dayFull;
        const qint64 minuteReset = ceilSeconds((m_minuteWindow + 1) * minuteMs() - now);
        const qint64 dayReset = ceilSeconds((m_dayWindow + 1) * dayMs() - now);
        *retryAfter = dayFull ? std::max(dayReset, minuteFull ? minuteReset : 0) : minuteReset;
        return false;
    }

    void recordCall(const QString &name, qint64 now, int items)
    {
        m_calls.append(QJsonObject { { QStringLiteral("method"), name },
                                     { QStringLiteral("at_ms"), now },
                                     { QStringLiteral("minute_window"), m_minuteWindow },
                                     { QStringLiteral("day_window"), m_dayWindow },
                                     { QStringLiteral("items"), items } });
    }

    qint64 minuteMs() const { return qint64(m_options.minuteSeconds) * 1000; }
    qint64 dayMs() const { return qint64(m_options.daySeconds) * 1000; }

    // What was received, keyed by ext_id; each entry counts how often it arrived ("received").
    QMap<QString, QJsonObject> funnels;
    QMap<QString, QJsonObject> employees;
    QMap<QString, QJsonObject> contacts;
    QMap<QString, QJsonObject> deals; // the deal's latest fields and its "history"

    QJsonObject received() const
    {
        auto values = [](const QMap<QString, QJsonObject> &map) {
            QJsonArray list;
            for (const QJsonObject &object : map)
                list.append(object);
            return list;
        };
        return QJsonObject {
            { QStringLiteral("funnels"), values(funnels) },
            { QStringLiteral("employees"), values(employees) },
            { QStringLiteral("contacts"), values(contacts) },
            { QStringLiteral("deals"), values(deals) },
            { QStringLiteral("calls"), m_calls },
            { QStringLiteral("refused"), m_refused },
            { QStringLiteral("config"),
              QJsonObject { { QStringLiteral("per_minute"), m_options.perMinute },
                            { QStringLiteral("per_day"), m_options.perDay },
                            { QStringLiteral("minute_ms"), minuteMs() },
                            { QStringLiteral("day_ms"), dayMs() } } },
        };
    }

private:
    QMutex m_mutex;
    const AnalyticsLimitOptions m_options;
    QElapsedTimer m_clock;
    qint64 m_minuteWindow = -1;
    int m_minuteCount = 0;
    qint64 m_dayWindow = -1;
    int m_dayCount = 0;
    int m_refused = 0;
    QJsonArray m_calls;
};

bool parseAnalyticsLimits(const QString &text, AnalyticsLimitOptions *options)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,7})/(\\d{1,7})$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const int perMinute = match.captured(1).toInt();
    const int perDay = match.captured(2).toInt();
    if (perMinute < 1 || perDay < 1 || perMinute > 1000000 || perDay > 1000000)
        return false;
    options->perMinute = perMinute;
    options->perDay = perDay;
    return true;
}

std::shared_ptr<AnalyticsState> makeAnalyticsState(const AnalyticsLimitOptions &options)
{
    return std::make_shared<AnalyticsState>(options);
}

namespace {

// ---- JSON-RPC envelopes -------------------------------------------------------------------

QJsonObject rpcResult(const QJsonValue &id, const QJsonValue &data, const QJsonObject &metadata)
{
    return QJsonObject {
        { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), id },
        { QStringLiteral("result"),
          QJsonObject { { QStringLiteral("metadata"), metadata },
                        { QStringLiteral("data"), data } } },
    };
}

QJsonObject rpcError(const QJsonValue &id, int code, const QString &message,
                     const QJsonObject &data = {})
{
    QJsonObject error { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!data.isEmpty())
        error.insert(QStringLiteral("data"), data);
    return QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                         { QStringLiteral("id"), id },
                         { QStringLiteral("error"), error } };
}

QString joinPath(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

QString indexPath(const QString &prefix, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(prefix).arg(index);
}

// ---- params -------------------------------------------------------------------------------

// Reads a call's params strictly; the first problem is kept (field path, message for people,
// mnemonic for programs) and later reads return harmless defaults.
class Params final {
public:
    bool ok() const { return m_field.isEmpty() && m_message.isEmpty(); }
    QString field() const { return m_field; }
    QString message() const { return m_message; }
    QString mnemonic() const { return m_mnemonic; }

    void fail(const QString &field, const QString &message,
              const QString &mnemonic = QStringLiteral("invalid_parameter"))
    {
        if (!ok())
            return;
        m_field = field;
        m_message = message;
        m_mnemonic = mnemonic;
    }

    void onlyKnown(const QJsonObject &object, const QStringList &known, const QString &prefix)
    {
        for (auto it = object.begin(); it != object.end() && ok(); ++it) {
            if (!known.contains(it.key())) {
                fail(joinPath(prefix, it.key()),
                     Text::tr("%1 is not a parameter here. Parameters: %2.")
                         .arg(joinPath(prefix, it.key()), known.join(QStringLiteral(", "))),
                     QStringLiteral("unexpected_parameter"));
            }
        }
    }

    bool missing(const QJsonObject &object, const QString &key, const QString &prefix,
                 bool required)
    {
        if (object.contains(key))
            return false;
        if (required)
            fail(joinPath(prefix, key), Text::tr("%1 is required.").arg(joinPath(prefix, key)),
                 QStringLiteral("required_parameter_missed"));
        return true;
    }

    QString text(const QJsonObject &object, const QString &key, const QString &prefix,
                 bool required = true, int maxLength = kMaxTextLength)
    {
        if (!ok() || missing(object, key, prefix, required))
            return {};
        const QJsonValue value = object.value(key);
        const QString path = joinPath(prefix, key);
        if (!value.isString() || value.toString().trimmed().isEmpty()
            || value.toString().size() > maxLength) {
            fail(path,
                 Text::tr("%1 must be a non-empty string of at most %2 characters.")
                     .arg(path)
                     .arg(maxLength));
            return {};
        }
        return value.toString();
    }

    qint64 integer(const QJsonObject &object, const QString &key, const QString &prefix, qint64 min,
                   qint64 max)
    {
        if (!ok() || missing(object, key, prefix, true))
            return 0;
        const QJsonValue value = object.value(key);
        const QString path = joinPath(prefix, key);
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)) || number < double(min)
            || number > double(max)) {
            fail(path,
                 Text::tr("%1 must be a whole number from %2 to %3.").arg(path).arg(min).arg(max));
            return 0;
        }
        return qint64(number);
    }

    // "yyyy-MM-dd HH:mm:ss", as the seed writes every time.
    QString time(const QJsonObject &object, const QString &key, const QString &prefix,
                 bool required)
    {
        if (!ok() || missing(object, key, prefix, required))
            return {};
        const QJsonValue value = object.value(key);
        const QString path = joinPath(prefix, key);
        if (!value.isString()
            || !QDateTime::fromString(value.toString(), kDateTimeFormat).isValid()) {
            fail(path,
                 Text::tr("%1 must be a date and time written as YYYY-MM-DD HH:MM:SS.").arg(path));
            return {};
        }
        return value.toString();
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &prefix,
                     bool required, int minItems, int maxItems)
    {
        if (!ok() || missing(object, key, prefix, required))
            return {};
        const QJsonValue value = object.value(key);
        const QString path = joinPath(prefix, key);
        if (!value.isArray() || value.toArray().size() < minItems
            || value.toArray().size() > maxItems) {
            fail(path,
                 Text::tr("%1 must be an array of %2 to %3 items.")
                     .arg(path)
                     .arg(minItems)
                     .arg(maxItems));
            return {};
        }
        return value.toArray();
    }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &prefix)
    {
        if (!ok() || missing(parent, key, prefix, true))
            return {};
        const QJsonValue value = parent.value(key);
        if (!value.isObject()) {
            fail(joinPath(prefix, key),
                 Text::tr("%1 must be an object.").arg(joinPath(prefix, key)));
            return {};
        }
        return value.toObject();
    }

    QJsonObject item(const QJsonArray &array, qsizetype index, const QString &path)
    {
        if (!ok())
            return {};
        if (!array.at(index).isObject()) {
            fail(indexPath(path, index),
                 Text::tr("%1 must be an object.").arg(indexPath(path, index)));
            return {};
        }
        return array.at(index).toObject();
    }

    QStringList strings(const QJsonObject &object, const QString &key, const QString &prefix,
                        const QRegularExpression &pattern, const QString &what)
    {
        const QJsonArray list = array(object, key, prefix, false, 0, 100);
        QStringList values;
        for (qsizetype i = 0; i < list.size() && ok(); ++i) {
            const QString path = indexPath(joinPath(prefix, key), i);
            if (!list.at(i).isString() || !pattern.match(list.at(i).toString()).hasMatch()) {
                fail(path, Text::tr("%1 must be %2.").arg(path, what));
                return {};
            }
            values.append(list.at(i).toString());
        }
        return values;
    }

private:
    QString m_field;
    QString m_message;
    QString m_mnemonic;
};

// ---- the methods --------------------------------------------------------------------------

const QString kAccessToken = QStringLiteral("access_token");

// What one method call answers: its data (and extra metadata), or a params problem.
struct Outcome {
    QJsonValue data;
    QJsonObject metadata;
    Params problem;
};

QJsonObject stageJson(const QString &extId, const QString &name, const QString &status,
                      qint64 order)
{
    return QJsonObject { { QStringLiteral("stage_name"), name },
                         { QStringLiteral("stage_ext_id"), extId },
                         { QStringLiteral("stage_status"), status },
                         { QStringLiteral("stage_order"), order } };
}

// Adds `object` under its ext_id, counting how often that ext_id arrived. A repeated ext_id
// replaces what was there (the sandbox is lenient; the exporter never sends one twice).
void store(QMap<QString, QJsonObject> *map, const QString &extId, QJsonObject object)
{
    object.insert(QStringLiteral("received"),
                  map->value(extId).value(QStringLiteral("received")).toInt() + 1);
    map->insert(extId, object);
}

Outcome createFunnel(AnalyticsState &state, const QJsonObject &params)
{
    Outcome outcome;
    Params &p = outcome.problem;
    p.onlyKnown(params,
                { kAccessToken, QStringLiteral("ext_id"), QStringLiteral("name"),
                  QStringLiteral("stages") },
                {});
    const QString extId = p.text(params, QStringLiteral("ext_id"), {});
    const QString name = p.text(params, QStringLiteral("name"), {});
    const QJsonObject stages = p.object(params, QStringLiteral("stages"), {});
    p.onlyKnown(
        stages,
        { QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("in_process") },
        QStringLiteral("stages"));
    QJsonArray list;
    QSet<QString> stageIds;
    QSet<qint64> orders;
    auto checkId = [&](const QString &id, const QString &path) {
        if (p.ok() && stageIds.contains(id)) {
            p.fail(path,
                   Text::tr("%1: the stage ext_id %2 is used twice in this funnel.").arg(path, id),
                   QStringLiteral("duplicate_ext_id"));
        }
        stageIds.insert(id);
    };
    const QJsonArray inProcess
        = p.array(stages, QStringLiteral("in_process"), QStringLiteral("stages"), true, 1, 100);
    for (qsizetype i = 0; i < inProcess.size() && p.ok(); ++i) {
        const QString path = indexPath(QStringLiteral("stages.in_process"), i);
        const QJsonObject stage = p.item(inProcess, i, QStringLiteral("stages.in_process"));
        p.onlyKnown(stage,
                    { QStringLiteral("ext_id"), QStringLiteral("name"), QStringLiteral("order") },
                    path);
        const QString id = p.text(stage, QStringLiteral("ext_id"), path);
        const QString stageName = p.text(stage, QStringLiteral("name"), path);
        const qint64 order = p.integer(stage, QStringLiteral("order"), path, 0, kMaxStageOrder);
        checkId(id, joinPath(path, QStringLiteral("ext_id")));
        if (p.ok() && orders.contains(order)) {
            p.fail(joinPath(path, QStringLiteral("order")),
                   Text::tr("%1: the order %2 is used twice in this funnel.")
                       .arg(joinPath(path, QStringLiteral("order")))
                       .arg(order));
        }
        orders.insert(order);
        list.append(stageJson(id, stageName, QStringLiteral("in_process"), order));
    }
    for (const auto &[key, order] : { std::pair { QStringLiteral("success"), kSuccessStageOrder },
                                      std::pair { QStringLiteral("failed"), kFailedStageOrder } }) {
        const QString path = joinPath(QStringLiteral("stages"), key);
        const QJsonObject stage = p.object(stages, key, QStringLiteral("stages"));
        p.onlyKnown(stage, { QStringLiteral("ext_id"), QStringLiteral("name") }, path);
        const QString id = p.text(stage, QStringLiteral("ext_id"), path);
        const QString stageName = p.text(stage, QStringLiteral("name"), path);
        checkId(id, joinPath(path, QStringLiteral("ext_id")));
        list.append(stageJson(id, stageName, key, order));
    }
    if (!p.ok())
        return outcome;
    QJsonArray sorted;
    QList<QJsonObject> ordered;
    for (const QJsonValue &stage : std::as_const(list))
        ordered.append(stage.toObject());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         return a.value(QStringLiteral("stage_order")).toInteger()
                             < b.value(QStringLiteral("stage_order")).toInteger();
                     });
    for (const QJsonObject &stage : std::as_const(ordered))
        sorted.append(stage);
    store(&state.funnels, extId,
          QJsonObject { { QStringLiteral("ext_id"), extId },
                        { QStringLiteral("name"), name },
                        { QStringLiteral("stages"), sorted } });
    outcome.data = QJsonObject { { QStringLiteral("ext_id"), extId } };
    return outcome;
}

Outcome getFunnels(AnalyticsState &state, const QJsonObject &params)
{
    Outcome outcome;
    Params &p = outcome.problem;
    p.onlyKnown(params, { kAccessToken, QStringLiteral("filter") }, {});
    QString field;
    QString value;
    if (p.ok() && params.contains(QStringLiteral("filter"))) {
        const QJsonObject filter = p.object(params, QStringLiteral("filter"), {});
        p.onlyKnown(
            filter,
            { QStringLiteral("field"), QStringLiteral("operator"), QStringLiteral("value") },
            QStringLiteral("filter"));
        field = p.text(filter, QStringLiteral("field"), QStringLiteral("filter"));
        const QString op = p.text(filter, QStringLiteral("operator"), QStringLiteral("filter"));
        value = p.text(filter, QStringLiteral("value"), QStringLiteral("filter"));
        if (p.ok() && field != QLatin1String("ext_id") && field != QLatin1String("name"))
            p.fail(QStringLiteral("filter.field"),
                   Text::tr("filter.field must be ext_id or name."));
        if (p.ok() && op != QLatin1String("="))
            p.fail(QStringLiteral("filter.operator"), Text::tr("filter.operator must be \"=\"."));
    }
    if (!p.ok())
        return outcome;
    QJsonArray funnels;
    for (QJsonObject funnel : std::as_const(state.funnels)) {
        if (!field.isEmpty() && funnel.value(field).toString() != value)
            continue;
        funnel.remove(QStringLiteral("received"));
        funnels.append(funnel);
    }
    outcome.data = funnels;
    outcome.metadata.insert(QStringLiteral("total_items"), funnels.size());
    return outcome;
}

Outcome createEmployee(AnalyticsState &state, const QJsonObject &params)
{
    Outcome outcome;
    Params &p = outcome.problem;
    p.onlyKnown(params, { kAccessToken, QStringLiteral("ext_id"), QStringLiteral("name") }, {});
    const QString extId = p.text(params, QStringLiteral("ext_id"), {});
    const QString name = p.text(params, QStringLiteral("name"), {});
    if (!p.ok())
        return outcome;
    store(&state.employees, extId,
          QJsonObject { { QStringLiteral("ext_id"), extId }, { QStringLiteral("name"), name } });
    outcome.data = QJsonObject { { QStringLiteral("ext_id"), extId } };
    return outcome;
}

Outcome createContacts(AnalyticsState &state, const QJsonObject &params)
{
    static const QRegularExpression phone(QStringLiteral("^[0-9]{5,15}$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    Outcome outcome;
    Params &p = outcome.problem;
    p.onlyKnown(params, { kAccessToken, QStringLiteral("contacts") }, {});
    const QJsonArray contacts
        = p.array(params, QStringLiteral("contacts"), {}, true, 1, kMaxItemsPerCall);
    QList<QJsonObject> accepted;
    QSet<QString> seen;
    for (qsizetype i = 0; i < contacts.size() && p.ok(); ++i) {
        const QString path = indexPath(QStringLiteral("contacts"), i);
        const QJsonObject contact = p.item(contacts, i, QStringLiteral("contacts"));
        p.onlyKnown(contact,
                    { QStringLiteral("ext_id"), QStringLiteral("name"),
                      QStringLiteral("created_date_time"), QStringLiteral("phone_numbers"),
                      QStringLiteral("emails") },
                    path);
        const QString extId = p.text(contact, QStringLiteral("ext_id"), path);
        p.text(contact, QStringLiteral("name"), path);
        p.time(contact, QStringLiteral("created_date_time"), path, true);
        p.strings(contact, QStringLiteral("phone_numbers"), path, phone,
                  Text::tr("a phone number of 5 to 15 digits, such as 79000000000"));
        p.strings(contact, QStringLiteral("emails"), path, email, Text::tr("an e-mail address"));
        if (p.ok() && seen.contains(extId)) {
            p.fail(joinPath(path, QStringLiteral("ext_id")),
                   Text::tr("%1: the contact %2 is twice in this call.")
                       .arg(joinPath(path, QStringLiteral("ext_id")), extId),
                   QStringLiteral("duplicate_ext_id"));
        }
        seen.insert(extId);
        accepted.append(contact);
    }
    if (!p.ok())
        return outcome;
    QJsonArray ids;
    for (const QJsonObject &contact : std::as_const(accepted)) {
        const QString extId = contact.value(QStringLiteral("ext_id")).toString();
        store(&state.contacts, extId, contact);
        ids.append(extId);
    }
    outcome.data = QJsonObject { { QStringLiteral("ext_ids"), ids } };
    return outcome;
}

// The stages of a received funnel by ext_id, with their status.
QMap<QString, QString> funnelStages(const QJsonObject &funnel)
{
    QMap<QString, QString> stages;
    for (const QJsonValue &stage : funnel.value(QStringLiteral("stages")).toArray())
        stages.insert(stage[QLatin1String("stage_ext_id")].toString(),
                      stage[QLatin1String("stage_status")].toString());
    return stages;
}

Outcome uploadHistory(AnalyticsState &state, const QJsonObject &params)
{
    static const QStringList known {
        QStringLiteral("ext_id"),
        QStringLiteral("name"),
        QStringLiteral("created_date_time"),
        QStringLiteral("modified_date_time"),
        QStringLiteral("modified_stage_date_time"),
        QStringLiteral("closed_date_time"),
        QStringLiteral("contact_ext_ids"),
        QStringLiteral("main_contact_ext_id"),
        QStringLiteral("employee_ext_id"),
        QStringLiteral("sales_funnel_ext_id"),
        QStringLiteral("stage_ext_id"),
        QStringLiteral("revenue"),
        QStringLiteral("comments"),
        QStringLiteral("is_generated"),
    };
    static const QRegularExpression anyId(QStringLiteral("^.{1,255}$"));
    Outcome outcome;
    Params &p = outcome.problem;
    p.onlyKnown(params, { kAccessToken, QStringLiteral("deals") }, {});
    const QJsonArray deals
        = p.array(params, QStringLiteral("deals"), {}, true, 1, kMaxItemsPerCall);
    QList<QJsonObject> accepted;
    for (qsizetype i = 0; i < deals.size() && p.ok(); ++i) {
        const QString path = indexPath(QStringLiteral("deals"), i);
        const QJsonObject deal = p.item(deals, i, QStringLiteral("deals"));
        p.onlyKnown(deal, known, path);
        p.text(deal, QStringLiteral("ext_id"), path);
        p.text(deal, QStringLiteral("name"), path);
        p.time(deal, QStringLiteral("created_date_time"), path, true);
        p.time(deal, QStringLiteral("modified_date_time"), path, false);
        p.time(deal, QStringLiteral("modified_stage_date_time"), path, true);
        p.time(deal, QStringLiteral("closed_date_time"), path, false);
        const QStringList contactIds = p.strings(deal, QStringLiteral("contact_ext_ids"), path,
                                                 anyId, Text::tr("a contact's ext_id"));
        const QString mainContact
            = p.text(deal, QStringLiteral("main_contact_ext_id"), path, false);
        const QString employee = p.text(deal, QStringLiteral("employee_ext_id"), path, false);
        const QString funnelId = p.text(deal, QStringLiteral("sales_funnel_ext_id"), path);
        const QString stageId = p.text(deal, QStringLiteral("stage_ext_id"), path);
        p.text(deal, QStringLiteral("comments"), path, false, kMaxCommentLength);
        if (p.ok() && deal.contains(QStringLiteral("revenue"))
            && (!deal.value(QStringLiteral("revenue")).isDouble()
                || deal.value(QStringLiteral("revenue")).toDouble() < 0)) {
            p.fail(joinPath(path, QStringLiteral("revenue")),
                   Text::tr("%1 must be a number of 0 or more.")
                       .arg(joinPath(path, QStringLiteral("revenue"))));
        }
        if (p.ok() && deal.contains(QStringLiteral("is_generated"))
            && !deal.value(QStringLiteral("is_generated")).isBool()) {
            p.fail(joinPath(path, QStringLiteral("is_generated")),
                   Text::tr("%1 must be true or false.")
                       .arg(joinPath(path, QStringLiteral("is_generated"))));
        }
        if (!p.ok())
            break;
        // References must name what was created before, as the service's own checks do.
        if (!state.funnels.contains(funnelId)) {
            p.fail(joinPath(path, QStringLiteral("sales_funnel_ext_id")),
                   Text::tr("There is no sales funnel %1; create it with create.sales_funnel "
                            "first.")
                       .arg(funnelId),
                   QStringLiteral("entity_not_found"));
        } else if (!funnelStages(state.funnels.value(funnelId)).contains(stageId)) {
            p.fail(joinPath(path, QStringLiteral("stage_ext_id")),
                   Text::tr("The sales funnel %1 has no stage %2.").arg(funnelId, stageId),
                   QStringLiteral("entity_not_found"));
        } else if (!employee.isEmpty() && !state.employees.contains(employee)) {
            p.fail(joinPath(path, QStringLiteral("employee_ext_id")),
                   Text::tr("There is no employee %1; create it with create.deal_employees "
                            "first.")
                       .arg(employee),
                   QStringLiteral("entity_not_found"));
        }
        for (qsizetype c = 0; c < contactIds.size() && p.ok(); ++c) {
            if (!state.contacts.contains(contactIds.at(c))) {
                p.fail(indexPath(joinPath(path, QStringLiteral("contact_ext_ids")), c),
                       Text::tr("There is no contact %1; create it with create.deal_contacts "
                                "first.")
                           .arg(contactIds.at(c)),
                       QStringLiteral("entity_not_found"));
            }
        }
        if (p.ok() && !mainContact.isEmpty() && !contactIds.contains(mainContact)) {
            p.fail(joinPath(path, QStringLiteral("main_contact_ext_id")),
                   Text::tr("main_contact_ext_id %1 must be one of contact_ext_ids.")
                       .arg(mainContact));
        }
        accepted.append(deal);
    }
    if (!p.ok())
        return outcome;
    QJsonArray ids;
    for (const QJsonObject &record : std::as_const(accepted)) {
        const QString extId = record.value(QStringLiteral("ext_id")).toString();
        QJsonObject deal = state.deals.value(extId);
        if (deal.isEmpty())
            ids.append(extId);
        QJsonArray history = deal.value(QStringLiteral("history")).toArray();
        // One entry per stage and entry time; a repeated one replaces it and counts again.
        int received = 1;
        for (qsizetype i = 0; i < history.size(); ++i) {
            const QJsonObject old = history.at(i).toObject();
            if (old.value(QStringLiteral("stage_ext_id"))
                    == record.value(QStringLiteral("stage_ext_id"))
                && old.value(QStringLiteral("modified_stage_date_time"))
                    == record.value(QStringLiteral("modified_stage_date_time"))) {
                received = old.value(QStringLiteral("received")).toInt() + 1;
                history.removeAt(i);
                break;
            }
        }
        QJsonObject entry = record;
        entry.insert(QStringLiteral("received"), received);
        history.append(entry);
        for (const QString &key :
             { QStringLiteral("ext_id"), QStringLiteral("name"),
               QStringLiteral("created_date_time"), QStringLiteral("sales_funnel_ext_id"),
               QStringLiteral("stage_ext_id"), QStringLiteral("contact_ext_ids"),
               QStringLiteral("main_contact_ext_id"), QStringLiteral("employee_ext_id") }) {
            if (record.contains(key))
                deal.insert(key, record.value(key));
        }
        deal.insert(QStringLiteral("history"), history);
        state.deals.insert(extId, deal);
    }
    outcome.data = QJsonObject { { QStringLiteral("ext_ids"), ids },
                                 { QStringLiteral("records"), accepted.size() } };
    return outcome;
}

// How many items a call carries, for the call log.
int itemCount(const QString &name, const QJsonObject &params)
{
    if (name == method::createContacts)
        return int(params.value(QStringLiteral("contacts")).toArray().size());
    if (name == method::uploadHistory)
        return int(params.value(QStringLiteral("deals")).toArray().size());
    return 1;
}

// ---- one call -----------------------------------------------------------------------------

struct Call {
    QJsonValue id;
    bool notification = false;
    QString method;
    QJsonObject params;
    std::optional<QJsonObject> answer; // decided before the limits: an invalid call
    bool counted = false; // within the limits
};

bool validId(const QJsonValue &id)
{
    return id.isString() || id.isDouble() || id.isNull();
}

Call readCall(const QJsonValue &value)
{
    Call call;
    // An invalid request is always answered (with a null id when its id is unreadable).
    auto invalid = [&call](const QString &why) {
        call.notification = false;
        call.answer = rpcError(
            call.id, kInvalidRequest, Text::tr("This is not a JSON-RPC 2.0 request: %1").arg(why),
            QJsonObject { { QStringLiteral("mnemonic"), QStringLiteral("invalid_request") } });
    };
    if (!value.isObject()) {
        invalid(Text::tr("it must be an object."));
        return call;
    }
    const QJsonObject object = value.toObject();
    call.notification = !object.contains(QStringLiteral("id"));
    if (!call.notification) {
        if (!validId(object.value(QStringLiteral("id")))) {
            invalid(Text::tr("\"id\" must be a string, a number or null."));
            return call;
        }
        call.id = object.value(QStringLiteral("id"));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!QStringList { QStringLiteral("jsonrpc"), QStringLiteral("id"),
                           QStringLiteral("method"), QStringLiteral("params") }
                 .contains(it.key())) {
            invalid(Text::tr("\"%1\" is not a member of a request.").arg(it.key().left(50)));
            return call;
        }
    }
    if (object.value(QStringLiteral("jsonrpc")) != QJsonValue(QStringLiteral("2.0"))) {
        invalid(Text::tr("\"jsonrpc\" must be \"2.0\"."));
        return call;
    }
    if (!object.value(QStringLiteral("method")).isString()) {
        invalid(Text::tr("\"method\" must be a string."));
        return call;
    }
    call.method = object.value(QStringLiteral("method")).toString();
    const QJsonValue params = object.value(QStringLiteral("params"));
    if (!params.isUndefined() && !params.isObject() && !params.isArray()) {
        invalid(Text::tr("\"params\" must be an object or an array."));
        return call;
    }
    if (!kMethods.contains(call.method)) {
        call.answer = rpcError(
            call.id, kMethodNotFound,
            Text::tr("There is no method \"%1\". Methods: %2.")
                .arg(call.method.left(100), kMethods.join(QStringLiteral(", "))),
            QJsonObject { { QStringLiteral("mnemonic"), QStringLiteral("method_not_found") } });
        return call;
    }
    if (params.isArray()) {
        call.answer = rpcError(
            call.id, kInvalidParams,
            Text::tr("params must be an object with named parameters, not an array."),
            QJsonObject { { QStringLiteral("mnemonic"), QStringLiteral("invalid_parameter") },
                          { QStringLiteral("field"), QStringLiteral("params") } });
        return call;
    }
    call.params = params.toObject();
    return call;
}

bool knownToken(ApiContext &context, const QJsonValue &token)
{
    if (!token.isString() || token.toString().isEmpty() || token.toString().size() > 1024)
        return false;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(token.toString().toUtf8(), QCryptographicHash::Sha256).toHex());
    QSqlQuery query(context.db);
    return execQuery(query, QStringLiteral("SELECT 1 FROM users WHERE token_sha256 = ?"), { hash })
        && query.next();
}

// Runs a counted call: its method, or the params problem it found.
QJsonObject runCall(AnalyticsState &state, const Call &call, const QJsonObject &limits)
{
    Outcome outcome;
    if (call.method == method::createFunnel)
        outcome = createFunnel(state, call.params);
    else if (call.method == method::getFunnel)
        outcome = getFunnels(state, call.params);
    else if (call.method == method::createEmployees)
        outcome = createEmployee(state, call.params);
    else if (call.method == method::createContacts)
        outcome = createContacts(state, call.params);
    else
        outcome = uploadHistory(state, call.params);
    if (!outcome.problem.ok()) {
        QJsonObject data { { QStringLiteral("mnemonic"), outcome.problem.mnemonic() },
                           { QStringLiteral("field"), outcome.problem.field() },
                           { QStringLiteral("metadata"),
                             QJsonObject { { QStringLiteral("limits"), limits } } } };
        return rpcError(call.id, kInvalidParams, outcome.problem.message(), data);
    }
    QJsonObject metadata = outcome.metadata;
    metadata.insert(QStringLiteral("limits"), limits);
    return rpcResult(call.id, outcome.data, metadata);
}

HttpReply analyticsRpc(ApiContext &context, const ApiRequest &request)
{
    const QByteArray type = request.call.header("Content-Type").trimmed().toLower();
    if (!type.startsWith("application/json")) {
        return HttpReply::error(400, QStringLiteral("unsupported_content_type"),
                                Text::tr("The body must be JSON sent with "
                                         "Content-Type: application/json."));
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(request.call.body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        return HttpReply::json(200,
                               rpcError(QJsonValue(QJsonValue::Null), kParseError,
                                        Text::tr("The body is not valid JSON (%1 at offset %2).")
                                            .arg(parse.errorString())
                                            .arg(parse.offset),
                                        QJsonObject { { QStringLiteral("mnemonic"),
                                                        QStringLiteral("parse_error") } }));
    }
    const bool batch = document.isArray();
    const QJsonArray values = batch ? document.array() : QJsonArray { document.object() };
    if (batch && (values.isEmpty() || values.size() > kMaxBatchCalls)) {
        return HttpReply::json(
            200,
            rpcError(
                QJsonValue(QJsonValue::Null), kInvalidRequest,
                Text::tr("A batch must hold 1 to %1 requests.").arg(kMaxBatchCalls),
                QJsonObject { { QStringLiteral("mnemonic"), QStringLiteral("invalid_request") } }));
    }

    AnalyticsState &state = *context.analytics;
    const QMutexLocker lock(&state.mutex());
    QList<Call> calls;
    int toCount = 0;
    for (const QJsonValue &value : values) {
        Call call = readCall(value);
        if (!call.answer && call.method != method::getReceived
            && !knownToken(context, call.params.value(kAccessToken))) {
            call.answer = rpcError(
                call.id, kAccessDenied,
                Text::tr("params.access_token is missing or unknown. Send the token of a CRM "
                         "user."),
                QJsonObject { { QStringLiteral("mnemonic"), QStringLiteral("access_denied") },
                              { QStringLiteral("field"), QStringLiteral("access_token") } });
        }
        if (!call.answer && call.method != method::getReceived)
            ++toCount;
        calls.append(call);
    }

    // The limits count calls, the batch as a whole: it is admitted entirely or not at all.
    const qint64 now = state.roll();
    qint64 retryAfter = 0;
    bool dayLimit = false;
    const bool admitted = toCount == 0 || state.admit(toCount, now, &retryAfter, &dayLimit);
    const QJsonObject limits = state.limits(now);
    QJsonArray answers;
    for (Call &call : calls) {
        QJsonObject answer;
        if (call.answer) {
            answer = *call.answer;
        } else if (call.method == method::getReceived) {
            answer = rpcResult(call.id, state.received(),
                               QJsonObject { { QStringLiteral("limits"), limits } });
        } else if (!admitted) {
            const QString message = dayLimit
                ? Text::tr("The limit of %1 calls a day is used up. Try again in %2 s.")
                      .arg(state.options().perDay)
                      .arg(retryAfter)
                : Text::tr("The limit of %1 calls a minute is used up. Try again in %2 s.")
                      .arg(state.options().perMinute)
                      .arg(retryAfter);
            answer = rpcError(
                call.id, kLimitExceeded, message,
                QJsonObject { { QStringLiteral("mnemonic"), QStringLiteral("limit_exceeded") },
                              { QStringLiteral("metadata"),
                                QJsonObject { { QStringLiteral("limits"), limits } } } });
        } else {
            state.recordCall(call.method, now, itemCount(call.method, call.params));
            answer = runCall(state, call, limits);
        }
        if (!call.notification)
            answers.append(answer);
    }

    HttpReply reply;
    if (answers.isEmpty()) {
        reply.status = admitted ? 204 : 429; // only notifications: JSON-RPC answers nothing
    } else {
        reply = HttpReply::json(admitted ? 200 : 429,
                                batch ? QJsonValue(answers) : QJsonValue(answers.first()));
    }
    if (!admitted)
        reply.setHeader("Retry-After", QByteArray::number(retryAfter));
    return reply;
}

} // namespace

std::vector<Route> analyticsRoutes()
{
    return {
        { "POST", "/api/v1/analytics/rpc", Access::AnyUser, false, &analyticsRpc },
    };
}

} // namespace opc::sandbox
