"""Check eval/wild40/gold against the files, independently of make.py: `.venv/bin/python eval/wild40/validate.py [--mutate]`.

Re-reads every file — HTML through lxml (inline display:none dropped, <sup> dropped); the Word .mht through the
email package (the quoted-printable HTML part in its charset); DOCX through its XML (w:t/w:tab, customXml content
included, comments.xml not read; a w:object's embedded .xlsx read in its place); XLSX through its sheet XML and
shared strings; RTF through its control words (\\uN?, \\'hh, \\cell, \\row, \\par); CSV/TXT/Markdown by BOM, UTF-8
or GB18030; PDF through pdfplumber: the ruled tables by their rules (extract_tables; a cell's text with its
whitespace removed, so distributed digits and a value wrapped over two lines read as one), each table told as
table 二 (「第二十条」), 四 (「结果维持」 without 「自然人」) or 三 — and checks: fields; cell keys equal to the key
set most eval/corpus/gold files of the same template use; null cells ⇔ placeholders; findings recomputed; file
under 200 kB; agency and year printed; the template's table-二 wording printed; and in each table's section the
printed numbers (thousands separators 「,」/「，」 folded, item numbering 「1.」 dropped; per family: OCR letters
O/o → 0 and l/I → 1, the Excel print's row numbers dropped) equal the gold's non-null values in order (as a
multiset for the text copied column by column). For wild13: JSON keys and numbers are read too, the fill system's
indicator codes are dropped, and table 四 printed 「总计」-first is compared in its printed order. For wild14: the
<noscript> fallback page reads its noscript, the <textarea> page reads the escaped article in its textarea. For
wild15: the unruled 街道 PDF is read by its text lines, the XLSX attachment (sheets only) by its three sections.
For wild16: Word's flat-OPC .xml is read as the package it holds; an API answer whose `data` is a JSON string is
decoded twice; a page writing its article with document.write(unescape(…)) is read after decoding the string; PDF
glyphs in grey (a download stamp, a watermark) are not read, nor those struck through by a line at mid-height (an
inline revision's deleted figure), and glyphs drawn twice at one place (an invisible duplicate layer) are read once;
figures with a space or no-break space as thousands separator are folded; the 2025 extra sub-row of table 三, the note
row inside table 三 and Tika's page numbers are dropped; the 法人 block printed in another order is compared in it.
For wild17: zero-width characters and soft hyphens dropped for the WeChat-paste families, a base64 `content` decoded,
table 三/四 with 总计 first compared in printed order, the extra sub-row dropped. For wild18: U+FEFF dropped for the two
WPS-copy families, the extra sub-row dropped in five more families, table 三 with 总计 first in a PDF, a DOCX and a
Markdown export and table 四 with 总计 first in a PDF compared in printed order, the base64 answer of a 乡 decoded.
For wild20: an e-mail (.eml) is read by its text/html part (in its charset), or, when it has none, by its .docx
attachment; Chrome's .mhtml as the Word .mht (its text/html part); a WARC (.warc, .warc.gz: gzip members) by its HTTP
response record's payload in the charset its Content-Type names; Safari's .webarchive by its WebMainResource in its
WebResourceTextEncodingName; a JSON-Lines feed item by item as the JSON answers are; the extra sub-row dropped in six
more families.
For wild21: a PDF carrying an embedded file (its EmbeddedFiles, read through pdfium's attachment API) is read as that
file (a PDF or a .docx), not as the cover letter; an encrypted PDF (empty open password) is read as pdfplumber opens
it; a .zip by its .docx member, or else by its HTML pages in the archive's order (the page shell's 发布时间 line and the
「上一页 1 2 3 下一页」 bar of every page are the site's furniture, not the report); Word 2003 XML (w:wordDocument) by
its w:t/w:tab like a DOCX body; an .enex by its note's ENML; a .har by its text/html entries' content (base64 decoded
where "encoding" says so); an .html.gz decompressed; a .tar.gz by its .html member; a WARC response recorded raw
de-chunked (Transfer-Encoding: chunked) and gunzipped (Content-Encoding: gzip); an e-mail's text/html part found in
an attached message/rfc822 too (email's walk); the extra sub-row dropped in five more families.
For wild22: a file named .pdf or .xls whose bytes are an HTML page is read as HTML, a .docm as a .docx; a <meta
charset> that lies is overruled by the bytes (strict UTF-8 under a GB label is UTF-8; a UTF-8 label that does not
decode is GB18030); an .mhtml part's HTML without its own charset is read in the part's Content-Type charset; the extra
sub-row dropped in three more families. PDFs (an incremental update, a leading CRLF before 「%PDF-」, a print driver's
per-glyph TJ arrays drawn figures last) are read as pdfplumber reads them (the last revision, repaired offsets,
glyphs by position).
For wild23: a .dotx/.dotm read as a .docx; a .zip's .docm member; an .odt read from its content.xml; an .html.gz.gz
decompressed twice; a PDF attachment that is neither a PDF nor a package (an attached data XML) ignored — the pages
are the report; a WeChat page's window.cgiDataNew content_noencode read as the page; the extra sub-row dropped in one
more family. A UTF-8 BOM before 「%PDF-」 and HTML after 「%%EOF」 are read as pdfplumber reads them.
For wild24: table 三's 法人 block compared in its printed order in two more families (a GF2021 Word report, a WPS
PDF with a 续表); the 2025 extra sub-row dropped in two more families; last year's table-四 row 「上年」 dropped in a
GF2019 Word report. HTML display:none spans and <sup> were already dropped (html_text); full-width digits are digits
to the check; a page with /Rotate 90 and typed marks (「*」, 「件」) are read as pdfplumber reads them.
For wild25: a report that is pictures (a scan, photos, a fax, a TIFF, a zip of JPEGs; tables as screenshots in HTML or
pictures in a DOCX) is checked against its page model, models/<id>.json (the strings drawn on each picture, in reading
order, with a flag: page numbers, a spreadsheet's column letters and row numbers, the seal's text and a figure struck
through by hand are not read; the hand-written figure beside it is): the pictures are taken out of the carrier by
this script's own readers (pdfplumber's image streams: /DCTDecode bytes opened as JPEG, 1-bit /FlateDecode rows as a
bilevel image; TIFF frames; the zip's JPEGs in name order; HTML data: URIs in page order; a DOCX's a:blip targets in
document order), their count, size, mode and pixel hash must equal the model's (so the model is the picture the
file carries), a scanned file holds at most 4 pictures, and the model's strings stand for the pictures in the text
(an HTML or DOCX's own text around them read as usual; a PDF's invisible text layer, garbage by design, is not
read). Picture files may be up to 2 MB.

For wild26: a CMS page whose body is page pictures as JPEG data: URIs (carrier html-data-jpeg) read like the PNG
screenshots, a DOCX of page scans through its a:blip targets; both held to at most 4 pictures; the 2025 extra sub-row
dropped in one more family (an Acrobat PDF).

For wild28 (reports carrying more numbers than the template): a block the publisher adds — from its caption 「表n　…」
or 「图n　…」 to its 「数据来源：…。」 line (a comparison table, a channel breakdown with table 三's columns, an SVG pie's
legend) — is dropped in three families; in a PDF the added ruled tables (the comparison table, the breakdown by 处室)
are not told as the report's tables; table 三's added 「占比」 column (percents) and added sub-row 「其中：网上申请」 are
dropped; the report whose body summarises the tables is checked on its appendix's 附表1–3 (the official tables). Charts
drawn in a PDF (bars, axes, labels outside any ruled table) and a summary box above 二、 need no rule.

For wild29 (cells as publishers type them): a cell standing alone (whitespace around it) written in Chinese numerals
(「三」, 「十二」, 「〇」) is read as its value in one more family; in the typed-over Word table a cell standing alone made
of digits and the letters O/o/l is read with O/o as 0 and l as 1; in table 二's 增减 column 「－」 (full-width minus)
before a figure is a minus, 「减少n」 is -n and 「增加n」 is +n. Units typed in a cell (「12件」, 「3 件」, 「x万元」),
thousands separators 「,」/「，」, full-width digits, placeholders (「—」, 「-」, 「/」, 「无」, a space: null), note marks
stuck to a figure (「12①」, 「7*」, 「5注」), 「12.0」, 「12.」 and 「12、」 needed no rule (the numbers are read as they
were); a PDF figure split by a space inside its cell (「1 2」) reads as one because a PDF cell's whitespace is removed.

For wild30 (the template's tables cut and rearranged): table 三 cut vertically into two tables (自然人/商业企业/科研机构, then
社会公益组织/法律服务机构/其他/总计) is compared block by block — each block's columns row by row — in two families; the
transposed table 三 (applicant types as rows) column by column; table 三 with its columns reversed (总计 first, 自然人 last)
in that printed order. Table 三 cut horizontally, continued under 「续表」 or with a flattened header, table 四 as two
tables and table 二 as four needed no rule (the numbers are printed in the template's order; the captions hold no
digit; a PDF table without 自然人/结果维持/第二十条 is the previous table's continuation, as before).

For wild31 (who issued the report and for which year): no new rule. The tables are the template's; the identity
hazards are in the words around them (title, lead lines, signature), and the checks that concern them are the
existing ones: the gold agency printed somewhere in the file (in the signature, the introduction or the title) and
the gold year printed (in the 统计期限 sentence at least).

For wild32 (the report's script and encoding): a text file with a UTF-16 BOM (FF FE, Notepad's 「Unicode」) is read as
UTF-16; a .htm is a page; a big5 <meta charset> over bytes that decode as strict UTF-8 is UTF-8 (as wild22's GB labels);
GB18030 without a declaration was already read (UTF-8 fails, GB18030 decodes, four-byte Tibetan included). The text
of the five traditional-character families (TRAD32) is read back to simplified through the inverse of the converter's
character table (S2T32, a copy of fam32's: one traditional character per simplified one, 複 and 乾 included), before
every check and in the PDF's table cells, so the gold agency (simplified) and the template's table-二 wording are
found and the tables are told apart (第二十條 → 第二十条, 結果維持 → 结果维持); full-width digits are folded to ASCII
(the year check: ２０２３ is 2023); Tibetan digits ༠-༩ (a bilingual page's heading numbers and its title's year,
never a cell) are dropped, so the sections' numbers are the cells'. Minority-script label text in a cell holds no
digit and needs no rule.

For wild33 (the tables linearised — delivered as something other than a grid): the screen-reader page's cell
positions 「第5行，第4列」 and its table announcements 「共29行10列」 are dropped (they are positions, not values); the
text export with table 三 transposed (applicant types as rows, tab-separated) is compared column by column (wild30's rule); the
print of a plain-text page (no rules) is read by its text lines (UNRULED). Rows as 「｜」/tab/「、」-separated lines,
sentences, bullets, key:value lines, numbered paragraphs and spoken rows needed no rule: each prints every cell once,
in the template's order, and the item numbers 「1.」/「4.」 before a label were already dropped.

For wild34 (the report inside a bigger document): the zip package is read by its member whose name says 「年度报告」
(not its first .docx, the 指南); in the 人大 meeting packet the 决算 table of 附件1 (「决算数」) is not told as one of
the report's tables. Material before the report (a gazette's 目录 and 规范性文件, a 汇编's 指南, a 函, a 公开栏's
tables, a 年鉴's entries) lies before 「二、主动公开政府信息情况」 and material after it (a 统计公报 and its table, a
解读, last year's table 三, a 目录) after the report's 「五、」, so the section check needed no other rule; in the PDFs
only ruled tables are read, and the surrounding pages carry none but the 决算 table.

For wild35 (bodies outside the usual hierarchy): no new rule. The tables are the template's; each hunt file prints
the body's 机构概况 box before the report's title, so it lies before 「二、主动公开政府信息情况」 and holds no cell; the
gold agency is printed in the title or the signature (the 兵团 city's in its signature, beside 第八师).

For wild36 (cells that carry a second number): per family, the second number a cell carries is dropped before the
section's numbers are compared, so the cell's own figure is read — a 「其中」 note 「（其中网上办理k件）」 and a fee's
「（共k笔）」 in table 二, 「（含转办k件）」, table 四's 「（决定书：…〔2022〕n号）」/「（案号：…）」, last year's 「（上年m）」,
a correction's 「（原为a）」, 「（线上a、线下b）」, the PDF's 「（其中网上k）」 wrapped in a narrow cell (read as one string:
a PDF cell's whitespace is removed), the .txt's 备注 column remarks; in the corrected page the struck old figure
(<del>) is not read; the 2025 extra sub-row dropped in one more family. Note marks 「n①」 whose note under table 三
carries figures needed no rule in the PDF (the note is a paragraph, not a ruled table's cell; ① is not a digit); the
更正说明 above a corrected report lies before 「二、主动公开政府信息情况」.

For wild37 (tables that print more than this year): per family, last year's figures, the changes and the growth rates
printed beside this year's are dropped before the section's numbers are compared — table 二's 「上年处理决定数量 |
同比增减」 after each decision and fee figure; the 「上年同期」 row under every row of table 三; table 四's row labelled
with last year (the first of two year-labelled rows; the labels' years dropped too); the 「上年」 sub-column of table
三's 总计 and the 「上年」 half of every table-四 column (a row's run of 8 or 30 figures keeps this year's positions);
the 「与上年相比…。」 sentence of a merged row inside tables 三 and 四; table 三's added 「上年总计」 and 「同比增长」 (percent
or 「—」) at the end of each PDF row; last year's table 三 under its caption 「（一）20xx年度…」 before this year's; the
Markdown table 二's fifth column; the 2025 extra sub-row in one more family; and in the WPS PDF the ruled two-year
comparison table after table 四 (it holds 「增减」) is not told as a report table. Each rule was checked to be needed:
without them the eleven families fail.
For wild38 (columns and rows the publisher left out or merged): a gold field `not_printed` lists the template cells a
report does not print on its own (a column or row left out, or merged with others into one sum); they are null
without a placeholder (null ⇔ a placeholder or `not_printed`; every cell listed is null). Per family the merged sums
are dropped before the section's numbers are compared — table 三's 法人或其他组织 sum (the middle of a row's run of 3
figures), the 「商业企业、科研机构」 sum (the second of a run of 6), the Markdown 「其他组织」 sum (the fourth of five
figures in a pipe row), the folded parent rows 「（三）不予公开」, 「（四）无法提供」, 「（五）不予处理」 with their 7 sums,
the merged 行政诉讼 block (the last five of a run of 10), the row 「行政处罚、行政强制」; and the 2025 extra sub-row in
one more family. Columns and rows left out (table 三 without 总计 or its all-zero rows, table 四 without its 总计
columns, table 二 without its rows of 0) need no rule: the numbers printed are the gold's non-null cells in order.
Each rule was checked to be needed: without them the seven families fail.
For wild40 (the tables out of their place): in the hunt's families (BY_TABLE) the three official tables are found by
what they are, not where they stand — each <table> of the page is read on its own and taken as table 二 (「第二十条」),
table 三 (「自然人」/「申请人情况」) or table 四 (「结果维持」 without 「自然人」); a table with none of these words (the
narrative 「主动公开情况统计表」 of the site's own counts) is no official table and is skipped. Checked to be needed:
without it the tables after the signature, in another order or after such a table fail. The 2025 extra sub-row of
the realistic WPS family is dropped as in wild39.
For wild39 (the publisher's own defects): the 2025 extra sub-row dropped in two more families (checked to be needed:
without it both fail). The defects need no rule: gold holds every figure as printed, and the findings are recomputed
from the printed cells.
"""
from __future__ import annotations

import base64
import gzip
import collections
import email
import io
import json
import plistlib
import re
import sys
import tarfile
import zipfile
from pathlib import Path

import hashlib

import pdfplumber
from PIL import Image, ImageSequence
from lxml import etree, html as lhtml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus" / "gold"
COLS = ["np", "biz", "sci", "npo", "law", "oth", "tot"]
FIELDS = ["id", "file", "agency", "region", "level", "year", "template", "tables_recoverable", "family",
          "format", "t2", "t3", "t4", "placeholders", "findings", "special", "metrics", "qa"]
DEFAULT_MARKS = [r"二、主动公开政府信息情况", r"三、收到和处理政府信息公开申请情况", r"四、政府信息公开行政复议", r"五、"]
MARKERS = {
    "html-sections-ol-tables-inside": [r"主动公开政府信息情况第二十条", r"收到和处理政府信息公开申请情况（本列",
                                       r"政府信息公开行政复议、行政诉讼情况行政复议", r"存在的主要问题及改进情况"],
    "html-gf2019-part-headings-arabic-items": [r"第二部分主动公开政府信息情况", r"第三部分收到和处理",
                                               r"第四部分政府信息公开行政复议", r"第五部分"],
    "csv-long-format-open-data": DEFAULT_MARKS[:3] + [None],
    "xlsx-inline-strings-formula-totals": DEFAULT_MARKS[:3] + [None],
    "xlsx-hidden-prior-year-sheet": DEFAULT_MARKS[:3] + [None],
    "xlsx-gf2019-dbnum-display": DEFAULT_MARKS[:3] + [None],
    "xlsx-t3-transposed-applicant-rows": DEFAULT_MARKS[:3] + [None],
    "csv-pandas-read-html-dump": DEFAULT_MARKS[:3] + [None],
    "xlsx-attachment-sheet-per-table-abbrev-two-row-header": DEFAULT_MARKS[:3] + [None],
    "fods-libreoffice-flat-spreadsheet-sheet-per-table": DEFAULT_MARKS[:3] + [None],
    "xlsx-t3-last-year-total-column": DEFAULT_MARKS[:3] + [None],
    "xlsx-bureau-attachment-three-sheets": DEFAULT_MARKS[:3] + [None],  # wild15: the attachment's sheets only
    # wild28: the body summarises the tables; the official ones are the appendix's 附表1–3 (「附表n」 → 「附表」 by clean)
    "html-tables-summarised-in-body-official-tables-in-appendix": [r"附表主动公开政府信息情况", r"附表收到和处理政府信息公开申请情况",
                                                                   r"附表政府信息公开行政复议", r"主办："],
}
SORTED = {"xlsx-t3-transposed-applicant-rows"}
# table 四 printed with 「总计」 first in each block: its numbers compared in that order
T4_FIRST = {"docx-t4-total-first-unit-jian", "html-bosi-t4-total-column-first",
            "pdf-word-t4-total-column-first",  # wild18
            # wild19: 总计 first in table 四 of a TRS page, a Word-paste page, a Chrome print, a full-width Word report
            "html-trs-t4-total-column-first-hdr2-unit-lines", "html-trs-word-paste-split-spans-t4-total-column-first",
            "pdf-chrome-print-bureau-page-t4-total-column-first", "docx-fullwidth-digits-t4-total-column-first"}
# the 法人或其他组织 block printed in another order: table 三's numbers compared in the printed column order
REORDER = {"html-t3-legal-block-reordered": ["np", "sci", "biz", "law", "npo", "oth", "tot"],
           "pdf-gf2019-legal-block-reordered": ["np", "biz", "npo", "sci", "law", "oth", "tot"],
           "pdf-linqu-t3-total-column-first": ["tot", "np", "biz", "sci", "npo", "law", "oth"],
           "docx-t3-legal-block-reordered-spacer-column": ["np", "sci", "npo", "biz", "law", "oth", "tot"],
           # wild24: the 法人 block reordered in a GF2021 Word report and in a WPS PDF with a 续表
           "docx-gf2021-t3-legal-block-reordered-hdr2-unit-lines": ["np", "oth", "biz", "sci", "npo", "law", "tot"],
           "pdf-wps-t3-legal-block-reordered-xubiao-hdr-repeated": ["np", "sci", "oth", "biz", "law", "npo", "tot"],
           "html-trs-t3-total-column-first": ["tot", "np", "biz", "sci", "npo", "law", "oth"],
           # wild18: 总计 first in a WPS PDF, in Word, in a portal's Markdown export
           "pdf-wps-t3-total-column-first-hdr2-unit-lines": ["tot", "np", "biz", "sci", "npo", "law", "oth"],
           "docx-t3-total-column-first-unit-lines": ["tot", "np", "biz", "sci", "npo", "law", "oth"],
           "md-portal-export-t3-total-column-first": ["tot", "np", "biz", "sci", "npo", "law", "oth"],
           # wild19: 总计 first in a LibreOffice PDF, a base64 API answer, a GF2019 page copy
           "pdf-libreoffice-t3-total-column-first-values-right": ["tot", "np", "biz", "sci", "npo", "law", "oth"],
           "json-cms-api-base64-html-t3-total-column-first": ["tot", "np", "biz", "sci", "npo", "law", "oth"],
           "text-page-copy-gf2019-t3-total-column-first": ["tot", "np", "biz", "sci", "npo", "law", "oth"]}
# wild16: PDF glyphs that are not the report's text
GREY = {"pdf-portal-download-stamp-tiled-with-digits", "pdf-gf2019-neibu-ziliao-watermark-across-tables"}
STRUCK = {"pdf-word-all-markup-inline-struck-figures"}
DEDUPE = {"pdf-invisible-duplicate-text-layer"}
DOUBLE_JSON = {"json-platform-api-data-as-json-string"}
BASE64_JSON = {"json-cms-api-content-base64-html", "json-cms-api-base64-html-xiang-t4-slash",
               "json-cms-api-base64-html-t3-total-column-first"}  # wild19
# wild19: a Next.js page whose article is only in its __NEXT_DATA__ JSON
NEXT_DATA = {"html-nextjs-next-data-json-article-t4-total-defect", "legacy-html-2016-zhen-next-data-json-article"}
UNESCAPE = {"html-article-in-js-unescape-percent-u", "legacy-html-2017-zhen-in-js-unescape"}
# table 二's 第（一）项 columns printed 现行有效件数 first: compared in the printed order
T2_ORDER = {"pdf-word-t2-columns-valid-first": ["reg.valid", "reg.made", "reg.repealed", "norm.valid", "norm.made",
                                                 "norm.repealed"]}
# JSON carriers whose keys/attributes are not the report's text: only these keys' strings are read
JSON_ONLY = {"json-kb-segment-export-markdown-tables": "content", "json-miniprogram-rich-text-nodes": "text"}
SMALL_GLYPHS = {"pdf-raised-footnote-digits"}  # glyphs under 6 pt (the raised marks) are not the report's figures
UNRULED = {"pdf-wps-zhen-unruled-tables-t4-total-defect", "pdf-unruled-jiedao-zong-ji-spaced",
           "pdf-wps-unruled-jiedao-heji-unit-line"}  # no rules: read by the text layer's lines
# wild30: table 三 cut vertically (two column blocks, each printed row by row) or transposed (each column a block)
T3_BLOCKS = {"pdf-word-t3-cut-vertically-two-tables-np-biz-sci-then-rest-total-labels-repeated":
             [["np", "biz", "sci"], ["npo", "law", "oth", "tot"]],
             "html-trs-t3-cut-vertically-second-table-without-row-labels":
             [["np", "biz", "sci"], ["npo", "law", "oth", "tot"]],
             "docx-t3-transposed-applicant-type-rows-result-columns": [[c] for c in COLS]}
REORDER["pdf-word-t3-columns-reversed-total-first-natural-person-last"] = ["tot", "oth", "law", "npo", "sci", "biz", "np"]
T2_WORDING = {"GF2021": ["本年制发件数"], "GF2019": ["本年新制作数量"]}


def majority_keys(template):
    sets = collections.Counter()
    for f in CORPUS.glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        if g.get("template") == template:
            for t in ("t2", "t3", "t4"):
                sets[(t, tuple(sorted(g.get(t, {}))))] += 1
    best = {}
    for (t, keys), n in sets.items():
        if t not in best or n > best[t][1]:
            best[t] = (keys, n)
    return {t: set(k) for t, (k, _) in best.items()}


# ---------------------------------------------------------------- readers

BLOCK = {"td", "th", "p", "br", "tr", "div", "h1", "h2", "h3", "h4", "li", "pre", "table", "dd", "dt", "section",
         "ul"}


# wild14: the page whose tables sit in <noscript> (the fallback of script-drawn tables) reads them
KEEP_NOSCRIPT = {"html-script-rendered-tables-noscript-fallback"}
TEXTAREA = {"html-article-escaped-in-hidden-textarea"}
FAMILY = {"now": ""}


def html_text(raw: str) -> str:
    doc = lhtml.fromstring(raw)
    drop = ("script", "style", "sup") if FAMILY["now"] in KEEP_NOSCRIPT else ("script", "style", "sup", "noscript")
    if FAMILY["now"] in TEXTAREA:  # the article kept escaped in a hidden <textarea>: read as HTML
        inner = [ta.text or "" for ta in doc.iter("textarea")]
        FAMILY["now"] = ""
        return "\n".join(html_text(x) for x in inner)
    if FAMILY["now"] in DEL_TAGS:  # wild36: a struck old figure
        drop = drop + ("del", "s")
    for el in list(doc.iter(*drop)):
        el.drop_tree()
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):
            continue
        st = (el.get("style") or "").replace(" ", "")
        if "display:none" in st or "vertical-align:super" in st:
            el.drop_tree()
            continue
        if el.tag in BLOCK:
            el.tail = "\n" + (el.tail or "")
            if el.tag in ("td", "th"):
                el.text = " " + (el.text or "")
    return doc.text_content()


def html_bytes(data: bytes, default: str = "utf-8") -> str:
    data = re.sub(rb"^<\?xml[^>]*>", b"", data.lstrip())
    m = re.search(rb'charset="?([\w-]+)', data[:800])
    cs = m.group(1).decode().lower() if m else default.lower()
    cs = "gb18030" if cs in ("gb2312", "gbk") else cs
    # wild22: a <meta charset> that lies — the bytes decide: strict UTF-8 wins over a GB label, GB18030 where a
    # UTF-8 label does not decode
    if cs in ("gb18030", "big5", "big5-hkscs", "cp950"):  # wild32: a big5 label over UTF-8 bytes as well
        try:
            return html_text(data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    try:
        return html_text(data.decode(cs))
    except UnicodeDecodeError:
        return html_text(data.decode("gb18030"))


def mht_text(data: bytes) -> str:
    msg = email.message_from_bytes(data)
    for part in msg.walk():
        if part.get_content_type() == "text/html":  # wild22: the part's charset when the page names none
            return html_bytes(part.get_payload(decode=True), part.get_content_charset() or "utf-8")
    raise ValueError("no html part")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
O = "{urn:schemas-microsoft-com:office:office}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_text(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in etree.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            sst.append("".join(t.text or "" for t in si.iter(S + "t")))
    out = []
    names = sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
    if "xl/workbook.xml" in z.namelist() and "xl/_rels/workbook.xml.rels" in z.namelist():
        rels = {r.get("Id"): "xl/" + r.get("Target") for r in etree.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
        names = [rels[sh.get(R + "id")] for sh in etree.fromstring(z.read("xl/workbook.xml")).iter(S + "sheet")
                 if sh.get("state") in (None, "visible")]
    for name in names:
        for row in etree.fromstring(z.read(name)).iter(S + "row"):
            vals = []
            for c in row.iter(S + "c"):
                if c.get("t") == "inlineStr":
                    vals.append("".join(t.text or "" for t in c.iter(S + "t")))
                    continue
                v = c.find(S + "v")
                if v is None:
                    continue
                vals.append(sst[int(v.text)] if c.get("t") == "s" else v.text)
            out.append("\t".join(vals))
    return "\n".join(out)


def local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def docx_text(data: bytes) -> str:
    """w:t in document order, by local name (Transitional or Strict namespaces); deleted and moved-from text, rows
    marked deleted and superscript runs (typed footnote marks) left out; an altChunk RTF part read in its place."""
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("word/document.xml"))
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    out = []

    def rid(el):
        return next((v for k, v in el.attrib.items() if local(k) == "id"), None)

    def walk(el):
        name = local(el.tag)
        if name in ("del", "moveFrom") and local(el.getparent().tag) != "trPr":
            return
        if name == "tr" and any(local(x.tag) == "del" for t in el if local(t.tag) == "trPr" for x in t):
            return
        if name == "r" and any(local(x.tag) == "vertAlign" and "superscript" in x.attrib.values()
                               for p in el if local(p.tag) == "rPr" for x in p):
            return
        if name == "t":
            out.append(el.text or "")
        elif name == "tab":
            out.append("\t")
        elif el.tag == O + "OLEObject":
            out.append("\n" + xlsx_text(z.read("word/" + target[el.get(R + "id")])) + "\n")
        elif name == "altChunk":
            out.append("\n" + rtf_text(z.read("word/" + target[rid(el)].lstrip("/").removeprefix("word/"))) + "\n")
        for ch in el:
            walk(ch)
        if name in ("p", "tc"):
            out.append("\n")
    walk(root)
    return "".join(out)


def rtf_text(data: bytes) -> str:
    t = data.decode("ascii")
    out = []
    i = 0
    skip = 0
    depth_skip = []
    depth = 0
    while i < len(t):
        ch = t[i]
        if ch == "{":
            depth += 1
            if t.startswith("{\\*", i) or t.startswith("{\\fonttbl", i) or t.startswith("{\\info", i):
                depth_skip.append(depth)
            i += 1
        elif ch == "}":
            if depth_skip and depth_skip[-1] == depth:
                depth_skip.pop()
            depth -= 1
            i += 1
        elif ch == "\\":
            m = re.match(r"\\(u)(-?\d+) ?|\\'([0-9a-f]{2})|\\([a-z]+)(-?\d+)? ?|\\(.)", t[i:])
            i += m.end()
            if depth_skip:
                continue
            if m.group(1):
                v = int(m.group(2))
                out.append(chr(v + 65536 if v < 0 else v))
                skip = 1
            elif m.group(4) in ("par", "cell", "row"):
                out.append("\n")
            elif m.group(6):
                out.append(m.group(6))
        elif ch in "\r\n":
            i += 1
        else:
            i += 1
            if depth_skip:
                continue
            if skip:
                skip -= 1
                continue
            out.append(ch)
    return "".join(out)


def json_text(v) -> str:
    """Every key, string and number of an API answer in document order (null and booleans as nothing); a string
    holding HTML read as HTML."""
    if isinstance(v, dict):
        return "\n".join(f"{k}\n{json_text(x)}" for k, x in v.items())
    if isinstance(v, list):
        return "\n".join(json_text(x) for x in v)
    if isinstance(v, str):
        return html_text("<div>" + v + "</div>") if re.search(r"<(p|table|div)\b", v) else v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return ""


def json_only(v, key: str) -> str:
    """The strings under `key` anywhere in an API answer, in document order."""
    if isinstance(v, dict):
        return "\n".join(x if k == key and isinstance(x, str) else json_only(x, key) for k, x in v.items())
    if isinstance(v, list):
        return "\n".join(json_only(x, key) for x in v)
    return ""


def flat_odf_text(data: bytes) -> str:
    """A flat ODF file (.fodt/.fods): each text:p / text:h on its own line, a row's cells tab-joined."""
    root = etree.fromstring(data)
    out = []

    def walk(el):
        name = local(el.tag)
        if name in ("p", "h"):
            out.append("".join(el.itertext()))
            out.append("\n")
            return
        for ch in el:
            walk(ch)
        if name == "table-row":
            out.append("\n")
    walk(root)
    return "".join(out)


# wild32 (the report's script and encoding): text in traditional characters (a 「繁體」 converter's output, its 複/乾
# included) is read back through the inverse of its character table; full-width digits folded to ASCII; Tibetan
# digits (heading numbers and the year of a bilingual page's Tibetan lines, never a cell) dropped.
S2T32 = "万萬与與专專业業东東严嚴个個丰豐临臨为爲举舉义義习習乡鄉于於云雲亚亞们們价價众衆优優会會传傳体體储儲兰蘭关關兴興内內册冊写寫农農决決况況准準凉涼减減划劃则則创創别別办辦务務动動区區医醫华華单單占佔卫衛厅廳压壓县縣参參发發台臺号號后後启啓员員围圍国國图圖场場坚堅壶壺处處备備复複够夠头頭夹夾娄婁宁寧实實审審宽寬对對导導将將尔爾层層属屬岭嶺峰峯干乾广廣庆慶应應废廢开開张張强強归歸当當录錄彻徹怀懷态態总總户戶托託执執扫掃抚撫护護报報拟擬择擇据據数數断斷无無时時显顯暂暫术術机機权權条條来來构構标標栏欄档檔检檢汇匯汉漢沟溝没沒济濟浏瀏灵靈点點烦煩环環现現珲琿电電监監码碼础礎确確碍礙秘祕积積称稱税稅稳穩笔筆签籤简簡类類紧緊纠糾红紅约約级級纳納线線组組细細织織经經结結绕繞络絡统統继繼续續维維综綜编編缩縮缴繳网網罗羅罚罰群羣职職联聯肃肅节節范範药藥获獲营營萨薩补補见見规規视視览覽计計订訂认認训訓议議记記许許论論讼訟设設访訪评評识識诉訴话話询詢该該详詳误誤说說请請读讀调調负負财財责責败敗账賬质質购購贯貫贴貼费費资資赞贊转轉软軟载載辑輯输輸边邊达達过過运運还還这這进進适適选選邮郵采採里裏链鏈错錯镇鎮长長门門闭閉问問间間闻聞阅閱队隊阳陽阴陰陇隴页頁项項预預领領频頻题題额額马馬验驗鲜鮮麦麥"
T2S32 = str.maketrans({S2T32[i + 1]: S2T32[i] for i in range(0, len(S2T32), 2)})
FW32 = str.maketrans("０１２３４５６７８９", "0123456789")
TRAD32 = {"pdf-word-traditional-chars-fanti-converter-fu-qian-errors",
          "docx-traditional-chars-fanti-converter-t4-wu-placeholders",
          "md-portal-export-traditional-chars-fullwidth-digits-ling-year-title",
          "txt-notepad-utf16le-bom-traditional-chars-copy", "htm-meta-big5-bytes-utf8-traditional-fanti-page"}


def norm32(t: str, family: str) -> str:
    if family in TRAD32:
        t = t.translate(T2S32)
    t = t.translate(FW32)
    return re.sub(r"[\u0f20-\u0f29]+", " ", t)


def text_bytes(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # wild32: Notepad's 「Unicode」 (UTF-16 with its BOM)
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def page_filter(page, family: str):
    """wild16: the glyphs of a PDF page that are the report's text (see the module's docstring)."""
    if family in GREY:
        def dark(o):
            col = o.get("non_stroking_color")
            return o.get("object_type") != "char" or not col or max(col) < 0.5 or len(set(col)) > 1
        page = page.filter(dark)
    if family in STRUCK:
        strikes = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.1 and ln["x1"] - ln["x0"] < 40]

        def kept(o):
            if o.get("object_type") != "char":
                return True
            h = o["bottom"] - o["top"]
            return not any(o["top"] + 0.3 * h < ln["top"] < o["bottom"] - 0.3 * h and ln["x0"] - 0.5 <= o["x0"]
                           and o["x1"] <= ln["x1"] + 0.5 for ln in strikes)
        page = page.filter(kept)
    if family in DEDUPE:
        page = page.dedupe_chars()
    return page


def pdf_all_text(data: bytes, family: str = "") -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page_filter(p, family).extract_text() or "" for p in pdf.pages)


def pdf_tables(data: bytes, family: str = "") -> list[list[list[str]]]:
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page = page_filter(page, family)
            if family in SMALL_GLYPHS:
                page = page.filter(lambda o: o.get("object_type") != "char" or o.get("size", 10) >= 6)
            found = page.find_tables()
            for tb in sorted(found, key=lambda t: (round(t.bbox[1]), t.bbox[0])):
                rows_ = [[norm32(re.sub(r"\s+", "", c or ""), family) for c in row] for row in tb.extract()]
                out.append(rows_)
    return out


# ---------------------------------------------------------------- numbers

EXTRA_BLOCK = (r"(?s)[表图]\d[\s\u3000]+\d{4}.*?数据来源：[^。]*。", " ")  # wild28
RUN = r"(?<!\S)\d+(?:\s+\d+)+(?!\S)"  # wild37: a run of whitespace-separated figures (one table row's)


def run_keep(m, n: int, keep) -> str:
    """wild37: a run of exactly n figures keeps those at the positions `keep` (this year's); other runs stay."""
    xs = m.group().split()
    if len(xs) != n:
        return m.group()
    return " " + " ".join(x for i, x in enumerate(xs) if i in keep) + " "

# wild28: the ruled tables a publisher adds (a comparison table, a breakdown by 处室) are not the report's tables
EXTRA_TABLES = {"pdf-word-province-dept-ruled-yoy-comparison-table-before-t3": r"同比增减",
                "pdf-wps-dept-breakdown-ruled-table-result-columns-after-t3": r"承办处室"}
FAMILY_CLEAN = {
    "html-t3-total-with-share": [(r"（\d+(?:\.\d+)?%）", " ")],
    # pandas: the 0,1,2,… header row of each table; a colspan figure repeated into each slot it covers (kept once)
    "csv-pandas-read-html-dump": [(r"(?m)^0(?:,\d+)+$", " "),
                                  (r"(?m)^(行政许可|行政处罚|行政强制|行政事业性收费),([^,\n]*),\2,\2$", r"\1,\2")],
    # the compilation's page numbers 「— 38 —」 between form feeds
    "text-pdftotext-huibian-excerpt-gf2019": [(r"— \d+ —", " ")],
    # the fill-in system's indicator codes 「T3-05」 before each row's name
    "xlsx-fill-system-indicator-export": [(r"\bT\d-\d{2}\b", " ")],
    "csv-fill-system-indicator-export-gb18030": [(r"\bT\d-\d{2}\b", " ")],
    # the sentences restating figures under the headings of sections 三 and 四 (the tables are checked)
    # wild13: the publisher's numbering 「（1）属于国家秘密」; last year's table-四 row 「上年 n×15」; table 三's last
    # column 「上年总计」 in the XLSX (the last number of a row that has a label and eight numbers)
    "pdf-wps-zhen-unruled-tables-t4-total-defect": [(r"- \d+ -", " ")],  # its page numbers, read from the text
    "html-jiedao-t3-labels-renumbered-arabic": [(r"（\d）", " ")],
    "pdf-unruled-jiedao-zong-ji-spaced": [(r"- \d+ -", " ")],  # wild14: its page numbers, read from the text
    "pdf-gf2019-t3-labels-renumbered-arabic": [(r"（\d）", " ")],
    "pdf-wps-unruled-jiedao-heji-unit-line": [(r"- \d+ -", " ")],  # wild15: its page numbers, read from the text
    "html-t4-this-year-last-year-rows": [(r"上年(?:\s+\d+){15}", " ")],
    # wild16: thousands separated by a space or a no-break space; the 2025 extra sub-row and the note row with figures
    # inside table 三 (not template cells); Tika's page numbers
    "html-bosi-city-bureau-nbsp-thousands-separator": [(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))", "")],
    "docx-province-dept-space-thousands-separator": [(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))", "")],
    "pdf-2025-t3-extra-online-subrow": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-platform-2025-t3-extra-online-subrow": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "pdf-2025-t3-note-row-with-figures-t4-total-defect": [(r"注：本年新收申请中[^。]*。", " ")],
    "html-bosi-2025-t3-note-row-with-figures": [(r"注：本年新收申请中[^。]*。", " ")],
    "docx-2025-county-t3-note-row-with-figures": [(r"注：本年新收申请中[^。]*。", " ")],
    "html-tika-xhtml-of-pdf-page-numbers": [(r"- \d+ -", " ")],
    # wild17: zero-width characters and soft hyphens of an editor's paste; the 2025 extra sub-row
    "html-wechat-editor-paste-zero-width-soft-hyphen-in-figures": [(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "")],
    "docx-wechat-paste-zero-width-in-figures-carry-in-defect": [(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "")],
    "pdf-2025-city-bureau-extra-online-subrow-values-right": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "pdf-chrome-print-cms-page-2025-extra-subrow-url-footer": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "docx-2025-t3-extra-online-subrow-hdr2": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    # wild18: U+FEFF before and inside figures (a WPS copy); the 2025 extra sub-row in five more families
    # wild19: the 2025 extra sub-row in seven more families (the WPS copy's U+FEFF dropped first)
    "pdf-2025-acrobat-county-bureau-extra-online-subrow-abbrev-page-header": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-platform-2025-zhen-extra-online-subrow-unit-lines": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-flex-row-div-tables-2025-extra-online-subrow": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-ncr-filter-2025-county-gov-extra-online-subrow": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "pdf-itext-xobject-2025-county-gov-extra-online-subrow": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "md-portal-export-2025-zhen-extra-online-subrow": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "docx-2025-wps-copy-feff-extra-online-subrow-carry-in-defect": [(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", ""),
                                                                    (r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-trs-wps-copy-feff-before-figures": [(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "")],
    "docx-wps-copy-feff-in-figures-carry-in-defect": [(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "")],
    "pdf-2025-county-gov-extra-online-subrow-hdr2-unit-lines": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-dahan-2025-bureau-extra-online-subrow-note": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-bosi-2025-fullwidth-digits-extra-subrow": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "pdf-2025-t4-figures-circled-note-marks-extra-subrow": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "text-page-copy-2025-extra-online-subrow": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    # wild20: the 2025 extra sub-row in six more families
    **{f: [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")] for f in (
        "pdf-2025-wps-xiang-extra-online-subrow-t4-dash", "html-trs-2025-county-gov-extra-online-subrow-heji",
        "docx-2025-zhen-extra-online-subrow-t4-slash",
        "eml-coremail-alternative-base64-2025-extra-online-subrow-new-total-defect",
        "jsonl-crawler-feed-utf8-2025-zhen-extra-online-subrow",
        "docx-tracked-revisions-figures-2025-extra-online-subrow")},
    # wild23: the 2025 extra sub-row in one more family
    "pdf-2025-acrobat-county-bureau-extra-online-subrow-values-right": [
        (r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    # wild22: the 2025 extra sub-row in three more families
    **{f: [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")] for f in (
        "pdf-2025-word-county-bureau-extra-online-subrow-heji", "html-platform-2025-county-gov-extra-online-subrow-hdr2",
        "pdf-print-driver-tj-kerning-figures-drawn-last-2025-zhen-extra-subrow")},
    # wild21: the 2025 extra sub-row in five more families
    **{f: [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")] for f in (
        "pdf-2025-libreoffice-county-gov-extra-online-subrow-xubiao-hdr-page-header",
        "html-dahan-2025-bureau-extra-online-subrow-t4-slash", "docx-2025-zhen-extra-online-subrow-t3-blank-zeros",
        "pdf-cover-letter-embedded-file-report-pdf-2025-extra-online-subrow",
        "warc-warcio-raw-response-chunked-gzip-2025-xiang-extra-online-subrow")},
    "pdf-t4-this-year-last-year-rows-stale-carry-in-defect": [(r"上年(?:\s+\d+){15}", " ")],
    # wild24: the 2025 extra sub-row in two more families; last year's table-四 row 「上年」 in a GF2019 Word report
    **{f: [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")] for f in (
        "pdf-2025-word-county-bureau-extra-online-subrow-unit-lines-new-total-defect",
        "pdf-2025-county-gov-t3-t4-landscape-as-rotate-90-portrait-mediabox-extra-subrow")},
    "docx-gf2019-t4-this-year-last-year-rows-county-bureau": [(r"上年(?:\s+\d+){15}", " ")],
    # wild25: the 2025 extra sub-row in a Word report
    "docx-2025-county-gov-extra-online-subrow-unit-lines-new-total-defect": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    # wild26: the 2025 extra sub-row in an Acrobat PDF with figures right-aligned
    "pdf-2025-acrobat-city-bureau-extra-online-subrow-values-right-new-total-defect": [
        (r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "xlsx-t3-last-year-total-column": [(r"(?m)^((?:[^\t\n]*[^\d\t\n][^\t\n]*\t)+(?:-?\d+\t){6}-?\d+)\t\d+$", r"\1")],
    "html-platform-values-right-nbsp-padded-prose-figures-2025": [(r"本年度共收到政府信息公开申请[^。]*。", " "),
                                                                  (r"本年度因政府信息公开被申请行政复议[^。]*。", " ")],
    # wild28: blocks a publisher adds around the tables (a caption 「表n　…」/「图n　…」 down to its 「数据来源：…。」 line:
    # a comparison table, a channel breakdown with table 三's columns, an SVG pie's legend); table 三's added 「占比」
    # column; table 三's added sub-row 「其中：网上申请」 (a 2022 report)
    "html-platform-yoy-comparison-table-last-year-this-year-change-before-t3": [EXTRA_BLOCK],
    "html-inline-svg-pie-chart-channel-legend-percent-and-count-after-t3": [EXTRA_BLOCK],
    "docx-channel-breakdown-table-with-t3-applicant-columns-before-t3": [EXTRA_BLOCK],
    "html-t3-added-last-column-share-percent-of-handled": [(r"(?<![\d.])\d+(?:\.\d+)?%", " ")],
    "docx-2022-t3-added-subrow-qizhong-wangshang-shenqing-under-new": [(r"其中：网上申请(?:\s+\d+){7}", " ")],
    # wild29: table 二's 增减 column typed with a full-width minus, 「减少n」, 「增加n」
    "html-gf2019-t2-delta-column-signed-ascii-fullwidth-minus-jianshao-zengjia": [
        (r"－(?=\d)", "-"), (r"减少\s*(?=\d)", "-"), (r"增加\s*(?=\d)", "+")],
    # wild36: the 2025 extra sub-row in one more family; cells that carry a second number — the note, the old figure,
    # last year's figure, the split, the 文号/案号, the 备注 remark — dropped, so the cell's own figure is read
    "pdf-2025-wps-qinghai-province-natural-resources-dept-extra-online-subrow-heji": [(r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-trs-cells-t2-decisions-with-qizhong-note-fee-with-payment-count": [(r"（其中[^）]*）", " "), (r"（共\d+笔）", " ")],
    "docx-cells-result-figures-with-han-zhuanban-note-in-parentheses": [(r"（含转办\d+件）", " ")],
    "html-bosi-cells-t4-case-figures-with-decision-or-judgment-number": [(r"（(?:决定书|案号)：[^）]*）", " ")],
    "docx-cells-totals-with-last-year-figure-in-parentheses-t3-t4": [(r"（上年\d+）", " ")],
    "docx-corrected-report-gengzheng-note-cells-new-figure-old-in-parentheses": [(r"（原为\d+）", " ")],
    "md-cells-new-figures-with-online-offline-split-in-parentheses": [(r"（线上\d+、线下\d+）", " ")],
    "pdf-wps-cells-qizhong-note-wrapped-inside-narrow-new-cells": [(r"（其中网上\d+）", " ")],
    "txt-t3-heji-then-remark-column-remarks-carry-figures": [
        (r"含重复申请\d+件|含依申请转主动公开\d+件|均在法定期限内办结，其中延期答复\d+件|已于次年初办结\d+件", " ")],
}
# wild37: tables that print more than this year — last year's figures, changes and growth rates beside this year's,
# dropped per family so this year's are read (a run of n figures in a row keeps only this year's)
FAMILY_CLEAN.update({
    "pdf-2025-wps-tianjin-municipal-ecology-environment-bureau-extra-online-subrow-heji": [
        (r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-t2-decision-and-fee-rows-this-year-last-year-change-in-three-columns": [
        (r"(行政许可|行政处罚|行政强制|行政事业性收费)(\s+\d+(?:\.\d+)?)\s+\d+(?:\.\d+)?\s+[+-]?\d+(?:\.\d+)?", r"\1\2")],
    "docx-t3-last-year-same-period-row-under-every-row": [(r"上年同期(?:\s+\d+){7}", " ")],
    "pdf-word-t4-rows-labelled-by-year-last-year-above-this-year": [
        (r"\d{4}年((?:\s+\d+){15})\s+\d{4}年((?:\s+\d+){15})", r" \2 ")],
    "html-t3-total-column-split-this-year-last-year-subcolumns": [(RUN, lambda m: run_keep(m, 8, range(7)))],
    "html-yushangnian-xiangbi-sentence-as-last-merged-row-inside-t3-t4": [(r"与上年相比[^。]*。", " ")],
    "pdf-word-t3-added-last-year-total-and-growth-percent-columns": [
        (r"(?m)\s+\d+\s+(?:[+-]?\d+(?:\.\d+)?%|—)$", "")],
    "docx-section-3-two-t3-tables-captioned-by-year-last-year-first": [
        (r"(?s)（一）\d{4}年度收到和处理政府信息公开申请情况.*?（二）\d{4}年度收到和处理政府信息公开申请情况", " ")],
    "md-t2-added-last-year-fifth-column-on-every-row": [
        (r"(?m)^(\|\s*(?:规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)\s*\|.*?)\|\s*\d+(?:\.\d+)?\s*\|\s*$",
         r"\1|")],
    "html-t4-every-column-split-this-year-last-year-alternating": [(RUN, lambda m: run_keep(m, 30, range(0, 30, 2)))],
})
# wild38: columns and rows left out or merged — a merged column's or folded row's sum is not a template cell
T3_SECTION = r"(?s)三、收到和处理政府信息公开申请情况.*?四、政府信息公开行政复议"


def in_t3(pat: str, rep):
    """wild38: a substitution made inside section 三 only (table 二's and 四's rows are left as they are)."""
    return T3_SECTION, lambda m: re.sub(pat, rep, m.group())


FAMILY_CLEAN.update({
    "pdf-2025-wps-beijing-municipal-transport-commission-extra-online-subrow-heji": [
        (r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "html-t3-three-columns-ziranren-faren-subtotal-zongji-five-subcolumns-left-out": [
        in_t3(RUN, lambda m: run_keep(m, 3, (0, 2)))],
    "docx-t3-biz-and-sci-columns-merged-one-column-shangye-keyan": [(RUN, lambda m: run_keep(m, 6, (0, 2, 3, 4, 5)))],
    "md-t3-npo-law-other-merged-into-one-qita-zuzhi-column": [
        in_t3(r"(?m)^(.*\|\s*\d+\s*\|\s*\d+\s*\|\s*\d+\s*\|)\s*\d+\s*(\|\s*\d+\s*\|)\s*$", r"\1\2")],
    "pdf-wps-t3-buyu-gongkai-wufa-tigong-buyu-chuli-subrows-folded-into-parent-rows": [
        (r"（[三四五]）(?:不予公开|无法提供|不予处理)(?:\s+\d+){7}", " ")],
    "pdf-word-t4-susong-ld-and-lr-merged-one-five-column-block": [(RUN, lambda m: run_keep(m, 10, range(5)))],
    "docx-t2-penalty-and-coercion-rows-merged-one-row-summed": [(r"行政处罚、行政强制\s+\d+", " ")],
})
# wild39 (the publisher's own defects): the 2025 extra sub-row in two more families (the defects need no rule: the
# gold holds the figures as printed)
FAMILY_CLEAN.update({
    "pdf-2025-wps-shanghai-municipal-economy-informatization-commission-online-subrow-heji": [
        (r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
    "pdf-2025-wps-defect-zhen-bennian-xinshou-zongji-one-too-many-online-subrow": [
        (r"其中：通过在线平台申请(?:\s+\d+){7}", " ")],
})
# wild40 (the tables out of their place): each official table found by its own words (see the docstring)
BY_TABLE = {
    "html-trs-official-tables-captioned-biao1-biao2-biao3-arabic",
    "html-bosi-official-tables-captioned-fubiao-yi-er-san-inline",
    "html-platform-section-si-fuyi-susong-before-section-san-shenqing",
    "html-trs-shenqing-table-first-captioned-biao1-zhudong-second-biao2",
    "html-bosi-official-tables-in-appendix-after-signature-fubiao-1-2-3",
    "html-platform-appendix-shenqing-table-first-fubiao-numbering-not-template-order",
    "html-trs-site-zhudong-gongkai-tongjibiao-of-columns-before-official-t2",
    "html-bosi-channel-tongjibiao-with-xuhao-percent-inside-sec2-before-biao1",
    "html-platform-zhen-decoy-lanmu-table-in-body-official-tables-appendix-biao-yi-er-san",
    "html-trs-2025-fuyi-susong-table-second-captioned-biao-er-shenqing-third-biao-san",
}
FAMILY_CLEAN["pdf-2025-wps-chongqing-municipal-economy-informatization-commission-online-subrow-heji"] = [
    (r"其中：通过在线平台申请(?:\s+\d+){7}", " ")]


def html_table_sections(raw: str, family: str) -> list[str]:
    """wild40: the page's tables one by one, each taken as table 二, 三 or 四 by its own words; others skipped."""
    out = {"t2": [], "t3": [], "t4": []}
    for m in re.finditer(r"<table\b.*?</table>", raw, re.S):
        FAMILY["now"] = family
        txt = html_text(m.group())
        flat = re.sub(r"\s+", "", txt)
        if "第二十条" in flat:
            out["t2"].append(txt)
        elif "自然人" in flat or "申请人情况" in flat:
            out["t3"].append(txt)
        elif "结果维持" in flat:
            out["t4"].append(txt)
    return [clean("\n".join(out[k]), family) for k in ("t2", "t3", "t4")]


# wild37: the ruled comparison table after table 四 (年度 × table 四's columns, a 增减 row) is not one of the report's
EXTRA_TABLES["pdf-wps-two-year-comparison-table-after-t4-repeats-its-columns-with-change-row"] = r"增减"
# wild36: the corrected page's struck old figures (<del>) are not the report's figures
DEL_TAGS = {"html-corrected-report-old-figure-struck-del-new-beside-in-cell"}
CN_CELLS = {"html-chinese-numeral-cells", "html-bosi-few-cells-chinese-numerals-among-arabic-ling-shi-er"}  # wild29
OL_CELLS = {"docx-typed-over-table-letter-o-for-zero-lowercase-l-for-one"}  # wild29
CN = "〇一二三四五六七八九"


def cn_value(t: str) -> int:
    """Chinese numerals as typed in a cell (〇, 十二, 一百〇五, 一千〇二十) → int."""
    total, cur = 0, 0
    for ch in t:
        if ch in CN:
            cur = CN.index(ch)
        else:
            total += (cur or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            cur = 0
    return total + cur


def clean(t: str, family: str = "") -> str:
    for pat, rep in FAMILY_CLEAN.get(family, []):
        t = re.sub(pat, rep, t)
    if family in CN_CELLS:  # a cell of numerals alone (headings like 「二、」 stay)
        t = re.sub(r"(?<=\s)[〇一二三四五六七八九十百千]+(?=\s)", lambda m: str(cn_value(m.group())), t)
    if family in OL_CELLS:  # wild29: a typed-over cell of digits and O/o/l alone: O/o is 0, l is 1
        t = re.sub(r"(?<!\S)[0-9Ool]*[Ool][0-9Ool]*(?!\S)", lambda m: m.group().translate(str.maketrans("Ool", "001")), t)
    t = t.replace("\u00a0", " ").replace("\u3000", " ")
    t = re.sub(r"\d{4}年政府信息公开工作年度报告", " ", t)
    t = re.sub(r"附表\d", "附表", t)
    t = re.sub(r"(?<=\d)[,，](?=\d{3}(?!\d))", "", t)
    t = re.sub(r"(?<![\d.])\d{1,2}\s*\.\s*(?=[\u4e00-\u9fff“\"])", " ", t)
    return t


def numbers(t: str) -> list[float]:
    return [float(x) for x in re.findall(r"(?<![\d.])[+-]?\d+(?:\.\d+)?", t)]


def sections(text: str, family: str):
    marks = MARKERS.get(family, DEFAULT_MARKS)
    flat = re.sub(r"\s+", "", text)
    idx = []
    for m in marks:
        if m is None:
            idx.append(len(flat))
            continue
        start = idx[-1] + 1 if idx else 0
        found = re.search(m, flat[start:])
        if not found:
            return None
        idx.append(start + found.start())
    mapping = [i for i, ch in enumerate(text) if not ch.isspace()] + [len(text)]
    return [text[mapping[a]:mapping[b]] for a, b in zip(idx, idx[1:])]


def pdf_sections(data: bytes, family: str) -> list[str]:
    tabs = pdf_tables(data, family)
    out = {"t2": [], "t3": [], "t4": []}
    if family == "pdf-excel-print-row-col-headings":
        cur = None
        for tb in tabs:
            for row in tb:
                cells = row[1:]
                first = next((c for c in cells if c), "")
                if first.startswith("二、主动公开"):
                    cur = "t2"
                elif first.startswith("三、收到和处理"):
                    cur = "t3"
                elif first.startswith("四、政府信息公开行政复议"):
                    cur = "t4"
                elif first.startswith("填报单位"):
                    cur = None
                elif cur:
                    out[cur].append(" ".join(cells))
    else:
        kind = "t2"
        for tb in tabs:
            flat = "".join("".join(r) for r in tb)
            if family in EXTRA_TABLES and re.search(EXTRA_TABLES[family], flat):
                continue
            if any(w in flat for w in ("第二十条", "结果维持", "自然人", "申请人情况")):  # else: a table's next page
                kind = "t2" if "第二十条" in flat else ("t4" if "结果维持" in flat and "自然人" not in flat else "t3")
            out[kind] += [" ".join(r) for r in tb]
    return ["\n".join(out[k]) for k in ("t2", "t3", "t4")]


def recompute_findings(g):
    t3, t4 = g["t3"], g["t4"]
    out = set()
    if not t3:
        return out
    rows_ = list(dict.fromkeys(k.rsplit(".", 1)[0] for k in t3))
    res = [r for r in rows_ if r not in ("new", "carry_in", "r7", "carry_out")]
    for c in COLS:
        v = [t3[f"{r}.{c}"] for r in ("new", "carry_in", "r7", "carry_out")]
        if None not in v and v[0] + v[1] != v[2] + v[3]:
            out.add(("H1", f"t3 column {c}"))
        rv = [t3[f"{r}.{c}"] for r in res]
        if None not in rv and t3[f"r7.{c}"] is not None and sum(rv) != t3[f"r7.{c}"]:
            out.add(("H3", f"t3 column {c}"))
    for r in rows_:
        v = [t3[f"{r}.{c}"] for c in COLS]
        if None not in v and sum(v[:-1]) != v[-1]:
            out.add(("H2", f"t3.{r}"))
    for k in ("rv", "ld", "lr"):
        v = [t4[f"{k}.{p}"] for p in ("keep", "fix", "other", "pend", "tot")]
        if None not in v and sum(v[:-1]) != v[-1]:
            out.add(("H5", f"t4.{k}"))
    for t, vals in (("t3", t3), ("t4", t4)):  # H6 (format.md §7.1): a count printed below 0
        out |= {("H6", f"{t}.{k}") for k, v in vals.items() if v is not None and v < 0}
    return out


def unescaped(data: bytes) -> bytes:
    """The page with its document.write(unescape(c)) script replaced by the decoded string (JavaScript unescape:
    %uXXXX and %XX)."""
    raw = data.decode("utf-8")
    m = re.search(r"<script[^>]*>(.*?)</script>", raw, re.S)
    enc = "".join(re.findall(r'c \+?= "([^"]*)";', m.group(1)))
    dec = re.sub(r"%u([0-9A-F]{4})|%([0-9A-F]{2})", lambda x: chr(int(x.group(1) or x.group(2), 16)), enc)
    return (raw[:m.start()] + dec + raw[m.end():]).encode("utf-8")


def flat_opc_zip(data: bytes) -> bytes:
    """Word's flat OPC (pkg:package) as the zip package it describes (XML parts only)."""
    pkg = "{http://schemas.microsoft.com/office/2006/xmlPackage}"
    root = etree.fromstring(data)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for part in root.iter(pkg + "part"):
            xd = part.find(pkg + "xmlData")
            if xd is not None and len(xd):
                z.writestr(part.get(pkg + "name").lstrip("/"), etree.tostring(xd[0]))
    return buf.getvalue()


def next_data(data: bytes) -> bytes:
    """A Next.js page as its browser renders it: the __NEXT_DATA__ script's article (title and content HTML) as the
    page's body."""
    raw = data.decode("utf-8")
    m = re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', raw, re.S)
    art = json.loads(m.group(1))["props"]["pageProps"]["article"]
    body = f"<h1>{art['title']}</h1><div>{art['source']} {art['publishTime']}</div>{art['content']}"
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode("utf-8")


WECHAT_JSON = {"html-wechat-browser-open-json-in-script-content-noencode-jiedao"}


def wechat_json(data: bytes) -> bytes:
    """wild23: a WeChat article page whose #js_content is empty: the window.cgiDataNew payload's title and
    content_noencode as the page's body."""
    raw = data.decode("utf-8")
    m = re.search(r"window\.cgiDataNew = (\{.*?\});\n</script>", raw, re.S)
    v = json.loads(m.group(1))
    body = f"<h1>{v['title']}</h1>{v['content_noencode']}"
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode("utf-8")


def eml_text(data: bytes) -> str:
    """wild20: an e-mail's text/html part in its charset (the page as the mail client shows it); without one, its
    .docx attachment."""
    msg = email.message_from_bytes(data)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            raw = part.get_payload(decode=True)
            cs = (part.get_content_charset() or "utf-8").lower()
            return html_text(raw.decode("gb18030" if cs in ("gb2312", "gbk") else cs))
    for part in msg.walk():
        if (part.get_filename() or "").endswith(".docx"):
            return docx_text(part.get_payload(decode=True))
    raise ValueError("no html part and no .docx attachment")


def warc_text(data: bytes) -> str:
    """wild20: a WARC file's response record (gzip members decompressed): the HTTP payload in the charset of its
    Content-Type."""
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    pos = 0
    while pos < len(data):
        end = data.index(b"\r\n\r\n", pos)
        head = data[pos:end].decode("utf-8")
        n = int(re.search(r"(?mi)^Content-Length: (\d+)", head).group(1))
        block = data[end + 4:end + 4 + n]
        pos = end + 4 + n + 4
        if re.search(r"(?m)^WARC-Type: response", head):
            hh, body = block.split(b"\r\n\r\n", 1)
            if re.search(rb"(?mi)^Transfer-Encoding:\s*chunked", hh):  # wild21: recorded raw
                out, i = b"", 0
                while True:
                    j = body.index(b"\r\n", i)
                    n = int(body[i:j].split(b";")[0], 16)
                    if n == 0:
                        break
                    out += body[j + 2:j + 2 + n]
                    i = j + 2 + n + 2
                body = out
            if re.search(rb"(?mi)^Content-Encoding:\s*gzip", hh):
                body = gzip.decompress(body)
            cs = re.search(rb"charset=([\w-]+)", hh).group(1).decode().lower()
            return html_text(body.decode("gb18030" if cs in ("gb2312", "gbk") else cs))
    raise ValueError("no response record")


def webarchive_text(data: bytes) -> str:
    """wild20: Safari's .webarchive: the WebMainResource's data in its text encoding."""
    main = plistlib.loads(data)["WebMainResource"]
    return html_text(main["WebResourceData"].decode(main.get("WebResourceTextEncodingName", "utf-8")))


def embedded(data: bytes) -> bytes | None:
    """wild21: a PDF's first embedded file (pdfium's attachment API), or None."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(data)
    try:
        if doc.count_attachments():
            inner = bytes(doc.get_attachment(0).get_data())
            # wild23: an attached data XML (PDF/A-3 /AF) is not the report: the PDF's pages are
            return inner if inner[:4] in (b"%PDF", b"PK\x03\x04") else None
        return None
    finally:
        doc.close()


def payload(path: Path) -> tuple[bytes, str]:
    """wild21: the bytes read as the report and their kind: a PDF's embedded file in its place."""
    data = path.read_bytes()
    # wild22: a file named .pdf or .xls whose bytes are an HTML page is read as HTML; a .docm as a .docx
    if path.suffix in (".pdf", ".xls") and data.lstrip()[:1] == b"<":
        return data, ".html"
    if path.suffix in (".docm", ".dotx", ".dotm"):  # wild23: a Word template as a .docx
        return data, ".docx"
    if path.suffix == ".htm":  # wild32: a page saved as .htm is a page
        return data, ".html"
    if path.suffix == ".pdf":
        inner = embedded(data)
        if inner is not None:
            return inner, ".pdf" if inner.startswith(b"%PDF") else ".docx"
    return data, path.suffix


ZIP_BY_NAME: set[str] = set()  # wild34
FURNITURE = re.compile(r'<div class="(?:info|pagination)">.*?</div>', re.S)


def zip_text(data: bytes) -> str:
    """wild21: a .zip: its .docx member, or else its HTML pages in the archive's order (each page's 发布时间 line and
    pagination bar dropped)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    docs = [n for n in z.namelist() if n.endswith((".docx", ".docm"))]  # wild23: a .docm member
    if FAMILY.get("now") in ZIP_BY_NAME:  # wild34: the member named as the report, not the first .docx
        docs = [n for n in docs if "年度报告" in n]
    if docs:
        return docx_text(z.read(docs[0]))
    pages = [n for n in z.namelist() if n.endswith((".html", ".htm"))]
    return "\n".join(html_bytes(FURNITURE.sub("", z.read(n).decode("utf-8")).encode("utf-8")) for n in pages)


def wordml2003_text(data: bytes) -> str:
    """wild21: Word 2003 XML: w:t and w:tab in document order, a line after each paragraph and cell."""
    out = []

    def walk(el):
        name = local(el.tag)
        if name == "t":
            out.append(el.text or "")
        elif name == "tab":
            out.append("\t")
        for ch in el:
            walk(ch)
        if name in ("p", "tc"):
            out.append("\n")
    walk(etree.fromstring(data))
    return "".join(out)


def enex_text(data: bytes) -> str:
    """wild21: an .enex export: each note's ENML content read as HTML."""
    root = etree.fromstring(data)
    out = []
    for c in root.iter("content"):
        enml = re.sub(r"^<\?xml[^>]*>\s*<!DOCTYPE[^>]*>", "", c.text.strip())
        out.append(html_text(enml))
    return "\n".join(out)


def har_text(data: bytes) -> str:
    """wild21: a HAR: the content of its text/html responses (base64 decoded where "encoding" says so)."""
    out = []
    for e in json.loads(data.decode("utf-8"))["log"]["entries"]:
        c = e["response"]["content"]
        if c.get("mimeType", "").startswith("text/html") and "text" in c:
            raw = base64.b64decode(c["text"]) if c.get("encoding") == "base64" else c["text"].encode("utf-8")
            out.append(html_bytes(raw))
    return "\n".join(out)


def targz_text(data: bytes) -> str:
    """wild21: a .tar.gz: its .html members."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as t:
        return "\n".join(html_bytes(t.extractfile(m).read()) for m in t.getmembers()
                         if m.isfile() and m.name.endswith(".html"))


def text_of(path: Path, family: str = "") -> str:
    data, ext = payload(path)
    name = path.name
    FAMILY["now"] = family
    if name.endswith(".html.gz.gz"):  # wild23: gzipped twice
        return html_bytes(gzip.decompress(gzip.decompress(data)))
    if ext == ".odt":  # wild23: an ODF package: its content.xml
        return flat_odf_text(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    if ext == ".html" and family in WECHAT_JSON:
        return html_bytes(wechat_json(data))
    if name.endswith(".html.gz"):
        return html_bytes(gzip.decompress(data))
    if name.endswith(".tar.gz"):
        return targz_text(data)
    if ext == ".zip":
        return zip_text(data)
    if ext == ".enex":
        return enex_text(data)
    if ext == ".har":
        return har_text(data)
    if ext == ".xml" and b"<w:wordDocument" in data[:2000]:
        return wordml2003_text(data)
    if ext == ".docx":
        return docx_text(data)
    if ext == ".xlsx":
        return xlsx_text(data)
    if ext == ".rtf":
        return rtf_text(data)
    if ext in (".mht", ".mhtml"):
        return mht_text(data)
    if ext == ".eml":
        return eml_text(data)
    if ext in (".warc", ".gz"):
        return warc_text(data)
    if ext == ".webarchive":
        return webarchive_text(data)
    if ext == ".jsonl":
        return "\n".join(json_text(json.loads(x)) for x in data.decode("utf-8").splitlines() if x.strip())
    if ext == ".pdf":
        return pdf_all_text(data, family)
    if ext == ".html" and family in NEXT_DATA:  # (wild22: ext is the payload's kind, not the name's)
        return html_bytes(next_data(data))
    if ext == ".html" and family in UNESCAPE:
        return html_bytes(unescaped(data))
    if ext == ".html":
        return html_bytes(data)
    if ext == ".xml":
        return docx_text(flat_opc_zip(data))
    if ext == ".json":
        only = JSON_ONLY.get(family)
        v = json.loads(data.decode("utf-8"))
        if family in DOUBLE_JSON:
            v["data"] = json.loads(v["data"])
        if family in BASE64_JSON:
            v["data"]["content"] = base64.b64decode(v["data"]["content"]).decode("utf-8")
        return json_only(v, only) if only else json_text(v)
    if ext in (".fodt", ".fods"):
        return flat_odf_text(data)
    t = text_bytes(data)
    if ext == ".md":
        t = re.sub(r"<[^>]+>", " ", t)
    return t


# ---------------------------------------------------------------- wild25: reports that are pictures

MODELS = HERE / "models"
SHOWN = ("", "hand")  # flags of strings a reader reads (not "furn", "struck", "seal")


def model_of(g: dict):
    p = MODELS / f"{g['id']}.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else None


def pic_text(pic: dict) -> str:
    return "\n".join(t for items in pic["pages"] for t, _x, _y, _px, flag in items if flag in SHOWN)


def _open(b: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(b))
    im.load()
    return im


def carrier_pictures(data: bytes, carrier: str) -> list[Image.Image]:
    out = []
    if carrier.startswith("pdf"):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                for im in page.images:
                    st = im["stream"]
                    names = [getattr(f, "name", str(f)) for f, _ in st.get_filters()]
                    if "DCTDecode" in names:
                        out.append(_open(st.get_rawdata()))
                    else:
                        w, h = st["Width"], st["Height"]
                        out.append(Image.frombytes("1", (w, h), st.get_data()))
    elif carrier == "tiff":
        im = Image.open(io.BytesIO(data))
        out = [f.copy() for f in ImageSequence.Iterator(im)]
    elif carrier == "zip-jpeg":
        z = zipfile.ZipFile(io.BytesIO(data))
        out = [_open(z.read(n)) for n in sorted(z.namelist()) if n.lower().endswith(".jpg")]
    elif carrier == "html-data-png":
        out = [_open(base64.b64decode(m)) for m in re.findall(rb'src="data:image/png;base64,([^"]+)"', data)]
    elif carrier == "html-data-jpeg":  # wild26: the pages as JPEG data: URIs
        out = [_open(base64.b64decode(m)) for m in re.findall(rb'src="data:image/jpeg;base64,([^"]+)"', data)]
    elif carrier == "docx-media":
        z = zipfile.ZipFile(io.BytesIO(data))
        rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        root = etree.fromstring(z.read("word/document.xml"))
        for el in root.iter():
            if local(el.tag) == "blip":
                rid = next(v for k, v in el.attrib.items() if local(k) == "embed")
                out.append(_open(z.read("word/" + target[rid])))
    return out


def picture_text(data: bytes, m: dict) -> str:
    """The report's text with each picture's drawn strings in the picture's place."""
    pics = m["pictures"]
    if m["carrier"] in ("html-data-png", "html-data-jpeg"):
        it = iter(pics)
        raw = re.sub(rb'<img [^>]*src="data:image/(?:png|jpeg);base64,[^"]+"[^>]*>',
                     lambda _: ("<div>" + "<br>".join(x.replace("&", "&amp;").replace("<", "&lt;")
                                                      for x in pic_text(next(it)).split("\n")) + "</div>").encode(),
                     data)
        return html_bytes(raw)
    if m["carrier"] == "docx-media":
        z = zipfile.ZipFile(io.BytesIO(data))
        root = etree.fromstring(z.read("word/document.xml"))
        it = iter(pics)
        out = []
        for p in root.iter(W + "p"):
            out.append("".join(t.text or "" for t in p.iter(W + "t")))
            for _ in (b for b in p.iter() if local(b.tag) == "blip"):
                out.append(pic_text(next(it)))
        return "\n".join(out)
    return "\n".join(pic_text(p) for p in pics)


def picture_problems(data: bytes, m: dict) -> list[str]:
    p = []
    got = carrier_pictures(data, m["carrier"])
    if len(got) != len(m["pictures"]):
        return [f"{len(got)} pictures in the file, {len(m['pictures'])} in the model"]
    if m["carrier"] in ("pdf-dct", "pdf-bilevel", "tiff", "zip-jpeg", "html-data-jpeg", "docx-media") and len(got) > 4:
        p.append("a scanned file of more than 4 pictures")
    for i, (im, pic) in enumerate(zip(got, m["pictures"])):
        if list(im.size) != pic["size"] or im.mode != pic["mode"]:
            p.append(f"picture {i + 1}: {im.size} {im.mode} != model {pic['size']} {pic['mode']}")
        elif hashlib.sha256(im.tobytes()).hexdigest() != pic["sha256"]:
            p.append(f"picture {i + 1}: pixels differ from the model's")
    return p


# wild33: the tables linearised
FAMILY_CLEAN["html-a11y-screen-reader-version-cells-read-one-by-one-row-col-position"] = [
    (r"第\d+行，第\d+列", " "), (r"共\d+行\d+列", " ")]
T3_BLOCKS["txt-t3-transposed-applicant-type-rows-tab-separated-26-outcome-columns"] = [[c] for c in COLS]
UNRULED.add("pdf-chrome-print-plaintext-page-rows-label-colon-dunhao-values")


# wild34: the report inside a bigger document
EXTRA_TABLES["pdf-npc-standing-committee-packet-report-as-attachment-3-after-budget-table"] = r"决算数"
ZIP_BY_NAME.add("zip-publication-package-guide-docx-first-report-docx-second-catalogue-html")


def check(gpath: Path, keysets, g: dict | None = None) -> list[str]:
    g = g or json.loads(gpath.read_text(encoding="utf-8"))
    p = []
    for f in FIELDS:
        if f not in g:
            p.append(f"missing field {f}")
    path = HERE / g["file"]
    m = model_of(g)
    if path.stat().st_size >= (2_000_000 if m else 200_000):
        p.append("file ≥ 200 kB" if not m else "picture file ≥ 2 MB")
    tmpl = g["template"]
    if tmpl != "LEGACY":
        ks = keysets[tmpl]
        for t in ("t2", "t3", "t4"):
            if set(g[t]) != ks[t]:
                p.append(f"{t} keys differ from the corpus {tmpl} key set")
            for k, v in g[t].items():
                if (v is None) != (f"{t}.{k}" in g["placeholders"] or f"{t}.{k}" in g.get("not_printed", [])):
                    p.append(f"null/placeholder mismatch {t}.{k}")
        for key in g.get("not_printed", []):  # wild38: a cell not printed is null and has no placeholder
            sect, k = key.split(".", 1)
            if g[sect].get(k, 0) is not None or key in g["placeholders"]:
                p.append(f"not_printed {key} is not a null without placeholder")
        have = {(f["check"], f["where"]) for f in g["findings"]}
        if have != recompute_findings(g):
            p.append(f"findings {sorted(have)} != recomputed {sorted(recompute_findings(g))}")
    if m:  # wild25: the pictures are the model's, and the model's strings are what they show
        data = path.read_bytes()
        if not hasattr(check, "_pics"):
            check._pics = {}
        if g["id"] not in check._pics:
            check._pics[g["id"]] = picture_problems(data, m)
        p += check._pics[g["id"]]
        text, suffix = picture_text(data, m), ".picture"
    else:
        text = norm32(text_of(path, g["family"]), g["family"])
        data, suffix = payload(path)
    if suffix == ".pdf":
        text += "\n" + "\n".join("".join(r) for tb in pdf_tables(data, g["family"]) for r in tb)
    flat = re.sub(r"\s+", "", text)
    if g["agency"] not in flat:
        p.append("agency not printed")
    if str(g["year"]) not in flat:
        p.append("year not printed")
    if tmpl == "LEGACY":
        return p
    if not any(w in flat for w in T2_WORDING[tmpl]):
        p.append("table 二 wording of the template not printed")
    fam = g["family"]
    if suffix == ".pdf" and fam not in UNRULED:
        secs = [clean(x, fam) for x in pdf_sections(data, fam)]
    elif fam in BY_TABLE:  # wild40
        secs = html_table_sections(path.read_text(encoding="utf-8"), fam)
    else:
        secs = sections(clean(text, fam), fam)
    if secs is None:
        return p + ["table sections not found"]
    for name, seg in zip(("t2", "t3", "t4"), secs):
        got = numbers(seg)
        vals = g[name]
        if name == "t4" and fam in T4_FIRST:
            vals = {f"{k}.{p}": vals[f"{k}.{p}"] for k in ("rv", "ld", "lr")
                    for p in ("tot", "keep", "fix", "other", "pend")}
        if name == "t2" and fam in T2_ORDER:
            vals = {k: vals[k] for k in T2_ORDER[fam] + [k for k in vals if k not in T2_ORDER[fam]]}
        if name == "t3" and fam in REORDER:
            vals = {f"{k}.{c}": vals[f"{k}.{c}"] for k in dict.fromkeys(x.rsplit(".", 1)[0] for x in vals)
                    for c in REORDER[fam]}
        if name == "t3" and fam in T3_BLOCKS:  # wild30
            rk = list(dict.fromkeys(x.rsplit(".", 1)[0] for x in vals))
            vals = {f"{k}.{c}": vals[f"{k}.{c}"] for blk in T3_BLOCKS[fam] for k in rk for c in blk}
        exp = [float(v) for v in vals.values() if v is not None]
        if fam in SORTED:
            got, exp = sorted(got), sorted(exp)
        if exp != got:
            p.append(f"{name}: printed numbers differ from gold ({len(got)} vs {len(exp)}): "
                     f"{got[:14]} … vs {exp[:14]} …")
    return p


def mutations(keysets) -> int:
    """Change one gold cell at a time (the first and a middle non-null cell of each table of every GF file, +7) and
    count the changes the check does not notice on that table's numbers (must be 0)."""
    missed = n = 0
    for f in sorted((HERE / "gold").glob("*.json")):
        g0 = json.loads(f.read_text(encoding="utf-8"))
        if g0["template"] == "LEGACY":
            continue
        for t in ("t2", "t3", "t4"):
            keys = [k for k, v in g0[t].items() if v is not None]
            if not keys:  # wild15: a table printed all 「/」 or 「—」 has no number to change
                continue
            for k in (keys[0], keys[len(keys) // 2]):
                g = json.loads(json.dumps(g0))
                g[t][k] += 7
                g["findings"] = [{"check": c, "where": w} for c, w in sorted(recompute_findings(g))]
                n += 1
                if not any(p.startswith(f"{t}: printed numbers differ") for p in check(f, keysets, g)):
                    missed += 1
                    print("not caught:", f.stem, t, k)
    print(f"{n} mutations, {missed} not caught")
    return missed


def main() -> int:
    keysets = {t: majority_keys(t) for t in ("GF2021", "GF2019")}
    if "--mutate" in sys.argv:
        return 1 if mutations(keysets) else 0
    files = sorted((HERE / "gold").glob("*.json"))
    bad = 0
    for f in files:
        probs = check(f, keysets)
        if probs:
            bad += 1
            print(f.stem)
            for x in probs:
                print("   ", x)
    print(f"{len(files)} reports, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
