#include "cli/CommandContext.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace opc::cli {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printError(const QString &message)
{
    QString line = message.simplified(); // scripts read one line per failure
    writeTo(stderr, QStringLiteral("operator-cli: %1\n").arg(line));
}

CommandContext::CommandContext(const QCommandLineParser &parser, QObject *anchor,
                               crm::CrmClient *client, secrets::TokenStore *tokens)
    : m_parser(parser), m_anchor(anchor), m_client(client), m_tokens(tokens)
{
}

QStringList CommandContext::arguments() const
{
    return m_parser.positionalArguments().mid(1);
}

void CommandContext::print(const QString &line) const
{
    writeTo(stdout, line + QLatin1Char('\n'));
}

void CommandContext::printJson(const QJsonObject &object) const
{
    writeTo(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void CommandContext::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued: exit() before exec() is ignored, and a command may finish before the loop runs.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), []() { QCoreApplication::exit(ExitSuccess); },
        Qt::QueuedConnection);
}

void CommandContext::fail(ExitCode code, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    printError(message);
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code]() { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
}

} // namespace opc::cli
