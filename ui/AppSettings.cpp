#include "ui/AppSettings.h"

#include "opc/AppInfo.h"

namespace opc::ui {

namespace {

// Keys and defaults. A renamed key needs a migration here, not a silent reset of user state.
constexpr char kGeometryKey[] = "mainWindow/geometry";
constexpr char kLastPageKey[] = "mainWindow/lastPage";
constexpr char kLastPageDefault[] = "merge";
constexpr char kLastCrmUrlKey[] = "crm/lastUrl";
constexpr char kSignInGeometryKey[] = "signInDialog/geometry";
constexpr char kNewLeadGeometryKey[] = "newLeadDialog/geometry";
constexpr char kLeadNotificationsKey[] = "leads/notifications";
constexpr bool kLeadNotificationsDefault = true;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

AppSettings::AppSettings()
    : m_settings(QSettings::NativeFormat, QSettings::UserScope,
                 QString::fromLatin1(kOrganizationName), QString::fromLatin1(kApplicationName))
{
}

AppSettings::AppSettings(const QString &iniFile) : m_settings(iniFile, QSettings::IniFormat)
{
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(key(kGeometryKey)).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key(kGeometryKey), geometry);
}

QString AppSettings::lastPage() const
{
    return m_settings.value(key(kLastPageKey), key(kLastPageDefault)).toString();
}

void AppSettings::setLastPage(const QString &pageKey)
{
    m_settings.setValue(key(kLastPageKey), pageKey);
}

QUrl AppSettings::lastCrmUrl() const
{
    return QUrl(m_settings.value(key(kLastCrmUrlKey)).toString());
}

void AppSettings::setLastCrmUrl(const QUrl &url)
{
    m_settings.setValue(key(kLastCrmUrlKey), url.toString());
}

QByteArray AppSettings::signInDialogGeometry() const
{
    return m_settings.value(key(kSignInGeometryKey)).toByteArray();
}

void AppSettings::setSignInDialogGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key(kSignInGeometryKey), geometry);
}

QByteArray AppSettings::newLeadDialogGeometry() const
{
    return m_settings.value(key(kNewLeadGeometryKey)).toByteArray();
}

void AppSettings::setNewLeadDialogGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key(kNewLeadGeometryKey), geometry);
}

bool AppSettings::leadNotifications() const
{
    return m_settings.value(key(kLeadNotificationsKey), kLeadNotificationsDefault).toBool();
}

void AppSettings::setLeadNotifications(bool on)
{
    m_settings.setValue(key(kLeadNotificationsKey), on);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace opc::ui
