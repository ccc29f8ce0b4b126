// fazhi-make-icons OUTPUT_DIR: draws the app's icon (ui/common/Icons.cpp, the one drawing the window
// uses) into the files the packages install, so the desktop, the menus and Explorer show the same
// picture: the hicolor PNGs for Linux (OUTPUT_DIR/hicolor/NxN/apps/fazhi-report.png) and the .ico for
// Windows (OUTPUT_DIR/fazhi-report.ico). The results are committed under resources/icons; run this
// again only when the drawing changes (docs/packaging.md). Not part of the default build.

#include "common/Icons.h"
#include "shell/Language.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QtEndian>
#include <cstdio>

namespace {

QImage render(int side)
{
    return fazhi::ui::icon(fazhi::ui::IconKind::App).pixmap(QSize(side, side)).toImage().convertToFormat(QImage::Format_ARGB32);
}

void append16(QByteArray &out, quint16 v)
{
    const quint16 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void append32(QByteArray &out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

// One image of the .ico: a 32-bit DIB with its AND mask for the small sizes (every Windows tool reads
// those), PNG for 256 (as Windows itself stores large icons).
QByteArray iconImage(const QImage &image)
{
    QByteArray data;
    if (image.width() >= 256) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return data;
    }
    const int w = image.width();
    const int h = image.height();
    const int maskStride = ((w + 31) / 32) * 4;
    append32(data, 40);     // BITMAPINFOHEADER
    append32(data, quint32(w));
    append32(data, quint32(2 * h));  // colour and mask
    append16(data, 1);      // planes
    append16(data, 32);     // bits per pixel
    append32(data, 0);      // BI_RGB
    append32(data, quint32(w * h * 4 + maskStride * h));
    append32(data, 0);
    append32(data, 0);
    append32(data, 0);
    append32(data, 0);
    for (int y = h - 1; y >= 0; --y) {  // bottom-up, BGRA with straight alpha
        const QRgb *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            data.append(char(qBlue(row[x])));
            data.append(char(qGreen(row[x])));
            data.append(char(qRed(row[x])));
            data.append(char(qAlpha(row[x])));
        }
    }
    for (int y = h - 1; y >= 0; --y) {  // the AND mask: 1 where fully transparent
        const QRgb *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        QByteArray bits(maskStride, '\0');
        for (int x = 0; x < w; ++x) {
            if (qAlpha(row[x]) == 0)
                bits[x / 8] = char(bits.at(x / 8) | (0x80 >> (x % 8)));
        }
        data.append(bits);
    }
    return data;
}

QByteArray icoFile(const QList<int> &sides)
{
    QList<QByteArray> images;
    for (int side : sides)
        images.append(iconImage(render(side)));
    QByteArray out;
    append16(out, 0);  // ICONDIR
    append16(out, 1);
    append16(out, quint16(sides.size()));
    quint32 offset = quint32(6 + 16 * sides.size());
    for (int i = 0; i < sides.size(); ++i) {
        const int side = sides.at(i);
        out.append(char(side >= 256 ? 0 : side));  // 0 means 256
        out.append(char(side >= 256 ? 0 : side));
        out.append(char(0));  // no palette
        out.append(char(0));
        append16(out, 1);
        append16(out, 32);
        append32(out, quint32(images.at(i).size()));
        append32(out, offset);
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    return true;
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fazhi-make-icons OUTPUT_DIR (resources/icons)\n");
        return 2;
    }
    // The face the app draws the seal's character with (its application font).
    fazhi::ui::applyApplicationFont(app);
    const QDir out(QCoreApplication::arguments().at(1));  // UTF-16 on Windows, not the ANSI code page
    bool ok = true;
    // The sizes of the hicolor theme that desktops look up for applications and MIME types.
    for (int side : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        render(side).save(&buffer, "PNG");
        ok &= writeFile(out.filePath(QStringLiteral("hicolor/%1x%1/apps/fazhi-report.png").arg(side)), png);
    }
    // The sizes Explorer, the taskbar and the start menu use, at 100 % to 200 % scale.
    ok &= writeFile(out.filePath(QStringLiteral("fazhi-report.ico")), icoFile({16, 20, 24, 32, 40, 48, 64, 256}));
    return ok ? 0 : 1;
}
