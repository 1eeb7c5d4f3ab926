#include "ui/AppSettings.h"

#include "InterfaceLanguage.h"
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
constexpr char kInterfaceLanguageKey[] = "interface/language";

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

QString AppSettings::interfaceLanguage() const
{
    return i18n::normalizedLanguageChoice(m_settings.value(key(kInterfaceLanguageKey)).toString());
}

void AppSettings::setInterfaceLanguage(const QString &language)
{
    const QString choice = i18n::normalizedLanguageChoice(language);
    // "Follow the system" is the absence of a choice: nothing stays behind in the file.
    if (choice.isEmpty())
        m_settings.remove(key(kInterfaceLanguageKey));
    else
        m_settings.setValue(key(kInterfaceLanguageKey), choice);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace opc::ui
