// partner-lines-bench: the client lines page (issue 5) with many lines, no network. Prints, for
// the page's own model chain (PartnerLineTableModel → PartnerLineFilterProxy →
// PartnerLinePageModel, 100 rows a page) over synthetic lines, the median time of:
//
//  * a filter change: by status, by country, by a two-word text search, and all three at once;
//  * a sort: by expiry, by organisation (collated text), by line id;
//
// each with 50 000 lines beside the same operation on 5 000 lines measured in the same run,
// alternately, as a ratio (target ≤ 50 ms each for 50 000 lines, printed PASS/FAIL, not
// enforced). A change is timed from the call until the page's rows can be read (the proxy's
// mapping rebuilt, the first page's row count known). Then the same with the real QTableView of
// the page attached and repainted (offscreen), which is what a user waits for; and, for
// reference, loading the lines into the model (the per-line keys and the collation ranks).
//
//   partner-lines-bench [--lines N] [--baseline N] [--runs N]

#include "ui/partner/PartnerLineFilterProxy.h"
#include "ui/partner/PartnerLineKeys.h"
#include "ui/partner/PartnerLinePageModel.h"
#include "ui/partner/PartnerLineTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace opc;
using ui::PartnerLineTableModel;

namespace {

constexpr double kTargetMs = 50.0;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Lines as a partner with many clients has them: ten lines a client on average, organisations
// with Cyrillic names, eight countries, expiries from two months ago to a year ahead, one to
// four channels, a comment on one line in five.
QList<ops::PartnerLine> makeLines(int count, const QDate &today)
{
    static const QStringList words { QStringLiteral("Цветочная"),  QStringLiteral("лавка"),
                                     QStringLiteral("Автосервис"), QStringLiteral("Клиника"),
                                     QStringLiteral("Здоровье"),   QStringLiteral("Пекарня"),
                                     QStringLiteral("Север"),      QStringLiteral("Ромашка"),
                                     QStringLiteral("Логистика"),  QStringLiteral("Школа"),
                                     QStringLiteral("Студия"),     QStringLiteral("Маркет") };
    static const QStringList countries { QStringLiteral("RU"), QStringLiteral("KZ"),
                                         QStringLiteral("BY"), QStringLiteral("UZ"),
                                         QStringLiteral("AM"), QStringLiteral("GE"),
                                         QStringLiteral("KG"), QStringLiteral("AZ") };
    static const QStringList channels { QStringLiteral("whatsapp"),  QStringLiteral("telegram"),
                                        QStringLiteral("max"),       QStringLiteral("waba"),
                                        QStringLiteral("instagram"), QStringLiteral("vk") };
    QRandomGenerator random(20240501);
    QList<ops::PartnerLine> lines;
    lines.reserve(count);
    const int clients = std::max(1, count / 10);
    for (int i = 0; i < count; ++i) {
        const int client = int(random.bounded(clients)) + 1;
        ops::PartnerLine line;
        line.id = i + 1;
        line.clientId = client;
        line.clientAccountId = QStringLiteral("PC-%1").arg(100000 + client);
        line.clientEmail = QStringLiteral("client%1@example.org").arg(client);
        line.organisation
            = QStringLiteral("%1 %2 %3")
                  .arg(words.at(client % words.size()), words.at((client / 7) % words.size()))
                  .arg(client);
        line.project = QStringLiteral("Проект %1").arg(client % 37 + 1);
        line.country = countries.at(client % countries.size());
        line.lineId = QStringLiteral("L-%1").arg(20000 + i + 1);
        line.name = QStringLiteral("Линия %1").arg(i % 10 + 1);
        line.expiresAt
            = QDateTime(today.addDays(qint64(random.bounded(-60, 400))), QTime(12, 0), Qt::UTC);
        if (random.bounded(5) == 0)
            line.comment = QStringLiteral("Перезвонить %1, счёт %2").arg(i % 28 + 1).arg(i * 7);
        line.version = 1;
        const int channelCount = int(random.bounded(1, 5));
        for (int c = 0; c < channelCount; ++c)
            line.channels << ops::PartnerLineChannel { channels.at((i + c) % channels.size()),
                                                       random.bounded(4) != 0 };
        lines << line;
    }
    return lines;
}

QHash<qint64, ui::PartnerClientFacts> makeClients(const QList<ops::PartnerLine> &lines)
{
    QHash<qint64, ui::PartnerClientFacts> clients;
    for (const ops::PartnerLine &line : lines) {
        ui::PartnerClientFacts facts;
        facts.chatcoins = (line.clientId * 37) % 3000;
        facts.wabaPackages = line.clientId % 3;
        facts.origin.createdByPartner = line.clientId % 3 != 0;
        clients.insert(line.clientId, facts);
    }
    return clients;
}

// The page's model chain over `count` lines, and optionally its table view.
struct Chain {
    explicit Chain(int count, bool withView)
    {
        model = std::make_unique<PartnerLineTableModel>();
        model->setToday(today);
        const QList<ops::PartnerLine> lines = makeLines(count, today);
        QElapsedTimer clock;
        clock.start();
        ui::partner_keys::PreparedLines prepared = ui::partner_keys::prepare(lines, today);
        prepareMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        model->setPrepared(std::move(prepared));
        model->setClients(makeClients(lines));
        takeMs = double(clock.nsecsElapsed()) / 1e6;
        proxy = std::make_unique<ui::PartnerLineFilterProxy>(model.get());
        page = std::make_unique<ui::PartnerLinePageModel>();
        page->setSourceModel(proxy.get());
        page->setPageSize(100);
        if (withView) {
            view = std::make_unique<QTableView>();
            view->setModel(page.get());
            view->setSortingEnabled(true);
            view->verticalHeader()->hide();
            view->resize(1300, 700);
            view->show();
        }
        proxy->sort(PartnerLineTableModel::ExpiryColumn);
        settle();
    }

    // What the page needs before it can show the result: the mapping and the first page.
    void settle()
    {
        (void)proxy->rowCount();
        (void)page->rowCount();
        if (view) {
            QCoreApplication::sendPostedEvents();
            view->viewport()->repaint();
        }
    }

    double time(const std::function<void()> &change)
    {
        QElapsedTimer clock;
        clock.start();
        change();
        settle();
        return double(clock.nsecsElapsed()) / 1e6;
    }

    QDate today = QDate(2025, 3, 1);
    std::unique_ptr<PartnerLineTableModel> model;
    std::unique_ptr<ui::PartnerLineFilterProxy> proxy;
    std::unique_ptr<ui::PartnerLinePageModel> page;
    std::unique_ptr<QTableView> view;
    double prepareMs = 0; // the keys alone (the page makes them on a worker thread)
    double takeMs = 0; // taking them in, and the clients
};

struct Operation {
    const char *name;
    std::function<void(Chain &)> prepare; // untimed: the state it starts from
    std::function<void(Chain &)> change; // timed
};

std::vector<Operation> operations()
{
    using partner::LineStatus;
    const auto unfiltered = [](Chain &chain) {
        chain.proxy->setFilters(std::nullopt, QString(), QString());
        chain.proxy->sort(PartnerLineTableModel::ExpiryColumn);
        chain.settle();
    };
    const auto byColumn = [](int column) {
        return [column](Chain &chain) { chain.proxy->sort(column, Qt::AscendingOrder); };
    };
    return {
        { "filter by status (expiring within 30 days)", unfiltered,
          [](Chain &chain) { chain.proxy->setStatusFilter(LineStatus::Expiring30); } },
        { "filter by country (KZ)", unfiltered,
          [](Chain &chain) { chain.proxy->setCountryFilter(QStringLiteral("KZ")); } },
        { "filter by text (two Cyrillic words)", unfiltered,
          [](Chain &chain) { chain.proxy->setSearchText(QStringLiteral("клиника проект 1")); } },
        { "filter by status, country and text at once", unfiltered,
          [](Chain &chain) {
              chain.proxy->setFilters(LineStatus::Active, QStringLiteral("RU"),
                                      QStringLiteral("лавка"));
          } },
        { "back to every line (filters cleared)",
          [](Chain &chain) {
              chain.proxy->setFilters(LineStatus::Expired, QStringLiteral("BY"),
                                      QStringLiteral("школа"));
              chain.settle();
          },
          [](Chain &chain) { chain.proxy->setFilters(std::nullopt, QString(), QString()); } },
        { "sort by expiry",
          [byColumn](Chain &chain) {
              byColumn(PartnerLineTableModel::OrganisationColumn)(chain);
              chain.settle();
          },
          byColumn(PartnerLineTableModel::ExpiryColumn) },
        { "sort by organisation",
          [byColumn](Chain &chain) {
              byColumn(PartnerLineTableModel::ExpiryColumn)(chain);
              chain.settle();
          },
          byColumn(PartnerLineTableModel::OrganisationColumn) },
        { "sort by line id, descending",
          [byColumn](Chain &chain) {
              byColumn(PartnerLineTableModel::ExpiryColumn)(chain);
              chain.settle();
          },
          [](Chain &chain) {
              chain.proxy->sort(PartnerLineTableModel::LineColumn, Qt::DescendingOrder);
          } },
    };
}

struct Figures {
    std::vector<double> large;
    std::vector<double> small;
};

// Each operation on both sizes alternately, `runs` times after one warm-up.
std::vector<Figures> measure(Chain &large, Chain &small, int runs)
{
    const std::vector<Operation> ops = operations();
    std::vector<Figures> figures(ops.size());
    for (int run = 0; run <= runs; ++run) {
        for (std::size_t i = 0; i < ops.size(); ++i) {
            for (int k = 0; k < 2; ++k) {
                const bool bigFirst = (run + k) % 2 == 0;
                Chain &chain = bigFirst ? large : small;
                ops[i].prepare(chain);
                const double ms = chain.time([&] { ops[i].change(chain); });
                if (run > 0)
                    (bigFirst ? figures[i].large : figures[i].small).push_back(ms);
            }
        }
    }
    return figures;
}

void print(const std::vector<Figures> &figures, int lines, int baseline, bool *allPass)
{
    const std::vector<Operation> ops = operations();
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const double big = median(figures[i].large);
        const double base = median(figures[i].small);
        const bool pass = big <= kTargetMs;
        *allPass = *allPass && pass;
        std::printf("  %-46s %6d lines %7.2f ms, %5d lines %6.2f ms, ratio %5.2f (target ≤ %.0f "
                    "ms) %s\n",
                    ops[i].name, lines, big, baseline, base, base > 0 ? big / base : 0, kTargetMs,
                    pass ? "PASS" : "FAIL");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Painted off screen: no display needed, no compositor in the figures.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"),
                                         QStringLiteral("Lines of the measured set (default "
                                                        "50000)."),
                                         QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            QStringLiteral("Lines of the baseline set (default "
                                                           "5000)."),
                                            QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Counted repetitions (default 9)."),
                                        QStringLiteral("N"), QStringLiteral("9"));
    parser.addOptions({ linesOption, baselineOption, runsOption });
    parser.process(app);
    const auto number = [&](const QCommandLineOption &option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return ok && value > 0 ? value : -1;
    };
    const int lines = number(linesOption);
    const int baseline = number(baselineOption);
    const int runs = number(runsOption);
    if (lines < 0 || baseline < 0 || runs < 0 || baseline >= lines) {
        std::fprintf(stderr,
                     "partner-lines-bench: --lines, --baseline and --runs want positive "
                     "whole numbers, --baseline fewer than --lines\n");
        return 2;
    }

    bool allPass = true;
    double takeLarge = 0;
    double takeSmall = 0;
    double prepareLarge = 0;
    double prepareSmall = 0;
    {
        Chain large(lines, false);
        Chain small(baseline, false);
        takeLarge = large.takeMs;
        takeSmall = small.takeMs;
        prepareLarge = large.prepareMs;
        prepareSmall = small.prepareMs;
        std::printf("partner lines page, model and filter proxy alone (median of %d runs, "
                    "alternating sizes):\n",
                    runs);
        print(measure(large, small, runs), lines, baseline, &allPass);
    }
    {
        Chain large(lines, true);
        Chain small(baseline, true);
        std::printf("the same with the page's table view attached and repainted (100 rows a "
                    "page):\n");
        print(measure(large, small, runs), lines, baseline, &allPass);
    }
    std::printf("  for reference, loading the lines: their keys (status, country, search text, "
                "collation order; made on a worker thread by the page) %d lines %.0f ms, %d lines "
                "%.0f ms; taking them and the clients into the model on the GUI thread %d lines "
                "%.1f ms, %d lines %.1f ms\n",
                lines, prepareLarge, baseline, prepareSmall, lines, takeLarge, baseline, takeSmall);
    std::printf("(synthetic lines, no network; QT_QPA_PLATFORM=%s) %s\n",
                qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM")),
                allPass ? "all within target" : "SOME OVER TARGET");
    return 0;
}
