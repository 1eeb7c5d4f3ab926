#pragma once

#include "operations/leads/Lead.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace opc::ui {

// The leads of one queue as a table: time, type, name, phone (formatted), e-mail,
// source/medium, status, assignee, age. Leads that arrive later (polling) are added on top; the
// view sorts (newest first by default). Holds only what the ops delivered.
class LeadTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTableModel)

public:
    enum Column {
        TimeColumn,
        TypeColumn,
        NameColumn,
        PhoneColumn,
        EmailColumn,
        SourceColumn,
        StatusColumn,
        AssigneeColumn,
        AgeColumn,
        ColumnCount
    };
    // The lead id of a row (any column), and the value a column sorts by.
    static constexpr int LeadIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit LeadTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setLeads(const QList<ops::Lead> &leads);
    // Adds the leads not shown yet at the end (the next page); returns how many were new.
    int appendLeads(const QList<ops::Lead> &leads);
    // A lead that changed: updated in place when shown and still `belongs`, removed when it no
    // longer does, added on top when new and it does.
    void applyChange(const ops::Lead &lead, bool belongs);
    void removeLead(qint64 leadId);

    int rowOf(qint64 leadId) const; // -1 when not shown
    const ops::Lead &leadAt(int row) const { return m_leads.at(row); }
    std::optional<ops::Lead> lead(qint64 leadId) const;
    const QList<ops::Lead> &leads() const { return m_leads; }

    // Age and time ("today" shows the time alone) count from this instant; the view ticks it.
    void setNow(const QDateTime &now);

private:
    QList<ops::Lead> m_leads;
    QDateTime m_now;
};

} // namespace opc::ui
