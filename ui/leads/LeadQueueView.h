#pragma once

#include "operations/leads/Lead.h"
#include "operations/leads/LeadQueue.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class BusyIndicator;
class LeadTableModel;

// One lead queue (Free, My or All): its filters (search; status; for All the agent), the table
// and "Load more" for the next page. Loads with ops::listLeads and never blocks; the page feeds
// it what the change feed reports (applyChanges), so leads come and go without a reload.
// Widget names start with the queue's wire name: "freeLeadsTable", "mineLeadsSearch", …
class LeadQueueView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadQueueView)

public:
    // `myId`: the signed-in user, whose leads are "mine".
    LeadQueueView(ops::LeadQueue queue, crm::CrmClient *client, const QString &myId,
                  QWidget *parent = nullptr);

    ops::LeadQueue queue() const { return m_queue; }
    // The tab's title with the number of leads shown: "Free (12)", "My (3+)".
    QString title() const;

    void reload();
    // Leads that changed on the CRM: each is updated, added or removed as it now belongs here.
    void applyChanges(const QList<ops::Lead> &leads);
    // Whether `lead` belongs in this queue with its filters as they are now.
    bool belongs(const ops::Lead &lead) const;

    std::optional<ops::Lead> currentLead() const;
    void selectLead(qint64 leadId);
    LeadTableModel *model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }

Q_SIGNALS:
    void currentLeadChanged();
    void countChanged();
    void leadActivated(qint64 leadId); // double-click or Enter

private:
    void load(bool more);
    void rememberAssignees(const QList<ops::Lead> &leads);
    void showState(const QString &text, bool failure = false);
    void updateState();
    QString name(const char *suffix) const;

    ops::LeadQueue m_queue;
    crm::CrmClient *m_client;
    QString m_myId;
    QLineEdit *m_search;
    QComboBox *m_status = nullptr; // not on Free: every free lead is "free"
    QComboBox *m_assignee = nullptr; // All only
    LeadTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    BusyIndicator *m_busy;
    QLabel *m_state;
    QPushButton *m_more;
    QTimer m_searchDelay;
    QTimer m_ageTick;
    QMap<QString, QString> m_assignees; // id -> display name, as seen in the leads
    QString m_nextCursor;
    int m_generation = 0; // answers to an older query are dropped
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace opc::ui
