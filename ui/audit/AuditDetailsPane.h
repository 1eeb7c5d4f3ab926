#pragma once

#include "operations/audit/AuditReads.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

// One audit event in full: when, who, what, on which entity, in which operation, with which
// result and message; its before → after values side by side (one row per key of either,
// changed ones highlighted, nested values as compact JSON); and the other events of its
// operation, read from the CRM, with "Show only this operation" to filter the log by it.
class AuditDetailsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDetailsPane)

public:
    explicit AuditDetailsPane(QWidget *parent = nullptr);

    void setClient(crm::CrmClient *client);
    void setActorNames(const QHash<QString, QString> &names);
    void setRow(const ops::AuditRow &row);
    void clear(const QString &text = {}); // nothing selected, or why nothing is shown
    const std::optional<ops::AuditRow> &row() const { return m_row; }

    // A JSON value as one cell: strings as they are, everything else as compact JSON; a key
    // the object lacks as "—".
    static QString valueText(const QJsonValue &value);

Q_SIGNALS:
    // "Show only this operation".
    void operationRequested(const QString &operationId);
    // The operation's events were read (or could not be) and are listed.
    void operationListed();

private:
    void fillChanges(const ops::AuditRow &row);
    void loadOperation(const QString &operationId);
    void showOperation(const ops::AuditPage &page);
    QString actorName(const QString &id) const;

    crm::CrmClient *m_client = nullptr;
    QHash<QString, QString> m_actorNames;
    std::optional<ops::AuditRow> m_row;
    QString m_listedOperation;
    QList<ops::AuditRow> m_operationRows;
    QPointer<QObject> m_request;

    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_time;
    QLabel *m_agent;
    QLabel *m_action;
    QLabel *m_entity;
    QLabel *m_operation;
    QLabel *m_result;
    QLabel *m_message;
    QTableWidget *m_changes;
    QLabel *m_noChanges;
    QLabel *m_operationTitle;
    QListWidget *m_operationList;
    QPushButton *m_onlyOperation;
};

} // namespace opc::ui
