#pragma once

#include "core/partner/Pricing.h"
#include "operations/partner/PartnerOrders.h"
#include "operations/partner/PartnerProfile.h"
#include "ui/pages/Pages.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;
class QUrl;
class QVBoxLayout;

namespace opc::ops {
class Session;
}

namespace opc::ui {

class BusyIndicator;
class NotificationBell;
class PartnerLineListView;
struct PartnerOrderContext;

// Section for partner line purchases (seed 003): every line of the partner's clients with
// filters, paging and a selection (PartnerLineListView), comments edited in place, and the
// actions on them: "Buy lines…", "Renew…", "Add channels…" (each a dialog with the price and its
// discounts live), "Act as client"; the notifications bell and the reward with "Withdraw…".
// An action that cannot be used now is disabled and its tooltip says why. Loads everything
// without waiting (lines, clients, the partner profile with the CRM's today, the price list);
// built before or after sign-in, filled by setSession.
class PartnerLinesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerLinesPage)

public:
    explicit PartnerLinesPage(QWidget *parent = nullptr);
    ~PartnerLinesPage() override;

    PageId pageId() const { return PageId::PartnerLines; }
    // Once, when the console has signed in. The session must outlive the page.
    void setSession(const ops::Session *session);

    PartnerLineListView *listView() const { return m_list; }
    NotificationBell *bell() const { return m_bell; }
    QAction *buyAction() const { return m_buy; }
    QAction *renewAction() const { return m_renew; }
    QAction *addChannelsAction() const { return m_addChannels; }
    QAction *actAsClientAction() const { return m_actAsClient; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    const std::optional<ops::PartnerProfile> &profile() const { return m_profile; }
    const std::optional<partner::PriceList> &prices() const { return m_prices; }
    // The CRM's today when the profile said it, the computer's otherwise.
    QDate today() const;
    bool isLoading() const { return m_pending > 0; }

    // Reads the lines, the clients, the profile and the price list again.
    void reload();
    // The dialogs, as the actions open them (nothing when the action is disabled).
    void openBuyDialog();
    void openRenewDialog();
    void openAddChannelsDialog();
    void openWithdrawDialog();
    // Asks the CRM for a one-time sign-in link into the current line's client's cabinet
    // (ops::actAsClient) and opens it with the URL opener; reports the refusal otherwise.
    void actAsClient();

    // Opens a link in the browser; true when it did. QDesktopServices::openUrl unless replaced
    // (tests without a browser). An empty one restores the default.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener);

Q_SIGNALS:
    // A reload finished (every part answered, some may have failed: see the message).
    void loaded();
    // What the page told the user in its message line.
    void reported(const QString &text, bool failure);
    // "Act as client" for a client the partner may act as: the sign-in link into its cabinet
    // was asked for (the page opens it when the CRM answers).
    void actAsClientRequested(qint64 clientId, const QString &accountId);

private:
    void build();
    QToolButton *actionButton(QAction *action, const QString &objectName);
    void partDone();
    void updateActions();
    void updateProfile();
    void saveComment(qint64 lineId, const QString &comment);
    void applyOrder(const ops::PartnerOrder &order);
    std::optional<PartnerOrderContext> orderContext() const;
    void report(const QString &text, bool failure);

    const ops::Session *m_session = nullptr;
    QVBoxLayout *m_layout;
    QLabel *m_waiting;
    PartnerLineListView *m_list = nullptr;
    NotificationBell *m_bell = nullptr;
    QAction *m_buy = nullptr;
    QAction *m_renew = nullptr;
    QAction *m_addChannels = nullptr;
    QAction *m_actAsClient = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_reward = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_refresh = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_message = nullptr;
    UrlOpener m_openUrl;
    std::optional<ops::PartnerProfile> m_profile;
    std::optional<partner::PriceList> m_prices;
    QString m_loadProblem; // what failed in the last reload
    int m_pending = 0; // parts of a reload still under way
    int m_generation = 0; // answers to an older reload are dropped
};

} // namespace opc::ui
