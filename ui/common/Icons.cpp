#include "common/Icons.h"

#include <QFont>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>
#include <QRawFont>
#include <QTextLayout>

namespace fazhi::ui {

namespace {

const QColor kInk(0x3a, 0x45, 0x55);
const QColor kAccent(0x1f, 0x6f, 0xc5);
const QColor kRed(0xc2, 0x36, 0x2b);
const QColor kGreen(0x2e, 0x8b, 0x57);
const QColor kWordBlue(0x2b, 0x57, 0x9a);
const QColor kAmber(0xd9, 0x8a, 0x1c);

// The outline of `text` set in `font`, with the face's design metrics.
QPainterPath outline(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QPainterPath path;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QRawFont face = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (int i = 0; i < glyphs.size(); ++i)
            path.addPath(face.pathForGlyph(glyphs.at(i)).translated(positions.at(i)));
    }
    return path;
}

// Draws in a 24×24 grid; the engine scales it to the requested size.
class Painter {
public:
    Painter(QPainter &p, bool disabled) : p(p), disabled(disabled) {}

    QPen pen(const QColor &c, double width = 1.6) const
    {
        QPen pen(disabled ? QColor(0xa8, 0xae, 0xb6) : c, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        return pen;
    }
    QColor fill(const QColor &c) const { return disabled ? QColor(0xc8, 0xcc, 0xd2) : c; }

    void stroke(const QPainterPath &path, const QColor &c = kInk, double width = 1.6)
    {
        p.setPen(pen(c, width));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    void line(double x1, double y1, double x2, double y2, const QColor &c = kInk, double width = 1.6)
    {
        p.setPen(pen(c, width));
        p.drawLine(QPointF(x1, y1), QPointF(x2, y2));
    }
    void solid(const QPainterPath &path, const QColor &c)
    {
        p.setPen(Qt::NoPen);
        p.setBrush(fill(c));
        p.drawPath(path);
    }
    void dot(double x, double y, double r, const QColor &c = kInk)
    {
        p.setPen(Qt::NoPen);
        p.setBrush(fill(c));
        p.drawEllipse(QPointF(x, y), r, r);
    }

    // A sheet of paper with a folded corner.
    void sheet(double x, double y, double w, double h, const QColor &c = kInk)
    {
        QPainterPath path;
        const double fold = 4.5;
        path.moveTo(x, y);
        path.lineTo(x + w - fold, y);
        path.lineTo(x + w, y + fold);
        path.lineTo(x + w, y + h);
        path.lineTo(x, y + h);
        path.closeSubpath();
        p.setPen(pen(c));
        p.setBrush(disabled ? QColor(0xf0, 0xf0, 0xf0) : QColor(Qt::white));
        p.drawPath(path);
        QPainterPath corner;
        corner.moveTo(x + w - fold, y);
        corner.lineTo(x + w - fold, y + fold);
        corner.lineTo(x + w, y + fold);
        stroke(corner, c);
    }

    void badge(double cx, double cy, const QColor &c)
    {
        p.setPen(Qt::NoPen);
        p.setBrush(fill(c));
        p.drawEllipse(QPointF(cx, cy), 5.2, 5.2);
    }

    void label(const QRectF &r, const QString &text, const QColor &c, double px, bool bold = true)
    {
        // Glyph outlines made once and scaled: drawing text at every icon size would make a font engine
        // of the (large) CJK face for each pixel size, which showed in the start-up time. They come from
        // the application font at its own size, whose engine the window's text has made already: outlines
        // are the face's design outlines, and design metrics keep the letters' spacing true when scaled.
        static QHash<QString, QPainterPath> outlines;
        const QString key = text + (bold ? QLatin1Char('b') : QLatin1Char('r'));
        auto it = outlines.find(key);
        if (it == outlines.end()) {
            QFont f = QGuiApplication::font();
            f.setBold(bold);
            it = outlines.insert(key, outline(text, f));
        }
        const QRectF box = it->boundingRect();
        // Ink height as drawn text would have it: Latin capitals about 0.72 of the size, a Chinese
        // character about 0.88.
        const double ink = text.at(0).unicode() >= 0x2E80 ? 0.88 : 0.72;
        const double scale = px * ink / qMax(1.0, box.height());
        p.save();
        p.translate(r.center());
        p.scale(scale, scale);
        p.translate(-box.center());
        p.setPen(Qt::NoPen);
        p.setBrush(disabled ? QColor(0xa8, 0xae, 0xb6) : c);
        p.drawPath(*it);
        p.restore();
    }

    QPainter &p;
    bool disabled;
};

void plus(Painter &d, double cx, double cy, double r, const QColor &c, double w = 1.8)
{
    d.line(cx - r, cy, cx + r, cy, c, w);
    d.line(cx, cy - r, cx, cy + r, c, w);
}

void arrowHead(Painter &d, double x, double y, double dx, double dy, const QColor &c)
{
    // An open arrow head pointing along (dx, dy) with its tip at (x, y).
    QPainterPath path;
    path.moveTo(x - dx * 4 - dy * 4, y - dy * 4 + dx * 4);
    path.lineTo(x, y);
    path.lineTo(x - dx * 4 + dy * 4, y - dy * 4 - dx * 4);
    d.stroke(path, c, 1.8);
}

void textLines(Painter &d, double x, double y, double w, int lines, double gap = 3.2, const QColor &c = kInk)
{
    for (int i = 0; i < lines; ++i)
        d.line(x, y + i * gap, x + (i == lines - 1 ? w * 0.6 : w), y + i * gap, c, 1.3);
}

void draw(IconKind kind, Painter &d)
{
    QPainter &p = d.p;
    switch (kind) {
    case IconKind::App: {
        // A document with a red seal: the report and its signature.
        QPainterPath page;
        page.addRoundedRect(QRectF(3.5, 2, 15, 20), 1.6, 1.6);
        p.setPen(d.pen(kInk, 1.4));
        p.setBrush(QColor(Qt::white));
        p.drawPath(page);
        d.line(6.5, 6, 15.5, 6, kRed, 1.8);
        textLines(d, 6.5, 9.5, 9, 3, 2.8);
        d.badge(16.5, 17, kRed);
        d.label(QRectF(11.3, 11.8, 10.4, 10.4), QStringLiteral("法"), Qt::white, 7.5);
        break;
    }
    case IconKind::NewReport:
        d.sheet(4.5, 2.5, 13, 18);
        textLines(d, 7.5, 8.5, 7, 2);
        d.badge(17.5, 17.5, kGreen);
        plus(d, 17.5, 17.5, 2.8, Qt::white, 1.7);
        break;
    case IconKind::Import: {
        QPainterPath tray;
        tray.moveTo(3.5, 14);
        tray.lineTo(3.5, 20.5);
        tray.lineTo(20.5, 20.5);
        tray.lineTo(20.5, 14);
        d.stroke(tray);
        d.line(12, 3, 12, 15, kAccent, 1.9);
        arrowHead(d, 12, 15.5, 0, 1, kAccent);
        break;
    }
    case IconKind::Example: {
        QPainterPath book;
        book.moveTo(12, 6);
        book.cubicTo(9, 4, 6, 4, 3.5, 5);
        book.lineTo(3.5, 19);
        book.cubicTo(6, 18, 9, 18, 12, 20);
        book.cubicTo(15, 18, 18, 18, 20.5, 19);
        book.lineTo(20.5, 5);
        book.cubicTo(18, 4, 15, 4, 12, 6);
        book.lineTo(12, 20);
        d.stroke(book, kInk, 1.5);
        d.line(6, 8.5, 9.5, 9, kAccent, 1.3);
        d.line(6, 11.5, 9.5, 12, kAccent, 1.3);
        d.line(14.5, 9, 18, 8.5, kAccent, 1.3);
        break;
    }
    case IconKind::ExportWord:
        d.sheet(7, 2.5, 13, 18);
        textLines(d, 11, 8.5, 6, 3);
        p.setPen(Qt::NoPen);
        p.setBrush(d.fill(kWordBlue));
        p.drawRoundedRect(QRectF(2.5, 9, 10, 10), 1.5, 1.5);
        d.label(QRectF(2.5, 9, 10, 10), QStringLiteral("W"), Qt::white, 8);
        break;
    case IconKind::ExportPdf:
        d.sheet(7, 2.5, 13, 18);
        textLines(d, 11, 8.5, 6, 3);
        p.setPen(Qt::NoPen);
        p.setBrush(d.fill(kRed));
        p.drawRoundedRect(QRectF(1.5, 10, 13, 8.5), 1.5, 1.5);
        d.label(QRectF(1.5, 10, 13, 8.5), QStringLiteral("PDF"), Qt::white, 5.6);
        break;
    case IconKind::ExportWeb: {
        p.setPen(d.pen(kAccent, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        p.drawEllipse(QRectF(8.2, 3.5, 7.6, 17));
        d.line(3.5, 12, 20.5, 12, kAccent, 1.3);
        d.line(5, 7.5, 19, 7.5, kAccent, 1.1);
        d.line(5, 16.5, 19, 16.5, kAccent, 1.1);
        break;
    }
    case IconKind::ExportText:
        d.sheet(5, 2.5, 14, 19);
        textLines(d, 8, 8.5, 8, 4);
        break;
    case IconKind::Print:
    case IconKind::PrintPreview: {
        QPainterPath body;
        body.addRoundedRect(QRectF(3, 8.5, 18, 8.5), 1.8, 1.8);
        p.setPen(d.pen(kInk, 1.5));
        p.setBrush(QColor(0xee, 0xf1, 0xf5));
        p.drawPath(body);
        p.setBrush(QColor(Qt::white));
        p.drawRect(QRectF(7, 3, 10, 5.5));
        p.drawRect(QRectF(7, 13.5, 10, 7.5));
        d.dot(18, 11.3, 0.9, kGreen);
        if (kind == IconKind::PrintPreview) {
            p.setPen(d.pen(kAccent, 1.6));
            p.setBrush(QColor(Qt::white));
            p.drawEllipse(QPointF(15.5, 16.5), 3.6, 3.6);
            d.line(18.2, 19.2, 21, 22, kAccent, 2);
        } else {
            d.line(9, 16.5, 15, 16.5, kInk, 1.1);
            d.line(9, 18.8, 13.5, 18.8, kInk, 1.1);
        }
        break;
    }
    case IconKind::Undo:
    case IconKind::Redo: {
        p.save();
        if (kind == IconKind::Redo) {
            p.translate(24, 0);
            p.scale(-1, 1);
        }
        QPainterPath path;
        path.moveTo(5, 9.5);
        path.lineTo(14, 9.5);
        path.cubicTo(18.5, 9.5, 20.5, 12.5, 20.5, 15);
        path.cubicTo(20.5, 17.5, 18.5, 20, 14, 20);
        path.lineTo(9.5, 20);
        d.stroke(path, kAccent, 1.9);
        arrowHead(d, 4.8, 9.5, -1, 0, kAccent);
        p.restore();
        break;
    }
    case IconKind::Add:
        p.setPen(Qt::NoPen);
        p.setBrush(d.fill(kGreen));
        p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        plus(d, 12, 12, 4.3, Qt::white, 2.1);
        break;
    case IconKind::MoveUp:
    case IconKind::MoveDown: {
        const double dir = kind == IconKind::MoveUp ? -1 : 1;
        const double tip = kind == IconKind::MoveUp ? 4 : 20;
        d.line(12, 4, 12, 20, kAccent, 2);
        QPainterPath head;
        head.moveTo(5.5, tip - dir * 6.5);
        head.lineTo(12, tip);
        head.lineTo(18.5, tip - dir * 6.5);
        d.stroke(head, kAccent, 2);
        break;
    }
    case IconKind::Delete: {
        d.line(4, 6.5, 20, 6.5, kRed, 1.7);
        QPainterPath lid;
        lid.moveTo(9, 6.5);
        lid.lineTo(9.5, 3.5);
        lid.lineTo(14.5, 3.5);
        lid.lineTo(15, 6.5);
        d.stroke(lid, kRed, 1.5);
        QPainterPath can;
        can.moveTo(6, 6.5);
        can.lineTo(7.3, 20.5);
        can.lineTo(16.7, 20.5);
        can.lineTo(18, 6.5);
        d.stroke(can, kRed, 1.7);
        d.line(10, 10, 10.3, 17, kRed, 1.3);
        d.line(14, 10, 13.7, 17, kRed, 1.3);
        break;
    }
    case IconKind::Duplicate:
        d.sheet(3.5, 2.5, 11, 14);
        d.sheet(9.5, 7.5, 11, 14, kAccent);
        plus(d, 15, 14.5, 2.6, kAccent, 1.5);
        break;
    case IconKind::Settings: {
        // Three sliders.
        const double ys[] = {6, 12, 18};
        const double knobs[] = {15, 8, 13};
        for (int i = 0; i < 3; ++i) {
            d.line(3.5, ys[i], 20.5, ys[i], kInk, 1.5);
            p.setPen(d.pen(kAccent, 1.6));
            p.setBrush(QColor(Qt::white));
            p.drawEllipse(QPointF(knobs[i], ys[i]), 2.4, 2.4);
        }
        break;
    }
    case IconKind::Clear:
        p.setPen(Qt::NoPen);
        p.setBrush(d.disabled ? QColor(0xc4, 0xc9, 0xd0) : QColor(0x9a, 0xa2, 0xad));
        p.drawEllipse(QPointF(12, 12), 8, 8);
        p.setPen(QPen(Qt::white, 1.9, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8.8, 8.8), QPointF(15.2, 15.2));
        p.drawLine(QPointF(15.2, 8.8), QPointF(8.8, 15.2));
        break;
    case IconKind::Close:
        d.line(6.5, 6.5, 17.5, 17.5, kInk, 1.8);
        d.line(17.5, 6.5, 6.5, 17.5, kInk, 1.8);
        break;
    case IconKind::Search:
        p.setPen(d.pen(kInk, 1.7));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(10.5, 10.5), 6, 6);
        d.line(15, 15, 20.5, 20.5, kInk, 2.2);
        break;
    case IconKind::Details: {
        p.setPen(d.pen(kInk, 1.5));
        p.setBrush(QColor(Qt::white));
        p.drawRoundedRect(QRectF(3, 4.5, 18, 15), 2, 2);
        d.dot(7.5, 9.5, 1.2, kAccent);
        d.dot(7.5, 14.5, 1.2, kAccent);
        d.line(10.5, 9.5, 17.5, 9.5, kInk, 1.3);
        d.line(10.5, 14.5, 16, 14.5, kInk, 1.3);
        break;
    }
    case IconKind::Part:
        p.setPen(Qt::NoPen);
        p.setBrush(d.fill(kRed));
        p.drawRoundedRect(QRectF(3, 4, 4.5, 4.5), 1, 1);
        d.line(10, 6.2, 21, 6.2, kInk, 2.2);
        textLines(d, 6, 12, 15, 3, 3.6);
        break;
    case IconKind::Section:
        p.setPen(Qt::NoPen);
        p.setBrush(d.fill(kAccent));
        p.drawRoundedRect(QRectF(3, 4, 4.5, 4.5), 2.2, 2.2);
        d.line(10, 6.2, 19, 6.2, kAccent, 1.9);
        textLines(d, 6, 12, 15, 3, 3.6);
        break;
    case IconKind::Paragraph:
        d.line(7, 6, 20, 6, kInk, 1.4);
        d.line(4, 10, 20, 10, kInk, 1.4);
        d.line(4, 14, 20, 14, kInk, 1.4);
        d.line(4, 18, 13, 18, kInk, 1.4);
        break;
    case IconKind::Point:
        d.dot(5.5, 7, 1.8, kAccent);
        d.dot(5.5, 13, 1.8, kAccent);
        d.dot(5.5, 19, 1.8, kAccent);
        d.line(10, 7, 20, 7, kInk, 1.4);
        d.line(10, 13, 20, 13, kInk, 1.4);
        d.line(10, 19, 17, 19, kInk, 1.4);
        break;
    case IconKind::Fact:
        p.setPen(Qt::NoPen);
        p.setBrush(d.fill(kGreen));
        p.drawRect(QRectF(5, 13, 3.5, 7));
        p.setBrush(d.fill(kAccent));
        p.drawRect(QRectF(10.3, 8, 3.5, 12));
        p.setBrush(d.fill(kAmber));
        p.drawRect(QRectF(15.6, 4, 3.5, 16));
        d.line(3, 20.5, 21, 20.5, kInk, 1.3);
        break;
    case IconKind::Notes:
        d.sheet(4.5, 2.5, 15, 19);
        d.dot(8.5, 9, 1.1, kAmber);
        d.dot(8.5, 13, 1.1, kAmber);
        d.dot(8.5, 17, 1.1, kAmber);
        d.line(11, 9, 16.5, 9, kInk, 1.2);
        d.line(11, 13, 16.5, 13, kInk, 1.2);
        d.line(11, 17, 15, 17, kInk, 1.2);
        break;
    case IconKind::Help:
        p.setPen(d.pen(kAccent, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(12, 12), 9, 9);
        d.label(QRectF(3, 3, 18, 18), QStringLiteral("?"), kAccent, 12);
        break;
    }
}

class LineArtEngine : public QIconEngine {
public:
    explicit LineArtEngine(IconKind kind) : kind(kind) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        const double side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        Painter d(*painter, mode == QIcon::Disabled);
        draw(kind, d);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QString key = QStringLiteral("fazhi-icon-%1-%2-%3-%4-%5")
                                .arg(int(kind))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(scale);
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        pm = QPixmap(size * scale);
        pm.fill(Qt::transparent);
        {
            QPainter painter(&pm);
            paint(&painter, QRect(QPoint(0, 0), size * scale), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pm);
        return pm;
    }

    // Drawn to any size, but named sizes keep the platform from asking for all it might use: without
    // them the X11 window icon was drawn eight times, up to 512×512, before the first paint.
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64)};
    }

    QIconEngine *clone() const override { return new LineArtEngine(kind); }
    QString key() const override { return QStringLiteral("fazhi-line-art"); }

private:
    IconKind kind;
};

}  // namespace

QIcon icon(IconKind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it == cache.end())
        it = cache.insert(int(kind), QIcon(new LineArtEngine(kind)));
    return it.value();
}

void useAppIcon()
{
    static bool given = false;
    if (!given) {
        given = true;
        QGuiApplication::setWindowIcon(icon(IconKind::App));
    }
}

}  // namespace fazhi::ui
