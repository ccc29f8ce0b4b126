#!/usr/bin/env python3
"""Brings the .ts files up to date with the sources of core/, app/ and ui/.

    python3 resources/translations/update_translations.py [--lupdate PATH]

(or `cmake --build BUILD --target update_translations`). Runs lupdate for a fresh list of strings,
then fixes what lupdate cannot know: core and the CLI translate through small wrappers,
`QString tr(const char *t) { return QCoreApplication::translate("fazhi", t); }`, so a tr() call inside
some helper class must be filed under the wrapper's context ("fazhi", "cli", …), not under the class
lupdate sees. Existing translations are kept (matched by context and text, else by text alone);
the checks' Chinese table (core/check/translations_zh_CN.tsv) fills what is still missing in the
"check" context. The English file is complete by construction (every text is its own translation;
a plural text, "%n report(s)", gets its singular and plural forms).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LANGUAGES = {"zh_CN": os.path.join(HERE, "fazhi_zh_CN.ts"), "en": os.path.join(HERE, "fazhi_en.ts")}
WRAPPER = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{?\s*(?:\{\s*)?return\s+'
                     r'QCoreApplication::translate\(\s*"([^"]+)"')


def find_lupdate(explicit):
    if explicit:
        return explicit
    for name in ("lupdate", "lupdate-qt6", "/usr/lib/qt6/bin/lupdate"):
        path = shutil.which(name) or (name if os.path.exists(name) else None)
        if path:
            return path
    sys.exit("lupdate not found; pass --lupdate PATH")


def read_ts(path):
    """{(context, source, comment): (translation or list of numerus forms, finished?)}"""
    result = {}
    if not os.path.exists(path):
        return result
    root = ET.parse(path).getroot()
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            tr = msg.find("translation")
            if tr is None:
                continue
            finished = tr.get("type") not in ("unfinished", "obsolete", "vanished")
            forms = tr.findall("numerusform")
            value = [f.text or "" for f in forms] if forms else (tr.text or "")
            result[(name, source, comment)] = (value, finished)
    return result


def runtime_contexts(path, cache={}):
    """The wrapper context of a source file, and the contexts it names explicitly."""
    if path not in cache:
        try:
            text = open(path, encoding="utf-8").read()
        except OSError:
            text = ""
        wrapper = WRAPPER.search(text)
        explicit = set(re.findall(r'(?:translate|QT_TRANSLATE_NOOP3?)\(\s*"([^"]+)"', text))
        cache[path] = (wrapper.group(1) if wrapper else None, explicit)
    return cache[path]


def extract(lupdate):
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "fresh.ts")
        cmd = [lupdate, "-silent", "-no-obsolete", "-locations", "absolute", "-extensions", "cpp,h",
               os.path.join(ROOT, "core"), os.path.join(ROOT, "app"), os.path.join(ROOT, "ui"), "-ts", ts]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        root = ET.parse(ts).getroot()
    messages = []  # (context, source, comment, numerus)
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            loc = msg.find("location")
            context = name
            if loc is not None:
                filename = loc.get("filename")
                if not os.path.isabs(filename):
                    filename = os.path.join(tmp, filename)
                wrapper, explicit = runtime_contexts(os.path.normpath(filename))
                if wrapper and name not in explicit:
                    context = wrapper
            messages.append((context, source, comment, msg.get("numerus") == "yes"))
    unique = {}
    for m in messages:
        unique.setdefault((m[0], m[1], m[2]), m)
    return sorted(unique.values(), key=lambda m: (m[0], m[1]))


def read_check_table():
    path = os.path.join(ROOT, "core", "check", "translations_zh_CN.tsv")
    table = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if "\t" in line and not line.startswith("#"):
                source, translation = line.split("\t", 1)
                table[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    return table


def write_ts(path, language, messages, old, check_table):
    by_source = {}
    for (ctx, source, comment), value in old.items():
        if value[1]:
            by_source.setdefault(source, value)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{language}">']
    missing = 0
    current = None
    for ctx, source, comment, numerus in messages:
        if ctx != current:
            if current is not None:
                out.append("</context>")
            out.append("<context>")
            out.append(f"    <name>{escape(ctx)}</name>")
            current = ctx
        if language == "en":
            # A plural text is written "%n report(s)": English has two forms, one and more.
            plural = [source.replace("(s)", ""), source.replace("(s)", "s")]
            value, finished = (plural if numerus else source), True
        else:
            value, finished = old.get((ctx, source, comment)) or by_source.get(source) or ("", False)
            if not finished and ctx == "check" and source in check_table:
                value, finished = check_table[source], True
        if not finished:
            missing += 1
        out.append('    <message numerus="yes">' if numerus else "    <message>")
        out.append(f"        <source>{escape(source)}</source>")
        if comment:
            out.append(f"        <comment>{escape(comment)}</comment>")
        attr = "" if finished else ' type="unfinished"'
        if numerus:
            forms = value if isinstance(value, list) else [value]
            out.append(f"        <translation{attr}>")
            for form in forms:
                out.append(f"            <numerusform>{escape(form)}</numerusform>")
            out.append("        </translation>")
        else:
            text = value if isinstance(value, str) else (value[0] if value else "")
            out.append(f"        <translation{attr}>{escape(text)}</translation>")
        out.append("    </message>")
    if current is not None:
        out.append("</context>")
    out.append("</TS>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return missing


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lupdate")
    args = parser.parse_args()
    messages = extract(find_lupdate(args.lupdate))
    check_table = read_check_table()
    for language, path in LANGUAGES.items():
        missing = write_ts(path, language, messages, read_ts(path), check_table)
        print(f"{os.path.relpath(path, ROOT)}: {len(messages)} texts, {missing} untranslated")


if __name__ == "__main__":
    main()
