#pragma once
// The one rendering pipeline: a report becomes a DocumentLayout once (numbering generated here and
// only here); each writer (txt, docx, pdf, html) turns the layout into its format.

#include "model/Report.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace fazhi {

// What a run of text is, so each writer can pick the font the page profile gives that role.
enum class RunRole {
    Text,             // body text
    PartNumber,       // 一、 (with the part heading: 黑体)
    PartHeading,
    SectionNumber,    // （一） (with the section lead: 楷体)
    SectionLead,
    PointNumber,      // 一是 / 1. (body font)
};

struct Run {
    RunRole role = RunRole::Text;
    QString text;
    QUuid nodeId;  // the model node this text comes from
};

enum class BlockKind {
    Title,          // 2号 小标宋, centred
    DetailLine,     // 信息来源 / 发布日期 (web layout only)
    Addressee,      // 主送机关, flush left
    PartHeading,    // standalone 一、 heading line
    SectionHeading, // standalone （一） heading line
    Paragraph,      // body paragraph, first-line indent; may open with a run-in lead
    Signature,      // right-aligned
    Date,           // right-aligned, under the signature
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    QList<Run> runs;
    QUuid nodeId;  // the node that owns the block (part, section, paragraph, point…)

    QString text() const;  // all runs joined
};

struct DocumentLayout {
    QString title;
    QString organization;  // document author
    QList<Block> blocks;
};

enum class LayoutTarget {
    Web,       // text/HTML for the website: 信息来源 / 发布日期 lines, no signature block unless set
    Document,  // .docx / PDF: title, addressee, body, signature and date
};

DocumentLayout buildLayout(const Report &report, LayoutTarget target);

}  // namespace fazhi
