#include "secrets/TokenStore.h"

#include "secrets/KeychainErrors.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace opc::secrets {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "opc.secrets", QtInfoMsg)

const QString kDefaultService = QStringLiteral("operator-console");

} // namespace

TokenStore::TokenStore(QObject *parent) : QObject(parent), m_service(kDefaultService)
{
}

QString TokenStore::keyFor(const QUrl &crmUrl)
{
    const QString scheme = crmUrl.scheme().toLower();
    const int port = crmUrl.port(scheme == QLatin1String("https") ? 443 : 80);
    QString path = crmUrl.path();
    // "https://crm/" and "https://crm" are the same CRM: one entry for both.
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return QStringLiteral("operator-console:%1://%2:%3%4")
        .arg(scheme, crmUrl.host().toLower())
        .arg(port)
        .arg(path);
}

void TokenStore::setServiceName(const QString &service)
{
    m_service = service;
}

// Runs one QtKeychain job (asynchronous; it deletes itself after `finished`) and hands its outcome
// to `done` once, through `context`'s event loop. The job's values are read here, in the job's
// thread, before it can be deleted; only the finished TokenResult crosses to the context.
static void runJob(QKeychain::Job *job, TokenStore *store, KeychainOperation operation,
                   QObject *context, TokenStore::Callback done)
{
    job->setAutoDelete(true);
    QPointer<QObject> receiver(context);
    QObject::connect(
        job, &QKeychain::Job::finished, store,
        [job, operation, receiver, done = std::move(done)]() mutable {
            if (!done)
                return; // a second finished must not deliver again
            TokenResult result = resultFromJob(job->error(), job->errorString(), operation);
            if (result.status == TokenResult::Status::Ok && operation == KeychainOperation::Load) {
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                    result.token = read->textData();
            }
            if (result.status == TokenResult::Status::Failed
                || result.status == TokenResult::Status::Unavailable)
                qCInfo(lcSecrets) << "keychain" << job->key() << "failed:" << job->error()
                                  << result.detail;
            if (receiver) {
                QMetaObject::invokeMethod(
                    receiver.data(), [callback = std::move(done), result] { callback(result); },
                    Qt::QueuedConnection);
            }
            done = nullptr;
        });
    job->start();
}

void TokenStore::save(const QUrl &crmUrl, const QString &token, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keyFor(crmUrl));
    job->setTextData(token);
    runJob(job, this, KeychainOperation::Save, context, std::move(done));
}

void TokenStore::load(const QUrl &crmUrl, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keyFor(crmUrl));
    runJob(job, this, KeychainOperation::Load, context, std::move(done));
}

void TokenStore::remove(const QUrl &crmUrl, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keyFor(crmUrl));
    runJob(job, this, KeychainOperation::Remove, context, std::move(done));
}

} // namespace opc::secrets
