#pragma once

// Shared by the lead GUI tests (tst_leads_*.cpp): a signed-in console built the way the console
// builds it, and calls to the sandbox CRM that set the scene (leads posted to the webhooks).

#include "operations/Session.h"
#include "operations/SessionStart.h"
#include "support/CrmTestCalls.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QInputMethodEvent>
#include <QJsonObject>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace opc::test {

inline constexpr int kGuiWaitMs = 30000;

// A signed-in console: the main window and the session, with its own settings file.
struct LeadsConsole {
    QTemporaryDir dir;
    ui::AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
    std::unique_ptr<ops::Session> session; // declared first: the window goes before it
    std::unique_ptr<ui::MainWindow> window;

    // Opens the window on `page` ("leads", "settings"), then signs in with `token`.
    bool signIn(const QUrl &url, const QString &token, const QString &page)
    {
        settings.setLastPage(page);
        settings.setLeadNotifications(true);
        window = std::make_unique<ui::MainWindow>(&settings);
        window->resize(1200, 760);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        ops::SessionOptions options;
        options.crmUrl = url;
        options.token = token;
        QObject context;
        QEventLoop loop;
        QString failure;
        ops::startSession(options, &context, [&](ops::SessionStartResult result) {
            session = std::move(result.session);
            failure = result.message;
            loop.quit();
        });
        QTimer::singleShot(kGuiWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
        if (!session) {
            qWarning("sign-in failed: %s", qPrintable(failure));
            return false;
        }
        window->setSession(session.get());
        return true;
    }

    template<class T> T *find(const QString &name) const
    {
        T *widget = window->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
};

// Clicks `button` once it is visible and enabled; false (with a warning) if it never is.
inline bool clickWhenReady(QAbstractButton *button)
{
    if (!button)
        return false;
    if (!QTest::qWaitFor([&] { return button->isVisible() && button->isEnabled(); }, kGuiWaitMs)) {
        qWarning("%s is not clickable", qPrintable(button->objectName()));
        return false;
    }
    const bool indicator
        = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(8, button->height() / 2) : QPoint());
    return true;
}

// Types `text` into the focused-to widget as an input method commits it: QTest::keyClicks
// knows only ASCII keys, and the agents type Cyrillic.
inline void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::OtherFocusReason);
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Posts a lead to the CRM's webhook of its type, as call tracking or a site form would.
inline crm::CrmResult postLead(const QUrl &url, const QString &type, const QJsonObject &lead)
{
    auto client = clientFor(url, kAdminToken);
    crm::CrmRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/webhooks/leads/") + type;
    request.body = lead;
    const crm::CrmResult result = call(*client, request);
    if (!result.ok())
        qWarning("posting a lead: %s %s", qPrintable(result.error->message),
                 qPrintable(result.error->detail));
    return result;
}

} // namespace opc::test
