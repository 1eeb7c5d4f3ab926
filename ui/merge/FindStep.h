#pragma once

#include "operations/merge/MergeCaseLoader.h"
#include "operations/merge/StudentSearch.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;

namespace opc::crm {
class CrmClient;
}

namespace opc::ui {

class BusyIndicator;

// Step 1 of the merge wizard: one field for an account id, phone, e-mail or name. An id loads
// the student's accounts at once; anything else searches, and the agent picks the student. The
// student's accounts are shown pair by pair (English ↔ math); a student who is not KIDS, or
// whose accounts are not the two pairs the merge is for, is refused with the reason.
class FindStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindStep)

public:
    explicit FindStep(crm::CrmClient *client, QWidget *parent = nullptr);

    // The loaded student when the merge may go on with them; nullopt otherwise.
    const std::optional<ops::MergeCaseLoad> &mergeableCase() const { return m_mergeable; }
    bool isBusy() const;
    void focusSearch();
    // Forgets the shown student (their accounts changed, or a new merge begins); reset() keeps
    // the search text, clearSearch() empties it too.
    void reset();
    void clearSearch();

Q_SIGNALS:
    // The mergeable case appeared, changed or went away.
    void caseChanged();

private:
    void find();
    void search(const QString &text);
    void loadAccount(qint64 accountId, const QString &fallbackSearch);
    void showStudents(const ops::StudentSearchResult &result, const QString &text);
    void pickStudent();
    void showCase(const ops::MergeCaseLoad &load);
    void fillTable(const merge::MergeCase &mergeCase);
    void clearResult();
    // `refusal`: the student cannot be merged; shown in the failure colour.
    void setMessage(const QString &text, bool refusal = false);

    crm::CrmClient *m_client;
    QLineEdit *m_searchEdit;
    QPushButton *m_findButton;
    BusyIndicator *m_busy;
    QLabel *m_message;
    QLabel *m_listPrompt;
    QListWidget *m_students;
    QLabel *m_studentLabel;
    QTableWidget *m_table;
    std::optional<ops::MergeCaseLoad> m_mergeable;
    int m_generation = 0; // answers to an older search are dropped
    QListWidgetItem *m_picked = nullptr; // the student shown (or loading) from the list
};

} // namespace opc::ui
