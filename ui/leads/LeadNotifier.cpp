#include "ui/leads/LeadNotifier.h"

#include "core/leads/PhoneNumber.h"
#include "ui/Icons.h"
#include "ui/leads/LeadsUi.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace opc::ui {

LeadNotifier::LeadNotifier(QWidget *window, QObject *parent) : QObject(parent), m_window(window)
{
}

LeadNotifier::~LeadNotifier() = default;

bool LeadNotifier::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void LeadNotifier::setEnabled(bool on)
{
    m_enabled = on;
    if (on && !m_tray && trayAvailable()) {
        m_tray = new QSystemTrayIcon(loadIcon(QStringLiteral("leads")), this);
        m_tray->setObjectName(QStringLiteral("leadTrayIcon"));
        m_tray->setToolTip(tr("Operator Console: new leads"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
            Q_EMIT clicked();
        });
    }
    // The icon is there only to carry the messages: it goes when they are off.
    if (m_tray)
        m_tray->setVisible(on);
}

void LeadNotifier::announce(const QList<ops::Lead> &leads)
{
    if (!m_enabled || leads.isEmpty())
        return;
    const QString title = tr("%Ln new lead(s)", nullptr, int(leads.size()));
    QStringList lines;
    for (const ops::Lead &lead : leads.mid(0, 3)) {
        QStringList parts;
        parts << leads_ui::leadTypeName(lead.kind);
        for (const QString &part :
             { lead.name, lead.phone.isEmpty() ? lead.email : leads::formatPhone(lead.phone),
               lead.source }) {
            if (!part.isEmpty())
                parts << part;
        }
        lines << parts.join(QStringLiteral(", "));
    }
    if (leads.size() > 3)
        lines << tr("and %Ln more", nullptr, int(leads.size() - 3));
    const QString text = lines.join(QLatin1Char('\n'));
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    else if (m_window)
        QApplication::alert(m_window, 0);
    Q_EMIT announced(title, text);
}

} // namespace opc::ui
