#pragma once

#include "ui/pages/Pages.h"

#include <QWidget>

class QLabel;

namespace opc::ui {

// Heading and one sentence saying what a section will hold, until its feature issue fills it.
// The concrete pages derive from this so each can grow on its own.
class PlaceholderPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PageId pageId() const { return m_page; }

protected:
    PlaceholderPage(PageId page, const QString &description, QWidget *parent);

private:
    PageId m_page;
};

} // namespace opc::ui
