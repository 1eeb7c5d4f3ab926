// icon-renderer: a build-time tool. Renders an SVG icon source to PNG at its logical size and at
// twice that ("name@2x.png", which QIcon picks on high-DPI screens by itself).
//   icon-renderer SOURCE.svg OUT.png SIZE
// Why not ship the SVGs: drawing them at start-up loads Qt's svg icon engine and parses every
// file before the first paint, which measured as a fifth of the console's start-up time.

#include <QGuiApplication>
#include <QIcon>
#include <QPixmap>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A build machine may have no screen; rendering needs none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(3).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0) {
        std::fprintf(stderr, "usage: icon-renderer SOURCE.svg OUT.png SIZE\n");
        return 2;
    }
    const QIcon icon(args.at(1));
    if (icon.isNull()) {
        std::fprintf(stderr,
                     "icon-renderer: cannot render %s: is Qt's svg icon engine installed "
                     "(Debian: libqt6svg6)?\n",
                     qPrintable(args.at(1)));
        return 1;
    }
    QString out = args.at(2);
    for (int scale : { 1, 2 }) {
        const QString path = scale == 1 ? out : out.chopped(4) + QStringLiteral("@2x.png");
        const QPixmap pixmap = icon.pixmap(QSize(size * scale, size * scale));
        if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
            std::fprintf(stderr, "icon-renderer: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
