#pragma once
// The words of an import note, made when it is shown: from its code and arguments in the UI language of
// the moment ("年度：根据标题推断为 2023"); a note stored before notes had codes shows its sentence.

#include "model/Report.h"

#include <QString>

namespace fazhi {

QString importNoteText(const ImportNote &note);

// The name of a detail field as the details form shows it ("year" → 年度).
QString detailFieldName(const QString &field);

}  // namespace fazhi
