// The partner lines page (issue 5) driven as a partner's agent would, offscreen, against a real
// crm-sandbox process with the demo fixture: the page loads every line; each filter (status,
// country, search) shows what the CRM's own GET /api/v1/partner/lines filters give; sorting,
// page size and pages; the channels tooltip; a comment typed in the table is saved on the CRM,
// and one typed over a line someone changed meanwhile is refused, the line reloaded and the
// user told; the actions are enabled only when they may be used, the reason in their tooltip
// otherwise (add channels with fewer than 6 days left, act as a referred client); the buy
// dialog shows the exact breakdown partner::quoteLines() gives; buying lines, renewing two lines
// and adding channels go through to the CRM, adding channels and buying two new lines with one
// confirm priced as partner::quoteAddOnWithLines() prices them. Every test starts its own sandbox.
// Waits are on signals (an event loop quit by the signal that tells), never on polling.

#include "GuiTestSupport.h"
#include "LeadsGuiSupport.h"
#include "PartnerGuiSupport.h"
#include "core/LocaleFormat.h"
#include "core/partner/PartnerRules.h"
#include "core/partner/Pricing.h"
#include "core/partner/QuoteJson.h"
#include "support/SandboxProcess.h"
#include "ui/leads/LeadsUi.h"
#include "ui/pages/PartnerLinesPage.h"
#include "ui/partner/AddChannelsDialog.h"
#include "ui/partner/BuyLinesDialog.h"
#include "ui/partner/ChannelCountsEditor.h"
#include "ui/partner/NotificationBell.h"
#include "ui/partner/PartnerLineFilterProxy.h"
#include "ui/partner/PartnerLineListView.h"
#include "ui/partner/PartnerLinePageModel.h"
#include "ui/partner/PartnerLineTableModel.h"
#include "ui/partner/PartnerUi.h"
#include "ui/partner/QuoteBreakdownView.h"
#include "ui/partner/RenewDialog.h"
#include "ui/partner/WithdrawDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

#include <functional>

using namespace opc;
using namespace opc::test;
using Column = ui::PartnerLineTableModel::Column;

namespace {

// GET /api/v1/partner/lines with `filters`, every page.
QList<QJsonObject> crmLines(const QUrl &url, const QUrlQuery &filters = {})
{
    auto client = test::clientFor(url, test::kAgentToken);
    QList<QJsonObject> lines;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        crm::CrmRequest request = test::getOf(QStringLiteral("/api/v1/partner/lines"));
        request.query = filters;
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        if (!cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("cursor"), cursor);
        const crm::CrmResult result = send(*client, request);
        if (!result.ok()) {
            qWarning("GET lines: %s", qPrintable(result.error->message));
            return {};
        }
        for (const QJsonValue &item : result.body[QLatin1String("items")].toArray())
            lines << item.toObject();
        cursor = result.body[QLatin1String("next_cursor")].toString();
        if (cursor.isEmpty())
            break;
    }
    return lines;
}

QSet<qint64> idsOf(const QList<QJsonObject> &lines)
{
    QSet<qint64> ids;
    for (const QJsonObject &line : lines)
        ids.insert(line.value(QStringLiteral("id")).toInteger());
    return ids;
}

QJsonObject crmLine(const QUrl &url, qint64 id)
{
    auto client = test::clientFor(url, test::kAgentToken);
    return send(*client, test::getOf(QStringLiteral("/api/v1/partner/lines/%1").arg(id)))
        .body.toObject();
}

// The lines the filters let through, in the shown order.
QList<qint64> shownIds(ui::PartnerLineListView *list)
{
    QList<qint64> ids;
    for (int row : list->proxy()->acceptedSourceRows())
        ids << list->model()->lineAt(row).id;
    return ids;
}

QSet<qint64> shownSet(ui::PartnerLineListView *list)
{
    const QList<qint64> ids = shownIds(list);
    return QSet<qint64>(ids.begin(), ids.end());
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

partner::PriceList crmPrices(const QUrl &url)
{
    auto client = test::clientFor(url, test::kAgentToken);
    const crm::CrmResult result
        = send(*client, test::getOf(QStringLiteral("/api/v1/partner/price-list")));
    partner::QuoteError error;
    return partner::pricesFromJson(result.body, QStringLiteral("prices"), &error)
        .value_or(partner::PriceList {});
}

// The breakdown as its labels show it, for comparing with an expected quote.
QStringList breakdownTexts(const ui::QuoteBreakdownView *view)
{
    QStringList texts;
    for (const char *name : { "quoteSubtotal", "quoteVolumeDiscount", "quotePeriodDiscount",
                              "quotePartnerDiscount", "quoteTotal" })
        texts << view->findChild<QLabel *>(QLatin1String(name))->text();
    return texts;
}

QStringList expectedTexts(const partner::Quote &quote)
{
    QStringList texts { money::rubles(quote.subtotalKopecks), QString(), QString(), QString(),
                        money::rubles(quote.totalKopecks) };
    for (const partner::AppliedDiscount &discount : quote.discounts) {
        const int at = discount.kind == partner::DiscountKind::Volume ? 1
            : discount.kind == partner::DiscountKind::Period          ? 2
                                                                      : 3;
        texts[at] = QStringLiteral("−") + money::rubles(discount.amountKopecks);
    }
    return texts;
}

// Confirms the order in `dialog` and waits for the CRM's answer.
struct OrderOutcome {
    std::optional<ops::PartnerOrder> order;
    QString failure;
};
OrderOutcome confirmOrder(ui::PartnerOrderDialog *dialog)
{
    OrderOutcome outcome;
    QEventLoop loop;
    QObject::connect(dialog, &ui::PartnerOrderDialog::ordered, &loop,
                     [&](const ops::PartnerOrder &order) {
                         outcome.order = order;
                         loop.quit();
                     });
    QObject::connect(dialog, &ui::PartnerOrderDialog::orderFailed, &loop,
                     [&](const QString &message) {
                         outcome.failure = message;
                         loop.quit();
                     });
    QTimer::singleShot(kGuiWaitMs, &loop, &QEventLoop::quit);
    if (!click(dialog->confirmButton()))
        return outcome;
    loop.exec();
    return outcome;
}

// A text with plural forms as the program words it (the tests run without a translation, so this
// is the source text with its number).
QString plural(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

QString saveShot(QWidget *widget, const QString &name)
{
    const QString path = QStringLiteral("/tmp/") + name;
    // Laid out as the event loop would before it paints.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(path);
    return path;
}

} // namespace

class TestPartnerLines final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsFiltersAndSortsLikeTheCrm();
    void pagesAndModelsAreConsistent();
    void commentIsSavedAndAStaleOneReloads();
    void actionsSayWhyTheyAreDisabled();
    void teamLeadWithdrawsTheReward();
    void buyDialogShowsTheExactBreakdownAndBuys();
    void renewTwoLinesAndAddChannels();
    void addChannelsAndTwoNewLinesInOneConfirm();
};

void TestPartnerLines::loadsFiltersAndSortsLikeTheCrm()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole console;
    QVERIFY(openPage(console, crm.url(), test::kAgentToken));
    ui::PartnerLinesPage *page = partnerPage(console);
    ui::PartnerLineListView *list = page->listView();

    // Every line of the CRM, with its status as the CRM computes it.
    const QList<QJsonObject> all = crmLines(crm.url());
    QCOMPARE(all.size(), 24);
    QCOMPARE(list->model()->rowCount(), all.size());
    QCOMPARE(shownSet(list), idsOf(all));
    for (const QJsonObject &line : all) {
        const int row = list->model()->rowOf(line.value(QStringLiteral("id")).toInteger());
        QVERIFY(row >= 0);
        QCOMPARE(partner::lineStatusToWire(list->model()->statusAt(row)),
                 line.value(QStringLiteral("status")).toString());
        QCOMPARE(list->model()->index(row, Column::StatusColumn).data().toString(),
                 ui::partner_ui::lineStatusName(list->model()->statusAt(row)));
        QCOMPARE(list->model()->index(row, Column::AccountColumn).data().toString(),
                 line.value(QStringLiteral("client_account_id")).toString());
    }
    // ChatCoins and WABA come from the client list: PC-1003 has 1 500 coins, no WABA.
    const int pc1003 = list->model()->rowOf(6);
    QCOMPARE(list->model()->index(pc1003, Column::PackagesColumn).data().toString(),
             QLocale().toString(1500) + QStringLiteral(" / 0"));

    // Status: each choice shows what GET ?status= gives.
    auto *status = console.find<QComboBox>(QStringLiteral("partnerStatusFilter"));
    for (partner::LineStatus wanted :
         { partner::LineStatus::Active, partner::LineStatus::Expiring7,
           partner::LineStatus::Expiring30, partner::LineStatus::Expired }) {
        chooseData(status, int(wanted));
        QUrlQuery filter;
        filter.addQueryItem(QStringLiteral("status"), partner::lineStatusToWire(wanted));
        const QSet<qint64> expected = idsOf(crmLines(crm.url(), filter));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownSet(list), expected);
    }
    chooseData(status, -1);
    QCOMPARE(shownSet(list), idsOf(all));

    // Country: only the countries of the partner's clients are offered, each as GET ?country=.
    auto *country = console.find<QComboBox>(QStringLiteral("partnerCountryFilter"));
    QStringList offered;
    for (int i = 1; i < country->count(); ++i)
        offered << country->itemData(i).toString();
    offered.sort();
    QCOMPARE(offered,
             QStringList({ QStringLiteral("BY"), QStringLiteral("KZ"), QStringLiteral("RU"),
                           QStringLiteral("UZ") }));
    for (const QString &code : std::as_const(offered)) {
        chooseData(country, code);
        QUrlQuery filter;
        filter.addQueryItem(QStringLiteral("country"), code);
        QCOMPARE(shownSet(list), idsOf(crmLines(crm.url(), filter)));
    }
    // Country and status together, as the CRM combines them.
    chooseData(country, QStringLiteral("RU"));
    chooseData(status, int(partner::LineStatus::Expiring30));
    QUrlQuery both;
    both.addQueryItem(QStringLiteral("country"), QStringLiteral("RU"));
    both.addQueryItem(QStringLiteral("status"), QStringLiteral("expiring_30d"));
    QCOMPARE(shownSet(list), idsOf(crmLines(crm.url(), both)));
    chooseData(country, QString());
    chooseData(status, -1);

    // Search: words anywhere in the client id, organisation, project, line id or comment.
    auto *search = console.find<QLineEdit>(QStringLiteral("partnerSearch"));
    const auto searchFor = [&](const QString &text) {
        search->clear();
        test::typeText(search, text);
        return waitFor(list, &ui::PartnerLineListView::filtered,
                       [&] { return list->proxy()->searchText() == text; });
    };
    QVERIFY(searchFor(QStringLiteral("автосервис")));
    QSet<qint64> expected;
    for (const QJsonObject &line : all) {
        if (line.value(QStringLiteral("organisation"))
                .toString()
                .contains(QStringLiteral("Автосервис"), Qt::CaseInsensitive))
            expected.insert(line.value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(shownSet(list), expected);
    QVERIFY(searchFor(QStringLiteral("l-20007")));
    QCOMPARE(shownSet(list), QSet<qint64>({ 7 }));
    QVERIFY(searchFor(QStringLiteral("PC-1008 проект")));
    QUrlQuery client8;
    client8.addQueryItem(QStringLiteral("client_id"), QStringLiteral("8"));
    QCOMPARE(shownSet(list), idsOf(crmLines(crm.url(), client8)));
    QVERIFY(searchFor(QStringLiteral("нет такого")));
    QVERIFY(shownIds(list).isEmpty());
    QCOMPARE(
        console.find<QLabel>(QStringLiteral("partnerLinesCount"))->text(),
        plural("opc::ui::PartnerLineListView", "%1 of %Ln line(s)", 24).arg(QStringLiteral("0")));
    QVERIFY(searchFor(QString()));
    QCOMPARE(shownSet(list), idsOf(all));

    // Sorting by a header click: organisation as the language sorts it, then expiry descending.
    QHeaderView *header = list->table()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(Column::OrganisationColumn) + 10,
                             header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(Column::OrganisationColumn));
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<qint64> order = shownIds(list);
    for (int i = 1; i < order.size(); ++i) {
        const QString before
            = list->model()->lineAt(list->model()->rowOf(order.at(i - 1))).organisation;
        const QString after = list->model()->lineAt(list->model()->rowOf(order.at(i))).organisation;
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QVERIFY2(ascending ? collator.compare(before, after) <= 0
                           : collator.compare(before, after) >= 0,
                 qPrintable(before + QStringLiteral(" / ") + after));
    }
    list->table()->sortByColumn(Column::ExpiryColumn, Qt::DescendingOrder);
    order = shownIds(list);
    for (int i = 1; i < order.size(); ++i) {
        QVERIFY(list->model()->expiresOnAt(list->model()->rowOf(order.at(i - 1)))
                >= list->model()->expiresOnAt(list->model()->rowOf(order.at(i))));
    }
    // The table shows the same order on its first page.
    QCOMPARE(list->table()
                 ->model()
                 ->index(0, 0)
                 .data(ui::PartnerLineTableModel::LineIdRole)
                 .toLongLong(),
             order.first());

    // The channels' tooltip lists each channel and whether it is connected.
    for (const QJsonObject &line : all) {
        const int row = list->model()->rowOf(line.value(QStringLiteral("id")).toInteger());
        const QString tip
            = list->model()->index(row, Column::ChannelsColumn).data(Qt::ToolTipRole).toString();
        const QJsonArray channels = line.value(QStringLiteral("channels")).toArray();
        QCOMPARE(list->model()
                     ->index(row, Column::ChannelsColumn)
                     .data()
                     .toString()
                     .section(QLatin1Char(' '), 0, 0),
                 QString::number(channels.size()));
        for (const QJsonValue &channel : channels) {
            const QString name
                = ui::partner_ui::channelName(channel[QLatin1String("channel")].toString());
            const QString state = channel[QLatin1String("connected")].toBool()
                ? QStringLiteral("connected")
                : QStringLiteral("disconnected");
            QVERIFY2(tip.contains(name + QStringLiteral(": ") + state), qPrintable(tip));
        }
    }

    const QStringList unnamed = test::unnamedInteractiveWidgets(console.window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY(clickLine(list, 2));
    qInfo("screenshot: %s",
          qPrintable(saveShot(console.window.get(), QStringLiteral("partner-lines.png"))));
}

void TestPartnerLines::pagesAndModelsAreConsistent()
{
    // The paging and the models over more lines than a page, without a CRM.
    ui::PartnerLineListView list;
    QAbstractItemModelTester modelTester(list.model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(list.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester pageTester(list.pageModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today(2025, 3, 1);
    list.model()->setToday(today);
    QList<ops::PartnerLine> lines;
    for (int i = 1; i <= 230; ++i) {
        ops::PartnerLine line;
        line.id = i;
        line.clientId = (i - 1) / 10 + 1;
        line.clientAccountId = QStringLiteral("PC-%1").arg(1000 + line.clientId);
        line.organisation = QStringLiteral("Организация %1").arg(line.clientId);
        line.country = i % 2 ? QStringLiteral("RU") : QStringLiteral("KZ");
        line.lineId = QStringLiteral("L-%1").arg(30000 + i);
        line.expiresAt = QDateTime(today.addDays(i - 40), QTime(12, 0), Qt::UTC);
        line.channels = { ops::PartnerLineChannel { QStringLiteral("whatsapp"), true } };
        lines << line;
    }
    list.setLines(lines);
    QVERIFY(waitFor(&list, &ui::PartnerLineListView::linesShown,
                    [&] { return list.model()->rowCount() == 230; }));
    auto *size = list.findChild<QComboBox *>(QStringLiteral("partnerPageSize"));
    auto *next = list.findChild<QPushButton *>(QStringLiteral("partnerNextPageButton"));
    auto *previous = list.findChild<QPushButton *>(QStringLiteral("partnerPreviousPageButton"));
    auto *label = list.findChild<QLabel *>(QStringLiteral("partnerPageLabel"));
    chooseData(size, 50);
    QCOMPARE(list.table()->model()->rowCount(), 50);
    QCOMPARE(label->text(), QStringLiteral("Page 1 of 5"));
    QVERIFY(!previous->isEnabled());
    for (int page = 2; page <= 5; ++page)
        QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(label->text(), QStringLiteral("Page 5 of 5"));
    QCOMPARE(list.table()->model()->rowCount(), 30);
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(label->text(), QStringLiteral("Page 4 of 5"));
    chooseData(size, 100);
    QCOMPARE(list.table()->model()->rowCount(), 100);
    QCOMPARE(label->text(), QStringLiteral("Page 2 of 3")); // still near the rows shown before
    chooseData(size, 500);
    QCOMPARE(list.table()->model()->rowCount(), 230);
    chooseData(size, 0);
    QCOMPARE(list.table()->model()->rowCount(), 230);
    QCOMPARE(label->text(), QStringLiteral("Page 1 of 1"));

    // A line on a later page is shown on its page when chosen.
    chooseData(size, 50);
    list.selectLine(170);
    QCOMPARE(list.currentLine()->id, qint64(170));
    QCOMPARE(list.pageModel()->page(),
             list.proxy()->mapFromSource(list.model()->index(list.model()->rowOf(170), 0)).row()
                 / 50);

    // Selection: a client's lines, everything the filters show, none.
    list.checkClientLines(3);
    QCOMPARE(list.model()->checkedCount(), 10);
    QCOMPARE(list.targetRows().size(), 10);
    list.proxy()->setCountryFilter(QStringLiteral("KZ"));
    list.checkAllShown();
    QCOMPARE(list.model()->checkedCount(), 10 + 115 - 5);
    list.clearChecks();
    QCOMPARE(list.model()->checkedCount(), 0);
    // With none ticked, the current line is the target (if the filter still shows it).
    list.proxy()->setCountryFilter(QString());
    list.selectLine(17);
    QCOMPARE(list.targetRows(), QList<int>({ list.model()->rowOf(17) }));
    // The check box in the table ticks a line.
    const QModelIndex check = list.table()->model()->index(0, Column::SelectColumn);
    QVERIFY(list.table()->model()->setData(check, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(list.model()->checkedCount(), 1);

    // A line that changes (a renewal's answer) and one that is new (a purchase) take their
    // place in the sorted order and in the search.
    ops::PartnerLine renewed = lines.at(0);
    renewed.expiresAt = renewed.expiresAt.addDays(400);
    renewed.comment = QStringLiteral("Продлена на год");
    ops::PartnerLine bought = lines.at(1);
    bought.id = 1000;
    bought.lineId = QStringLiteral("L-39999");
    bought.organisation = QStringLiteral("Аптека");
    list.model()->updateLines({ renewed, bought });
    QCOMPARE(list.model()->rowCount(), 231);
    list.proxy()->sort(Column::OrganisationColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(&list).first(), qint64(1000));
    list.proxy()->sort(Column::ExpiryColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(&list).first(), qint64(1));
    list.proxy()->setSearchText(QStringLiteral("продлена"));
    QCOMPARE(shownIds(&list), QList<qint64>({ 1 }));
}

void TestPartnerLines::commentIsSavedAndAStaleOneReloads()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole console;
    QVERIFY(openPage(console, crm.url(), test::kAgentToken));
    ui::PartnerLinesPage *page = partnerPage(console);
    ui::PartnerLineListView *list = page->listView();
    QTableView *table = list->table();

    // Typed in the comment cell, Enter saves it on the CRM.
    const auto typeComment = [&](qint64 lineId, const QString &text) {
        if (!clickLine(list, lineId))
            return false;
        const QModelIndex cell
            = table->selectionModel()->currentIndex().siblingAtColumn(Column::CommentColumn);
        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (!editor || editor->objectName() != QLatin1String("partnerCommentEditor")
            || editor->accessibleName().isEmpty()) {
            qWarning("no comment editor");
            return false;
        }
        editor->selectAll();
        test::typeText(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        return true;
    };
    bool failed = true;
    QString said;
    connect(page, &ui::PartnerLinesPage::reported, this, [&](const QString &text, bool failure) {
        said = text;
        failed = failure;
    });
    // The editor hands the text over once it has had the Return key (a queued call).
    qint64 edited = 0;
    connect(list->model(), &ui::PartnerLineTableModel::commentEdited, this,
            [&](qint64 lineId) { edited = lineId; });
    QVERIFY(typeComment(3, QStringLiteral("Позвонить бухгалтеру до пятницы")));
    QVERIFY(waitFor(list->model(), &ui::PartnerLineTableModel::commentEdited,
                    [&] { return edited == 3; }));
    const int row = list->model()->rowOf(3);
    QVERIFY(list->model()->isCommentPending(3)); // shown as typed, in italics, until saved
    QVERIFY(list->model()
                ->index(row, Column::CommentColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .italic());
    QVERIFY(waitFor(page, &ui::PartnerLinesPage::reported, [&] { return !said.isEmpty(); }));
    QVERIFY2(!failed, qPrintable(said));
    QCOMPARE(crmLine(crm.url(), 3).value(QStringLiteral("comment")).toString(),
             QStringLiteral("Позвонить бухгалтеру до пятницы"));
    QCOMPARE(list->model()->index(row, Column::CommentColumn).data().toString(),
             QStringLiteral("Позвонить бухгалтеру до пятницы"));
    QVERIFY(!list->model()->isCommentPending(3));

    // Someone else changes the comment; the console's copy is stale: refused, reloaded, said.
    auto other = test::clientFor(crm.url(), test::kLeadToken);
    const QJsonObject now = crmLine(crm.url(), 3);
    crm::CrmRequest patch;
    patch.method = "PATCH";
    patch.path = QStringLiteral("/api/v1/partner/lines/3");
    patch.ifMatch = QByteArrayLiteral("\"partner-line-3-v")
        + QByteArray::number(now.value(QStringLiteral("version")).toInteger()) + '"';
    patch.body = QJsonObject { { QStringLiteral("comment"), QStringLiteral("Счёт отправлен") } };
    QVERIFY(send(*other, patch).ok());
    said.clear();
    QVERIFY(typeComment(3, QStringLiteral("Моя версия")));
    QVERIFY(waitFor(page, &ui::PartnerLinesPage::reported, [&] { return !said.isEmpty(); }));
    QVERIFY2(failed, qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("reloaded")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Моя версия")), qPrintable(said));
    QCOMPARE(list->model()->index(row, Column::CommentColumn).data().toString(),
             QStringLiteral("Счёт отправлен"));
    QCOMPARE(crmLine(crm.url(), 3).value(QStringLiteral("comment")).toString(),
             QStringLiteral("Счёт отправлен"));
    // The reloaded line carries the new version: the next edit goes through.
    said.clear();
    QVERIFY(typeComment(3, QStringLiteral("Счёт отправлен, ждём оплату")));
    QVERIFY(waitFor(page, &ui::PartnerLinesPage::reported, [&] { return !said.isEmpty(); }));
    QVERIFY2(!failed, qPrintable(said));
    QCOMPARE(crmLine(crm.url(), 3).value(QStringLiteral("comment")).toString(),
             QStringLiteral("Счёт отправлен, ждём оплату"));
}

void TestPartnerLines::actionsSayWhyTheyAreDisabled()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole console;
    QVERIFY(openPage(console, crm.url(), test::kAgentToken));
    ui::PartnerLinesPage *page = partnerPage(console);
    ui::PartnerLineListView *list = page->listView();
    const QDate today = page->profile()->today;
    QVERIFY(today.isValid());
    auto *addButton = console.find<QToolButton>(QStringLiteral("partnerAddChannelsButton"));
    auto *actButton = console.find<QToolButton>(QStringLiteral("partnerActAsClientButton"));

    // L-20008 expires tomorrow: no channels can be added, and the button says why.
    QVERIFY(clickLine(list, 8));
    const QDate tomorrow = list->model()->expiresOnAt(list->model()->rowOf(8));
    QCOMPARE(today.daysTo(tomorrow), qint64(1));
    QVERIFY(!page->addChannelsAction()->isEnabled());
    QVERIFY(!addButton->isEnabled());
    QCOMPARE(addButton->toolTip(), *partner::addChannelsRefusal(today, tomorrow));
    // L-20009 has exactly 6 days left: it can.
    QVERIFY(clickLine(list, 9));
    QVERIFY(page->addChannelsAction()->isEnabled());
    QCOMPARE(
        addButton->toolTip(),
        plural("opc::ui::PartnerLinesPage", "Add channels to %1, paid for the %Ln day(s) left.", 6)
            .arg(QStringLiteral("L-20009")));

    // Acting as the client: PC-1004 granted access, PC-1005's cabinet the partner created,
    // PC-1003 came by the referral link and granted nothing.
    QVERIFY(clickLine(list, 7)); // PC-1004
    QVERIFY(page->actAsClientAction()->isEnabled());
    QVERIFY(clickLine(list, 9)); // PC-1005
    QVERIFY(actButton->isEnabled());
    QVERIFY(clickLine(list, 6)); // PC-1003
    QVERIFY(!actButton->isEnabled());
    QCOMPARE(actButton->toolTip(), *partner::actAsClientRefusal(partner::ClientOrigin {}));
    QVERIFY(clickLine(list, 7));
    QStringList opened; // no browser here: the page hands the cabinet's link to this instead
    page->setUrlOpener([&opened](const QUrl &url) {
        opened << url.toString();
        return true;
    });
    QSignalSpy acted(page, &ui::PartnerLinesPage::actAsClientRequested);
    QVERIFY(click(actButton));
    QCOMPARE(acted.size(), 1);
    QCOMPARE(acted.first().at(1).toString(), QStringLiteral("PC-1004"));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kGuiWaitMs);
    QVERIFY2(opened.first().contains(QStringLiteral("/act-as/")), qPrintable(opened.first()));

    // The NFR line renews by itself: Renew is not for it.
    QVERIFY(clickLine(list, 1));
    QVERIFY(!page->renewAction()->isEnabled());
    QVERIFY(page->renewAction()->toolTip().contains(QStringLiteral("NFR")));
    QVERIFY(page->buyAction()->isEnabled());
    // Nothing selected or current: Buy and Renew say what to do.
    list->clearChecks();
    list->proxy()->setSearchText(QStringLiteral("нет такого"));
    QVERIFY(list->currentRow() < 0);
    QVERIFY(!page->buyAction()->isEnabled());
    QVERIFY(!page->renewAction()->toolTip().isEmpty());
    list->proxy()->setSearchText(QString());

    // An agent may not withdraw the reward (the CRM leaves that to team leads and admins).
    QVERIFY(!page->withdrawButton()->isEnabled());
    QVERIFY(page->withdrawButton()->toolTip().contains(QStringLiteral("team lead")));
    QCOMPARE(console.find<QLabel>(QStringLiteral("partnerRewardLabel"))->text(),
             QStringLiteral("Reward: %1").arg(money::rubles(1234500)));

    // The bell shows the CRM's unread count and the history.
    auto client = test::clientFor(crm.url(), test::kAgentToken);
    const QJsonObject notifications
        = send(*client, test::getOf(QStringLiteral("/api/v1/partner/notifications")))
              .body.toObject();
    const int unread = notifications.value(QStringLiteral("unread_count")).toInt();
    ui::NotificationBell *bell = page->bell();
    QVERIFY(waitFor(bell, &ui::NotificationBell::unreadCountChanged,
                    [&] { return bell->unreadCount() == unread; }));
    QCOMPARE(bell->text(), unread > 0 ? QString::number(unread) : QString());
    bool loaded = false;
    connect(bell, &ui::NotificationBell::historyLoaded, this, [&] { loaded = true; });
    QVERIFY(click(bell));
    QVERIFY(waitFor(bell, &ui::NotificationBell::historyLoaded, [&] { return loaded; }));
    QCOMPARE(bell->list()->count(),
             int(notifications.value(QStringLiteral("items")).toArray().size()));
    if (unread > 0) {
        QVERIFY(click(bell->popup()->findChild<QPushButton *>(
            QStringLiteral("partnerNotificationsReadAllButton"))));
        QVERIFY(waitFor(bell, &ui::NotificationBell::unreadCountChanged,
                        [&] { return bell->unreadCount() == 0; }));
    }
    qInfo("screenshot: %s",
          qPrintable(saveShot(bell->popup(), QStringLiteral("partner-notifications.png"))));
    bell->popup()->hide();
    const QStringList unnamed = test::unnamedInteractiveWidgets(console.window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestPartnerLines::teamLeadWithdrawsTheReward()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole console;
    QVERIFY(openPage(console, crm.url(), test::kLeadToken));
    ui::PartnerLinesPage *page = partnerPage(console);
    const qint64 balance = page->profile()->rewardBalanceKopecks;
    QCOMPARE(balance, qint64(1234500));
    QVERIFY(click(page->withdrawButton()));
    auto *dialog = console.window->findChild<ui::WithdrawDialog *>();
    QVERIFY(dialog);
    auto *amount = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("withdrawAmount"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("withdrawConfirmButton"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("withdrawProblem"));
    QCOMPARE(dialog->amountKopecks(), balance); // the whole balance to start with
    QVERIFY(confirm->isEnabled());
    // Below the 5 000 ₽ minimum: refused as the rule words it, before anything is sent.
    amount->setValue(4000);
    QVERIFY(!confirm->isEnabled());
    QCOMPARE(problem->text(), *partner::withdrawalRefusal(400000, QStringLiteral("RUB"), balance));
    amount->setValue(20000);
    QCOMPARE(problem->text(), *partner::withdrawalRefusal(2000000, QStringLiteral("RUB"), balance));
    const QStringList unnamed = test::unnamedInteractiveWidgets(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    amount->setValue(5000);
    QVERIFY(confirm->isEnabled());
    std::optional<ops::PartnerWithdrawal> withdrawn;
    QEventLoop loop;
    connect(dialog, &ui::WithdrawDialog::withdrawn, &loop,
            [&](const ops::PartnerWithdrawal &withdrawal) {
                withdrawn = withdrawal;
                loop.quit();
            });
    QTimer::singleShot(kGuiWaitMs, &loop, &QEventLoop::quit);
    QVERIFY(click(confirm));
    loop.exec();
    QVERIFY2(withdrawn, qPrintable(problem->text()));
    QCOMPARE(withdrawn->amountKopecks, qint64(500000));
    QCOMPARE(withdrawn->rewardBalanceKopecks, balance - 500000);
    QCOMPARE(console.find<QLabel>(QStringLiteral("partnerRewardLabel"))->text(),
             QStringLiteral("Reward: %1").arg(money::rubles(balance - 500000)));
    auto client = test::clientFor(crm.url(), test::kLeadToken);
    QCOMPARE(send(*client, test::getOf(QStringLiteral("/api/v1/partner/profile")))
                 .body[QLatin1String("reward_balance_kopecks")]
                 .toInteger(),
             balance - 500000);
}

void TestPartnerLines::buyDialogShowsTheExactBreakdownAndBuys()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole console;
    QVERIFY(openPage(console, crm.url(), test::kAgentToken));
    ui::PartnerLinesPage *page = partnerPage(console);
    ui::PartnerLineListView *list = page->listView();
    const partner::PriceList prices = crmPrices(crm.url());
    QVERIFY(!prices.channels.isEmpty());
    QCOMPARE(page->profile()->status, partner::PartnerStatus::Official);

    QVERIFY(clickLine(list, 2)); // PC-1001
    QVERIFY(click(console.find<QToolButton>(QStringLiteral("partnerBuyButton"))));
    auto *dialog = console.window->findChild<ui::BuyLinesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Nothing to price until there are channels.
    QVERIFY(!dialog->confirmButton()->isEnabled());
    // A spin box for every channel of the price list.
    for (auto it = prices.channels.begin(); it != prices.channels.end(); ++it)
        QVERIFY2(dialog->findChild<QSpinBox *>(QStringLiteral("buyChannel_") + it.key()),
                 qPrintable(it.key()));

    const auto spin = [&](const QString &name) { return dialog->findChild<QSpinBox *>(name); };
    spin(QStringLiteral("buyMonths"))->setValue(12);
    spin(QStringLiteral("buyChannel_whatsapp"))->setValue(3);
    spin(QStringLiteral("buyChannel_telegram"))->setValue(2);
    spin(QStringLiteral("buyChannel_waba"))->setValue(1);
    spin(QStringLiteral("buyLineCount"))->setValue(4);
    chooseData(dialog->findChild<QComboBox *>(QStringLiteral("buyChatcoins")),
               QStringLiteral("cc-1000"));

    partner::LineOrder order;
    order.partner = partner::PartnerStatus::Official;
    order.months = 12;
    order.lines = { partner::LineGroup { 4,
                                         { { QStringLiteral("whatsapp"), 3 },
                                           { QStringLiteral("telegram"), 2 },
                                           { QStringLiteral("waba"), 1 } } } };
    order.chatcoinsPackage = QStringLiteral("cc-1000");
    partner::QuoteError error;
    const std::optional<partner::Quote> quote = partner::quoteLines(order, prices, &error);
    QVERIFY(quote);
    QCOMPARE(quote->discounts.size(), 3); // 20 personal channels: 10 %; 12 months; official
    QCOMPARE(breakdownTexts(dialog->breakdown()), expectedTexts(*quote));
    QVERIFY2(dialog->breakdown()->text().contains(
                 plural("opc::ui::QuoteBreakdownView",
                        "Volume discount %1 % (%Ln personal channel(s)):", 20)
                     .arg(QStringLiteral("10"))),
             qPrintable(dialog->breakdown()->text()));
    QVERIFY(dialog->breakdown()->text().contains(QStringLiteral("Official partner")));
    // Live: one line fewer drops the volume tier to 5 %.
    spin(QStringLiteral("buyLineCount"))->setValue(3);
    order.lines.first().count = 3;
    QCOMPARE(breakdownTexts(dialog->breakdown()),
             expectedTexts(*partner::quoteLines(order, prices, &error)));
    QVERIFY(dialog->breakdown()->text().contains(QStringLiteral("Volume discount 5 %")));
    QVERIFY(!dialog->breakdown()->text().contains(QStringLiteral("Volume discount 10 %")));

    const QStringList unnamed = test::unnamedInteractiveWidgets(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    qInfo("screenshot: %s", qPrintable(saveShot(dialog, QStringLiteral("partner-buy-dialog.png"))));

    // Confirm: three new lines for PC-1001 on the CRM and in the table.
    QUrlQuery client1;
    client1.addQueryItem(QStringLiteral("client_id"), QStringLiteral("1"));
    const int before = int(crmLines(crm.url(), client1).size());
    const OrderOutcome placed = confirmOrder(dialog);
    QVERIFY2(placed.order, qPrintable(placed.failure));
    QCOMPARE(placed.order->quote.totalKopecks,
             partner::quoteLines(order, prices, &error)->totalKopecks);
    QCOMPARE(placed.order->lines.size(), 3);
    const QList<QJsonObject> after = crmLines(crm.url(), client1);
    QCOMPARE(after.size(), before + 3);
    QCOMPARE(list->model()->rowCount(), 27);
    for (const ops::PartnerLine &line : std::as_const(placed.order->lines)) {
        const int row = list->model()->rowOf(line.id);
        QVERIFY(row >= 0);
        QCOMPARE(list->model()->lineAt(row).channels.size(), 6);
    }
    QVERIFY(console.find<QLabel>(QStringLiteral("partnerMessage"))
                ->text()
                .contains(plural("opc::ui::PartnerLinesPage", "%Ln line(s) bought", 3)));
}

void TestPartnerLines::renewTwoLinesAndAddChannels()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole console;
    QVERIFY(openPage(console, crm.url(), test::kAgentToken));
    ui::PartnerLinesPage *page = partnerPage(console);
    ui::PartnerLineListView *list = page->listView();
    const partner::PriceList prices = crmPrices(crm.url());
    const QDate today = page->profile()->today;

    // Renew L-20003 (20 days left) and L-20004 (expired a month ago), ticked in the table.
    QTableView *table = list->table();
    for (qint64 id : { 3, 4 }) {
        QVERIFY(clickLine(list, id));
        const QModelIndex check
            = table->selectionModel()->currentIndex().siblingAtColumn(Column::SelectColumn);
        QVERIFY(table->model()->setData(check, Qt::Checked, Qt::CheckStateRole));
    }
    QCOMPARE(list->model()->checkedCount(), 2);
    QVERIFY(page->renewAction()->isEnabled());
    QCOMPARE(page->renewAction()->toolTip(),
             plural("opc::ui::PartnerLinesPage", "Renew %Ln selected line(s).", 2));
    const QList<ops::PartnerLine> lines { list->model()->lineAt(list->model()->rowOf(3)),
                                          list->model()->lineAt(list->model()->rowOf(4)) };
    QVERIFY(click(console.find<QToolButton>(QStringLiteral("partnerRenewButton"))));
    auto *renew = console.window->findChild<ui::RenewDialog *>();
    QVERIFY(renew);
    QVERIFY(renew->isVisible());
    QCOMPARE(renew->lines().size(), 2);
    renew->findChild<QSpinBox *>(QStringLiteral("renewMonths"))->setValue(6);
    chooseData(renew->findChild<QComboBox *>(QStringLiteral("renewPayment")),
               int(ops::PaymentMethod::Invoice));
    partner::QuoteError error;
    const std::optional<partner::Quote> quote = partner::quoteLines(
        ops::renewalLineOrder(lines, partner::PartnerStatus::Official, 6), prices, &error);
    QVERIFY(quote);
    QCOMPARE(breakdownTexts(renew->breakdown()), expectedTexts(*quote));
    const QStringList unnamed = test::unnamedInteractiveWidgets(renew);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    qInfo("screenshot: %s",
          qPrintable(saveShot(renew, QStringLiteral("partner-renew-dialog.png"))));
    const OrderOutcome renewed = confirmOrder(renew);
    QVERIFY2(renewed.order, qPrintable(renewed.failure));
    QCOMPARE(renewed.order->quote.totalKopecks, quote->totalKopecks);
    // Each runs 6 more months from its expiry, or from today when it had expired.
    for (const ops::PartnerLine &line : lines) {
        const QDate expected = std::max(today, line.expiresOn()).addMonths(6);
        const QJsonObject onCrm = crmLine(crm.url(), line.id);
        QCOMPARE(QDateTime::fromString(onCrm.value(QStringLiteral("expires_at")).toString(),
                                       Qt::ISODateWithMs)
                     .toUTC()
                     .date(),
                 expected);
        QCOMPARE(list->model()->expiresOnAt(list->model()->rowOf(line.id)), expected);
        QCOMPARE(list->model()->statusAt(list->model()->rowOf(line.id)),
                 partner::LineStatus::Active);
    }
    QCOMPARE(list->model()->checkedCount(), 0);

    // Add two WhatsApp channels to L-20009 (6 days left): priced for those days.
    QVERIFY(clickLine(list, 9));
    QVERIFY(click(console.find<QToolButton>(QStringLiteral("partnerAddChannelsButton"))));
    auto *add = console.window->findChild<ui::AddChannelsDialog *>();
    QVERIFY(add);
    QVERIFY(add->isVisible());
    QCOMPARE(add->findChild<QLabel *>(QStringLiteral("addChannelsDaysLeft"))->text(),
             plural("opc::ui::AddChannelsDialog",
                    "%Ln day(s) left: added channels are paid for these days only, at the "
                    "monthly price × days / 30. Paid channels cannot be removed.",
                    6));
    add->findChild<QSpinBox *>(QStringLiteral("addChannel_whatsapp"))->setValue(2);
    const ops::PartnerLine line9 = list->model()->lineAt(list->model()->rowOf(9));
    partner::AddOnOrder addOn;
    addOn.partner = partner::PartnerStatus::Official;
    addOn.today = today;
    addOn.lineExpiresOn = line9.expiresOn();
    addOn.channels = { { QStringLiteral("whatsapp"), 2 } };
    const std::optional<partner::Quote> addQuote = partner::quoteAddOn(addOn, prices, &error);
    QVERIFY(addQuote);
    QCOMPARE(breakdownTexts(add->breakdown()), expectedTexts(*addQuote));
    const QStringList unnamedInAdd = test::unnamedInteractiveWidgets(add);
    QVERIFY2(unnamedInAdd.isEmpty(), qPrintable(unnamedInAdd.join(QStringLiteral(", "))));
    qInfo("screenshot: %s", qPrintable(saveShot(add, QStringLiteral("partner-add-channels.png"))));
    const OrderOutcome added = confirmOrder(add);
    QVERIFY2(added.order, qPrintable(added.failure));
    QCOMPARE(added.order->quote.totalKopecks, addQuote->totalKopecks);
    QCOMPARE(crmLine(crm.url(), 9).value(QStringLiteral("channels")).toArray().size(),
             line9.channels.size() + 2);
    QCOMPARE(list->model()->lineAt(list->model()->rowOf(9)).channels.size(),
             line9.channels.size() + 2);
}

void TestPartnerLines::addChannelsAndTwoNewLinesInOneConfirm()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole console;
    QVERIFY(openPage(console, crm.url(), test::kAgentToken));
    ui::PartnerLinesPage *page = partnerPage(console);
    ui::PartnerLineListView *list = page->listView();
    const partner::PriceList prices = crmPrices(crm.url());
    const QDate today = page->profile()->today;

    // L-20003: 20 days left.
    QVERIFY(clickLine(list, 3));
    const ops::PartnerLine line = list->model()->lineAt(list->model()->rowOf(3));
    const int rowsBefore = list->model()->rowCount();
    QUrlQuery ofClient;
    ofClient.addQueryItem(QStringLiteral("client_id"), QString::number(line.clientId));
    const QSet<qint64> clientLinesBefore = idsOf(crmLines(crm.url(), ofClient));
    QVERIFY(click(console.find<QToolButton>(QStringLiteral("partnerAddChannelsButton"))));
    auto *add = console.window->findChild<ui::AddChannelsDialog *>();
    QVERIFY(add);
    QVERIFY(add->isVisible());
    const auto spin = [&](const QString &name) { return add->findChild<QSpinBox *>(name); };
    auto *newLines = add->findChild<QGroupBox *>(QStringLiteral("addChannelsNewLines"));
    QVERIFY(newLines);
    QVERIFY(!newLines->isChecked()); // off until asked for
    spin(QStringLiteral("addChannel_telegram"))->setValue(2);
    QVERIFY(add->confirmButton()->isEnabled());

    // Also buy new lines: nothing to confirm until they have channels.
    newLines->setChecked(true);
    QVERIFY(!add->confirmButton()->isEnabled());
    spin(QStringLiteral("addNewLinesMonths"))->setValue(6);
    spin(QStringLiteral("addNewLinesCount"))->setValue(2);
    spin(QStringLiteral("addNewLineChannel_whatsapp"))->setValue(4);
    chooseData(add->findChild<QComboBox *>(QStringLiteral("addNewLinesChatcoins")),
               QStringLiteral("cc-1000"));
    add->findChild<QLineEdit *>(QStringLiteral("addChannelsProject"))
        ->setText(QStringLiteral("Филиал на Ленина"));
    QVERIFY(add->confirmButton()->isEnabled());

    // 2 Telegram added + 2 lines × 4 WhatsApp: 10 personal channels (5 %), only counting both;
    // 6 months (10 %) on the new lines; official (35 %).
    partner::AddOnOrder addOn;
    addOn.partner = partner::PartnerStatus::Official;
    addOn.today = today;
    addOn.lineExpiresOn = line.expiresOn();
    addOn.channels = { { QStringLiteral("telegram"), 2 } };
    partner::LineOrder order;
    order.partner = partner::PartnerStatus::Official;
    order.months = 6;
    order.lines = { partner::LineGroup { 2, { { QStringLiteral("whatsapp"), 4 } } } };
    order.chatcoinsPackage = QStringLiteral("cc-1000");
    partner::QuoteError error;
    const std::optional<partner::Quote> quote
        = partner::quoteAddOnWithLines(addOn, order, prices, &error);
    QVERIFY2(quote, qPrintable(error.message));
    QCOMPARE(quote->discounts.size(), 3);
    QCOMPARE(breakdownTexts(add->breakdown()), expectedTexts(*quote));
    const QString breakdown = add->breakdown()->text();
    QVERIFY2(breakdown.contains(plural("opc::ui::QuoteBreakdownView",
                                       "Volume discount %1 % (%Ln personal channel(s)):", 10)
                                    .arg(QStringLiteral("5"))),
             qPrintable(breakdown));
    QVERIFY2(breakdown.contains(
                 plural("opc::ui::QuoteBreakdownView", "Period discount %1 % (%Ln month(s)):", 6)
                     .arg(QStringLiteral("10"))),
             qPrintable(breakdown));
    // The summary: the line, the added channels with their price and days, the new lines.
    const QString summary = add->summary()->text();
    QVERIFY2(summary.contains(line.lineId), qPrintable(summary));
    QVERIFY2(summary.contains(money::rubles(prices.channels.value(QStringLiteral("telegram")))),
             qPrintable(summary));
    QVERIFY2(
        summary.contains(
            plural("opc::ui::AddChannelsDialog", "+ %1 × %2 at %3 a month each, for %Ln day(s)",
                   int(today.daysTo(line.expiresOn())))
                .arg(QStringLiteral("2"), QStringLiteral("Telegram"),
                     money::rubles(prices.channels.value(QStringLiteral("telegram"))))),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Филиал на Ленина")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("WhatsApp")), qPrintable(summary));
    // Live: one new line less drops the volume tier.
    spin(QStringLiteral("addNewLinesCount"))->setValue(1);
    order.lines.first().count = 1;
    QCOMPARE(breakdownTexts(add->breakdown()),
             expectedTexts(*partner::quoteAddOnWithLines(addOn, order, prices, &error)));
    QVERIFY(!add->breakdown()->text().contains(QStringLiteral("Volume discount")));
    spin(QStringLiteral("addNewLinesCount"))->setValue(2);
    order.lines.first().count = 2;
    QCOMPARE(breakdownTexts(add->breakdown()), expectedTexts(*quote));

    const QStringList unnamed = test::unnamedInteractiveWidgets(add);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    qInfo("screenshot: %s",
          qPrintable(saveShot(add, QStringLiteral("partner-add-channels-new-lines.png"))));

    // One confirm, one order: the channels added, two lines bought, all in the project.
    const OrderOutcome placed = confirmOrder(add);
    QVERIFY2(placed.order, qPrintable(placed.failure));
    QCOMPARE(placed.order->kind, ops::PartnerOrderKind::AddChannels);
    QCOMPARE(placed.order->quote.totalKopecks, quote->totalKopecks);
    QCOMPARE(placed.order->lines.size(), 3);
    const QJsonObject onCrm = crmLine(crm.url(), 3);
    QCOMPARE(onCrm.value(QStringLiteral("channels")).toArray().size(), line.channels.size() + 2);
    QCOMPARE(onCrm.value(QStringLiteral("project")).toString(), QStringLiteral("Филиал на Ленина"));
    const QList<QJsonObject> clientLines = crmLines(crm.url(), ofClient);
    QCOMPARE(clientLines.size(), clientLinesBefore.size() + 2);
    int bought = 0;
    for (const QJsonObject &crmLineNow : clientLines) {
        if (clientLinesBefore.contains(crmLineNow.value(QStringLiteral("id")).toInteger()))
            continue;
        ++bought;
        QCOMPARE(crmLineNow.value(QStringLiteral("project")).toString(),
                 QStringLiteral("Филиал на Ленина"));
        const QJsonArray channels = crmLineNow.value(QStringLiteral("channels")).toArray();
        QCOMPARE(channels.size(), 4);
        for (const QJsonValue &channel : channels)
            QCOMPARE(channel[QStringLiteral("channel")].toString(), QStringLiteral("whatsapp"));
        QCOMPARE(QDateTime::fromString(crmLineNow.value(QStringLiteral("expires_at")).toString(),
                                       Qt::ISODateWithMs)
                     .toUTC()
                     .date(),
                 today.addMonths(6));
        QVERIFY(list->model()->rowOf(crmLineNow.value(QStringLiteral("id")).toInteger()) >= 0);
    }
    QCOMPARE(bought, 2);
    QCOMPARE(list->model()->rowCount(), rowsBefore + 2);
    QCOMPARE(list->model()->lineAt(list->model()->rowOf(3)).channels.size(),
             line.channels.size() + 2);
}

QTEST_MAIN(TestPartnerLines)
#include "tst_partner_lines.moc"
