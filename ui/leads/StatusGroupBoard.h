#pragma once

#include "core/leads/StatusGroups.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

namespace opc::ui {

class StatusGroupList;

// The status-group mapping of seed 001 as four lists side by side (not counted, in work, paid,
// cancelled): every CRM status sits in one of them and is dragged to another to change its group.
class StatusGroupBoard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusGroupBoard)

public:
    explicit StatusGroupBoard(QWidget *parent = nullptr);

    // `statuses`: every CRM order status; those the mapping does not name are not counted.
    void setMapping(const leads::StatusGroupMapping &mapping, const QStringList &statuses);
    // Every status with its group, the unnamed ones included.
    leads::StatusGroupMapping mapping() const;
    StatusGroupList *list(leads::StatusGroup group) const { return m_lists.value(group); }

    // Moves `statuses` to `group`, as a drop does.
    void move(const QStringList &statuses, leads::StatusGroup group);

Q_SIGNALS:
    void changed(); // the user moved a status

private:
    void fill();

    QMap<leads::StatusGroup, StatusGroupList *> m_lists;
    QMap<QString, leads::StatusGroup> m_groups; // status -> group
};

} // namespace opc::ui
