#include "TextWriter.h"

namespace fazhi {

QString renderText(const DocumentLayout &layout)
{
    QString out;
    BlockKind previous = BlockKind::Title;
    bool first = true;
    for (const Block &block : layout.blocks) {
        if (!first) {
            // Lines that belong together (title with its detail lines, signature with date) are not
            // separated by a blank line.
            const bool together = (block.kind == BlockKind::DetailLine
                                   && (previous == BlockKind::Title || previous == BlockKind::DetailLine))
                || (block.kind == BlockKind::Date && previous == BlockKind::Signature);
            out += together ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
        out += block.text();
        previous = block.kind;
        first = false;
    }
    out += QLatin1Char('\n');
    return out;
}

Result<QByteArray> formatAsText(const Report &report, const ExportOptions &)
{
    // With a UTF-8 byte order mark: Notepad before Windows 10 1903 (and Word's text import) guess
    // the ANSI code page for UTF-8 without one and show Chinese as mojibake. The importer reads it.
    return QByteArray("\xEF\xBB\xBF") + renderText(buildLayout(report, LayoutTarget::Web)).toUtf8();
}

}  // namespace fazhi
