// The installers' icon files: the ICO and ICNS writers (resources/IconContainers.h) read back by
// an independent reader here, and icon-packer run on the real app.svg. The Windows and macOS
// builds only embed these files, so this is where their format is checked.

#include "resources/IconContainers.h"

#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>

using opc::icons::PngImage;

namespace {

// A PNG of `size` pixels in a colour of its own, so a reader can tell which image it got.
QRgb colourFor(int size)
{
    return QColor::fromHsv((size * 37) % 360, 200, 200).rgb();
}

QByteArray pngOf(int size, int width = -1)
{
    QImage image(width < 0 ? size : width, size, QImage::Format_ARGB32);
    image.fill(colourFor(size));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QList<PngImage> imagesOf(const QList<int> &sizes)
{
    QList<PngImage> images;
    for (int size : sizes)
        images.append({ size, pngOf(size) });
    return images;
}

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 le32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint32 be32(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

// One image found in a container: its declared edge and the decoded picture.
struct Entry {
    int declaredSize = 0;
    QImage image;
};

// Reads an .ico the way Windows does; any structural fault fails the calling test.
QList<Entry> readIco(const QByteArray &ico)
{
    QList<Entry> entries;
    [&] {
        QVERIFY2(ico.size() >= 6, "shorter than the header");
        QCOMPARE(le16(ico, 0), quint16(0));
        QCOMPARE(le16(ico, 2), quint16(1));
        const int count = le16(ico, 4);
        QVERIFY(count > 0);
        QVERIFY2(ico.size() >= 6 + 16 * count, "shorter than the directory");
        // The images follow the directory back to back, in the directory's order.
        qsizetype expectedOffset = 6 + 16 * count;
        for (int i = 0; i < count; ++i) {
            const qsizetype at = 6 + 16 * i;
            const int width = quint8(ico.at(at)) == 0 ? 256 : quint8(ico.at(at));
            const int height = quint8(ico.at(at + 1)) == 0 ? 256 : quint8(ico.at(at + 1));
            QCOMPARE(width, height);
            QCOMPARE(quint8(ico.at(at + 2)), quint8(0)); // palette
            QCOMPARE(quint8(ico.at(at + 3)), quint8(0)); // reserved
            QCOMPARE(le16(ico, at + 4), quint16(1)); // planes
            QCOMPARE(le16(ico, at + 6), quint16(32)); // bits per pixel
            const quint32 length = le32(ico, at + 8);
            const quint32 offset = le32(ico, at + 12);
            QCOMPARE(qsizetype(offset), expectedOffset);
            QVERIFY2(qsizetype(offset) + length <= ico.size(), "an image runs past the file");
            const QByteArray png = ico.mid(offset, length);
            QVERIFY2(png.startsWith("\x89PNG\r\n\x1a\n"), "an entry is not a PNG");
            const QImage image = QImage::fromData(png, "PNG");
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), QSize(width, height));
            entries.append({ width, image });
            expectedOffset += length;
        }
        QCOMPARE(expectedOffset, ico.size());
    }();
    return entries;
}

// Reads an .icns: the header's length, then entries of (type, length including the 8-byte entry
// header, PNG). Returns the images by type; any structural fault fails the calling test.
QHash<QByteArray, Entry> readIcns(const QByteArray &icns)
{
    QHash<QByteArray, Entry> entries;
    [&] {
        QVERIFY2(icns.size() >= 8, "shorter than the header");
        QCOMPARE(icns.left(4), QByteArray("icns"));
        QCOMPARE(qsizetype(be32(icns, 4)), icns.size());
        qsizetype at = 8;
        while (at < icns.size()) {
            QVERIFY2(at + 8 <= icns.size(), "an entry header runs past the file");
            const QByteArray type = icns.mid(at, 4);
            const quint32 length = be32(icns, at + 4);
            QVERIFY2(length > 8, "an entry without data");
            QVERIFY2(at + qsizetype(length) <= icns.size(), "an entry runs past the file");
            QVERIFY2(!entries.contains(type), "an entry type appears twice");
            const QList<QByteArray> known { "icp4", "icp5", "icp6", "ic07", "ic08", "ic09",
                                            "ic10", "ic11", "ic12", "ic13", "ic14" };
            QVERIFY2(known.contains(type), type.constData());
            const QByteArray png = icns.mid(at + 8, length - 8);
            QVERIFY2(png.startsWith("\x89PNG\r\n\x1a\n"), "an entry is not a PNG");
            const QImage image = QImage::fromData(png, "PNG");
            QVERIFY(!image.isNull());
            QCOMPARE(image.width(), image.height());
            entries.insert(type, { image.width(), image });
            at += length;
        }
        QCOMPARE(at, icns.size());
    }();
    return entries;
}

// The edge each ICNS type holds, from Apple's type list (icp4–icp6 and ic07–ic10 at 1x, ic11–ic14
// the 2x images of 16, 32, 128 and 256 points), written out independently of the writer's table.
const QHash<QByteArray, int> kIcnsEdges { { "icp4", 16 },   { "icp5", 32 },  { "icp6", 64 },
                                          { "ic07", 128 },  { "ic08", 256 }, { "ic09", 512 },
                                          { "ic10", 1024 }, { "ic11", 32 },  { "ic12", 64 },
                                          { "ic13", 256 },  { "ic14", 512 } };

} // namespace

class TestIconContainers final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void icoHoldsEverySizeAsPng()
    {
        const QList<int> sizes = opc::icons::icoSizes();
        QCOMPARE(sizes, (QList<int> { 16, 24, 32, 48, 64, 128, 256 }));
        // Given largest first: the file lists them smallest first all the same.
        QList<PngImage> images = imagesOf(sizes);
        std::reverse(images.begin(), images.end());
        QString error;
        const QByteArray ico = opc::icons::buildIco(images, &error);
        QVERIFY2(!ico.isEmpty(), qPrintable(error));
        const QList<Entry> entries = readIco(ico);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(entries.size(), sizes.size());
        for (int i = 0; i < sizes.size(); ++i) {
            QCOMPARE(entries.at(i).declaredSize, sizes.at(i));
            QCOMPARE(entries.at(i).image.pixel(0, 0), colourFor(sizes.at(i)));
        }
    }

    void icnsHoldsEveryTypeAtItsSize()
    {
        const QList<int> sizes = opc::icons::icnsSizes();
        QString error;
        const QByteArray icns = opc::icons::buildIcns(imagesOf(sizes), &error);
        QVERIFY2(!icns.isEmpty(), qPrintable(error));
        const QHash<QByteArray, Entry> entries = readIcns(icns);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(entries.size(), kIcnsEdges.size());
        for (auto it = kIcnsEdges.cbegin(); it != kIcnsEdges.cend(); ++it) {
            QVERIFY2(entries.contains(it.key()), it.key().constData());
            QCOMPARE(entries.value(it.key()).declaredSize, it.value());
            QCOMPARE(entries.value(it.key()).image.pixel(0, 0), colourFor(it.value()));
            QVERIFY(opc::icons::icnsTypesForSize(it.value()).contains(it.key()));
        }
    }

    void pngSizeReadsTheHeader()
    {
        const opc::icons::PngSize size = opc::icons::pngSize(pngOf(48, 20));
        QCOMPARE(size.width, quint32(20));
        QCOMPARE(size.height, quint32(48));
        QCOMPARE(opc::icons::pngSize(QByteArray("GIF89a and more bytes than a header")).width,
                 quint32(0));
        QCOMPARE(opc::icons::pngSize(QByteArray()).width, quint32(0));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<bool>("ico");
        QTest::addColumn<QList<int>>("sizes");
        QTest::addColumn<QByteArray>("replacement"); // replaces the first image's PNG if set
        QTest::addColumn<QString>("message");
        QTest::newRow("ico: nothing")
            << true << QList<int> {} << QByteArray() << QStringLiteral("no images");
        QTest::newRow("ico: too large") << true << QList<int> { 16, 512 } << QByteArray()
                                        << QStringLiteral("1 to 256 px, not 512");
        QTest::newRow("ico: twice")
            << true << QList<int> { 32, 32 } << QByteArray() << QStringLiteral("twice");
        QTest::newRow("ico: not a PNG")
            << true << QList<int> { 16 } << QByteArray("BM....") << QStringLiteral("not a PNG");
        QTest::newRow("ico: wrong size")
            << true << QList<int> { 16 } << pngOf(17) << QStringLiteral("17×17");
        QTest::newRow("icns: nothing")
            << false << QList<int> {} << QByteArray() << QStringLiteral("no images");
        QTest::newRow("icns: no type for 48")
            << false << QList<int> { 16, 48 } << QByteArray()
            << QStringLiteral("no .icns entry type holds a 48 px image");
        QTest::newRow("icns: twice")
            << false << QList<int> { 64, 64 } << QByteArray() << QStringLiteral("twice");
        QTest::newRow("icns: not square")
            << false << QList<int> { 32 } << pngOf(32, 16) << QStringLiteral("16×32");
    }
    void badInputIsRefused()
    {
        QFETCH(bool, ico);
        QFETCH(QList<int>, sizes);
        QFETCH(QByteArray, replacement);
        QFETCH(QString, message);
        QList<PngImage> images = imagesOf(sizes);
        if (!replacement.isEmpty())
            images[0].png = replacement;
        QString error;
        const QByteArray bytes
            = ico ? opc::icons::buildIco(images, &error) : opc::icons::buildIcns(images, &error);
        QVERIFY(bytes.isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // The tool the Windows and macOS builds run, on the real source: the files it writes are
    // read back, and the icon is really drawn (the svg icon engine was found), not blank.
    void iconPackerPacksTheAppIcon()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ico = dir.filePath(QStringLiteral("app.ico"));
        const QString icns = dir.filePath(QStringLiteral("app.icns"));
        QProcess packer;
        packer.setProgram(qEnvironmentVariable("OPC_BIN_DIR") + QStringLiteral("/icon-packer"));
        packer.setArguments(
            { qEnvironmentVariable("OPC_SOURCE_DIR") + QStringLiteral("/resources/icons/app.svg"),
              ico, icns });
        packer.start();
        QVERIFY2(packer.waitForFinished(60000), qPrintable(packer.errorString()));
        QVERIFY2(packer.exitStatus() == QProcess::NormalExit && packer.exitCode() == 0,
                 packer.readAllStandardError().constData());

        QFile icoFile(ico);
        QVERIFY(icoFile.open(QIODevice::ReadOnly));
        const QList<Entry> icoEntries = readIco(icoFile.readAll());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(icoEntries.size(), opc::icons::icoSizes().size());
        QFile icnsFile(icns);
        QVERIFY(icnsFile.open(QIODevice::ReadOnly));
        const QHash<QByteArray, Entry> icnsEntries = readIcns(icnsFile.readAll());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(icnsEntries.size(), kIcnsEdges.size());
        for (auto it = icnsEntries.cbegin(); it != icnsEntries.cend(); ++it)
            QCOMPARE(it.value().declaredSize, kIcnsEdges.value(it.key()));

        // app.svg's screen covers the middle of the square and its corners are empty.
        for (const Entry &entry : icoEntries) {
            const int middle = entry.declaredSize / 2;
            QCOMPARE(entry.image.pixelColor(middle, middle).alpha(), 255);
            QCOMPARE(entry.image.pixelColor(0, 0).alpha(), 0);
        }
        const QImage largest = icnsEntries.value("ic10").image;
        QCOMPARE(largest.pixelColor(512, 512).alpha(), 255);
    }

    void iconPackerRefusesBadUsage()
    {
        QProcess packer;
        packer.setProgram(qEnvironmentVariable("OPC_BIN_DIR") + QStringLiteral("/icon-packer"));
        packer.setArguments({ QStringLiteral("app.svg"), QStringLiteral("app.png") });
        packer.start();
        QVERIFY(packer.waitForFinished(60000));
        QCOMPARE(packer.exitCode(), 2);
        QVERIFY(packer.readAllStandardError().contains("usage: icon-packer"));
    }
};

QTEST_GUILESS_MAIN(TestIconContainers)
#include "tst_icon_containers.moc"
