#include "CliCommands.h"

#include "check/Checker.h"
#include "check/PreviousYear.h"
#include "export/Exporter.h"
#include "import/DocxImporter.h"
#include "import/TextImporter.h"
#include "model/Numbering.h"
#include "model/ReportJson.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <functional>

namespace fazhi::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

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
                        parsed.error = tr("Option %1 needs a value.").arg(name);
                        return parsed;
                    }
                    value = args.at(++i);
                }
                parsed.options.insert(name, value);
            } else if (flagOptions.contains(name) && eq < 0) {
                parsed.flags.insert(name);
            } else {
                parsed.error = tr("Unknown option %1.").arg(a);
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
    "  export ID --format txt|docx|pdf|html --output PATH [--pdfa] [--fragment]\n"
    "  delete ID                        delete a report\n"
    "  check ID [--json]                proofread and check completeness; exit status 1 if errors remain\n"
    "\n"
    "The workspace is --workspace PATH, else the FAZHI_WORKSPACE variable, else the per-user default.\n"
    "Exit status: 0 success, 2 usage error, 3 data or state error, 4 a file cannot be written.\n");

class Cli {
public:
    Cli(QTextStream &out, QTextStream &err) : out(out), err(err) {}

    int run(QStringList args)
    {
        // --workspace may stand anywhere; take it out first.
        for (int i = 0; i < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--workspace")) {
                if (i + 1 >= args.size())
                    return usage(tr("Option --workspace needs a value."));
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
            out << tr(kUsage);
            return Ok;
        }
        const QHash<QString, std::function<int(const QStringList &)>> commands{
            {QStringLiteral("import"), [this](const QStringList &a) { return cmdImport(a); }},
            {QStringLiteral("list"), [this](const QStringList &a) { return cmdList(a); }},
            {QStringLiteral("show"), [this](const QStringList &a) { return cmdShow(a); }},
            {QStringLiteral("new"), [this](const QStringList &a) { return cmdNew(a); }},
            {QStringLiteral("export"), [this](const QStringList &a) { return cmdExport(a); }},
            {QStringLiteral("delete"), [this](const QStringList &a) { return cmdDelete(a); }},
            {QStringLiteral("check"), [this](const QStringList &a) { return cmdCheck(a); }},
        };
        const auto it = commands.find(command);
        if (it == commands.end())
            return usage(tr("Unknown command \"%1\".").arg(command));
        return it.value()(args);
    }

private:
    int usage(const QString &message)
    {
        if (!message.isEmpty())
            err << message << '\n';
        err << tr(kUsage);
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
    std::optional<Report> loadReport(const QString &idText, int &code)
    {
        const auto id = parseId(idText);
        if (!id) {
            code = usage(tr("\"%1\" is not a report id (a UUID as printed by list).").arg(idText));
            return std::nullopt;
        }
        if (!openWorkspace()) {
            code = fail(lastError);
            return std::nullopt;
        }
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
            return usage(tr("import takes one file."));
        const QString path = a.positional.first();
        const bool docx = QFileInfo(path).suffix().compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0;
        Result<Report> report = docx ? importDocxFile(path) : importTextFile(path);
        if (!report.ok())
            return fail(report.error());
        if (!openWorkspace())
            return fail(lastError);
        // A report imported again is a new report: it gets a fresh id if this workspace holds the id.
        if (workspace->loadReport(report->id).ok())
            report->id = newId();
        auto id = workspace->insertReport(report.value());
        if (!id.ok())
            return fail(id.error());
        for (const ImportNote &note : report->importNotes)
            err << tr("note: ") << note.message << '\n';
        out << id->toString(QUuid::WithoutBraces) << '\n';
        return Ok;
    }

    int cmdList(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (!a.positional.isEmpty())
            return usage(tr("list takes no arguments."));
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
            return usage(tr("show takes one report id."));
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
            const QString label = body.pointStyle == PointStyle::RunIn ? numbering::runInPointLabel(i)
                                                                        : numbering::numberedPointLabel(i);
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
            out << "  note [" << n.kind << "] " << n.message << '\n';
    }

    int cmdNew(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {QStringLiteral("--organization"), QStringLiteral("--year")}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (!a.positional.isEmpty())
            return usage(tr("new takes only --organization and --year."));
        const QString organization = a.option(QStringLiteral("--organization")).trimmed();
        bool yearOk = false;
        const int year = a.option(QStringLiteral("--year")).toInt(&yearOk);
        if (organization.isEmpty())
            return usage(tr("new needs --organization NAME."));
        if (!yearOk || year < 2000 || year > 2100)
            return usage(tr("new needs --year N with a year between 2000 and 2100."));
        if (!openWorkspace())
            return fail(lastError);
        auto id = workspace->insertReport(makeTemplateReport(organization, year));
        if (!id.ok())
            return fail(id.error());
        out << idOf(id.value()) << '\n';
        return Ok;
    }

    int cmdExport(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {QStringLiteral("--format"), QStringLiteral("--output")},
                                 {QStringLiteral("--pdfa"), QStringLiteral("--fragment")});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(tr("export takes one report id."));
        const auto format = exportFormatFromString(a.option(QStringLiteral("--format")));
        if (!format)
            return usage(tr("export needs --format txt, docx, pdf or html."));
        const QString output = a.option(QStringLiteral("--output"));
        if (output.isEmpty())
            return usage(tr("export needs --output PATH."));
        if (a.has(QStringLiteral("--pdfa")) && *format != ExportFormat::Pdf)
            return usage(tr("--pdfa applies only to --format pdf."));
        if (a.has(QStringLiteral("--fragment")) && *format != ExportFormat::Html)
            return usage(tr("--fragment applies only to --format html."));
        int code = Ok;
        const auto report = loadReport(a.positional.first(), code);
        if (!report)
            return code;
        ExportOptions options;
        options.pdfA = a.has(QStringLiteral("--pdfa"));
        options.htmlFragment = a.has(QStringLiteral("--fragment"));
        const Status status = exportReport(*report, *format, output, options);
        if (!status.ok())
            return fail(status.error());
        return Ok;
    }

    int cmdDelete(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {}, {});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(tr("delete takes one report id."));
        const auto id = parseId(a.positional.first());
        if (!id)
            return usage(tr("\"%1\" is not a report id (a UUID as printed by list).").arg(a.positional.first()));
        if (!openWorkspace())
            return fail(lastError);
        const Status status = workspace->deleteReport(*id);
        return status.ok() ? int(Ok) : fail(status.error());
    }

    int cmdCheck(const QStringList &argList)
    {
        const Args a = parseArgs(argList, {}, {QStringLiteral("--json")});
        if (!a.error.isEmpty())
            return usage(a.error);
        if (a.positional.size() != 1)
            return usage(tr("check takes one report id."));
        int code = Ok;
        const auto report = loadReport(a.positional.first(), code);
        if (!report)
            return code;
        check::CheckContext context;
        if (auto list = workspace->listReports(); list.ok()) {
            if (const auto previousId = check::findPreviousYearReport(list.value(), *report)) {
                if (auto previous = workspace->loadReport(*previousId); previous.ok())
                    context.setPreviousYear(previous.value());
            }
        }
        const QList<check::Finding> findings = check::checkReport(*report, context);
        if (a.has(QStringLiteral("--json"))) {
            out << QString::fromUtf8(QJsonDocument(check::toJson(findings)).toJson(QJsonDocument::Indented));
        } else {
            for (const check::Finding &f : findings)
                out << check::toDisplayLine(f) << '\n';
            out << check::summaryLine(check::countFindings(findings)) << '\n';
        }
        return check::hasActiveErrors(findings) ? 1 : int(Ok);  // 1: errors remain
    }

    QTextStream &out;
    QTextStream &err;
    QString workspacePath;
    std::unique_ptr<Workspace> workspace;
    Error lastError;
};

}  // namespace

bool needsGui(const QStringList &args)
{
    // PDF rendering and font lookup need a QGuiApplication; everything else runs without one.
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("fonts") || a.compare(QLatin1String("--format=pdf"), Qt::CaseInsensitive) == 0)
            return true;
        if (a == QLatin1String("--format") && i + 1 < args.size()
            && args.at(i + 1).compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli(out, err).run(args);
}

}  // namespace fazhi::cli
