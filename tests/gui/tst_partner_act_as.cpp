// "Act as client" on the partner lines page (issue 5, seed 003 §6) driven as a partner's agent
// would, offscreen, against a real crm-sandbox process with the demo fixture: for a client the
// partner created, the button asks the CRM for a one-time sign-in link and hands exactly that
// link to the page's URL opener (a recorder here: there is no browser); a referred client's line
// has the action disabled with partner::actAsClientRefusal's reason until the client grants
// access; a refusal the CRM gives (access withdrawn after the page loaded) is reported with the
// reason and opens nothing. Waits are on signals (an event loop quit by the signal that tells).

#include "LeadsGuiSupport.h"
#include "PartnerGuiSupport.h"
#include "core/partner/PartnerRules.h"
#include "operations/AuditRecorder.h"
#include "support/SandboxProcess.h"
#include "ui/pages/PartnerLinesPage.h"
#include "ui/partner/PartnerLineListView.h"
#include "ui/partner/PartnerLineTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QEventLoop>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <functional>

using namespace opc;
using namespace opc::test;
using Column = ui::PartnerLineTableModel::Column;

namespace {

// Demo lines and their clients (tools/make-demo-fixture.py).
constexpr qint64 kCreatedLine = 9; // PC-1005: the partner created its cabinet
constexpr qint64 kGrantedLine = 24; // PC-1012: referred, granted access
constexpr qint64 kReferredLine = 6; // PC-1003: referred, granted nothing
constexpr qint64 kCreatedClient = 5;
constexpr qint64 kGrantedClient = 12;
constexpr qint64 kReferredClient = 3;

// The platform's webhook: the client granted (or withdrew) access to its cabinet.
bool setAccess(const QUrl &url, qint64 clientId, bool granted)
{
    auto client = test::clientFor(url, test::kAgentToken);
    crm::CrmRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/partner/clients/%1/access").arg(clientId);
    request.body = QJsonObject { { QStringLiteral("granted"), granted } };
    const crm::CrmResult result = send(*client, request);
    if (!result.ok())
        qWarning("access: %s", qPrintable(result.error->message));
    return result.ok() && result.body[QLatin1String("access_granted")].toBool() == granted;
}

// What the page reported after an action: its message line's text and tone.
struct Report {
    QString text;
    bool failure = false;
    bool seen = false;
};

// Runs `act`, then waits for the page's next report.
Report reportAfter(ui::PartnerLinesPage *page, const std::function<void()> &act)
{
    Report report;
    QEventLoop loop;
    QObject::connect(page, &ui::PartnerLinesPage::reported, &loop,
                     [&](const QString &text, bool failure) {
                         report = Report { text, failure, true };
                         loop.quit();
                     });
    QTimer::singleShot(kGuiWaitMs, &loop, &QEventLoop::quit);
    act();
    if (!report.seen)
        loop.exec();
    return report;
}

bool isCabinetLink(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https")
        && url.host() == QLatin1String("cabinet.example")
        && url.path().startsWith(QLatin1String("/act-as/"))
        && url.path().size() > int(qstrlen("/act-as/")) + 20;
}

} // namespace

class TestPartnerActAs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensTheCrmsLinkForAPartnerCreatedClient()
    {
        test::SandboxProcess crm;
        QVERIFY2(crm.start(), qPrintable(crm.error()));
        test::LeadsConsole console;
        QVERIFY(openPage(console, crm.url(), test::kAgentToken));
        ui::PartnerLinesPage *page = partnerPage(console);
        ui::PartnerLineListView *list = page->listView();
        QList<QUrl> opened;
        bool browserStarts = true;
        page->setUrlOpener([&](const QUrl &url) {
            opened << url;
            return browserStarts;
        });
        auto *actButton = console.find<QToolButton>(QStringLiteral("partnerActAsClientButton"));
        QVERIFY(actButton);

        QVERIFY(clickLine(list, kCreatedLine));
        const int row = list->model()->rowOf(kCreatedLine);
        QCOMPARE(list->model()->lineAt(row).clientId, kCreatedClient);
        QVERIFY(list->model()->clientOf(row)->origin.createdByPartner);
        QVERIFY(actButton->isEnabled());
        QCOMPARE(actButton->toolTip(),
                 QStringLiteral("Open the cabinet of %1 (PC-1005) as the client.")
                     .arg(list->model()->lineAt(row).organisation));

        QSignalSpy requested(page, &ui::PartnerLinesPage::actAsClientRequested);
        const Report shown = reportAfter(page, [&] { QVERIFY(click(actButton)); });
        QVERIFY(shown.seen);
        QCOMPARE(shown.text, QStringLiteral("Opening the cabinet of PC-1005 in the browser…"));
        QVERIFY(!shown.failure);
        QCOMPARE(console.find<QLabel>(QStringLiteral("partnerMessage"))->text(), shown.text);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toLongLong(), kCreatedClient);
        QCOMPARE(opened.size(), 1);
        QVERIFY2(isCabinetLink(opened.first()), qPrintable(opened.first().toString()));

        // It is the CRM's link: the audit event of this very sign-in reaches the CRM (looked
        // for each time the recorder delivers one).
        QString error;
        QList<QJsonObject> events;
        QVERIFY(waitFor(console.session->audit(), &ops::AuditRecorder::delivered, [&] {
            events = test::auditEventsWithAction(crm.url(), QStringLiteral("partner.act_as_client"),
                                                 &error);
            return !events.isEmpty();
        }));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[QLatin1String("result")].toString(), QStringLiteral("ok"));
        QCOMPARE(events.first()[QLatin1String("entity_ids")].toArray().first().toString(),
                 QString::number(kCreatedClient));

        // Every click asks for a new one-time link.
        const Report again = reportAfter(page, [&] { QVERIFY(click(actButton)); });
        QVERIFY(!again.failure);
        QCOMPARE(opened.size(), 2);
        QVERIFY(isCabinetLink(opened.last()));
        QVERIFY(opened.last() != opened.first());

        // No browser could be started: the user is told, with the link to open by hand.
        browserStarts = false;
        const Report noBrowser = reportAfter(page, [&] { QVERIFY(click(actButton)); });
        QVERIFY(noBrowser.failure);
        QCOMPARE(opened.size(), 3);
        QVERIFY2(noBrowser.text.contains(opened.last().toString()), qPrintable(noBrowser.text));
        QVERIFY(noBrowser.text.contains(QLatin1String("PC-1005")));
    }

    void aReferredClientsLineSaysWhyUntilAccessIsGranted()
    {
        test::SandboxProcess crm;
        QVERIFY2(crm.start(), qPrintable(crm.error()));
        test::LeadsConsole console;
        QVERIFY(openPage(console, crm.url(), test::kAgentToken));
        ui::PartnerLinesPage *page = partnerPage(console);
        ui::PartnerLineListView *list = page->listView();
        QList<QUrl> opened;
        page->setUrlOpener([&](const QUrl &url) {
            opened << url;
            return true;
        });
        auto *actButton = console.find<QToolButton>(QStringLiteral("partnerActAsClientButton"));
        QVERIFY(actButton);
        const std::optional<QString> reason = partner::actAsClientRefusal({});
        QVERIFY(reason);

        // Referred and granted nothing: disabled, the tooltip says why, and nothing is asked.
        QVERIFY(clickLine(list, kReferredLine));
        QCOMPARE(list->model()->lineAt(list->model()->rowOf(kReferredLine)).clientId,
                 kReferredClient);
        QVERIFY(!page->actAsClientAction()->isEnabled());
        QVERIFY(!actButton->isEnabled());
        QCOMPARE(actButton->toolTip(), *reason);
        QSignalSpy reported(page, &ui::PartnerLinesPage::reported);
        QSignalSpy requested(page, &ui::PartnerLinesPage::actAsClientRequested);
        page->actAsClient();
        page->actAsClientAction()->trigger();
        QCOMPARE(requested.size(), 0);
        QCOMPARE(reported.size(), 0);
        QVERIFY(opened.isEmpty());

        // The client grants access: after a refresh the action is there and opens its cabinet.
        QVERIFY(setAccess(crm.url(), kReferredClient, true));
        QVERIFY(click(console.find<QPushButton>(QStringLiteral("partnerRefreshButton"))));
        QVERIFY(waitLoaded(page));
        QVERIFY(clickLine(list, kReferredLine));
        QVERIFY(actButton->isEnabled());
        const Report granted = reportAfter(page, [&] { QVERIFY(click(actButton)); });
        QCOMPARE(granted.text, QStringLiteral("Opening the cabinet of PC-1003 in the browser…"));
        QVERIFY(!granted.failure);
        QCOMPARE(opened.size(), 1);
        QVERIFY(isCabinetLink(opened.first()));

        // PC-1012 withdraws its access after the page loaded: the page still offers the action,
        // the CRM refuses, and the user reads the reason; nothing is opened.
        QVERIFY(clickLine(list, kGrantedLine));
        QCOMPARE(list->model()->lineAt(list->model()->rowOf(kGrantedLine)).clientId,
                 kGrantedClient);
        QVERIFY(actButton->isEnabled());
        QVERIFY(setAccess(crm.url(), kGrantedClient, false));
        const Report refused = reportAfter(page, [&] { QVERIFY(click(actButton)); });
        QVERIFY(refused.seen);
        QVERIFY(refused.failure);
        QVERIFY2(refused.text.contains(*reason), qPrintable(refused.text));
        QVERIFY(refused.text.contains(QLatin1String("PC-1012")));
        QCOMPARE(opened.size(), 1);
    }
};

QTEST_MAIN(TestPartnerActAs)
#include "tst_partner_act_as.moc"
