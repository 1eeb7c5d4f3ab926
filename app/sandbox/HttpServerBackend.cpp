#include "sandbox/HttpServerBackend.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace opc::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

HttpCall toCall(const QHttpServerRequest &request)
{
    HttpCall call;
    call.method = methodName(request.method());
    call.path = request.url().path(QUrl::FullyDecoded);
    call.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // 6.8 hands the headers over as QHttpHeaders, read by index.
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        call.headers.append(
            { QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray() });
    }
#else
    for (const auto &header : request.headers())
        call.headers.append({ header.first, header.second });
#endif
    call.body = request.body();
    return call;
}

using StatusCode = QHttpServerResponder::StatusCode;

// Writes a whole answer with headers known only at run time.
void writeReply(QHttpServerResponder &responder, const HttpReply &reply)
{
    const auto status = static_cast<StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &[name, value] : reply.headers)
        headers.append(QAnyStringView(name), QAnyStringView(value));
    responder.write(reply.body, headers, status); // adds Content-Length itself
#else
    // Before 6.8 the responder takes no QHttpHeaders: write the answer piece by piece.
    responder.writeStatusLine(status);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
#endif
}

HttpReply missingReply()
{
    return HttpReply::error(404, QStringLiteral("not_found"),
                            Text::tr("There is no such resource. Check the path against the "
                                     "contract (api/crm.openapi.json)."));
}

} // namespace

HttpServerBackend::HttpServerBackend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

HttpServerBackend::~HttpServerBackend() = default;

bool HttpServerBackend::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto server = std::make_unique<QTcpServer>(this);
    if (!server->listen(address, port)) {
        *error = Text::tr("Cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(server->errorString());
        return false;
    }
    m_tcpServer = server.release();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // From 6.8 bind() says whether it took the server.
    if (!bind(m_tcpServer)) {
        *error = Text::tr("Cannot serve HTTP on %1:%2.").arg(address.toString()).arg(port);
        return false;
    }
#else
    bind(m_tcpServer);
#endif
    return true;
}

quint16 HttpServerBackend::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QHostAddress HttpServerBackend::address() const
{
    return m_tcpServer ? m_tcpServer->serverAddress() : QHostAddress();
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

bool HttpServerBackend::handleRequest(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    // The responder is moved out so that a latency fault can answer after this returns.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    m_handler(toCall(request), [held](const HttpReply &reply) {
        if (!reply.drop)
            writeReply(*held, reply);
        // drop: no socket access here; the responder goes away without writing (see header).
    });
    return true;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
void HttpServerBackend::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#else
void HttpServerBackend::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#endif
{
    writeReply(responder, missingReply());
}

#else

bool HttpServerBackend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Kept alive until the handler answers, which a latency fault delays past this call; the
    // socket may be gone by then (client timed out), hence the guard.
    auto held = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    m_handler(toCall(request), [held, guard](const HttpReply &reply) {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (reply.drop) {
            // Queued: QAbstractHttpServer still reads from this socket after handleRequest.
            QMetaObject::invokeMethod(guard.data(), &QTcpSocket::abort, Qt::QueuedConnection);
            return;
        }
        writeReply(*held, reply);
    });
    return true;
}

void HttpServerBackend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, missingReply());
}

#endif

} // namespace opc::sandbox
