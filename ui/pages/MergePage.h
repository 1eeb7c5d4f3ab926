#pragma once

#include "ui/pages/Pages.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace opc::ops {
class MergeJournalStore;
class Session;
} // namespace opc::ops

namespace opc::ui {

class MergeWizard;

// Section for the KIDS math/English account merge (seed 000): the merge wizard, with the
// interrupted merges at its start. Built before or after sign-in; the wizard appears once the
// page has a session (setSession), since every step of it talks to the CRM.
class MergePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergePage)

public:
    explicit MergePage(QWidget *parent = nullptr);
    ~MergePage() override;

    PageId pageId() const { return PageId::Merge; }
    // Once, when the console has signed in. The session must outlive the page.
    void setSession(const ops::Session *session);
    MergeWizard *wizard() const { return m_wizard; }

private:
    QVBoxLayout *m_layout;
    QLabel *m_waiting;
    ops::MergeJournalStore *m_journal = nullptr;
    MergeWizard *m_wizard = nullptr;
};

} // namespace opc::ui
