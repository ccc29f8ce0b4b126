#!/usr/bin/env python3
"""Compares our PDF with LibreOffice's rendering of our .docx (or, with --html, with Chromium's print
of our HTML export), page by page and line by line.

    scripts/compare-layouts.sh [--cli PATH] [--sample FILE] [--pages N] [--out DIR] [--first N]
                               [--lines] [--only sample|long] [--html]

For the sample report and a report of about N pages (scripts/make-long-report.py): imports the text
with fazhi-cli into a fresh workspace, exports PDF and .docx, converts the .docx with
`libreoffice --headless --convert-to pdf` (own profile; a fontconfig file that maps each role's
first family to the installed font fazhi-cli reports, as Word resolves them on a PC with the
Windows fonts), then reads both PDFs with pdftotext and prints, for every page, the first
characters of each rendering, the line counts, how many lines start alike, and the mean vertical
offset of the lines (LibreOffice minus ours, mm; by pdftotext's boxes and by the ink of
pdftoppm's rendering). A summary line per report follows. --html: the HTML export printed to PDF by
headless Chromium (its print view, @media print) instead of the .docx through LibreOffice.
Exit status: 0 all pages agree, 1 some differ, 77 a tool is missing (skipped), 2 any other failure.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SKIP = 77
PAGE_NUMBER = re.compile(r"^[—-]\s*\d+\s*[—-]$")
HERE = os.path.dirname(os.path.abspath(__file__))


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, **kw)


def tool(*names):
    for n in names:
        p = shutil.which(n)
        if p:
            return p
    return None


def font_config(cli, env, path):
    """fontconfig aliases: each role's chain (fazhi-cli fonts) resolved the way our PDF resolves it."""
    out = run([cli, "fonts"], env=env).stdout.decode()
    xml = ['<?xml version="1.0"?>', '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">', "<fontconfig>",
           '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>']
    for line in out.splitlines():
        cols = line.split("\t")
        if len(cols) < 3 or not cols[1]:
            continue
        used, chain = cols[1], [c.strip() for c in cols[2].split("→")]
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
        for family in chain:
            if family == used:
                break
            xml.append(f'<alias binding="same"><family>{esc(family)}</family>'
                       f'<prefer><family>{esc(used)}</family></prefer></alias>')
    xml.append("</fontconfig>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(xml) + "\n")


def page_lines(pdf, work):
    """Per page: a list of (yMin mm, text) lines, the page number line left out."""
    html = os.path.join(work, os.path.basename(pdf) + ".bbox.html")
    run(["pdftotext", "-bbox-layout", pdf, html])
    text = open(html, encoding="utf-8").read()
    text = re.sub(r"<!DOCTYPE[^>]*>", "", text)
    text = text.replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ET.fromstring(text)
    pages = []
    for page in root.iter("page"):
        scale = 25.4 / 72.0
        lines = []
        for line in page.iter("line"):
            words = "".join(w.text or "" for w in line.iter("word"))
            if not words or PAGE_NUMBER.match(words):
                continue
            lines.append((float(line.get("yMin")) * scale, float(line.get("yMax")) * scale,
                          float(line.get("xMin")), words))
        # Reading order by position: blocks may come out of order.
        lines.sort(key=lambda l: (l[0], l[2]))
        merged = []
        for top, bottom, x, t in lines:
            # Pieces of one line (a run in another font, whose box the writer may declare taller or
            # shorter) share most of their height.
            if merged:
                mt, mb, pieces = merged[-1]
                if min(mb, bottom) - max(mt, top) > 0.5 * min(mb - mt, bottom - top):
                    merged[-1] = (min(mt, top), max(mb, bottom), pieces + [(x, t)])
                    continue
            merged.append((top, bottom, [(x, t)]))
        pages.append([(top, "".join(t for _, t in sorted(pieces))) for top, _, pieces in merged])
    return pages


def ink_bands(pdf, work, dpi=150):
    """Per page: the rows of ink, (top mm, bottom mm), top to bottom (page number included).

    The vertical offset is measured on the ink: pdftotext's boxes come from each font's ascent as the
    PDF declares it, which differs between writers for the same face."""
    prefix = os.path.join(work, os.path.basename(pdf) + ".ink")
    run(["pdftoppm", "-gray", "-r", str(dpi), pdf, prefix])
    files = sorted(f for f in os.listdir(work) if f.startswith(os.path.basename(prefix)) and f.endswith(".pgm"))
    mm = 25.4 / dpi
    pages = []
    for f in files:
        path = os.path.join(work, f)
        with open(path, "rb") as fh:
            data = fh.read()
        os.remove(path)
        magic, size, _, pixels = data.split(b"\n", 3)
        w, h = map(int, size.split())
        inked = [min(pixels[y * w:(y + 1) * w]) < 128 for y in range(h)]
        bands, y = [], 0
        while y < h:
            if inked[y]:
                top = y
                while y < h and inked[y]:
                    y += 1
                bands.append((top * mm, y * mm))
            y += 1
        pages.append(bands)
    return pages


def ink_offset(a, b):
    """Mean offset of the ink rows (b minus a, mm) where both pages have the same number of rows."""
    if not a or len(a) != len(b):
        return None
    return sum((tb - ta + bb - ba) / 2 for (ta, ba), (tb, bb) in zip(a, b)) / len(a)


def compare(name, ours, theirs, first, show_lines, ink=None, other="LibreOffice"):
    rows = max(len(ours), len(theirs))
    agree = 0
    line_total = line_agree = 0
    offsets = []
    print(f"\n== {name}: our PDF {len(ours)} pages, {other} {len(theirs)} pages")
    short = other.split("'")[0]
    print(f"{'page':>4}  {'ours':<{first * 2 + 2}}{short:<{first * 2 + 2}}{'same':<5}"
          f"{'lines':>9}  {'alike':>5}  {'dy mm':>6}  {'ink dy':>6}")
    ink_offsets = []
    for i in range(rows):
        a = ours[i] if i < len(ours) else []
        b = theirs[i] if i < len(theirs) else []
        fa = "".join(t for _, t in a)[:first]
        fb = "".join(t for _, t in b)[:first]
        same = bool(a) and bool(b) and fa == fb
        agree += same
        alike = sum(1 for (_, x), (_, y) in zip(a, b) if x[:4] == y[:4])
        line_total += max(len(a), len(b))
        line_agree += alike
        dys = [yb - ya for (ya, x), (yb, y) in zip(a, b) if x[:4] == y[:4]]
        offsets += dys
        dy = f"{sum(dys) / len(dys):+.2f}" if dys else "–"
        idy = ink_offset(ink[0][i], ink[1][i]) if ink and i < len(ink[0]) and i < len(ink[1]) else None
        if idy is not None:
            ink_offsets.append(idy)
        idy = f"{idy:+.2f}" if idy is not None else "–"
        print(f"{i + 1:>4}  {fa:<{first * 2 - len(fa) + 2}}{fb:<{first * 2 - len(fb) + 2}}"
              f"{'yes' if same else 'NO':<5}{len(a):>4}/{len(b):<4}  {alike:>5}  {dy:>6}  {idy:>6}")
        if show_lines and not same or show_lines == 2:
            for k in range(max(len(a), len(b))):
                x = a[k][1] if k < len(a) else ""
                y = b[k][1] if k < len(b) else ""
                mark = " " if x[:4] == y[:4] else "≠"
                print(f"        {mark} {x}\n          {y}")
    mean = f"{sum(offsets) / len(offsets):+.2f} mm" if offsets else "–"
    if ink:
        mean += (f", of the ink {sum(ink_offsets) / len(ink_offsets):+.2f} mm on {len(ink_offsets)} pages"
                 if ink_offsets else ", of the ink –")
    ok = len(ours) == len(theirs) and agree == rows
    print(f"SUMMARY {name}: pages {len(ours)} vs {len(theirs)}; first words agree on {agree}/{rows} pages; "
          f"lines alike {line_agree}/{line_total}; mean vertical offset {mean} — {'AGREE' if ok else 'DIFFER'}")
    return ok


def main():
    ap = argparse.ArgumentParser(description="Compare our PDF with LibreOffice's rendering of our .docx.")
    root = os.path.dirname(HERE)
    ap.add_argument("--cli", default=os.environ.get("FAZHI_CLI", os.path.join(root, "build", "bin", "fazhi-cli")))
    ap.add_argument("--sample", default=os.path.join(root, "..", "shared", "samples", "taozhuang-2023.txt"))
    ap.add_argument("--pages", type=int, default=100, help="size of the long report (0: none)")
    ap.add_argument("--out", help="keep the files here (default: a temporary folder)")
    ap.add_argument("--first", type=int, default=8, help="characters compared at the top of each page")
    ap.add_argument("--lines", action="count", default=0, help="list the lines of pages that differ (twice: all)")
    ap.add_argument("--only", choices=["sample", "long"])
    ap.add_argument("--html", action="store_true",
                    help="against Chromium's print of our HTML export instead of LibreOffice's rendering of the .docx")
    args = ap.parse_args()

    soffice = tool("soffice", "libreoffice")
    chromium = tool("chromium", "chromium-browser", "google-chrome")
    needed = [("fazhi-cli", args.cli if os.access(args.cli, os.X_OK) else None), ("pdftotext", tool("pdftotext")),
              ("pdftoppm", tool("pdftoppm"))]
    needed += [("chromium", chromium)] if args.html else [("libreoffice", soffice)]
    missing = [n for n, p in needed if not p]
    if missing:
        print("skipped: not installed or not built: " + ", ".join(missing))
        return SKIP

    work = args.out or tempfile.mkdtemp(prefix="compare-layouts-")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, FAZHI_WORKSPACE=os.path.join(work, "compare.fazhi"))
    if os.path.exists(env["FAZHI_WORKSPACE"]):
        os.remove(env["FAZHI_WORKSPACE"])
    reports = []
    if args.only != "long":
        if os.path.exists(args.sample):
            reports.append(("sample", args.sample))
        else:
            print(f"(the sample {args.sample} is absent: compared without it)")
    if args.pages > 0 and args.only != "sample":
        long_txt = os.path.join(work, f"long-{args.pages}.txt")
        run([sys.executable, os.path.join(HERE, "make-long-report.py"), "--pages", str(args.pages),
             "--output", long_txt])
        reports.append((f"{args.pages}-page report", long_txt))

    lo_env = dict(env, FONTCONFIG_FILE=os.path.join(work, "fonts.conf"))
    font_config(args.cli, env, lo_env["FONTCONFIG_FILE"])
    fmt, other = ("html", "Chromium's print of our HTML") if args.html else ("docx", "LibreOffice's rendering of our .docx")
    theirs_dir = os.path.join(work, "chromium" if args.html else "libreoffice")
    os.makedirs(theirs_dir, exist_ok=True)
    exported = []
    for label, txt in reports:
        base = os.path.join(work, "sample" if label == "sample" else "long")
        rid = run([args.cli, "import", txt], env=env).stdout.decode().strip().splitlines()[-1]
        for f in ("pdf", fmt):
            run([args.cli, "export", rid, "--format", f, "--output", f"{base}.{f}"], env=env)
        exported.append(base)
    if args.html:
        # The print view as a browser prints it: A4 from the page's @page rule, no header or footer
        # of the browser's own; a profile of its own in the work folder.
        for base in exported:
            run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 f"--user-data-dir={os.path.join(work, 'chromium-profile')}", "--no-pdf-header-footer",
                 f"--print-to-pdf={os.path.join(theirs_dir, os.path.basename(base) + '.pdf')}",
                 "file://" + base + ".html"], env=lo_env, timeout=600)
    else:
        profile = "file://" + os.path.join(work, "lo-profile")
        run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
             "--outdir", theirs_dir] + [b + ".docx" for b in exported], env=lo_env, timeout=600)

    all_ok = True
    for (label, _), base in zip(reports, exported):
        ours = page_lines(base + ".pdf", work)
        their_pdf = os.path.join(theirs_dir, os.path.basename(base) + ".pdf")
        theirs = page_lines(their_pdf, work)
        ink = (ink_bands(base + ".pdf", work), ink_bands(their_pdf, work))
        all_ok &= compare(label, ours, theirs, args.first, args.lines, ink, other)
    print(f"\nfiles in {work}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as e:
        print(f"failed: {' '.join(map(str, e.cmd))}: {e.stderr.decode(errors='replace')}", file=sys.stderr)
        sys.exit(2)
