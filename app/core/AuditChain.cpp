#include "core/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace opc {

QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray chainHash(const QByteArray &previousHash, const QJsonObject &storedEventWithoutHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalJson(storedEventWithoutHash));
    return hash.result().toHex();
}

QByteArray chainGenesisHash()
{
    return QByteArray(64, '0');
}

} // namespace opc
