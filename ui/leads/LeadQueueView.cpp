#include "ui/leads/LeadQueueView.h"

#include "ui/leads/LeadTableModel.h"
#include "ui/leads/LeadsUi.h"
#include "ui/merge/BusyIndicator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;

namespace {

// Leads per request, and per load: a queue is read to its end up to kLoadLimit leads, so that
// sorting by time (newest first) is over the whole queue, not over the CRM's first page.
constexpr int kPageSize = 200;
constexpr int kLoadLimit = 1000;

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

bool matchesSearch(const ops::Lead &lead, const QString &search)
{
    if (search.isEmpty())
        return true;
    if (lead.name.contains(search, Qt::CaseInsensitive)
        || lead.email.contains(search, Qt::CaseInsensitive)
        || lead.phone.contains(search, Qt::CaseInsensitive))
        return true;
    // "8 499 765" finds +74997654321: compare digits, without the trunk prefix.
    QString digits = digitsOf(search);
    if (digits.size() >= 3
        && (digits.startsWith(QLatin1Char('8')) || digits.startsWith(QLatin1Char('7'))))
        digits.remove(0, 1);
    return digits.size() >= 3 && digitsOf(lead.phone).contains(digits);
}

} // namespace

LeadQueueView::LeadQueueView(ops::LeadQueue queue, crm::CrmClient *client, const QString &myId,
                             QWidget *parent)
    : QWidget(parent), m_queue(queue), m_client(client), m_myId(myId),
      m_search(new QLineEdit(this)), m_model(new LeadTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_busy(new BusyIndicator(this)), m_state(new QLabel(this)),
      m_more(new QPushButton(tr("Load &more"), this))
{
    setObjectName(name("LeadsView"));

    named(m_search, name("LeadsSearch"), tr("Search by name, phone or e-mail"));
    m_search->setPlaceholderText(tr("Search by name, phone or e-mail"));
    m_search->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    if (queue != ops::LeadQueue::Free) {
        m_status
            = leads_ui::namedCombo(new QComboBox(this), name("LeadsStatusFilter"), tr("Status"));
        m_status->addItem(tr("Any status"), QString());
        for (const char *status : { "free", "in_work", "success", "failure", "duplicate" }) {
            const QString wire = QString::fromLatin1(status);
            m_status->addItem(ops::leadStatusDisplayName(wire), wire);
        }
        filters->addWidget(m_status);
        connect(m_status, &QComboBox::currentIndexChanged, this, &LeadQueueView::reload);
    }
    if (queue == ops::LeadQueue::All) {
        m_assignee
            = leads_ui::namedCombo(new QComboBox(this), name("LeadsAssigneeFilter"), tr("Agent"));
        m_assignee->addItem(tr("Every agent"), QString());
        m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(m_assignee);
        connect(m_assignee, &QComboBox::currentIndexChanged, this, &LeadQueueView::reload);
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LeadTableModel::SortRole);
    named(m_table, name("LeadsTable"), tr("Leads"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeadTableModel::TimeColumn, Qt::DescendingOrder); // newest on top
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // Name and e-mail share what the fixed columns leave (little in All, with its assignee).
    header->setSectionResizeMode(LeadTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LeadTableModel::EmailColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    // Widths for a small laptop (1366 px) in Russian.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int pad = 16;
    header->resizeSection(LeadTableModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("22 Nov 00:00")) + pad);
    header->resizeSection(LeadTableModel::TypeColumn,
                          metrics.horizontalAdvance(QStringLiteral("Звонок")) + pad);
    header->resizeSection(LeadTableModel::PhoneColumn,
                          metrics.horizontalAdvance(QStringLiteral("+7 (499) 000-00-00")) + pad);
    header->resizeSection(LeadTableModel::SourceColumn,
                          metrics.horizontalAdvance(QStringLiteral("Яндекс Директ / cpc")) + pad);
    header->resizeSection(LeadTableModel::StatusColumn,
                          metrics.horizontalAdvance(QStringLiteral("В работе")) + pad);
    header->resizeSection(LeadTableModel::AssigneeColumn,
                          metrics.horizontalAdvance(QStringLiteral("Анна Смирнова")) + pad);
    header->resizeSection(LeadTableModel::AgeColumn,
                          metrics.horizontalAdvance(QStringLiteral("00 min")) + pad);
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("Name")) + pad);
    // A free lead is no one's and my leads are mine: only All says whose a lead is.
    m_table->setColumnHidden(LeadTableModel::AssigneeColumn, queue != ops::LeadQueue::All);

    m_state->setObjectName(name("LeadsState"));
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Queue state"));
    named(m_more, name("LeadsMoreButton"), tr("Load more leads"));
    m_more->hide();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_state, 1);
    bottom->addWidget(m_more);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(350);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &LeadQueueView::reload);
    connect(&m_searchDelay, &QTimer::timeout, this, &LeadQueueView::reload);
    connect(m_more, &QPushButton::clicked, this, [this] { load(true); });
    // The current row alone is not enough: focus makes the first row current unselected, and a
    // click on it then selects it without moving the current row.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LeadQueueView::currentLeadChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LeadQueueView::currentLeadChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT leadActivated(index.data(LeadTableModel::LeadIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LeadQueueView::countChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LeadQueueView::countChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeadQueueView::countChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        // The selected lead may have changed under the selection (taken, released).
        if (m_table->selectionModel()->currentIndex().isValid())
            Q_EMIT currentLeadChanged();
    });
    connect(this, &LeadQueueView::countChanged, this, &LeadQueueView::updateState);

    m_ageTick.setInterval(30000);
    connect(&m_ageTick, &QTimer::timeout, this,
            [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    m_ageTick.start();
}

QString LeadQueueView::name(const char *suffix) const
{
    return ops::leadQueueToWire(m_queue) + QLatin1String(suffix);
}

QString LeadQueueView::title() const
{
    QString base;
    switch (m_queue) {
    case ops::LeadQueue::Free:
        base = tr("Free");
        break;
    case ops::LeadQueue::Mine:
        base = tr("My");
        break;
    case ops::LeadQueue::All:
        base = tr("All");
        break;
    }
    if (!m_loaded)
        return base;
    const QString count = QLocale().toString(m_model->rowCount())
        + (m_nextCursor.isEmpty() ? QString() : QStringLiteral("+"));
    return tr("%1 (%2)").arg(base, count);
}

void LeadQueueView::reload()
{
    load(false);
}

void LeadQueueView::load(bool more)
{
    m_searchDelay.stop();
    ops::LeadListQuery query;
    query.queue = m_queue;
    query.search = m_search->text().trimmed();
    query.status = m_status ? m_status->currentData().toString() : QString();
    query.assigneeId = m_assignee ? m_assignee->currentData().toString() : QString();
    query.limit = kPageSize;
    if (more)
        query.cursor = m_nextCursor;
    const int generation = ++m_generation;
    m_loading = true;
    m_more->setEnabled(false);
    m_busy->setBusy(more ? tr("Loading more leads…") : tr("Loading leads…"));
    ops::listAllLeads(
        m_client, query, kLoadLimit, this, [this, generation, more](const ops::LeadPage &page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_busy->setIdle();
            m_more->setEnabled(true);
            if (!page.ok()) {
                showState(tr("Could not load the leads: %1").arg(page.error->message), true);
                return;
            }
            const std::optional<ops::Lead> current = currentLead();
            m_loaded = true;
            m_nextCursor = page.nextCursor;
            rememberAssignees(page.items);
            if (more) {
                m_model->appendLeads(page.items);
            } else {
                m_model->setLeads(page.items);
                if (current)
                    selectLead(current->id);
            }
            m_more->setVisible(!m_nextCursor.isEmpty());
            updateState();
            Q_EMIT countChanged();
        });
}

void LeadQueueView::applyChanges(const QList<ops::Lead> &leads)
{
    rememberAssignees(leads);
    if (!m_loaded)
        return; // the first load shows them
    const std::optional<ops::Lead> current = currentLead();
    for (const ops::Lead &lead : leads)
        m_model->applyChange(lead, belongs(lead));
    // The selected lead left (someone took it): select nothing rather than the lead that moved
    // into its row, which a quick second click on Take would take by mistake.
    if (current && m_model->rowOf(current->id) < 0)
        m_table->selectionModel()->clear();
}

bool LeadQueueView::belongs(const ops::Lead &lead) const
{
    switch (m_queue) {
    case ops::LeadQueue::Free:
        if (lead.status != QLatin1String("free"))
            return false;
        break;
    case ops::LeadQueue::Mine:
        if (!lead.assignee || lead.assignee->id != m_myId)
            return false;
        break;
    case ops::LeadQueue::All:
        break;
    }
    if (m_status && !m_status->currentData().toString().isEmpty()
        && lead.status != m_status->currentData().toString())
        return false;
    if (m_assignee && !m_assignee->currentData().toString().isEmpty()
        && (!lead.assignee || lead.assignee->id != m_assignee->currentData().toString()))
        return false;
    return matchesSearch(lead, m_search->text().trimmed());
}

std::optional<ops::Lead> LeadQueueView::currentLead() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    if (!index.isValid()
        || !m_table->selectionModel()->isRowSelected(
            m_table->selectionModel()->currentIndex().row()))
        return std::nullopt;
    return m_model->leadAt(index.row());
}

void LeadQueueView::selectLead(qint64 leadId)
{
    const int row = m_model->rowOf(leadId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LeadQueueView::rememberAssignees(const QList<ops::Lead> &leads)
{
    if (!m_assignee)
        return;
    for (const ops::Lead &lead : leads) {
        if (!lead.assignee || m_assignees.contains(lead.assignee->id))
            continue;
        m_assignees.insert(lead.assignee->id, lead.assignee->displayName);
        // Sorted by name after "Every agent"; adding one keeps the current choice.
        int at = 1;
        while (at < m_assignee->count()
               && QString::localeAwareCompare(m_assignee->itemText(at), lead.assignee->displayName)
                   < 0)
            ++at;
        const QSignalBlocker blocker(m_assignee);
        m_assignee->insertItem(at, lead.assignee->displayName, lead.assignee->id);
    }
}

void LeadQueueView::showState(const QString &text, bool failure)
{
    leads_ui::setMessage(m_state, text, failure ? leads_ui::Tone::Bad : leads_ui::Tone::Neutral);
}

void LeadQueueView::updateState()
{
    if (!m_loaded)
        return;
    if (m_model->rowCount() > 0) {
        showState({});
        return;
    }
    const bool filtered = !m_search->text().trimmed().isEmpty()
        || (m_status && m_status->currentIndex() > 0)
        || (m_assignee && m_assignee->currentIndex() > 0);
    if (filtered)
        showState(tr("No leads match the filters."));
    else if (m_queue == ops::LeadQueue::Free)
        showState(tr("No free leads right now. New ones appear here by themselves."));
    else if (m_queue == ops::LeadQueue::Mine)
        showState(tr("You hold no leads. Take one from Free leads."));
    else
        showState(tr("No leads yet."));
}

} // namespace opc::ui
