#pragma once

#include "ui/pages/Pages.h"

#include <QMainWindow>
#include <QSet>

class QListWidget;
class QStackedWidget;

namespace opc::ops {
class Session;
}

namespace opc::ui {

class AppSettings;
class ConsoleStatusBar;
class LeadWatch;

// The console's shell: navigation on the left, one page per section, the status bar. Built
// with no data at all so that it paints at once; setSession() fills it when sign-in is done.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppSettings *settings, QWidget *parent = nullptr);

    void setSession(const ops::Session *session);
    ConsoleStatusBar *consoleStatusBar() const { return m_statusBar; }
    // New leads, watched from sign-in on (null before).
    LeadWatch *leadWatch() const { return m_leadWatch; }

    PageId currentPage() const;
    // Shows `page` if the signed-in role may see it; returns whether it did.
    bool showPage(PageId page);
    bool isPageAvailable(PageId page) const;

Q_SIGNALS:
    // Once, after the first paint of the window has completed.
    void firstPainted();
    // The user asked for a restart (Settings, to apply the interface language). Whoever runs
    // the console (main.cpp) closes the window and starts the console again.
    void restartRequested();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The page at its slot in the stack, created on first use.
    QWidget *ensurePage(PageId page);
    void giveSession(PageId page, QWidget *built);
    void buildNavigation();
    void applyRole(bool canReview);
    void showFallbackPage();
    void saveState();

    AppSettings *m_settings;
    const ops::Session *m_session = nullptr; // set once signed in; pages built later get it too
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QSet<PageId> m_built; // pages created so far; the others are empty slots
    ConsoleStatusBar *m_statusBar;
    LeadWatch *m_leadWatch = nullptr;
    // The page the user chose last: may be waiting for a role that allows it (audit log).
    PageId m_wantedPage = PageId::Merge;
    bool m_fallingBack = false;
    bool m_painted = false;
};

} // namespace opc::ui
