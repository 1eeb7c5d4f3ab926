#include "ui/partner/PartnerLineFilterProxy.h"

#include "ui/partner/PartnerLineTableModel.h"

#include <QRegularExpression>

namespace opc::ui {

PartnerLineFilterProxy::PartnerLineFilterProxy(PartnerLineTableModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setDynamicSortFilter(false);
    setSourceModel(model);
}

void PartnerLineFilterProxy::setStatusFilter(std::optional<partner::LineStatus> status)
{
    setFilters(status, m_country, m_searchText);
}

void PartnerLineFilterProxy::setCountryFilter(const QString &country)
{
    setFilters(m_status, country, m_searchText);
}

void PartnerLineFilterProxy::setSearchText(const QString &text)
{
    setFilters(m_status, m_country, text);
}

void PartnerLineFilterProxy::setFilters(std::optional<partner::LineStatus> status,
                                        const QString &country, const QString &text)
{
    const QString upper = country.trimmed().toUpper();
    const QStringList words
        = text.toCaseFolded().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (status == m_status && upper == m_country && words == m_words) {
        m_searchText = text;
        return;
    }
    m_status = status;
    m_country = upper;
    m_countryKey = PartnerLineTableModel::countryKey(upper);
    m_searchText = text;
    m_words = words;
    refilter();
}

bool PartnerLineFilterProxy::isFiltered() const
{
    return m_status || !m_country.isEmpty() || !m_words.isEmpty();
}

void PartnerLineFilterProxy::refilter()
{
    // invalidate() is one layout change; invalidateFilter() would announce every contiguous run
    // of rows that comes or goes, thousands of signals for a scattered result.
    invalidate();
}

QList<int> PartnerLineFilterProxy::acceptedSourceRows() const
{
    QList<int> rows;
    const int count = rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows << mapToSource(index(row, 0)).row();
    return rows;
}

bool PartnerLineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const PartnerLineTableModel::RowKeys &keys = m_model->keysAt(sourceRow);
    if (m_status && keys.status != *m_status)
        return false;
    if (m_countryKey && keys.country != m_countryKey)
        return false;
    if (!m_words.isEmpty()) {
        const QString &text = m_model->searchTextAt(sourceRow);
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

bool PartnerLineFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const std::vector<qint64> &keys = m_model->sortKeys(left.column());
    if (keys.empty())
        return false;
    return keys[std::size_t(left.row())] < keys[std::size_t(right.row())];
}

} // namespace opc::ui
