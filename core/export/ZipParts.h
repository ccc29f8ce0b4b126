#pragma once
// The ZIP package of the .docx and .ofd writers: the parts in the given order, deflated, without
// zip64 records or data descriptors, all with one fixed timestamp so that the same document gives
// the same bytes.

#include "util/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QList>
#include <QString>

#include <utility>

namespace fazhi {

// `failure` is the message of the error returned when the package cannot be written; `permissions`,
// when not empty, are stored as each part's Unix permissions.
Result<QByteArray> zipParts(const QList<std::pair<QString, QByteArray>> &parts, const QString &failure,
                            QFileDevice::Permissions permissions = {});

}  // namespace fazhi
