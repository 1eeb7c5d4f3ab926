#include "ui/merge/FindStep.h"

#include "core/merge/PreChecks.h"
#include "core/merge/RequestStatus.h"
#include "ui/merge/BusyIndicator.h"
#include "ui/merge/MergeUi.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace opc::ui {

using merge_ui::named;

namespace {

enum Column {
    PairColumn,
    AccountColumn,
    SubjectColumn,
    LessonsColumn,
    StateColumn,
    RequestColumn,
    PaidColumn,
    TeacherColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace

FindStep::FindStep(crm::CrmClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_searchEdit(new QLineEdit(this)),
      m_findButton(new QPushButton(tr("&Find"), this)), m_busy(new BusyIndicator(this)),
      m_message(new QLabel(this)), m_listPrompt(new QLabel(this)),
      m_students(new QListWidget(this)), m_studentLabel(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("mergeFindStep"));

    auto *prompt
        = new QLabel(tr("Find the student by an account id, phone, e-mail or name:"), this);
    named(m_searchEdit, QStringLiteral("mergeSearchEdit"), tr("Account id, phone, e-mail or name"));
    m_searchEdit->setPlaceholderText(tr("e.g. 11, +7 499 123-45-67, name@example.org, Кузнецов"));
    m_searchEdit->setClearButtonEnabled(true);
    prompt->setBuddy(m_searchEdit);
    named(m_findButton, QStringLiteral("mergeFindButton"), tr("Find"));
    m_findButton->setDefault(false);

    m_message->setObjectName(QStringLiteral("mergeFindMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Search result"));
    m_message->hide();

    m_listPrompt->setObjectName(QStringLiteral("mergeStudentListPrompt"));
    m_listPrompt->setWordWrap(true);
    m_listPrompt->setBuddy(m_students);
    m_listPrompt->hide();
    named(m_students, QStringLiteral("mergeStudentList"), tr("Students found"));
    m_students->setAccessibleDescription(tr("Pick the student whose accounts to merge."));
    m_students->setMaximumHeight(m_students->fontMetrics().height() * 7);
    m_students->hide();

    m_studentLabel->setObjectName(QStringLiteral("mergeStudentLabel"));
    m_studentLabel->setWordWrap(true);
    m_studentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_studentLabel->setAccessibleName(tr("Student"));
    merge_ui::makeHeading(m_studentLabel);
    m_studentLabel->hide();

    named(m_table, QStringLiteral("mergePairsTable"), tr("The student's accounts"));
    m_table->setHorizontalHeaderLabels({ tr("Pair"), tr("Account"), tr("Subject"),
                                         tr("Lessons taken"), tr("State"), tr("Request"),
                                         tr("Paid lessons"), tr("Teacher") });
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TeacherColumn, QHeaderView::Stretch);
    m_table->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_findButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(prompt);
    layout->addLayout(searchRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_listPrompt);
    layout->addWidget(m_students);
    layout->addWidget(m_studentLabel);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_findButton, &QPushButton::clicked, this, &FindStep::find);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &FindStep::find);
    connect(m_students, &QListWidget::itemActivated, this, &FindStep::pickStudent);
    connect(m_students, &QListWidget::itemClicked, this, &FindStep::pickStudent);
}

bool FindStep::isBusy() const
{
    return m_busy->isBusy();
}

void FindStep::focusSearch()
{
    m_searchEdit->setFocus(Qt::OtherFocusReason);
}

void FindStep::reset()
{
    ++m_generation; // an answer still on its way is not shown
    m_busy->setIdle();
    m_findButton->setEnabled(true);
    m_students->clear();
    m_students->hide();
    m_listPrompt->hide();
    m_picked = nullptr;
    clearResult();
}

void FindStep::clearSearch()
{
    reset();
    m_searchEdit->clear();
}

void FindStep::clearResult()
{
    m_message->hide();
    m_message->clear();
    m_studentLabel->hide();
    m_table->hide();
    m_table->setRowCount(0);
    if (m_mergeable) {
        m_mergeable.reset();
        Q_EMIT caseChanged();
    }
}

void FindStep::setMessage(const QString &text, bool refusal)
{
    m_message->setText(text);
    m_message->setStyleSheet(refusal ? QStringLiteral("color: #d0312d;") : QString());
    m_message->setProperty("refusal", refusal);
    m_message->setVisible(!text.isEmpty());
}

void FindStep::find()
{
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty()) {
        setMessage(tr("Type an account id, phone, e-mail or name first."));
        return;
    }
    ++m_generation;
    clearResult();
    m_students->clear();
    m_students->hide();
    m_listPrompt->hide();
    m_picked = nullptr;
    if (const std::optional<qint64> id = ops::accountIdFromText(text))
        loadAccount(*id, text);
    else
        search(text);
}

void FindStep::search(const QString &text)
{
    const int generation = m_generation;
    m_busy->setBusy(tr("Searching for “%1”…").arg(text));
    m_findButton->setEnabled(false);
    ops::searchStudents(m_client, text, this,
                        [this, generation, text](const ops::StudentSearchResult &result) {
                            if (generation != m_generation)
                                return;
                            m_busy->setIdle();
                            m_findButton->setEnabled(true);
                            showStudents(result, text);
                        });
}

void FindStep::showStudents(const ops::StudentSearchResult &result, const QString &text)
{
    if (!result.ok()) {
        setMessage(result.message);
        return;
    }
    if (result.students.isEmpty()) {
        setMessage(tr("No student matches “%1”. Check the spelling, or search by phone or "
                      "e-mail.")
                       .arg(text));
        return;
    }
    for (const ops::StudentMatch &student : result.students) {
        QStringList ids;
        for (qint64 id : student.accountIds)
            ids << QString::number(id);
        QStringList parts { student.name };
        if (!student.phone.isEmpty())
            parts << student.phone;
        if (!student.email.isEmpty())
            parts << student.email;
        parts << (student.isKids ? tr("KIDS") : tr("not KIDS"));
        parts << (ids.isEmpty() ? tr("no accounts")
                                : tr("accounts %1").arg(ids.join(QStringLiteral(", "))));
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_students);
        item->setData(Qt::UserRole,
                      student.accountIds.isEmpty() ? QVariant()
                                                   : QVariant(student.accountIds.first()));
        item->setData(Qt::UserRole + 1, student.name);
    }
    if (result.students.size() == 1) {
        m_students->setCurrentRow(0);
        pickStudent();
        return;
    }
    m_students->show();
    m_listPrompt->show();
    m_listPrompt->setText(
        result.truncated
            ? tr("More than %1 students match; only the first %1 are listed. Type more "
                 "to narrow the search. Pick the student:")
                  .arg(result.students.size())
            : tr("%Ln student(s) match. Pick the student:", nullptr, int(result.students.size())));
}

void FindStep::pickStudent()
{
    QListWidgetItem *item = m_students->currentItem();
    // A click also activates the item on some platforms: load the student once.
    if (!item || item == m_picked)
        return;
    m_picked = item;
    ++m_generation;
    clearResult();
    const QVariant account = item->data(Qt::UserRole);
    if (!account.isValid()) {
        setMessage(tr("%1 has no accounts in the CRM; there is nothing to merge.")
                       .arg(item->data(Qt::UserRole + 1).toString()));
        return;
    }
    loadAccount(account.toLongLong(), QString());
}

void FindStep::loadAccount(qint64 accountId, const QString &fallbackSearch)
{
    const int generation = m_generation;
    m_busy->setBusy(tr("Reading account %1 and the student's other accounts…").arg(accountId));
    m_findButton->setEnabled(false);
    ops::loadMergeCase(m_client, accountId, this,
                       [this, generation, fallbackSearch](const ops::MergeCaseLoad &load) {
                           if (generation != m_generation)
                               return;
                           m_busy->setIdle();
                           m_findButton->setEnabled(true);
                           // Digits that are no account may still be a student id or a phone.
                           if (load.failure == ops::MergeCaseLoad::Failure::UnknownAccount
                               && !fallbackSearch.isEmpty()) {
                               search(fallbackSearch);
                               return;
                           }
                           showCase(load);
                       });
}

void FindStep::showCase(const ops::MergeCaseLoad &load)
{
    if (!load.ok()) {
        setMessage(load.message);
        return;
    }
    const merge::MergeCase &mergeCase = *load.mergeCase;
    m_studentLabel->setText(tr("%1 (student %2) · %3")
                                .arg(load.studentName)
                                .arg(load.studentId)
                                .arg(load.studentIsKids ? tr("KIDS") : tr("not KIDS")));
    m_studentLabel->show();
    fillTable(mergeCase);

    // The refusals the domain names; the pre-checks repeat them, but the agent learns it here.
    const QList<merge::CheckResult> checks
        = merge::runPreChecks(mergeCase, merge::Direction::KeepEnglish, merge::PreCheckInputs {});
    const std::optional<merge::CheckResult> kids = merge::findCheck(checks, merge::check::kids);
    const QString structure = merge::structureProblem(mergeCase);
    if (!load.studentIsKids || (kids && !kids->passed)) {
        setMessage(tr("✗ %1 is not a KIDS student. %2")
                       .arg(load.studentName, kids ? kids->reason : QString()),
                   true);
        return;
    }
    if (!structure.isEmpty()) {
        setMessage(
            tr("✗ These accounts are not the two pairs this merge is for: %1").arg(structure),
            true);
        return;
    }
    setMessage(tr("Two unlinked pairs: one working and one empty account for each subject. Go on "
                  "to choose which pair the student keeps."));
    m_mergeable = load;
    Q_EMIT caseChanged();
}

void FindStep::fillTable(const merge::MergeCase &mergeCase)
{
    QString reason;
    const QList<merge::AccountPair> pairs = merge::findPairs(mergeCase, &reason);
    QList<std::pair<int, merge::Account>> rows; // pair number (0: none), account
    if (!pairs.isEmpty()) {
        for (int i = 0; i < pairs.size(); ++i)
            rows << std::pair { i + 1, pairs[i].english } << std::pair { i + 1, pairs[i].math };
    } else {
        for (const merge::Account &account : mergeCase.accounts)
            rows << std::pair { 0, account };
    }
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int row = 0; row < rows.size(); ++row) {
        const auto &[pair, account] = rows[row];
        QString request = QStringLiteral("—");
        if (const merge::RequestSummary *summary = mergeCase.requestOf(account)) {
            request = tr("#%1 (%2)")
                          .arg(summary->id)
                          .arg(merge::requestStatusDisplayName(summary->status));
        } else if (account.requestId) {
            request = tr("#%1").arg(*account.requestId);
        }
        m_table->setItem(row, PairColumn,
                         cell(pair > 0 ? locale.toString(pair) : QStringLiteral("—")));
        m_table->setItem(row, AccountColumn, cell(QString::number(account.id)));
        m_table->setItem(row, SubjectColumn, cell(merge_ui::subjectName(account.subject)));
        m_table->setItem(row, LessonsColumn,
                         cell(locale.toString(account.lessonsTaken), Qt::AlignRight));
        m_table->setItem(row, StateColumn, cell(account.isWorking() ? tr("working") : tr("empty")));
        m_table->setItem(row, RequestColumn, cell(request));
        m_table->setItem(row, PaidColumn,
                         cell(locale.toString(account.paidLessons), Qt::AlignRight));
        QTableWidgetItem *teacher
            = cell(account.teacherName.isEmpty() ? QStringLiteral("—") : account.teacherName);
        if (!account.schedule.isEmpty())
            teacher->setToolTip(tr("Schedule: %1").arg(account.schedule));
        m_table->setItem(row, TeacherColumn, teacher);
    }
    // As tall as its rows: the pairs are few, and the page scrolls no table inside a table.
    // Every row shows without a vertical scroll bar; room is kept for a horizontal one, which a
    // narrow window or long translated headers may need. The header's size hint is used: while
    // the table is hidden its height() is not known yet.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth()
        + m_table->horizontalScrollBar()->sizeHint().height();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height + 2);
    if (!pairs.isEmpty() && reason.isEmpty())
        m_table->setAccessibleDescription(tr("Two pairs, English ↔ math"));
    m_table->show();
}

} // namespace opc::ui
