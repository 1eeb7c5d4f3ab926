#include "ui/leads/StatusGroupList.h"

#include "core/leads/StatusGroups.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>

namespace opc::ui {

StatusGroupList::StatusGroupList(leads::StatusGroup group, QWidget *parent)
    : QListWidget(parent), m_group(group)
{
    setObjectName(QStringLiteral("statusGroupList-") + leads::statusGroupToWire(group));
    setAccessibleName(leads::statusGroupDisplayName(group));
    setAccessibleDescription(tr("Drag statuses here from another group, or use the context menu "
                                "to move the selected ones."));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSortingEnabled(true);
    setSpacing(2);
}

void StatusGroupList::setStatuses(const QStringList &statuses)
{
    clear();
    for (const QString &status : statuses) {
        auto *item = new QListWidgetItem(leads::orderStatusDisplayName(status), this);
        item->setData(Qt::UserRole, status);
        item->setToolTip(status); // the CRM's own name, as in its screens and exports
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
}

QStringList StatusGroupList::statuses() const
{
    QStringList all;
    for (int row = 0; row < count(); ++row)
        all << item(row)->data(Qt::UserRole).toString();
    return all;
}

QStringList StatusGroupList::selectedStatuses() const
{
    QStringList selected;
    for (const QListWidgetItem *item : selectedItems())
        selected << item->data(Qt::UserRole).toString();
    return selected;
}

void StatusGroupList::selectStatus(const QString &status)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toString() == status) {
            setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
}

QString StatusGroupList::mimeType()
{
    return QStringLiteral("application/x-opc-order-statuses");
}

QMimeData *StatusGroupList::mimeDataFor(const QStringList &statuses)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), statuses.join(QLatin1Char('\n')).toUtf8());
    data->setText(statuses.join(QLatin1Char('\n')));
    return data;
}

QStringList StatusGroupList::statusesIn(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList StatusGroupList::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *StatusGroupList::mimeData(const QList<QListWidgetItem *> &items) const
{
    QStringList statuses;
    for (const QListWidgetItem *item : items)
        statuses << item->data(Qt::UserRole).toString();
    return mimeDataFor(statuses);
}

Qt::DropActions StatusGroupList::supportedDropActions() const
{
    return Qt::MoveAction;
}

void StatusGroupList::startDrag(Qt::DropActions)
{
    const QList<QListWidgetItem *> items = selectedItems();
    if (items.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeData(items));
    // The drop target's statusesDropped moves the statuses; the source removes nothing itself.
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void StatusGroupList::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()) && event->source() != this)
        event->acceptProposedAction();
    else
        event->ignore();
}

void StatusGroupList::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()) && event->source() != this) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void StatusGroupList::dropEvent(QDropEvent *event)
{
    const QStringList statuses = statusesIn(event->mimeData());
    bool moves = false; // a drop of statuses already here is no move
    for (const QString &status : statuses)
        moves = moves || !this->statuses().contains(status);
    if (!moves || event->source() == this) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT statusesDropped(statuses, m_group);
}

void StatusGroupList::contextMenuEvent(QContextMenuEvent *event)
{
    const QStringList selected = selectedStatuses();
    if (selected.isEmpty())
        return;
    QMenu *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("statusGroupMenu"));
    for (leads::StatusGroup target : leads::allStatusGroups()) {
        if (target == m_group)
            continue;
        QAction *action
            = menu->addAction(tr("Move to “%1”").arg(leads::statusGroupDisplayName(target)));
        action->setObjectName(QStringLiteral("moveTo-") + leads::statusGroupToWire(target));
        connect(action, &QAction::triggered, this,
                [this, selected, target] { Q_EMIT statusesDropped(selected, target); });
    }
    menu->popup(event->globalPos());
}

} // namespace opc::ui
