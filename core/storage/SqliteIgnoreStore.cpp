// SqliteWorkspace as an IgnoreStore: the findings the user chose to ignore, per report.
#include "SqliteWorkspaceImpl.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fazhi {

Result<check::IgnoreList> SqliteWorkspace::ignoredFindings(const QUuid &reportId)
{
    Result<Impl::ReportRow> row = d->reportRow(reportId);
    if (!row)
        return row.error();
    Result<QSqlQuery *> q = d->run(QStringLiteral("SELECT entries FROM check_ignores WHERE report_key = ?"), {row->key});
    if (!q)
        return q.error();
    const QString json = q.value()->next() ? q.value()->value(0).toString() : QString();
    q.value()->finish();
    return check::IgnoreList::fromJson(QJsonDocument::fromJson(json.toUtf8()).array());
}

Status SqliteWorkspace::setIgnoredFindings(const QUuid &reportId, const check::IgnoreList &list)
{
    return recordWrite(*d, reportId, [&](qint64 reportKey) {
        if (list.isEmpty())
            return d->execute(QStringLiteral("DELETE FROM check_ignores WHERE report_key = ?"), {reportKey});
        return d->execute(QStringLiteral("INSERT INTO check_ignores (report_key, entries) VALUES (?, ?) "
                                         "ON CONFLICT (report_key) DO UPDATE SET entries = excluded.entries"),
                          {reportKey, QString::fromUtf8(QJsonDocument(list.toJson()).toJson(QJsonDocument::Compact))});
    });
}

}  // namespace fazhi
