#pragma once

#include "operations/ActionAudit.h"
#include "operations/leads/LeadSettings.h"
#include "ui/leads/LeadsUi.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class BusyIndicator;
class LeadRulesForm;
class StatusGroupBoard;

// The lead settings of the CRM for team leads and admins: the duplicate rules and the
// status-group mapping, loaded with ops::loadLeadSettings and saved with ops::saveLeadSettings
// (If-Match: a save over someone else's newer one is refused and the newer one shown).
class LeadSettingsSection final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadSettingsSection)

public:
    LeadSettingsSection(crm::CrmClient *client, const ops::Actor &actor, QWidget *parent = nullptr);

    void load();
    void save();
    void revert();
    bool isDirty() const;
    bool isBusy() const { return m_busy; }
    StatusGroupBoard *board() const { return m_board; }

Q_SIGNALS:
    void loaded(); // settings arrived from the CRM (after a load or a save)
    void saved();

private:
    void showSettings(const ops::LeadSettings &settings, const QByteArray &etag);
    void setBusy(const QString &text);
    void setIdle();
    void updateButtons();
    // Shows `text` until the next one (the "not saved yet" note does not replace it).
    void say(const QString &text, leads_ui::Tone tone = leads_ui::Tone::Neutral);

    crm::CrmClient *m_client;
    ops::Actor m_actor;
    LeadRulesForm *m_rules;
    StatusGroupBoard *m_board;
    QPushButton *m_save;
    QPushButton *m_revert;
    BusyIndicator *m_progress;
    QLabel *m_message;
    std::optional<ops::LeadSettings> m_stored; // as the CRM has them
    leads::StatusGroupMapping m_storedMapping; // as the board shows the stored ones
    QByteArray m_etag;
    bool m_busy = false;
    bool m_unsavedShown = false;
};

} // namespace opc::ui
