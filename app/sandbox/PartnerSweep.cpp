#include "core/partner/PartnerRules.h"
#include "sandbox/ApiSupport.h"
#include "sandbox/PartnerSupport.h"

#include <QSqlError>

// The sweep brings the partner data up to the sandbox clock, as the platform's daily job would:
// first the NFR line (renewed free or ended at its expiry, partner::nfrAtExpiry), then the
// expiry notices (7 days before a line expires and when it has expired, once per line and
// expiry). It is idempotent, so it may run as often as anyone likes: whenever the clock moves
// and before the notifications, the profile or the lines are read.

namespace opc::sandbox {

namespace {

bool fail(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

// Every NFR line whose expiry passed is decided, expiry after expiry: a clock moved on by half a
// year may renew it twice and then end it.
bool sweepNfrLines(QSqlDatabase &db, const QDate &today, QString *error)
{
    QSqlQuery lines(db);
    if (!execQuery(lines,
                   QStringLiteral("SELECT id, expires_at FROM partner_lines WHERE is_nfr = 1 AND "
                                  "nfr_ended = 0")))
        return fail(lines, error);
    QList<std::pair<qint64, QDateTime>> due;
    while (lines.next()) {
        const QDateTime expires = storedTime(lines.value(1).toString());
        if (partner::lineStatusOn(today, expires.date()) == partner::LineStatus::Expired)
            due.append({ lines.value(0).toLongLong(), expires });
    }
    if (due.isEmpty())
        return true;
    QSqlQuery payments(db);
    if (!execQuery(payments, QStringLiteral("SELECT paid_at FROM partner_client_payments")))
        return fail(payments, error);
    QList<QDate> paid;
    while (payments.next())
        paid.append(storedDate(payments.value(0).toString()));
    for (auto [id, expires] : due) {
        bool ended = false;
        while (!ended
               && partner::lineStatusOn(today, expires.date()) == partner::LineStatus::Expired) {
            const partner::NfrDecision decision = partner::nfrAtExpiry(expires.date(), paid);
            if (decision.renew)
                expires = QDateTime(decision.newExpiry, expires.time(), Qt::UTC);
            else
                ended = true;
        }
        QSqlQuery write(db);
        if (!execQuery(write,
                       QStringLiteral("UPDATE partner_lines SET expires_at = ?, nfr_ended = ?, "
                                      "version = version + 1 WHERE id = ?"),
                       { expires.toString(Qt::ISODateWithMs), ended ? 1 : 0, id }))
            return fail(write, error);
    }
    return true;
}

// The notices due today: line_expiring while 1–7 days are left, line_expired once the expiry
// date has come. A notice that is no longer true is not sent late: a clock moved past a line's
// expiry in one step sends only line_expired. The unique index on (line, kind, expiry) makes each
// one happen once; a renewed line has a new expiry and so gets notices again.
bool sendExpiryNotices(QSqlDatabase &db, const QDate &today, const QString &now, QString *error)
{
    QSqlQuery lines(db);
    if (!execQuery(lines, QStringLiteral("SELECT id, expires_at FROM partner_lines")))
        return fail(lines, error);
    QList<std::pair<qint64, QString>> expiring;
    QList<std::pair<qint64, QString>> expired;
    while (lines.next()) {
        const QString expiresAt = lines.value(1).toString();
        switch (partner::lineStatusOn(today, storedDate(expiresAt))) {
        case partner::LineStatus::Expiring7:
            expiring.append({ lines.value(0).toLongLong(), expiresAt });
            break;
        case partner::LineStatus::Expired:
            expired.append({ lines.value(0).toLongLong(), expiresAt });
            break;
        case partner::LineStatus::Active:
        case partner::LineStatus::Expiring30:
            break;
        }
    }
    const QString insert = QStringLiteral(
        "INSERT OR IGNORE INTO partner_notifications (kind, line_id, line_code, client_id, "
        "client_account_id, client_email, organisation, project, expires_at, created_at) SELECT "
        "?, l.id, l.line_id, c.id, c.account_id, c.email, c.organisation, COALESCE(l.project, "
        "c.project), ?, ? FROM partner_lines l JOIN partner_clients c ON c.id = l.client_id "
        "WHERE l.id = ?");
    for (const auto &[kind, list] : { std::pair { QStringLiteral("line_expiring"), expiring },
                                      std::pair { QStringLiteral("line_expired"), expired } }) {
        for (const auto &[id, expiresAt] : list) {
            QSqlQuery write(db);
            if (!execQuery(write, insert, { kind, expiresAt, now, id }))
                return fail(write, error);
        }
    }
    return true;
}

} // namespace

bool sweepPartner(ApiContext &context, QString *error)
{
    const QDate today = partnerToday(context);
    if (!context.db.transaction()) {
        *error = context.db.lastError().text();
        return false;
    }
    if (!sweepNfrLines(context.db, today, error)
        || !sendExpiryNotices(context.db, today, partnerNowIso(context), error)) {
        context.db.rollback();
        return false;
    }
    if (!context.db.commit()) {
        *error = context.db.lastError().text();
        context.db.rollback();
        return false;
    }
    return true;
}

} // namespace opc::sandbox
