#pragma once

#include "core/partner/PartnerRules.h"
#include "operations/partner/PartnerClients.h"
#include "operations/partner/PartnerLines.h"
#include "ui/partner/PartnerLineKeys.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace opc::ui {

// What the lines page shows of a line's client besides the line: the packages left and how the
// client came to the partner (GET /api/v1/partner/clients, ops::loadPartnerClients).
using PartnerClientFacts = ops::PartnerClient;

// Every line of the partner's clients (up to tens of thousands) as a table. Filtering and
// sorting are PartnerLineFilterProxy's: it reads the keys kept here (status, country, a
// case-folded search text, a sort key per column), computed once per line when it arrives and
// again only when today or the line changes, so that a filter change or a sort with 50 000
// lines allocates nothing per row. The "select" column's check marks are the page's selection:
// they survive paging, sorting and filtering.
class PartnerLineTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerLineTableModel)

public:
    enum Column {
        SelectColumn,
        AccountColumn,
        OrganisationColumn,
        ProjectColumn,
        LineColumn,
        StatusColumn,
        ExpiryColumn,
        ChannelsColumn,
        PackagesColumn, // ChatCoins / WABA packages left on the client's account
        CommentColumn,
        ColumnCount
    };
    static constexpr int LineIdRole = Qt::UserRole + 1;
    static constexpr int ClientIdRole = Qt::UserRole + 2;

    // What the filter reads of a row.
    using RowKeys = partner_keys::RowKeys;

    explicit PartnerLineTableModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Statuses count from `today` (the CRM's, from the partner profile, when known).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    // Replaces every line (a fresh load); check marks of lines still there are kept. Blocks
    // while the keys are computed (about 0.3 s for 50 000 lines): the page uses
    // setLinesInBackground().
    void setLines(QList<ops::PartnerLine> lines);
    // The same, the keys computed on a worker thread: the lines are replaced later, announced
    // by linesSet(). A newer call wins over an older one still under way.
    void setLinesInBackground(QList<ops::PartnerLine> lines);
    bool isPreparing() const { return m_preparing > 0; }
    // Takes lines whose keys partner_keys::prepare() made (on any thread): what the two above
    // end with, on the GUI thread.
    void setPrepared(partner_keys::PreparedLines prepared);
    // Lines the CRM answered with after a change: each replaces the shown line of its id, or is
    // added at the end.
    void updateLines(const QList<ops::PartnerLine> &lines);
    // The clients' facts by client id; lines of clients not in it show "—".
    void setClients(QHash<qint64, PartnerClientFacts> clients);
    std::optional<PartnerClientFacts> clientOf(int row) const;
    bool hasClients() const { return m_clientsKnown; }

    int rowOf(qint64 lineId) const { return m_rowOf.value(lineId, -1); }
    const ops::PartnerLine &lineAt(int row) const { return m_lines.at(row); }
    const QList<ops::PartnerLine> &lines() const { return m_lines; }
    QDate expiresOnAt(int row) const { return m_keys[std::size_t(row)].expiresOn; }
    partner::LineStatus statusAt(int row) const { return m_keys[std::size_t(row)].status; }
    // Days from today to the line's expiry (negative once expired).
    qint64 daysLeftAt(int row) const { return m_today.daysTo(expiresOnAt(row)); }
    // Rows of the client's lines, in load order.
    QList<int> rowsOfClient(qint64 clientId) const;

    // For the filter proxy: no allocation, no copies.
    const RowKeys &keysAt(int row) const { return m_keys[std::size_t(row)]; }
    const QString &searchTextAt(int row) const { return m_search[std::size_t(row)]; }
    // The order of `column`: a row sorts before another when its key is smaller (equal keys
    // keep the load order). Empty for a column without keys.
    const std::vector<qint64> &sortKeys(int column) const;
    static quint16 countryKey(QStringView country) { return partner_keys::countryKey(country); }
    // The countries of the lines shown, upper case, each once, sorted.
    QStringList countries() const;

    // The check marks.
    bool isChecked(int row) const { return m_checked[std::size_t(row)] != 0; }
    void setChecked(const QList<int> &rows, bool checked);
    void clearChecks();
    int checkedCount() const { return m_checkedCount; }
    QList<int> checkedRows() const;

    // A comment typed in the table waits for the CRM: shown as typed (in italics, not editable)
    // until the CRM's answer replaces the line or the page gives up on it.
    void clearPendingComment(qint64 lineId);
    bool isCommentPending(qint64 lineId) const { return m_pendingComments.contains(lineId); }

Q_SIGNALS:
    // The user typed a new comment in the table (Enter): the page saves it; the shown comment
    // changes only with the CRM's answer (updateLines).
    void commentEdited(qint64 lineId, const QString &comment);
    void checksChanged();
    // setLinesInBackground()'s lines are shown now.
    void linesSet();

private:
    void takePrepared(int generation, partner_keys::PreparedLines prepared);
    void updateTextKey(int row, partner_keys::TextField field);
    void rebuildTextKeys(partner_keys::TextField field);
    void rebuildNumericKeys();
    QString channelsTooltip(const ops::PartnerLine &line) const;

    QList<ops::PartnerLine> m_lines;
    std::vector<RowKeys> m_keys;
    std::vector<partner_keys::CollationIndex> m_indexes; // by TextField
    std::vector<QString> m_search;
    std::vector<char> m_checked;
    int m_checkedCount = 0;
    // Per column: the sort keys (string columns: the rank of the text in collation order).
    std::vector<std::vector<qint64>> m_sortKeys;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, QString> m_pendingComments;
    QHash<qint64, PartnerClientFacts> m_clients;
    bool m_clientsKnown = false;
    QDate m_today;
    int m_preparing = 0;
    int m_generation = 0; // a background preparation older than the last call is dropped
};

} // namespace opc::ui
