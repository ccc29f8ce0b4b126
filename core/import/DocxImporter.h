#pragma once
// .docx import (ours, or one saved by Word or WPS): the document's paragraphs become text lines and go
// through the same importer as plain text. Details that our own export keeps in the package's custom
// properties (report id, 信息来源, 发布日期 …) are restored, so our export imports back to the same report.

#include "model/Report.h"
#include "util/Result.h"

namespace fazhi {

Result<Report> importDocxFile(const QString &path);
Result<Report> importDocxBytes(const QByteArray &bytes);

}  // namespace fazhi
