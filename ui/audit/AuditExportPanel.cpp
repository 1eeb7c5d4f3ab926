#include "ui/audit/AuditExportPanel.h"

#include "operations/Session.h"
#include "operations/audit/AuditExport.h"
#include "ui/leads/LeadsUi.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace opc::ui {

AuditExportPanel::AuditExportPanel(QWidget *parent)
    : QWidget(parent), m_exportButton(new QPushButton(tr("E&xport…"), this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_result(new QLabel(this)), m_openFolder(new QLabel(this))
{
    setObjectName(QStringLiteral("auditExportPanel"));

    leads_ui::named(m_exportButton, QStringLiteral("auditExportButton"),
                    tr("Export the events shown"));
    m_exportButton->setToolTip(
        tr("Writes the events that match the filters to a file: CSV for Excel, or JSON lines."));
    auto *menu = leads_ui::named(new QMenu(m_exportButton), QStringLiteral("auditExportMenu"),
                                 tr("Export format"));
    QAction *csv = menu->addAction(tr("CSV for Excel…"));
    csv->setObjectName(QStringLiteral("auditExportCsv"));
    QAction *jsonLines = menu->addAction(tr("JSON lines…"));
    jsonLines->setObjectName(QStringLiteral("auditExportJsonLines"));
    m_exportButton->setMenu(menu);
    m_exportButton->setEnabled(false); // until signed in
    connect(csv, &QAction::triggered, this, [this] { chooseFile(AuditExportFormat::Csv); });
    connect(jsonLines, &QAction::triggered, this,
            [this] { chooseFile(AuditExportFormat::JsonLines); });

    leads_ui::named(m_progress, QStringLiteral("auditExportProgress"), tr("Export progress"));
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    leads_ui::named(m_cancel, QStringLiteral("auditExportCancel"), tr("Cancel the export"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &AuditExportPanel::cancelExport);

    leads_ui::named(m_result, QStringLiteral("auditExportResult"), tr("Export result"));
    m_result->setTextFormat(Qt::PlainText); // paths and the CRM's words are never markup
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    leads_ui::named(m_openFolder, QStringLiteral("auditExportOpenFolder"), tr("Open folder"));
    m_openFolder->setTextFormat(Qt::RichText);
    m_openFolder->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
    m_openFolder->setVisible(false);
    connect(m_openFolder, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_exportButton);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addStretch();
    auto *resultRow = new QHBoxLayout;
    resultRow->setContentsMargins(0, 0, 0, 0);
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_openFolder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(resultRow);
}

AuditExportPanel::~AuditExportPanel() = default;

void AuditExportPanel::setSession(const ops::Session *session)
{
    if (m_session || !session)
        return;
    m_session = session;
    m_export = new ops::AuditExport(session->client(), this);
    connect(m_export, &ops::AuditExport::progress, this, &AuditExportPanel::showProgress);
    connect(m_export, &ops::AuditExport::finished, this, &AuditExportPanel::showResult);
    m_exportButton->setEnabled(true);
}

void AuditExportPanel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
}

bool AuditExportPanel::isExporting() const
{
    return m_export && m_export->isRunning();
}

void AuditExportPanel::chooseFile(AuditExportFormat format)
{
    if (!m_export || isExporting())
        return;
    if (m_folder.isEmpty()) {
        // Documents, where a team lead looks for a report; home where there is no such folder
        // (the dialog would otherwise open wherever the console was started from).
        m_folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QFileInfo(m_folder).isDir())
            m_folder = QDir::homePath();
    }
    const QString suffix = auditExportFormatName(format);
    const QString name
        = QStringLiteral("audit-log-%1.%2").arg(QDate::currentDate().toString(Qt::ISODate), suffix);
    auto *dialog
        = new QFileDialog(this, tr("Export the audit log"), QDir(m_folder).filePath(name),
                          format == AuditExportFormat::Csv ? tr("CSV files (*.csv)")
                                                           : tr("JSON lines files (*.jsonl)"));
    leads_ui::named(dialog, QStringLiteral("auditExportDialog"), tr("Export the audit log"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { startExport(format, path); });
    dialog->open(); // window-modal, never a nested event loop
}

bool AuditExportPanel::startExport(AuditExportFormat format, const QString &path)
{
    if (!m_export || isExporting() || path.isEmpty())
        return false;
    ops::AuditExportRequest request;
    request.filter = m_filter;
    request.format = format;
    request.path = path;
    request.pageSize = m_pageSize;
    if (!m_export->start(request))
        return false;
    m_folder = QFileInfo(path).absolutePath();
    m_result->clear();
    m_result->setVisible(false);
    m_openFolder->setVisible(false);
    m_progress->setRange(0, 0); // busy until the CRM says how many
    m_progress->setFormat(tr("Starting the export…"));
    setRunning(true);
    return true;
}

void AuditExportPanel::cancelExport()
{
    if (!isExporting())
        return;
    m_cancel->setEnabled(false); // the result follows once the partial file is removed
    m_progress->setFormat(tr("Cancelling…"));
    m_export->cancel();
}

void AuditExportPanel::showProgress(qint64 rows, qint64 total)
{
    if (!m_cancel->isEnabled())
        return; // cancelling
    const QLocale locale;
    if (total < 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%1 events").arg(locale.toString(rows)));
        return;
    }
    const int maximum = int(qMin<qint64>(qMax<qint64>(total, 1), INT_MAX));
    // Not QProgressBar's %v/%m: numbers in the user's locale ("12 345" in Russian). The text
    // first, so that whoever watches valueChanged reads the new one.
    m_progress->setFormat(tr("%1 of %2 events").arg(locale.toString(rows), locale.toString(total)));
    m_progress->setRange(0, maximum);
    m_progress->setValue(int(qMin<qint64>(rows, maximum)));
}

void AuditExportPanel::showResult(const ops::AuditExportResult &result)
{
    setRunning(false);
    const int rows = int(qMin<qint64>(result.rows, INT_MAX));
    switch (result.status) {
    case ops::AuditExportResult::Status::Done: {
        leads_ui::setMessage(m_result,
                             tr("Exported %Ln event(s) to %1.", nullptr, rows)
                                 .arg(QDir::toNativeSeparators(result.path)),
                             leads_ui::Tone::Good);
        const QUrl folder = QUrl::fromLocalFile(QFileInfo(result.path).absolutePath());
        const QString link = QStringLiteral("<a href=\"%1\">%2</a>"); // not text: markup
        m_openFolder->setText(link.arg(folder.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                       tr("Open folder").toHtmlEscaped()));
        m_openFolder->setVisible(true);
        break;
    }
    case ops::AuditExportResult::Status::Cancelled:
        leads_ui::setMessage(m_result, tr("Export cancelled; no file was written."),
                             leads_ui::Tone::Neutral);
        break;
    case ops::AuditExportResult::Status::Failed:
        leads_ui::setMessage(m_result, tr("Export failed: %1").arg(result.errorMessage()),
                             leads_ui::Tone::Bad);
        break;
    }
    Q_EMIT finished();
}

void AuditExportPanel::setRunning(bool running)
{
    m_exportButton->setEnabled(!running && m_export);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    if (!running)
        m_progress->reset();
}

} // namespace opc::ui
