#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace opc::ui {

class AppSettings;

// The interface language on the Settings page: follow the system, Russian or English. A choice
// is saved at once and applies from the next start (translations are installed before the first
// window, and retranslating every page live is not worth its bugs), so the section then says
// so and offers a restart.
class InterfaceLanguageSection final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfaceLanguageSection)

public:
    explicit InterfaceLanguageSection(AppSettings *settings, QWidget *parent = nullptr);

    // Says why the restart the user asked for does not happen (something would be lost).
    void refuseRestart(const QString &why);

Q_SIGNALS:
    // The user asked to restart the console now.
    void restartClicked();

private:
    void choose(int index);

    AppSettings *m_settings;
    QComboBox *m_combo;
    QLabel *m_note;
    QPushButton *m_restart;
};

} // namespace opc::ui
