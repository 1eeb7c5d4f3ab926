#pragma once

#include <QIcon>
#include <QString>

namespace opc::ui {

// The console's icon `name` (":/icons/<name>.png" and its "@2x" twin, rendered at build time).
// Read with Qt's built-in PNG reader, each scale only when a screen asks for it: QIcon's own
// loading decodes every file at once and asks every image-format plugin
// (svg, gif, jpeg, ico) whether it recognises the file, which loads all of them before the
// first paint.
QIcon loadIcon(const QString &name);

} // namespace opc::ui
