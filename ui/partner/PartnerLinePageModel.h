#pragma once

#include <QAbstractProxyModel>

namespace opc::ui {

// One page of the filtered, sorted lines: rows [page × pageSize, …) of its source, or all of
// them when the page size is 0 ("show all"). Sorting is passed on to the source. Any change of
// the source's rows (a filter, a sort, a reload) starts again at the first page, as one reset of
// at most a page of rows; a change of data inside the page is passed on as such.
class PartnerLinePageModel final : public QAbstractProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerLinePageModel)

public:
    explicit PartnerLinePageModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    // 0: every row on one page.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setPage(int page); // clamped to [0, pageCount())
    int page() const { return m_page; }
    int pageCount() const;
    int firstSourceRow() const;
    int totalRows() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    // The page, the page size or the number of rows changed.
    void pagingChanged();

private:
    void beginChange();
    void endChange();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    int m_pageSize = 100;
    int m_page = 0;
    int m_changing = 0; // nested source changes in progress
    QList<QMetaObject::Connection> m_connections;
};

} // namespace opc::ui
