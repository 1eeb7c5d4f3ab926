#include "ui/partner/PartnerLineTableModel.h"

#include "core/LocaleFormat.h"
#include "ui/partner/PartnerUi.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <memory>

namespace opc::ui {

namespace {

// Sort order of the status column: the most urgent first.
qint64 statusUrgency(partner::LineStatus status)
{
    switch (status) {
    case partner::LineStatus::Expired:
        return 0;
    case partner::LineStatus::Expiring7:
        return 1;
    case partner::LineStatus::Expiring30:
        return 2;
    case partner::LineStatus::Active:
        return 3;
    }
    return 3;
}

using partner_keys::TextField;

int columnOf(TextField field)
{
    switch (field) {
    case TextField::Account:
        return PartnerLineTableModel::AccountColumn;
    case TextField::Organisation:
        return PartnerLineTableModel::OrganisationColumn;
    case TextField::Project:
        return PartnerLineTableModel::ProjectColumn;
    case TextField::Line:
        return PartnerLineTableModel::LineColumn;
    case TextField::Comment:
        return PartnerLineTableModel::CommentColumn;
    }
    return PartnerLineTableModel::CommentColumn;
}

int disconnectedCount(const ops::PartnerLine &line)
{
    return int(
        std::count_if(line.channels.begin(), line.channels.end(),
                      [](const ops::PartnerLineChannel &channel) { return !channel.connected; }));
}

} // namespace

PartnerLineTableModel::PartnerLineTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_indexes(partner_keys::kTextFields), m_sortKeys(ColumnCount),
      m_today(QDate::currentDate())
{
}

QModelIndex PartnerLineTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // Without QAbstractTableModel's hasIndex(): sorting asks for an index per comparison.
    if (parent.isValid() || row < 0 || column < 0 || row >= m_lines.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int PartnerLineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PartnerLineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartnerLineTableModel::channelsTooltip(const ops::PartnerLine &line) const
{
    if (line.channels.isEmpty())
        return tr("This line has no channels yet.");
    QStringList rows;
    for (const ops::PartnerLineChannel &channel : line.channels) {
        rows << (channel.connected ? tr("%1: connected") : tr("%1: disconnected"))
                    .arg(partner_ui::channelName(channel.channel));
    }
    return rows.join(QLatin1Char('\n'));
}

QVariant PartnerLineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ops::PartnerLine &line = m_lines.at(row);
    const int column = index.column();
    switch (role) {
    case LineIdRole:
        return line.id;
    case ClientIdRole:
        return line.clientId;
    case Qt::CheckStateRole:
        if (column == SelectColumn)
            return isChecked(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::EditRole:
        if (column == CommentColumn)
            return m_pendingComments.value(line.id, line.comment);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ChannelsColumn || column == PackagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == CommentColumn && m_pendingComments.contains(line.id)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && statusAt(row) == partner::LineStatus::Expired)
            return QColor(0xd0, 0x31, 0x2d);
        if (column == StatusColumn && statusAt(row) == partner::LineStatus::Expiring7)
            return QColor(0xb3, 0x5c, 0x00);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case SelectColumn:
            return tr("Select line %1 for renewal.").arg(line.lineId);
        case StatusColumn: {
            const qint64 days = daysLeftAt(row);
            return days > 0 ? tr("Expires in %Ln day(s).", nullptr, int(days))
                            : tr("Expired %Ln day(s) ago.", nullptr, int(-days));
        }
        case ChannelsColumn:
            return channelsTooltip(line);
        case CommentColumn:
            if (m_pendingComments.contains(line.id))
                return tr("Saving the comment…");
            return line.comment.isEmpty() ? tr("Double-click or press F2 to write a comment.")
                                          : line.comment;
        case LineColumn:
            return line.isNfr ? tr("%1 — NFR line (free demo line)").arg(line.name) : line.name;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::AccessibleTextRole:
        if (column == ChannelsColumn) {
            const int off = disconnectedCount(line);
            return off ? tr("%Ln channel(s), %1 disconnected", nullptr, int(line.channels.size()))
                             .arg(partner_ui::number(off))
                       : tr("%Ln channel(s)", nullptr, int(line.channels.size()));
        }
        if (column == SelectColumn)
            return isChecked(row) ? tr("Selected") : tr("Not selected");
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (column) {
        case AccountColumn:
            return line.clientAccountId;
        case OrganisationColumn:
            return line.organisation;
        case ProjectColumn:
            return line.project;
        case LineColumn:
            return line.isNfr ? tr("%1 (NFR)").arg(line.lineId) : line.lineId;
        case StatusColumn:
            return partner_ui::lineStatusName(statusAt(row));
        case ExpiryColumn:
            return human::date(expiresOnAt(row));
        case ChannelsColumn: {
            const int off = disconnectedCount(line);
            return off ? tr("%1 (%2 off)")
                             .arg(partner_ui::number(line.channels.size()), partner_ui::number(off))
                       : partner_ui::number(line.channels.size());
        }
        case PackagesColumn: {
            const auto client = m_clients.constFind(line.clientId);
            if (client == m_clients.constEnd())
                return QStringLiteral("—");
            return tr("%1 / %2").arg(partner_ui::number(client->chatcoins),
                                     partner_ui::number(client->wabaPackages));
        }
        case CommentColumn:
            return m_pendingComments.value(line.id, line.comment);
        default:
            return {};
        }
    default:
        return {};
    }
}

bool PartnerLineTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == SelectColumn && role == Qt::CheckStateRole) {
        setChecked({ index.row() }, value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() == CommentColumn && role == Qt::EditRole) {
        const ops::PartnerLine &line = m_lines.at(index.row());
        const QString text = value.toString().trimmed();
        if (m_pendingComments.contains(line.id) || text == line.comment)
            return false;
        m_pendingComments.insert(line.id, text);
        Q_EMIT dataChanged(index, index);
        Q_EMIT commentEdited(line.id, text);
        return true;
    }
    return false;
}

Qt::ItemFlags PartnerLineTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == SelectColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == CommentColumn && !m_pendingComments.contains(m_lines.at(index.row()).id))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PartnerLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SelectColumn:
            return tr("Tick lines to renew them together; the context menu ticks a client's "
                      "lines.");
        case ChannelsColumn:
            return tr("Channels in the line; point at a number to see them.");
        case PackagesColumn:
            return tr("ChatCoins and WhatsApp Business API packages left on the client's "
                      "account.");
        case CommentColumn:
            return tr("Your own note; double-click to edit, Enter saves.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SelectColumn:
        return QString(); // the check boxes say it
    case AccountColumn:
        return tr("Client ID");
    case OrganisationColumn:
        return tr("Organisation");
    case ProjectColumn:
        return tr("Project");
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    case ExpiryColumn:
        return tr("Expires");
    case ChannelsColumn:
        return tr("Channels");
    case PackagesColumn:
        return tr("ChatCoins / WABA");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}

void PartnerLineTableModel::setToday(const QDate &today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    for (int row = 0; row < m_lines.size(); ++row)
        m_keys[std::size_t(row)].status = partner::lineStatusOn(today, expiresOnAt(row));
    rebuildNumericKeys();
    if (!m_lines.isEmpty()) {
        // A layout change, not a data change: the filter proxy re-filters on it.
        Q_EMIT layoutAboutToBeChanged();
        Q_EMIT layoutChanged();
    }
}

void PartnerLineTableModel::setClients(QHash<qint64, PartnerClientFacts> clients)
{
    m_clients = std::move(clients);
    m_clientsKnown = true;
    rebuildNumericKeys();
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, PackagesColumn),
                           index(int(m_lines.size()) - 1, PackagesColumn));
}

std::optional<PartnerClientFacts> PartnerLineTableModel::clientOf(int row) const
{
    const auto client = m_clients.constFind(m_lines.at(row).clientId);
    if (client == m_clients.constEnd())
        return std::nullopt;
    return *client;
}

QList<int> PartnerLineTableModel::rowsOfClient(qint64 clientId) const
{
    QList<int> rows;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).clientId == clientId)
            rows << row;
    }
    return rows;
}

void PartnerLineTableModel::setLines(QList<ops::PartnerLine> lines)
{
    ++m_generation; // a background preparation under way is older
    setPrepared(partner_keys::prepare(std::move(lines), m_today));
}

void PartnerLineTableModel::setLinesInBackground(QList<ops::PartnerLine> lines)
{
    const int generation = ++m_generation;
    ++m_preparing;
    const QDate today = m_today;
    const QPointer<PartnerLineTableModel> model(this);
    QThreadPool::globalInstance()->start([lines = std::move(lines), today, generation, model] {
        auto prepared
            = std::make_shared<partner_keys::PreparedLines>(partner_keys::prepare(lines, today));
        // Delivered through the application object, which outlives the model: the pointer to
        // the model is only looked at there, on the GUI thread.
        QMetaObject::invokeMethod(
            qApp,
            [prepared, generation, model] {
                if (PartnerLineTableModel *target = model.data())
                    target->takePrepared(generation, std::move(*prepared));
            },
            Qt::QueuedConnection);
    });
}

void PartnerLineTableModel::takePrepared(int generation, partner_keys::PreparedLines prepared)
{
    --m_preparing;
    if (generation != m_generation)
        return;
    setPrepared(std::move(prepared));
    Q_EMIT linesSet();
}

void PartnerLineTableModel::setPrepared(partner_keys::PreparedLines prepared)
{
    QSet<qint64> checked;
    for (int row : checkedRows())
        checked.insert(m_lines.at(row).id);
    beginResetModel();
    m_lines = std::move(prepared.lines);
    m_keys = std::move(prepared.keys);
    m_search = std::move(prepared.search);
    m_indexes = std::move(prepared.indexes);
    for (int field = 0; field < partner_keys::kTextFields; ++field)
        m_sortKeys[std::size_t(columnOf(static_cast<TextField>(field)))]
            = std::move(prepared.textKeys[std::size_t(field)]);
    if (prepared.today != m_today) { // today moved on while the keys were prepared
        for (int row = 0; row < m_lines.size(); ++row)
            m_keys[std::size_t(row)].status
                = partner::lineStatusOn(m_today, m_keys[std::size_t(row)].expiresOn);
    }
    m_rowOf.clear();
    m_rowOf.reserve(m_lines.size());
    m_checked.assign(std::size_t(m_lines.size()), 0);
    m_checkedCount = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        m_rowOf.insert(m_lines.at(row).id, row);
        if (checked.contains(m_lines.at(row).id)) {
            m_checked[std::size_t(row)] = 1;
            ++m_checkedCount;
        }
    }
    m_pendingComments.clear();
    rebuildNumericKeys();
    endResetModel();
    Q_EMIT checksChanged();
}

void PartnerLineTableModel::updateLines(const QList<ops::PartnerLine> &lines)
{
    QList<ops::PartnerLine> fresh;
    for (const ops::PartnerLine &line : lines) {
        const int row = rowOf(line.id);
        if (row < 0) {
            fresh << line;
            continue;
        }
        const ops::PartnerLine before = m_lines.at(row);
        m_lines[row] = line;
        m_pendingComments.remove(line.id);
        m_keys[std::size_t(row)] = partner_keys::rowKeys(line, m_today);
        m_search[std::size_t(row)] = partner_keys::searchText(line);
        for (int field = 0; field < partner_keys::kTextFields; ++field) {
            const auto text = static_cast<TextField>(field);
            if (partner_keys::textOf(before, text) != partner_keys::textOf(line, text))
                updateTextKey(row, text);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_lines.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const ops::PartnerLine &line : std::as_const(fresh)) {
            const int row = int(m_lines.size());
            m_rowOf.insert(line.id, row);
            m_lines.append(line);
            m_keys.push_back(partner_keys::rowKeys(line, m_today));
            m_search.push_back(partner_keys::searchText(line));
            m_checked.push_back(0);
            for (int field = 0; field < partner_keys::kTextFields; ++field) {
                m_sortKeys[std::size_t(columnOf(static_cast<TextField>(field)))].push_back(0);
                updateTextKey(row, static_cast<TextField>(field));
            }
        }
    }
    rebuildNumericKeys();
    if (!fresh.isEmpty())
        endInsertRows();
    for (const ops::PartnerLine &line : lines) {
        const int row = rowOf(line.id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void PartnerLineTableModel::updateTextKey(int row, TextField field)
{
    const int column = columnOf(field);
    std::optional<qint64> key
        = m_indexes[std::size_t(field)].keyFor(partner_keys::textOf(m_lines.at(row), field));
    if (!key) { // no room left between two neighbours: order the column again
        rebuildTextKeys(field);
        return;
    }
    m_sortKeys[std::size_t(column)][std::size_t(row)] = *key;
}

void PartnerLineTableModel::rebuildTextKeys(TextField field)
{
    m_sortKeys[std::size_t(columnOf(field))] = m_indexes[std::size_t(field)].build(m_lines, field);
}

void PartnerLineTableModel::clearPendingComment(qint64 lineId)
{
    if (!m_pendingComments.remove(lineId))
        return;
    const int row = rowOf(lineId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, CommentColumn), index(row, CommentColumn));
}

const std::vector<qint64> &PartnerLineTableModel::sortKeys(int column) const
{
    static const std::vector<qint64> none;
    return column >= 0 && column < ColumnCount ? m_sortKeys[std::size_t(column)] : none;
}

QStringList PartnerLineTableModel::countries() const
{
    QSet<QString> seen;
    for (const ops::PartnerLine &line : m_lines) {
        if (!line.country.isEmpty())
            seen.insert(line.country);
    }
    QStringList list(seen.begin(), seen.end());
    list.sort();
    return list;
}

void PartnerLineTableModel::setChecked(const QList<int> &rows, bool checked)
{
    int changed = 0;
    int first = int(m_lines.size());
    int last = -1;
    std::vector<qint64> &keys = m_sortKeys[SelectColumn];
    for (int row : rows) {
        if (row < 0 || row >= m_lines.size() || isChecked(row) == checked)
            continue;
        m_checked[std::size_t(row)] = checked ? 1 : 0;
        keys[std::size_t(row)] = checked ? 0 : 1; // checked first when ascending
        m_checkedCount += checked ? 1 : -1;
        first = std::min(first, row);
        last = std::max(last, row);
        ++changed;
    }
    if (!changed)
        return;
    Q_EMIT dataChanged(index(first, SelectColumn), index(last, SelectColumn),
                       { Qt::CheckStateRole, Qt::AccessibleTextRole });
    Q_EMIT checksChanged();
}

void PartnerLineTableModel::clearChecks()
{
    setChecked(checkedRows(), false);
}

QList<int> PartnerLineTableModel::checkedRows() const
{
    QList<int> rows;
    rows.reserve(m_checkedCount);
    for (std::size_t row = 0; row < m_checked.size(); ++row) {
        if (m_checked[row])
            rows << int(row);
    }
    return rows;
}

void PartnerLineTableModel::rebuildNumericKeys()
{
    const std::size_t rows = std::size_t(m_lines.size());
    for (int column : { int(SelectColumn), int(StatusColumn), int(ExpiryColumn),
                        int(ChannelsColumn), int(PackagesColumn) })
        m_sortKeys[std::size_t(column)].resize(rows);
    for (std::size_t row = 0; row < rows; ++row) {
        const ops::PartnerLine &line = m_lines.at(qsizetype(row));
        m_sortKeys[SelectColumn][row] = m_checked[row] ? 0 : 1;
        m_sortKeys[StatusColumn][row] = statusUrgency(m_keys[row].status);
        const QDate expiresOn = m_keys[row].expiresOn;
        m_sortKeys[ExpiryColumn][row] = expiresOn.isValid() ? expiresOn.toJulianDay() : 0;
        m_sortKeys[ChannelsColumn][row] = line.channels.size();
        const auto client = m_clients.constFind(line.clientId);
        const bool known = client != m_clients.constEnd();
        // By ChatCoins, then WABA packages (far fewer than a million).
        m_sortKeys[PackagesColumn][row]
            = known ? client->chatcoins * 1'000'000 + client->wabaPackages : -1;
    }
}

} // namespace opc::ui
