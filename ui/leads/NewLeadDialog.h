#pragma once

#include "core/leads/LeadInput.h"
#include "operations/ActionAudit.h"
#include "operations/leads/LeadDuplicateCheck.h"
#include "operations/leads/LeadIntake.h"

#include <QDialog>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTimer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class AppSettings;

// "New lead": an agent types a lead taken by phone or mail. Every field is checked as it is
// typed with the domain's rules (the same LeadInput::problemsOf the CRM and operator-cli use);
// a field's problem shows once the agent paused or left it, and all of them when Create is
// pressed. While the phone or e-mail is valid the CRM is asked, debounced, whether the lead
// would be a duplicate (ops::LiveDuplicateCheck), and the hint names the deal. Create posts the
// lead (ops::intakeLead) without blocking; the dialog closes once the CRM has decided. Shown with
// open(), deleted when closed.
class NewLeadDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewLeadDialog)

public:
    // `settings` (may be null) keeps the dialog's size.
    NewLeadDialog(crm::CrmClient *client, const ops::Actor &actor, AppSettings *settings,
                  QWidget *parent = nullptr);

    // The lead as typed, as LeadInput JSON (raw phone and e-mail; received now).
    QJsonObject leadJson() const;
    // "Lead 12 created: new deal 40 for a new client." and the like, translated.
    static QString decisionText(const ops::LeadDecision &decision);

Q_SIGNALS:
    void created(const opc::ops::LeadDecision &decision);

protected:
    void done(int result) override;

private:
    void edited(const QString &field);
    void validate();
    void updateDuplicateCheck();
    void showDuplicateHint(const ops::DuplicateCheckResult &result);
    void create();
    void setBusy(bool busy);
    void fitHeight();
    QLineEdit *addEdit(const QString &field, const QString &objectName, const QString &label,
                       const QString &placeholder = {});
    QLabel *noteFor(const QString &field) const;

    crm::CrmClient *m_client;
    ops::Actor m_actor;
    AppSettings *m_settings;
    ops::LiveDuplicateCheck *m_check;
    QRadioButton *m_call;
    QRadioButton *m_form;
    QComboBox *m_clientType;
    QMap<QString, QLineEdit *> m_edits; // JSON key -> field
    QMap<QString, QLabel *> m_notes; // JSON key -> the line under its field
    QToolButton *m_moreToggle;
    QWidget *m_more;
    QLabel *m_hint;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QTimer m_showDelay; // a pause in typing shows the problems of the edited fields
    QSet<QString> m_edited; // edited since the last pause
    QSet<QString> m_shown; // fields whose problems are shown
    bool m_triedCreate = false;
    bool m_busy = false;
};

} // namespace opc::ui
