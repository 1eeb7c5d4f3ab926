#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace opc::test {

// Widgets a person can reach with the keyboard or the mouse, in `root`'s tree (root included).
// Hidden ones count too: they show up later and must be named by then.
inline QList<QWidget *> interactiveWidgets(QWidget *root)
{
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    QList<QWidget *> interactive;
    for (QWidget *widget : all) {
        if (widget->focusPolicy() != Qt::NoFocus)
            interactive << widget;
    }
    return interactive;
}

// "ClassName 'objectName'" of every interactive widget without an objectName or accessible name.
inline QStringList unnamedInteractiveWidgets(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : interactiveWidgets(root)) {
        if (widget->objectName().isEmpty() || widget->accessibleName().isEmpty())
            unnamed << QStringLiteral("%1 '%2'").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

} // namespace opc::test
