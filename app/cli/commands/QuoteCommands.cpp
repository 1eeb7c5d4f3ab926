#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "core/partner/QuoteJson.h"
#include "crm/CrmClient.h"
#include "operations/partner/PriceList.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <memory>

namespace opc::cli {

namespace {

struct QuoteCommandText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::QuoteCommand)
};

// `quote` and `quote-addon` (issue 5 §7, the interface of acceptance checks): one JSON object on
// standard input, one JSON object on standard output. The prices come with the input, or from
// the CRM's price list when --crm or --sandbox is given. Every bad input exits 2 with one line
// on standard error that names the field.
class QuoteCommand final : public Command {
public:
    explicit QuoteCommand(bool addOn) : m_addOn(addOn) { }

    QString name() const override
    {
        return m_addOn ? QStringLiteral("quote-addon") : QStringLiteral("quote");
    }
    QString summary() const override
    {
        return m_addOn ? QuoteCommandText::tr("Prices channels added to a running line until its "
                                              "expiry; the order as JSON on standard input.")
                       : QuoteCommandText::tr("Prices new lines or a renewal with every discount; "
                                              "the order as JSON on standard input.");
    }
    TokenNeed tokenNeed() const override { return TokenNeed::Any; }
    bool needsCrm() const override { return false; }

    void run(CommandContext &context) override
    {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            context.fail(ExitUsage,
                         QuoteCommandText::tr("Standard input cannot be read: pipe the order "
                                              "into operator-cli as one JSON object."));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            context.fail(ExitUsage,
                         parseError.error != QJsonParseError::NoError
                             ? QuoteCommandText::tr("The input is not valid JSON: %1 at "
                                                    "character %2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset)
                             : QuoteCommandText::tr("The input must be one JSON object."));
            return;
        }
        const QJsonObject json = document.object();
        partner::QuoteError error;
        if (m_addOn)
            m_addOnOrder = partner::addOnOrderFromJson(json, &error);
        else
            m_order = partner::lineOrderFromJson(json, &error);
        if (!m_order && !m_addOnOrder) {
            refuse(context, error);
            return;
        }
        if (json.contains(QStringLiteral("prices"))) {
            const auto prices = partner::pricesFromJson(json.value(QStringLiteral("prices")),
                                                        QStringLiteral("prices"), &error);
            if (!prices) {
                refuse(context, error);
                return;
            }
            answer(context, *prices);
            return;
        }
        if (context.crmUrl().isEmpty()) {
            context.fail(ExitUsage,
                         QuoteCommandText::tr("prices: the input has no prices. Add "
                                              "\"prices\", or give --crm URL (or --sandbox) to "
                                              "use the CRM's price list."));
            return;
        }
        context.client()->setBaseUrl(context.crmUrl());
        context.client()->setToken(context.token());
        ops::loadPriceList(context.client(), context.anchor(),
                           [this, &context](const ops::PriceListResult &result) {
                               if (!result.ok()) {
                                   context.fail(ExitFailure,
                                                crmErrorText(*result.error, result.error->message,
                                                             context.crmUrl()));
                                   return;
                               }
                               answer(context, *result.prices);
                           });
    }

private:
    static void refuse(CommandContext &context, const partner::QuoteError &error)
    {
        context.fail(ExitUsage, error.field + QStringLiteral(": ") + error.message);
    }

    void answer(CommandContext &context, const partner::PriceList &prices)
    {
        partner::QuoteError error;
        const std::optional<partner::Quote> quote = m_addOn
            ? partner::quoteAddOn(*m_addOnOrder, prices, &error)
            : partner::quoteLines(*m_order, prices, &error);
        if (!quote) {
            refuse(context, error);
            return;
        }
        context.print(QString::fromUtf8(
            QJsonDocument(partner::quoteToJson(*quote, m_addOn)).toJson(QJsonDocument::Compact)));
        context.succeed();
    }

    bool m_addOn;
    std::optional<partner::LineOrder> m_order;
    std::optional<partner::AddOnOrder> m_addOnOrder;
};

} // namespace

std::unique_ptr<Command> makeQuoteCommand()
{
    return std::make_unique<QuoteCommand>(false);
}

std::unique_ptr<Command> makeQuoteAddOnCommand()
{
    return std::make_unique<QuoteCommand>(true);
}

} // namespace opc::cli
