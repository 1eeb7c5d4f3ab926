#pragma once

#include "core/leads/StatusGroups.h"

#include <QListWidget>

class QMimeData;

namespace opc::ui {

// One of the four status-group lists of the settings: the CRM statuses in the group. Statuses
// are dragged out of one list and dropped on another; the list does not move anything itself,
// it says what was dropped (statusesDropped) and the board moves it in the mapping. Without a
// mouse: the context menu (or Menu key) moves the selected statuses to a group.
class StatusGroupList final : public QListWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusGroupList)

public:
    explicit StatusGroupList(leads::StatusGroup group, QWidget *parent = nullptr);

    leads::StatusGroup group() const { return m_group; }
    void setStatuses(const QStringList &statuses);
    QStringList statuses() const;
    QStringList selectedStatuses() const;
    void selectStatus(const QString &status);

    // What a drag of `statuses` carries, and what it carried (empty when not ours).
    static QString mimeType();
    static QMimeData *mimeDataFor(const QStringList &statuses);
    static QStringList statusesIn(const QMimeData *data);

Q_SIGNALS:
    void statusesDropped(const QStringList &statuses, opc::leads::StatusGroup group);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    leads::StatusGroup m_group;
};

} // namespace opc::ui
