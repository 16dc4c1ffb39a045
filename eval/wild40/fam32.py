"""Printers of eval/wild32's hunt: THE REPORT'S SCRIPT AND ENCODING. The tables are the template's and print as
earlier printers print them (fam17's Word PDF / Word / CMS page, fam18's portal Markdown, fam15's text copy); what
changes is the characters and the bytes: the page after the site's 「繁體」 switch (a character-by-character converter,
with its mistakes: 复 → 複 everywhere, so 行政複議 for 行政復議; 干 → 乾, so 乾部 for 幹部), full-width digits and years in
〇-numerals, a bilingual report (a Tibetan, Korean, Uyghur or Mongolian line above each Chinese heading and the title;
label cells holding both scripts), and the text saved as UTF-16 LE with a BOM (Windows Notepad's 「Unicode」), as
GB18030 without any declaration, or as UTF-8 under a <meta charset="big5"> that lies.

The converter's table, S2T, is frozen here (built once from OpenCC's single-character s2t table for the characters
the builder prints; no dependency at build time). The minority-script lines (BI) were written by the builder for the
layout; they are not official translations."""
from __future__ import annotations

import io
import re
import zipfile

import fam13
import fam15 as G
import fam17 as N
import fam18 as R
import base
import docxbase
import pdfbase

_PAIRS = ("万萬与與专專业業东東严嚴个個丰豐临臨为爲举舉义義习習乡鄉于於云雲亚亞们們价價众衆优優会會传傳体體储儲兰蘭关關兴興内內册冊写寫农農决決况況准準凉涼减減划劃则則创創别別办辦务務动動区區医醫华華单單占佔卫衛"
          "厅廳压壓县縣参參发發台臺号號后後启啓员員围圍国國图圖场場坚堅壶壺处處备備复複够夠头頭夹夾娄婁宁寧实實审審宽寬对對导導将將尔爾层層属屬岭嶺峰峯干乾广廣庆慶应應废廢开開张張强強归歸当當录錄彻徹怀懷态態总總"
          "户戶托託执執扫掃抚撫护護报報拟擬择擇据據数數断斷无無时時显顯暂暫术術机機权權条條来來构構标標栏欄档檔检檢汇匯汉漢沟溝没沒济濟浏瀏灵靈点點烦煩环環现現珲琿电電监監码碼础礎确確碍礙秘祕积積称稱税稅稳穩笔筆"
          "签籤简簡类類紧緊纠糾红紅约約级級纳納线線组組细細织織经經结結绕繞络絡统統继繼续續维維综綜编編缩縮缴繳网網罗羅罚罰群羣职職联聯肃肅节節范範药藥获獲营營萨薩补補见見规規视視览覽计計订訂认認训訓议議记記许許"
          "论論讼訟设設访訪评評识識诉訴话話询詢该該详詳误誤说說请請读讀调調负負财財责責败敗账賬质質购購贯貫贴貼费費资資赞贊转轉软軟载載辑輯输輸边邊达達过過运運还還这這进進适適选選邮郵采採里裏链鏈错錯镇鎮长長门門"
          "闭閉问問间間闻聞阅閱队隊阳陽阴陰陇隴页頁项項预預领領频頻题題额額马馬验驗鲜鮮麦麥")
S2T = {_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)}


def trad(t: str) -> str:
    """The site's 「繁體」 converter: character by character, no phrase table (so 複 for every 复 — 行政複議, 答複 —, 乾 for every 干)."""
    return "".join(S2T.get(ch, ch) for ch in t)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(t: str) -> str:
    """A 全角 converter: every ASCII digit a full-width one (figures, dates, the 统计期限 sentence)."""
    return t.translate(FW)


# ------------------------------------------------------------------ bilingual heading lines
TIBDIG = str.maketrans("0123456789", "༠༡༢༣༤༥༦༧༨༩")
BI = {
    "bo": {
        "title": "{ytib}ལོའི་སྲིད་གཞུང་གི་ཆ་འཕྲིན་གསལ་བསྒྲགས་ལས་དོན་གྱི་ལོ་འཁོར་སྙན་ཞུ།",
        "一": "༡ སྤྱིའི་གནས་ཚུལ།",
        "二": "༢ སྲིད་གཞུང་གི་ཆ་འཕྲིན་རང་འགུལ་གྱིས་གསལ་བསྒྲགས་བྱས་པའི་གནས་ཚུལ།",
        "三": "༣ སྲིད་གཞུང་གི་ཆ་འཕྲིན་གསལ་བསྒྲགས་ཞུ་ཡིག་འབྱོར་བ་དང་ཐག་གཅོད་བྱས་པའི་གནས་ཚུལ།",
        "四": "༤ སྲིད་གཞུང་གི་ཆ་འཕྲིན་གསལ་བསྒྲགས་ཀྱི་འཛིན་སྐྱོང་བསྐྱར་ཞིབ་དང་འཛིན་སྐྱོང་ཁྲིམས་གཏུགས་ཀྱི་གནས་ཚུལ།",
        "五": "༥ གནད་དོན་གཙོ་བོ་དང་ལེགས་བཅོས་ཀྱི་གནས་ཚུལ།",
        "六": "༦ སྙན་སེང་ཞུ་དགོས་པའི་དོན་དག་གཞན་དག",
    },
    "ko": {
        "title": "{y}년 정부정보공개사업 연도보고",
        "一": "총체적 정황",
        "二": "정부정보를 주동적으로 공개한 정황",
        "三": "정부정보공개 신청을 접수하고 처리한 정황",
        "四": "정부정보공개 행정재심의, 행정소송 정황",
        "五": "존재하는 주요문제 및 개진 정황",
        "六": "기타 보고하여야 할 사항",
    },
    "ug": {
        "title": "{y}-يىللىق ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش خىزمىتى يىللىق دوكلاتى",
        "一": "ئومۇمىي ئەھۋال",
        "二": "ھۆكۈمەت ئۇچۇرلىرىنى ئاكتىپ ئاشكارىلاش ئەھۋالى",
        "三": "ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش ئىلتىماسىنى تاپشۇرۇۋېلىش ۋە بىر تەرەپ قىلىش ئەھۋالى",
        "四": "ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش مەمۇرىي قايتا قاراش ۋە مەمۇرىي دەۋا ئەھۋالى",
        "五": "مەۋجۇت ئاساسلىق مەسىلىلەر ۋە ياخشىلاش ئەھۋالى",
        "六": "دوكلات قىلىشقا تېگىشلىك باشقا ئىشلار",
    },
    "mn": {
        "title": "{y} ᠣᠨ ᠤ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠵᠠᠷᠲᠠᠭᠤᠯᠬᠤ ᠠᠵᠢᠯ ᠤᠨ ᠵᠢᠯ ᠦᠨ ᠲᠠᠢᠯᠤᠨ",
        "一": "ᠶᠡᠷᠦᠩᠬᠡᠢ ᠪᠠᠶᠢᠳᠠᠯ",
        "二": "ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠶᠢ ᠢᠳᠡᠪᠬᠢᠲᠡᠢ ᠵᠠᠷᠲᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠪᠠᠶᠢᠳᠠᠯ",
        "三": "ᠮᠡᠳᠡᠭᠡ ᠵᠠᠷᠲᠠᠭᠤᠯᠬᠤ ᠭᠤᠶᠤᠴᠢᠯᠭ᠎ᠠ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠪᠠᠶᠢᠳᠠᠯ",
        "四": "ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠳᠠᠬᠢᠨ ᠬᠢᠨᠠᠯᠲᠠ ᠪᠠ ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠵᠠᠷᠭᠤ ᠶᠢᠨ ᠪᠠᠶᠢᠳᠠᠯ",
        "五": "ᠭᠣᠣᠯ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠪᠠ ᠰᠠᠶᠢᠵᠢᠷᠠᠭᠤᠯᠬᠤ ᠪᠠᠶᠢᠳᠠᠯ",
        "六": "ᠮᠡᠳᠡᠭᠦᠯᠬᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠤᠰᠤᠳ ᠬᠡᠷᠡᠭ",
    },
}
# label cells holding both scripts (the minority line first, then the Chinese)
LABELS = {
    "bo": {"本年新收政府信息公开申请数量": "ལོ་འདིར་གསར་དུ་འབྱོར་བའི་ཞུ་ཡིག་གི་གྲངས་ཀ",
           "上年结转政府信息公开申请数量": "ན་ནིང་ནས་སྤོ་བའི་ཞུ་ཡིག་གི་གྲངས་ཀ",
           "予以公开": "གསལ་བསྒྲགས་བྱས་པ།",
           "结转下年度继续办理": "ལོ་རྗེས་མར་སྤོས་ནས་མུ་མཐུད་ཐག་གཅོད་བྱེད་རྒྱུ།",
           "行政复议": "འཛིན་སྐྱོང་བསྐྱར་ཞིབ།", "行政诉讼": "འཛིན་སྐྱོང་ཁྲིམས་གཏུགས།"},
    "ug": {"本年新收政府信息公开申请数量": "بۇ يىل يېڭىدىن تاپشۇرۇۋالغان ئىلتىماس سانى",
           "上年结转政府信息公开申请数量": "ئالدىنقى يىلدىن يۆتكەلگەن ئىلتىماس سانى",
           "予以公开": "ئاشكارىلاندى",
           "结转下年度继续办理": "كېيىنكى يىلغا يۆتكەپ بىر تەرەپ قىلىنىدۇ",
           "行政复议": "مەمۇرىي قايتا قاراش", "行政诉讼": "مەمۇرىي دەۋا"},
}


def _bi_line(s: dict, key: str) -> str:
    t = BI[s["script"]][key]
    return t.format(y=s["year"], ytib=str(s["year"]).translate(TIBDIG))


def _with_bi(inner):
    def blocks32(s: dict):
        out = inner(s)
        if not s.get("script") or s["script"] not in BI:
            return out
        new = []
        for kind, t in out:
            if kind == "title":
                new.append(("p", _bi_line(s, "title")))
            elif kind == "h" and t[:1] in BI[s["script"]]:
                new.append(("p", _bi_line(s, t[:1])))
            new.append((kind, t))
        return new
    return blocks32


_B0 = fam13.ORIG_BLOCKS
fam13.ORIG_BLOCKS = _with_bi(_B0)
for _m in (base, pdfbase, docxbase):
    if _m.blocks is _B0:
        _m.blocks = fam13.ORIG_BLOCKS


def _in_tables(html: str, f) -> str:
    """f applied to the text inside <table>…</table> only (the narrative untouched)."""
    return re.sub(r"<table.*?</table>", lambda m: f(m.group()), html, flags=re.S)


def _docx_map(data: bytes, f, parts=("word/document.xml",)) -> bytes:
    """The package with f applied to the text of the named parts; every other member and every ZipInfo kept."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename in parts:
                b = f(b.decode("utf-8")).encode("utf-8")
            zout.writestr(info, b)
    return buf.getvalue()


def _wt_map(f):
    """f applied to the content of every <w:t> (text runs only, never the markup)."""
    return lambda xml: re.sub(r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)", lambda m: m.group(1) + f(m.group(2)) + m.group(3),
                              xml)


# ------------------------------------------------------------------ printers
def p_trad(s):
    """fam17's Word PDF, every string drawn through the 「繁體」 converter."""
    from reportlab.pdfgen import canvas as C
    ds0 = C.Canvas.drawString

    def ds(self, x, y, t, *a, **k):
        return ds0(self, x, y, trad(t), *a, **k)
    C.Canvas.drawString = ds
    try:
        return N.p_report17(s)
    finally:
        C.Canvas.drawString = ds0


def d_trad(s):
    """fam17's Word report converted (document.xml and core.xml's title) with the 「繁體」 converter."""
    return _docx_map(N.d_report17(s), _wt_map(trad), parts=("word/document.xml",))


def m_trad_fw(s):
    """fam18's portal Markdown export, converted to traditional characters and to full-width digits."""
    return fullwidth(trad(R.m_portal(s).decode("utf-8"))).encode("utf-8")


def t_utf16(s):
    """fam15's text copy in traditional characters, saved by Notepad as 「Unicode」: UTF-16 LE with a BOM, CRLF."""
    t = trad(G.t_copy15(s).decode("utf-8")).replace("\n", "\r\n")
    return b"\xff\xfe" + t.encode("utf-16-le")


def h_big5_lie(s):
    """fam17's CMS page after the 「繁體」 switch: converted text, <meta charset="big5"> (the traditional site's
    template), the bytes UTF-8."""
    out = trad(N.h_cms17(s).decode("utf-8"))
    out = re.sub(r'charset="?utf-8"?', 'charset="big5"', out, flags=re.I)
    return out.encode("utf-8")


def h_bilingual(s):
    """fam17's CMS page of a bilingual site: a minority-script line above the title and every heading (blocks),
    and the table's label cells with the minority line first (<br> between)."""
    lab = LABELS[s["script"]]
    out = N.h_cms17(s).decode("utf-8")

    def f(tab: str) -> str:
        for zh, mi in lab.items():
            tab = re.sub(f">([^<>]*?){zh}", lambda m: f">{mi}<br>{m.group(1)}{zh}", tab)
        return tab
    return _in_tables(out, f).encode("utf-8")


def t_gb18030(s):
    """fam15's text copy of a bilingual report, saved as GB18030 (the Tibetan as four-byte sequences), no BOM."""
    return G.t_copy15(s).decode("utf-8").encode("gb18030")


def p_bilingual(s):
    """fam17's Word PDF with a minority-script line above the title and every heading."""
    return N.p_report17(s)


def d_bilingual(s):
    """fam17's Word report with a minority-script line above the title and headings, the label cells of tables
    三 and 四 holding the minority text before the Chinese."""
    lab = LABELS[s["script"]]

    def f(t: str) -> str:
        for zh, mi in lab.items():
            if zh in t:
                t = t.replace(zh, f"{zh} {mi}", 1)
        return t
    data = N.d_report17(s)

    def body(xml: str) -> str:
        return re.sub(r"<w:tbl>.*?</w:tbl>", lambda m: _wt_map(f)(m.group()), xml, flags=re.S)
    return _docx_map(data, body)


def m_bilingual(s):
    """fam18's portal Markdown export of a bilingual report."""
    return R.m_portal(s)
