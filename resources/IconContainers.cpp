#include "resources/IconContainers.h"

#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <utility>

namespace opc::icons {

namespace {

// ICNS types that may hold PNG data (macOS 10.7+), with the edge each holds. Types of the same
// edge share one PNG: ic11 (16 pt at 2x) is the same 32-pixel image as icp5 (32 pt).
struct IcnsType {
    const char *type;
    int size;
};
constexpr IcnsType kIcnsTypes[] = {
    { "icp4", 16 },  { "icp5", 32 },  { "icp6", 64 },   { "ic07", 128 },
    { "ic08", 256 }, { "ic09", 512 }, { "ic10", 1024 }, { "ic11", 32 },
    { "ic12", 64 },  { "ic13", 256 }, { "ic14", 512 },
};

constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";
constexpr int kPngSignatureLength = 8;
// The signature, then the IHDR chunk's length and type, then its width and height.
constexpr int kPngWidthOffset = 16;

// ICO: a 6-byte header, then a 16-byte directory entry per image, then the images.
constexpr int kIcoHeaderSize = 6;
constexpr int kIcoEntrySize = 16;
constexpr int kIcoMaxSize = 256;
// ICNS: the file and each entry start with a 4-byte type and a 4-byte length.
constexpr int kIcnsHeaderSize = 8;

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The checks both containers share: at least one image, no edge twice, each PNG the edge it
// claims (a mismatch would show a blurred or cropped icon, silently).
bool checkImages(const QList<PngImage> &images, QString *error)
{
    if (images.isEmpty())
        return fail(error, QStringLiteral("no images to pack"));
    QSet<int> seen;
    for (const PngImage &image : images) {
        if (seen.contains(image.size))
            return fail(error, QStringLiteral("the %1 px image is given twice").arg(image.size));
        seen.insert(image.size);
        const PngSize size = pngSize(image.png);
        if (size.width == 0)
            return fail(error, QStringLiteral("the %1 px image is not a PNG").arg(image.size));
        if (size.width != quint32(image.size) || size.height != quint32(image.size))
            return fail(error,
                        QStringLiteral("the %1 px image is %2×%3 pixels")
                            .arg(image.size)
                            .arg(size.width)
                            .arg(size.height));
    }
    return true;
}

QList<PngImage> sortedBySize(QList<PngImage> images)
{
    std::sort(images.begin(), images.end(),
              [](const PngImage &a, const PngImage &b) { return a.size < b.size; });
    return images;
}

} // namespace

QList<int> icoSizes()
{
    return { 16, 24, 32, 48, 64, 128, 256 };
}

QList<int> icnsSizes()
{
    return { 16, 32, 64, 128, 256, 512, 1024 };
}

QList<QByteArray> icnsTypesForSize(int size)
{
    QList<QByteArray> types;
    for (const IcnsType &entry : kIcnsTypes) {
        if (entry.size == size)
            types.append(QByteArray(entry.type));
    }
    return types;
}

PngSize pngSize(const QByteArray &png)
{
    if (png.size() < kPngWidthOffset + 8
        || !png.startsWith(QByteArray(kPngSignature, kPngSignatureLength))
        || png.mid(12, 4) != "IHDR")
        return {};
    return { qFromBigEndian<quint32>(png.constData() + kPngWidthOffset),
             qFromBigEndian<quint32>(png.constData() + kPngWidthOffset + 4) };
}

QByteArray buildIco(const QList<PngImage> &images, QString *error)
{
    if (!checkImages(images, error))
        return {};
    for (const PngImage &image : images) {
        if (image.size < 1 || image.size > kIcoMaxSize) {
            fail(error,
                 QStringLiteral("an .ico holds images of 1 to %1 px, not %2")
                     .arg(kIcoMaxSize)
                     .arg(image.size));
            return {};
        }
    }
    const QList<PngImage> sorted = sortedBySize(images);
    QByteArray out;
    appendLe16(out, 0); // reserved
    appendLe16(out, 1); // type: icon (2 would be a cursor)
    appendLe16(out, quint16(sorted.size()));
    quint32 offset = quint32(kIcoHeaderSize + kIcoEntrySize * sorted.size());
    for (const PngImage &image : sorted) {
        // One byte per edge: 0 stands for 256.
        const char edge = char(image.size == kIcoMaxSize ? 0 : image.size);
        out.append(edge);
        out.append(edge);
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLe16(out, 1); // colour planes
        appendLe16(out, 32); // bits per pixel: the PNGs are 32-bit RGBA
        appendLe32(out, quint32(image.png.size()));
        appendLe32(out, offset);
        offset += quint32(image.png.size());
    }
    for (const PngImage &image : sorted)
        out.append(image.png);
    return out;
}

QByteArray buildIcns(const QList<PngImage> &images, QString *error)
{
    if (!checkImages(images, error))
        return {};
    QList<std::pair<QByteArray, const QByteArray *>> entries;
    for (const PngImage &image : images) {
        if (icnsTypesForSize(image.size).isEmpty()) {
            fail(error, QStringLiteral("no .icns entry type holds a %1 px image").arg(image.size));
            return {};
        }
    }
    // In the table's order, so the file does not depend on the order the images came in.
    for (const IcnsType &type : kIcnsTypes) {
        for (const PngImage &image : images) {
            if (image.size == type.size)
                entries.append({ QByteArray(type.type), &image.png });
        }
    }
    QByteArray body;
    for (const auto &[type, png] : entries) {
        body.append(type);
        appendBe32(body, quint32(kIcnsHeaderSize + png->size()));
        body.append(*png);
    }
    QByteArray out("icns");
    appendBe32(out, quint32(kIcnsHeaderSize + body.size()));
    out.append(body);
    return out;
}

} // namespace opc::icons
