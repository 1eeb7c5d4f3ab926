#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace opc::ui {

// Every setting the console keeps, with its default, in one place. QSettings (native format,
// organisation/application from AppInfo.h) holds only preferences: never a token.
class AppSettings final {
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    AppSettings();
    // Tests point this at their own file so that runs never share state.
    explicit AppSettings(const QString &iniFile);

    // Main window geometry (QWidget::saveGeometry); empty until the window was closed once.
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    // The page shown last, by its stable key (see Pages.h); default "merge".
    QString lastPage() const;
    void setLastPage(const QString &pageKey);

    // The CRM the user signed in to last; empty until the first successful sign-in.
    QUrl lastCrmUrl() const;
    void setLastCrmUrl(const QUrl &url);

    // Sign-in dialog size, so that it opens as the user left it.
    QByteArray signInDialogGeometry() const;
    void setSignInDialogGeometry(const QByteArray &geometry);

    // "New lead" dialog size, so that it opens as the user left it.
    QByteArray newLeadDialogGeometry() const;
    void setNewLeadDialogGeometry(const QByteArray &geometry);

    // Whether a desktop notification announces new free leads; default on.
    bool leadNotifications() const;
    void setLeadNotifications(bool on);

    // The interface language chosen in Settings: "ru", "en", or "" to follow the system (the
    // default). Read once at start-up (main.cpp); anything else stored reads as "".
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

    void sync();

private:
    QSettings m_settings;
};

} // namespace opc::ui
