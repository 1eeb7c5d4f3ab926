// icon-packer: a build-time tool. Renders the app icon's SVG at every size Windows and macOS
// ask for and packs the PNGs into the installers' icon files (IconContainers.h).
//   icon-packer SOURCE.svg OUT.ico|OUT.icns...     the format follows each output's extension
// Exit codes: 0 written, 1 cannot render or write, 2 bad usage.

#include "resources/IconContainers.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

#include <cstdio>

namespace {

// Drawn into a transparent square of exactly `size` pixels: QIcon::pixmap may return a smaller
// pixmap for a source that is not square, and an ICO or ICNS entry must be the size it declares.
QByteArray renderPng(const QIcon &icon, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, image.rect());
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // PNG support is built into Qt GUI, unlike most image formats (plugins).
    if (!image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG"))
        return {};
    return png;
}

int failWith(const QString &message)
{
    std::fprintf(stderr, "icon-packer: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // A build machine may have no screen; rendering needs none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    bool usageOk = args.size() >= 3;
    for (qsizetype i = 2; i < args.size(); ++i) {
        usageOk = usageOk
            && (args.at(i).endsWith(QLatin1String(".ico"))
                || args.at(i).endsWith(QLatin1String(".icns")));
    }
    if (!usageOk) {
        std::fprintf(stderr, "usage: icon-packer SOURCE.svg OUT.ico|OUT.icns...\n");
        return 2;
    }
    const QIcon icon(args.at(1));
    if (icon.isNull()) {
        return failWith(QStringLiteral("cannot render %1: is Qt's svg icon engine installed "
                                       "(Debian: libqt6svg6)?")
                            .arg(args.at(1)));
    }

    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &out = args.at(i);
        const bool ico = out.endsWith(QLatin1String(".ico"));
        QList<opc::icons::PngImage> images;
        for (int size : ico ? opc::icons::icoSizes() : opc::icons::icnsSizes()) {
            const QByteArray png = renderPng(icon, size);
            if (png.isEmpty())
                return failWith(
                    QStringLiteral("cannot render %1 at %2 px").arg(args.at(1)).arg(size));
            images.append({ size, png });
        }
        QString error;
        const QByteArray bytes
            = ico ? opc::icons::buildIco(images, &error) : opc::icons::buildIcns(images, &error);
        if (bytes.isEmpty())
            return failWith(QStringLiteral("cannot pack %1: %2").arg(out, error));
        // All or nothing: a half-written icon would break the next build's resource compiler.
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return failWith(QStringLiteral("cannot write %1: %2").arg(out, file.errorString()));
    }
    return 0;
}
