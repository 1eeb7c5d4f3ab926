#include "ui/leads/LeadCommentDialog.h"

#include "core/LocaleFormat.h"
#include "core/leads/PhoneNumber.h"
#include "ui/leads/LeadsUi.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;

LeadCommentDialog::LeadCommentDialog(crm::CrmClient *client, const ops::Actor &actor,
                                     const ops::Lead &lead, QWidget *parent)
    : QDialog(parent), m_client(client), m_actor(actor), m_lead(lead),
      m_comments(new QListWidget(this)), m_message(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_buttons(new QDialogButtonBox(this)), m_add(nullptr)
{
    setObjectName(QStringLiteral("leadCommentDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Comments on lead %1").arg(lead.id));

    QStringList who;
    for (const QString &part :
         { lead.name, lead.phone.isEmpty() ? QString() : leads::formatPhone(lead.phone),
           lead.email }) {
        if (!part.isEmpty())
            who << part;
    }
    auto *heading
        = new QLabel(tr("Lead %1: %2").arg(lead.id).arg(who.join(QStringLiteral(", "))), this);
    named(heading, QStringLiteral("leadCommentHeading"), tr("Lead"));
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    named(m_comments, QStringLiteral("leadCommentList"), tr("Comments"));
    m_comments->setWordWrap(true);
    m_comments->setSelectionMode(QAbstractItemView::NoSelection);
    m_message->setObjectName(QStringLiteral("leadCommentMessage"));
    m_message->setWordWrap(true);

    auto *prompt = new QLabel(tr("&New comment:"), this);
    named(m_text, QStringLiteral("leadCommentEdit"), tr("New comment"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().height() * 5);
    prompt->setBuddy(m_text);

    m_add = m_buttons->addButton(tr("&Add comment"), QDialogButtonBox::ActionRole);
    named(m_add, QStringLiteral("leadCommentAddButton"), tr("Add comment"));
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    named(close, QStringLiteral("leadCommentCloseButton"), tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_comments, 1);
    layout->addWidget(m_message);
    layout->addWidget(prompt);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    resize(520, 420);

    connect(m_add, &QPushButton::clicked, this, &LeadCommentDialog::add);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &LeadCommentDialog::updateButtons);
    updateButtons();
    load();
}

void LeadCommentDialog::updateButtons()
{
    m_add->setEnabled(!m_adding && !m_text->toPlainText().trimmed().isEmpty());
}

void LeadCommentDialog::showComment(const ops::LeadComment &comment)
{
    const QString when = human::dateTime(comment.createdAt);
    auto *item = new QListWidgetItem(
        tr("%1, %2:\n%3")
            .arg(comment.author.isEmpty() ? comment.authorId : comment.author, when, comment.text),
        m_comments);
    item->setFlags(Qt::ItemIsEnabled);
    m_comments->scrollToItem(item);
}

void LeadCommentDialog::load(const QString &doneText)
{
    if (doneText.isEmpty())
        leads_ui::setMessage(m_message, tr("Loading the comments…"));
    else
        leads_ui::setMessage(m_message, doneText, leads_ui::Tone::Good);
    const int generation = ++m_generation;
    ops::listLeadComments(
        m_client, m_lead.id, this,
        [this, generation, doneText](const ops::LeadCommentsResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                leads_ui::setMessage(
                    m_message, tr("Could not load the comments: %1").arg(result.error->message),
                    leads_ui::Tone::Bad);
                return;
            }
            m_comments->clear();
            for (const ops::LeadComment &comment : result.comments)
                showComment(comment);
            if (!doneText.isEmpty())
                leads_ui::setMessage(m_message, doneText, leads_ui::Tone::Good);
            else
                leads_ui::setMessage(
                    m_message, result.comments.isEmpty() ? tr("No comments yet.") : QString());
        });
}

void LeadCommentDialog::add()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty() || m_adding)
        return;
    m_adding = true;
    updateButtons();
    leads_ui::setMessage(m_message, tr("Adding the comment…"));
    ops::addLeadComment(
        m_actor, m_client, m_lead.id, text, this, [this](const ops::LeadCommentsResult &result) {
            m_adding = false;
            if (!result.ok()) {
                leads_ui::setMessage(m_message,
                                     tr("The comment was not added: %1").arg(result.error->message),
                                     leads_ui::Tone::Bad);
                updateButtons();
                return;
            }
            m_text->clear();
            updateButtons();
            // The whole list again: a load still on its way may predate it.
            load(tr("Comment added."));
            Q_EMIT commented(m_lead.id);
        });
}

} // namespace opc::ui
