#include "ui/merge/StepPreviewView.h"

#include <QCoreApplication>
#include <QLocale>

namespace opc::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Keeps the line breaks of a comment or letter.
QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

} // namespace

QString writtenKindName(merge::WrittenText::Kind kind)
{
    switch (kind) {
    case merge::WrittenText::Kind::Comment:
        return QCoreApplication::translate("opc::ui::StepPreviewView", "Comment");
    case merge::WrittenText::Kind::TeacherRequest:
        return QCoreApplication::translate("opc::ui::StepPreviewView", "Teacher request");
    case merge::WrittenText::Kind::Letter:
        return QCoreApplication::translate("opc::ui::StepPreviewView", "Letter");
    }
    return {};
}

StepPreviewView::StepPreviewView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(8);
}

void StepPreviewView::setSteps(const QList<merge::StepPreview> &steps,
                               const QMap<merge::StepId, QString> &outcomes)
{
    const QLocale locale;
    QString html;
    html += QStringLiteral("<html><body>");
    int number = 0;
    for (const merge::StepPreview &step : steps) {
        ++number;
        const QString outcome = outcomes.value(step.step);
        html += QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px'>%1. %2%3</h3>")
                    .arg(locale.toString(number), escaped(step.title),
                         outcome.isEmpty()
                             ? QString()
                             : QStringLiteral(" <span style='font-weight:normal'>— %1</span>")
                                   .arg(escaped(outcome)));
        if (!step.changes.isEmpty()) {
            html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='0'>");
            for (const merge::ValueChange &change : step.changes) {
                const bool same = change.before == change.after;
                html += QStringLiteral("<tr><td style='padding-right:12px'>%1</td>"
                                       "<td>%2</td><td>&nbsp;→&nbsp;</td><td>%3</td></tr>")
                            .arg(escaped(change.label), escaped(change.before),
                                 same ? tr("%1 (unchanged)").arg(escaped(change.after))
                                      : QStringLiteral("<b>%1</b>").arg(escaped(change.after)));
            }
            html += QStringLiteral("</table>");
        }
        for (const merge::WrittenText &text : step.texts) {
            html += QStringLiteral("<p style='margin-top:8px; margin-bottom:2px'><i>%1: %2</i></p>")
                        .arg(escaped(writtenKindName(text.kind)), escaped(text.where));
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='6' "
                                   "border='1' style='border-style:solid; border-color:#b0b0b0'>"
                                   "<tr><td>%1</td></tr></table>")
                        .arg(paragraphs(text.text));
        }
        if (!step.notes.isEmpty()) {
            html += QStringLiteral("<ul style='margin-top:6px'>");
            for (const QString &note : step.notes)
                html += QStringLiteral("<li>%1</li>").arg(escaped(note));
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("</body></html>");
    m_stepCount = int(steps.size());
    setHtml(html);
}

} // namespace opc::ui
