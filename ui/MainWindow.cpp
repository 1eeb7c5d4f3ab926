#include "ui/MainWindow.h"

#include "operations/Session.h"
#include "ui/AppSettings.h"
#include "ui/ConsoleStatusBar.h"
#include "ui/Icons.h"
#include "ui/leads/LeadNotifier.h"
#include "ui/leads/LeadWatch.h"
#include "ui/pages/AuditLogPage.h"
#include "ui/pages/LeadsPage.h"
#include "ui/pages/MergePage.h"
#include "ui/pages/PartnerLinesPage.h"
#include "ui/pages/SettingsPage.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>

namespace opc::ui {

namespace {

int indexOf(PageId page)
{
    return static_cast<int>(page);
}

QWidget *createPage(PageId page, AppSettings *settings, QWidget *parent)
{
    switch (page) {
    case PageId::Merge:
        return new MergePage(parent);
    case PageId::Leads:
        return new LeadsPage(settings, parent);
    case PageId::PartnerLines:
        return new PartnerLinesPage(parent);
    case PageId::AuditLog:
        return new AuditLogPage(parent);
    case PageId::Settings:
        return new SettingsPage(settings, parent);
    }
    return nullptr;
}

// Pages that talk to the CRM get the session once it exists, whenever they are built.

} // namespace

MainWindow::MainWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_statusBar(new ConsoleStatusBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Operator Console"));
    setAccessibleName(tr("Operator Console"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Section"));
    setStatusBar(m_statusBar);

    buildNavigation();

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Until a session says otherwise the role is unknown: hide what only reviewers may see.
    applyRole(false);
    m_wantedPage = pageFromKey(m_settings->lastPage()).value_or(PageId::Merge);
    if (!showPage(m_wantedPage))
        showFallbackPage();

    if (!restoreGeometry(m_settings->mainWindowGeometry())) {
        // First start: room for the merge wizard's tables in Russian, within a small laptop's
        // screen (1366×768) and never beyond nine tenths of the one at hand.
        QSize size(1120, 720);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size);
    }
}

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setAccessibleDescription(
        tr("Arrow keys move between sections; Ctrl+1 to Ctrl+5 jump to one."));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    int number = 1;
    for (PageId page : kAllPages) {
        const QKeySequence keys(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_0 + number)));
        auto *item
            = new QListWidgetItem(loadIcon(pageIconName(page)), pageTitle(page), m_navigation);
        item->setData(Qt::UserRole, pageKey(page));
        item->setToolTip(
            tr("%1 (%2)").arg(pageTitle(page), keys.toString(QKeySequence::NativeText)));
        // Pages are built when first shown (ensurePage): start-up paints one, not five.
        m_pages->addWidget(new QWidget(m_pages));

        auto *shortcut = new QShortcut(keys, this);
        shortcut->setObjectName(pageKey(page) + QStringLiteral("Shortcut"));
        connect(shortcut, &QShortcut::activated, this, [this, page] {
            if (showPage(page))
                m_navigation->setFocus(Qt::ShortcutFocusReason);
        });
        ++number;
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth()
                                + 16);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(kAllPages.size()))
            return;
        ensurePage(kAllPages[std::size_t(row)]);
        m_pages->setCurrentIndex(row);
        if (!m_fallingBack)
            m_wantedPage = kAllPages[std::size_t(row)];
    });
}

QWidget *MainWindow::ensurePage(PageId page)
{
    const int index = indexOf(page);
    if (m_built.contains(page))
        return m_pages->widget(index);
    QWidget *slot = m_pages->widget(index);
    QWidget *built = createPage(page, m_settings, m_pages);
    built->setEnabled(slot->isEnabled()); // the role may have been applied to the empty slot
    m_pages->insertWidget(index, built);
    m_pages->removeWidget(slot);
    slot->deleteLater();
    m_built.insert(page);
    if (page == PageId::Settings)
        connect(static_cast<SettingsPage *>(built), &SettingsPage::restartRequested, this,
                &MainWindow::restartRequested);
    if (m_session)
        giveSession(page, built);
    return built;
}

void MainWindow::giveSession(PageId page, QWidget *built)
{
    switch (page) {
    case PageId::Merge:
        static_cast<MergePage *>(built)->setSession(m_session);
        break;
    case PageId::Leads:
        static_cast<LeadsPage *>(built)->setSession(m_session, m_leadWatch);
        break;
    case PageId::Settings:
        static_cast<SettingsPage *>(built)->setSession(m_session);
        break;
    case PageId::PartnerLines:
        static_cast<PartnerLinesPage *>(built)->setSession(m_session);
        break;
    case PageId::AuditLog:
        static_cast<AuditLogPage *>(built)->setSession(m_session);
        break;
    }
}

void MainWindow::setSession(const ops::Session *session)
{
    m_session = session;
    m_statusBar->setSession(session);
    // Before the pages get the session: the Leads page works with the watch.
    m_leadWatch = new LeadWatch(session, m_settings, this, this);
    connect(m_leadWatch->notifier(), &LeadNotifier::clicked, this, [this] {
        if (showPage(PageId::Leads))
            static_cast<LeadsPage *>(ensurePage(PageId::Leads))->showFreeQueue();
    });
    for (PageId page : kAllPages) {
        if (m_built.contains(page))
            giveSession(page, m_pages->widget(indexOf(page)));
    }
    applyRole(roleCanReview(session->user().role));
    // The last page may have waited for the role (the audit log); show it now if allowed.
    if (!showPage(m_wantedPage))
        showFallbackPage();
}

void MainWindow::applyRole(bool canReview)
{
    QListWidgetItem *audit = m_navigation->item(indexOf(PageId::AuditLog));
    audit->setHidden(!canReview);
    audit->setFlags(canReview ? (Qt::ItemIsSelectable | Qt::ItemIsEnabled) : Qt::NoItemFlags);
    m_pages->widget(indexOf(PageId::AuditLog))->setEnabled(canReview);
}

bool MainWindow::isPageAvailable(PageId page) const
{
    return !m_navigation->item(indexOf(page))->isHidden();
}

PageId MainWindow::currentPage() const
{
    return kAllPages[std::size_t(m_pages->currentIndex())];
}

bool MainWindow::showPage(PageId page)
{
    if (!isPageAvailable(page))
        return false;
    m_navigation->setCurrentRow(indexOf(page));
    return true;
}

void MainWindow::showFallbackPage()
{
    // Showing Merge because the wanted page is not available (yet) must not forget the choice.
    const QScopedValueRollback guard(m_fallingBack, true);
    showPage(PageId::Merge);
}

bool MainWindow::event(QEvent *event)
{
    const bool result = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: the paint of the children and the flush to the screen finish first.
        QMetaObject::invokeMethod(this, &MainWindow::firstPainted, Qt::QueuedConnection);
    }
    return result;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setLastPage(pageKey(m_wantedPage));
    m_settings->sync();
}

} // namespace opc::ui
