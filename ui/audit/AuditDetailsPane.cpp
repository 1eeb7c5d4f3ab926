#include "ui/audit/AuditDetailsPane.h"

#include "core/LocaleFormat.h"
#include "ui/leads/LeadsUi.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace opc::ui {

namespace {

// Enough for any wizard's steps; a longer operation says how many more there are.
constexpr int kOperationLimit = 200;

QLabel *valueLabel(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AuditDetailsPane::AuditDetailsPane(QWidget *parent)
    : QWidget(parent), m_placeholder(new QLabel(this)), m_body(new QWidget(this)),
      m_time(valueLabel(m_body, QStringLiteral("auditDetailTime"), tr("Time"))),
      m_agent(valueLabel(m_body, QStringLiteral("auditDetailAgent"), tr("Agent"))),
      m_action(valueLabel(m_body, QStringLiteral("auditDetailAction"), tr("Action"))),
      m_entity(valueLabel(m_body, QStringLiteral("auditDetailEntity"), tr("Entity"))),
      m_operation(valueLabel(m_body, QStringLiteral("auditDetailOperation"), tr("Operation"))),
      m_result(valueLabel(m_body, QStringLiteral("auditDetailResult"), tr("Result"))),
      m_message(valueLabel(m_body, QStringLiteral("auditDetailMessage"), tr("Message"))),
      m_changes(new QTableWidget(0, 3, m_body)), m_noChanges(new QLabel(m_body)),
      m_operationTitle(new QLabel(m_body)), m_operationList(new QListWidget(m_body)),
      m_onlyOperation(new QPushButton(tr("Show only this &operation"), m_body))
{
    setObjectName(QStringLiteral("auditDetails"));
    setAccessibleName(tr("Event details"));

    m_placeholder->setObjectName(QStringLiteral("auditDetailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Time:"), m_time);
    form->addRow(tr("Agent:"), m_agent);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Entity:"), m_entity);
    form->addRow(tr("Operation:"), m_operation);
    form->addRow(tr("Result:"), m_result);
    form->addRow(tr("Message:"), m_message);

    auto *changesTitle = new QLabel(tr("Before → after"), m_body);
    leads_ui::makeHeading(changesTitle);
    leads_ui::named(m_changes, QStringLiteral("auditChanges"), tr("Values before and after"));
    m_changes->setHorizontalHeaderLabels({ tr("Field"), tr("Before"), tr("After") });
    m_changes->verticalHeader()->setVisible(false);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(true);
    m_noChanges->setObjectName(QStringLiteral("auditNoChanges"));
    m_noChanges->setText(tr("This event recorded no values."));
    m_noChanges->setForegroundRole(QPalette::PlaceholderText);

    leads_ui::makeHeading(m_operationTitle);
    m_operationTitle->setObjectName(QStringLiteral("auditOperationTitle"));
    m_operationTitle->setWordWrap(true);
    leads_ui::named(m_operationList, QStringLiteral("auditOperationEvents"),
                    tr("Events of the same operation"));
    m_operationList->setMaximumHeight(160);
    leads_ui::named(m_onlyOperation, QStringLiteral("auditShowOperation"),
                    tr("Show only this operation's events in the log"));

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(form);
    body->addWidget(changesTitle);
    body->addWidget(m_changes, 1);
    body->addWidget(m_noChanges);
    body->addWidget(m_operationTitle);
    body->addWidget(m_operationList);
    body->addWidget(m_onlyOperation, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);

    connect(m_onlyOperation, &QPushButton::clicked, this, [this] {
        if (m_row && !m_row->operationId.isEmpty())
            Q_EMIT operationRequested(m_row->operationId);
    });
    connect(m_operationList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_operationList->row(item);
        if (index >= 0 && index < m_operationRows.size())
            setRow(m_operationRows.at(index));
    });
    clear();
}

void AuditDetailsPane::setClient(crm::CrmClient *client)
{
    m_client = client;
}

void AuditDetailsPane::setActorNames(const QHash<QString, QString> &names)
{
    m_actorNames = names;
    if (m_row)
        m_agent->setText(actorName(m_row->actor));
}

QString AuditDetailsPane::actorName(const QString &id) const
{
    const QString name = m_actorNames.value(id);
    return name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id);
}

void AuditDetailsPane::clear(const QString &text)
{
    m_row.reset();
    m_placeholder->setText(text.isEmpty() ? tr("Select an event to see its details.") : text);
    m_placeholder->setVisible(true);
    m_body->setVisible(false);
}

QString AuditDetailsPane::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: {
        // Numbers, booleans and null as JSON writes them.
        const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
}

void AuditDetailsPane::setRow(const ops::AuditRow &row)
{
    m_row = row;
    m_placeholder->setVisible(false);
    m_body->setVisible(true);
    const QDateTime local = row.occurredAt.toLocalTime();
    m_time->setText(QLocale().toString(local, QLocale::LongFormat));
    m_agent->setText(actorName(row.actor));
    m_action->setText(row.action);
    m_entity->setText(
        row.entityIds.isEmpty()
            ? row.entityType
            : tr("%1 %2").arg(row.entityType, row.entityIds.join(QStringLiteral(", "))));
    m_operation->setText(row.operationId.isEmpty() ? tr("None (a single event)") : row.operationId);
    leads_ui::setMessage(m_result, row.failed() ? tr("failed") : tr("ok"),
                         row.failed() ? leads_ui::Tone::Bad : leads_ui::Tone::Neutral);
    m_message->setText(row.message.isEmpty() ? QStringLiteral("—") : row.message);
    fillChanges(row);
    loadOperation(row.operationId);
}

void AuditDetailsPane::fillChanges(const ops::AuditRow &row)
{
    QStringList keys = row.before.keys();
    for (const QString &key : row.after.keys()) {
        if (!row.before.contains(key))
            keys << key;
    }
    std::sort(keys.begin(), keys.end());
    m_changes->setRowCount(int(keys.size()));
    QColor changedBand = palette().color(QPalette::Highlight);
    changedBand.setAlpha(60);
    for (int i = 0; i < keys.size(); ++i) {
        const QJsonValue before = row.before.value(keys.at(i));
        const QJsonValue after = row.after.value(keys.at(i));
        const bool changed = before != after;
        const QString cells[] = { keys.at(i), valueText(before), valueText(after) };
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            item->setData(Qt::UserRole, changed);
            if (changed) {
                item->setBackground(changedBand);
                if (column == 2) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            m_changes->setItem(i, column, item);
        }
        if (changed) // the words for those who do not see the colour
            m_changes->item(i, 0)->setToolTip(tr("%1 changed").arg(keys.at(i)));
    }
    m_changes->resizeRowsToContents();
    m_changes->setVisible(!keys.isEmpty());
    m_noChanges->setVisible(keys.isEmpty());
}

void AuditDetailsPane::loadOperation(const QString &operationId)
{
    m_onlyOperation->setEnabled(!operationId.isEmpty());
    if (operationId.isEmpty()) {
        if (m_request)
            m_request->deleteLater(); // aborts the request
        m_request = nullptr; // an answer arriving before the deletion is no longer wanted
        m_listedOperation.clear();
        m_operationRows.clear();
        m_operationList->clear();
        m_operationList->setVisible(false);
        m_operationTitle->setText(tr("Not part of an operation."));
        Q_EMIT operationListed();
        return;
    }
    m_operationList->setVisible(true);
    if (operationId == m_listedOperation) { // another event of the operation already listed
        for (int i = 0; i < m_operationRows.size(); ++i) {
            QListWidgetItem *item = m_operationList->item(i);
            QFont font = item->font();
            font.setBold(m_row && m_operationRows.at(i).id == m_row->id);
            item->setFont(font);
        }
        Q_EMIT operationListed();
        return;
    }
    if (m_request)
        m_request->deleteLater(); // an older operation's answer is no longer wanted
    m_request = nullptr;
    m_listedOperation = operationId;
    m_operationRows.clear();
    m_operationList->clear();
    m_operationTitle->setText(tr("Events of this operation: loading…"));
    if (!m_client)
        return;
    m_request = new QObject(this);
    ops::AuditPageQuery query;
    query.filter.operation = operationId;
    query.limit = kOperationLimit;
    query.withTotal = true;
    QObject *context = m_request;
    ops::loadAuditPage(m_client, query, context, [this, context](const ops::AuditPage &page) {
        if (context == m_request) // not an answer for an operation since left
            showOperation(page);
    });
}

void AuditDetailsPane::showOperation(const ops::AuditPage &page)
{
    if (m_request)
        m_request->deleteLater(); // its request is over; not deleted while it delivers
    m_request = nullptr;
    if (!page.ok()) {
        m_operationTitle->setText(
            tr("The operation's events could not be read: %1").arg(page.error->message));
        m_listedOperation.clear(); // asked again when an event is chosen again
        Q_EMIT operationListed();
        return;
    }
    m_operationRows = page.rows;
    const QLocale locale;
    m_operationTitle->setText(
        page.total > page.rows.size()
            ? tr("Events of this operation: the first %1 of %2")
                  .arg(locale.toString(page.rows.size()), locale.toString(page.total))
            : tr("Events of this operation: %Ln", nullptr, int(page.rows.size())));
    for (const ops::AuditRow &event : std::as_const(m_operationRows)) {
        const QString text
            = tr("%1  %2  %3")
                  .arg(human::timeWithSeconds(event.occurredAt.toLocalTime().time(), locale),
                       event.action, event.failed() ? tr("failed") : tr("ok"));
        auto *item = new QListWidgetItem(text, m_operationList);
        item->setData(Qt::UserRole, event.id);
        item->setToolTip(event.message);
        if (event.failed())
            item->setForeground(QColor(0xd0, 0x31, 0x2d));
        if (m_row && event.id == m_row->id) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    Q_EMIT operationListed();
}

} // namespace opc::ui
