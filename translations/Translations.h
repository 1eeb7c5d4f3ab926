#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace opc::i18n {

// Installs the interface's translation for `locale` (Russian or English; anything else falls
// back to English) and Qt's own translation (dialog buttons and the like) when the system has
// it. Returns the language actually used ("ru" or "en").
QString installTranslators(QCoreApplication &app, const QLocale &locale);

// The languages the interface offers, as ISO codes.
QStringList availableLanguages();

} // namespace opc::i18n
