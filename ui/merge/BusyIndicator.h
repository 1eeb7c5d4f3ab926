#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace opc::ui {

// "Searching…" with a moving bar while the CRM or the disk works; hidden when idle. The wizard
// never blocks, so this is how it shows that something is under way.
class BusyIndicator final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void setBusy(const QString &text);
    void setIdle();
    bool isBusy() const { return m_busy; }

private:
    QProgressBar *m_bar;
    QLabel *m_text;
    bool m_busy = false;
};

} // namespace opc::ui
