#pragma once

// Shared by the partner lines GUI tests (tst_partner_*.cpp): waiting on signals, one CRM call
// awaited, clicking, and the signed-in console's Partner lines page.

#include "LeadsGuiSupport.h"
#include "ui/pages/PartnerLinesPage.h"
#include "ui/partner/PartnerLineListView.h"
#include "ui/partner/PartnerLineTableModel.h"

#include <QAbstractButton>
#include <QEventLoop>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

namespace opc::test {

// Runs the event loop until `done()` holds, looking again each time `sender` emits `signal`;
// false when it does not hold within the time.
template<class Sender, class Signal>
inline bool waitFor(Sender *sender, Signal signal, const std::function<bool()> &done,
                    int timeoutMs = kGuiWaitMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}

// One request to the CRM, its answer awaited in an event loop that the answer quits.
inline crm::CrmResult send(crm::CrmClient &client, const crm::CrmRequest &request)
{
    crm::CrmResult result;
    bool done = false;
    QEventLoop loop;
    client.send(request, &loop, [&](const crm::CrmResult &answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kGuiWaitMs, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done) {
        result.error = crm::CrmError {};
        result.error->message = QStringLiteral("no answer in time");
    }
    return result;
}

// Clicks `button`, which must be shown and enabled now.
inline bool click(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled()) {
        qWarning("%s is not clickable", button ? qPrintable(button->objectName()) : "null");
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

inline ui::PartnerLinesPage *partnerPage(const LeadsConsole &console)
{
    return console.find<ui::PartnerLinesPage>(QStringLiteral("partner-linesPage"));
}

inline bool waitLoaded(ui::PartnerLinesPage *page)
{
    return waitFor(page, &ui::PartnerLinesPage::loaded,
                   [page] { return !page->isLoading() && page->profile() && page->prices(); });
}

// Signs in on the lines page and waits until it has loaded everything.
inline bool openPage(LeadsConsole &console, const QUrl &url, const QString &token)
{
    if (!console.signIn(url, token, QStringLiteral("partner-lines")))
        return false;
    ui::PartnerLinesPage *page = partnerPage(console);
    return page && waitLoaded(page);
}

// Clicks the line's organisation cell: it becomes the current line.
inline bool clickLine(ui::PartnerLineListView *list, qint64 lineId)
{
    list->selectLine(lineId);
    QTableView *table = list->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index
            = table->model()->index(row, ui::PartnerLineTableModel::OrganisationColumn);
        if (index.data(ui::PartnerLineTableModel::LineIdRole).toLongLong() != lineId)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        return list->currentLine() && list->currentLine()->id == lineId;
    }
    return false;
}

} // namespace opc::test
