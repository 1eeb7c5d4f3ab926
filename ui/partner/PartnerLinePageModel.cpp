#include "ui/partner/PartnerLinePageModel.h"

#include <algorithm>

namespace opc::ui {

PartnerLinePageModel::PartnerLinePageModel(QObject *parent) : QAbstractProxyModel(parent)
{
}

void PartnerLinePageModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_page = 0;
    if (source) {
        const auto begin = [this] { beginChange(); };
        const auto end = [this] { endChange(); };
        m_connections << connect(source, &QAbstractItemModel::modelAboutToBeReset, this, begin)
                      << connect(source, &QAbstractItemModel::modelReset, this, end)
                      << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin)
                      << connect(source, &QAbstractItemModel::layoutChanged, this, end)
                      << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, begin)
                      << connect(source, &QAbstractItemModel::rowsInserted, this, end)
                      << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin)
                      << connect(source, &QAbstractItemModel::rowsRemoved, this, end)
                      << connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, begin)
                      << connect(source, &QAbstractItemModel::rowsMoved, this, end)
                      << connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, begin)
                      << connect(source, &QAbstractItemModel::columnsInserted, this, end)
                      << connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin)
                      << connect(source, &QAbstractItemModel::columnsRemoved, this, end)
                      << connect(source, &QAbstractItemModel::dataChanged, this,
                                 &PartnerLinePageModel::sourceDataChanged)
                      << connect(source, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
    }
    endResetModel();
    Q_EMIT pagingChanged();
}

void PartnerLinePageModel::beginChange()
{
    if (m_changing++ == 0)
        beginResetModel();
}

void PartnerLinePageModel::endChange()
{
    if (m_changing == 0 || --m_changing > 0)
        return;
    m_page = 0;
    endResetModel();
    Q_EMIT pagingChanged();
}

void PartnerLinePageModel::setPageSize(int rows)
{
    rows = std::max(rows, 0);
    if (rows == m_pageSize)
        return;
    // Stay near the first row shown.
    const int first = firstSourceRow();
    beginResetModel();
    m_pageSize = rows;
    m_page = rows > 0 ? first / rows : 0;
    endResetModel();
    Q_EMIT pagingChanged();
}

void PartnerLinePageModel::setPage(int page)
{
    page = std::clamp(page, 0, std::max(pageCount() - 1, 0));
    if (page == m_page)
        return;
    beginResetModel();
    m_page = page;
    endResetModel();
    Q_EMIT pagingChanged();
}

int PartnerLinePageModel::totalRows() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

int PartnerLinePageModel::pageCount() const
{
    const int total = totalRows();
    if (m_pageSize <= 0)
        return 1;
    return std::max(1, (total + m_pageSize - 1) / m_pageSize);
}

int PartnerLinePageModel::firstSourceRow() const
{
    return m_pageSize > 0 ? m_page * m_pageSize : 0;
}

QModelIndex PartnerLinePageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PartnerLinePageModel::parent(const QModelIndex &) const
{
    return {};
}

bool PartnerLinePageModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

int PartnerLinePageModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel() || m_changing)
        return 0;
    const int rest = std::max(totalRows() - firstSourceRow(), 0);
    return m_pageSize > 0 ? std::min(rest, m_pageSize) : rest;
}

int PartnerLinePageModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount();
}

QModelIndex PartnerLinePageModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(firstSourceRow() + proxyIndex.row(), proxyIndex.column());
}

QModelIndex PartnerLinePageModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = sourceIndex.row() - firstSourceRow();
    if (row < 0 || row >= rowCount())
        return {};
    return index(row, sourceIndex.column());
}

QVariant PartnerLinePageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(firstSourceRow() + section + 1) : QVariant();
    return sourceModel()->headerData(section, orientation, role);
}

void PartnerLinePageModel::sourceDataChanged(const QModelIndex &topLeft,
                                             const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    if (m_changing)
        return;
    const int first = std::max(topLeft.row() - firstSourceRow(), 0);
    const int last = std::min(bottomRight.row() - firstSourceRow(), rowCount() - 1);
    if (first > last)
        return;
    Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

} // namespace opc::ui
