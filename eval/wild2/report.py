"""One report: its values, how each cell is printed, its narrative and its gold."""
from __future__ import annotations

from dataclasses import dataclass, field

from model import (APPLICANT, COLS, T2_2019, T2_2021, T4_KEYS, findings, t3_rows)

FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


@dataclass
class Report:
    id: str
    fmt: str
    template: str
    family: str
    agency: str
    region: str
    level: str
    year: int
    special: str
    t2: dict = field(default_factory=dict)
    t3: dict = field(default_factory=dict)
    t4: dict = field(default_factory=dict)
    zero: str = "0"            # how a zero applicant cell of table 三 is printed: "0", "", "/", "—"
    zero_t4: str = "0"         # same for table 四 parts
    t2_text: dict = field(default_factory=dict)   # t2 key -> printed text overriding the number
    suffix: str = ""           # appended to every number of tables 三/四 (「件」)
    fullwidth: set = field(default_factory=set)   # keys printed in full-width digits
    printed_override: dict = field(default_factory=dict)  # key -> printed int (a reproduced defect)
    amount_unit: str = ""      # GF2019 采购总金额 unit
    amount_inline: bool = False  # unit printed in the cell (「125.3万元」) rather than the header
    title: str = ""
    intro: str = ""            # how the agency is stated
    signature: str = ""
    header_lines: list = field(default_factory=list)

    # ---- printed text of cells -------------------------------------------------
    def num(self, key: str, v) -> str:
        s = f"{v:g}" if isinstance(v, float) else str(v)
        if key in self.fullwidth:
            s = s.translate(FW)
        return s

    def t3_cell(self, row: str, col: str) -> str:
        key = f"t3.{row}.{col}"
        v = self.printed_override.get(key, self.t3[f"{row}.{col}"])
        if v == 0 and col != "tot" and self.zero != "0":
            return self.zero
        return self.num(key, v) + self.suffix

    def t4_cell(self, k: str) -> str:
        key = f"t4.{k}"
        v = self.printed_override.get(key, self.t4[k])
        if v == 0 and not k.endswith("tot") and self.zero_t4 != "0":
            return self.zero_t4
        return self.num(key, v) + self.suffix

    def t2_cell(self, k: str) -> str:
        if k in self.t2_text:
            return self.t2_text[k]
        v = self.t2[k]
        if k.endswith(".delta") and isinstance(v, int) and v > 0:
            return f"+{v}"
        s = self.num(f"t2.{k}", v)
        if k == "procurement.amount" and self.amount_inline:
            s += self.amount_unit
        return s

    # ---- logical tables ---------------------------------------------------------
    def t2_spec(self):
        spec = T2_2021 if self.template == "GF2021" else T2_2019
        out = []
        for sec, head, rows in spec:
            head = list(head)
            if sec.endswith("（九）项") and self.amount_unit and not self.amount_inline:
                head[-1] = f"采购总金额（{self.amount_unit}）"
            out.append((sec, head, [(lab, [self.t2_cell(k) for k in keys]) for lab, keys in rows]))
        return out

    def t3_table(self):
        """[(key, group, label, [7 printed cells])]"""
        return [(k, g, lab, [self.t3_cell(k, c) for c in COLS]) for k, g, lab in t3_rows(self.template)]

    def t4_cells(self) -> list[str]:
        return [self.t4_cell(k) for k in T4_KEYS]

    # ---- gold -------------------------------------------------------------------
    def gold(self) -> dict:
        ph: dict = {}

        def read(prefix, key, text, value):
            t = text[: -len(self.suffix)] if self.suffix and text.endswith(self.suffix) else text
            if t in ("", "/", "—", "-", "无"):
                ph[f"{prefix}.{key}"] = t
                return None
            return value

        t2 = {}
        if self.t2:
            for k, v in self.t2.items():
                t2[k] = read("t2", k, self.t2_cell(k), v) if k in self.t2_text else v
            if self.template == "GF2019" and self.amount_unit:
                ph["t2.procurement.amount_unit"] = self.amount_unit
        t3 = {}
        for k, _, _ in (t3_rows(self.template) if self.t3 else []):
            for c in COLS:
                key = f"{k}.{c}"
                t3[key] = read("t3", key, self.t3_cell(k, c), self.printed_override.get(f"t3.{key}", self.t3[key]))
        t4 = {}
        for k in (T4_KEYS if self.t4 else []):
            t4[k] = read("t4", k, self.t4_cell(k), self.printed_override.get(f"t4.{k}", self.t4[k]))
        return {
            "id": self.id, "file": f"reports/{self.id}.{ext(self.fmt)}", "agency": self.agency,
            "region": self.region, "level": self.level, "year": self.year, "template": self.template,
            "tables_recoverable": bool(self.t3), "family": self.family, "format": self.fmt,
            "t2": t2, "t3": t3, "t4": t4, "placeholders": ph,
            "findings": findings(self.template, t3, t4) if t3 else [],
            "special": self.special, "metrics": [], "qa": [],
        }

    # ---- narrative ----------------------------------------------------------------
    def narrative(self) -> list[tuple[str, list[str]]]:
        """[(heading, paragraphs)] before the tables; the tables follow the headings 二、三、四."""
        n = self.t3.get("new.tot", 0) if self.t3 else 0
        who = self.intro or "本机关"
        pre = ""
        if "。" in who:
            pre, who = who.split("。", 1)
            pre += "。"
        first = pre + (f"{self.year}年，{who}深入贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的"
                 f"部署要求，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。")
        p2 = (f"全年共收到政府信息公开申请{n}件，均在法定期限内答复。" if self.t3 else
              "全年依法办理政府信息公开申请，均在法定期限内答复。")
        return [
            ("一、总体情况", [first]),
            ("（一）主动公开", ["通过门户网站政府信息公开专栏、政务新媒体等渠道及时发布部门动态、政策文件和解读材料，"
                         "重点领域信息按要求在规定时限内公开。"]),
            ("（二）依申请公开", [p2 + "进一步规范受理、登记、审核、答复等环节，严格落实答复文书审核制度。"]),
            ("（三）政府信息管理", ["开展规范性文件清理，动态更新政府信息公开目录，落实公开前保密审查。"]),
            ("（四）政府信息公开平台建设", ["优化政府信息公开专栏栏目设置，加强政务新媒体日常监管。"]),
            ("（五）监督保障", ["将政务公开工作纳入年度目标考核，组织业务培训，接受社会监督。"]),
        ]

    def closing(self) -> list[tuple[str, list[str]]]:
        return [
            ("五、存在的主要问题及改进情况", [
                "一是政策解读形式还不够丰富；二是依申请公开答复规范化水平有待提升。下一步，将加强业务培训，"
                "丰富解读形式，提升答复质量。"]),
            ("六、其他需要报告的事项", [
                f"本年度{'未收取信息处理费' if self.template == 'GF2021' else '未收取政府信息公开相关费用'}。"
                "本年度政务公开工作要点落实情况已在门户网站公开。"]),
        ]


def ext(fmt: str) -> str:
    return {"markdown": "md", "txt": "txt", "html": "html", "pdf": "pdf", "docx": "docx"}[fmt]


__all__ = ["Report", "APPLICANT", "COLS", "ext"]
