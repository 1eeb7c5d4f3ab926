#pragma once

#include "core/partner/PartnerRules.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace opc::ui {

class PartnerLineTableModel;

// Filters and sorts a PartnerLineTableModel by the keys it keeps: status, country and words
// of a free-text search (each must appear in the line's account id, e-mail, organisation,
// project, line id, name or comment, whatever the case). Comparing and matching read those keys
// in place, so a change over 50 000 lines stays within a few tens of milliseconds
// (tests/bench/PartnerLinesBench.cpp). Every filter change re-sorts too and is announced as one
// layout change, never as thousands of scattered row removals. Rows do not move by themselves
// when a line changes (no dynamic sort): the line being edited stays where the user sees it.
class PartnerLineFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerLineFilterProxy)

public:
    explicit PartnerLineFilterProxy(PartnerLineTableModel *model, QObject *parent = nullptr);

    // nullopt: every status.
    void setStatusFilter(std::optional<partner::LineStatus> status);
    std::optional<partner::LineStatus> statusFilter() const { return m_status; }
    // Empty: every country.
    void setCountryFilter(const QString &country);
    QString countryFilter() const { return m_country; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // All three at once: one re-filter.
    void setFilters(std::optional<partner::LineStatus> status, const QString &country,
                    const QString &text);
    bool isFiltered() const;

    // The source rows that pass the filter, in the shown order.
    QList<int> acceptedSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    PartnerLineTableModel *m_model;
    std::optional<partner::LineStatus> m_status;
    QString m_country;
    quint16 m_countryKey = 0;
    QString m_searchText;
    QStringList m_words; // case-folded
};

} // namespace opc::ui
