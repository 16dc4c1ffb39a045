"""The kinds of body (levels) and the words users write for them — ONE vocabulary, read by the overview's
filter (api/overview.py `parse_level`, `xxgk list --level`, the API's `level=`) and by the questions' sets
(rag/scope.py: 「湖南省县级部门…」「辽宁省2024年县一级单位的年报有几份」).

Two tables with two roles:
- `KIND_WORDS` (level → words): the words stored as name forms of every body of that level (rag/scope.py
  `kind_forms`): found anywhere in a question. Changing them changes the stored forms (rag/scope.py
  FORMS_FORMAT).
- `LOOSE_WORDS` (word → levels): the words a user writes for a kind that are read only where they cannot be
  something else — as the overview's filter value, or in a question right after a place (「山东县区级」「江苏区县」
  「贵州县市区职能部门」). A word may name several levels: 「区县」「县一级单位」 are the county's government and its
  departments (the overview keeps 乡级政府 apart from the county: a 街道办事处 is not a 区县 body).

The level of a body whose rung the gold disputes (docs/levels.md), ONE convention per family, set by the extractor
(extractor/agency.py `_level`, `_district_branch`) and said by an answer over a set holding one (`disputed`):
- a government's office (「X人民政府办公室」「X人民政府办公厅」): its government's level (X级政府) — the corpus gold
  (安康, 上海) and wild5; wild, wild4 and wild31 gold it a department (4 against 4: the corpus is the gate);
- a bureau's 分局 named after one of its place's districts (「怀化市生态环境局鹤城分局」): that district's department
  (县级部门, region the district) — wild19's gold; a 分局 named otherwise (「高新区分局」, 「儋州监管分局」) its bureau's;
- a zone's 管委会: a 国家级新区 or province-run zone (gazetteer.ZONES 「市」: 兰州新区, 两江新区, 杨凌, 洋浦) 市级政府 —
  wild13, wild33, wild35 (wild9 and wild11 wrote 兰州新区/长春新区 县级政府); any other 开发区/园区 县级政府;
- a county-level city's government (「晋江市人民政府」) is 县级政府, never 市级政府 (every gold agrees).
"""

from __future__ import annotations

import re

# the kinds of body a report's agency is (extractor.agency's vocabulary), highest first
LEVELS = ("省级政府", "省级部门", "市级政府", "市级部门", "县级政府", "县级部门", "乡级政府")

# the level of a body as users write it, stored as its name forms (found anywhere in a question)
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "省级部门": (
        "省级部门",
        "省直部门",
        "省级机关",
        "省直机关",
        "省直单位",
        "省级单位",
        "省里的厅局",
        "省级厅局",
        "省直厅局",
    ),
    "省级政府": ("省级政府", "省级人民政府"),
    "市级部门": ("市级部门", "市直部门", "市级机关", "市直机关", "市直单位", "市级单位"),
    # (「所有市政府」: the city level said of a set — a bare 市政府 is a noun too: 「市政府公报」「市政府常务会议」)
    "市级政府": (
        "市级政府",
        "市级人民政府",
        "地级市人民政府",
        "地市政府",
        "地级市政府",
        "所有市政府",
        "全部市政府",
        "哪些市政府",
    ),
    "县级部门": ("县级部门", "区县部门", "县区部门", "区县级部门", "县直部门", "区直部门", "县级单位"),
    "县级政府": ("县级政府", "县级人民政府", "区县政府", "县区政府", "区县级政府", "区县人民政府"),
    "乡级政府": (
        "乡级政府",
        "乡级人民政府",
        "乡镇政府",
        "乡镇人民政府",
        "乡镇街道",
        "乡镇(街道)",
        "乡镇和街道",
        "乡镇、街道",
        # 「库里所有乡镇/街道的年报」: bare 乡镇 is a kind only said of a whole set (「洪泽区各乡镇」 are its divisions)
        "所有乡镇",
        "全部乡镇",
        "所有街道",
        "全部街道",
        "哪些乡镇",
        "哪些街道",
    ),
}

# a level's tier as users say it, and what they put after it: the government, its departments, or both
_TIERS = {
    "省": ("省一级", "省直", "省级"),
    "市": ("市一级", "地市级", "市级", "市直"),
    "县": ("县一级", "县区级", "区县级", "县市区", "县市区级", "区县", "县区", "县级", "县直"),
}
# the tiers as users say them in a chat (「县里的部门」「区里的部门」「市里的局」「区县的局委办」「县里的」): a tier + 里/的
_SPOKEN = {
    "省": ("省里的", "省里"),
    "市": ("市里的", "市里"),
    "县": ("县里的", "区里的", "县区里的", "区县里的", "区县的", "县区的", "县里", "区里"),
}
_GOVERNMENT = ("政府", "人民政府")
_DEPARTMENTS = ("部门", "职能部门", "局委办", "委办局", "工作部门", "直属部门")
# (「市里的局」「县里的各局」: a bureau said of a spoken tier only — 「县级局」 is not written)
_SPOKEN_DEPARTMENTS = ("局", "各局", "各部门", "局委办")
_BOTH = ("单位", "机关", "")
# (a bare tier word is a kind only where it cannot be read as something else: 「县级」「市级」「省级」 alone are left
# out — 「县级市」「市级财政」 — the tier words of several characters are kept, and 「省直」「县直」: the departments)
_BARE = ("省一级", "市一级", "县一级", "县区级", "区县级", "县市区", "县市区级", "区县", "县区")
# spoken tiers read bare (「广西县里的2023年…」) only where a year, the reports or a count follows (rag/scope.py)
SPOKEN_BARE = ("县里的", "区县里的", "县区里的")


def _loose() -> dict[str, tuple[str, ...]]:
    stored = {w for ws in KIND_WORDS.values() for w in ws}
    out: dict[str, tuple[str, ...]] = {}
    for tier, heads in _TIERS.items():
        gov, dept = f"{tier}级政府", f"{tier}级部门"
        for head in heads:
            for tail, levels in (
                *((t, (gov,)) for t in _GOVERNMENT),
                *((t, (dept,)) for t in _DEPARTMENTS),
                *((t, (gov, dept)) for t in _BOTH),
            ):
                word = head + tail
                if word in stored or (not tail and head not in _BARE) or head.endswith("直") and levels != (dept,):
                    continue
                out[word] = levels
            if head.endswith("直"):  # 「省直」「县直」 alone: the departments (直属 of the tier)
                out[head] = (dept,)
        for head in _SPOKEN.get(tier, ()):
            for tail, levels in (
                *((t, (gov,)) for t in _GOVERNMENT),
                *((t, (dept,)) for t in (*_DEPARTMENTS, *_SPOKEN_DEPARTMENTS)),
                *((t, (gov, dept)) for t in ("单位", "机关")),
            ):
                if head + tail not in stored:
                    out.setdefault(head + tail, levels)
            if head in SPOKEN_BARE:
                out[head] = (gov, dept)
    # the towns: 乡镇/街道 in either order, bare (the overview's filter; in a question after a place only)
    for word in ("乡镇", "街道", "街道乡镇", "乡镇街道办", "街道和乡镇", "镇街", "乡镇街道", "乡级"):
        if word not in stored:
            out[word] = ("乡级政府",)
    return out


# a kind as users write it beyond the stored words (see the module's note) → the levels it names
LOOSE_WORDS: dict[str, tuple[str, ...]] = _loose()


def levels_of(word: str) -> tuple[str, ...] | None:
    """The levels a word names (「县级部门」 → (县级部门,), 「区县」 → (县级政府, 县级部门)), None for no kind."""
    if word in LEVELS:
        return (word,)
    for level, words in KIND_WORDS.items():
        if word in words:
            return (level,)
    return LOOSE_WORDS.get(word)


# the disputed families (see the module's note), by the name's ending: 政府办公室, a bureau's 分局, a zone's 管委会
_OFFICE = re.compile(r"(?:人民政府|政府)办公[室厅]$")
_BRANCH = re.compile(r"(?:局|委员会|委)[\u4e00-\u9fff]{1,8}?分局$")
_ZONE = re.compile(r"(?:新区|示范区|开发区|合作区|实验区|园区|高新区)(?:管理委员会|管委会)$")


def disputed(agency: str | None) -> str | None:
    """How a body of a disputed family was counted (「为政府办公室，按本级政府计」), None for any other body."""
    if not agency:
        return None
    if _OFFICE.search(agency):
        return "为政府办公室，按本级政府计"
    if not (_BRANCH.search(agency) or _ZONE.search(agency)):
        return None
    from extractor.agency import identify  # (the level as the extractor sets it: agency.py reads no levels.py)

    ident = identify(agency)
    level = ident.level if ident is not None else None
    if _ZONE.search(agency):
        if level == "市级政府":
            return "为国家级新区或省直管功能区的管委会，按市级政府计"
        return "为开发区管委会，按县级政府计"
    if level == "县级部门":
        return "为上级部门以区县命名的分局，按该区县的部门计"
    return "为分局，按其上级部门的层级计"


def disputed_note(agencies: list[str], most: int = 3) -> str:
    """「口径：无锡市梁溪区人民政府办公室为政府办公室，按本级政府计」 for a set's disputed members ("" for none)."""
    notes = [f"{a}{n}" for a in dict.fromkeys(agencies) if (n := disputed(a))]
    if not notes:
        return ""
    more = f"等{len(notes)}家" if len(notes) > most else ""
    return "口径：" + "；".join(notes[:most]) + more


def zones_left_out_note(agencies: list[str], most: int = 3) -> str:
    """「口径：兰州新区管理委员会为国家级新区或省直管功能区的管委会，按市级政府计，未计入」: the zones' 管委会 a set of
    县级政府 leaves out by the convention (docs/levels.md) — said, so that a reader who counts them knows ("" for
    none). (zleft: blindzw's gold counts 兰州新区管委会 among 「甘肃县区人民政府」; the convention stays.)"""
    left = [a for a in dict.fromkeys(agencies) if _ZONE.search(a) and (disputed(a) or "").endswith("按市级政府计")]
    if not left:
        return ""
    more = f"等{len(left)}家" if len(left) > most else ""
    return f"口径：{'、'.join(left[:most])}{more}为国家级新区或省直管功能区的管委会，按市级政府计，未计入县级政府"
