#include "operations/DataPaths.h"

#include "opc/AppInfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace opc::ops {

QString dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QString::fromLatin1(kOrganizationName));
}

QString perCrmUserFile(const QString &stem, const QUrl &crmUrl, bool sandbox, const QString &userId)
{
    // A readable prefix for people looking into the folder, a hash to keep it unique and safe.
    QString label = sandbox ? QStringLiteral("sandbox") : crmUrl.host();
    label.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    const QString key = (sandbox ? QStringLiteral("sandbox")
                                 : crmUrl.adjusted(QUrl::StripTrailingSlash).toString())
        + QLatin1Char('\n') + userId;
    const QByteArray hash
        = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(dataFolder())
        .filePath(QStringLiteral("%1-%2-%3.sqlite").arg(stem, label, QString::fromLatin1(hash)));
}

} // namespace opc::ops
