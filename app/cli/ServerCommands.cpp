// fazhi-cli server init | add-user (app/cli/ServerCommands.h).
#include "ServerCommands.h"

#include "CliCommands.h"
#include "storage/ServerSecurity.h"
#include "storage/Workspace.h"
#include "model/ReportYear.h"
#include "workflow/CopyReport.h"
#include "workflow/Dashboard.h"

#include <QJsonDocument>

#include <QCoreApplication>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace fazhi::cli {

namespace {

struct ServerText {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// Typing on a terminal without echo, so the password is not shown.
class NoEcho {
public:
    NoEcho()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode) != 0;
        if (m_ok)
            SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~NoEcho()
    {
#ifdef Q_OS_WIN
        if (m_ok)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

int failWith(QTextStream &err, const Error &e)
{
    err << e.message << '\n';
    return e.code == Error::Code::Io ? WriteError : DataError;
}

}  // namespace

int runServer(const QStringList &args, const QString &workspace, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const QString usage = ServerText::tr(
        "usage: fazhi-cli --workspace postgresql://USER@HOST:PORT/DATABASE server init\n"
        "       fazhi-cli --workspace postgresql://USER@HOST:PORT/DATABASE server add-user NAME "
        "--organization ORG --role clerk|leader|county\n"
        "       (the new user's password: one line on standard input, or asked for on a terminal)\n");
    if (args.isEmpty()) {
        err << usage;
        return UsageError;
    }
    if (!Workspace::isServerAddress(workspace)) {
        err << ServerText::tr("server commands need --workspace postgresql://USER@HOST:PORT/DATABASE, "
                              "the server's database, with its owner as USER.\n");
        return UsageError;
    }
    const QString sub = args.first();
    if (sub == QLatin1String("init")) {
        if (args.size() != 1) {
            err << usage;
            return UsageError;
        }
        if (Status s = storage::initServer(workspace); !s)
            return failWith(err, s.error());
        err << ServerText::tr("The server's workspace is ready: schema, roles fazhi_clerk, fazhi_leader and "
                              "fazhi_county, row-level security and append-only records.\n");
        return Ok;
    }
    if (sub == QLatin1String("add-user")) {
        QString name;
        QString organization;
        QString role;
        for (int i = 1; i < args.size(); ++i) {
            const QString &a = args.at(i);
            auto value = [&](QString &into) {
                if (i + 1 >= args.size())
                    return false;
                into = args.at(++i);
                return true;
            };
            if (a == QLatin1String("--organization")) {
                if (!value(organization)) {
                    err << usage;
                    return UsageError;
                }
            } else if (a == QLatin1String("--role")) {
                if (!value(role)) {
                    err << usage;
                    return UsageError;
                }
            } else if (!a.startsWith(QLatin1String("--")) && name.isEmpty()) {
                name = a;
            } else {
                err << usage;
                return UsageError;
            }
        }
        const auto parsedRole = storage::serverRoleFromString(role);
        if (name.isEmpty() || organization.isEmpty() || !parsedRole) {
            err << usage;
            return UsageError;
        }
        QString password;
        if (stdinIsTerminal()) {
            err << ServerText::tr("Password for %1: ").arg(name);
            err.flush();
            NoEcho quiet;
            password = in.readLine();
            err << '\n';
        } else {
            password = in.readLine();
        }
        if (password.endsWith(u'\r'))
            password.chop(1);
        if (Status s = storage::addServerUser(workspace, name, organization, *parsedRole, password); !s)
            return failWith(err, s.error());
        out << name << '\n';
        return Ok;
    }
    err << usage;
    return UsageError;
}

int runDashboard(const QStringList &args, const QString &workspace, QTextStream &out, QTextStream &err)
{
    const QString usage = ServerText::tr("usage: fazhi-cli dashboard [--year YEAR] [--json]\n");
    const QDate today = QDate::currentDate();
    int year = reportYearFor(today);
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--json")) {
            json = true;
        } else if (args.at(i) == QLatin1String("--year") && i + 1 < args.size()) {
            bool ok = false;
            year = args.at(++i).toInt(&ok);
            if (!ok || year < 1 || year > 9999) {
                err << usage;
                return UsageError;
            }
        } else {
            err << usage;
            return UsageError;
        }
    }
    auto ws = Workspace::open(workspace.isEmpty() ? Workspace::defaultPath() : workspace);
    if (!ws)
        return failWith(err, ws.error());
    Result<QList<workflow::DashboardRow>> rows = workflow::dashboard(*ws.value(), year, today);
    if (!rows)
        return failWith(err, rows.error());
    if (json) {
        out << QString::fromUtf8(QJsonDocument(workflow::toJson(rows.value())).toJson(QJsonDocument::Indented));
        return Ok;
    }
    // organization, deadline, status, errors, warnings, last change, report id (tab-separated; - for none)
    for (const workflow::DashboardRow &row : rows.value()) {
        out << row.organization << '\t' << workflow::toString(row.deadline) << '\t'
            << (row.status ? toString(*row.status) : QStringLiteral("-")) << '\t' << row.errors << '\t'
            << row.warnings << '\t'
            << (row.updatedAt.isValid() ? row.updatedAt.toUTC().toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
            << (row.report.isNull() ? QStringLiteral("-") : row.report.toString(QUuid::WithoutBraces)) << '\n';
    }
    return Ok;
}

int runCopy(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage =
        ServerText::tr("usage: fazhi-cli copy ID --from WORKSPACE --to WORKSPACE   (a file or postgresql://...)\n");
    QString id;
    QString from;
    QString to;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if ((a == QLatin1String("--from") || a == QLatin1String("--to")) && i + 1 < args.size())
            (a == QLatin1String("--from") ? from : to) = args.at(++i);
        else if (!a.startsWith(QLatin1String("--")) && id.isEmpty())
            id = a;
        else {
            err << usage;
            return UsageError;
        }
    }
    const QUuid reportId = QUuid::fromString(id.trimmed());
    if (reportId.isNull() || from.isEmpty() || to.isEmpty()) {
        err << usage;
        return UsageError;
    }
    auto source = Workspace::open(from);
    if (!source)
        return failWith(err, source.error());
    auto target = Workspace::open(to);
    if (!target)
        return failWith(err, target.error());
    if (Status s = workflow::copyReport(*source.value(), *target.value(), reportId); !s)
        return failWith(err, s.error());
    out << reportId.toString(QUuid::WithoutBraces) << '\n';
    return Ok;
}

}  // namespace fazhi::cli
