#include "StorageErrors.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QDir>

namespace fazhi::storage {

namespace {

// SQLite primary result codes we tell apart (sqlite3.h); Qt reports them as nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};
}  // namespace

QString displayPath(const QString &path) { return QDir::toNativeSeparators(path); }

Error notAWorkspace(const QString &path)
{
    return Error::data(Tr::tr("The file %1 is not a Fazhi Report workspace.")
                           .arg(displayPath(path)));
}

Error madeByNewerVersion(const QString &path)
{
    return Error::state(QCoreApplication::translate(
                            "fazhi",
                            "The workspace %1 was made by a newer version of Fazhi Report; install that "
                            "version to open it.")
                            .arg(displayPath(path)));
}

Error damagedWorkspace(const QString &path)
{
    return Error::data(QCoreApplication::translate(
                           "fazhi",
                           "The workspace %1 is damaged and cannot be opened safely; restore it from a "
                           "backup.")
                           .arg(displayPath(path)));
}

Error cannotRead(const QString &path)
{
    return Error::io(
        Tr::tr("The file %1 cannot be read.").arg(displayPath(path)));
}

Error cannotCreateFolder(const QString &folder)
{
    return Error::io(
        Tr::tr("The folder %1 cannot be created.").arg(displayPath(folder)));
}

Error cannotBackUp(const QString &path, const QString &backup, const QString &why)
{
    return Error::io(QCoreApplication::translate(
                         "fazhi",
                         "The workspace %1 was made by an earlier version and is upgraded when opened. A copy "
                         "of it as it is comes first, %2, and that copy could not be written (%3). Free some "
                         "space or allow writing in the folder, then open it again; the workspace is unchanged.")
                         .arg(displayPath(path), displayPath(backup), why));
}

Error unexpectedSchema(const QString &path)
{
    return Error::data(Tr::tr("%1 is not a review copy or workspace this program wrote: its tables have been changed "
                          "(or it holds views or triggers). It was not read.")
                           .arg(displayPath(path)));
}

Error receivedTooLarge(const QString &path, const QString &what)
{
    return Error::data(Tr::tr("%1 was not read: %2").arg(displayPath(path), what));
}

Error isAFolder(const QString &path)
{
    return Error::io(
        Tr::tr("%1 is a folder, not a workspace file.").arg(displayPath(path)));
}

Error conflict()
{
    return Error::conflict(QCoreApplication::translate(
        "fazhi", "This report was changed by another window or program; reload it and "
                 "make your change again."));
}

Error unknownReport(const QUuid &reportId)
{
    return Error::data(QCoreApplication::translate(
                           "fazhi", "The workspace has no report with the id %1 (it may have been deleted in "
                                    "another window).")
                           .arg(reportId.toString(QUuid::WithoutBraces)));
}

Error unknownNode(const QUuid &nodeId)
{
    return Error::data(Tr::tr("The report has no element with the id %1.")
                           .arg(nodeId.toString(QUuid::WithoutBraces)));
}

Error duplicateReport(const QUuid &reportId)
{
    return Error::data(
        Tr::tr("The workspace already holds a report with the id %1.")
            .arg(reportId.toString(QUuid::WithoutBraces)));
}

Error duplicateNode(const QUuid &nodeId)
{
    return Error::data(
        Tr::tr("The report already has an element with the id %1.")
            .arg(nodeId.toString(QUuid::WithoutBraces)));
}

Error unknownField(const QString &field)
{
    return Error::data(
        Tr::tr("The field \"%1\" does not exist on this element.").arg(field));
}

Error wrongType(const QString &field)
{
    return Error::data(
        Tr::tr("The value given for the field \"%1\" has the wrong type.")
            .arg(field));
}

Error invalidValue(const QString &field, const QString &value)
{
    return Error::data(
        Tr::tr("\"%1\" is not a valid value for the field \"%2\".")
            .arg(value, field));
}

Error invalidContainer()
{
    return Error::data(Tr::tr("The element cannot be placed there."));
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;  // extended codes carry the primary code in the low byte
}

Error fromSqlError(const QSqlError &error, const QString &path)
{
    const QString where = displayPath(path);
    const QString detail =
        error.databaseText().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    switch (sqliteCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return Error::state(
            Tr::tr("The workspace %1 is busy in another program; try again in a moment.")
                .arg(where));
    case SqliteReadOnly:
        return Error::io(QCoreApplication::translate(
                             "fazhi", "The workspace %1 cannot be changed because it is read-only.")
                             .arg(where));
    case SqliteFull:
        return Error::io(
            Tr::tr("The disk holding the workspace %1 is full.").arg(where));
    case SqliteCorrupt:
    case SqliteNotADb: return damagedWorkspace(path);
    case SqliteIoErr:
    case SqliteCantOpen:
    case SqliteNoMem:
        return Error::io(
            Tr::tr("The workspace %1 could not be read or written (%2).")
                .arg(where, detail));
    case SqliteConstraint:
        return Error::data(
            Tr::tr("The change does not fit the data in the workspace %1 (%2).")
                .arg(where, detail));
    default:
        return Error::io(
            Tr::tr("A database operation on the workspace %1 failed (%2).")
                .arg(where, detail));
    }
}

}  // namespace fazhi::storage
