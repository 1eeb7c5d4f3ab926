#pragma once

#include "core/audit/AuditFilter.h"
#include "operations/audit/AuditReads.h"
#include "ui/audit/AuditPageCache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

// The audit log as a table, in the CRM's grouped order (operations newest first, an
// operation's events together), for a log of a million events: rowCount() is the filtered
// total the first page reports, and rows are fetched in pages of 200 only when the view looks
// at them. A missing row shows "Loading…" and marks its page wanted; a short timer then asks
// for the pages still wanted (at most two requests at once), and an LRU of 40 pages keeps the
// memory bounded (AuditPageCache). A new filter resets the model; answers for the old one are
// dropped (their requests are aborted).
//
// The events of one operation read as one block: they share a background band, and every row
// after the first says "↳" in the Operation column and is indented in the Action column.
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    // How a page is read: ops::loadAuditPage on a client, or a stand-in in unit tests.
    using PageLoader = std::function<void(const ops::AuditPageQuery &, QObject *context,
                                          std::function<void(const ops::AuditPage &)>)>;
    static PageLoader crmLoader(crm::CrmClient *client);

    enum Column {
        TimeColumn,
        AgentColumn,
        ActionColumn,
        EntityColumn,
        OperationColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role {
        LoadedRole = Qt::UserRole + 1, // bool: the row's page is here
        EventIdRole, // QString
        OperationIdRole, // QString
        GroupRole, // int, a GroupPosition
    };
    enum GroupPosition { Single, First, Continuation };

    explicit AuditLogModel(PageLoader loader, QObject *parent = nullptr);

    // Shows the events `filter` selects, from the first page. Also when the filter is the same
    // (a refresh).
    void setFilter(const AuditFilter &filter);
    void reload() { setFilter(m_filter); }
    const AuditFilter &filter() const { return m_filter; }
    // Display names of the actors (user id → name), from the CRM's facets.
    void setActorNames(const QHash<QString, QString> &names);
    // How long a failed page waits before it is asked again (tests shorten it).
    void setRetryDelay(int milliseconds) { m_retryTimer.setInterval(milliseconds); }
    QString actorName(const QString &id) const;

    // The event in `row`, or nullptr while its page is not here.
    const ops::AuditRow *rowAt(int row) const;
    GroupPosition groupPosition(int row) const;
    // -1 until the first page arrived.
    qint64 total() const { return m_total; }
    bool isLoadingFirstPage() const { return m_total < 0 && !m_firstPageFailed; }
    // The offsets asked for since the last reset, in order (tests check that scrolling asks
    // only for what was shown).
    const QList<qint64> &requestedOffsets() const { return m_requested; }
    const AuditPageCache &cache() const { return m_cache; }
    int pageSize() const { return m_cache.pageSize(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // The first page of a filter arrived: the number of events it selects.
    void totalLoaded(qint64 total);
    // A page's rows are shown (0-based page of pageSize() rows).
    void pageLoaded(int page);
    // A page could not be read; its rows keep saying so until the next reset.
    void loadFailed(const opc::crm::CrmError &error);

private:
    void fetchWanted();
    void request(int page);
    void arrived(quint64 generation, int page, const ops::AuditPage &answer);
    void retryFailedPages();
    QString operationText(const ops::AuditRow &row, GroupPosition position) const;

    PageLoader m_loader;
    AuditFilter m_filter;
    QHash<QString, QString> m_actorNames;
    mutable AuditPageCache m_cache;
    mutable QTimer m_fetchTimer;
    QTimer m_retryTimer; // failed pages are asked again after a pause (a dropped connection)
    QPointer<QObject> m_requests; // the context of this generation's requests
    qint64 m_total = -1;
    qint64 m_asOfSeq = -1; // the first page's snapshot: later pages read up to it
    bool m_firstPageFailed = false;
    QList<qint64> m_requested;
};

} // namespace opc::ui
