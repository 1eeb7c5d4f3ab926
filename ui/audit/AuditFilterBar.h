#pragma once

#include "core/audit/AuditFilter.h"
#include "operations/audit/AuditReads.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace opc::ui {

// The audit viewer's filters: agent (from the CRM's facets, or any), action (from the facets
// or typed; "merge.*" takes every merge action), entity id, a range of local days, free text,
// and the operation a "Show only this operation" chose (a removable chip). Typing settles for
// 300 ms before the filter changes; choosing from a list changes it at once.
class AuditFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterBar)

public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    void setFacets(const ops::AuditFacets &facets);
    AuditFilter filter() const;
    // Shows `filter` in the fields and announces it (filterChanged) if it differs.
    void setFilter(const AuditFilter &filter);
    void setOperation(const QString &operationId);
    void clear();

    // Local days to instants: `from` is the first day's local midnight, `to` the midnight
    // after the last day (exclusive), both in UTC.
    static QDateTime startOfLocalDay(const QDate &day);

    static constexpr int kTypingDelayMs = 300;

Q_SIGNALS:
    void filterChanged(const opc::AuditFilter &filter);

private:
    void announce(); // now, if the filter differs from the last announced one
    void typed(); // after the typing delay
    void showOperation();

    QComboBox *m_agent;
    QComboBox *m_action;
    QLineEdit *m_entity;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QString m_textHint; // its tooltip while what it holds can be searched for
    QToolButton *m_operation;
    QPushButton *m_clear;
    QTimer m_typing;
    QString m_operationId;
    AuditFilter m_announced;
    bool m_applying = false;
};

} // namespace opc::ui
