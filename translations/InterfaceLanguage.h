#pragma once

#include <QLocale>
#include <QString>

// The interface language a user may choose in Settings, decided without any widget: main.cpp
// applies it before the first translated string, the Settings page shows the choices.
namespace opc::i18n {

// A stored choice as the console understands it: "ru", "en", or "" (follow the system).
// Anything else (a hand-edited or future value) reads as "".
QString normalizedLanguageChoice(const QString &stored);

// The language the interface speaks for `choice` on a system with locale `system`: "ru" or
// "en". Following the system, anything but Russian is English (the only other translation).
QString interfaceLanguage(const QString &choice, const QLocale &system);

// The locale dates, numbers and money follow (QLocale::setDefault): the system's own when it
// speaks the interface's language, so that its country's conventions stay (ru_UA, en_GB);
// otherwise that language in the system's country when Qt knows the pair (en_DE), otherwise
// ru_RU, or en_GB for English (day-first dates, a 24-hour clock). The C locale counts as English and stays.
QLocale interfaceLocale(const QString &choice, const QLocale &system);

// A language's name in itself ("Русский", "English"): people look for their own language's
// name in a list, whatever language the list is shown in, so these are never translated.
QString languageNameInItself(const QString &language);

} // namespace opc::i18n
