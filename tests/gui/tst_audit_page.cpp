// The Audit log page's Verify (issue 6 §3) as a team lead clicks it, offscreen, against a real
// crm-sandbox on a SQLite file: an intact log is reported as intact; after an event's content
// was changed in the database behind the CRM's back, the page names that event as the first
// bad one. Waits are on the page's signal, never on polling.

#include "GuiTestSupport.h"
#include "LeadsGuiSupport.h"
#include "support/SandboxProcess.h"
#include "ui/pages/AuditLogPage.h"

#include <QEventLoop>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

using namespace opc;
using test::kGuiWaitMs;

namespace {

// Clicks Verify and waits for the page to show the result; the result line.
QLabel *verify(ui::AuditLogPage *page)
{
    auto *button = page->findChild<QPushButton *>(QStringLiteral("auditVerifyButton"));
    if (!test::clickWhenReady(button))
        return nullptr;
    QEventLoop loop;
    QObject::connect(page, &ui::AuditLogPage::verified, &loop, &QEventLoop::quit);
    QTimer::singleShot(kGuiWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return page->findChild<QLabel *>(QStringLiteral("auditVerifyResult"));
}

// Changes one stored event's content in the database file, the append-only trigger dropped.
bool changeEvent(const QString &dbPath, qint64 seq, QString *error)
{
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(dbPath);
        QSqlQuery query(db);
        ok = db.open() && query.exec(QStringLiteral("DROP TRIGGER audit_events_no_update"))
            && query.exec(QStringLiteral("UPDATE audit_events SET stored_json = "
                                         "replace(stored_json, '\"result\":\"ok\"', "
                                         "'\"result\":\"failed\"') WHERE seq = %1")
                              .arg(seq))
            && query.numRowsAffected() == 1;
        if (!ok)
            *error = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

} // namespace

class TestAuditPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verifiesAndNamesTheFirstBadEvent()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("crm.sqlite"));
        test::SandboxProcess crm;
        QVERIFY2(crm.start(dbPath), qPrintable(crm.error()));
        test::LeadsConsole lead; // the sign-in records the first audit event
        QVERIFY(lead.signIn(crm.url(), test::kLeadToken, ui::pageKey(ui::PageId::AuditLog)));
        QTRY_COMPARE_WITH_TIMEOUT(lead.window->currentPage(), ui::PageId::AuditLog, kGuiWaitMs);
        auto *page = lead.find<ui::AuditLogPage>(ui::pageKey(ui::PageId::AuditLog)
                                                 + QStringLiteral("Page"));
        QVERIFY(page);
        const QStringList unnamed = test::unnamedInteractiveWidgets(page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // The sign-in's event is in the log once the recorder delivered it.
        QString error;
        QTRY_VERIFY_WITH_TIMEOUT(
            !test::auditEventsWithAction(crm.url(), QStringLiteral("session.sign_in"), &error)
                 .isEmpty(),
            kGuiWaitMs);
        QLabel *result = verify(page);
        QVERIFY(result);
        QVERIFY2(result->text().contains(QStringLiteral("intact")), qPrintable(result->text()));
        QCOMPARE(result->property("tone").toString(), QStringLiteral("good"));

        const qint64 seq
            = test::auditEventsWithAction(crm.url(), QStringLiteral("session.sign_in"), &error)
                  .first()[QLatin1String("seq")]
                  .toInteger();
        QVERIFY2(changeEvent(dbPath, seq, &error), qPrintable(error));
        result = verify(page);
        QVERIFY(result);
        QVERIFY2(result->text().contains(QStringLiteral("broken at event %1").arg(seq)),
                 qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("changed")), qPrintable(result->text()));
        QCOMPARE(result->property("tone").toString(), QStringLiteral("bad"));
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_audit_page.moc"
