#pragma once

#include "operations/partner/PartnerLines.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;

namespace opc::ui {

class PartnerLineFilterProxy;
class PartnerLinePageModel;
class PartnerLineTableModel;

// The client lines list of the partner lines page: filters (country, status, search), the table
// of one page of lines with a check mark per line, and under it the selection (a client's lines,
// everything the filters show, none) and the paging (50, 100, 500 a page or all). Only shows:
// the page loads the lines and acts on them.
//
// "The selected lines" are the checked ones; with none checked, the line of the current row.
class PartnerLineListView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerLineListView)

public:
    explicit PartnerLineListView(QWidget *parent = nullptr);

    PartnerLineTableModel *model() const { return m_model; }
    PartnerLineFilterProxy *proxy() const { return m_proxy; }
    PartnerLinePageModel *pageModel() const { return m_pages; }
    QTableView *table() const { return m_table; }

    // Lines arrived (a load): shown once their keys are ready (linesShown()), the country
    // filter then offering their countries.
    void setLines(const QList<ops::PartnerLine> &lines);

    // The line of the current row (the row the keyboard or a click is on): source row or -1.
    int currentRow() const;
    std::optional<ops::PartnerLine> currentLine() const;
    void selectLine(qint64 lineId); // makes it current, on whatever page it is
    // The checked lines' rows, or the current row's when none is checked.
    QList<int> targetRows() const;

    void checkClientLines(qint64 clientId);
    void checkAllShown(); // every line the filters let through, on every page
    void clearChecks();

    // Actions that act on the current line, offered by the table's context menu after the
    // selection's own.
    void setLineActions(const QList<QAction *> &actions);
    // Applies the search box's text now (typing applies it after a short pause).
    void applySearch();

Q_SIGNALS:
    void currentLineChanged();
    void targetsChanged(); // the selected lines changed (checks or the current row)
    void filtered(); // a filter or the sort was applied: the rows shown changed
    void linesShown(); // setLines()' lines are in the table

private:
    void buildFilters();
    void buildTable();
    void buildFooter();
    void applyFilters();
    void updateCountries();
    void updateFooter();
    void showContextMenu(const QPoint &at);

    PartnerLineTableModel *m_model;
    PartnerLineFilterProxy *m_proxy;
    PartnerLinePageModel *m_pages;
    QComboBox *m_country;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_selection;
    QPushButton *m_checkClient;
    QPushButton *m_checkShown;
    QPushButton *m_clearChecks;
    QComboBox *m_pageSize;
    QPushButton *m_previous;
    QLabel *m_pageLabel;
    QPushButton *m_next;
    QAction *m_checkClientAction;
    QAction *m_checkShownAction;
    QAction *m_clearChecksAction;
    QAction *m_editCommentAction;
    QList<QAction *> m_lineActions;
    QTimer m_searchDelay;
    qint64 m_currentLineId = 0; // kept across resets of the page
};

} // namespace opc::ui
