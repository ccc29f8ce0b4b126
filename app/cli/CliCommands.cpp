#include "CliCommands.h"
#include "ServerCommands.h"

#include "check/Checker.h"
#include "check/Rules.h"
#include "workflow/PreviousYear.h"
#include "workflow/ReviewWorkflow.h"
#include "export/Exporter.h"
#include "render/FontResolver.h"
#include "render/GlyphCoverage.h"
#include "import/DocxImporter.h"
#include "import/TextImporter.h"
#include "model/ImportNoteText.h"
#include "model/NextYear.h"
#include "model/Numbering.h"
#include "model/ReportJson.h"
#include "storage/Backups.h"
#include "storage/Workspace.h"
#include "util/SafeFile.h"
#include "util/SharedSettings.h"

#include "FazhiVersion.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMap>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <functional>

namespace fazhi::cli {

namespace {

// The CLI's texts, in the context "cli" (the same one way as core's fazhi::Tr, util/Translation.h).
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// A parsed command line: positionals, options with values, and flags.
struct Args {
    QStringList positional;
    QHash<QString, QString> options;
    QSet<QString> flags;
    QString error;

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString option(const QString &name) const { return options.value(name); }
};

Args parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Args parsed;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a;
            QString value;
            const int eq = a.indexOf(QLatin1Char('='));
            if (eq > 0) {
                name = a.left(eq);
                value = a.mid(eq + 1);
            }
            if (valueOptions.contains(name)) {
                if (eq < 0) {
                    if (i + 1 >= args.size()) {
                        parsed.error = CliText::tr("Option %1 needs a value.").arg(name);
                        return parsed;
                    }
                    value = args.at(++i);
                }
                parsed.options.insert(name, value);
            } else if (flagOptions.contains(name) && eq < 0) {
                parsed.flags.insert(name);
            } else {
                parsed.error = CliText::tr("Unknown option %1.").arg(a);
                return parsed;
            }
        } else {
            parsed.positional << a;
        }
    }
    return parsed;
}

const char *const kUsage = QT_TRANSLATE_NOOP("cli",
    "Usage: fazhi-cli [--workspace PATH] COMMAND [ARGUMENTS]\n"
    "\n"
    "Commands:\n"
    "  import FILE                      import a published report (.txt or .docx); prints the new id\n"
    "  list                             one report per line: id, year, organization, status, title\n"
    "  show ID [--json]                 the whole structure of a report\n"
    "  new --organization NAME --year N create a report from the regulation template; prints the id\n"
    "  export ID --format %1 --output PATH %2\n"
    "  delete ID                        delete a report\n"
    "  check ID [--json]                proofread and check completeness; exit status 1 if errors remain\n"
    "  fonts                            the installed font used for each role of the printed page\n"
    "  edit ID --node NODE --text TEXT  replace a node's text (paragraph, point, lead, heading, title)\n"
    "  review submit ID --by NAME [--note TEXT]          freeze a revision and submit it for review\n"
    "  review comment ID --node NODE --text TEXT --by NAME [--start N --end N]\n"
    "  review suggest ID --node NODE --text TEXT --by NAME   propose a replacement text\n"
    "  review reply ID --comment C --text TEXT --by NAME\n"
    "  review resolve ID --comment C [--by NAME]\n"
    "  review accept|reject ID --suggestion S [--by NAME] [--force]\n"
    "  review decide ID (--approve|--return) --opinion TEXT --by NAME\n"
    "  review reopen ID --by NAME\n"
    "  review publish ID --date YYYY-MM-DD [--url URL] [--by NAME] [--override-secrecy REASON]\n"
    "                                   refused while the secrecy check finds errors, unless the\n"
    "                                   approver overrides with a reason (kept in the record)\n"
    "  review list ID                   comments and suggestions with ids, authors and states\n"
    "  review export ID --output FILE   a review copy for another PC (a one-report workspace)\n"
    "  review import FILE               merge a review copy back; prints the report ids\n"
    "  history ID                       one line per revision and state change\n"
    "  diff ID [--from REV] [--to REV]  changes per section (default: last revision → current draft)\n"
    "  backup list                      one backup per line: path, date, reason, size in bytes, reports\n"
    "  backup now [--keep-days N]       back the workspace up now; prints the backup's path\n"
    "  backup restore BACKUP [--to PATH]  replace the workspace with a backup (the workspace as it is is\n"
    "                                   backed up first), or restore it as a new workspace file PATH\n"
    "\n"
    "The workspace is --workspace PATH, else the FAZHI_WORKSPACE variable, else the per-user default.\n"
    "Backups are kept in the folder NAME.backups beside the workspace file: one a day when a command\n"
    "opens it, kept for 14 days (the setting of the desktop app, or the FAZHI_BACKUP_DAYS variable).\n"
    "Exit status: 0 success, 2 usage error, 3 data or state error, 4 a file cannot be written.\n");

// "a", "a or b", "a, b or c": the registered formats for a message.
QString alternatives(const QStringList &items)
{
    QString text = items.value(0);
    for (qsizetype i = 1; i < items.size(); ++i)
        text = (i + 1 < items.size() ? CliText::tr("%1, %2") : CliText::tr("%1 or %2")).arg(text, items.at(i));
    return text;
}

QStringList formatIds(const QList<ExportFormat> &formats)
{
    QStringList ids;
    for (const ExportFormat format : formats)
        ids.append(format.id());
    return ids;
}

QString optionFlag(const QString &option) { return QStringLiteral("--") + option; }

// The usage with the export line filled in from the format table (export/Formats.cpp).
QString usageText()
{
    QStringList flags;
    for (const QString &option : exportOptions())
        flags.append(QLatin1Char('[') + optionFlag(option) + QLatin1Char(']'));
    return CliText::tr(kUsage).arg(formatIds(exportFormats()).join(QLatin1Char('|')), flags.join(QLatin1Char(' ')))
           + CliText::tr("check ID also takes --each (every finding on its own: repeated ones are otherwise one a text)\n"
                         "and --fix-all RULE (apply every fix of that rule, or of all rules with \"all\", then check again).\n"
                         "terms import FILE [--replace]  the office's wording list from a text file, one entry a line:\n"
                         "                                \"wrong => right\" (or tab-separated), # for comments\n"
                         "terms export FILE | terms list | terms clear   the list the checks use beside the built-in one\n")
           + CliText::tr("fazhi-cli --version prints the version of the program.\n")
           + CliText::tr("new --from ID [--year N]         next year's report from a report (default: its year + 1): the details,\n"
                         "                                 the parts and the work areas' leads, the years moved; prints the id\n")
           + CliText::tr("--workspace may name a PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE[?sslmode=...]\n"
                         "(the password from PGPASSWORD or the .pgpass file). On a server, as its owner:\n"
                         "server init                      the schema, the roles, row-level security\n"
                         "server add-user NAME --organization ORG --role clerk|leader|county\n"
                         "                                 a new user; the password is one line on standard input\n"
                         "copy ID --from WORKSPACE --to WORKSPACE   a report with its history and review records,\n"
                         "                                 between a file and a server either way\n"
                         "dashboard [--year Y] [--json]    one line per organization: deadline state (not-submitted,\n"
                         "                                 submitted, late, published), status, errors, warnings, last change\n");
}

// "fazhi-cli 0.1.0": the same in every language, for scripts and support calls.
QString versionLine() { return QStringLiteral("fazhi-cli ") + QLatin1String(FAZHI_VERSION) + QLatin1Char('\n'); }

class Cli {
public:
    Cli(QTextStream &out, QTextStream &err) : out(out), err(err) {}

    int run(QStringList args)
    {
        // --workspace may stand anywhere; take it out first.
        for (int i = 0; i < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--workspace")) {
                if (i + 1 >= args.size())
                    return usage(CliText::tr("Option --workspace needs a value."));
                workspacePath = args.at(i + 1);
                args.remove(i, 2);
                break;
            }
            if (args.at(i).startsWith(QLatin1String("--workspace="))) {
                workspacePath = args.at(i).mid(12);
                args.removeAt(i);
                break;
            }
        }
        if (args.isEmpty())
            return usage(QString());
        const QString command = args.takeFirst();
        if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
            out << usageText();
            return Ok;
        }
        if (command == QLatin1String("--version") || command == QLatin1String("version")) {
            out << versionLine();
            return Ok;
        }
        const QHash<QString, std::function<int(const QStringList &)>> commands{
            {QStringLiteral("import"), [this](const QStringList &a) { return cmdImport(a); }},
            {QStringLiteral("list"), [this](const QStringList &a) { return cmdList(a); }},
            {QStringLiteral("copy"), [this](const QStringList &a) { return runCopy(a, out, err); }},
            {QStringLiteral("dashboard"), [this](const QStringList &a) { return runDashboard(a, workspacePath, out, err); }},
            {QStringLiteral("server"),
             [this](const QStringList &a) {
                 QTextStream in(stdin);
                 return runServer(a, workspacePath, in, out, err);
             }},
            {QStringLiteral("show"), [this](const QStringList &a) { return cmdShow(a); }},
            {QStringLiteral("new"), [this](const QStringList &a) { return cmdNew(a); }},
            {QStringLiteral("export"), [this](const QStringList &a) { return cmdExport(a); }},
            {QStringLiteral("delete"), [this](const QStringList &a) { return cmdDelete(a); }},
            {QStringLiteral("check"), [this](const QStringList &a) { return cmdCheck(a); }},
            {QStringLiteral("edit"), [this](const QStringList &a) { return cmdEdit(a); }},
            {QStringLiteral("fonts"), [this](const QStringList &a) { return cmdFonts(a); }},
            {QStringLiteral("terms"), [this](const QStringList &a) { return cmdTerms(a); }},
            {QStringLiteral("review"), [this](const QStringList &a) { return cmdReview(a); }},
            {QStringLiteral("history"), [this](const QStringList &a) { return cmdHistory(a); }},
            {QStringLiteral("diff"), [this](const QStringList &a) { return cmdDiff(a); }},
            {QStringLiteral("backup"), [this](const QStringList &a) { return cmdBackup(a); }},
        };
        const auto it = commands.find(command);
        if (it == commands.end())
            return usage(CliText::tr("Unknown command \"%1\".").arg(command));
        return it.value()(args);
    }

private:
    int usage(const QString &message)
    {
        if (!message.isEmpty())
            err << message << '\n';
        err << usageText();
        return UsageError;
    }

    int fail(const Error &error)
    {
        err << error.message << '\n';
        return error.code == Error::Code::Io ? WriteError : DataError;
    }

    bool openWorkspace()
    {
        const QString path = workspacePath.isEmpty() ? Workspace::defaultPath() : workspacePath;
        auto opened = Workspace::open(path);
        if (!opened.ok()) {
            lastError = opened.error();
            return false;
        }
        workspace = std::move(opened.value());
        if (dailyBackup)
            takeDailyBackup();
        return true;
    }

    std::optional<QUuid> parseId(const QString &text)
    {
        const QUuid id = QUuid::fromString(text.trimmed());
        if (id.isNull())
            return std::nullopt;
        return id;
    }

    // Opens the workspace and loads the report named by `idText`; on failure prints and sets `code`.
    // The report id named by `idText`, with the workspace open; on failure prints and sets `code`.
    std::optional<QUuid> openReportId(const QString &idText, int &code)
    {
        const auto id = parseId(idText);
        if (!id) {
            code = usage(CliText::tr("\"%1\" is not a report id (a UUID as printed by list).").arg(idText));
            return std::nullopt;
        }
        if (!openWorkspace()) {
            code = fail(lastError);
            return std::nullopt;
        }
        return id;
    }

    std::optional<Report> loadReport(const QString &idText, int &code)
    {
        const auto id = openReportId(idText, code);
        if (!id)
            return std::nullopt;
        auto report = workspace->loadReport(*id);
        if (!report.ok()) {
            code = fail(report.error());
            return std::nullopt;
        }
        return std::move(report).value();
    }

    int cmdImport(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(CliText::tr("import takes one file."));
        const QString path = a.positional.first();
        const bool docx = QFileInfo(path).suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0;
        Result<Report> report = docx ? importDocxFile(path) : importTextFile(path);
        if (!report.ok()) {
            err << report.error().message << '\n';
            return DataError;  // an unreadable input is a data error, whatever the cause
        }
        if (!openWorkspace())
            return fail(lastError);
        // A report imported again is a new report: it gets a fresh id if this workspace holds the id.
        if (workspace->loadReport(report->id).ok())
            report->id = newId();
        auto id = workspace->insertReport(report.value());
        if (!id.ok())
            return fail(id.error());
        for (const ImportNote &note : report->importNotes)
            err << CliText::tr("note: ") << importNoteText(note) << '\n';
        out << id->toString(QUuid::WithoutBraces) << '\n';
        return Ok;
    }

    int cmdList(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (!a.positional.isEmpty())
            return usage(CliText::tr("list takes no arguments."));
        if (!openWorkspace())
            return fail(lastError);
        auto list = workspace->listReports();
        if (!list.ok())
            return fail(list.error());
        for (const ReportSummary &s : list.value()) {
            out << s.id.toString(QUuid::WithoutBraces) << '\t' << s.year << '\t' << s.organization << '\t'
                << toString(s.status) << '\t' << s.title << '\n';
        }
        return Ok;
    }

    int cmdShow(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {}, {QStringLiteral("--json")});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(CliText::tr("show takes one report id."));
        int code = Ok;
        const auto report = loadReport(a.positional.first(), code);
        if (!report)
            return code;
        if (a.has(QStringLiteral("--json")))
            out << QString::fromUtf8(QJsonDocument(toJson(*report)).toJson(QJsonDocument::Indented));
        else
            printOutline(*report);
        return Ok;
    }

    static QString idOf(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

    void printBody(const Body &body, const QString &indent)
    {
        for (const Paragraph &p : body.paragraphs)
            out << indent << "paragraph " << idOf(p.id) << "  " << p.text << '\n';
        for (int i = 0; i < body.points.size(); ++i) {
            const QString label = body.pointStyle == PointStyle::Numbered ? numbering::numberedPointLabel(i)
                                                                           : numbering::runInPointLabel(i);
            out << indent << "point " << idOf(body.points.at(i).id) << "  " << label << body.points.at(i).text
                << '\n';
        }
    }

    void printOutline(const Report &r)
    {
        const ReportDetails &d = r.details;
        out << "report " << idOf(r.id) << '\n'
            << "  title: " << r.effectiveTitle() << '\n'
            << "  organization: " << d.organization << '\n'
            << "  year: " << d.year << '\n'
            << "  status: " << toString(r.status) << '\n';
        if (!d.addressee.isEmpty())
            out << "  addressee: " << d.addressee << '\n';
        if (!d.signature.isEmpty())
            out << "  signature: " << d.signature << '\n';
        if (d.date.isValid())
            out << "  date: " << d.date.toString(Qt::ISODate) << '\n';
        if (!d.source.isEmpty())
            out << "  source: " << d.source << '\n';
        if (!d.publishedOn.isEmpty())
            out << "  published: " << d.publishedOn << '\n';
        for (const Paragraph &p : r.preamble)
            out << "  paragraph " << idOf(p.id) << "  " << p.text << '\n';
        for (int i = 0; i < r.parts.size(); ++i) {
            const Part &part = r.parts.at(i);
            out << "  part " << idOf(part.id) << " [" << toString(part.kind) << "]  " << numbering::partLabel(i)
                << r.effectiveHeading(part) << '\n';
            printBody(part.intro, QStringLiteral("    "));
            for (int j = 0; j < part.sections.size(); ++j) {
                const Section &s = part.sections.at(j);
                out << "    section " << idOf(s.id) << " [" << toString(s.headingStyle) << "]  "
                    << numbering::sectionLabel(j) << s.lead << '\n';
                printBody(s.body, QStringLiteral("      "));
                for (const Fact &f : s.facts)
                    out << "      fact " << idOf(f.id) << "  " << f.label << ' ' << f.value << f.qualifier << f.unit
                        << '\n';
            }
        }
        for (const Paragraph &p : r.closing)
            out << "  paragraph " << idOf(p.id) << "  " << p.text << '\n';
        for (const ImportNote &n : r.importNotes)
            out << "  note [" << n.kind << "] " << importNoteText(n) << '\n';
    }

    int cmdNew(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {QStringLiteral("--organization"), QStringLiteral("--year"), QStringLiteral("--from")}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (!a.positional.isEmpty())
            return usage(CliText::tr("new takes only --organization and --year."));
        if (a.options.contains(QStringLiteral("--from")))
            return newFromReport(a);
        const QString organization = a.option(QStringLiteral("--organization")).trimmed();
        bool yearOk = false;
        const int year = a.option(QStringLiteral("--year")).toInt(&yearOk);
        if (organization.isEmpty())
            return usage(CliText::tr("new needs --organization NAME."));
        if (!yearOk || year < 2000 || year > 2100)
            return usage(CliText::tr("new needs --year N with a year between 2000 and 2100."));
        if (!openWorkspace())
            return fail(lastError);
        auto id = workspace->insertReport(makeTemplateReport(organization, year));
        if (!id.ok())
            return fail(id.error());
        out << idOf(id.value()) << '\n';
        return Ok;
    }

    // Next year's report grown out of a report (model/NextYear.h): its details, parts and work areas' leads.
    int newFromReport(const Args &a)
    {
        if (a.options.contains(QStringLiteral("--organization")))
            return usage(CliText::tr("new takes either --from ID [--year N] or --organization NAME --year N."));
        int year = 0;
        if (a.options.contains(QStringLiteral("--year"))) {
            bool yearOk = false;
            year = a.option(QStringLiteral("--year")).toInt(&yearOk);
            if (!yearOk || year < 2000 || year > 2100)
                return usage(CliText::tr("new needs --year N with a year between 2000 and 2100."));
        }
        int code = Ok;
        const auto source = loadReport(a.option(QStringLiteral("--from")), code);
        if (!source)
            return code;
        if (year == 0 && (source->details.year + 1 < 2000 || source->details.year + 1 > 2100))
            return usage(CliText::tr("new needs --year N with a year between 2000 and 2100."));
        const NextYear next = nextYearReport(*source, year);
        auto id = workspace->insertReport(next.report);
        if (!id.ok())
            return fail(id.error());
        out << idOf(id.value()) << '\n';
        return Ok;
    }

    int cmdExport(const QStringList &argList)
    {
        QStringList flags;
        for (const QString &option : exportOptions())
            flags.append(optionFlag(option));
        const Args a = parseArgs(argList, {QStringLiteral("--format"), QStringLiteral("--output")}, flags);
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(CliText::tr("export takes one report id."));
        const auto format = exportFormatFromString(a.option(QStringLiteral("--format")));
        if (!format)
            return usage(CliText::tr("export needs --format %1.").arg(alternatives(formatIds(exportFormats()))));
        const QString output = a.option(QStringLiteral("--output"));
        if (output.isEmpty())
            return usage(CliText::tr("export needs --output PATH."));
        ExportOptions options;
        for (const QString &option : exportOptions()) {
            if (!a.has(optionFlag(option)))
                continue;
            if (!format->understands(option)) {
                return usage(CliText::tr("%1 applies only to --format %2.")
                                 .arg(optionFlag(option), alternatives(formatIds(formatsUnderstanding(option)))));
            }
            options.flags.insert(option);
        }
        int code = Ok;
        const auto report = loadReport(a.positional.first(), code);
        if (!report)
            return code;
        const Status status = exportReport(*report, *format, output, options);
        if (!status.ok())
            return fail(status.error());
        warnSecrecy(*report);
        return Ok;
    }

    // The checks' context as this user has it: ignored findings of the report, the office's own
    // published numbers from the settings (shared with the desktop app).
    check::CheckContext checkContext(const Report &report)
    {
        check::CheckContext context;
        context.today = QDate::currentDate();  // as the app's checks panel: an unsent draft past the deadline
        if (Result<check::IgnoreList> ignored = workspace->ignoredFindings(report.id); ignored.ok())
            context.ignored = ignored.value();
        context.publicContacts = QSettings().value(QLatin1String(settings::kPublicContacts)).toStringList();
        // Characters no installed font draws, as the app's checks panel finds them; the fonts are only
        // there to ask under a QGuiApplication (needsGui gives `check` one).
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            context.canDraw = canDrawCharacter;
        for (const check::TermEntry &e : userTerms())
            context.terms.add(e);
        return context;
    }

    // Every export may end up on the website: the secrecy preflight's findings go to stderr (the
    // file is written all the same and the exit status is unchanged).
    void warnSecrecy(const Report &report)
    {
        const QList<check::Finding> findings = check::checkSecrecy(report, checkContext(report));
        const check::FindingCounts counts = check::countFindings(findings);
        if (counts.errors + counts.warnings == 0)
            return;
        err << CliText::tr("Warning: not fit for publication yet: the secrecy check found %1 error(s) and %2 warning(s):")
                   .arg(counts.errors)
                   .arg(counts.warnings)
            << '\n';
        for (const check::Finding &f : findings) {
            if (!f.ignored)
                err << check::toDisplayLine(f) << '\n';
        }
    }

    int cmdDelete(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(CliText::tr("delete takes one report id."));
        int code = Ok;
        const auto id = openReportId(a.positional.first(), code);
        if (!id)
            return code;
        const Status status = workspace->deleteReport(*id);
        return status.ok() ? int(Ok) : fail(status.error());
    }

    int cmdCheck(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {QStringLiteral("--fix-all")}, {QStringLiteral("--json"), QStringLiteral("--each")});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(CliText::tr("check takes one report id."));
        int code = Ok;
        auto report = loadReport(a.positional.first(), code);
        if (!report)
            return code;
        // What was ignored in the app with a reason stays ignored here (and does not fail the check).
        check::CheckContext context = checkContext(*report);
        context.groupRepeated = !a.has(QStringLiteral("--each"));
        check::addPreviousYear(*workspace, *report, context);
        QList<check::Finding> findings = check::checkReport(*report, context);
        if (a.options.contains(QStringLiteral("--fix-all"))) {
            const QString rule = a.option(QStringLiteral("--fix-all"));
            if (rule != QLatin1String("all") && !check::ruleInfo(rule))
                return usage(CliText::tr("\"%1\" is not a rule id (see the rules in check --json output) or \"all\".").arg(rule));
            if (review::isLocked(report->status))
                return fail(Error::state(CliText::tr("The report is %1 and locked; reopen it (review reopen) to change it.")
                                             .arg(toString(report->status))));
            // One edit a text: all of its fixes applied from the end, so that earlier offsets stay valid.
            QHash<QString, QList<check::Finding>> byField;
            QStringList order;
            for (const check::Finding &f : std::as_const(findings)) {
                if (f.ignored || !f.fix || f.field.isEmpty() || (rule != QLatin1String("all") && f.rule != rule))
                    continue;
                const QString key = f.node.toString() + u'|' + f.field;
                if (!byField.contains(key))
                    order.append(key);
                byField[key].append(f);
            }
            int places = 0, texts = 0;
            for (const QString &key : std::as_const(order)) {
                const QList<check::Finding> &list = byField.value(key);
                const check::Finding &first = list.first();
                const auto text = check::fieldText(*report, first.node, first.field);
                if (!text)
                    continue;
                int applied = 0;
                const QString fixed = check::applyFixes(*text, list, &applied);
                if (applied == 0)
                    continue;
                const Status status = first.node == report->id
                    ? workspace->setDetail(report->id, first.field, fixed)
                    : workspace->setNodeField(report->id, first.node, first.field, fixed);
                if (!status.ok())
                    return fail(status.error());
                for (const check::Finding &f : list)
                    places += check::groupedCount(f);
                ++texts;
            }
            err << CliText::tr("Fixed %1 place(s) in %2 text(s).").arg(places).arg(texts) << '\n';
            report = loadReport(a.positional.first(), code);
            if (!report)
                return code;
            findings = check::checkReport(*report, context);
        }
        if (a.has(QStringLiteral("--json"))) {
            out << QString::fromUtf8(QJsonDocument(check::toJson(findings)).toJson(QJsonDocument::Indented));
        } else {
            for (const check::Finding &f : findings)
                out << check::toDisplayLine(f) << '\n';
            // Repeated findings of one rule over the whole report: "共 25 处", with the command that fixes them.
            QMap<QString, std::pair<int, int>> totals;  // rule → places, texts
            for (const check::Finding &f : findings) {
                if (f.count > 1 && !f.ignored) {
                    totals[f.rule].first += f.count;
                    totals[f.rule].second += 1;
                }
            }
            for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
                const auto info = check::ruleInfo(it.key());
                out << CliText::tr("%1: %2 places in %3 text(s), grouped; fix them all with --fix-all %4")
                           .arg(info ? info->title : it.key())
                           .arg(it.value().first)
                           .arg(it.value().second)
                           .arg(it.key())
                    << '\n';
            }
            out << check::summaryLine(check::countFindings(findings)) << '\n';
        }
        return check::hasActiveErrors(findings) ? 1 : int(Ok);  // 1: errors remain
    }

    // The office's wording list, kept in the settings the desktop app shares.
    static QList<check::TermEntry> userTerms()
    {
        const QString text = QSettings().value(QLatin1String(settings::kUserTerms)).toString();
        if (text.trimmed().isEmpty())
            return {};
        return check::TermList::parsePlainText(text).entries;
    }

    int cmdTerms(const QStringList &argList)
    {
        if (argList.isEmpty())
            return usage(CliText::tr("terms needs a subcommand: import, export, list or clear."));
        const QString sub = argList.first();
        const Args a = parseArgs(argList.mid(1), {}, {QStringLiteral("--replace")});
        if (!a.error.isEmpty())
            return usage(a.error);
        QSettings settings;
        const QString key = QLatin1String(settings::kUserTerms);
        if (sub == QLatin1String("list") && a.positional.isEmpty()) {
            out << check::TermList::toPlainText(userTerms());
            return Ok;
        }
        if (sub == QLatin1String("clear") && a.positional.isEmpty()) {
            settings.remove(key);
            settings.sync();
            return Ok;
        }
        if (sub == QLatin1String("export") && a.positional.size() == 1) {
            const QString text = check::TermList::toPlainText(userTerms());
            const Status written = writeFileAtomically(a.positional.first(), text.toUtf8());
            return written.ok() ? int(Ok) : fail(written.error());
        }
        if (sub == QLatin1String("import") && a.positional.size() == 1) {
            const Result<QByteArray> bytes = readInputFile(a.positional.first(), 4 * 1024 * 1024);
            if (!bytes.ok())
                return fail(bytes.error());
            const auto decoded = decodeText(bytes.value());
            if (!decoded.ok())
                return fail(decoded.error());
            const check::TermList::PlainText parsed = check::TermList::parsePlainText(decoded.value());
            for (const QString &e : parsed.errors)
                err << e << '\n';
            if (parsed.entries.isEmpty())
                return fail(Error::data(CliText::tr("No entry was imported.")));
            QList<check::TermEntry> entries = a.has(QStringLiteral("--replace")) ? QList<check::TermEntry>() : userTerms();
            int added = 0;
            for (const check::TermEntry &e : parsed.entries) {
                if (!entries.contains(e)) {
                    entries.append(e);
                    ++added;
                }
            }
            settings.setValue(key, check::TermList::toPlainText(entries));
            settings.sync();
            err << CliText::tr("Imported %1 entr(ies); the list has %2.").arg(added).arg(entries.size()) << '\n';
            return Ok;
        }
        return usage(CliText::tr("terms takes: import FILE [--replace], export FILE, list or clear."));
    }

    // ---- Review (issue [4/5]) ---------------------------------------------------------------

    // The name recorded for a step: --by, else the user name from the settings, else the login name.
    static QString actorName(const Args &a)
    {
        QString by = a.option(QStringLiteral("--by")).trimmed();
        if (by.isEmpty())
            by = QSettings().value(QLatin1String(settings::kUserName)).toString().trimmed();
        if (by.isEmpty())
            by = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER")).trimmed();
        return by;
    }

    std::optional<QUuid> requireId(const Args &a, const QString &option, int &code)
    {
        const QString text = a.option(option);
        if (text.isEmpty()) {
            code = usage(CliText::tr("This command needs %1 ID.").arg(option));
            return std::nullopt;
        }
        const auto id = parseId(text);
        if (!id)
            code = usage(CliText::tr("\"%1\" is not an id (a UUID).").arg(text));
        return id;
    }

    int cmdFonts(const QStringList &argList)
    {
        if (!argList.isEmpty())
            return usage(CliText::tr("fonts takes no arguments."));
        const PageProfile profile = gbt9704Profile();
        for (const ResolvedFont &f : resolveAllFonts(profile)) {
            out << fontRoleKey(f.role) << '\t' << (f.family.isEmpty() ? CliText::tr("(none installed)") : f.family) << '\t'
                << (f.fromChain ? QString() : CliText::tr("not in the fallback chain: ")) << profile.chain(f.role).families.join(QStringLiteral(" → "))
                << '\n';
        }
        return Ok;
    }

    int cmdEdit(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {QStringLiteral("--node"), QStringLiteral("--text")}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1 || !a.options.contains(QStringLiteral("--text")))
            return usage(CliText::tr("edit takes one report id, --node NODE and --text TEXT."));
        int code = Ok;
        const auto nodeId = requireId(a, QStringLiteral("--node"), code);
        if (!nodeId)
            return code;
        const auto report = loadReport(a.positional.first(), code);
        if (!report)
            return code;
        if (review::isLocked(report->status))
            return fail(Error::state(CliText::tr("The report is %1 and locked; reopen it (review reopen) to change it.")
                                         .arg(toString(report->status))));
        const auto node = findNode(*report, *nodeId);
        if (!node)
            return fail(Error::data(CliText::tr("There is no node %1 in this report.").arg(idOf(*nodeId))));
        const QString text = a.option(QStringLiteral("--text"));
        const Status status = node->type == NodeType::Report
            ? workspace->setDetail(report->id, QStringLiteral("title"), text)
            : workspace->setNodeField(report->id, *nodeId, node->textField, text);
        return status.ok() ? int(Ok) : fail(status.error());
    }

    int cmdReview(const QStringList &argList)
    {
        if (argList.isEmpty())
            return usage(CliText::tr("review needs a subcommand: submit, comment, suggest, reply, resolve, accept, reject, "
                            "decide, reopen, publish, list, export or import."));
        const QString sub = argList.first();
        const Args a = parseArgs(argList.mid(1),
                                 {QStringLiteral("--by"), QStringLiteral("--node"), QStringLiteral("--text"),
                                  QStringLiteral("--note"), QStringLiteral("--start"), QStringLiteral("--end"),
                                  QStringLiteral("--comment"), QStringLiteral("--suggestion"),
                                  QStringLiteral("--opinion"), QStringLiteral("--date"), QStringLiteral("--url"),
                                  QStringLiteral("--output"), QStringLiteral("--override-secrecy")},
                                 {QStringLiteral("--approve"), QStringLiteral("--return"), QStringLiteral("--force")});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (sub == QLatin1String("import")) {
            if (a.positional.size() != 1)
                return usage(CliText::tr("review import takes one file."));
            if (!openWorkspace())
                return fail(lastError);
            auto merged = review::importReviewCopy(*workspace, a.positional.first());
            if (!merged.ok())
                return fail(merged.error());
            const review::MergeSummary &m = merged.value();
            err << CliText::tr("merged: %1 new reports, %2 new comments, %3 updated comments, %4 new steps, %5 new revisions")
                       .arg(m.newReports).arg(m.newComments).arg(m.updatedComments).arg(m.newEvents).arg(m.newRevisions)
                << '\n';
            for (const QUuid &stale : m.staleSuggestions)
                err << CliText::tr("stale suggestion (the text changed meanwhile): %1").arg(idOf(stale)) << '\n';
            for (const QString &refused : m.refused)
                err << CliText::tr("not taken: %1").arg(refused) << '\n';
            for (const QUuid &id : m.reports)
                out << idOf(id) << '\n';
            return Ok;
        }
        if (a.positional.size() != 1)
            return usage(CliText::tr("review %1 takes one report id.").arg(sub));
        int code = Ok;
        const auto id = openReportId(a.positional.first(), code);
        if (!id)
            return code;
        const QString by = actorName(a);
        auto done = [&](const Status &s) { return s.ok() ? int(Ok) : fail(s.error()); };
        auto printId = [&](const Result<QUuid> &r) {
            if (!r.ok())
                return fail(r.error());
            out << idOf(r.value()) << '\n';
            return int(Ok);
        };
        if (sub == QLatin1String("submit")) {
            auto revision = review::submit(*workspace, *id, by, a.option(QStringLiteral("--note")));
            if (!revision.ok())
                return fail(revision.error());
            out << revision.value() << '\n';
            return Ok;
        }
        if (sub == QLatin1String("comment") || sub == QLatin1String("suggest")) {
            const auto node = requireId(a, QStringLiteral("--node"), code);
            if (!node)
                return code;
            if (!a.options.contains(QStringLiteral("--text")))
                return usage(CliText::tr("review %1 needs --text TEXT.").arg(sub));
            const QString text = a.option(QStringLiteral("--text"));
            if (sub == QLatin1String("suggest"))
                return printId(review::addSuggestion(*workspace, *id, *node, text, by));
            bool startOk = false, endOk = false;
            const int start = a.option(QStringLiteral("--start")).toInt(&startOk);
            const int end = a.option(QStringLiteral("--end")).toInt(&endOk);
            return printId(review::addComment(*workspace, *id, *node, text, by, startOk ? start : -1, endOk ? end : -1));
        }
        if (sub == QLatin1String("reply") || sub == QLatin1String("resolve")) {
            const auto comment = requireId(a, QStringLiteral("--comment"), code);
            if (!comment)
                return code;
            if (sub == QLatin1String("resolve"))
                return done(review::resolve(*workspace, *id, *comment, by));
            return printId(review::reply(*workspace, *id, *comment, a.option(QStringLiteral("--text")), by));
        }
        if (sub == QLatin1String("accept") || sub == QLatin1String("reject")) {
            const auto suggestion = requireId(a, QStringLiteral("--suggestion"), code);
            if (!suggestion)
                return code;
            if (sub == QLatin1String("accept"))
                return done(review::acceptSuggestion(*workspace, *id, *suggestion, by, a.has(QStringLiteral("--force"))));
            return done(review::rejectSuggestion(*workspace, *id, *suggestion, by));
        }
        if (sub == QLatin1String("decide")) {
            const bool approve = a.has(QStringLiteral("--approve"));
            if (approve == a.has(QStringLiteral("--return")))
                return usage(CliText::tr("review decide needs either --approve or --return."));
            const QString opinion = a.option(QStringLiteral("--opinion"));
            return done(approve ? review::approve(*workspace, *id, opinion, by)
                                : review::returnForChanges(*workspace, *id, opinion, by));
        }
        if (sub == QLatin1String("reopen"))
            return done(review::reopen(*workspace, *id, by, a.option(QStringLiteral("--note"))));
        if (sub == QLatin1String("publish")) {
            const QDate date = QDate::fromString(a.option(QStringLiteral("--date")), Qt::ISODate);
            if (!date.isValid())
                return usage(CliText::tr("review publish needs --date YYYY-MM-DD."));
            review::PublishOptions options;
            options.secrecyOverride = a.option(QStringLiteral("--override-secrecy")).simplified();
            if (a.options.contains(QStringLiteral("--override-secrecy")) && options.secrecyOverride.isEmpty())
                return usage(CliText::tr("--override-secrecy needs the reason for publishing despite the secrecy check."));
            auto report = workspace->loadReport(*id);
            if (!report.ok())
                return fail(report.error());
            options.checks = checkContext(report.value());
            // What stops publishing, on stderr, before the refusal (or the override) is stated.
            const QList<check::Finding> blockers = review::secrecyBlockers(report.value(), options.checks);
            for (const check::Finding &f : blockers)
                err << check::toDisplayLine(f) << '\n';
            const Status published = review::publish(*workspace, *id, date, a.option(QStringLiteral("--url")), by, options);
            if (!published.ok() && !blockers.isEmpty() && options.secrecyOverride.isEmpty()) {
                err << published.error().message << '\n'
                    << CliText::tr("To publish all the same, the approver states the reason: --override-secrecy \"REASON\".")
                    << '\n';
                return DataError;
            }
            if (published.ok() && !blockers.isEmpty())
                err << CliText::tr("Published with a secrecy override; the reason is kept in the review record.") << '\n';
            return done(published);
        }
        if (sub == QLatin1String("list")) {
            auto comments = workspace->listComments(*id);
            if (!comments.ok())
                return fail(comments.error());
            auto report = workspace->loadReport(*id);
            if (!report.ok())
                return fail(report.error());
            for (const Comment &c : comments.value()) {
                QString state = toString(c.state);
                if (c.kind == CommentKind::Suggestion && c.state == CommentState::Open && review::isStale(report.value(), c))
                    state += QStringLiteral(",stale");
                out << idOf(c.id) << '\t' << toString(c.kind) << '\t' << state << '\t' << c.author << '\t'
                    << idOf(c.kind == CommentKind::Reply ? c.parentId : c.nodeId) << '\t' << c.text << '\n';
            }
            return Ok;
        }
        if (sub == QLatin1String("export")) {
            const QString output = a.option(QStringLiteral("--output"));
            if (output.isEmpty())
                return usage(CliText::tr("review export needs --output FILE."));
            return done(review::exportReviewCopy(*workspace, *id, output));
        }
        return usage(CliText::tr("Unknown review subcommand \"%1\".").arg(sub));
    }

    // ---- Backups (storage/Backups.h) ------------------------------------------------------------

    QString chosenWorkspacePath() const
    {
        return QFileInfo(workspacePath.isEmpty() ? Workspace::defaultPath() : workspacePath).absoluteFilePath();
    }

    // FAZHI_BACKUP_DAYS, else the desktop app's setting, else the default.
    static int keepDays()
    {
        const QString fromEnvironment = qEnvironmentVariable("FAZHI_BACKUP_DAYS");
        if (!fromEnvironment.isEmpty())
            return clampBackupKeepDays(fromEnvironment);
        return clampBackupKeepDays(QSettings().value(QLatin1String(settings::kBackupKeepDays)));
    }

    // The day's snapshot when the workspace is opened (healthy: open() has checked it). A failure is a
    // warning: the command itself goes on.
    void takeDailyBackup()
    {
        const auto made = takeDailyBackupIfDue(*workspace, keepDays());
        if (!made.ok())
            err << CliText::tr("warning: the daily backup was not made: ") << made.error().message << '\n';
    }

    int cmdBackup(const QStringList &argList)
    {
        if (argList.isEmpty())
            return usage(CliText::tr("backup needs a subcommand: list, now or restore."));
        const QString sub = argList.first();
        const Args a = parseArgs(argList.mid(1), {QStringLiteral("--to"), QStringLiteral("--keep-days")}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (sub == QLatin1String("list")) {
            if (!a.positional.isEmpty() || !a.options.isEmpty())
                return usage(CliText::tr("backup list takes no arguments."));
            for (const BackupInfo &b : listBackups(chosenWorkspacePath())) {
                out << QDir::toNativeSeparators(b.path) << '\t' << b.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    << '\t' << backupReasonKey(b.reason) << '\t' << b.size << '\t'
                    << (b.reportCount < 0 ? QStringLiteral("-") : QString::number(b.reportCount)) << '\n';
            }
            return Ok;
        }
        if (sub == QLatin1String("now")) {
            if (!a.positional.isEmpty() || a.options.contains(QStringLiteral("--to")))
                return usage(CliText::tr("backup now takes only --keep-days N."));
            int days = keepDays();
            if (a.options.contains(QStringLiteral("--keep-days"))) {
                bool ok = false;
                days = a.option(QStringLiteral("--keep-days")).toInt(&ok);
                if (!ok || days < 1 || days > kMaxBackupKeepDays)
                    return usage(CliText::tr("--keep-days takes a number of days from 1 to %1.").arg(kMaxBackupKeepDays));
            }
            dailyBackup = false;  // this one instead
            if (!openWorkspace())
                return fail(lastError);
            const QDateTime now = QDateTime::currentDateTime();
            const auto made = backUpWorkspace(*workspace, BackupReason::Manual, now);
            if (!made.ok())
                return fail(made.error());
            pruneBackups(workspace->path(), days, now.date());
            out << QDir::toNativeSeparators(made->path) << '\n';
            return Ok;
        }
        if (sub == QLatin1String("restore")) {
            if (a.positional.size() != 1 || a.options.contains(QStringLiteral("--keep-days")))
                return usage(CliText::tr("backup restore takes one backup file and optionally --to PATH."));
            const QString backup = a.positional.first();
            if (a.options.contains(QStringLiteral("--to"))) {
                const QString to = a.option(QStringLiteral("--to"));
                if (to.trimmed().isEmpty())
                    return usage(CliText::tr("--to needs a path."));
                if (const Status s = restoreBackupAs(backup, to); !s)
                    return fail(s.error());
                err << CliText::tr("restored %1 as the new workspace %2").arg(QDir::toNativeSeparators(backup),
                                                                   QDir::toNativeSeparators(QFileInfo(to).absoluteFilePath()))
                    << '\n';
                return Ok;
            }
            // The workspace is replaced while no connection is open: never opened here. The desktop
            // app's lock keeps it from being replaced under an open window.
            const QString path = chosenWorkspacePath();
            QLockFile lock(path + QStringLiteral(".lock"));
            lock.setStaleLockTime(0);
            if (QFileInfo(path).absoluteDir().exists() && !lock.tryLock(300)) {
                if (lock.error() == QLockFile::LockFailedError)
                    return fail(Error::state(CliText::tr("The workspace %1 is open in Fazhi Report. Restore the backup there "
                                                "(File ▸ Restore from Backup…), or quit the app first.")
                                                 .arg(QDir::toNativeSeparators(path))));
                return fail(Error::io(CliText::tr("Fazhi Report cannot write in the folder of the workspace %1.")
                                          .arg(QDir::toNativeSeparators(path))));
            }
            const auto restored = restoreBackup(backup, path);
            if (!restored.ok())
                return fail(restored.error());
            err << CliText::tr("restored %1 to the workspace %2").arg(QDir::toNativeSeparators(restored->restored.path),
                                                            QDir::toNativeSeparators(path))
                << '\n';
            if (!restored->previousBackup.isEmpty())
                err << CliText::tr("the workspace as it was is kept as %1").arg(QDir::toNativeSeparators(restored->previousBackup))
                    << '\n';
            return Ok;
        }
        return usage(CliText::tr("Unknown backup subcommand \"%1\".").arg(sub));
    }

    int cmdHistory(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(CliText::tr("history takes one report id."));
        int code = Ok;
        const auto id = openReportId(a.positional.first(), code);
        if (!id)
            return code;
        auto entries = review::history(*workspace, *id);
        if (!entries.ok())
            return fail(entries.error());
        for (const review::HistoryEntry &e : entries.value()) {
            out << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t' << e.by << '\t' << e.what
                << '\t' << (e.revision > 0 ? QString::number(e.revision) : QStringLiteral("-")) << '\t' << e.opinion
                << '\n';
        }
        return Ok;
    }

    int cmdDiff(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {QStringLiteral("--from"), QStringLiteral("--to")}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(CliText::tr("diff takes one report id."));
        bool fromOk = true, toOk = true;
        const int from = a.options.contains(QStringLiteral("--from")) ? a.option(QStringLiteral("--from")).toInt(&fromOk) : 0;
        const int to = a.options.contains(QStringLiteral("--to")) ? a.option(QStringLiteral("--to")).toInt(&toOk) : 0;
        if (!fromOk || !toOk || from < 0 || to < 0)
            return usage(CliText::tr("--from and --to take revision numbers."));
        int code = Ok;
        const auto id = openReportId(a.positional.first(), code);
        if (!id)
            return code;
        auto units = review::diff(*workspace, *id, from, to);
        if (!units.ok())
            return fail(units.error());
        for (const UnitDiff &u : units.value()) {
            if (u.change == UnitDiff::Unchanged)
                continue;
            const char *what = u.change == UnitDiff::Added ? "added" : u.change == UnitDiff::Removed ? "removed" : "changed";
            out << "== " << u.label << ' ' << what << " (" << idOf(u.nodeId) << ")\n";
            for (const DiffSegment &seg : u.segments) {
                if (seg.op == DiffSegment::Equal)
                    out << seg.text;
                else if (seg.op == DiffSegment::Delete)
                    out << "[-" << seg.text << "-]";
                else
                    out << "{+" << seg.text << "+}";
            }
            out << '\n';
        }
        return Ok;
    }

    QTextStream &out;
    QTextStream &err;
    QString workspacePath;
    std::unique_ptr<Workspace> workspace;
    Error lastError;
    bool dailyBackup = true;  // openWorkspace() takes the day's snapshot
};

}  // namespace

bool needsGui(const QStringList &args)
{
    // Font lookup, the check (it asks which characters the fonts draw) and the formats laid out with
    // fonts (PDF, OFD) need a QGuiApplication; everything else runs without one.
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("fonts") || a == QLatin1String("check"))
            return true;
        QString id;
        if (a.startsWith(QLatin1String("--format="), Qt::CaseInsensitive))
            id = a.mid(9);
        else if (a == QLatin1String("--format") && i + 1 < args.size())
            id = args.at(i + 1);
        const auto format = exportFormatFromString(id);
        if (format && format->needsFonts())
            return true;
    }
    return false;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli(out, err).run(args);
}

}  // namespace fazhi::cli
