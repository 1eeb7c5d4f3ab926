#pragma once

#include "ui/pages/Pages.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace opc::ops {
class Session;
}

namespace opc::ui {

class AppSettings;
class InterfaceLanguageSection;
class LeadSettingsSection;

// Console settings. For everyone, even before sign-in: the interface language. For team leads
// and admins: the CRM's lead rules (duplicate rules and the status-group mapping), once signed
// in. Built before or after sign-in; the lead part is filled by setSession.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(AppSettings *settings, QWidget *parent = nullptr);

    PageId pageId() const { return PageId::Settings; }
    // Once, when the console has signed in. The session must outlive the page.
    void setSession(const ops::Session *session);
    LeadSettingsSection *leadSettings() const { return m_leadSettings; }

Q_SIGNALS:
    // The user asked for a restart (to apply the language) and nothing on this page would be
    // lost by it.
    void restartRequested();

private:
    void onRestartClicked();

    InterfaceLanguageSection *m_language;
    QVBoxLayout *m_content;
    QLabel *m_waiting;
    LeadSettingsSection *m_leadSettings = nullptr;
    bool m_hasSession = false;
};

} // namespace opc::ui
