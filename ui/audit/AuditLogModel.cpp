#include "ui/audit/AuditLogModel.h"

#include "core/LocaleFormat.h"
#include "crm/ErrorMessages.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <climits>

namespace opc::ui {

namespace {

// A zero timer: it runs once the paint that looked at the rows is over, so one batch is one
// paint and the pages asked for are the ones on screen now.
constexpr int kFetchDelayMs = 0;
constexpr int kRetryDelayMs = 3000; // long enough for a dropped connection to come back

const QColor kFailedColour(0xd0, 0x31, 0x2d);

} // namespace

AuditLogModel::PageLoader AuditLogModel::crmLoader(crm::CrmClient *client)
{
    return [client](const ops::AuditPageQuery &query, QObject *context,
                    std::function<void(const ops::AuditPage &)> done) {
        ops::loadAuditPage(client, query, context, std::move(done));
    };
}

AuditLogModel::AuditLogModel(PageLoader loader, QObject *parent)
    : QAbstractTableModel(parent), m_loader(std::move(loader))
{
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(kFetchDelayMs);
    connect(&m_fetchTimer, &QTimer::timeout, this, &AuditLogModel::fetchWanted);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(kRetryDelayMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &AuditLogModel::retryFailedPages);
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_cache.reset();
    m_total = -1;
    m_asOfSeq = -1;
    m_retryTimer.stop();
    m_firstPageFailed = false;
    m_requested.clear();
    // Deleting the old generation's context aborts its requests: they neither arrive nor
    // count against the two allowed in flight.
    if (m_requests)
        m_requests->deleteLater(); // later: a reset may come from inside an answer
    m_requests = new QObject(this);
    endResetModel();
    m_cache.visit(0); // the first page brings the total
    fetchWanted();
}

void AuditLogModel::setActorNames(const QHash<QString, QString> &names)
{
    m_actorNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AgentColumn), index(rowCount() - 1, AgentColumn));
}

QString AuditLogModel::actorName(const QString &id) const
{
    const QString name = m_actorNames.value(id);
    return name.isEmpty() ? id : name;
}

const ops::AuditRow *AuditLogModel::rowAt(int row) const
{
    return m_cache.peek(row);
}

AuditLogModel::GroupPosition AuditLogModel::groupPosition(int row) const
{
    const ops::AuditRow *event = m_cache.peek(row);
    if (!event || event->operationId.isEmpty())
        return Single;
    const ops::AuditRow *previous = m_cache.peek(row - 1);
    if (previous && previous->operationId == event->operationId)
        return Continuation;
    const ops::AuditRow *next = m_cache.peek(row + 1);
    if (next && next->operationId == event->operationId)
        return First;
    return Single;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_total <= 0)
        return 0;
    return int(std::min<qint64>(m_total, INT_MAX));
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::operationText(const ops::AuditRow &row, GroupPosition position) const
{
    if (row.operationId.isEmpty())
        return QStringLiteral("—");
    if (position == Continuation)
        return QStringLiteral("↳");
    return row.operationId.size() > 8 ? row.operationId.left(8) + QStringLiteral("…")
                                      : row.operationId;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int rowNumber = index.row();
    const ops::AuditRow *row = m_cache.row(rowNumber);
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start(); // fetchWanted() asks for what this paint found missing
    if (!row) {
        switch (role) {
        case LoadedRole:
            return false;
        case Qt::DisplayRole:
            if (index.column() != TimeColumn)
                return {};
            return m_cache.hasFailed(m_cache.pageOf(rowNumber)) ? tr("Could not load")
                                                                : tr("Loading…");
        case Qt::ForegroundRole:
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        default:
            return {};
        }
    }
    const int column = index.column();
    switch (role) {
    case LoadedRole:
        return true;
    case EventIdRole:
        return row->id;
    case OperationIdRole:
        return row->operationId;
    case GroupRole:
        return int(groupPosition(rowNumber));
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return human::dateTime(row->occurredAt);
        case AgentColumn:
            return actorName(row->actor);
        case ActionColumn:
            // An operation's later steps are indented under its first.
            return groupPosition(rowNumber) == Continuation ? QStringLiteral("\u2003") + row->action
                                                            : row->action;
        case EntityColumn:
            return row->entityIds.isEmpty()
                ? row->entityType
                : row->entityType + QLatin1Char(' ') + row->entityIds.join(QStringLiteral(", "));
        case OperationColumn:
            return operationText(*row, groupPosition(rowNumber));
        case ResultColumn:
            return row->failed() ? tr("failed") : tr("ok");
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TimeColumn:
            return QLocale().toString(row->occurredAt.toLocalTime(), QLocale::LongFormat);
        case AgentColumn:
            return row->actor;
        case OperationColumn:
            return row->operationId.isEmpty() ? tr("Not part of an operation")
                                              : tr("Operation %1").arg(row->operationId);
        case ActionColumn:
        case ResultColumn:
            return row->message.isEmpty() ? QVariant() : QVariant(row->message);
        case EntityColumn:
            return data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == OperationColumn && groupPosition(rowNumber) == Continuation)
            return tr("Same operation as above");
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (column == ResultColumn && row->failed())
            return kFailedColour;
        return {};
    case Qt::BackgroundRole: {
        const GroupPosition position = groupPosition(rowNumber);
        if (position == Single)
            return {};
        // A band per operation; neighbouring operations alternate in strength (by id, as the
        // block's index in the whole log is not known in a window of it).
        QColor band = QGuiApplication::palette().color(QPalette::Highlight);
        band.setAlpha((qHash(row->operationId) & 1) ? 30 : 56);
        return band;
    }
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case OperationColumn:
        return tr("Operation");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

void AuditLogModel::fetchWanted()
{
    if (!m_requests)
        return;
    for (int page : m_cache.takeRequests())
        request(page);
}

void AuditLogModel::request(int page)
{
    ops::AuditPageQuery query;
    query.filter = m_filter;
    query.offset = m_cache.firstRowOf(page);
    query.limit = m_cache.pageSize();
    query.withTotal = m_total < 0;
    query.untilSeq = m_asOfSeq;
    m_requested.append(query.offset);
    const quint64 generation = m_cache.generation();
    m_loader(query, m_requests, [this, generation, page](const ops::AuditPage &answer) {
        arrived(generation, page, answer);
    });
}

void AuditLogModel::arrived(quint64 generation, int page, const ops::AuditPage &answer)
{
    const bool first = m_total < 0;
    std::optional<crm::CrmError> error = answer.error;
    if (!error && first && answer.total < 0) // the first request of a generation asks for it
        error = crm::malformedResponse(200, QStringLiteral("total: missing"),
                                       QStringLiteral("GET /api/v1/audit/events"));
    if (error) {
        if (m_cache.fail(generation, page)) {
            if (m_total < 0) {
                m_firstPageFailed = true;
            } else {
                const int top = int(m_cache.firstRowOf(page));
                const int bottom = std::min(rowCount() - 1, top + m_cache.pageSize() - 1);
                if (top <= bottom)
                    Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
            }
            Q_EMIT loadFailed(*error);
            if (m_total >= 0)
                m_retryTimer.start();
        }
        fetchWanted();
        return;
    }
    if (!m_cache.store(generation, page, answer.rows))
        return;
    if (first) {
        const int rows = int(std::min<qint64>(answer.total, INT_MAX));
        if (rows > 0)
            beginInsertRows({}, 0, rows - 1);
        m_total = answer.total;
        m_asOfSeq = answer.asOfSeq;
        if (rows > 0)
            endInsertRows();
        Q_EMIT totalLoaded(m_total);
    } else {
        // The rows just before and after the page may now know they share its operations.
        const int from = std::max(0, int(m_cache.firstRowOf(page)) - 1);
        const int to = std::min(rowCount() - 1, int(m_cache.firstRowOf(page)) + pageSize());
        if (from <= to)
            Q_EMIT dataChanged(index(from, 0), index(to, ColumnCount - 1));
    }
    Q_EMIT pageLoaded(page);
    fetchWanted();
}

void AuditLogModel::retryFailedPages()
{
    const QList<int> pages = m_cache.failedPages();
    m_cache.clearFailures();
    // Repainted, their rows are looked at again and asked for if still on screen.
    for (int page : pages) {
        const int top = int(m_cache.firstRowOf(page));
        const int bottom = std::min(rowCount() - 1, top + m_cache.pageSize() - 1);
        if (top <= bottom)
            Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    }
}

} // namespace opc::ui
