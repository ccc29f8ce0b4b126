#include "TermList.h"

#include "Messages.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace fazhi::check {

namespace {

bool isDash(char16_t c)
{
    switch (c) {
    case u'-': case u'‐': case u'‑': case u'‒': case u'–': case u'—': case u'―': case u'－': case u'~': case u'～':
    case u'〜': case u'⁓': case u'─':
        return true;
    default:
        return false;
    }
}

bool isDropped(char16_t c)
{
    switch (c) {
    case u'“': case u'”': case u'‘': case u'’': case u'"': case u'\'': case u'「': case u'」': case u'『': case u'』':
    case u'《': case u'》': case u'〈': case u'〉': case u' ': case u'\u3000': case u'\u00A0':
        return true;
    default:
        return false;
    }
}

}  // namespace

namespace detail {
// Folds `text` and records, for every folded character, the UTF-16 index it came from.
QString foldWithMap(const QString &text, QList<int> *map)
{
    QString out;
    out.reserve(text.size());
    if (map) {
        map->clear();
        map->reserve(text.size());
    }
    bool lastWasDash = false;
    for (int i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isDropped(c))
            continue;
        char16_t f = c;
        if (isDash(c)) {
            if (lastWasDash)
                continue;  // —— and -- fold to one dash
            f = u'—';
        } else if (c == u'(') {
            f = u'（';
        } else if (c == u')') {
            f = u'）';
        } else if (c == u'·' || c == u'•' || c == u'・' || c == u'‧' || c == u'.' || c == u'．') {
            f = u'·';
        } else if (c == u'＋') {
            f = u'+';
        }
        lastWasDash = isDash(c);
        out.append(QChar(f));
        if (map)
            map->append(i);
    }
    return out;
}
}  // namespace detail

QString foldForTermMatch(const QString &text) { return detail::foldWithMap(text, nullptr); }

bool TermEntry::operator==(const TermEntry &o) const
{
    return kind == o.kind && canonical == o.canonical && variants == o.variants && severity == o.severity
        && note == o.note;
}

void TermList::add(const TermEntry &entry)
{
    if (entry.canonical.trimmed().isEmpty())
        return;
    const int index = int(m_entries.size());
    m_entries.append(entry);
    const QString folded = foldForTermMatch(entry.canonical);
    // Plain words without marks, brackets or dashes cannot be near-missed by folding; for them only
    // the listed variants are searched.
    if (folded != entry.canonical || entry.kind == TermKind::Document)
        m_patterns.append(Pattern{index, folded, false});
    for (const QString &variant : entry.variants) {
        const QString v = foldForTermMatch(variant);
        if (!v.isEmpty() && v != folded)
            m_patterns.append(Pattern{index, v, true});
    }
}

int TermList::remove(const QString &canonical)
{
    QList<TermEntry> kept;
    for (const TermEntry &e : std::as_const(m_entries)) {
        if (e.canonical != canonical)
            kept.append(e);
    }
    const int removed = int(m_entries.size() - kept.size());
    m_entries.clear();
    m_patterns.clear();
    for (const TermEntry &e : std::as_const(kept))
        add(e);
    return removed;
}

QJsonArray TermList::toJson() const
{
    QJsonArray a;
    for (const TermEntry &e : m_entries) {
        QJsonObject o{
            {QStringLiteral("kind"), e.kind == TermKind::Document ? QStringLiteral("document") : QStringLiteral("term")},
            {QStringLiteral("canonical"), e.canonical},
            {QStringLiteral("variants"), QJsonArray::fromStringList(e.variants)},
            {QStringLiteral("severity"), toString(e.severity)},
        };
        if (!e.note.isEmpty())
            o.insert(QStringLiteral("note"), e.note);
        a.append(o);
    }
    return a;
}

TermList TermList::fromJson(const QJsonArray &array)
{
    TermList list;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        TermEntry e;
        e.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("document") ? TermKind::Document
                                                                                        : TermKind::Term;
        e.canonical = o.value(QStringLiteral("canonical")).toString();
        for (const QJsonValue &variant : o.value(QStringLiteral("variants")).toArray())
            e.variants.append(variant.toString());
        e.severity = severityFromString(o.value(QStringLiteral("severity")).toString()).value_or(Severity::Warning);
        e.note = o.value(QStringLiteral("note")).toString();
        list.add(e);
    }
    return list;
}

TermList::PlainText TermList::parsePlainText(const QString &text)
{
    PlainText out;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r")));
    static const QRegularExpression arrow(QStringLiteral("\\s*(?:=>|＝>|=＞|＝＞|→|\\t)\\s*"));
    static const QRegularExpression separators(QStringLiteral("\\s*[,，|｜;；]\\s*"));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        QString body = line;
        QString note;
        static const QRegularExpression noteRx(QStringLiteral("\\s#\\s*"));
        const auto nm = noteRx.match(body);
        if (nm.hasMatch()) {
            note = body.mid(nm.capturedEnd()).trimmed();
            body = body.left(nm.capturedStart());
        }
        body = body.trimmed();
        TermEntry e;
        e.note = note;
        const auto am = arrow.match(body);
        if (am.hasMatch()) {
            const QString wrong = body.left(am.capturedStart()).trimmed();
            e.canonical = body.mid(am.capturedEnd()).trimmed();
            for (const QString &w : wrong.split(separators, Qt::SkipEmptyParts)) {
                if (w != e.canonical)
                    e.variants.append(w.trimmed());
            }
            if (e.canonical.isEmpty() || e.variants.isEmpty() || e.canonical.contains(arrow)) {
                out.errors.append(message(Msg::TermListBadLine).arg(i + 1).arg(trimmed));
                continue;
            }
        } else {
            e.canonical = body;
            // A plain word alone says nothing: without marks, brackets or dashes folding finds no near miss.
            const bool document = e.canonical.startsWith(u'《') && e.canonical.endsWith(u'》');
            if ((e.canonical.contains(u' ') && !document) || (!document && foldForTermMatch(e.canonical) == e.canonical)) {
                out.errors.append(message(Msg::TermListBadLine).arg(i + 1).arg(trimmed));
                continue;
            }
        }
        e.kind = e.canonical.startsWith(u'《') && e.canonical.endsWith(u'》') ? TermKind::Document : TermKind::Term;
        out.entries.append(e);
    }
    if (out.entries.isEmpty() && out.errors.isEmpty())
        out.errors.append(message(Msg::TermListEmpty));
    return out;
}

QString TermList::toPlainText(const QList<TermEntry> &entries)
{
    QString out = QStringLiteral("# 法治报告 用户词表：每行一条，“错词 => 正词”；# 开头为注释\n");
    for (const TermEntry &e : entries) {
        QString line = e.variants.isEmpty() ? e.canonical : e.variants.join(QStringLiteral("，")) + QStringLiteral(" => ") + e.canonical;
        if (!e.note.isEmpty())
            line += QStringLiteral(" # ") + e.note;
        out += line + u'\n';
    }
    return out;
}

TermList TermList::builtIn()
{
    struct Row {
        TermKind kind;
        const char16_t *canonical;
        const char16_t *variants[4];  // null-terminated
        Severity severity;
    };
    const TermKind D = TermKind::Document;
    const TermKind T = TermKind::Term;
    const Severity W = Severity::Warning;
    const Severity H = Severity::Hint;
    const Row rows[] = {
        // The regulation on the annual report itself (2019), and the plans and outlines it serves.
        {D, u"《法治政府建设与责任落实督察工作规定》",
         {u"法治政府建设与责任落实督查工作规定", u"法制政府建设与责任落实督察工作规定",
          u"法治政府建设与责任落实督察规定"}, W},
        {D, u"《法治政府建设实施纲要（2021—2025年）》", {u"法治政府建设实施纲要（2021—2025）"}, W},
        {D, u"《法治政府建设实施纲要（2015—2020年）》", {u"法治政府建设实施纲要（2015—2020）"}, W},
        {D, u"《法治中国建设规划（2020—2025年）》", {u"法治中国建设规划（2020—2025）"}, W},
        {D, u"《法治社会建设实施纲要（2020—2025年）》", {u"法治社会建设实施纲要（2020—2025）"}, W},
        {D, u"《党政主要负责人履行推进法治建设第一责任人职责规定》",
         {u"党政主要负责人履行推进法制建设第一责任人职责规定"}, W},
        {D, u"《重大行政决策程序暂行条例》", {u"重大行政决策程序暂时条例"}, W},
        {D, u"《中共中央关于全面推进依法治国若干重大问题的决定》", {}, W},
        {D, u"《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》", {}, W},
        {D, u"《优化营商环境条例》", {}, W},
        {D, u"《信访工作条例》", {}, W},
        // Formulations.
        {T, u"习近平法治思想", {u"习近平法制思想", u"习近平总书记法治思想"}, W},
        {T, u"中国特色社会主义法治道路", {u"中国特色社会主义法制道路"}, W},
        {T, u"中国特色社会主义法治体系", {u"中国特色社会主义法制体系"}, W},
        {T, u"法治建设第一责任人", {u"法制建设第一责任人"}, W},
        {T, u"法治政府", {u"法制政府"}, W},
        {T, u"法治宣传教育", {u"法制宣传教育"}, H},
        {T, u"“八五”普法", {u"八·五普法"}, W},
        {T, u"“七五”普法", {u"七·五普法"}, W},
        {T, u"新时代“枫桥经验”", {}, W},
        {T, u"“枫桥经验”", {}, W},
        {T, u"“谁执法谁普法”", {u"谁执法、谁普法"}, W},
        {T, u"“12·4”国家宪法日", {u"12·4宪法日"}, W},
        {T, u"“四个意识”", {}, W},
        {T, u"“四个自信”", {}, W},
        {T, u"“两个维护”", {}, W},
        {T, u"“两个确立”", {}, W},
        {T, u"“一带一路”", {}, W},
        {T, u"“放管服”改革", {}, W},
        {T, u"“双随机、一公开”", {u"双随机一公开"}, W},
        {T, u"“互联网+政务服务”", {}, H},
        {T, u"“十四五”规划", {}, W},
        {T, u"“一规划两纲要”", {}, W},
        {T, u"“关键少数”", {}, H},
        {T, u"行政执法“三项制度”", {}, H},
        {T, u"民主法治示范村（社区）", {}, H},
    };
    TermList list;
    for (const Row &r : rows) {
        TermEntry e;
        e.kind = r.kind;
        e.canonical = QString::fromUtf16(r.canonical);
        for (const char16_t *const *v = r.variants; *v; ++v)
            e.variants.append(QString::fromUtf16(*v));
        e.severity = r.severity;
        list.add(e);
    }
    return list;
}

}  // namespace fazhi::check
