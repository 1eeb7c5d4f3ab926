#pragma once

// The app icon's containers for the installers: ICO (the Windows .exe, shortcuts and the MSI's
// entry in Add/Remove Programs) and ICNS (the macOS bundle). Both are a small header and a table
// of PNG images, so we write them ourselves instead of relying on optional Qt image plugins at
// build time. Pure functions over bytes: unit-tested on every platform
// (tests/unit/tst_icon_containers.cpp), used by icon-packer (IconPacker.cpp).

#include <QByteArray>
#include <QList>
#include <QString>

namespace opc::icons {

// One square image of the icon: its edge in pixels and the bytes of a PNG file of that size.
struct PngImage {
    int size = 0;
    QByteArray png;
};

// The edges Windows picks from for the .exe, shortcuts and Explorer at 100–200 % scaling.
QList<int> icoSizes();

// The edges the .icns entries hold: 16 to 512 points, each at 1x and 2x.
QList<int> icnsSizes();

// The ICNS entry types that hold an image of this edge (32 → icp5 for 32 pt, ic11 for 16 pt
// at 2x); empty for an edge no type holds.
QList<QByteArray> icnsTypesForSize(int size);

// The width and height a PNG file declares in its IHDR chunk, or 0×0 when it is no PNG.
struct PngSize {
    quint32 width = 0;
    quint32 height = 0;
};
PngSize pngSize(const QByteArray &png);

// The .ico file: one PNG-compressed entry per image, smallest first. Empty, with *error set,
// when there is no image, an edge is outside 1–256 or repeats, or a PNG is not the edge it
// claims.
QByteArray buildIco(const QList<PngImage> &images, QString *error = nullptr);

// The .icns file: for every image, an entry of each type that holds its edge. Empty, with
// *error set, when there is no image, an edge has no ICNS type or repeats, or a PNG is not the
// edge it claims.
QByteArray buildIcns(const QList<PngImage> &images, QString *error = nullptr);

} // namespace opc::icons
