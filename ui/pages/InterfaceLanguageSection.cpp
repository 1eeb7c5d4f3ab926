#include "ui/pages/InterfaceLanguageSection.h"

#include "InterfaceLanguage.h"
#include "Translations.h"
#include "ui/AppSettings.h"
#include "ui/leads/LeadsUi.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace opc::ui {

using leads_ui::named;
using leads_ui::Tone;

InterfaceLanguageSection::InterfaceLanguageSection(AppSettings *settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_combo(new QComboBox(this)), m_note(new QLabel(this)),
      m_restart(new QPushButton(tr("&Restart now"), this))
{
    setObjectName(QStringLiteral("interfaceLanguageSection"));

    leads_ui::namedCombo(m_combo, QStringLiteral("interfaceLanguageCombo"),
                         tr("Interface language"));
    // QLocale::system(), not QLocale(): the default locale is already the chosen one.
    const QString systemLanguage = i18n::interfaceLanguage(QString(), QLocale::system());
    // Described in the interface's own words («Как в системе (русский)»); the entries below are
    // the names people look for, each in its own language.
    const QString systemLanguageName
        = systemLanguage == QLatin1String("ru") ? tr("Russian") : tr("English");
    m_combo->addItem(tr("System (%1)").arg(systemLanguageName), QString());
    for (const QString &language : i18n::availableLanguages())
        m_combo->addItem(i18n::languageNameInItself(language), language);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(settings->interfaceLanguage())));

    named(m_restart, QStringLiteral("restartButton"), tr("Restart the console now"));
    m_restart->hide();
    m_note->setObjectName(QStringLiteral("interfaceLanguageNote"));
    m_note->setAccessibleName(tr("Interface language state"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_combo);
    // The button beside the choice it applies; the note below, where it may wrap.
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(label);
    choiceRow->addWidget(m_combo);
    choiceRow->addWidget(m_restart);
    choiceRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choiceRow);
    layout->addWidget(m_note);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &InterfaceLanguageSection::choose);
    connect(m_restart, &QPushButton::clicked, this, &InterfaceLanguageSection::restartClicked);
}

void InterfaceLanguageSection::choose(int index)
{
    const QString choice = m_combo->itemData(index).toString();
    m_settings->setInterfaceLanguage(choice);
    // Saved now: a console that ends any other way than through its window still starts in
    // the chosen language.
    m_settings->sync();
    // Only a choice that speaks or formats differently from the running console needs a
    // restart: "English" on an English system changes nothing.
    const bool changed = i18n::interfaceLocale(choice, QLocale::system()) != QLocale();
    leads_ui::setMessage(
        m_note, changed ? tr("The language changes after the console restarts.") : QString());
    m_restart->setVisible(changed);
}

void InterfaceLanguageSection::refuseRestart(const QString &why)
{
    leads_ui::setMessage(m_note, why, Tone::Bad);
}

} // namespace opc::ui
