#!/usr/bin/env python3
"""Draft the flat-ODT (.fodt) sources in src/corpus/sources/ from the seed texts.

This is how the committed sources were first produced (run once, then checked by
eye); make-renditions.sh does NOT run it, it converts the committed .fodt files.
Re-run it only to redo the sources from scratch:

    python3 src/corpus/draft-sources.py        # from the repository root

The text of every paragraph is taken from the seed file line by line: the lines of
one paragraph are stripped and joined with a single space, nothing else is changed
(no tone-mark or typo fixes), so the renditions carry the same words as the seeds.
The one exception: the seeds' dash lines under the issuer and the national motto
("-------", "---------------") are a flattened drawn rule, and are drawn as one here.
Only the layout is added: A4 page, Times New Roman, the two-column header and the
two-column signature block as borderless tables, a page break before the appendix.
"""
import os
import sys
from xml.sax.saxutils import escape

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "corpus")
OUT = os.path.join(ROOT, "src", "corpus", "sources")


def read_lines(name):
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        return f.read().split("\n")


class Doc:
    def __init__(self, lines):
        self.lines = lines  # 1-based access via L()
        self.body = []
        self.used = set()

    def L(self, a, b=None):
        """Text of seed lines a..b (1-based, inclusive), joined with single spaces."""
        b = a if b is None else b
        for i in range(a, b + 1):
            if i in self.used:
                sys.exit("line %d used twice" % i)
            self.used.add(i)
        return " ".join(self.lines[i - 1].strip() for i in range(a, b + 1))

    def p(self, style, *spans):
        """A paragraph; spans are strings or (text-style, string) pairs."""
        self.body.append(para(style, *spans))

    def rule(self, i, style):
        """Seed line i is a line of dashes standing for a drawn rule: draw it."""
        if set(self.lines[i - 1].strip()) != {"-"}:
            sys.exit("line %d is not a dash rule" % i)
        self.used.add(i)
        return para(style, "")

    def raw(self, xml):
        self.body.append(xml)

    def check_all_used(self, skip):
        """Every non-empty seed line except table pipes must be in the rendition."""
        missing = [i for i, l in enumerate(self.lines, 1)
                   if l.strip() and i not in self.used and i not in skip]
        if missing:
            sys.exit("seed lines not used: %s" % missing)


def span_xml(s):
    if isinstance(s, tuple):
        style, text = s
        return '<text:span text:style-name="%s">%s</text:span>' % (style, escape(text))
    if s == BR:
        return "<text:line-break/>"
    return escape(s)


BR = object()


def para(style, *spans):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, "".join(span_xml(s) for s in spans))


def cell(*paras):
    return ('<table:table-cell table:style-name="Cell" office:value-type="string">%s'
            '</table:table-cell>' % "".join(paras))


def table(name, left_cm, right_cm, rows):
    out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name),
           '<table:table-column table:style-name="%s.A"/>' % name,
           '<table:table-column table:style-name="%s.B"/>' % name]
    for left, right in rows:
        out.append("<table:table-row>%s%s</table:table-row>" % (cell(*left), cell(*right)))
    out.append("</table:table>")
    return "".join(out)


def table_styles(name, left_cm, right_cm):
    return (
        '<style:style style:name="{n}" style:family="table">'
        '<style:table-properties style:width="{w}cm" table:align="center" fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>'
        '</style:style>'
        '<style:style style:name="{n}.A" style:family="table-column"><style:table-column-properties style:column-width="{l}cm"/></style:style>'
        '<style:style style:name="{n}.B" style:family="table-column"><style:table-column-properties style:column-width="{r}cm"/></style:style>'
    ).format(n=name, w=left_cm + right_cm, l=left_cm, r=right_cm)


HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>{title}</dc:title>
 <dc:language>vi-VN</dc:language>
 <meta:initial-creator>vbtrace corpus (src/corpus/draft-sources.py)</meta:initial-creator>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:hyphenate="false"/>
 </style:style>
 <!-- body text: justified, first-line indent -->
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="0.15cm"/>
 </style:style>
 <style:style style:name="BodyBold" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="BodyItalic" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <!-- dotted fill-in lines of the report outline -->
 <style:style style:name="Dots" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="CenterBold" style:family="paragraph" style:parent-style-name="Center">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CenterBoldSpaced" style:family="paragraph" style:parent-style-name="Center">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CenterItalic" style:family="paragraph" style:parent-style-name="Center">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="NewPageTitle" style:family="paragraph" style:parent-style-name="Center">
  <style:paragraph-properties fo:break-before="page"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellCenter" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:line-height="100%"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="CellCenterBold" style:family="paragraph" style:parent-style-name="CellCenter">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellCenterItalic" style:family="paragraph" style:parent-style-name="CellCenter">
  <style:text-properties fo:font-style="italic" fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="CellSmallCenter" style:family="paragraph" style:parent-style-name="CellCenter">
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="CellLeft" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start" fo:line-height="100%"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="CellLeftHead" style:family="paragraph" style:parent-style-name="CellLeft">
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="CellRightBold" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="CellJustify" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="SignName" style:family="paragraph" style:parent-style-name="Sign">
  <style:paragraph-properties fo:margin-top="2.2cm"/>
 </style:style>
 <!-- the short rule under the issuer and under the national motto; the seed texts
      show it as a line of dashes, here it is drawn as a paragraph border -->
 <style:style style:name="RuleIssuer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="1.6cm" fo:margin-right="1.6cm" fo:margin-top="0cm" fo:margin-bottom="0.25cm"
   fo:line-height="100%" fo:border-top="none" fo:border-left="none" fo:border-right="none" fo:border-bottom="0.6pt solid #000000" fo:padding="0cm"/>
  <style:text-properties fo:font-size="2pt"/>
 </style:style>
 <style:style style:name="RuleMotto" style:family="paragraph" style:parent-style-name="RuleIssuer">
  <style:paragraph-properties fo:margin-left="2.6cm" fo:margin-right="2.6cm"/>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
   fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/>
 </style:page-layout>
 <!-- table cells -->
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.05cm" fo:border="none"/>
 </style:style>
{table_styles}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body>
<office:text>
"""

TAIL = """
</office:text>
</office:body>
</office:document>
"""


def write(name, title, doc, tstyles):
    xml = HEAD.format(title=escape(title), table_styles="\n".join(tstyles)) + "\n".join(doc.body) + TAIL
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)
    print("wrote", os.path.relpath(path, ROOT))


def bac_kan():
    """Seed 003: Quyết định 1852/QĐ-UBND (Bắc Kạn) and its Kế hoạch."""
    d = Doc(read_lines("2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt"))
    C, CB, CI = "CellCenter", "CellCenterBold", "CellCenterItalic"
    d.raw(table("Header", 6.0, 10.0, [
        ([para(CB, d.L(1), BR, d.L(2)), d.rule(3, "RuleIssuer")],
         [para(CB, d.L(5, 6), BR, d.L(7)), d.rule(8, "RuleMotto")]),
        ([para(C, d.L(10))],
         [para(CI, d.L(12, 13))]),
    ]))
    d.p("CenterBoldSpaced", d.L(15))
    d.p("CenterBold", d.L(16, 18))
    d.p("CenterBoldSpaced", d.L(19))
    d.p("BodyItalic", d.L(20, 21))
    d.p("BodyItalic", d.L(22, 25))
    d.p("BodyItalic", d.L(26, 27))
    d.p("CenterBoldSpaced", d.L(28))
    # "Điều\n1. Ban hành ..." -> "Điều 1. Ban hành ..." with "Điều 1." in bold
    for a, b in ((29, 34), (35, 36), (37, 41)):
        head = d.L(a)                          # "Điều"
        first = d.lines[a]                     # "1. Ban hành ..."
        num, rest = first.strip().split(" ", 1)
        d.used.add(a + 1)
        tail = " ".join([rest] + [d.lines[i - 1].strip() for i in range(a + 2, b + 1)])
        d.used.update(range(a + 2, b + 1))
        d.p("Body", ("B", head + " " + num), " " + tail)
    d.raw(table("Sign", 7.0, 9.0, [
        ([para("CellLeft", "")],
         [para("Sign", d.L(43), BR, d.L(44)), para("SignName", d.L(45))]),
    ]))
    d.p("NewPageTitle", d.L(47))
    d.p("CenterBold", d.L(48, 50))
    d.p("CenterItalic", d.L(51, 53))
    d.p("Body", d.L(54, 61))
    bold = [(62, 63), (64, 64), (72, 73), (74, 75), (79, 80), (84, 85), (93, 94), (95, 96),
            (105, 106), (118, 121), (137, 138), (144, 146), (147, 148), (157, 158), (159, 160),
            (191, 193), (221, 221), (228, 228), (232, 233)]
    plain = [(65, 71), (76, 78), (81, 83), (86, 92), (97, 100), (101, 102), (103, 104),
             (107, 110), (111, 113), (114, 117), (122, 125), (126, 128), (129, 132), (133, 136),
             (139, 140), (141, 143), (149, 152), (153, 156), (161, 163), (164, 170), (171, 178),
             (179, 181), (182, 187), (188, 190), (194, 195), (196, 201), (202, 205), (206, 212),
             (213, 216), (217, 220), (222, 224), (225, 227), (229, 231), (234, 235), (236, 240),
             (241, 244), (245, 250), (251, 255), (256, 259)]
    for a, b in sorted(bold + plain):
        d.p("BodyBold" if (a, b) in bold else "Body", d.L(a, b))
    d.check_all_used(skip={4, 9, 11, 14, 42, 46})
    write("1852-QD-UBND_bac-kan-ke-hoach-1322.fodt",
          "Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn", d,
          [table_styles("Header", 6.0, 10.0), table_styles("Sign", 7.0, 9.0)])


def bkhcn_4258():
    """Seed 002: Công văn 4258/BKHCN-TĐC with its PHỤ LỤC (report outline)."""
    d = Doc(read_lines("2023-11-17_4258-BKHCN-TDC_cong-van-bao-cao-1322.txt"))
    C, CB, CI = "CellCenter", "CellCenterBold", "CellCenterItalic"
    d.raw(table("Header", 7.0, 9.5, [
        ([para(CB, d.L(1, 2)), d.rule(3, "RuleIssuer")],
         [para(CB, d.L(5, 6), BR, d.L(7)), d.rule(8, "RuleMotto")]),
        ([para(C, d.L(10)), para("CellSmallCenter", d.L(11, 13))],
         [para(CI, d.L(15, 16))]),
    ]))
    d.raw(table("KinhGui", 4.0, 12.0, [
        ([para("CellRightBold", d.L(18))],
         [para("CellJustify", d.L(20, 22)), para("CellJustify", d.L(23))]),
    ]))
    for a, b in ((25, 30), (31, 36), (37, 40)):
        d.p("Body", d.L(a, b))
    d.raw(table("Sign", 8.0, 8.0, [
        ([para("CellLeftHead", d.L(41))] + [para("CellLeft", d.L(i)) for i in (42, 43, 44)],
         [para("Sign", d.L(46), BR, d.L(47)), para("SignName", d.L(48))]),
    ]))
    d.p("NewPageTitle", d.L(50))
    d.p("CenterBold", d.L(51, 53))
    d.p("CenterItalic", d.L(54, 55))
    # outline: headings bold, dotted lines small, notes plain
    bold = [(56, 57), (58, 59), (70, 71), (95, 96), (97, 98), (112, 113), (117, 118),
            (120, 121), (122, 122), (127, 127), (129, 129)]
    plain = [(60, 61), (63, 64), (66, 68), (72, 73), (75, 76), (78, 80), (82, 83), (85, 86),
             (88, 89), (91, 94), (99, 100), (101, 102), (104, 105), (107, 111), (115, 116),
             (124, 126), (130, 133)]
    dots = [i for i, l in enumerate(d.lines, 1) if l.strip() and set(l.strip()) == {"."}]
    blocks = [(a, b, "BodyBold") for a, b in bold] + [(a, b, "Body") for a, b in plain] + \
             [(i, i, "Dots") for i in dots]
    for a, b, style in sorted(blocks):
        d.p(style, d.L(a, b))
    d.check_all_used(skip={4, 9, 14, 17, 19, 24, 45, 49})
    write("4258-BKHCN-TDC_cong-van-bao-cao-1322.fodt",
          "Công văn số 4258/BKHCN-TĐC ngày 17/11/2023 của Bộ Khoa học và Công nghệ", d,
          [table_styles("Header", 7.0, 9.5), table_styles("KinhGui", 4.0, 12.0),
           table_styles("Sign", 8.0, 8.0)])


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    bac_kan()
    bkhcn_4258()
