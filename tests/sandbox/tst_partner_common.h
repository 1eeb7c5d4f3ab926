#pragma once

// Shared by the partner API tests (tst_partner_*.cpp): a fresh demo sandbox with the test
// controls on, and the calls those tests make over loopback HTTP. The demo's partner data is
// made by tools/make-demo-fixture.py (partner()); the facts the tests lean on are named here.

#include "SandboxTestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

namespace opc::test::partner {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Demo lines (id: client, expiry relative to the fixture's load, channels).
inline constexpr qint64 kNfrLine = 1; // client 1, +3 d, telegram + whatsapp, the NFR line
inline constexpr qint64 kExpiredWabaLine = 4; // client 2, −30 d, waba
inline constexpr qint64 kThreeChannelLine = 5; // client 2, +120 d, whatsapp + telegram + max
inline constexpr qint64 kAvitoLine = 10; // client 5, +15 d, avito
inline constexpr qint64 kWhatsappLine = 14; // client 7, +120 d, whatsapp
inline constexpr qint64 kDisconnectedLine = 22; // client 11, +45 d, whatsapp/telegram/max off
// Demo clients: 2 has a cabinet the partner created; 3 was referred (no access); 12 was
// referred and granted access.
inline constexpr qint64 kCreatedClient = 2;
inline constexpr qint64 kReferredClient = 3;
inline constexpr qint64 kReferredWithAccessClient = 12;
inline constexpr qint64 kDemoRewardKopecks = 1'234'500;

inline QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

inline QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

inline QJsonObject errorOf(const Response &response)
{
    return response.json().value(QStringLiteral("error")).toObject();
}

inline QString errorField(const Response &response)
{
    return errorOf(response).value(QStringLiteral("field")).toString();
}

inline QString errorMessage(const Response &response)
{
    return errorOf(response).value(QStringLiteral("message")).toString();
}

// A demo sandbox in-process on its own thread; `testControls` serves /api/v1/_sandbox/*.
class PartnerSandbox final {
public:
    bool start(QString *error, bool testControls = true)
    {
        sandbox::SandboxOptions options = SandboxThread::demoOptions();
        options.faultInjection = testControls;
        m_thread = std::make_unique<SandboxThread>(options);
        if (!m_thread->start(error))
            return false;
        m_http = std::make_unique<Http>(m_thread->url());
        return true;
    }

    Http &http() { return *m_http; }

    Response get(const QString &path, const QByteArray &token = kAgentToken)
    {
        return m_http->get(path, token);
    }

    Response post(const QString &path, const QJsonObject &body,
                  const QByteArray &token = kAgentToken, const QByteArray &key = newKey())
    {
        return m_http->post(path, body, key, token);
    }

    Response order(const QJsonObject &body, const QByteArray &token = kAgentToken)
    {
        return post(QStringLiteral("/api/v1/partner/orders"), body, token);
    }

    Response patchLine(qint64 id, const QJsonObject &body, const QByteArray &etag)
    {
        Headers headers { { "Content-Type", "application/json" } };
        if (!etag.isEmpty())
            headers.append({ "If-Match", etag });
        return m_http->send("PATCH", QStringLiteral("/api/v1/partner/lines/%1").arg(id),
                            kAgentToken, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            headers);
    }

    QJsonObject line(qint64 id)
    {
        return get(QStringLiteral("/api/v1/partner/lines/%1").arg(id)).json();
    }

    QJsonObject profile() { return get(QStringLiteral("/api/v1/partner/profile")).json(); }

    Response moveClock(const QJsonObject &body, const QByteArray &token = kAdminToken)
    {
        return post(QStringLiteral("/api/v1/_sandbox/clock"), body, token);
    }

    // Stops the clock where it is (the answer's now) so that day counts are exact.
    QDateTime freezeClock() { return advanceDays(0); }

    QDateTime advanceDays(int days)
    {
        const Response moved = moveClock(QJsonObject { { QStringLiteral("advance_days"), days } });
        return fromIso(moved.json().value(QStringLiteral("now")).toString());
    }

    QDateTime setNow(const QDateTime &now)
    {
        const Response moved = moveClock(QJsonObject { { QStringLiteral("now"), iso(now) } });
        return fromIso(moved.json().value(QStringLiteral("now")).toString());
    }

    // Every notification, newest first, walking the pages.
    QJsonArray notifications(qint64 *unread = nullptr)
    {
        QJsonArray all;
        QString cursor;
        do {
            const Response page
                = get(QStringLiteral("/api/v1/partner/notifications?limit=7") + cursor);
            const QJsonObject body = page.json();
            for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
                all.append(item);
            if (unread)
                *unread = body.value(QStringLiteral("unread_count")).toInteger(-1);
            const QJsonValue next = body.value(QStringLiteral("next_cursor"));
            cursor = next.isString() ? QStringLiteral("&cursor=") + next.toString() : QString();
        } while (!cursor.isEmpty());
        return all;
    }

    // The notifications of one line and kind.
    QJsonArray notificationsOf(qint64 line, const QString &kind)
    {
        QJsonArray found;
        for (const QJsonValue &item : notifications()) {
            if (item[QStringLiteral("partner_line_id")].toInteger() == line
                && item[QStringLiteral("kind")].toString() == kind)
                found.append(item);
        }
        return found;
    }

private:
    std::unique_ptr<SandboxThread> m_thread;
    std::unique_ptr<Http> m_http;
};

// A 422 (or the given status) naming `field`, with a message for people.
inline bool isRefusal(const Response &response, const QString &field, int status = 422)
{
    return response.status == status && response.hasErrorBody() && errorField(response) == field
        && !errorMessage(response).isEmpty();
}

} // namespace opc::test::partner
