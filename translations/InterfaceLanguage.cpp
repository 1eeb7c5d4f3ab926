#include "InterfaceLanguage.h"

using namespace Qt::StringLiterals;

namespace opc::i18n {

namespace {

QLocale::Language qtLanguage(const QString &language)
{
    return language == "ru"_L1 ? QLocale::Russian : QLocale::English;
}

bool speaks(const QLocale &locale, QLocale::Language language)
{
    // LC_ALL=C (scripts, the tests) asks for untranslated, unlocalised output: English.
    return locale.language() == language
        || (language == QLocale::English && locale.language() == QLocale::C);
}

} // namespace

QString normalizedLanguageChoice(const QString &stored)
{
    return stored == "ru"_L1 || stored == "en"_L1 ? stored : QString();
}

QString interfaceLanguage(const QString &choice, const QLocale &system)
{
    const QString chosen = normalizedLanguageChoice(choice);
    if (!chosen.isEmpty())
        return chosen;
    return system.language() == QLocale::Russian ? u"ru"_s : u"en"_s;
}

QLocale interfaceLocale(const QString &choice, const QLocale &system)
{
    const QLocale::Language language = qtLanguage(interfaceLanguage(choice, system));
    if (speaks(system, language))
        return system;
    // Qt falls back to the language's main country for a pair it has no data for (en_RU):
    // only a pair it really knows keeps the system's country.
    const QLocale inSystemCountry(language, system.territory());
    if (inSystemCountry.language() == language && inSystemCountry.territory() == system.territory())
        return inSystemCountry;
    // English for a Russian (or other) system: British conventions, day-first dates and a
    // 24-hour clock, as nearly everyone outside the US reads them; en_US's 3/5/26 would be
    // misread as the 3rd of May.
    return language == QLocale::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                        : QLocale(language);
}

QString languageNameInItself(const QString &language)
{
    return language == "ru"_L1 ? u"Русский"_s : u"English"_s;
}

} // namespace opc::i18n
