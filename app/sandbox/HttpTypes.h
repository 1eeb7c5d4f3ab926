#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace opc::sandbox {

// Translation context of every message the sandbox sends to people (error bodies, CLI lines).
class Text final {
    Q_DECLARE_TR_FUNCTIONS(opc::sandbox::Text)
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as the sandbox sees it. Plain values: nothing of QHttpServer leaks past
// HttpServerBackend, whose API differs between Qt 6.4 and later versions.
struct HttpCall {
    QByteArray method; // "GET", "POST", ...; "UNKNOWN" for methods QHttpServer does not name
    QString path; // decoded path, e.g. "/api/v1/students/11"
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;

    // The first header with this name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// One HTTP answer. `drop` closes the connection without answering (fault injection).
struct HttpReply {
    int status = 200;
    HeaderList headers;
    QByteArray body;
    bool drop = false;

    HttpReply &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpReply json(int status, const QJsonValue &body);
    // The contract's one error body: {"error":{"code","message","field"}}.
    static HttpReply error(int status, const QString &code, const QString &message,
                           const QString &field = {});
};

// Delivers the answer to one call. Called exactly once, possibly later (latency faults).
using Respond = std::function<void(const HttpReply &)>;

} // namespace opc::sandbox
