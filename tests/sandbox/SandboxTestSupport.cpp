#include "SandboxTestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTimer>

namespace opc::test {

SandboxThread::SandboxThread(sandbox::SandboxOptions options)
    : m_options(std::move(options)), m_context(new QObject)
{
    m_context->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_thread.start();
}

SandboxThread::~SandboxThread()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

bool SandboxThread::start(QString *error)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_server = new sandbox::SandboxServer(m_options);
            ok = m_server->start(error);
            m_url = m_server->url();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

sandbox::SandboxOptions SandboxThread::demoOptions(const QString &db)
{
    sandbox::SandboxOptions options;
    options.databasePath = db;
    options.fixture = QStringLiteral("demo");
    options.faultInjection = true;
    return options;
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool Response::hasErrorBody() const
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject root = document.object();
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    const QJsonValue field = error.value(QStringLiteral("field"));
    return root.size() == 1 && error.size() == 3
        && !error.value(QStringLiteral("code")).toString().isEmpty()
        && !error.value(QStringLiteral("message")).toString().isEmpty()
        && (field.isNull() || field.isString());
}

bool Response::isError(const QString &code) const
{
    return hasErrorBody()
        && json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString()
        == code;
}

Http::Http(QUrl base) : m_base(std::move(base))
{
}

Response Http::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &token,
                    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(15000);
    loop.exec();
    Response response;
    if (!reply->isFinished()) {
        reply->abort();
        response.networkError = QNetworkReply::TimeoutError;
    } else {
        response.networkError = reply->error();
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.elapsedMs = clock.elapsed();
    reply->deleteLater();
    return response;
}

Response Http::get(const QString &pathAndQuery, const QByteArray &token)
{
    return send("GET", pathAndQuery, token);
}

Response Http::post(const QString &path, const QJsonObject &body, const QByteArray &key,
                    const QByteArray &token)
{
    QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" } };
    if (!key.isEmpty())
        headers.append({ "Idempotency-Key", key });
    return send("POST", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs, bool *closed)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    *closed = false;
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.flush();
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            *closed = true;
            break;
        }
        socket.waitForReadyRead(50);
        received += socket.readAll();
    }
    received += socket.readAll();
    return received;
}

} // namespace opc::test
