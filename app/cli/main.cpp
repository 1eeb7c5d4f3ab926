#include "Translations.h"
#include "cli/Cli.h"
#include "opc/AppInfo.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace {

// Scripts read one line per failure on standard error; Qt's and the libraries' diagnostics
// (SQLite WAL notes, keychain chatter) would garble that. OPERATOR_CLI_DEBUG=1 shows them.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "operator-cli: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("OPERATOR_CLI_DEBUG"))
        qInstallMessageHandler(quietMessages);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(opc::kOrganizationName));
    QCoreApplication::setApplicationName(QStringLiteral("operator-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(opc::kAppVersion));

    opc::i18n::installTranslators(app, QLocale());

    opc::cli::Cli cli;
    if (const std::optional<int> code = cli.start(QCoreApplication::arguments()))
        return *code;
    return QCoreApplication::exec();
}
