#include "ui/merge/SummaryStep.h"

#include "operations/merge/MergeRun.h"
#include "ui/merge/MergeUi.h"
#include "ui/merge/StepPreviewView.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace opc::ui {

using merge_ui::named;

SummaryStep::SummaryStep(QWidget *parent)
    : QWidget(parent), m_oldRequest(new QLabel(this)), m_newRequest(new QLabel(this)),
      m_operationId(new QLineEdit(this)), m_loginLinkLabel(new QLabel(tr("Login link:"), this)),
      m_loginLink(new QLineEdit(this)),
      m_letterLabel(new QLabel(tr("Letter to the teacher:"), this)),
      m_letter(new QPlainTextEdit(this)),
      m_copyLetter(new QPushButton(tr("&Copy the letter"), this)),
      m_written(new StepPreviewView(this)),
      m_newMerge(new QPushButton(tr("Start a &new merge"), this))
{
    setObjectName(QStringLiteral("mergeSummaryStep"));
    auto *done = new QLabel(tr("The merge is complete."), this);
    done->setObjectName(QStringLiteral("summaryHeading"));
    merge_ui::makeHeading(done);

    for (QLabel *label : { m_oldRequest, m_newRequest })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    named(m_oldRequest, QStringLiteral("oldRequestLabel"), tr("Old request"));
    named(m_newRequest, QStringLiteral("newRequestLabel"), tr("New request"));
    named(m_operationId, QStringLiteral("operationIdEdit"), tr("Operation id"));
    m_operationId->setReadOnly(true);
    m_operationId->setToolTip(tr("Find this merge in the audit log by this id."));
    named(m_loginLink, QStringLiteral("loginLinkEdit"), tr("Login link"));
    m_loginLink->setReadOnly(true);
    named(m_letter, QStringLiteral("letterText"), tr("Letter to the teacher"));
    m_letter->setReadOnly(true);
    named(m_copyLetter, QStringLiteral("copyLetterButton"), tr("Copy the letter"));
    named(m_written, QStringLiteral("summaryWrittenView"), tr("Everything the merge wrote"));
    named(m_newMerge, QStringLiteral("newMergeButton"), tr("Start a new merge"));

    auto *form = new QFormLayout;
    form->addRow(tr("Old request:"), m_oldRequest);
    form->addRow(tr("New request:"), m_newRequest);
    form->addRow(tr("Operation id:"), m_operationId);
    form->addRow(m_loginLinkLabel, m_loginLink);

    auto *letterRow = new QHBoxLayout;
    letterRow->addWidget(m_letter, 1);
    letterRow->addWidget(m_copyLetter, 0, Qt::AlignTop);

    auto *writtenLabel = new QLabel(tr("Everything the merge wrote:"), this);
    writtenLabel->setBuddy(m_written);
    m_letterLabel->setBuddy(m_letter);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_newMerge);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(done);
    layout->addLayout(form);
    layout->addWidget(m_letterLabel);
    layout->addLayout(letterRow);
    layout->addWidget(writtenLabel);
    layout->addWidget(m_written, 1);
    layout->addLayout(bottom);

    connect(m_copyLetter, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_letter->toPlainText());
        m_copyLetter->setText(tr("&Copied"));
    });
    connect(m_newMerge, &QPushButton::clicked, this, &SummaryStep::newMergeRequested);
}

void SummaryStep::showRun(const ops::MergeRun &run)
{
    const auto requestText
        = [this](std::optional<qint64> id) { return id ? tr("#%1").arg(*id) : tr("none"); };
    m_oldRequest->setText(requestText(run.oldRequestId()));
    m_newRequest->setText(requestText(run.newRequestId()));
    m_newRequest->setProperty("requestId",
                              run.newRequestId() ? QVariant(*run.newRequestId()) : QVariant());
    m_operationId->setText(run.operationId());
    const QString link = run.loginLink();
    m_loginLink->setText(link);
    m_loginLink->setVisible(!link.isEmpty());
    m_loginLinkLabel->setVisible(!link.isEmpty());

    const QList<merge::StepPreview> steps = run.plannedSteps();
    QStringList letters;
    for (const merge::StepPreview &step : steps) {
        for (const merge::WrittenText &text : step.texts) {
            if (text.kind == merge::WrittenText::Kind::Letter)
                letters << text.text;
        }
    }
    m_letter->setPlainText(letters.join(QStringLiteral("\n\n")));
    // Tall enough for a short letter without scrolling, never more than a third of the page.
    const int lines = int(m_letter->toPlainText().count(QLatin1Char('\n'))) + 3;
    m_letter->setFixedHeight(std::min(lines, 10) * m_letter->fontMetrics().lineSpacing()
                             + 2 * int(m_letter->document()->documentMargin())
                             + 2 * m_letter->frameWidth());
    QMap<merge::StepId, QString> outcomes;
    if (run.hasJournal()) {
        for (const merge::StepRecord &record : run.journal().steps())
            outcomes.insert(record.step,
                            merge_ui::stateMark(record.state) + QLatin1Char(' ')
                                + ops::stepStateDisplayName(record.state));
    }
    for (QWidget *widget :
         { static_cast<QWidget *>(m_letterLabel), static_cast<QWidget *>(m_letter),
           static_cast<QWidget *>(m_copyLetter) })
        widget->setVisible(!letters.isEmpty());
    m_copyLetter->setText(tr("&Copy the letter"));
    m_written->setSteps(steps, outcomes);
}

} // namespace opc::ui
