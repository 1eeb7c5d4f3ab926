#include "ui/leads/LeadSettingsSection.h"

#include "ui/leads/LeadRulesForm.h"
#include "ui/leads/LeadsUi.h"
#include "ui/leads/StatusGroupBoard.h"
#include "ui/merge/BusyIndicator.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opc::ui {

using leads_ui::named;
using leads_ui::Tone;

LeadSettingsSection::LeadSettingsSection(crm::CrmClient *client, const ops::Actor &actor,
                                         QWidget *parent)
    : QWidget(parent), m_client(client), m_actor(actor), m_rules(new LeadRulesForm(this)),
      m_board(new StatusGroupBoard(this)), m_save(new QPushButton(tr("&Save"), this)),
      m_revert(new QPushButton(tr("&Undo changes"), this)), m_progress(new BusyIndicator(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("leadSettingsSection"));

    auto *rulesBox = new QGroupBox(tr("Duplicate leads"), this);
    rulesBox->setObjectName(QStringLiteral("duplicateRulesBox"));
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rules);

    auto *groupsBox = new QGroupBox(tr("Status groups"), this);
    groupsBox->setObjectName(QStringLiteral("statusGroupsBox"));
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->addWidget(m_board);

    named(m_save, QStringLiteral("leadSettingsSaveButton"), tr("Save the lead settings"));
    named(m_revert, QStringLiteral("leadSettingsRevertButton"), tr("Undo unsaved changes"));
    m_message->setObjectName(QStringLiteral("leadSettingsMessage"));
    m_message->setAccessibleName(tr("Lead settings state"));
    m_message->setWordWrap(true);
    m_message->hide();

    // The state beside the buttons, so that nothing moves when it appears.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rulesBox);
    layout->addWidget(groupsBox);
    layout->addLayout(buttons);

    connect(m_rules, &LeadRulesForm::changed, this, &LeadSettingsSection::updateButtons);
    connect(m_board, &StatusGroupBoard::changed, this, &LeadSettingsSection::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &LeadSettingsSection::save);
    connect(m_revert, &QPushButton::clicked, this, &LeadSettingsSection::revert);
    m_rules->setEnabled(false);
    m_board->setEnabled(false);
    updateButtons();
}

bool LeadSettingsSection::isDirty() const
{
    return m_stored
        && (m_rules->settings() != m_stored->duplicates || m_board->mapping() != m_storedMapping);
}

void LeadSettingsSection::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(!m_busy && dirty);
    m_revert->setEnabled(!m_busy && dirty);
    // "Not saved yet" while there is something to save; any other message stays.
    if (dirty && !m_busy) {
        leads_ui::setMessage(m_message, tr("Changed; not saved yet."));
        m_unsavedShown = true;
    } else if (!dirty && m_unsavedShown) {
        leads_ui::setMessage(m_message, {});
        m_unsavedShown = false;
    }
}

void LeadSettingsSection::say(const QString &text, leads_ui::Tone tone)
{
    leads_ui::setMessage(m_message, text, tone);
    m_unsavedShown = false;
}

void LeadSettingsSection::setBusy(const QString &text)
{
    m_busy = true;
    m_progress->setBusy(text);
    updateButtons();
}

void LeadSettingsSection::setIdle()
{
    m_busy = false;
    m_progress->setIdle();
    updateButtons();
}

void LeadSettingsSection::showSettings(const ops::LeadSettings &settings, const QByteArray &etag)
{
    m_stored = settings;
    m_etag = etag;
    m_rules->setSettings(settings.duplicates);
    m_board->setMapping(settings.statusGroups, settings.statuses);
    m_storedMapping = m_board->mapping();
    m_rules->setEnabled(true);
    m_board->setEnabled(true);
}

void LeadSettingsSection::load()
{
    setBusy(tr("Loading the lead settings…"));
    ops::loadLeadSettings(m_client, this, [this](const ops::LeadSettingsResult &result) {
        if (!result.ok()) {
            setIdle();
            say(tr("Could not load the lead settings: %1").arg(result.error->message), Tone::Bad);
            return;
        }
        showSettings(*result.settings, result.etag);
        setIdle();
        say({});
        Q_EMIT loaded();
    });
}

void LeadSettingsSection::revert()
{
    if (!m_stored)
        return;
    showSettings(*m_stored, m_etag);
    updateButtons();
    say(tr("Changes undone."));
}

void LeadSettingsSection::save()
{
    if (!m_stored || m_busy)
        return;
    ops::LeadSettings settings = *m_stored;
    settings.duplicates = m_rules->settings();
    settings.statusGroups = m_board->mapping();
    setBusy(tr("Saving the lead settings…"));
    ops::saveLeadSettings(
        m_actor, m_client, *m_stored, settings, m_etag, this,
        [this](const ops::LeadSettingsResult &result) {
            if (result.ok()) {
                showSettings(*result.settings, result.etag);
                setIdle();
                say(tr("Saved. New leads follow these rules now."), Tone::Good);
                Q_EMIT loaded();
                Q_EMIT saved();
                return;
            }
            setIdle();
            const crm::CrmError &error = *result.error;
            if (error.kind == crm::ErrorKind::PreconditionFailed) {
                say(tr("Someone else saved the lead settings meanwhile, so yours "
                       "were not saved. Their settings are shown now; make your "
                       "changes again."),
                    Tone::Bad);
                ops::loadLeadSettings(m_client, this, [this](const ops::LeadSettingsResult &fresh) {
                    if (fresh.ok()) {
                        showSettings(*fresh.settings, fresh.etag);
                        updateButtons();
                        Q_EMIT loaded();
                    }
                });
                return;
            }
            if (error.kind == crm::ErrorKind::Forbidden) {
                say(tr("Only team leads and admins may change the lead settings."), Tone::Bad);
                return;
            }
            say(tr("The lead settings were not saved: %1").arg(error.message), Tone::Bad);
        });
}

} // namespace opc::ui
