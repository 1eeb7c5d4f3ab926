#pragma once

#include "operations/leads/Lead.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace opc::ui {

// Tells the agent about new free leads while the console is in the background: a message of the
// system tray icon where a tray exists, otherwise the taskbar entry asks for attention
// (QApplication::alert). Off when the user turned notifications off.
class LeadNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadNotifier)

public:
    // `window`: the console's window, raised when the message is clicked.
    explicit LeadNotifier(QWidget *window, QObject *parent = nullptr);
    ~LeadNotifier() override;

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    static bool trayAvailable();

    // Announces `leads` (new free leads) when enabled.
    void announce(const QList<ops::Lead> &leads);

Q_SIGNALS:
    // Emitted for each announcement, shown or not by the desktop (tests look at it).
    void announced(const QString &title, const QString &text);
    void clicked(); // the user clicked the message

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = false;
};

} // namespace opc::ui
