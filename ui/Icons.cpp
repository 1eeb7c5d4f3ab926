#include "ui/Icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <array>

namespace opc::ui {

namespace {

// Reads ":/icons/<name>.png" or its "@2x" twin only when a pixmap of that scale is asked for,
// so a 1x screen never decodes the 2x files.
class PngIconEngine final : public QIconEngine {
public:
    explicit PngIconEngine(QString name) : m_name(std::move(name)) { }

    QIconEngine *clone() const override { return new PngIconEngine(*this); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const bool sharp = scale > 1.0;
        QPixmap pixmap = variant(sharp);
        if (pixmap.isNull() && sharp)
            pixmap = variant(false);
        if (pixmap.isNull())
            return {};
        // `size` is in device pixels already (QIcon multiplies by the scale before asking).
        if (pixmap.size() != size) {
            pixmap = pixmap.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            pixmap.setDevicePixelRatio(scale);
        }
        if (mode == QIcon::Selected) {
            // The icons are one mid-tone colour: on a selection they take the selection's text
            // colour, so they stay readable in light and dark palettes alike.
            QPainter tint(&pixmap);
            tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
            tint.fillRect(QRect(QPoint(0, 0), pixmap.size()),
                          QApplication::palette().color(QPalette::HighlightedText));
        } else if (mode != QIcon::Normal && QApplication::style()) {
            QStyleOption option;
            pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        }
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const QSize base = variant(false).deviceIndependentSize().toSize();
        return base.isEmpty() ? size : base.boundedTo(size);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        const QSize base = variant(false).deviceIndependentSize().toSize();
        return base.isEmpty() ? QList<QSize> {} : QList<QSize> { base };
    }

    bool isNull() override { return variant(false).isNull(); }

private:
    QPixmap variant(bool sharp)
    {
        QPixmap &cached = m_variants[sharp ? 1 : 0];
        if (cached.isNull()) {
            const QString path = QStringLiteral(":/icons/") + m_name
                + (sharp ? QStringLiteral("@2x.png") : QStringLiteral(".png"));
            QImageReader reader(path, "png");
            reader.setAutoDetectImageFormat(false); // the format is known: ask no plugin
            QImage image = reader.read();
            if (!image.isNull()) {
                image.setDevicePixelRatio(sharp ? 2.0 : 1.0);
                cached = QPixmap::fromImage(std::move(image));
            }
        }
        return cached;
    }

    QString m_name;
    std::array<QPixmap, 2> m_variants; // 1x, 2x
};

} // namespace

QIcon loadIcon(const QString &name)
{
    return QIcon(new PngIconEngine(name));
}

} // namespace opc::ui
