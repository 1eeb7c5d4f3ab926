// The Audit log page's export panel (issue 6 §2) as a team lead uses it, offscreen, against a
// real crm-sandbox: the save dialog opens without blocking and its file is exported; the
// progress bar shows "N of M events" while Cancel is offered; Cancel ends with the cancelled
// line and no file; the done line names the file and the count, with an "Open folder" link; a
// file that cannot be written gives the failure line; the viewer's filter is what is exported.
// Waits are on signals, never on sleeps.

#include "GuiTestSupport.h"
#include "core/AuditEvent.h"
#include "operations/Session.h"
#include "support/CrmTestCalls.h"
#include "support/SandboxProcess.h"
#include "support/SessionSupport.h"
#include "ui/audit/AuditExportPanel.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace opc::test;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kEvents = 30;

// CSV records end with CRLF; a message's own LF does not end one.
int csvRecordCount(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count("\r\n")) : -1;
}

} // namespace

class TestAuditExportPanel final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_crm;
    std::unique_ptr<ops::Session> m_session;
    qint64 m_total = 0;
    std::unique_ptr<ui::AuditExportPanel> m_panel;

    template<class T> T *find(const QString &name) const { return m_panel->findChild<T *>(name); }

    // Waits for the panel's result; the result line.
    QLabel *waitForResult(QSignalSpy &finished) const
    {
        if (finished.isEmpty() && !finished.wait(kWaitMs))
            return nullptr;
        return find<QLabel>(QStringLiteral("auditExportResult"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_crm.start(), qPrintable(m_crm.error()));
        auto lead = clientFor(m_crm.url(), kLeadToken);
        for (int i = 0; i < kEvents; ++i) {
            AuditEvent event = makeAuditEvent(i == 0 ? QStringLiteral("op-gui-special")
                                                     : QStringLiteral("op-gui"),
                                              QStringLiteral("u-lead"), QStringLiteral("deal.move"),
                                              QStringLiteral("deal"), { QString::number(100 + i) });
            event.result = QStringLiteral("ok");
            event.message = i == 0 ? QStringLiteral("Сделка \"Иванов\", этап 2\nвозврат")
                                   : QStringLiteral("event %1").arg(i);
            QVERIFY(call(*lead, auditEventPost(event)).ok());
        }
        QString failure;
        m_session = startSessionFor(m_crm.url(), kLeadToken,
                                    m_dir.filePath(QStringLiteral("outbox.db")), &failure);
        QVERIFY2(m_session, qPrintable(failure));
        QVERIFY(settle(m_session->audit())); // the sign-in's event is in the log too
        QString error;
        m_total = readAll(*lead, QStringLiteral("/api/v1/audit/events"), &error).toArray().size();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_total > kEvents);
    }

    void init()
    {
        m_panel = std::make_unique<ui::AuditExportPanel>();
        m_panel->setSession(m_session.get());
        m_panel->show();
    }

    void cleanup() { m_panel.reset(); }

    void everythingIsNamed()
    {
        const QStringList unnamed = unnamedInteractiveWidgets(m_panel.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    // The save dialog does not block: the action returns with the dialog open; choosing a file
    // there starts the export.
    void saveDialogStartsTheExport()
    {
        QSignalSpy finished(m_panel.get(), &ui::AuditExportPanel::finished);
        auto *csv = find<QAction>(QStringLiteral("auditExportCsv"));
        QVERIFY(csv);
        csv->trigger();
        auto *dialog = find<QFileDialog>(QStringLiteral("auditExportDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(!m_panel->isExporting());
        const QString path = m_dir.filePath(QStringLiteral("from-dialog.csv"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
        QLabel *result = waitForResult(finished);
        QVERIFY(result);
        QVERIFY2(result->text().contains(QStringLiteral("from-dialog.csv")),
                 qPrintable(result->text()));
        QCOMPARE(csvRecordCount(path), int(m_total) + 1);
    }

    void progressThenDoneLine()
    {
        m_panel->setPageSize(5);
        auto *bar = find<QProgressBar>(QStringLiteral("auditExportProgress"));
        auto *cancel = find<QPushButton>(QStringLiteral("auditExportCancel"));
        auto *exportButton = find<QPushButton>(QStringLiteral("auditExportButton"));
        QVERIFY(bar && cancel && exportButton);
        QVERIFY(!bar->isVisible());
        QStringList shown;
        bool cancelOffered = true;
        bool exportOffered = false;
        connect(bar, &QProgressBar::valueChanged, this, [&] {
            shown << bar->text();
            cancelOffered = cancelOffered && cancel->isVisible() && cancel->isEnabled();
            exportOffered = exportOffered || exportButton->isEnabled();
        });
        QSignalSpy finished(m_panel.get(), &ui::AuditExportPanel::finished);
        const QString path = m_dir.filePath(QStringLiteral("done.csv"));
        QVERIFY(m_panel->startExport(AuditExportFormat::Csv, path));
        QVERIFY(bar->isVisible());
        QVERIFY(!m_panel->startExport(AuditExportFormat::Csv, path)); // one at a time
        QLabel *result = waitForResult(finished);
        QVERIFY(result);
        QCOMPARE(finished.count(), 1);
        const QString of = QStringLiteral(" of %1 events").arg(QLocale().toString(m_total));
        QVERIFY2(shown.contains(QStringLiteral("5") + of),
                 qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY2(shown.contains(QLocale().toString(m_total) + of),
                 qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY(cancelOffered);
        QVERIFY(!exportOffered);
        // "event(s)" until the English plural forms are translated.
        QVERIFY2(result->text().startsWith(
                     QStringLiteral("Exported %1 event").arg(QLocale().toString(m_total))),
                 qPrintable(result->text()));
        QVERIFY2(
            result->text().endsWith(QStringLiteral(" to %1.").arg(QDir::toNativeSeparators(path))),
            qPrintable(result->text()));
        QCOMPARE(result->property("tone").toString(), QStringLiteral("good"));
        auto *openFolder = find<QLabel>(QStringLiteral("auditExportOpenFolder"));
        QVERIFY(openFolder->isVisible());
        QVERIFY2(openFolder->text().contains(QUrl::fromLocalFile(m_dir.path()).toString()),
                 qPrintable(openFolder->text()));
        QVERIFY(!bar->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(exportButton->isEnabled());
        QCOMPARE(csvRecordCount(path), int(m_total) + 1);
    }

    void cancelShowsCancelled()
    {
        m_panel->setPageSize(2);
        auto *bar = find<QProgressBar>(QStringLiteral("auditExportProgress"));
        auto *cancel = find<QPushButton>(QStringLiteral("auditExportCancel"));
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        bool partSeen = false;
        connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
            if (value > 0 && cancel->isEnabled()) {
                partSeen = QFile::exists(path + QStringLiteral(".part"));
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        });
        QSignalSpy finished(m_panel.get(), &ui::AuditExportPanel::finished);
        QVERIFY(m_panel->startExport(AuditExportFormat::Csv, path));
        QLabel *result = waitForResult(finished);
        QVERIFY(result);
        (void)call(*m_session->client(), getOf(QStringLiteral("/api/v1/me")));
        QCOMPARE(finished.count(), 1);
        QVERIFY(partSeen);
        QVERIFY2(result->text().contains(QStringLiteral("cancelled")), qPrintable(result->text()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QVERIFY(!find<QLabel>(QStringLiteral("auditExportOpenFolder"))->isVisible());
        QVERIFY(!m_panel->isExporting());
    }

    void unwritableFileShowsTheFailure()
    {
        QSignalSpy finished(m_panel.get(), &ui::AuditExportPanel::finished);
        const QString path = m_dir.filePath(QStringLiteral("missing/audit.csv"));
        QVERIFY(m_panel->startExport(AuditExportFormat::Csv, path));
        QLabel *result = waitForResult(finished);
        QVERIFY(result);
        QVERIFY2(result->text().startsWith(QStringLiteral("Export failed")),
                 qPrintable(result->text()));
        QVERIFY2(result->text().contains(path), qPrintable(result->text()));
        QCOMPARE(result->property("tone").toString(), QStringLiteral("bad"));
    }

    void exportsTheViewersFilter()
    {
        AuditFilter filter;
        filter.operation = QStringLiteral("op-gui-special");
        m_panel->setFilter(filter);
        QCOMPARE(m_panel->filter(), filter);
        QSignalSpy finished(m_panel.get(), &ui::AuditExportPanel::finished);
        const QString path = m_dir.filePath(QStringLiteral("filtered.jsonl"));
        QVERIFY(m_panel->startExport(AuditExportFormat::JsonLines, path));
        QLabel *result = waitForResult(finished);
        QVERIFY(result);
        QVERIFY2(result->text().startsWith(QStringLiteral("Exported 1 event")),
                 qPrintable(result->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(
            QStringLiteral("Сделка \\\"Иванов\\\", этап 2\\nвозврат").toUtf8()));
    }
};

QTEST_MAIN(TestAuditExportPanel)
#include "tst_audit_export_panel.moc"
