// The "New lead" dialog driven as an agent would, offscreen, against a real crm-sandbox
// process: fields are checked as they are typed (a bad phone or e-mail is named under its
// field, the stored form of a good phone is shown), the live duplicate hint names the open deal
// whose client has the typed phone, and Create files a new lead or a duplicate on the CRM and
// says which.

#include "GuiTestSupport.h"
#include "LeadsGuiSupport.h"
#include "support/SandboxProcess.h"
#include "ui/leads/LeadQueueView.h"
#include "ui/leads/LeadTableModel.h"
#include "ui/leads/NewLeadDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>

using namespace opc;
using test::kGuiWaitMs;

namespace {

QPointer<ui::NewLeadDialog> openDialog(test::LeadsConsole &console)
{
    if (!test::clickWhenReady(console.find<QPushButton>(QStringLiteral("leadsNewButton"))))
        return nullptr;
    QPointer<ui::NewLeadDialog> dialog = console.window->findChild<ui::NewLeadDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog.data()))
        return nullptr;
    return dialog;
}

template<class T> T *in(QWidget *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no widget %s", name);
    return widget;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString tone(const QLabel *label)
{
    return label->property("tone").toString();
}

} // namespace

class TestLeadsNewLead final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void liveValidationAndDuplicateHint();
    void createNewAndDuplicate();
};

void TestLeadsNewLead::liveValidationAndDuplicateHint()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    // An open deal whose client has this phone.
    const crm::CrmResult existing
        = test::postLead(crm.url(), QStringLiteral("call"),
                         { { QStringLiteral("phone"), QStringLiteral("+7 499 555-12-34") },
                           { QStringLiteral("name"), QStringLiteral("Существующий Клиент") } });
    QVERIFY(existing.ok());
    const qint64 dealId = existing.body[QLatin1String("deal_id")].toInteger();
    QVERIFY(dealId > 0);

    test::LeadsConsole agent;
    QVERIFY(agent.signIn(crm.url(), test::kAgentToken, QStringLiteral("leads")));
    QPointer<ui::NewLeadDialog> dialog = openDialog(agent);
    QVERIFY(dialog);
    auto *phone = in<QLineEdit>(dialog, "newLeadPhoneEdit");
    auto *phoneNote = in<QLabel>(dialog, "newLeadPhoneNote");
    auto *email = in<QLineEdit>(dialog, "newLeadEmailEdit");
    auto *emailNote = in<QLabel>(dialog, "newLeadEmailNote");
    auto *hint = in<QLabel>(dialog, "newLeadDuplicateHint");
    auto *create = in<QPushButton>(dialog, "newLeadCreateButton");
    QVERIFY(phone && phoneNote && email && emailNote && hint && create);
    const QStringList unnamed = test::unnamedInteractiveWidgets(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // Not a phone number: named under the field once the agent pauses; Create does not send.
    QTest::keyClicks(phone, QStringLiteral("12"));
    QTRY_VERIFY_WITH_TIMEOUT(phoneNote->isVisible() && tone(phoneNote) == QLatin1String("bad"),
                             kGuiWaitMs);
    QVERIFY(!phoneNote->text().isEmpty());
    QVERIFY(hint->property("dealId").isNull());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(phone->hasFocus());

    // The existing client's phone, typed another way: the hint names the open deal.
    retype(phone, QStringLiteral("8 (499) 555-12-34"));
    QTRY_VERIFY_WITH_TIMEOUT(tone(phoneNote) != QLatin1String("bad"), kGuiWaitMs);
    QCOMPARE(phoneNote->text(), QStringLiteral("Stored as +7 (499) 555-12-34"));
    QTRY_COMPARE_WITH_TIMEOUT(hint->property("dealId").toLongLong(), dealId, kGuiWaitMs);
    QVERIFY2(hint->text().contains(QString::number(dealId)), qPrintable(hint->text()));
    QVERIFY(hint->text().contains(QStringLiteral("Существующий Клиент")));
    QCOMPARE(tone(hint), QStringLiteral("bad"));

    // Another number: no duplicate any more.
    retype(phone, QStringLiteral("8 499 555-00-00"));
    QTRY_VERIFY_WITH_TIMEOUT(
        hint->property("dealId").isNull() && tone(hint) == QLatin1String("good"), kGuiWaitMs);

    // A form needs a phone or an e-mail; a malformed e-mail is named under its field.
    QVERIFY(test::clickWhenReady(in<QRadioButton>(dialog, "newLeadFormRadio")));
    retype(phone, QString());
    QTest::keyClicks(email, QStringLiteral("kto@"));
    QTRY_VERIFY_WITH_TIMEOUT(emailNote->isVisible() && tone(emailNote) == QLatin1String("bad"),
                             kGuiWaitMs);
    retype(email, QString());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(phoneNote->isVisible() && tone(phoneNote) == QLatin1String("bad"),
                             kGuiWaitMs);
    QVERIFY2(phoneNote->text().contains(QStringLiteral("e-mail")), qPrintable(phoneNote->text()));

    // The existing client's phone again, in a form this time: a duplicate all the same.
    QTest::keyClicks(phone, QStringLiteral("4995551234"));
    QTRY_COMPARE_WITH_TIMEOUT(hint->property("dealId").toLongLong(), dealId, kGuiWaitMs);
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kGuiWaitMs); // closed and deleted
}

void TestLeadsNewLead::createNewAndDuplicate()
{
    test::SandboxProcess crm;
    QVERIFY2(crm.start(), qPrintable(crm.error()));
    const crm::CrmResult existing
        = test::postLead(crm.url(), QStringLiteral("call"),
                         { { QStringLiteral("phone"), QStringLiteral("+7 499 555-77-88") },
                           { QStringLiteral("name"), QStringLiteral("Повторный Клиент") } });
    QVERIFY(existing.ok());
    const qint64 dealId = existing.body[QLatin1String("deal_id")].toInteger();

    test::LeadsConsole agent;
    QVERIFY(agent.signIn(crm.url(), test::kAgentToken, QStringLiteral("leads")));
    auto *message = agent.find<QLabel>(QStringLiteral("leadsMessage"));
    auto *free = agent.find<ui::LeadQueueView>(QStringLiteral("freeLeadsView"));

    // A new form lead with its attribution.
    QPointer<ui::NewLeadDialog> dialog = openDialog(agent);
    QVERIFY(dialog);
    QVERIFY(test::clickWhenReady(in<QRadioButton>(dialog, "newLeadFormRadio")));
    QTest::keyClicks(in<QLineEdit>(dialog, "newLeadEmailEdit"),
                     QStringLiteral("  New.Client@Example.org "));
    test::typeText(in<QLineEdit>(dialog, "newLeadNameEdit"), QStringLiteral("Новый Клиент"));
    QTest::keyClicks(in<QLineEdit>(dialog, "newLeadSourceEdit"), QStringLiteral("yandex"));
    QTest::keyClicks(in<QLineEdit>(dialog, "newLeadTagsEdit"), QStringLiteral("vip, web"));
    QVERIFY(test::clickWhenReady(in<QToolButton>(dialog, "newLeadMoreToggle")));
    QTest::keyClicks(in<QLineEdit>(dialog, "newLead_utm_campaign_Edit"), QStringLiteral("spring"));
    auto *hint = in<QLabel>(dialog, "newLeadDuplicateHint");
    QTRY_VERIFY_WITH_TIMEOUT(tone(hint) == QLatin1String("good"), kGuiWaitMs);
    QVERIFY(test::clickWhenReady(in<QPushButton>(dialog, "newLeadCreateButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kGuiWaitMs);
    QVERIFY2(message->text().contains(QStringLiteral("created")), qPrintable(message->text()));

    // It is in Free leads, as the CRM stored it.
    qint64 createdId = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const ops::Lead &lead : free->model()->leads()) {
                if (lead.email == QLatin1String("new.client@example.org"))
                    createdId = lead.id;
            }
            return createdId > 0;
        }(),
        kGuiWaitMs);
    const ops::Lead created = *free->model()->lead(createdId);
    QCOMPARE(created.name, QStringLiteral("Новый Клиент"));
    QCOMPARE(created.source, QStringLiteral("yandex"));
    QCOMPARE(created.kind, leads::LeadType::Form);

    // The existing client's phone: a duplicate, filed as a comment on the open deal.
    dialog = openDialog(agent);
    QVERIFY(dialog);
    QTest::keyClicks(in<QLineEdit>(dialog, "newLeadPhoneEdit"), QStringLiteral("84995557788"));
    hint = in<QLabel>(dialog, "newLeadDuplicateHint");
    QTRY_COMPARE_WITH_TIMEOUT(hint->property("dealId").toLongLong(), dealId, kGuiWaitMs);
    QVERIFY(test::clickWhenReady(in<QPushButton>(dialog, "newLeadCreateButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kGuiWaitMs);
    QVERIFY2(message->text().contains(QStringLiteral("duplicate of deal %1").arg(dealId)),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("comment")));

    // The deal has the comment on the CRM.
    auto client = test::clientFor(crm.url(), test::kLeadToken);
    const QJsonObject deal
        = test::call(*client, test::getOf(QStringLiteral("/api/v1/deals/%1").arg(dealId)))
              .body.toObject();
    QVERIFY2(!deal[QLatin1String("comments")].toArray().isEmpty(),
             qPrintable(QString::fromUtf8(QJsonDocument(deal).toJson())));

    // Both leads the agent typed in are in the audit log, with the CRM's decision.
    // (Delivery from the outbox is asynchronous: wait for the second to arrive.)
    QString error;
    QList<QJsonObject> events;
    QTRY_VERIFY_WITH_TIMEOUT(
        (events = test::auditEventsWithAction(crm.url(), QStringLiteral("lead.create"), &error))
                .size()
            >= 2,
        kGuiWaitMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0)[QLatin1String("actor")].toString(), test::kAgentId);
    QCOMPARE(events.at(0)[QLatin1String("entity_ids")].toArray(),
             QJsonArray { QString::number(createdId) });
    QCOMPARE(events.at(0)[QLatin1String("after")][QLatin1String("decision")].toString(),
             QStringLiteral("new"));
    QCOMPARE(events.at(1)[QLatin1String("after")][QLatin1String("decision")].toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(events.at(1)[QLatin1String("after")][QLatin1String("deal_id")].toInteger(), dealId);
}

QTEST_MAIN(TestLeadsNewLead)
#include "tst_leads_new_lead.moc"
