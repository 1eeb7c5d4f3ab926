#pragma once

#include "ui/pages/Pages.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace opc::ops {
class Session;
}

namespace opc::ui {

class LeadSettingsSection;

// Console settings. For team leads and admins: the CRM's lead rules (duplicate rules and the
// status-group mapping). Built before or after sign-in; filled by setSession.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    PageId pageId() const { return PageId::Settings; }
    // Once, when the console has signed in. The session must outlive the page.
    void setSession(const ops::Session *session);
    LeadSettingsSection *leadSettings() const { return m_leadSettings; }

private:
    QVBoxLayout *m_content;
    QLabel *m_waiting;
    LeadSettingsSection *m_leadSettings = nullptr;
    bool m_hasSession = false;
};

} // namespace opc::ui
