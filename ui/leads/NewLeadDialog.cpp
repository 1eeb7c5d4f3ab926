#include "ui/leads/NewLeadDialog.h"

#include "core/leads/Email.h"
#include "core/leads/PhoneNumber.h"
#include "ui/AppSettings.h"
#include "ui/leads/LeadsUi.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;
using leads_ui::Tone;

namespace {

const QString kPhone = QStringLiteral("phone");
const QString kEmail = QStringLiteral("email");
const QString kTags = QStringLiteral("tags");

// A pause this long in typing shows the edited fields' problems.
constexpr int kShowProblemsMs = 700;

QStringList tagsOf(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    }
    return tags;
}

} // namespace

NewLeadDialog::NewLeadDialog(crm::CrmClient *client, const ops::Actor &actor, AppSettings *settings,
                             QWidget *parent)
    : QDialog(parent), m_client(client), m_actor(actor), m_settings(settings),
      m_check(new ops::LiveDuplicateCheck(client, this)),
      m_call(new QRadioButton(leads_ui::leadTypeName(leads::LeadType::Call), this)),
      m_form(new QRadioButton(leads_ui::leadTypeName(leads::LeadType::Form), this)),
      m_clientType(new QComboBox(this)), m_moreToggle(new QToolButton(this)),
      m_more(new QWidget(this)), m_hint(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)), m_create(nullptr)
{
    setObjectName(QStringLiteral("newLeadDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("New lead"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    named(m_call, QStringLiteral("newLeadCallRadio"), tr("A call"));
    named(m_form, QStringLiteral("newLeadFormRadio"), tr("A form or an e-mail"));
    m_call->setChecked(true);
    auto *types = new QButtonGroup(this);
    types->addButton(m_call);
    types->addButton(m_form);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_call);
    typeRow->addWidget(m_form);
    typeRow->addStretch();
    form->addRow(tr("Type:"), typeRow);

    // Adds "label: field" with the note line under the field.
    const auto row = [this, form](const QString &field, const QString &objectName,
                                  const QString &label, const QString &placeholder) {
        QLineEdit *edit = addEdit(field, objectName, label, placeholder);
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(edit);
        boxLayout->addWidget(m_notes.value(field));
        auto *caption = new QLabel(label, this);
        caption->setBuddy(edit);
        form->addRow(caption, box);
    };
    row(kPhone, QStringLiteral("newLeadPhoneEdit"), tr("&Phone:"), tr("e.g. 8 499 765-43-21"));
    row(kEmail, QStringLiteral("newLeadEmailEdit"), tr("&E-mail:"), tr("e.g. name@example.org"));
    row(QStringLiteral("name"), QStringLiteral("newLeadNameEdit"), tr("&Name:"), {});

    leads_ui::namedCombo(m_clientType, QStringLiteral("newLeadClientTypeCombo"), tr("Client type"));
    m_clientType->addItem(tr("Individual"), QStringLiteral("individual"));
    m_clientType->addItem(tr("Legal entity"), QStringLiteral("legal"));
    auto *clientCaption = new QLabel(tr("C&lient:"), this);
    clientCaption->setBuddy(m_clientType);
    form->addRow(clientCaption, m_clientType);

    row(QStringLiteral("source"), QStringLiteral("newLeadSourceEdit"), tr("&Source:"),
        tr("e.g. google"));
    row(QStringLiteral("medium"), QStringLiteral("newLeadMediumEdit"), tr("&Medium:"),
        tr("e.g. cpc"));
    row(kTags, QStringLiteral("newLeadTagsEdit"), tr("&Tags:"), tr("comma-separated"));

    // Attribution an agent rarely has: folded away until asked for.
    named(m_moreToggle, QStringLiteral("newLeadMoreToggle"), tr("Show the UTM fields"));
    m_moreToggle->setText(tr("&UTM and Google client id"));
    m_moreToggle->setCheckable(true);
    m_moreToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreToggle->setArrowType(Qt::RightArrow);
    m_moreToggle->setAutoRaise(true);
    auto *moreForm = new QFormLayout(m_more);
    moreForm->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QString>> utm {
        { QStringLiteral("utm_source"), QStringLiteral("utm_source:") },
        { QStringLiteral("utm_medium"), QStringLiteral("utm_medium:") },
        { QStringLiteral("utm_campaign"), QStringLiteral("utm_campaign:") },
        { QStringLiteral("utm_content"), QStringLiteral("utm_content:") },
        { QStringLiteral("utm_term"), QStringLiteral("utm_term:") },
        { QStringLiteral("google_client_id"), tr("Google client id:") },
    };
    for (const auto &[field, label] : utm) {
        QLineEdit *edit
            = addEdit(field, QStringLiteral("newLead_%1_Edit").arg(field), label, QString());
        auto *box = new QWidget(m_more);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(edit);
        boxLayout->addWidget(m_notes.value(field));
        moreForm->addRow(label, box);
    }
    m_more->hide();

    m_hint->setObjectName(QStringLiteral("newLeadDuplicateHint"));
    m_hint->setAccessibleName(tr("Duplicate check"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leads_ui::setMessage(m_hint,
                         tr("Type a phone or an e-mail: the CRM is asked whether the "
                            "lead is a duplicate."));
    m_problem->setObjectName(QStringLiteral("newLeadProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    named(m_create, QStringLiteral("newLeadCreateButton"), tr("Create the lead"));
    m_create->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    named(cancel, QStringLiteral("newLeadCancelButton"), tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_moreToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_more);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_showDelay.setSingleShot(true);
    m_showDelay.setInterval(kShowProblemsMs);
    connect(&m_showDelay, &QTimer::timeout, this, [this] {
        m_shown.unite(m_edited);
        m_edited.clear();
        validate();
    });
    connect(m_call, &QRadioButton::toggled, this, [this] { edited(QStringLiteral("type")); });
    connect(m_clientType, &QComboBox::currentIndexChanged, this, [this] { validate(); });
    connect(m_moreToggle, &QToolButton::toggled, this, [this](bool on) {
        m_more->setVisible(on);
        m_moreToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_moreToggle->setAccessibleName(on ? tr("Hide the UTM fields") : tr("Show the UTM fields"));
    });
    connect(m_check, &ops::LiveDuplicateCheck::checked, this, &NewLeadDialog::showDuplicateHint);
    connect(m_create, &QPushButton::clicked, this, &NewLeadDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    if (!m_settings || !restoreGeometry(m_settings->newLeadDialogGeometry()))
        resize(sizeHint().expandedTo(QSize(560, 0)));
    validate();
    m_edits.value(kPhone)->setFocus(Qt::OtherFocusReason);
}

void NewLeadDialog::fitHeight()
{
    // A note or the hint that wraps onto more lines must not be squeezed: grow to show it whole
    // (never shrink below the size the agent gave the dialog).
    QLayout *top = layout();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                : top->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QLineEdit *NewLeadDialog::addEdit(const QString &field, const QString &objectName,
                                  const QString &label, const QString &placeholder)
{
    QString accessible = label;
    accessible.remove(QLatin1Char('&'));
    if (accessible.endsWith(QLatin1Char(':')))
        accessible.chop(1);
    auto *edit = named(new QLineEdit(this), objectName, accessible);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *note = new QLabel(this);
    note->setObjectName(objectName.chopped(4) + QStringLiteral("Note"));
    note->setWordWrap(true);
    note->hide();
    m_edits.insert(field, edit);
    m_notes.insert(field, note);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { edited(field); });
    connect(edit, &QLineEdit::editingFinished, this, [this, field] {
        if (!m_edits.value(field)->text().trimmed().isEmpty() || m_edited.contains(field)) {
            m_shown.insert(field);
            validate();
        }
    });
    return edit;
}

QLabel *NewLeadDialog::noteFor(const QString &field) const
{
    return m_notes.value(field, nullptr);
}

QJsonObject NewLeadDialog::leadJson() const
{
    QJsonObject json;
    json.insert(
        QStringLiteral("type"),
        leads::leadTypeToWire(m_call->isChecked() ? leads::LeadType::Call : leads::LeadType::Form));
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue;
        if (it.key() == kTags)
            json.insert(kTags, QJsonArray::fromStringList(tagsOf(text)));
        else
            json.insert(it.key(), text);
    }
    json.insert(QStringLiteral("client_type"), m_clientType->currentData().toString());
    json.insert(QStringLiteral("received_at"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return json;
}

void NewLeadDialog::edited(const QString &field)
{
    m_edited.insert(field);
    m_showDelay.start();
    validate();
    if (field == kPhone || field == kEmail || field == QLatin1String("type"))
        updateDuplicateCheck();
}

void NewLeadDialog::validate()
{
    QMap<QString, QString> problems;
    for (const leads::FieldError &problem : leads::LeadInput::problemsOf(leadJson())) {
        if (!problems.contains(problem.field))
            problems.insert(problem.field, problem.message);
    }
    // A problem shows once its field was left or paused in, or Create was pressed; a field that
    // became valid loses its problem at once.
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        const QString &field = it.key();
        QLabel *note = it.value();
        const bool show = m_triedCreate || m_shown.contains(field);
        if (problems.contains(field) && show) {
            leads_ui::setMessage(note, problems.value(field), Tone::Bad);
            m_edits.value(field)->setProperty("invalid", true);
        } else if (field == kPhone && !problems.contains(field)
                   && !m_edits.value(field)->text().trimmed().isEmpty()) {
            // What the CRM will store, as people read it.
            const auto phone = leads::normalizePhone(m_edits.value(field)->text(), nullptr);
            leads_ui::setMessage(
                note, phone ? tr("Stored as %1").arg(leads::formatPhone(*phone)) : QString());
            m_edits.value(field)->setProperty("invalid", false);
        } else {
            leads_ui::setMessage(note, {});
            m_edits.value(field)->setProperty("invalid", false);
        }
    }
    // Problems of keys without a field of their own (none today; a future rule may add one).
    QStringList other;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        if (!m_notes.contains(it.key()) && m_triedCreate)
            other << tr("%1: %2").arg(it.key(), it.value());
    }
    if (!m_busy)
        leads_ui::setMessage(m_problem, other.join(QLatin1Char('\n')), Tone::Bad);
    fitHeight();
}

void NewLeadDialog::updateDuplicateCheck()
{
    const auto phone = leads::normalizePhone(m_edits.value(kPhone)->text(), nullptr);
    const auto email = leads::normalizeEmail(m_edits.value(kEmail)->text(), nullptr);
    if (!phone && !email) {
        m_check->clear();
        m_hint->setProperty("dealId", QVariant());
        leads_ui::setMessage(m_hint,
                             tr("Type a phone or an e-mail: the CRM is asked whether "
                                "the lead is a duplicate."));
        return;
    }
    // Only what is valid is sent: half a number would only come back as a problem.
    QJsonObject partial;
    partial.insert(
        QStringLiteral("type"),
        leads::leadTypeToWire(m_call->isChecked() ? leads::LeadType::Call : leads::LeadType::Form));
    if (phone)
        partial.insert(kPhone, *phone);
    if (email)
        partial.insert(kEmail, *email);
    m_hint->setProperty("dealId", QVariant());
    leads_ui::setMessage(m_hint, tr("Checking for duplicates…"));
    m_check->setLead(partial);
}

void NewLeadDialog::showDuplicateHint(const ops::DuplicateCheckResult &result)
{
    if (!result.ok()) {
        m_hint->setProperty("dealId", QVariant());
        leads_ui::setMessage(m_hint,
                             tr("Could not check for duplicates: %1").arg(result.error->message));
        return;
    }
    if (result.duplicate) {
        const ops::DuplicateCheckResult::Duplicate &deal = *result.duplicate;
        m_hint->setProperty("dealId", deal.dealId);
        const QString client = deal.clientName.isEmpty() ? tr("a client") : deal.clientName;
        const QString text = deal.matchedBy == QLatin1String("email")
            ? tr("Duplicate: deal %1 of %2, still open, has this e-mail. Creating the lead adds "
                 "a comment or a task to that deal instead of a new deal.")
            : tr("Duplicate: deal %1 of %2, still open, has this phone number. Creating the lead "
                 "adds a comment or a task to that deal instead of a new deal.");
        leads_ui::setMessage(m_hint, text.arg(deal.dealId).arg(client), Tone::Bad);
        fitHeight();
        return;
    }
    m_hint->setProperty("dealId", QVariant());
    if (result.client)
        leads_ui::setMessage(m_hint,
                             tr("No duplicate. The existing client %1 gets a new order and deal.")
                                 .arg(result.client->name),
                             Tone::Good);
    else
        leads_ui::setMessage(
            m_hint, tr("No duplicate. A new client, order and deal will be created."), Tone::Good);
    fitHeight();
}

void NewLeadDialog::create()
{
    if (m_busy)
        return;
    m_triedCreate = true;
    validate();
    leads::FieldError error;
    const std::optional<leads::LeadInput> lead = leads::LeadInput::fromJson(leadJson(), &error);
    if (!lead) {
        if (QLineEdit *edit = m_edits.value(error.field)) {
            if (!edit->isVisible())
                m_moreToggle->setChecked(true);
            edit->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    setBusy(true);
    leads_ui::setMessage(m_problem, tr("Creating the lead…"));
    ops::enterLead(m_actor, m_client, *lead, this, [this](const ops::LeadIntakeResult &result) {
        setBusy(false);
        if (result.ok()) {
            Q_EMIT created(*result.decision);
            accept();
            return;
        }
        const crm::CrmError &failure = *result.error;
        if (QLabel *note = noteFor(failure.field)) {
            leads_ui::setMessage(note, failure.message, Tone::Bad);
            leads_ui::setMessage(m_problem, tr("The CRM refused the lead; see the field above."),
                                 Tone::Bad);
        } else {
            leads_ui::setMessage(m_problem, tr("The lead was not created: %1").arg(failure.message),
                                 Tone::Bad);
        }
    });
}

void NewLeadDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_create->setEnabled(!busy);
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setReadOnly(busy);
}

QString NewLeadDialog::decisionText(const ops::LeadDecision &decision)
{
    if (decision.kind == ops::LeadDecision::Kind::Duplicate) {
        const bool task = decision.action == leads::DuplicateAction::Task;
        return task ? tr("Lead %1 is a duplicate of deal %2: a task was added to that deal.")
                          .arg(decision.leadId)
                          .arg(decision.dealId)
                    : tr("Lead %1 is a duplicate of deal %2: a comment was added to that deal.")
                          .arg(decision.leadId)
                          .arg(decision.dealId);
    }
    return decision.clientReused ? tr("Lead %1 created: deal %2 for the existing client %3.")
                                       .arg(decision.leadId)
                                       .arg(decision.dealId)
                                       .arg(decision.clientId)
                                 : tr("Lead %1 created: deal %2 for a new client %3.")
                                       .arg(decision.leadId)
                                       .arg(decision.dealId)
                                       .arg(decision.clientId);
}

void NewLeadDialog::done(int result)
{
    if (m_settings)
        m_settings->setNewLeadDialogGeometry(saveGeometry());
    QDialog::done(result);
}

} // namespace opc::ui
