#pragma once

#include "operations/ActionAudit.h"
#include "operations/leads/Lead.h"
#include "operations/leads/LeadActions.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

// The comments of one lead, oldest first, and a field to add one. Loads and adds
// asynchronously; shown with open() and deleted when closed.
class LeadCommentDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadCommentDialog)

public:
    LeadCommentDialog(crm::CrmClient *client, const ops::Actor &actor, const ops::Lead &lead,
                      QWidget *parent = nullptr);

Q_SIGNALS:
    void commented(qint64 leadId);

private:
    // Loads every comment; `doneText` stays shown (the result of an add) when given.
    void load(const QString &doneText = {});
    void add();
    void showComment(const ops::LeadComment &comment);
    void updateButtons();

    crm::CrmClient *m_client;
    ops::Actor m_actor;
    ops::Lead m_lead;
    QListWidget *m_comments;
    QLabel *m_message;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
    QPushButton *m_add;
    bool m_adding = false;
    int m_generation = 0; // answers to an older load are dropped
};

} // namespace opc::ui
