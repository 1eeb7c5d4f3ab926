#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace opc::secrets {

// Where a token ended up.
enum class TokenStorage {
    Keychain, // in the OS keychain: survives restarts
    MemoryOnly, // no keychain available: kept in memory for this session only
};

struct TokenResult {
    enum class Status {
        Ok, // saved, read or removed
        NotFound, // nothing stored for this CRM
        Unavailable, // no keychain service (no Secret Service on D-Bus, locked and refused, ...)
        Failed, // the keychain answered with an error
    };
    Status status = Status::Ok;
    QString token; // with load()
    QString message; // for people, translated, when status is not Ok
    QString detail; // QtKeychain's own error text
};

// CRM tokens in the OS keychain through QtKeychain (Secret Service, Keychain, Credential
// Manager), one entry per CRM URL, service name "operator-console". Never writes a token to
// settings, logs or files. Every call is asynchronous and delivers exactly one result through
// `context`'s event loop (nothing if `context` is gone).
class TokenStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    explicit TokenStore(QObject *parent = nullptr);

    using Callback = std::function<void(const TokenResult &)>;
    void save(const QUrl &crmUrl, const QString &token, QObject *context, Callback done);
    void load(const QUrl &crmUrl, QObject *context, Callback done);
    void remove(const QUrl &crmUrl, QObject *context, Callback done);

    // The keychain entry's key for a CRM: "operator-console:<scheme>://<host>:<port><path>".
    static QString keyFor(const QUrl &crmUrl);

    // Overrides the service name so that tests never touch a real user's entries.
    void setServiceName(const QString &service);

private:
    QString m_service;
};

} // namespace opc::secrets
