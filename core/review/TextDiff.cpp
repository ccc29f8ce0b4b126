#include "TextDiff.h"

#include <algorithm>
#include <vector>

namespace fazhi {

namespace {

using Text = std::vector<char32_t>;

Text codePoints(const QString &s)
{
    const QList<uint> ucs4 = s.toUcs4();
    return Text(ucs4.begin(), ucs4.end());
}

QString toQString(const Text &t, size_t begin, size_t end)
{
    return QString::fromUcs4(t.data() + begin, qsizetype(end - begin));
}

void append(QList<DiffSegment> &out, DiffSegment::Op op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += text;
    else
        out.append({op, text});
}

// Beyond this many edits the texts have little in common; a whole replacement is then the honest
// answer and keeps memory bounded (the saved V arrays grow with the square of the edit count).
constexpr long kMaxEdits = 1500;

// Myers' greedy algorithm with the V array saved per step for the backtrack.
void myers(const Text &a, size_t a0, size_t a1, const Text &b, size_t b0, size_t b1, QList<DiffSegment> &out)
{
    const long n = long(a1 - a0), m = long(b1 - b0);
    const long max = std::min(n + m, kMaxEdits);
    const long offset = max + 1;
    std::vector<long> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<long>> trace;
    long dFound = -1;
    for (long d = 0; d <= max && dFound < 0; ++d) {
        trace.push_back(v);
        for (long k = -d; k <= d; k += 2) {
            long x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            long y = x - k;
            while (x < n && y < m && a[size_t(a0 + x)] == b[size_t(b0 + y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                dFound = d;
                break;
            }
        }
    }
    if (dFound < 0) {
        append(out, DiffSegment::Delete, toQString(a, a0, a1));
        append(out, DiffSegment::Insert, toQString(b, b0, b1));
        return;
    }
    // Backtrack from (n, m) to (0, 0), collecting segments in reverse.
    struct Step { DiffSegment::Op op; long from, to; };  // range in a (Equal/Delete) or b (Insert)
    std::vector<Step> steps;
    long x = n, y = m;
    for (long d = dFound; d > 0; --d) {
        const std::vector<long> &pv = trace[size_t(d)];
        const long k = x - y;
        const bool down = (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]));
        const long prevK = down ? k + 1 : k - 1;
        const long prevX = pv[size_t(offset + prevK)];
        const long prevY = prevX - prevK;
        const long startX = down ? prevX : prevX + 1;
        const long startY = startX - k;
        if (x > startX)
            steps.push_back({DiffSegment::Equal, startX, x});
        if (down)
            steps.push_back({DiffSegment::Insert, prevY, prevY + 1});
        else
            steps.push_back({DiffSegment::Delete, prevX, prevX + 1});
        x = prevX;
        y = prevY;
        (void)startY;
    }
    if (x > 0)
        steps.push_back({DiffSegment::Equal, 0, x});
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        if (it->op == DiffSegment::Insert)
            append(out, it->op, toQString(b, size_t(b0 + it->from), size_t(b0 + it->to)));
        else
            append(out, it->op, toQString(a, size_t(a0 + it->from), size_t(a0 + it->to)));
    }
}

// Within each run of changes, all deletions first, then all insertions, each merged into one.
QList<DiffSegment> normalise(const QList<DiffSegment> &in)
{
    QList<DiffSegment> out;
    QString del, ins;
    auto flush = [&] {
        append(out, DiffSegment::Delete, del);
        append(out, DiffSegment::Insert, ins);
        del.clear();
        ins.clear();
    };
    for (const DiffSegment &seg : in) {
        if (seg.op == DiffSegment::Delete) {
            del += seg.text;
        } else if (seg.op == DiffSegment::Insert) {
            ins += seg.text;
        } else {
            flush();
            append(out, DiffSegment::Equal, seg.text);
        }
    }
    flush();
    return out;
}

// A minimal diff can be hard to read ("{+加+}强[-化组织-]{+党的+}"): a short equality squeezed between
// changes at least as long on both sides is folded into them ("[-强化组织-]{+加强党的+}").
QList<DiffSegment> readable(QList<DiffSegment> segs)
{
    segs = normalise(segs);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 1; i + 1 < segs.size(); ++i) {
            if (segs.at(i).op != DiffSegment::Equal)
                continue;
            auto changeLength = [&](int from, int step) {
                qsizetype n = 0;
                for (int j = from; j >= 0 && j < segs.size() && segs.at(j).op != DiffSegment::Equal; j += step)
                    n += segs.at(j).text.size();
                return n;
            };
            const qsizetype len = segs.at(i).text.size();
            if (len <= changeLength(i - 1, -1) && len <= changeLength(i + 1, 1)) {
                const QString text = segs.at(i).text;
                segs[i] = {DiffSegment::Delete, text};
                segs.insert(i + 1, {DiffSegment::Insert, text});
                segs = normalise(segs);
                changed = true;
                break;
            }
        }
    }
    return segs;
}

}  // namespace

QList<DiffSegment> diffText(const QString &from, const QString &to)
{
    QList<DiffSegment> out;
    const Text a = codePoints(from), b = codePoints(to);
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    append(out, DiffSegment::Equal, toQString(a, 0, prefix));
    const size_t a1 = a.size() - suffix, b1 = b.size() - suffix;
    if (prefix == a1)
        append(out, DiffSegment::Insert, toQString(b, prefix, b1));
    else if (prefix == b1)
        append(out, DiffSegment::Delete, toQString(a, prefix, a1));
    else
        myers(a, prefix, a1, b, prefix, b1, out);
    append(out, DiffSegment::Equal, toQString(a, a1, a.size()));
    return readable(out);
}

}  // namespace fazhi
