// The deal dialog driven as an agent would, offscreen, against a real crm-sandbox process: it
// shows a webhook lead's deal with its stage history, moves it to a picked stage with a new
// amount (the CRM's history gains the entry with the agent's name), and, when someone moved the
// deal behind its back, says so and shows the deal as it is now.

#include "GuiTestSupport.h"
#include "LeadsGuiSupport.h"
#include "support/SandboxProcess.h"
#include "ui/leads/DealDialog.h"

#include <QComboBox>
#include <QEventLoop>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace opc;
using test::kGuiWaitMs;

namespace {

template<class T> T *in(QWidget *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no widget %s", name);
    return widget;
}

QString tone(const QLabel *label)
{
    return label->property("tone").toString();
}

int comboIndexOf(const QComboBox *combo, qint64 stageId)
{
    return combo->findData(QVariant::fromValue(stageId));
}

} // namespace

class TestLeadsDealDialog final : public QObject {
    Q_OBJECT

    test::SandboxProcess m_crm;
    test::LeadsConsole m_agent;
    QJsonArray m_stages; // of the default funnel, as the CRM lists them

    // A new deal from a call lead posted to the webhook; its id (0 on failure).
    qint64 newDeal(const QString &phone, const QString &name) const
    {
        const crm::CrmResult posted = test::postLead(
            m_crm.url(), QStringLiteral("call"),
            { { QStringLiteral("phone"), phone }, { QStringLiteral("name"), name } });
        return posted.ok() ? posted.body[QLatin1String("deal_id")].toInteger() : 0;
    }

    // The deal as the CRM has it, read as a team lead, with its ETag.
    crm::CrmResult rawDeal(qint64 dealId) const
    {
        auto lead = test::clientFor(m_crm.url(), test::kLeadToken);
        return test::call(*lead, test::getOf(QStringLiteral("/api/v1/deals/%1").arg(dealId)));
    }

    // The id of the default funnel's stage of `kind`, the `nth` of them.
    qint64 stage(const QString &kind, int nth = 0) const
    {
        for (const QJsonValue &item : m_stages) {
            if (item[QLatin1String("kind")].toString() == kind && nth-- == 0)
                return item[QLatin1String("id")].toInteger();
        }
        return 0;
    }

    QPointer<ui::DealDialog> open(qint64 dealId)
    {
        QPointer<ui::DealDialog> dialog
            = new ui::DealDialog(m_agent.session.get(), dealId, m_agent.window.get());
        dialog->open();
        if (!QTest::qWaitForWindowExposed(dialog.data()))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_crm.start(), qPrintable(m_crm.error()));
        QVERIFY(m_agent.signIn(m_crm.url(), test::kAgentToken, QStringLiteral("leads")));
        auto agent = test::clientFor(m_crm.url(), test::kAgentToken);
        const crm::CrmResult funnels
            = test::call(*agent, test::getOf(QStringLiteral("/api/v1/funnels")));
        QVERIFY(funnels.ok());
        for (const QJsonValue &funnel : funnels.body[QLatin1String("items")].toArray()) {
            if (funnel[QLatin1String("is_default")].toBool())
                m_stages = funnel[QLatin1String("stages")].toArray();
        }
        QVERIFY(stage(QStringLiteral("in_process"), 2) > 0);
    }

    void movesTheDealAndShowsItsHistory()
    {
        const qint64 dealId
            = newDeal(QStringLiteral("+7 499 600-10-01"), QStringLiteral("Диалог Сделки"));
        QVERIFY(dealId > 0);
        const QJsonObject was = rawDeal(dealId).body.toObject();
        QPointer<ui::DealDialog> dialog = open(dealId);
        QVERIFY(dialog);
        const QStringList unnamed = test::unnamedInteractiveWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        auto *stages = in<QComboBox>(dialog, "dealStageCombo");
        auto *amount = in<QLineEdit>(dialog, "dealAmountEdit");
        auto *amountNote = in<QLabel>(dialog, "dealAmountNote");
        auto *moveButton = in<QPushButton>(dialog, "dealMoveButton");
        auto *history = in<QTableWidget>(dialog, "dealHistoryTable");
        auto *message = in<QLabel>(dialog, "dealMessage");
        QVERIFY(stages && amount && amountNote && moveButton && history && message);

        // Loaded: the current stage preselected, nothing changed, so nothing to move.
        QTRY_VERIFY_WITH_TIMEOUT(stages->isEnabled() && stages->count() == m_stages.size(),
                                 kGuiWaitMs);
        QCOMPARE(stages->currentData().toLongLong(),
                 was[QLatin1String("stage")][QLatin1String("id")].toInteger());
        QCOMPARE(in<QLabel>(dialog, "dealClientValue")->text(), QStringLiteral("Диалог Сделки"));
        QCOMPARE(history->rowCount(), was[QLatin1String("stage_history")].toArray().size());
        QVERIFY(!moveButton->isEnabled());

        // Pick a stage; an amount that is not one keeps Move off and says why.
        const qint64 target = stage(QStringLiteral("in_process"), 2);
        stages->setCurrentIndex(comboIndexOf(stages, target));
        QVERIFY(moveButton->isEnabled());
        amount->setFocus();
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("12,3,4"));
        QVERIFY(amountNote->isVisible());
        QVERIFY(!moveButton->isEnabled());
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("12 345.67"));
        QVERIFY(!amountNote->isVisible());
        QVERIFY(moveButton->isEnabled());

        std::optional<ops::Deal> moved;
        int emitted = 0;
        QEventLoop loop;
        connect(dialog, &ui::DealDialog::dealMoved, &loop, [&](const ops::Deal &deal) {
            ++emitted;
            moved = deal;
            loop.quit();
        });
        QTimer::singleShot(kGuiWaitMs, &loop, &QEventLoop::quit);
        QVERIFY(test::clickWhenReady(moveButton));
        loop.exec();
        QVERIFY2(moved, qPrintable(message->text()));
        QCOMPARE(emitted, 1);
        QCOMPARE(moved->stageId, target);
        QCOMPARE(moved->amountKopecks, qint64(1234567));

        // The CRM's history gained the transition: stage, amount and the agent.
        const QJsonObject now = rawDeal(dealId).body.toObject();
        QCOMPARE(now[QLatin1String("stage")][QLatin1String("id")].toInteger(), target);
        QCOMPARE(now[QLatin1String("amount_kopecks")].toInteger(), qint64(1234567));
        const QJsonArray entries = now[QLatin1String("stage_history")].toArray();
        QCOMPARE(entries.size(), was[QLatin1String("stage_history")].toArray().size() + 1);
        const QJsonObject entry = entries.last().toObject();
        QCOMPARE(entry[QLatin1String("stage_id")].toInteger(), target);
        QCOMPARE(entry[QLatin1String("amount_kopecks")].toInteger(), qint64(1234567));
        QCOMPARE(entry[QLatin1String("employee")][QLatin1String("id")].toString(),
                 m_agent.session->user().id);
        QVERIFY(!entry[QLatin1String("entered_at")].toString().isEmpty());

        // The dialog shows the new state: history, stage, and nothing left to move.
        QCOMPARE(history->rowCount(), entries.size());
        QCOMPARE(history->item(history->rowCount() - 1, 3)->text(),
                 m_agent.session->user().displayName);
        QCOMPARE(stages->currentData().toLongLong(), target);
        QCOMPARE(tone(message), QStringLiteral("good"));
        QVERIFY(!moveButton->isEnabled());
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kGuiWaitMs); // closed and deleted
    }

    void aDealChangedMeanwhileIsShownAgain()
    {
        const qint64 dealId
            = newDeal(QStringLiteral("+7 499 600-20-01"), QStringLiteral("Сделка Поменялась"));
        QVERIFY(dealId > 0);
        QPointer<ui::DealDialog> dialog = open(dealId);
        QVERIFY(dialog);
        auto *stages = in<QComboBox>(dialog, "dealStageCombo");
        auto *moveButton = in<QPushButton>(dialog, "dealMoveButton");
        auto *history = in<QTableWidget>(dialog, "dealHistoryTable");
        auto *message = in<QLabel>(dialog, "dealMessage");
        auto *stageValue = in<QLabel>(dialog, "dealStageValue");
        QVERIFY(stages && moveButton && history && message && stageValue);
        QTRY_VERIFY_WITH_TIMEOUT(stages->isEnabled() && stages->count() > 0, kGuiWaitMs);

        // A team lead closes the deal as won behind the dialog's back.
        const crm::CrmResult seen = rawDeal(dealId);
        QVERIFY(seen.ok());
        const qint64 won = stage(QStringLiteral("success"));
        auto lead = test::clientFor(m_crm.url(), test::kLeadToken);
        crm::CrmRequest behind;
        behind.method = "POST";
        behind.path = QStringLiteral("/api/v1/deals/%1/stage").arg(dealId);
        behind.ifMatch = seen.etag;
        behind.body = QJsonObject { { QStringLiteral("stage_id"), won } };
        const crm::CrmResult closed = test::call(*lead, behind);
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error->message));
        const QJsonObject after = closed.body.toObject();

        int movedSignals = 0;
        connect(dialog, &ui::DealDialog::dealMoved, this, [&] { ++movedSignals; });
        const qint64 asked = stage(QStringLiteral("in_process"), 1);
        stages->setCurrentIndex(comboIndexOf(stages, asked));
        QVERIFY(test::clickWhenReady(moveButton));

        // Refused and said so; the deal is shown as it is now, with its new stage preselected.
        QTRY_VERIFY_WITH_TIMEOUT(tone(message) == QLatin1String("bad"), kGuiWaitMs);
        QVERIFY2(message->text().contains(QLatin1String("changed this deal"))
                     && message->text().contains(QLatin1String("reloaded")),
                 qPrintable(message->text()));
        QTRY_COMPARE_WITH_TIMEOUT(stages->currentData().toLongLong(), won, kGuiWaitMs);
        QCOMPARE(stageValue->text(),
                 after[QLatin1String("stage")][QLatin1String("name")].toString());
        QCOMPARE(history->rowCount(), after[QLatin1String("stage_history")].toArray().size());
        QVERIFY(!moveButton->isEnabled());
        QCOMPARE(movedSignals, 0);
        // The CRM kept the team lead's move.
        QCOMPARE(rawDeal(dealId).body[QLatin1String("stage")][QLatin1String("id")].toInteger(),
                 won);

        // Looked again: a move from the state now shown goes through.
        stages->setCurrentIndex(comboIndexOf(stages, asked));
        QVERIFY(test::clickWhenReady(moveButton));
        QTRY_COMPARE_WITH_TIMEOUT(movedSignals, 1, kGuiWaitMs);
        QCOMPARE(rawDeal(dealId).body[QLatin1String("stage")][QLatin1String("id")].toInteger(),
                 asked);
        dialog->reject();
    }
};

QTEST_MAIN(TestLeadsDealDialog)
#include "tst_leads_deal_dialog.moc"
