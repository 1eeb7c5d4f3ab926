#include "ui/leads/StatusGroupBoard.h"

#include "ui/leads/StatusGroupList.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace opc::ui {

StatusGroupBoard::StatusGroupBoard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statusGroupBoard"));
    auto *intro = new QLabel(tr("Sort the CRM's statuses into the groups the lead reports count: "
                                "drag a status from one group to another."),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    int column = 0;
    for (leads::StatusGroup group : leads::allStatusGroups()) {
        auto *list = new StatusGroupList(group, this);
        list->setMinimumHeight(list->fontMetrics().height() * 7);
        auto *caption = new QLabel(leads::statusGroupDisplayName(group), this);
        caption->setObjectName(QStringLiteral("statusGroupCaption-")
                               + leads::statusGroupToWire(group));
        caption->setBuddy(list);
        grid->addWidget(caption, 0, column);
        grid->addWidget(list, 1, column);
        grid->setColumnStretch(column, 1);
        m_lists.insert(group, list);
        // Later, not inside the drop: the drag's source list is still in QDrag::exec() then,
        // and the move refills it.
        connect(list, &StatusGroupList::statusesDropped, this,
                [this](const QStringList &statuses, leads::StatusGroup target) {
                    QMetaObject::invokeMethod(
                        this, [this, statuses, target] { move(statuses, target); },
                        Qt::QueuedConnection);
                });
        ++column;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(grid);
}

void StatusGroupBoard::setMapping(const leads::StatusGroupMapping &mapping,
                                  const QStringList &statuses)
{
    m_groups.clear();
    for (const QString &status : statuses)
        m_groups.insert(status, mapping.groupOf(status));
    for (auto it = mapping.groups.cbegin(); it != mapping.groups.cend(); ++it)
        m_groups.insert(it.key(), it.value());
    fill();
}

leads::StatusGroupMapping StatusGroupBoard::mapping() const
{
    leads::StatusGroupMapping mapping;
    mapping.groups = m_groups;
    return mapping;
}

void StatusGroupBoard::move(const QStringList &statuses, leads::StatusGroup group)
{
    bool moved = false;
    for (const QString &status : statuses) {
        if (m_groups.contains(status) && m_groups.value(status) != group) {
            m_groups.insert(status, group);
            moved = true;
        }
    }
    if (!moved)
        return;
    fill();
    StatusGroupList *target = m_lists.value(group);
    target->clearSelection();
    for (const QString &status : statuses) {
        for (int row = 0; row < target->count(); ++row) {
            if (target->item(row)->data(Qt::UserRole).toString() == status)
                target->item(row)->setSelected(true);
        }
    }
    Q_EMIT changed();
}

void StatusGroupBoard::fill()
{
    for (leads::StatusGroup group : leads::allStatusGroups()) {
        QStringList in;
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
            if (it.value() == group)
                in << it.key();
        }
        m_lists.value(group)->setStatuses(in);
    }
}

} // namespace opc::ui
