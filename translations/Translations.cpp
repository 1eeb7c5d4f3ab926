#include "Translations.h"

#include "InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace opc::i18n {

QStringList availableLanguages()
{
    return { QStringLiteral("ru"), QStringLiteral("en") };
}

QString installTranslators(QCoreApplication &app, const QLocale &locale)
{
    const QString language = interfaceLanguage(QString(), locale);
    // Owned by the application: translators must live as long as it does.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/operator_console_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's own strings are written in English: only other languages need its translation.
    if (language == QLatin1String("en"))
        return language;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace opc::i18n
