#pragma once

#include <QLabel>

namespace opc::ui {

// A one-line label that gives up width gracefully: when the window is narrower than its text it
// draws the text elided ("Нет связи: переп…") instead of pushing the window wider, and its
// tooltip keeps the whole text. Status bars need this: Russian runs a third longer than English.
class ElidedLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace opc::ui
