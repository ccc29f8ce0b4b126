#!/usr/bin/env python3
"""Seeds for fuzz_docx (scripts/fuzz.sh): small hand-made .docx packages, and every package in the
folder (the CLI's exports included) also in the harness's XML form: the parts in a fixed order,
separated by a line "=====" (tests/fuzz/fuzz_docx.cpp zips them with correct CRCs)."""
import pathlib
import sys
import zipfile

PARTS = ["word/document.xml", "word/styles.xml", "docProps/custom.xml", "docProps/core.xml",
         "_rels/.rels", "[Content_Types].xml"]
SEP = b"\n=====\n"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def doc(body):
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>'.encode()


def p(text, style=None, jc=None):
    ppr = ""
    if style or jc:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="Title"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>'
          '</w:styles>').encode()
CUSTOM = ('<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/'
          'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/'
          'officeDocument/2006/docPropsVTypes">'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="FazhiReportId">'
          '<vt:lpwstr>{6f1c6a52-6d4c-4a38-9d1e-2a3c1b7e9f00}</vt:lpwstr></property>'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="FazhiSource">'
          '<vt:lpwstr>示例镇人民政府</vt:lpwstr></property>'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="FazhiPublishedOn">'
          '<vt:lpwstr>2024-01-05 09:30</vt:lpwstr></property></Properties>').encode()

HANDMADE = {
    "minimal": {"word/document.xml": doc(
        p("示例镇人民政府2023年法治政府建设年度报告", "Title") + p("县委、县政府：") +
        p("一、推进法治政府建设的主要举措") + p("（一）强化组织领导。") + p("一是健全制度；二是压实责任。") +
        p("二、存在的不足和原因") + p("示例镇人民政府", jc="right") + p("2024年1月5日", jc="right")),
        "word/styles.xml": STYLES, "_rels/.rels": RELS},
    "fields": {"word/document.xml": doc(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>一、</w:t><w:br/><w:cr/>'
        '<w:noBreakHyphen/><w:ptab/></w:r></w:p>'
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>未结束</w:t></w:r></w:p>'
        '<w:p><w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>'
        '<w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:r><w:br w:type="page"/></w:r></w:p>'
        '<w:sdt><w:sdtPr/><w:sdtContent>' + p("（二）内容控件中的段落。") + '</w:sdtContent><w:sdtEndPr/></w:sdt>'
        '<w:tbl><w:tr><w:tc>' + p("表格中的文字") + '</w:tc></w:tr></w:tbl>'
        '<w:p><w:r><w:footnoteReference w:id="1"/><w:commentReference w:id="0"/><w:drawing/><w:pict/>'
        '<w:object/></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
        'markup-compatibility/2006"><mc:Choice Requires="wps"><w:t>甲</w:t></mc:Choice><mc:Fallback>'
        '<w:t>乙</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p><w:sectPr/>'),
        "docProps/custom.xml": CUSTOM, "_rels/.rels": RELS},
    "default-namespace": {"word/document.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><document xmlns="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><body><p><r><t>一、默认命名空间</t></r></p></body></document>').encode(),
        "_rels/.rels": RELS.replace(b"word/document.xml", b"/word//./document.xml")},
}


def write_xml_form(path, parts):
    path.write_bytes(SEP.join(parts.get(name, b"") for name in PARTS))


def main():
    out = pathlib.Path(sys.argv[1])
    for name, parts in HANDMADE.items():
        with zipfile.ZipFile(out / f"{name}.docx", "w", zipfile.ZIP_DEFLATED) as z:
            for part, data in parts.items():
                z.writestr(part, data)
    for docx in sorted(out.glob("*.docx")):
        with zipfile.ZipFile(docx) as z:
            names = set(z.namelist())
            write_xml_form(out / f"{docx.stem}.parts", {n: z.read(n) for n in PARTS if n in names})


if __name__ == "__main__":
    main()
