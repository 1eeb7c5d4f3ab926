// icon-renderer: a build-time tool. Renders an SVG icon source to PNG at its logical size and at
// twice that ("name@2x.png", which QIcon picks on high-DPI screens by itself).
//   icon-renderer SOURCE.svg OUT.png SIZE            OUT.png and OUT@2x.png
//   icon-renderer --exact SOURCE.svg OUT.png SIZE    only OUT.png, SIZE x SIZE pixels (the
//                                                    packages' fixed icon sizes)
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
    QStringList args = QGuiApplication::arguments();
    const bool exact = args.size() > 1 && args.at(1) == QLatin1String("--exact");
    if (exact)
        args.removeAt(1);
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(3).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0) {
        std::fprintf(stderr, "usage: icon-renderer [--exact] SOURCE.svg OUT.png SIZE\n");
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
    const QList<int> scales = exact ? QList<int> { 1 } : QList<int> { 1, 2 };
    for (int scale : scales) {
        const QString path = scale == 1 ? out : out.chopped(4) + QStringLiteral("@2x.png");
        const QPixmap pixmap = icon.pixmap(QSize(size * scale, size * scale));
        if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
            std::fprintf(stderr, "icon-renderer: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
