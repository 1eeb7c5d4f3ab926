#include "ui/partner/PartnerLineListView.h"

#include "core/LocaleFormat.h"
#include "operations/partner/PartnerLineComment.h"
#include "ui/leads/LeadsUi.h"
#include "ui/partner/PartnerLineFilterProxy.h"
#include "ui/partner/PartnerLinePageModel.h"
#include "ui/partner/PartnerLineTableModel.h"
#include "ui/partner/PartnerUi.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;
using Column = PartnerLineTableModel::Column;

namespace {

constexpr int kDefaultPageSize = 100;

QAction *namedAction(QAction *action, const QString &objectName)
{
    action->setObjectName(objectName);
    return action;
}

// The comment's editor in the table: one line, as long as the CRM keeps, named.
class CommentDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setMaxLength(ops::kMaxPartnerLineCommentLength);
            named(line, QStringLiteral("partnerCommentEditor"),
                  PartnerLineListView::tr("Comment; Enter saves, Escape cancels"));
        }
        return editor;
    }
};

} // namespace

PartnerLineListView::PartnerLineListView(QWidget *parent)
    : QWidget(parent), m_model(new PartnerLineTableModel(this)),
      m_proxy(new PartnerLineFilterProxy(m_model, this)), m_pages(new PartnerLinePageModel(this)),
      m_country(new QComboBox(this)), m_status(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_table(new QTableView(this)), m_selection(new QLabel(this)),
      m_checkClient(new QPushButton(tr("Select the client's &lines"), this)),
      m_checkShown(new QPushButton(tr("Select all &shown"), this)),
      m_clearChecks(new QPushButton(tr("Clear selection"), this)), m_pageSize(new QComboBox(this)),
      m_previous(new QPushButton(tr("‹ &Previous"), this)), m_pageLabel(new QLabel(this)),
      m_next(new QPushButton(tr("N&ext ›"), this)), m_checkClientAction(new QAction(this)),
      m_checkShownAction(new QAction(tr("Select all lines shown"), this)),
      m_clearChecksAction(new QAction(tr("Clear selection"), this)),
      m_editCommentAction(new QAction(tr("Edit the comment"), this))
{
    setObjectName(QStringLiteral("partnerLineListView"));
    m_pages->setSourceModel(m_proxy);
    m_pages->setPageSize(kDefaultPageSize);
    buildFilters();
    buildTable();
    buildFooter();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_country);
    filters->addWidget(m_status);
    filters->addWidget(m_count);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_selection, 1);
    footer->addWidget(m_checkClient);
    footer->addWidget(m_checkShown);
    footer->addWidget(m_clearChecks);
    footer->addSpacing(16);
    footer->addWidget(m_pageSize);
    footer->addWidget(m_previous);
    footer->addWidget(m_pageLabel);
    footer->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_model, &PartnerLineTableModel::linesSet, this, [this] {
        updateCountries();
        updateFooter();
        Q_EMIT linesShown();
    });
    connect(m_model, &PartnerLineTableModel::checksChanged, this, [this] {
        updateFooter();
        Q_EMIT targetsChanged();
    });
    connect(m_pages, &PartnerLinePageModel::pagingChanged, this,
            &PartnerLineListView::updateFooter);
    connect(m_pages, &QAbstractItemModel::modelReset, this, [this] {
        // A new page, filter or order: the current line stays current if it is still shown.
        const int row = currentRow();
        const QModelIndex shown = row < 0 ? QModelIndex()
                                          : m_pages->mapFromSource(m_proxy->mapFromSource(
                                              m_model->index(row, Column::AccountColumn)));
        if (shown.isValid()) {
            m_table->selectionModel()->setCurrentIndex(
                shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        } else if (m_currentLineId) {
            m_currentLineId = 0;
            Q_EMIT currentLineChanged();
            Q_EMIT targetsChanged();
        }
        updateFooter();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid()
                    ? current.data(PartnerLineTableModel::LineIdRole).toLongLong()
                    : 0;
                if (id == m_currentLineId)
                    return;
                m_currentLineId = id;
                updateFooter();
                Q_EMIT currentLineChanged();
                Q_EMIT targetsChanged();
            });
    updateFooter();
}

void PartnerLineListView::buildFilters()
{
    leads_ui::namedCombo(m_country, QStringLiteral("partnerCountryFilter"), tr("Country"));
    m_country->addItem(tr("Every country"), QString());
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_country->setToolTip(tr("Only the countries of your clients are offered."));

    leads_ui::namedCombo(m_status, QStringLiteral("partnerStatusFilter"), tr("Line status"));
    m_status->addItem(tr("Every status"), -1);
    for (partner::LineStatus status :
         { partner::LineStatus::Active, partner::LineStatus::Expiring7,
           partner::LineStatus::Expiring30, partner::LineStatus::Expired })
        m_status->addItem(partner_ui::lineStatusFilterName(status), int(status));
    m_status->setToolTip(tr("Lines by status, counted from the CRM's today."));

    named(m_search, QStringLiteral("partnerSearch"), tr("Search the lines"));
    m_search->setPlaceholderText(tr("Search: client ID, e-mail, organisation, project, line, "
                                    "comment"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("partnerLinesCount"));
    m_count->setAccessibleName(tr("Lines shown"));

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &PartnerLineListView::applySearch);
    connect(&m_searchDelay, &QTimer::timeout, this, &PartnerLineListView::applyFilters);
    connect(m_country, &QComboBox::currentIndexChanged, this, &PartnerLineListView::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PartnerLineListView::applyFilters);
}

void PartnerLineListView::buildTable()
{
    named(m_table, QStringLiteral("partnerLinesTable"), tr("Client lines"));
    m_table->setModel(m_pages);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(Column::CommentColumn, new CommentDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Column::ExpiryColumn, Qt::AscendingOrder); // the most urgent first

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    // Organisation and comment share what the others leave; the others are as wide as their
    // longest text in Russian (a small laptop's 1366 px).
    header->setSectionResizeMode(Column::OrganisationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Column::CommentColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int pad = 14;
    const auto width = [&](Column column, const QStringList &samples) {
        // The header's text leaves room for the sort arrow.
        int widest = metrics.horizontalAdvance(
                         m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
            + 12;
        for (const QString &sample : samples)
            widest = std::max(widest, metrics.horizontalAdvance(sample));
        header->resizeSection(column, widest + pad);
    };
    width(Column::AccountColumn, { QStringLiteral("PC-100000") });
    width(Column::ProjectColumn, { QStringLiteral("Проект 12") });
    width(Column::LineColumn, { QStringLiteral("L-20001 (NFR)") });
    width(Column::StatusColumn,
          { QStringLiteral("Истекает ≤ 30 дн."),
            partner_ui::lineStatusName(partner::LineStatus::Expiring30) });
    width(Column::ExpiryColumn, { human::date(QDate(2026, 12, 28)) });
    width(Column::ChannelsColumn, { QStringLiteral("3 (3 off)") });
    width(Column::PackagesColumn, { QStringLiteral("20 000 / 00") });
    // The check box column: as wide as the box.
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    const int box = m_table->style()
                        ->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, m_table)
                        .width();
    header->setMinimumSectionSize(box + 12);
    header->resizeSection(Column::SelectColumn, box + 12);

    m_checkClientAction->setObjectName(QStringLiteral("partnerCheckClientAction"));
    namedAction(m_checkShownAction, QStringLiteral("partnerCheckShownAction"));
    namedAction(m_clearChecksAction, QStringLiteral("partnerClearChecksAction"));
    namedAction(m_editCommentAction, QStringLiteral("partnerEditCommentAction"));
    m_editCommentAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editCommentAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_editCommentAction);
    connect(m_checkClientAction, &QAction::triggered, this, [this] {
        if (const auto line = currentLine())
            checkClientLines(line->clientId);
    });
    connect(m_checkShownAction, &QAction::triggered, this, &PartnerLineListView::checkAllShown);
    connect(m_clearChecksAction, &QAction::triggered, this, &PartnerLineListView::clearChecks);
    connect(m_editCommentAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        if (current.isValid())
            m_table->edit(current.siblingAtColumn(Column::CommentColumn));
    });
    connect(m_table, &QWidget::customContextMenuRequested, this,
            &PartnerLineListView::showContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this] { Q_EMIT filtered(); });
}

void PartnerLineListView::buildFooter()
{
    m_selection->setObjectName(QStringLiteral("partnerSelectionLabel"));
    m_selection->setWordWrap(true);
    m_selection->setAccessibleName(tr("Selected lines"));
    named(m_checkClient, QStringLiteral("partnerCheckClientButton"),
          tr("Select all lines of the current line's client"));
    named(m_checkShown, QStringLiteral("partnerCheckShownButton"),
          tr("Select every line the filters show"));
    named(m_clearChecks, QStringLiteral("partnerClearChecksButton"), tr("Clear the selection"));
    leads_ui::namedCombo(m_pageSize, QStringLiteral("partnerPageSize"), tr("Lines per page"));
    for (int size : { 50, 100, 500 })
        m_pageSize->addItem(tr("%1 a page").arg(size), size);
    m_pageSize->addItem(tr("Show all"), 0);
    m_pageSize->setCurrentIndex(m_pageSize->findData(kDefaultPageSize));
    named(m_previous, QStringLiteral("partnerPreviousPageButton"), tr("Previous page"));
    named(m_next, QStringLiteral("partnerNextPageButton"), tr("Next page"));
    m_pageLabel->setObjectName(QStringLiteral("partnerPageLabel"));
    m_pageLabel->setAccessibleName(tr("Page"));

    connect(m_checkClient, &QPushButton::clicked, m_checkClientAction, &QAction::trigger);
    connect(m_checkShown, &QPushButton::clicked, this, &PartnerLineListView::checkAllShown);
    connect(m_clearChecks, &QPushButton::clicked, this, &PartnerLineListView::clearChecks);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            [this] { m_pages->setPageSize(m_pageSize->currentData().toInt()); });
    connect(m_previous, &QPushButton::clicked, this,
            [this] { m_pages->setPage(m_pages->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_pages->setPage(m_pages->page() + 1); });
}

void PartnerLineListView::setLines(const QList<ops::PartnerLine> &lines)
{
    m_model->setLinesInBackground(lines);
}

void PartnerLineListView::updateCountries()
{
    const QString chosen = m_country->currentData().toString();
    const QSignalBlocker blocker(m_country);
    while (m_country->count() > 1)
        m_country->removeItem(1);
    QList<QPair<QString, QString>> countries; // name, code
    for (const QString &code : m_model->countries())
        countries.append({ partner_ui::countryName(code), code });
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : std::as_const(countries))
        m_country->addItem(name, code);
    const int again = m_country->findData(chosen);
    m_country->setCurrentIndex(again < 0 ? 0 : again);
    if (again < 0 && !chosen.isEmpty())
        applyFilters();
}

void PartnerLineListView::applySearch()
{
    m_searchDelay.stop();
    applyFilters();
}

void PartnerLineListView::applyFilters()
{
    m_searchDelay.stop();
    const int status = m_status->currentData().toInt();
    m_proxy->setFilters(status < 0 ? std::nullopt
                                   : std::optional(static_cast<partner::LineStatus>(status)),
                        m_country->currentData().toString(), m_search->text());
    updateFooter();
    Q_EMIT filtered();
}

int PartnerLineListView::currentRow() const
{
    return m_currentLineId ? m_model->rowOf(m_currentLineId) : -1;
}

std::optional<ops::PartnerLine> PartnerLineListView::currentLine() const
{
    const int row = currentRow();
    if (row < 0)
        return std::nullopt;
    return m_model->lineAt(row);
}

void PartnerLineListView::selectLine(qint64 lineId)
{
    const int row = m_model->rowOf(lineId);
    if (row < 0)
        return;
    const QModelIndex proxied = m_proxy->mapFromSource(m_model->index(row, Column::AccountColumn));
    if (!proxied.isValid())
        return;
    m_currentLineId = lineId; // kept through the page change below
    if (m_pages->pageSize() > 0)
        m_pages->setPage(proxied.row() / m_pages->pageSize());
    const QModelIndex shown = m_pages->mapFromSource(proxied);
    m_table->selectionModel()->setCurrentIndex(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(shown);
    updateFooter();
    Q_EMIT currentLineChanged();
    Q_EMIT targetsChanged();
}

QList<int> PartnerLineListView::targetRows() const
{
    if (m_model->checkedCount() > 0)
        return m_model->checkedRows();
    const int row = currentRow();
    return row < 0 ? QList<int>() : QList<int> { row };
}

void PartnerLineListView::checkClientLines(qint64 clientId)
{
    m_model->setChecked(m_model->rowsOfClient(clientId), true);
}

void PartnerLineListView::checkAllShown()
{
    m_model->setChecked(m_proxy->acceptedSourceRows(), true);
}

void PartnerLineListView::clearChecks()
{
    m_model->clearChecks();
}

void PartnerLineListView::setLineActions(const QList<QAction *> &actions)
{
    m_lineActions = actions;
}

void PartnerLineListView::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_table->indexAt(at);
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Built anew each time (the client's name is in it) and shown without waiting for it.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("partnerLinesContextMenu"));
    menu->setAccessibleName(tr("Line actions"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<ops::PartnerLine> line = currentLine();
    m_checkClientAction->setText(line ? tr("Select all lines of %1").arg(line->organisation)
                                      : tr("Select all lines of the client"));
    m_checkClientAction->setEnabled(line.has_value());
    m_editCommentAction->setEnabled(line.has_value()
                                    && !m_model->isCommentPending(line ? line->id : 0));
    menu->addAction(m_checkClientAction);
    menu->addAction(m_checkShownAction);
    menu->addAction(m_clearChecksAction);
    menu->addSeparator();
    menu->addAction(m_editCommentAction);
    if (!m_lineActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_lineActions);
    }
    // Disabled actions say why in their tooltip: let the menu show it.
    menu->setToolTipsVisible(true);
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

void PartnerLineListView::updateFooter()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all
                         ? tr("%Ln line(s)", nullptr, all)
                         : tr("%1 of %Ln line(s)", nullptr, all).arg(partner_ui::number(shown)));
    const int checked = m_model->checkedCount();
    m_selection->setText(checked > 0 ? tr("%Ln line(s) selected.", nullptr, checked)
                                     : (currentRow() >= 0
                                            ? tr("No lines ticked: actions use the current line.")
                                            : tr("No lines selected.")));
    const std::optional<ops::PartnerLine> line = currentLine();
    m_checkClient->setEnabled(line.has_value());
    m_checkClient->setToolTip(
        line ? tr("Select all lines of %1 (%2).").arg(line->organisation, line->clientAccountId)
             : tr("Click a line of the client first."));
    m_checkShown->setEnabled(shown > 0 && checked < shown);
    m_checkShown->setToolTip(
        tr("Select the %Ln line(s) the filters show, on every page.", nullptr, shown));
    m_clearChecks->setEnabled(checked > 0);
    m_clearChecksAction->setEnabled(checked > 0);
    m_checkShownAction->setEnabled(shown > 0);
    const int pages = m_pages->pageCount();
    m_pageLabel->setText(
        tr("Page %1 of %2")
            .arg(partner_ui::number(m_pages->page() + 1), partner_ui::number(pages)));
    m_previous->setEnabled(m_pages->page() > 0);
    m_next->setEnabled(m_pages->page() + 1 < pages);
}

} // namespace opc::ui
