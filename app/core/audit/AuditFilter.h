#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace opc {

// Which audit events a team lead wants: the filters of the viewer, of the export and of
// `GET /api/v1/audit/events`, `/audit/activity`. Empty fields do not filter. One type on both
// sides of the wire, so the console, the CLI and the sandbox read a query the same way.
struct AuditFilter {
    QString actor; // user id, exact
    QString action; // exact, or a prefix ending in ".*" ("merge.*")
    QString entity; // one of the event's entity ids, exact
    QString operation; // operation id, exact
    QString text; // free text: a case-insensitive substring of the event's text
    QDateTime from; // events that occurred at or after this instant (invalid: no bound)
    QDateTime to; // events that occurred before this instant (exclusive)

    bool isEmpty() const;
    // The query items of the contract: actor, action, entity, operation, text, from, to (UTC,
    // ISO 8601 with milliseconds). Empty fields are left out.
    QUrlQuery toQuery() const;
    void addTo(QUrlQuery &query) const;

    // Reads those items. A bad one gives nullopt and its name in `badField`; `from`/`to` also
    // take a plain date (YYYY-MM-DD, a UTC day; `to` then includes that whole day). A text
    // field over kMaxFieldLength characters, text under kMinTextLength, an unreadable time and
    // `to` not after `from` are bad.
    static std::optional<AuditFilter> fromQuery(const QUrlQuery &query, QString *badField);

    // A bound of `from`/`to`: a plain date (YYYY-MM-DD) is the midnight starting that day in
    // `plainDateSpec` (UTC on the wire, the local day for people), the next midnight with
    // `endOfDay` so the day is included; a date and time must carry Z or an offset. In UTC;
    // nullopt when unreadable.
    static std::optional<QDateTime> readBound(const QString &text, bool endOfDay,
                                              Qt::TimeSpec plainDateSpec);

    // The instant a stored event's occurred_at is compared with (fixed-width UTC text, so
    // SQL can compare it as text).
    static QString wireTime(const QDateTime &time);

    static constexpr int kMaxFieldLength = 200;
    // Free text shorter than this matches nearly everything, and the CRM's trigram index
    // cannot look it up: refused on both sides.
    static constexpr int kMinTextLength = 3;

    friend bool operator==(const AuditFilter &a, const AuditFilter &b);
    friend bool operator!=(const AuditFilter &a, const AuditFilter &b) { return !(a == b); }
};

} // namespace opc
