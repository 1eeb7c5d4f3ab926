#include "ui/leads/LeadTableModel.h"

#include "core/leads/PhoneNumber.h"
#include "ui/leads/LeadsUi.h"

#include <QLocale>

namespace opc::ui {

namespace {

QDateTime leadTime(const ops::Lead &lead)
{
    return lead.receivedAt.isValid() ? lead.receivedAt : lead.createdAt;
}

// Today: the time alone; this year: day, month and time; else the date in full. The time is the
// locale's (24- or 12-hour clock); "d MMM" takes the locale's month names, as Qt 6.4 has no
// day-and-month format of its own.
QString compactTime(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QDateTime now = nowUtc.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.date())
        return time;
    if (local.date().year() == now.date().year())
        return locale.toString(local.date(), QStringLiteral("d MMM")) + QLatin1Char(' ') + time;
    return locale.toString(local, QStringLiteral("d MMM yyyy"));
}

} // namespace

LeadTableModel::LeadTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc())
{
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leads.size());
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ops::Lead &lead = m_leads.at(index.row());
    if (role == LeadIdRole)
        return lead.id;
    const QDateTime time = leadTime(lead);
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
        case AgeColumn:
            return time.isValid() ? time.toMSecsSinceEpoch() : 0;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn || index.column() == AgeColumn)
            return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == PhoneColumn)
            return lead.phone;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && index.column() == AgeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return compactTime(time, m_now);
    case TypeColumn:
        return leads_ui::leadTypeName(lead.kind);
    case NameColumn:
        return lead.name;
    case PhoneColumn:
        return lead.phone.isEmpty() ? QString() : leads::formatPhone(lead.phone);
    case EmailColumn:
        return lead.email;
    case SourceColumn:
        return leads_ui::sourceAndMedium(lead.source, lead.medium);
    case StatusColumn:
        return ops::leadStatusDisplayName(lead.status);
    case AssigneeColumn:
        return lead.assignee ? lead.assignee->displayName : QStringLiteral("—");
    case AgeColumn:
        return leads_ui::age(time, m_now);
    default:
        return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case SourceColumn:
        return tr("Source / medium");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
    case AgeColumn:
        return tr("Age");
    default:
        return {};
    }
}

void LeadTableModel::setLeads(const QList<ops::Lead> &leads)
{
    beginResetModel();
    m_leads.clear();
    for (const ops::Lead &lead : leads) {
        if (rowOf(lead.id) < 0)
            m_leads.append(lead);
    }
    endResetModel();
}

int LeadTableModel::appendLeads(const QList<ops::Lead> &leads)
{
    QList<ops::Lead> fresh;
    for (const ops::Lead &lead : leads) {
        if (rowOf(lead.id) < 0) {
            bool twice = false;
            for (const ops::Lead &other : fresh)
                twice = twice || other.id == lead.id;
            if (!twice)
                fresh.append(lead);
        }
    }
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_leads.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_leads.append(fresh);
    endInsertRows();
    return int(fresh.size());
}

void LeadTableModel::applyChange(const ops::Lead &lead, bool belongs)
{
    const int row = rowOf(lead.id);
    // An action's answer and the change feed may arrive in either order: the newest version wins.
    if (row >= 0 && lead.version < m_leads.at(row).version)
        return;
    if (row >= 0 && !belongs) {
        removeLead(lead.id);
    } else if (row >= 0) {
        m_leads[row] = lead;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (belongs) {
        beginInsertRows({}, 0, 0);
        m_leads.prepend(lead);
        endInsertRows();
    }
}

void LeadTableModel::removeLead(qint64 leadId)
{
    const int row = rowOf(leadId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_leads.removeAt(row);
    endRemoveRows();
}

int LeadTableModel::rowOf(qint64 leadId) const
{
    for (int row = 0; row < m_leads.size(); ++row) {
        if (m_leads.at(row).id == leadId)
            return row;
    }
    return -1;
}

std::optional<ops::Lead> LeadTableModel::lead(qint64 leadId) const
{
    const int row = rowOf(leadId);
    if (row < 0)
        return std::nullopt;
    return m_leads.at(row);
}

void LeadTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_leads.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_leads.size()) - 1, ColumnCount - 1),
                           { Qt::DisplayRole });
}

} // namespace opc::ui
