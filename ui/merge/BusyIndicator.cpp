#include "ui/merge/BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace opc::ui {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_text(new QLabel(this))
{
    m_bar->setRange(0, 0); // no known end: the bar moves to and fro
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(96);
    m_bar->setMaximumHeight(m_text->sizeHint().height());
    m_text->setObjectName(QStringLiteral("busyText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Working"));
    // Keeps its height when idle, so the page does not jump when the work starts or ends.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setIdle();
}

void BusyIndicator::setBusy(const QString &text)
{
    m_busy = true;
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

void BusyIndicator::setIdle()
{
    m_busy = false;
    m_text->clear();
    hide();
}

} // namespace opc::ui
