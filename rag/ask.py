"""Answer a question with citations: table cells and metrics from the store, comparisons computed
over stored cells, consistency from stored findings, everything else by hybrid retrieval and an
extractive (or, when configured, LLM) answer. 「报告未提及」 when nothing supports an answer."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator

from extractor import tablespec as ts
from extractor.schema import Answer, Citation, Span

from . import question as qs
from .grounding import is_instruction
from .index import Index
from .store import Store
from .tokens import overlap

NOT_MENTIONED = "报告未提及"
_MEASURE_WORD = re.compile(r"多少(万人次|人次|万人|万元|万条|万|条|件|期|个|场|次|人|家|项|份|篇|所|起|天|元|批次|批)|几(个|件|次|期|项|家|条|篇|场)")
_COL_LABEL = dict(ts.T3_COL_LABELS)


def _fmt(v) -> str:
    if v is None:
        return "空"
    if type(v) is int:
        return str(v)  # exact at any size (float() of a 400-digit count overflows)
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


class Asker:
    def __init__(self, store: Store, index: Index | None = None, llm=None):
        self.store = store
        self.index = index
        self.llm = llm
        self._cache_key = -1
        self._aliases: dict[str, set[str]] = {}
        self._rows: list[dict] = []

    def _catalog(self) -> tuple[dict[str, set[str]], list[dict]]:
        """Alias table and report list, reloaded only when the store has grown."""
        n = self.store.count()
        if n != self._cache_key:
            self._aliases = self.store.alias_table()
            self._rows = self.store.summaries(limit=10**9)
            self._cache_key = n
        return self._aliases, self._rows

    # ------------------------------------------------------------------ scope
    def resolve(self, q: str, report_id: str | None, agency: str | None, year: int | None) -> list[str]:
        if report_id:
            return [report_id] if self.store.has(report_id) else []
        aliases, all_rows = self._catalog()
        years = [year] if year else qs.years_in(q)
        ids: set[str] | None = None
        if agency:
            ids = {r["id"] for r in self.store.summaries(agency=agency, limit=10**9)}
        else:
            keep = None
            if years:
                by_id = {r["id"]: r["year"] for r in all_rows}
                keep = lambda ids: any(by_id.get(i) in years for i in ids)  # noqa: E731
            _, found = qs.find_agency(q, aliases, keep)
            ids = found or None
            if ids is None and qs.names_a_place(q):
                return []  # the question names a body we hold no report of
        rows = all_rows
        if ids is not None:
            rows = [r for r in rows if r["id"] in ids]
        if years:
            rows = [r for r in rows if r["year"] in years]
        elif re.search(r"今年|本年|该年|当年", q) and rows:
            latest = max(r["year"] or 0 for r in rows)
            rows = [r for r in rows if r["year"] == latest]
        return [r["id"] for r in rows]

    # ------------------------------------------------------------------ entry
    def ask(self, q: str, report_id: str | None = None, agency: str | None = None,
            year: int | None = None) -> Answer:
        t0 = time.perf_counter()
        scope = self.resolve(q, report_id, agency, year)
        ans = self._route(q, scope)
        if isinstance(ans.value, float) and ans.value.is_integer():
            ans.value = int(ans.value)  # the store keeps numbers as REAL; counts read back whole
        ans.question = q
        ans.reports = scope[:50]
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    def ask_events(self, q: str, report_id: str | None = None, agency: str | None = None,
                   year: int | None = None) -> Iterator[tuple[str, object]]:
        """("delta", text)… then ("done", Answer). Narrative answers from the LLM arrive as the model
        writes them; every other route answers at once. ("reset", "") withdraws a streamed draft whose
        citations did not verify."""
        t0 = time.perf_counter()
        scope = self.resolve(q, report_id, agency, year)
        ans = self._structured(q, scope) if scope else None
        streamed = False
        if ans is None and scope and self.llm is not None and self.index is not None:
            from .llm_answer import stream_llm_answer

            hits = self.index.search(q, scope if len(scope) < 5000 else None, k=6)
            rows = self.store.chunks([cid for cid, _ in hits])
            ranked = [rows[cid] for cid, _ in hits if cid in rows]
            for item in stream_llm_answer(self.llm, q, ranked, self.store):
                if isinstance(item, str):
                    streamed = True
                    yield "delta", item
                else:
                    ans = item
            if ans is None:
                ans = self.extractive(q, ranked)
        if ans is None:
            ans = self._route(q, scope)
        if streamed and ans.route != "llm":
            yield "reset", ""  # the streamed draft failed verification: the answer below replaces it
        if not streamed or ans.route != "llm":
            yield "delta", ans.answer
        ans.question, ans.reports = q, scope[:50]
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        yield "done", ans

    def _structured(self, q: str, scope: list[str]) -> Answer | None:
        """Every route but retrieval: the store answers, or None."""
        return self._route(q, scope, retrieval=False)

    def _route(self, q: str, scope: list[str], retrieval: bool = True) -> Answer | None:
        if not scope:
            return Answer(question=q, answer=f"{NOT_MENTIONED}（没有找到问题所指的报告）", route="none")
        if len(scope) > 1 and (qs.COMPARE_INTENT.search(q) or (re.search(r"上年结转", q) and re.search(r"结转下年度", q))):
            ans = self.compare(q, scope)
            if ans:
                return ans
        if qs.WHICH_REPORTS.search(q):
            ans = self.which_reports(q, scope)
            if ans:
                return ans
        if qs.SUM_INTENT.search(q):
            ans = self.narrative_sum(q, scope[0])
            if ans:
                return ans
        if qs.CHECK_INTENT.search(q):
            ans = self.check(q, scope[0])
            if ans:
                return ans
        if qs.PROBLEM_INTENT.search(q) and len(scope) == 1:
            ans = self.problems(q, scope[0])
            if ans:
                return ans
        measure = qs.table_measure(q)
        if measure:
            ans = self.table(q, scope, measure)
            if ans:
                return ans
        if qs.QUANTITY_INTENT.search(q):
            ans = self.metric(q, scope)
            if ans:
                return ans
        return self.retrieve(q, scope) if retrieval else None

    # ------------------------------------------------------------------ table cells
    def _measure_value(self, cells: dict, m: qs.Measure) -> tuple[float | None, list[str], str, str] | None:
        """(value, cell keys, unit, description) of a measure in one report, or None if absent."""
        if m.table == "t3":
            if m.name.startswith("S"):
                group = f"r{m.name[1]}"
                rows = [k.rsplit(".", 1)[0].split(".")[1] for k in cells
                        if re.fullmatch(rf"t3\.{group}(?:_\d)?\.{m.col}", k)]
                rows = [r for r in rows if r != group] or rows
                label = ts.T3_GROUP_HEADERS[group].label
            else:
                rows = [m.name]
                spec = ts.t3_spec("t3.r6.tot" in cells)
                label = spec.row(m.name).label if m.name in [r.key for r in spec.rows] else m.name
            keys = [f"t3.{r}.{m.col}" for r in rows]
            if not keys or any(k not in cells for k in keys):
                return None
            vals = [cells[k]["value"] for k in keys]
            if all(v is None for v in vals):
                return None
            col = "" if m.col == "tot" else f"（{_COL_LABEL[m.col]}）"
            return sum(v or 0 for v in vals), keys, "件", f"{label}{col}"
        if m.table == "t4":
            groups = m.name.split("+")
            keys = [f"t4.{g}.tot" for g in groups]
            if any(k not in cells or cells[k]["value"] is None for k in keys):
                return None
            desc = "、".join(ts.T4_GROUP_LABELS[g] for g in groups)
            return sum(cells[k]["value"] for k in keys), keys, "件", desc
        row = m.name
        present = [k for k in cells if k.startswith(f"t2.{row}.") and cells[k]["value"] is not None]
        if not present:
            return None
        order: list[str] = []
        for names in m.t2_cols:
            for n in names.split("|"):
                if f"t2.{row}.{n}" in cells:
                    order.append(f"t2.{row}.{n}")
                    break
        keys = order or [k for k in cells if k.startswith(f"t2.{row}.")]
        first = keys[0]
        if cells[first]["value"] is None:
            return None
        unit = "万元" if first.endswith("amount_wan") else ("元" if first.endswith(".amount") else
                                                           ("个" if first.endswith("items") else "件"))
        return cells[first]["value"], keys, unit, row

    def table(self, q: str, scope: list[str], m: qs.Measure) -> Answer | None:
        answers = []
        for rid in scope[:20]:
            cells = self.store.cells(rid)
            got = self._measure_value(cells, m)
            if got:
                answers.append((rid, cells, got))
        if not answers:
            return None
        if len(answers) == 1:
            rid, cells, (value, keys, unit, desc) = answers[0]
            detail, extra = self._detail(cells, m, keys)
            text = f"{_fmt(value)}{unit}{detail}"
            return Answer(question=q, answer=text, value=value, unit=unit, route="table",
                          citations=[self._cell_citation(rid, cells, keys + extra)])
        meta = self.store.meta([a[0] for a in answers])
        parts = [f"{_name(meta[rid])}{meta[rid]['year'] or ''}年：{_fmt(v)}{u}" for rid, _, (v, _, u, _) in answers]
        return Answer(question=q, answer="；".join(parts), route="table",
                      citations=[self._cell_citation(rid, cells, keys) for rid, cells, (_, keys, _, _) in answers])

    def _detail(self, cells: dict, m: qs.Measure, keys: list[str]) -> tuple[str, list[str]]:
        """The breakdown a careful reader adds: applicant columns, case outcomes, the other t2 columns."""
        extra: list[str] = []
        if m.table == "t3" and m.col == "tot" and len(keys) == 1:
            row = keys[0].split(".")[1]
            parts = []
            for c in ts.T3_APPLICANTS:
                k = f"t3.{row}.{c}"
                if k in cells and cells[k]["value"]:
                    parts.append(f"{_COL_LABEL[c]}{_fmt(cells[k]['value'])}件")
                    extra.append(k)
            return (f"（{'、'.join(parts)}）" if parts else ""), extra
        if m.table == "t4":
            texts = []
            for g in m.name.split("+"):
                parts = []
                for c in ts.T4_COLS[:4]:
                    k = f"t4.{g}.{c}"
                    if k in cells and cells[k]["value"]:
                        parts.append(f"{ts.T4_COL_LABELS[c]}{_fmt(cells[k]['value'])}件")
                        extra.append(k)
                tot = cells.get(f"t4.{g}.tot")
                texts.append(f"{ts.T4_GROUP_LABELS[g]}{_fmt(tot['value'] if tot else None)}件"
                             + (f"（{'、'.join(parts)}）" if parts else ""))
            return "：" + "；".join(texts), extra
        if m.table == "t2" and len(keys) > 1:
            spec = ts.T2_GF2021 if any(k.endswith((".made", ".valid", ".repealed", ".amount_wan")) for k in keys) else ts.T2_GF2019
            row = spec.row(keys[0].split(".")[1])
            parts = [f"{row.col_labels[row.cols.index(k.split('.')[2])]}{_fmt(cells[k]['value'])}"
                     for k in keys if k.split(".")[2] in row.cols]
            return "（" + "，".join(parts) + "）", []
        return "", extra

    def _cell_citation(self, rid: str, cells: dict, keys: list[str]) -> Citation:
        meta = self.store.meta([rid]).get(rid, {})
        spans = [(cells[k]["start"], cells[k]["end"], cells[k]["page"]) for k in keys if k in cells and cells[k]["start"] is not None]
        span = Span(start=min(s[0] for s in spans), end=max(s[1] for s in spans), page=spans[0][2]) if spans else None
        quote = "；".join(f"{k}={cells[k]['raw']}" for k in keys if k in cells)
        return Citation(report_id=rid, agency=meta.get("agency"), year=meta.get("year"), cells=keys,
                        span=span, quote=quote, section={"t2": 2, "t3": 3, "t4": 4}.get(keys[0][:2]))

    # ------------------------------------------------------------------ narrative metrics
    def metric(self, q: str, scope: list[str]) -> Answer | None:
        if len(scope) > 3:
            return None
        first = re.split(r"[？?，,]", q)[0]
        mw = _MEASURE_WORD.search(first)
        want_unit = next((g for g in (mw.groups() if mw else ()) if g), None)
        want_pct = bool(re.search(r"率|占比|比例|百分之", first))
        want_target = bool(re.search(r"(?:缩短|缩|降|减少|提高|提升|增加|增长|跃升)(?:到|至)", first))
        content = qs.FILLER.sub("", first)
        head = qs.focus(q)
        best = None
        for rid in scope:
            report = None
            candidates = self.store.metrics(rid)
            if want_unit and not want_pct:  # the unit asked for is a hard constraint when present
                candidates = [m for m in candidates if (m["unit"] or "").endswith(want_unit)] or candidates
            for m in candidates:
                if report is None:
                    report = self.store.report(rid)
                sent = _sentence(report.text, m["start"], m["end"])
                near = _tail(m["quote"], m["value"]) + _after(report.text, m["end"])
                score = 0.5 * overlap(content, sent) + overlap(content, m["label"] + m["quote"])
                if head:
                    score += 0.8 * overlap(head, m["label"] + near) + 0.5 * overlap(head, near)
                unit = m["unit"] or ""
                if want_unit and unit.endswith(want_unit):
                    score += 0.35
                elif want_unit and not want_pct:
                    score -= 0.2
                if want_pct:
                    score += 0.35 if unit == "%" else -0.2
                if want_target and re.search(r"至|到", _tail(m["quote"], m["value"])[-2:]):
                    score += 0.8  # 「缩短到多少」 asks for the value after 至, not the one after 由
                if best is None or score > best[0]:
                    best = (score, rid, m, report, sent)
        if best is None or best[0] < (0.45 if want_unit and (best[2]["unit"] or "").endswith(want_unit) else 0.6):
            return None
        _, rid, m, report, sent = best
        printed = _printed(m["quote"], m["value"], m["unit"])
        meta = self.store.meta([rid]).get(rid, {})
        return Answer(question=q, answer=f"{printed}（「{sent.strip()}」）", value=m["value"] if type(m["value"]) is int or not float(m["value"]).is_integer() else int(m["value"]),
                      unit=m["unit"], route="metric",
                      citations=[Citation(report_id=rid, agency=meta.get("agency"), year=meta.get("year"),
                                          section=m["section"], span=Span(start=m["start"], end=m["end"]),
                                          quote=m["quote"])])

    # ------------------------------------------------------------------ consistency
    def check(self, q: str, rid: str) -> Answer | None:
        report = self.store.report(rid)
        if report is None:
            return None
        meta = Citation(report_id=rid, agency=report.agency, year=report.year)
        cells = self.store.cells(rid)
        if re.search(r"有没有.{0,20}表|有无.{0,20}表", q):
            t = "t3" if re.search(r"申请|表三", q) else "t2" if re.search(r"主动公开|表二", q) else "t4" if re.search(r"复议|诉讼|表四", q) else "t3"
            has = any(k.startswith(t + ".") for k in cells)
            if has:
                return Answer(question=q, answer=f"有。{report.template.value}格式，表格已读取。", route="check",
                              citations=[meta.model_copy(update={"cells": sorted(k for k in cells if k.startswith(t + "."))[:5]})])
            why = "这是2019年新条例之前的旧版格式报告，没有统计表" if report.template.value == "LEGACY" else "报告中没有找到该表"
            return Answer(question=q, answer=f"没有。{why}。", route="check", citations=[meta])
        if re.search(r"填写完整|完整吗|空白", q):
            m = qs.t3_measure(q)
            row = m.name if m and not m.name.startswith("S") and re.search(r"一行|行的|行填写", q) else None
            want_col = "tot" if re.search(r"总计", q) and not row else None
            blanks = [k for k, c in cells.items() if c["placeholder"] and k.startswith("t3.")
                      and (row is None or k.startswith(f"t3.{row}.")) and (want_col is None or k.endswith("." + want_col))]
            if blanks:
                return Answer(question=q, answer=f"不完整：{len(blanks)}个单元格为空白（{'、'.join(blanks[:8])}），相关勾稽关系无法核对。",
                              route="check", citations=[self._cell_citation(rid, cells, blanks[:20])])
            return Answer(question=q, answer="完整：没有空白单元格。", route="check", citations=[meta])
        return self._identity_answer(q, report, cells, meta)

    def _identity_answer(self, q: str, report, cells: dict, meta: Citation) -> Answer:
        if re.search(r"前言|部分组成|章节", q):
            wanted = ["S8"]
        elif re.search(r"正文|文字|报告说|称|说", q):
            wanted = ["S2", "S3"] if not re.search(r"表四|复议|诉讼", q) else ["S3"]
            if re.search(r"规范性文件|表二", q):
                wanted = ["S4", "S5"]
        elif re.search(r"表四|复议|诉讼", q):
            wanted = ["H5"]
        elif re.search(r"办理结果之和|（七）|七）总计|各项.*之和", q):
            wanted = ["H3"]
        elif re.search(r"第一项加第二项|本年新收.*上年结转|结转", q):
            wanted = ["H1"]
        else:
            wanted = ["H1", "H2", "H3", "H4", "H5"]
        hits = [f for f in report.findings if f.check in wanted and f.kind in ("report_defect", "blank_cells")]
        defects = [f for f in hits if f.kind == "report_defect"]
        keys = sorted({k for f in hits for k in f.cells})[:30]
        if defects:
            text = "不一致：" + "；".join(f.message for f in defects[:4])
            return Answer(question=q, answer=text, route="check",
                          citations=[self._cell_citation(report.id, cells, keys)] if keys else [meta.model_copy(update={"quote": defects[0].quotes[0] if defects[0].quotes else ""})])
        if hits:
            text = "无法完全核对：" + "；".join(f.message for f in hits[:3])
            return Answer(question=q, answer=text, route="check", citations=[self._cell_citation(report.id, cells, keys)])
        cite_keys = _keys_for_check(wanted, cells)
        reading = ""
        if "S2" in wanted:
            reading = _alt_reading(report, cells)
        text = ("一致" if reading == "" else "口径不同") + (reading or "：相关数字相互吻合（已按规定的勾稽关系逐项核对）。")
        if "H1" in wanted and "t3.new.tot" in cells:
            v = {k: cells[k]["value"] for k in ("t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot") if k in cells}
            text = (f"成立：本年新收{_fmt(v.get('t3.new.tot'))}+上年结转{_fmt(v.get('t3.carry_in.tot'))}"
                    f"=办理结果总计{_fmt(v.get('t3.r7.tot'))}+结转下年度{_fmt(v.get('t3.carry_out.tot'))}，各申请人列也都成立。")
        return Answer(question=q, answer=text, route="check",
                      citations=[self._cell_citation(report.id, cells, cite_keys)] if cite_keys else [meta])

    # ------------------------------------------------------------------ across reports
    def compare(self, q: str, scope: list[str]) -> Answer | None:
        meta = self.store.meta(scope)
        ordered = sorted(scope, key=lambda r: (meta[r]["agency_key"] or "", meta[r]["year"] or 0))
        if re.search(r"上年结转", q) and re.search(r"结转下年度", q):
            by_year = {meta[r]["year"]: r for r in ordered}
            years = sorted(y for y in by_year if y)
            pairs = [(by_year[a], by_year[b]) for a, b in zip(years, years[1:]) if b == a + 1]
            if not pairs:
                return None
            lines, cits, ok = [], [], True
            for prev, cur in pairs:
                pc, cc = self.store.cells(prev), self.store.cells(cur)
                diffs = [c for c in ts.T3_COLS if f"t3.carry_out.{c}" in pc and f"t3.carry_in.{c}" in cc
                         and pc[f"t3.carry_out.{c}"]["value"] != cc[f"t3.carry_in.{c}"]["value"]]
                ok &= not diffs
                yp, yc = meta[prev]["year"], meta[cur]["year"]
                a, b = pc.get("t3.carry_out.tot"), cc.get("t3.carry_in.tot")
                lines.append(f"{yp}年结转下年度{_fmt(a['value'] if a else None)}件，{yc}年上年结转{_fmt(b['value'] if b else None)}件"
                             + (f"（不一致的列：{'、'.join(_COL_LABEL[c] for c in diffs)}）" if diffs else "（一致）"))
                cits += [self._cell_citation(prev, pc, [f"t3.carry_out.{c}" for c in ts.T3_COLS if f"t3.carry_out.{c}" in pc]),
                         self._cell_citation(cur, cc, [f"t3.carry_in.{c}" for c in ts.T3_COLS if f"t3.carry_in.{c}" in cc])]
            return Answer(question=q, answer=("一致：" if ok else "不一致：") + "；".join(lines), route="compare", citations=cits)
        m = qs.table_measure(q)
        if not m:
            return None
        series = []
        for rid in ordered:
            cells = self.store.cells(rid)
            got = self._measure_value(cells, m)
            if got:
                series.append((rid, cells, got))
        if len(series) < 2:
            return None
        label = lambda r: f"{meta[r]['year']}年" if len({meta[x]['agency_key'] for x in scope}) == 1 else f"{_name(meta[r])}{meta[r]['year']}年"  # noqa: E731
        listing = "，".join(f"{label(r)}{_fmt(v)}{u}" for r, _, (v, _, u, _) in series)
        cits = [self._cell_citation(r, c, keys) for r, c, (_, keys, _, _) in series]
        values = [(v, r) for r, _, (v, _, _, _) in series]
        unit = series[0][2][2]
        if re.search(r"最少|最低", q):
            v, r = min(values)
            return Answer(question=q, answer=f"{label(r)}最少，{_fmt(v)}{unit}（{listing}）", value=v, unit=unit, route="compare", citations=cits)
        if re.search(r"最多|最高|哪一年|哪年", q):
            v, r = max(values)
            return Answer(question=q, answer=f"{label(r)}最多，{_fmt(v)}{unit}（{listing}）", value=v, unit=unit, route="compare", citations=cits)
        if re.search(r"合计|总共|一共", q):
            total = sum(v for v, _ in values)
            return Answer(question=q, answer=f"合计{_fmt(total)}{unit}（{listing}）", value=total, unit=unit, route="compare", citations=cits)
        first, last = values[0][0], values[-1][0]
        change = last - first
        word = "增加" if change > 0 else "减少" if change < 0 else "持平"
        return Answer(question=q, answer=f"{label(values[0][1])}到{label(values[-1][1])}{word}{_fmt(abs(change))}{unit}（{listing}）",
                      value=change, unit=unit, route="compare", citations=cits)

    # ------------------------------------------------------------------ findings across reports
    def which_reports(self, q: str, scope: list[str]) -> Answer | None:
        """「哪些报告的表三总计栏是空白的？」「哪些单位勾稽关系有错误？」 over the stored findings."""
        if re.search(r"空白|空着|未填|没填", q):
            kinds, label = ("blank_cells",), "有空白单元格、无法核对勾稽关系"
        elif re.search(r"勾稽|不一致|错误|问题|不成立|对不上", q):
            kinds, label = ("report_defect",), "勾稽关系不成立"
        else:
            return None
        table = "t4" if re.search(r"表四|复议|诉讼", q) else "t3" if re.search(r"表三|申请", q) else None
        hits: list[tuple[str, list]] = []
        for rid in scope:
            rows = [f for f in self.store.findings(rid) if f["kind"] in kinds and f["check_id"].startswith("H")
                    and (table is None or f["where"].startswith(table))]
            if rows:
                hits.append((rid, rows))
        meta = self.store.meta([rid for rid, _ in hits])
        if not hits:
            return Answer(question=q, answer=f"没有：所查 {len(scope)} 份报告都没有{label}的情况。", value=0, route="check")
        lines, cits = [], []
        for rid, rows in hits[:20]:
            keys = sorted({k for f in rows for k in json.loads(f["body"])["cells"]})[:30]
            lines.append(f"{_name(meta[rid])}{meta[rid]['year'] or ''}年（{'、'.join(sorted({f['check_id'] for f in rows}))}，{len(rows)}处）")
            cits.append(self._cell_citation(rid, self.store.cells(rid), keys) if keys else
                        Citation(report_id=rid, agency=meta[rid]["agency"], year=meta[rid]["year"]))
        more = f"等{len(hits)}份" if len(hits) > 20 else f"共{len(hits)}份"
        return Answer(question=q, answer=f"{more}报告{label}：" + "；".join(lines), value=len(hits), unit="份",
                      route="check", citations=cits)

    # ------------------------------------------------------------------ problems (section 五)
    def problems(self, q: str, rid: str) -> Answer | None:
        """The problems part of section 五: its sentences up to the improvement measures."""
        report = self.store.report(rid)
        sec = next((s for s in report.sections if s.number == 5), None) if report else None
        if sec is None:
            return None
        text = report.text[sec.span.start:sec.span.end]
        cut = re.search(r"(?:\(|（)二(?:\)|）)|改进(?:措施|情况|方向)[:：]|下一步|针对(?:上述|存在|以上)|为此|将采取|拟采取", text[20:])
        body = text[: cut.start() + 20] if cut else text
        body = re.sub(r"^.*?(?:情况|问题)\s*\n", "", body, count=1)
        clauses = [c.strip() for c in re.split(r"[。；;\n]", body) if c.strip()]
        picked = [c for c in clauses if re.search(r"有待|不够|不足|欠缺|仍需|需进一步|需要|问题|不高|不强|不均衡|单一|较少|滞后|薄弱|参差", c)]
        picked = [c for c in picked if not re.fullmatch(r".{0,6}(?:主要问题|存在的问题)[:：]?", c)] or clauses[:3]
        if not picked:
            return None
        quote = "；".join(picked[:6])
        a = report.text.find(picked[0], sec.span.start)
        z = report.text.find(picked[min(5, len(picked) - 1)], max(a, 0)) + len(picked[min(5, len(picked) - 1)])
        return Answer(question=q, answer=quote, route="retrieval", citations=[Citation(
            report_id=rid, agency=report.agency, year=report.year, section=5,
            span=Span(start=a, end=z) if a >= 0 and z > a else sec.span, quote=quote)])

    # ------------------------------------------------------------------ narrative arithmetic
    def narrative_sum(self, q: str, rid: str) -> Answer | None:
        """「11类信息条数加起来等于总数2599条吗？」: the parts listed after a stated total, summed."""
        m = re.search(r"(\d+)\s*(条|件|个|项)", q)
        metrics = self.store.metrics(rid)
        total = next((x for x in metrics if m and x["value"] == float(m.group(1)) and x["unit"] == m.group(2)), None)
        if total is None:
            return None
        report = self.store.report(rid)
        close = re.search(r"[)）。]", report.text[total["end"]:])
        stop = total["end"] + (close.start() if close else 400)
        parts = [x for x in metrics if total["end"] <= x["start"] < stop and x["unit"] == total["unit"]]
        if len(parts) < 2:
            return None
        s = sum(x["value"] for x in parts)
        t = total["value"]
        listing = "+".join(_fmt(x["value"]) for x in parts)
        if s == t:
            text = f"等于：{listing}={_fmt(s)}{total['unit']}，与总数一致。"
        else:
            text = (f"不等于：{listing}={_fmt(s)}{total['unit']}，比总数{_fmt(t)}{total['unit']}"
                    f"{'少' if s < t else '多'}{_fmt(abs(t - s))}{total['unit']}。")
        return Answer(question=q, answer=text, value=s, unit=total["unit"], route="check", citations=[Citation(
            report_id=rid, agency=report.agency, year=report.year, section=total["section"],
            span=Span(start=total["start"], end=stop), quote=report.text[total["start"]:stop])])

    # ------------------------------------------------------------------ retrieval
    def retrieve(self, q: str, scope: list[str]) -> Answer:
        if self.index is None:
            return Answer(question=q, answer=NOT_MENTIONED, route="none")
        hits = self.index.search(q, scope if len(scope) < 5000 else None, k=6)
        rows = self.store.chunks([cid for cid, _ in hits])
        ranked = [rows[cid] for cid, _ in hits if cid in rows]
        if self.llm is not None:
            from .llm_answer import llm_answer

            ans = llm_answer(self.llm, q, ranked, self.store)
            if ans is not None:
                return ans
        return self.extractive(q, ranked)

    def extractive(self, q: str, chunks: list) -> Answer:
        sentences = []
        for rank, c in enumerate(chunks):
            for s, e in _sentences(c["text"]):
                text = c["text"][s:e]
                if is_instruction(text):
                    continue  # an instruction planted in a report is never an answer
                score = overlap(q, text) - 0.02 * rank
                if re.search(r"问题", q) and c["section"] == 5:
                    score += 0.25
                sentences.append((score, c, s, e, text))
        sentences.sort(key=lambda x: -x[0])
        if not sentences or sentences[0][0] < 0.3:
            return Answer(question=q, answer=NOT_MENTIONED, route="retrieval")
        best = [x for x in sentences[:3] if x[0] >= max(0.3, sentences[0][0] - 0.25)]
        cits = []
        for _, c, s, e, text in best:
            meta = self.store.meta([c["report_id"]]).get(c["report_id"], {})
            cits.append(Citation(report_id=c["report_id"], agency=meta.get("agency"), year=meta.get("year"),
                                 section=c["section"], span=Span(start=c["start"] + s, end=c["start"] + e),
                                 quote=text.strip(), chunk_id=c["id"], cells=json.loads(c["cells"] or "[]")))
        answer = "".join(re.sub(r"(\d+(?:\.\d+)?)", r"**\1**", x[4].strip()) for x in best)
        value = None
        if re.search(r"第几|排名|名次", q):
            from extractor.normalize import parse_chinese_number

            m = re.search(r"第([一二三四五六七八九十\d]+)", best[0][4])
            if m:
                value = int(m.group(1)) if m.group(1).isdigit() else parse_chinese_number(m.group(1))
        return Answer(question=q, answer=answer, value=value, route="retrieval", citations=cits)


def _tail(quote: str, value) -> str:
    """The words right before the claim's own number (「由42分钟缩至19分钟」, 19 → 「42分钟缩至」)."""
    at = quote.replace(",", "").rfind(_fmt(value))
    at = at if at >= 0 else len(quote)
    return quote[max(0, at - 8):at]


def _after(text: str, end: int) -> str:
    """What the number counts when it is named after the unit (「发布380条财政资金信息」)."""
    m = re.match(r"[^，。；,;、（(]{0,12}", text[end:])
    return m.group() if m else ""


def _name(meta: dict) -> str:
    """How a report is named in an answer: its agency, else its file."""
    return meta.get("agency") or f"《{(meta.get('source') or meta['id']).rsplit('/', 1)[-1]}》"


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"[。！？；\n]", text):
        if m.end() - start > 1:
            out.append((start, m.end()))
        start = m.end()
    if len(text) - start > 1:
        out.append((start, len(text)))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(ch, 0, start) for ch in "。；！？\n") + 1
    ends = [i for i in (text.find(ch, end) for ch in "。；！？\n") if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return text[a:b]


def _printed(quote: str, value, unit: str | None) -> str:
    num = _fmt(value)
    m = re.search(rf"(?:近|约|超过|超|逾)?{re.escape(num)}(?:余|多|以上)?{re.escape(unit or '')}", quote.replace(",", ""))
    return m.group() if m else f"{num}{unit or ''}"


def _keys_for_check(wanted: list[str], cells: dict) -> list[str]:
    if "H5" in wanted:
        return [k for k in cells if k.startswith("t4.")]
    if "S4" in wanted:
        return [k for k in cells if k.startswith("t2.norm.")]
    if "S3" in wanted and "S2" not in wanted:
        return [k for k in cells if k.startswith("t4.")]
    return [k for k in ("t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot", "t3.r1.tot") if k in cells]


def _alt_reading(report, cells: dict) -> str:
    """When the narrative's 收到 count equals 新收+上年结转 rather than 新收, say so."""
    new, carry = cells.get("t3.new.tot"), cells.get("t3.carry_in.tot")
    if not new or not carry or not carry["value"]:
        return ""
    both = (new["value"] or 0) + carry["value"]
    for m in report.metrics:
        if m.unit == "件" and m.value == both and m.value != new["value"] and re.search(r"收到|受理|申请", m.label + m.quote):
            return (f"：正文「{m.quote}」的{_fmt(both)}件是本年新收{_fmt(new['value'])}件加上年结转"
                    f"{_fmt(carry['value'])}件之和，表三本年新收为{_fmt(new['value'])}件。")
    return ""
