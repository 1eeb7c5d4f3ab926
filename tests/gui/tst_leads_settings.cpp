// The lead settings of the Settings page, offscreen, against a real crm-sandbox process: a team
// lead drags a status from one group to another and changes the duplicate rules, saves, and the
// CRM (read back through the API and by a fresh console) has them; a save over someone else's
// newer one is refused and the newer one shown; an agent sees no lead rules to change.

#include "GuiTestSupport.h"
#include "LeadsGuiSupport.h"
#include "support/SandboxProcess.h"
#include "ui/leads/LeadSettingsSection.h"
#include "ui/leads/StatusGroupBoard.h"
#include "ui/leads/StatusGroupList.h"

#include <QApplication>
#include <QDropEvent>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <memory>

using namespace opc;
using test::kGuiWaitMs;

namespace {

ui::StatusGroupList *groupList(const test::LeadsConsole &console, const char *group)
{
    return console.find<ui::StatusGroupList>(QStringLiteral("statusGroupList-")
                                             + QLatin1String(group));
}

// Signs in on the Settings page and waits for the CRM's lead settings.
bool openSettings(test::LeadsConsole &console, const QUrl &url, const QString &token)
{
    if (!console.signIn(url, token, QStringLiteral("settings")))
        return false;
    auto *section = console.find<ui::LeadSettingsSection>(QStringLiteral("leadSettingsSection"));
    return section
        && QTest::qWaitFor(
               [&] { return !section->isBusy() && groupList(console, "paid")->count() > 0; },
               kGuiWaitMs);
}

// Drags `status` from `from` onto `to` as a mouse would. The offscreen platform has no drag
// and drop of its own (its QDrag::exec() returns at once), so the drag's events are delivered
// to the target list directly: the data is what the source list itself puts on a drag, and the
// target handles enter, move and drop as it does for a real one.
bool dragStatus(ui::StatusGroupList *from, const QString &status, ui::StatusGroupList *to)
{
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < from->count(); ++row) {
        if (from->item(row)->data(Qt::UserRole).toString() == status)
            item = from->item(row);
    }
    if (!item)
        return false;
    QTest::mouseClick(from->viewport(), Qt::LeftButton, {}, from->visualItemRect(item).center());
    if (from->selectedItems() != QList<QListWidgetItem *> { item })
        return false;
    std::unique_ptr<QMimeData> data(
        from->model()->mimeData(from->selectionModel()->selectedIndexes()));
    const QPoint at = to->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &drop);
    return drop.isAccepted() && drop.dropAction() == Qt::MoveAction;
}

QJsonObject settingsOnCrm(const QUrl &url)
{
    auto client = test::clientFor(url, test::kLeadToken);
    return test::call(*client, test::getOf(QStringLiteral("/api/v1/lead-settings")))
        .body.toObject();
}

} // namespace

class TestLeadsSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dragStatusSaveAndReadBack();
    void staleSaveIsRefused();
    void agentSeesNoLeadRules();
};

void TestLeadsSettings::dragStatusSaveAndReadBack()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole lead;
    QVERIFY(openSettings(lead, crm.url(), test::kLeadToken));

    // The seed's mapping, as the CRM has it.
    ui::StatusGroupList *notCounted = groupList(lead, "not_counted");
    ui::StatusGroupList *paid = groupList(lead, "paid");
    QVERIFY(notCounted->statuses().contains(QStringLiteral("confirmed")));
    QCOMPARE(paid->statuses(), QStringList { QStringLiteral("finished") });
    QStringList inWork = groupList(lead, "in_work")->statuses(); // shown by translated name
    inWork.sort();
    QCOMPARE(inWork,
             (QStringList { QStringLiteral("in_progress"), QStringLiteral("scheduled"),
                            QStringLiteral("sms_confirmation_sent") }));
    auto *save = lead.find<QPushButton>(QStringLiteral("leadSettingsSaveButton"));
    QVERIFY(!save->isEnabled()); // nothing to save yet
    const QStringList unnamed = test::unnamedInteractiveWidgets(lead.window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // "confirmed" dragged from Not counted to Paid.
    QVERIFY(dragStatus(notCounted, QStringLiteral("confirmed"), paid));
    QTRY_VERIFY_WITH_TIMEOUT(paid->statuses().contains(QStringLiteral("confirmed")), kGuiWaitMs);
    QVERIFY(!notCounted->statuses().contains(QStringLiteral("confirmed")));
    QVERIFY(save->isEnabled());
    // Dropped on its own list, nothing moves.
    QVERIFY(!dragStatus(paid, QStringLiteral("finished"), paid));

    // The duplicate rules too: 30 days, a task on a duplicate.
    auto *period = lead.find<QSpinBox>(QStringLiteral("duplicatePeriodSpin"));
    period->setFocus();
    period->selectAll();
    QTest::keyClicks(period, QStringLiteral("30"));
    QCOMPARE(period->value(), 30);
    QVERIFY(
        test::clickWhenReady(lead.find<QRadioButton>(QStringLiteral("duplicateActionTaskRadio"))));

    auto *section = lead.find<ui::LeadSettingsSection>(QStringLiteral("leadSettingsSection"));
    QSignalSpy saved(section, &ui::LeadSettingsSection::saved);
    QVERIFY(test::clickWhenReady(save));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kGuiWaitMs);
    QCOMPARE(lead.find<QLabel>(QStringLiteral("leadSettingsMessage"))->property("tone").toString(),
             QStringLiteral("good"));
    QVERIFY(!save->isEnabled());

    // Read back from the CRM.
    const QJsonObject stored = settingsOnCrm(crm.url());
    const QJsonObject groups = stored[QLatin1String("status_groups")].toObject();
    QCOMPARE(groups[QLatin1String("confirmed")].toString(), QStringLiteral("paid"));
    QCOMPARE(groups[QLatin1String("finished")].toString(), QStringLiteral("paid"));
    QCOMPARE(groups[QLatin1String("missed")].toString(), QStringLiteral("not_counted"));
    const QJsonObject rules = stored[QLatin1String("duplicates")].toObject();
    QCOMPARE(rules[QLatin1String("period_days")].toInt(), 30);
    QCOMPARE(rules[QLatin1String("action")].toString(), QStringLiteral("task"));
    QCOMPARE(rules[QLatin1String("by_phone")].toBool(), true);

    // And by a console started afresh (the admin's).
    test::LeadsConsole admin;
    QVERIFY(openSettings(admin, crm.url(), test::kAdminToken));
    QVERIFY(groupList(admin, "paid")->statuses().contains(QStringLiteral("confirmed")));
    QCOMPARE(admin.find<QSpinBox>(QStringLiteral("duplicatePeriodSpin"))->value(), 30);
    QVERIFY(admin.find<QRadioButton>(QStringLiteral("duplicateActionTaskRadio"))->isChecked());
}

void TestLeadsSettings::staleSaveIsRefused()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole first;
    test::LeadsConsole second;
    QVERIFY(openSettings(first, crm.url(), test::kLeadToken));
    QVERIFY(openSettings(second, crm.url(), test::kAdminToken));

    QVERIFY(dragStatus(groupList(first, "not_counted"), QStringLiteral("missed"),
                       groupList(first, "cancelled")));
    QTRY_VERIFY_WITH_TIMEOUT(
        first.find<QPushButton>(QStringLiteral("leadSettingsSaveButton"))->isEnabled(), kGuiWaitMs);
    auto *firstSection = first.find<ui::LeadSettingsSection>(QStringLiteral("leadSettingsSection"));
    QSignalSpy firstSaved(firstSection, &ui::LeadSettingsSection::saved);
    QVERIFY(
        test::clickWhenReady(first.find<QPushButton>(QStringLiteral("leadSettingsSaveButton"))));
    QTRY_COMPARE_WITH_TIMEOUT(firstSaved.size(), 1, kGuiWaitMs);

    // The second one still shows the older settings: their save is refused, the newer shown.
    QVERIFY(dragStatus(groupList(second, "in_work"), QStringLiteral("scheduled"),
                       groupList(second, "paid")));
    QTRY_VERIFY_WITH_TIMEOUT(
        second.find<QPushButton>(QStringLiteral("leadSettingsSaveButton"))->isEnabled(),
        kGuiWaitMs);
    auto *secondSection
        = second.find<ui::LeadSettingsSection>(QStringLiteral("leadSettingsSection"));
    QSignalSpy reloaded(secondSection, &ui::LeadSettingsSection::loaded);
    QVERIFY(
        test::clickWhenReady(second.find<QPushButton>(QStringLiteral("leadSettingsSaveButton"))));
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, kGuiWaitMs);
    auto *message = second.find<QLabel>(QStringLiteral("leadSettingsMessage"));
    QCOMPARE(message->property("tone").toString(), QStringLiteral("bad"));
    QVERIFY(groupList(second, "cancelled")->statuses().contains(QStringLiteral("missed")));
    QVERIFY(groupList(second, "in_work")->statuses().contains(QStringLiteral("scheduled")));

    const QJsonObject groups = settingsOnCrm(crm.url())[QLatin1String("status_groups")].toObject();
    QCOMPARE(groups[QLatin1String("missed")].toString(), QStringLiteral("cancelled"));
    QCOMPARE(groups[QLatin1String("scheduled")].toString(), QStringLiteral("in_work"));
}

void TestLeadsSettings::agentSeesNoLeadRules()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    test::LeadsConsole agent;
    QVERIFY(agent.signIn(crm.url(), test::kAgentToken, QStringLiteral("settings")));
    QTRY_VERIFY_WITH_TIMEOUT(agent.window->findChild<QLabel *>(QStringLiteral("leadRulesNote")),
                             kGuiWaitMs);
    QVERIFY(!agent.window->findChild<ui::LeadSettingsSection *>());
}

QTEST_MAIN(TestLeadsSettings)
#include "tst_leads_settings.moc"
