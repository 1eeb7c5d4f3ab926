#include "cli/Cli.h"

#include "cli/ErrorText.h"
#include "crm/CrmClient.h"
#include "opc/AppInfo.h"
#include "operations/EmbeddedSandbox.h"
#include "operations/SignIn.h"
#include "secrets/TokenStore.h"

#include <QFile>
#include <QSet>

#include <cstdio>

namespace opc::cli {

namespace {

const auto kTokenVariable = "OPERATOR_CRM_TOKEN";
// The sandbox's demo agent (README); only ever sent to the in-process sandbox.
const auto kDemoAgentToken = QStringLiteral("demo-agent-token");

const QCommandLineOption kCrmOption(QStringLiteral("crm"), QString(), QStringLiteral("URL"));
const QCommandLineOption kSandboxOption(QStringLiteral("sandbox"));
const QCommandLineOption kTokenStdinOption(QStringLiteral("token-stdin"));
const QCommandLineOption kJsonOption(QStringLiteral("json"));
const QCommandLineOption kHelpOption(QStringList { QStringLiteral("h"), QStringLiteral("help") });
const QCommandLineOption kVersionOption(QStringList { QStringLiteral("v"),
                                                      QStringLiteral("version") });

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

Cli::Cli(QObject *parent)
    : QObject(parent), m_client(new crm::CrmClient(this)), m_tokens(new secrets::TokenStore(this))
{
    registerBuiltInCommands(m_registry);

    m_parser.setApplicationDescription(
        tr("Operator Console from the command line: the same CRM client and operations as the "
           "console, for team leads and scripts."));
    auto described = [](QCommandLineOption option, const QString &description) {
        option.setDescription(description);
        return option;
    };
    m_parser.addOption(
        described(kCrmOption, tr("The CRM to work with, e.g. https://crm.example.org.")));
    m_parser.addOption(described(
        kSandboxOption,
        tr("Use the built-in sandbox CRM with demo data (in memory, on a loopback port) instead "
           "of --crm; signs in as the demo agent unless a token is given.")));
    m_parser.addOption(described(kTokenStdinOption,
                                 tr("Read the token from the first line of standard input. "
                                    "Otherwise %1 is used, or else the token stored by "
                                    "“login” in the system keychain.")
                                     .arg(QLatin1String(kTokenVariable))));
    m_parser.addOption(described(kJsonOption, tr("Print machine-readable JSON.")));
    m_parser.addOption(described(kHelpOption, tr("Show this help.")));
    m_parser.addOption(described(kVersionOption, tr("Show the version.")));
    // Every command's own options are known while parsing, so that an option's value is never
    // mistaken for the command; checkUsage() refuses one given to another command.
    for (const auto &command : m_registry.commands()) {
        for (const QCommandLineOption &option : command->options())
            m_parser.addOption(option);
    }
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see Commands)."));
}

Cli::~Cli() = default;

QString Cli::helpText() const
{
    QString text = m_parser.helpText();
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const auto &command : m_registry.commands())
        width = std::max(width, int(command->name().size()));
    for (const auto &command : m_registry.commands())
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -width).arg(command->summary());
    text += QLatin1Char('\n')
        + tr("Exit status: 0 success, 1 operational failure (CRM unreachable, token refused, "
             "no keychain), 2 bad usage or input.")
        + QLatin1Char('\n');
    return text;
}

std::optional<int> Cli::start(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        printError(m_parser.errorText());
        return ExitUsage;
    }
    if (m_parser.isSet(kHelpOption)) {
        printOut(helpText());
        return ExitSuccess;
    }
    if (m_parser.isSet(kVersionOption)) {
        printOut(QStringLiteral("operator-cli %1\n").arg(QLatin1String(kAppVersion)));
        return ExitSuccess;
    }
    if (std::optional<int> usage = checkUsage())
        return usage;
    m_context = std::make_unique<CommandContext>(m_parser, this, m_client, m_tokens);
    m_context->m_json = m_parser.isSet(kJsonOption);
    m_context->m_sandbox = m_parser.isSet(kSandboxOption);

    if (m_parser.isSet(kCrmOption)) {
        QString error;
        m_context->m_crmUrl = ops::parseCrmUrl(m_parser.value(kCrmOption), &error);
        if (m_context->m_crmUrl.isEmpty()) {
            printError(error);
            return ExitUsage;
        }
    }
    const bool withCrm = m_parser.isSet(kCrmOption) || m_parser.isSet(kSandboxOption);
    if (m_command->tokenNeed() != Command::TokenNeed::None && withCrm) {
        if (m_parser.isSet(kTokenStdinOption)) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                printError(tr("Standard input cannot be read, so --token-stdin gives no token."));
                return ExitUsage;
            }
            const QByteArray line = in.readLine();
            if (line.isEmpty()) {
                printError(tr("--token-stdin was given, but standard input is empty: pipe the "
                              "token into operator-cli."));
                return ExitUsage;
            }
            m_context->m_token = QString::fromUtf8(line).trimmed();
            if (m_context->m_token.isEmpty()) {
                printError(tr("The token read from standard input is empty."));
                return ExitUsage;
            }
        } else if (qEnvironmentVariableIsSet(kTokenVariable)) {
            m_context->m_token = qEnvironmentVariable(kTokenVariable).trimmed();
            if (m_context->m_token.isEmpty()) {
                printError(tr("%1 is set but empty.").arg(QLatin1String(kTokenVariable)));
                return ExitUsage;
            }
        }
        for (const QChar c : std::as_const(m_context->m_token)) {
            if (c.isSpace() || !c.isPrint()) {
                printError(tr("The token must be a single word without spaces."));
                return ExitUsage;
            }
        }
        if (m_context->m_token.isEmpty() && m_command->tokenNeed() == Command::TokenNeed::Given) {
            printError(tr("“%1” needs the token: pipe it with --token-stdin or set %2.")
                           .arg(m_command->name(), QLatin1String(kTokenVariable)));
            return ExitUsage;
        }
    }
    if (m_context->isSandbox())
        startSandbox();
    else if (m_context->crmUrl().isEmpty())
        runCommand(); // a command that needs no CRM, run without one
    else
        resolveToken();
    return std::nullopt;
}

std::optional<int> Cli::checkUsage()
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        QStringList names;
        for (const auto &command : m_registry.commands())
            names << command->name();
        printError(tr("No command given; the commands are: %1. See operator-cli --help.")
                       .arg(names.join(QLatin1String(", "))));
        return ExitUsage;
    }
    m_command = m_registry.find(positional.first());
    if (!m_command) {
        printError(tr("Unknown command “%1”. See operator-cli --help.").arg(positional.first()));
        return ExitUsage;
    }
    if (positional.size() - 1 > m_command->maxArguments()) {
        printError(tr("Unexpected argument “%1” after “%2”.")
                       .arg(positional.value(1 + m_command->maxArguments()), m_command->name()));
        return ExitUsage;
    }
    QSet<QString> own;
    for (const QCommandLineOption &option : m_command->options()) {
        for (const QString &name : option.names())
            own.insert(name);
    }
    for (const auto &other : m_registry.commands()) {
        for (const QCommandLineOption &option : other->options()) {
            const QString name = option.names().constLast();
            if (!own.contains(name) && m_parser.isSet(option)) {
                printError(
                    tr("The option --%1 does not apply to “%2”.").arg(name, m_command->name()));
                return ExitUsage;
            }
        }
    }
    const bool crm = m_parser.isSet(kCrmOption);
    const bool sandbox = m_parser.isSet(kSandboxOption);
    if (crm && sandbox) {
        printError(tr("Give either --crm or --sandbox, not both."));
        return ExitUsage;
    }
    if (!crm && !sandbox && m_command->needsCrm()) {
        printError(tr("No CRM given: add --crm URL (or --sandbox for the built-in demo CRM)."));
        return ExitUsage;
    }
    if (sandbox && !m_command->worksWithSandbox()) {
        printError(tr("“%1” does not apply to the built-in sandbox: it needs no sign-in.")
                       .arg(m_command->name()));
        return ExitUsage;
    }
    return std::nullopt;
}

void Cli::startSandbox()
{
    m_sandbox = std::make_unique<ops::EmbeddedSandbox>();
    sandbox::SandboxOptions options;
    // Fresh demo data for every run: a script gets the same answers each time.
    options.databasePath = QStringLiteral(":memory:");
    options.fixture = QStringLiteral("demo");
    m_sandbox->start(options, this, [this](const ops::EmbeddedSandbox::Started &started) {
        if (!started.ok) {
            m_context->fail(ExitFailure,
                            tr("The built-in sandbox CRM could not start: %1").arg(started.error));
            return;
        }
        m_context->m_crmUrl = started.url;
        if (m_context->m_token.isEmpty())
            m_context->m_token = kDemoAgentToken;
        runCommand();
    });
}

void Cli::resolveToken()
{
    if (m_command->tokenNeed() != Command::TokenNeed::Any || !m_context->m_token.isEmpty()) {
        runCommand();
        return;
    }
    const QUrl url = m_context->crmUrl();
    m_tokens->load(url, this, [this, url](const secrets::TokenResult &result) {
        switch (result.status) {
        case secrets::TokenResult::Status::Ok:
            m_context->m_token = result.token;
            runCommand();
            return;
        case secrets::TokenResult::Status::NotFound:
            m_context->fail(ExitUsage,
                            tr("No token is stored for %1: run “operator-cli --crm %1 login” "
                               "first, or pass one with --token-stdin or %2.")
                                .arg(url.toString(), QLatin1String(kTokenVariable)));
            return;
        case secrets::TokenResult::Status::Unavailable:
        case secrets::TokenResult::Status::Failed:
            m_context->fail(ExitFailure, keychainErrorText(result));
            return;
        }
    });
}

void Cli::runCommand()
{
    m_command->run(*m_context);
}

} // namespace opc::cli
