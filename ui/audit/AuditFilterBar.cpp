#include "ui/audit/AuditFilterBar.h"

#include "ui/leads/LeadsUi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QToolButton>

namespace opc::ui {

namespace {

constexpr int kDefaultDays = 30;

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent), m_agent(new QComboBox(this)), m_action(new QComboBox(this)),
      m_entity(new QLineEdit(this)), m_dates(new QCheckBox(tr("&Dates"), this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_text(new QLineEdit(this)),
      m_operation(new QToolButton(this)), m_clear(new QPushButton(tr("C&lear"), this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    setAccessibleName(tr("Audit log filters"));

    leads_ui::namedCombo(m_agent, QStringLiteral("auditAgentFilter"), tr("Agent"));
    m_agent->addItem(tr("Any agent"), QString());
    m_agent->setToolTip(tr("Only the events of this agent"));
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    leads_ui::namedCombo(m_action, QStringLiteral("auditActionFilter"), tr("Action"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItem(QString());
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    leads_ui::named(m_action->lineEdit(), QStringLiteral("auditActionFilterText"), tr("Action"));
    m_action->setToolTip(tr("An action, or every action of a kind: \"merge.*\""));
    m_action->setMinimumContentsLength(16);

    leads_ui::named(m_entity, QStringLiteral("auditEntityFilter"), tr("Entity id"));
    m_entity->setPlaceholderText(tr("Entity id"));
    m_entity->setToolTip(tr("Only events about this account, request, lead… (its id)"));
    m_entity->setClearButtonEnabled(true);
    // Wide enough for its placeholder in either language (the Russian one is longer), no wider.
    const int entityWidth
        = m_entity->fontMetrics().horizontalAdvance(m_entity->placeholderText()) + 40;
    m_entity->setMinimumWidth(entityWidth);
    m_entity->setMaximumWidth(qMax(140, entityWidth));

    leads_ui::named(m_dates, QStringLiteral("auditDatesFilter"), tr("Only these days"));
    m_dates->setToolTip(tr("Only the events of these days (local time); off: any day"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    leads_ui::named(m_from, QStringLiteral("auditFromDate"), tr("First day"));
    leads_ui::named(m_to, QStringLiteral("auditToDate"), tr("Last day"));
    // Their text fields take the focus: named too.
    for (QDateEdit *edit : { m_from, m_to }) {
        if (auto *text = edit->findChild<QLineEdit *>())
            leads_ui::named(text, edit->objectName() + QStringLiteral("Text"),
                            edit->accessibleName());
    }
    m_from->setDate(today.addDays(1 - kDefaultDays));
    m_to->setDate(today);
    m_to->setMinimumDate(m_from->date());
    auto *dash = new QLabel(QStringLiteral("–"), this); // not text: the range's dash

    leads_ui::named(m_text, QStringLiteral("auditTextFilter"), tr("Search the events"));
    m_text->setPlaceholderText(tr("Search…"));
    m_text->setToolTip(tr("Events whose agent, action, entity, message or values contain this "
                          "text (any case)"));
    m_text->setClearButtonEnabled(true);
    m_textHint = m_text->toolTip();
    m_text->setMinimumWidth(120);

    leads_ui::named(m_operation, QStringLiteral("auditOperationFilter"),
                    tr("Only one operation; click to show all"));
    m_operation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_operation->setVisible(false);

    leads_ui::named(m_clear, QStringLiteral("auditClearFilters"), tr("Clear the filters"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_agent);
    layout->addWidget(m_action);
    layout->addWidget(m_entity);
    layout->addWidget(m_dates);
    layout->addWidget(m_from);
    layout->addWidget(dash);
    layout->addWidget(m_to);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_operation);
    layout->addWidget(m_clear);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &AuditFilterBar::announce);
    const auto typing = [this] {
        if (!m_applying)
            m_typing.start();
    };
    const auto chosen = [this] {
        if (!m_applying)
            announce();
    };
    connect(m_agent, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_action, &QComboBox::activated, this, chosen);
    connect(m_action->lineEdit(), &QLineEdit::textEdited, this, typing);
    connect(m_action->lineEdit(), &QLineEdit::returnPressed, this, chosen);
    connect(m_entity, &QLineEdit::textChanged, this, typing);
    connect(m_entity, &QLineEdit::returnPressed, this, chosen);
    connect(m_text, &QLineEdit::textChanged, this, typing);
    connect(m_text, &QLineEdit::returnPressed, this, chosen);
    connect(m_dates, &QCheckBox::toggled, this, [this, chosen](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        chosen();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this, chosen](const QDate &day) {
        m_to->setMinimumDate(day); // the last day is never before the first
        chosen();
    });
    connect(m_to, &QDateEdit::dateChanged, this, chosen);
    connect(m_operation, &QToolButton::clicked, this, [this] { setOperation(QString()); });
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clear);
}

void AuditFilterBar::setFacets(const ops::AuditFacets &facets)
{
    m_applying = true;
    const QString agent = m_agent->currentData().toString();
    while (m_agent->count() > 1)
        m_agent->removeItem(1);
    for (const ops::AuditActor &actor : facets.actors) {
        m_agent->addItem(actor.name.isEmpty() ? actor.id : actor.name, actor.id);
        m_agent->setItemData(m_agent->count() - 1, actor.id, Qt::ToolTipRole);
    }
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(agent)));

    // Kinds first ("merge.*"), then every action: one click for a whole wizard's steps.
    const QString action = m_action->currentText();
    while (m_action->count() > 1)
        m_action->removeItem(1);
    QStringList kinds;
    for (const QString &name : facets.actions) {
        const int dot = name.indexOf(QLatin1Char('.'));
        if (dot > 0 && !kinds.contains(name.left(dot) + QStringLiteral(".*")))
            kinds << name.left(dot) + QStringLiteral(".*");
    }
    m_action->addItems(kinds);
    m_action->addItems(facets.actions);
    m_action->setEditText(action);
    m_applying = false;
    if (m_agent->currentData().toString() != agent)
        announce();
}

QDateTime AuditFilterBar::startOfLocalDay(const QDate &day)
{
    return day.startOfDay(Qt::LocalTime).toUTC();
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter filter;
    filter.actor = m_agent->currentData().toString();
    filter.action = m_action->currentText().trimmed();
    filter.entity = m_entity->text().trimmed();
    filter.operation = m_operationId;
    filter.text = m_text->text().trimmed();
    if (m_dates->isChecked()) {
        filter.from = startOfLocalDay(m_from->date());
        filter.to = startOfLocalDay(m_to->date().addDays(1));
    }
    return filter;
}

void AuditFilterBar::announce()
{
    m_typing.stop();
    const AuditFilter current = filter();
    // What the CRM would refuse (a stray "*", an over-long text) is marked, not sent.
    QString bad;
    const bool valid = AuditFilter::fromQuery(current.toQuery(), &bad).has_value();
    for (QWidget *field : { static_cast<QWidget *>(m_action), static_cast<QWidget *>(m_entity),
                            static_cast<QWidget *>(m_text) }) {
        const bool wrong = !valid
            && ((field == m_action && bad == QLatin1String("action"))
                || (field == m_entity && bad == QLatin1String("entity"))
                || (field == m_text && bad == QLatin1String("text")));
        field->setStyleSheet(wrong ? QStringLiteral("color: #d0312d;") : QString());
    }
    // Why the search is not applied: a short word would match nearly every event.
    const bool shortText = !valid && bad == QLatin1String("text")
        && m_text->text().trimmed().size() < AuditFilter::kMinTextLength;
    m_text->setToolTip(
        shortText ? tr("Type at least %1 characters to search.").arg(AuditFilter::kMinTextLength)
                  : m_textHint);
    if (!valid || current == m_announced)
        return;
    m_announced = current;
    Q_EMIT filterChanged(current);
}

void AuditFilterBar::setFilter(const AuditFilter &filter)
{
    m_applying = true;
    int agent = filter.actor.isEmpty() ? 0 : m_agent->findData(filter.actor);
    if (agent < 0) {
        m_agent->addItem(filter.actor, filter.actor);
        agent = m_agent->count() - 1;
    }
    m_agent->setCurrentIndex(agent);
    m_action->setEditText(filter.action);
    m_entity->setText(filter.entity);
    m_text->setText(filter.text);
    m_dates->setChecked(filter.from.isValid() || filter.to.isValid());
    if (filter.from.isValid())
        m_from->setDate(filter.from.toLocalTime().date());
    if (filter.to.isValid())
        m_to->setDate(filter.to.toLocalTime().addMSecs(-1).date());
    m_operationId = filter.operation;
    showOperation();
    m_applying = false;
    announce();
}

void AuditFilterBar::setOperation(const QString &operationId)
{
    m_operationId = operationId;
    showOperation();
    announce();
}

void AuditFilterBar::showOperation()
{
    m_operation->setVisible(!m_operationId.isEmpty());
    m_operation->setText(tr("Operation %1 ✕").arg(m_operationId.left(8)));
    m_operation->setToolTip(
        tr("Only the events of operation %1. Click to show every operation.").arg(m_operationId));
}

void AuditFilterBar::clear()
{
    setFilter(AuditFilter {});
}

} // namespace opc::ui
