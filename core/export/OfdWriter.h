#pragma once
// OFD (GB/T 33190-2016 《电子文件存储与交换格式 版式文档》): the pages of the PDF (render/PageComposer,
// the same lines on the same pages) as text objects whose TextCode holds the Unicode text with every
// character's position, fonts embedded as subsets, A4 pages with the GB/T 9704 text area as content
// box, and the document's title and 成文日期 in its metadata.

#include "export/Formats.h"
#include "render/PageComposer.h"
#include "util/Result.h"

#include <QDate>

namespace fazhi {

struct OfdInfo {
    QString docId;       // 32 hex digits
    QDate creationDate;  // the day of the export
    QDate documentDate;  // 成文日期; not written when null
};

Result<QByteArray> renderOfd(const PageModel &model, const PageProfile &profile, const OfdInfo &info);

// The "ofd" format of export/Formats.cpp.
Result<QByteArray> formatAsOfd(const Report &report, const ExportOptions &options);

}  // namespace fazhi
