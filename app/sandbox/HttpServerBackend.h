#pragma once

#include "sandbox/HttpTypes.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace opc::sandbox {

// The one place that knows QHttpServer's API, which changed after Qt 6.4: it turns each request
// into an HttpCall and writes the HttpReply the handler delivers back, possibly later.
//
// Dropping a connection: on Qt 6.4 the socket is aborted, so the client sees the connection
// closed without any answer. Qt 6.5 and later hand out only a responder, no socket; there the
// responder is destroyed without writing anything, and the client sees the request end without
// a reply (closed connection or, depending on the Qt version, a timeout on its side).
class HttpServerBackend final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServerBackend)

public:
    using Handler = std::function<void(const HttpCall &call, Respond respond)>;

    explicit HttpServerBackend(Handler handler, QObject *parent = nullptr);
    ~HttpServerBackend() override;

    // Listens through our own QTcpServer (bind() exists in every Qt 6 version we support).
    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QHostAddress address() const;

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    // 6.9 passes the missing handler's responder by lvalue reference.
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    Handler m_handler;
    QTcpServer *m_tcpServer = nullptr;
};

} // namespace opc::sandbox
