#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace opc::ops {
class MergeRun;
}

namespace opc::ui {

class StepPreviewView;

// Step 6 of the merge wizard, after a completed run: the old and the new request, the login
// link create-request offered, the operation id to find the merge in the audit log, the letter
// to the teacher ready to copy, and everything the run wrote.
class SummaryStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryStep)

public:
    explicit SummaryStep(QWidget *parent = nullptr);

    void showRun(const ops::MergeRun &run);

Q_SIGNALS:
    void newMergeRequested();

private:
    QLabel *m_oldRequest;
    QLabel *m_newRequest;
    QLineEdit *m_operationId;
    QLabel *m_loginLinkLabel;
    QLineEdit *m_loginLink;
    QLabel *m_letterLabel;
    QPlainTextEdit *m_letter;
    QPushButton *m_copyLetter;
    StepPreviewView *m_written;
    QPushButton *m_newMerge;
};

} // namespace opc::ui
