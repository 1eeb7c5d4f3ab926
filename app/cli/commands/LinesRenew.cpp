#include "cli/CommandContext.h"
#include "cli/ErrorText.h"
#include "cli/commands/LinesCommands.h"
#include "core/LocaleFormat.h"
#include "core/partner/Pricing.h"
#include "core/partner/QuoteJson.h"
#include "crm/ErrorMessages.h"
#include "operations/ActionAudit.h"
#include "operations/AuditRecorder.h"
#include "operations/Session.h"
#include "operations/SessionStart.h"
#include "operations/partner/PartnerLines.h"
#include "operations/partner/PartnerOrders.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

namespace opc::cli {

namespace {

struct LinesRenewText {
    Q_DECLARE_TR_FUNCTIONS(opc::cli::LinesRenew)
};

const QCommandLineOption kLineOption(QStringLiteral("line"), QString(), QStringLiteral("ID"));
const QCommandLineOption kMonthsOption(QStringLiteral("months"), QString(), QStringLiteral("N"));
const QCommandLineOption kPaymentOption(QStringLiteral("payment-method"), QString(),
                                        QStringLiteral("card|invoice"));
const QCommandLineOption kOperationOption(QStringLiteral("operation-id"), QString(),
                                          QStringLiteral("ID"));

// How long the command waits for the CRM to take the order's audit event before it exits anyway;
// an undelivered event stays in the outbox and goes out with the next session.
constexpr int kAuditWaitMs = 10000;

// What the options asked for.
struct RenewAsk {
    QStringList ids; // as typed: "L-20001" or a record id
    int months = 1;
    ops::PaymentMethod payment = ops::PaymentMethod::Card;
    QString operationId;
};

QString discountName(partner::DiscountKind kind)
{
    switch (kind) {
    case partner::DiscountKind::Volume:
        return LinesRenewText::tr("Volume discount");
    case partner::DiscountKind::Period:
        return LinesRenewText::tr("Period discount");
    case partner::DiscountKind::Partner:
        return LinesRenewText::tr("Partner discount");
    }
    return {};
}

// A line's expiry as the console shows it: its UTC date (the CRM's day), the locale's short form.
QString day(const QDateTime &time)
{
    return human::date(time.toUTC().date());
}

// The lines the ids name, in the order given, each once; or fails with exit 2 naming --line.
std::optional<QList<ops::PartnerLine>> resolve(CommandContext &context, const QStringList &ids,
                                               const QList<ops::PartnerLine> &all)
{
    QHash<qint64, const ops::PartnerLine *> byId;
    QHash<QString, const ops::PartnerLine *> byLineId;
    for (const ops::PartnerLine &line : all) {
        byId.insert(line.id, &line);
        byLineId.insert(line.lineId.toUpper(), &line);
    }
    QList<ops::PartnerLine> found;
    QSet<qint64> seen;
    for (const QString &id : ids) {
        bool numeric = false;
        const qint64 recordId = id.toLongLong(&numeric);
        const ops::PartnerLine *line
            = numeric ? byId.value(recordId) : byLineId.value(id.toUpper());
        if (!line) {
            context.fail(ExitUsage,
                         LinesRenewText::tr("--line %1: there is no such line; give the line id "
                                            "“lines list” shows (e.g. L-20001) or its number.")
                             .arg(id));
            return std::nullopt;
        }
        if (!seen.contains(line->id)) {
            seen.insert(line->id);
            found.append(*line);
        }
    }
    return found;
}

std::optional<RenewAsk> readOptions(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    RenewAsk ask;
    for (const QString &value : parser.values(kLineOption)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            static const QRegularExpression shape(QStringLiteral("^(\\d{1,15}|[A-Za-z]+-\\d+)$"));
            const QString id = part.trimmed();
            if (!shape.match(id).hasMatch() || id.toLongLong() < 0 || id == QLatin1String("0")) {
                context.fail(ExitUsage,
                             LinesRenewText::tr("--line must be a line id such as L-20001 or the "
                                                "line's number, not “%1”.")
                                 .arg(id));
                return std::nullopt;
            }
            ask.ids << id;
        }
    }
    if (ask.ids.isEmpty()) {
        context.fail(ExitUsage,
                     LinesRenewText::tr("--line is missing: give the lines to renew, e.g. "
                                        "“lines renew --line L-20001 --line L-20002 --months "
                                        "3”."));
        return std::nullopt;
    }
    if (!parser.isSet(kMonthsOption)) {
        context.fail(ExitUsage,
                     LinesRenewText::tr("--months is missing: give how many months to renew for, "
                                        "e.g. --months 3."));
        return std::nullopt;
    }
    const QString months = parser.value(kMonthsOption).trimmed();
    bool ok = false;
    ask.months = months.toInt(&ok);
    if (!ok || ask.months < 1 || ask.months > partner::kMaxMonths || months.startsWith(u'+')) {
        context.fail(ExitUsage,
                     LinesRenewText::tr("--months must be a whole number from 1 to %1, not “%2”.")
                         .arg(partner::kMaxMonths)
                         .arg(months));
        return std::nullopt;
    }
    if (parser.isSet(kPaymentOption)) {
        const auto method = ops::paymentMethodFromWire(parser.value(kPaymentOption).trimmed());
        if (!method) {
            context.fail(ExitUsage,
                         LinesRenewText::tr("--payment-method must be card or invoice, not “%1”.")
                             .arg(parser.value(kPaymentOption)));
            return std::nullopt;
        }
        ask.payment = *method;
    }
    if (parser.isSet(kOperationOption)) {
        ask.operationId = parser.value(kOperationOption).trimmed();
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,100}$"));
        if (!pattern.match(ask.operationId).hasMatch()) {
            context.fail(ExitUsage,
                         LinesRenewText::tr("--operation-id must be the operation id an earlier "
                                            "“lines renew” printed (letters, digits, . _ : -), "
                                            "not “%1”.")
                             .arg(ask.operationId));
            return std::nullopt;
        }
    } else {
        ask.operationId = ops::newPartnerOrderOperationId();
    }
    return ask;
}

// Waits until the order's audit event reached the CRM (or kAuditWaitMs passed), then `end`
// (the context ends the program once, so a second call does nothing). The event was just
// handed to the recorder, which writes it to the outbox on a background thread and only then
// counts it: so the pending count is seen going up first (the event written) and then down to
// 0 (everything delivered). A 0 before that is the sign-in event's delivery, not this one's.
void afterAudit(CommandContext &context, ops::AuditRecorder *audit, std::function<void()> end)
{
    auto written = std::make_shared<bool>(false);
    QObject::connect(audit, &ops::AuditRecorder::pendingCountChanged, context.anchor(),
                     [end, written](int pending) {
                         if (pending > 0)
                             *written = true;
                         else if (*written)
                             end();
                     });
    QTimer::singleShot(kAuditWaitMs, context.anchor(), end);
}

void printOrder(CommandContext &context, const RenewAsk &ask, const ops::PartnerOrder &order,
                const QList<ops::PartnerLine> &before)
{
    QHash<qint64, QDateTime> was;
    for (const ops::PartnerLine &line : before)
        was.insert(line.id, line.expiresAt);
    // A renewal moves every expiry by months; one that did not move was renewed before: the CRM
    // answered an order sent earlier with the same operation id.
    const bool replayed
        = std::all_of(order.lines.begin(), order.lines.end(), [&](const ops::PartnerLine &line) {
              return line.expiresAt <= was.value(line.id);
          });
    if (context.json()) {
        QJsonObject json = partner::quoteToJson(order.quote, false);
        QJsonArray lines;
        for (const ops::PartnerLine &line : order.lines)
            lines.append(
                QJsonObject { { QStringLiteral("id"), line.id },
                              { QStringLiteral("line_id"), line.lineId },
                              { QStringLiteral("client_account_id"), line.clientAccountId },
                              { QStringLiteral("previous_expires_at"),
                                was.value(line.id).toUTC().toString(Qt::ISODateWithMs) },
                              { QStringLiteral("expires_at"),
                                line.expiresAt.toUTC().toString(Qt::ISODateWithMs) },
                              { QStringLiteral("status"), lineStatusCliName(line.status) } });
        json.insert(QStringLiteral("operation_id"), ask.operationId);
        json.insert(QStringLiteral("order_id"), order.id);
        json.insert(QStringLiteral("months"), ask.months);
        json.insert(QStringLiteral("payment_method"), ops::paymentMethodToWire(ask.payment));
        json.insert(QStringLiteral("lines"), lines);
        json.insert(QStringLiteral("replayed"), replayed);
        context.printJson(json);
        return;
    }
    context.print(LinesRenewText::tr("Order %1: %Ln line(s) renewed for %2 month(s), paid by %3.",
                                     nullptr, int(order.lines.size()))
                      .arg(order.id)
                      .arg(ask.months)
                      .arg(ask.payment == ops::PaymentMethod::Invoice
                               ? LinesRenewText::tr("invoice")
                               : LinesRenewText::tr("card")));
    QList<std::pair<QString, QString>> sums;
    sums.append({ LinesRenewText::tr("Subtotal"), money::rubles(order.quote.subtotalKopecks) });
    for (const partner::AppliedDiscount &discount : order.quote.discounts)
        sums.append(
            { LinesRenewText::tr("%1 %2 %").arg(discountName(discount.kind)).arg(discount.percent),
              QStringLiteral("−") + money::rubles(discount.amountKopecks) });
    sums.append({ LinesRenewText::tr("Total"), money::rubles(order.quote.totalKopecks) });
    qsizetype labelWidth = 0;
    qsizetype sumWidth = 0;
    for (const auto &[label, sum] : std::as_const(sums)) {
        labelWidth = qMax(labelWidth, label.size());
        sumWidth = qMax(sumWidth, sum.size());
    }
    for (const auto &[label, sum] : std::as_const(sums))
        context.print(QStringLiteral("  %1  %2")
                          .arg(label.leftJustified(labelWidth), sum.rightJustified(sumWidth)));
    if (replayed)
        context.print(LinesRenewText::tr("This order was placed earlier with operation id %1; "
                                         "nothing was renewed again.")
                          .arg(ask.operationId));
    for (const ops::PartnerLine &line : order.lines)
        context.print(replayed ? LinesRenewText::tr("%1  %2  expires %3")
                                     .arg(line.lineId, line.clientAccountId, day(line.expiresAt))
                               : LinesRenewText::tr("%1  %2  expires %3 (was %4)")
                                     .arg(line.lineId, line.clientAccountId, day(line.expiresAt),
                                          day(was.value(line.id))));
    context.print(LinesRenewText::tr("Operation id: %1").arg(ask.operationId));
}

void placeOrder(CommandContext &context, ops::Session *session, const RenewAsk &ask,
                const QList<ops::PartnerLine> &lines)
{
    ops::PartnerOrderRequest request;
    request.operationId = ask.operationId;
    request.kind = ops::PartnerOrderKind::Renew;
    request.months = ask.months;
    request.paymentMethod = ask.payment;
    request.lines = lines;
    ops::placePartnerOrder(
        ops::Actor::of(*session), session->client(), request, context.anchor(),
        [&context, session, ask, lines](const ops::PartnerOrderResult &placed) {
            if (placed.ok()) {
                printOrder(context, ask, *placed.order, lines);
                afterAudit(context, session->audit(), [&context]() { context.succeed(); });
                return;
            }
            if (placed.error->code == QLatin1String("idempotency_key_reused")) {
                afterAudit(context, session->audit(), [&context, ask]() {
                    context.fail(ExitUsage,
                                 LinesRenewText::tr("--operation-id %1 was used for a different "
                                                    "order (other lines, months or payment "
                                                    "method); leave it out to place a new order.")
                                     .arg(ask.operationId));
                });
                return;
            }
            const crm::ErrorKind kind = placed.error->kind;
            QString message = crmErrorText(*placed.error, placed.message, context.crmUrl());
            if (kind == crm::ErrorKind::Network || kind == crm::ErrorKind::Timeout
                || kind == crm::ErrorKind::Server)
                message = LinesRenewText::tr("The order got no answer from the CRM at %1 (%2), "
                                             "so it may or may not have been placed. Run the "
                                             "same command again with --operation-id %3 and "
                                             "the CRM answers the first order instead of "
                                             "renewing twice.")
                              .arg(context.crmUrl().toString(), crm::errorKindId(kind),
                                   placed.operationId);
            afterAudit(context, session->audit(),
                       [&context, message]() { context.fail(ExitFailure, message); });
        });
}

} // namespace

QList<QCommandLineOption> linesRenewOptions()
{
    auto described = [](QCommandLineOption option, const QString &description) {
        option.setDescription(description);
        return option;
    };
    return {
        described(kLineOption,
                  LinesRenewText::tr("lines renew: a line to renew (its id, e.g. L-20001, or its "
                                     "number); repeat it or separate ids with commas.")),
        described(kMonthsOption, LinesRenewText::tr("lines renew: how many months to add.")),
        described(kPaymentOption,
                  LinesRenewText::tr("lines renew: how the partner pays: card (default) or "
                                     "invoice.")),
        described(kOperationOption,
                  LinesRenewText::tr("lines renew: send again the order an earlier run printed "
                                     "this operation id for; the CRM answers it instead of "
                                     "renewing twice.")),
    };
}

void runLinesRenew(CommandContext &context, std::unique_ptr<ops::Session> &session)
{
    const std::optional<RenewAsk> ask = readOptions(context);
    if (!ask)
        return;
    ops::SessionOptions options;
    options.crmUrl = context.crmUrl();
    options.token = context.token();
    options.sandbox = context.isSandbox();
    ops::startSession(
        options, context.anchor(),
        [&context, &session, ask = *ask](ops::SessionStartResult started) {
            if (!started.session) {
                if (started.error)
                    context.fail(ExitFailure,
                                 crmErrorText(*started.error, started.message, context.crmUrl()));
                else
                    context.fail(ExitUsage, started.message);
                return;
            }
            session = std::move(started.session);
            ops::Session *signedIn = session.get();
            ops::loadPartnerLines(signedIn->client(), ops::PartnerLineQuery(), context.anchor(),
                                  [&context, signedIn, ask](const ops::PartnerLinesResult &all) {
                                      if (!all.ok()) {
                                          context.fail(ExitFailure,
                                                       crmErrorText(*all.error, all.error->message,
                                                                    context.crmUrl()));
                                          return;
                                      }
                                      const auto lines = resolve(context, ask.ids, all.lines);
                                      if (lines)
                                          placeOrder(context, signedIn, ask, *lines);
                                  });
        });
}

} // namespace opc::cli
