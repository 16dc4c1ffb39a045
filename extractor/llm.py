"""The LLM pass: any OpenAI-compatible endpoint through openai + instructor, one call per narrative
section. It adds recall and labels to the rule engine and may repair glued table rows, but nothing
it says is stored unless it is found in the source: a metric's quote must occur in the section and
contain the value; a proposed table row must re-spell the printed digits and satisfy the
identities. Responses are cached by (model, mode, prompt, text), so a re-run costs nothing.

Configuration (environment): XXGK_LLM_MODEL (enables the pass), OPENAI_BASE_URL, OPENAI_API_KEY,
XXGK_LLM_MODE (json | md_json | tools | json_schema; default json, the portable one),
XXGK_LLM_TOKEN_BUDGET (per report, default 30000), XXGK_LLM_MAX_RETRIES (re-asks after a
validation error, default 2), XXGK_LLM_TIMEOUT (seconds, default 60), XXGK_DATA_DIR (cache lives in
its llm-cache/ folder; default ./.xxgk).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from . import glued
from . import tablespec as ts
from .metrics import canonical_key
from .normalize import fold, parse_chinese_number
from .schema import Cell, LLMRun, Metric, Report, Span

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
NARRATIVE_SECTIONS = (0, 1, 5, 6)
_SCHEMA_OVERHEAD = 450  # tokens instructor's JSON-mode system message adds (the schema), measured


def estimate_tokens(text: str) -> int:
    """Offline estimate, no tokenizer download: ~1 token per CJK character (cl100k measures 1.04),
    ~1 per 3.5 other characters."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return int(cjk * 1.05 + (len(text) - cjk) / 3.5) + 1


@dataclass(frozen=True)
class LLMConfig:
    model: str
    base_url: str | None = None
    api_key: str = "none"
    mode: str = "json"
    token_budget: int = 30000
    max_retries: int = 2
    timeout: float = 60.0
    cache_dir: Path | None = None

    @classmethod
    def from_env(cls) -> LLMConfig | None:
        model = os.environ.get("XXGK_LLM_MODEL")
        if not model:
            return None
        data_dir = Path(os.environ.get("XXGK_DATA_DIR", ".xxgk"))
        return cls(
            model=model, base_url=os.environ.get("OPENAI_BASE_URL") or None,
            api_key=os.environ.get("OPENAI_API_KEY", "none"),
            mode=os.environ.get("XXGK_LLM_MODE", "json").lower(),
            token_budget=int(os.environ.get("XXGK_LLM_TOKEN_BUDGET", 30000)),
            max_retries=int(os.environ.get("XXGK_LLM_MAX_RETRIES", 2)),
            timeout=float(os.environ.get("XXGK_LLM_TIMEOUT", 60)),
            cache_dir=data_dir / "llm-cache",
        )


class LLMMetric(BaseModel):
    """One quantitative claim, quoted verbatim."""

    model_config = ConfigDict(extra="ignore")
    quote: str = Field(description="verbatim substring of the section containing the number")
    value: float
    unit: str | None = None
    qualifier: str | None = None
    label: str = ""


class SectionMetrics(BaseModel):
    """Quantitative claims found in one section of the report."""

    model_config = ConfigDict(extra="ignore")
    metrics: list[LLMMetric] = []


class RowSplit(BaseModel):
    """The printed digits of one table row, cut into its cells."""

    model_config = ConfigDict(extra="ignore")
    cells: list[str]


class LLMClient:
    def __init__(self, cfg: LLMConfig):
        import instructor
        from openai import OpenAI

        modes = {"json": instructor.Mode.JSON, "md_json": instructor.Mode.MD_JSON,
                 "tools": instructor.Mode.TOOLS, "json_schema": instructor.Mode.JSON_SCHEMA}
        self.cfg = cfg
        self.client = instructor.from_openai(
            OpenAI(base_url=cfg.base_url, api_key=cfg.api_key, max_retries=0, timeout=cfg.timeout),
            mode=modes.get(cfg.mode, instructor.Mode.JSON))

    def ask(self, prompt: str, response_model: type[BaseModel], run: LLMRun) -> BaseModel | None:
        """One structured call, or None (the reason goes to run.errors). Re-asks happen only on
        validation errors; HTTP errors and timeouts are not retried."""
        from instructor.core.exceptions import InstructorRetryException
        from openai import APIError

        key = hashlib.sha256(json.dumps([self.cfg.model, self.cfg.mode, response_model.__name__,
                                         prompt], ensure_ascii=False).encode()).hexdigest()
        cached = self._cache_get(key)
        if cached is not None:
            run.cached_calls += 1
            return response_model.model_validate(cached)
        estimate = estimate_tokens(prompt) + _SCHEMA_OVERHEAD
        if run.prompt_tokens + run.completion_tokens + estimate > self.cfg.token_budget:
            run.budget_exhausted = True
            return None

        def on_response(response) -> None:
            run.attempts += 1
            usage = getattr(response, "usage", None)
            if usage is not None:
                run.prompt_tokens += usage.prompt_tokens or 0
                run.completion_tokens += usage.completion_tokens or 0

        run.calls += 1
        self.client.on("completion:response", on_response)
        try:
            result = self.client.chat.completions.create(
                model=self.cfg.model, response_model=response_model, temperature=0,
                max_retries=self.cfg.max_retries, messages=[{"role": "user", "content": prompt}])
        except (InstructorRetryException, APIError) as exc:
            cause = _api_cause(exc)
            if cause is not None:
                run.errors.append(f"LLM 服务出错：{type(cause).__name__} {getattr(cause, 'status_code', '') or ''}".strip())
            else:
                run.errors.append(f"输出不符合格式，重试{self.cfg.max_retries}次后放弃：{str(exc)[:160]}")
            return None
        except Exception as exc:  # transport surprises must not cost the rule-based result
            run.errors.append(f"LLM 调用失败：{type(exc).__name__}: {str(exc)[:160]}")
            return None
        finally:
            self.client.off("completion:response", on_response)
        self._cache_put(key, result.model_dump())
        return result

    def _cache_path(self, key: str) -> Path | None:
        return self.cfg.cache_dir / key[:2] / f"{key}.json" if self.cfg.cache_dir else None

    def _cache_get(self, key: str) -> dict | None:
        path = self._cache_path(key)
        if path and path.exists():
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None
        return None

    def _cache_put(self, key: str, value: dict) -> None:
        path = self._cache_path(key)
        if not path:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


def _api_cause(exc: BaseException) -> BaseException | None:
    """The transport/HTTP error behind an exception, if that is what it was (instructor wraps them)."""
    from openai import APIError

    seen = 0
    node: BaseException | None = exc
    while node is not None and seen < 10:
        if isinstance(node, APIError):
            return node
        node = node.__cause__ or node.__context__
        seen += 1
    return None


def prompt(name: str, **fields: object) -> str:
    text = (PROMPTS / f"{name}.md").read_text(encoding="utf-8")
    for k, v in fields.items():
        text = text.replace("{" + k + "}", str(v))
    return text


# ---------------------------------------------------------------------------- grounding
def _squashed(text: str, base: int) -> tuple[str, list[int]]:
    chars, offs = [], []
    for i, ch in enumerate(fold(text)):
        if not ch.isspace():
            chars.append(ch)
            offs.append(base + i)
    return "".join(chars), offs


def _value_in(quote: str, value: float) -> bool:
    printed = str(int(value)) if float(value).is_integer() else repr(float(value)).rstrip("0")
    digits = quote.replace(",", "")
    if re.search(rf"(?<![\d.]){re.escape(printed)}(?![\d])", digits):
        return True
    if not re.search(r"\d", quote):
        for run in re.findall(r"[零一二两三四五六七八九十百千万亿]+", quote):
            if parse_chinese_number(run) == value:
                return True
    return False


def ground(quote: str, value: float, text: str, start: int, end: int) -> Span | None:
    """Span of `quote` inside text[start:end] (whitespace and width folded), if it holds `value`."""
    hay, offs = _squashed(text[start:end], start)
    needle, _ = _squashed(quote, 0)
    if not needle or not _value_in(needle, value):
        return None
    i = hay.find(needle)
    if i < 0:
        return None
    return Span(start=offs[i], end=offs[i + len(needle) - 1] + 1)


# ---------------------------------------------------------------------------- metrics
def llm_metrics(report: Report, client: LLMClient, run: LLMRun) -> list[Metric]:
    out: list[Metric] = []
    for section in report.sections:
        if section.number not in NARRATIVE_SECTIONS and report.template.value != "LEGACY":
            continue
        a, b = section.span.start, section.span.end
        body = report.text[a:b]
        if not body.strip():
            continue
        result = client.ask(prompt("narrative_metrics", section=section.number, text=body), SectionMetrics, run)
        if result is None:
            if run.budget_exhausted:
                break
            continue
        for m in result.metrics:  # type: ignore[attr-defined]
            run.metrics_proposed += 1
            span = ground(m.quote, m.value, report.text, a, b)
            if span is None:
                run.dropped_ungrounded += 1
                continue
            value: int | float = int(m.value) if float(m.value).is_integer() else m.value
            out.append(Metric(value=value, unit=m.unit, qualifier=m.qualifier, label=m.label,
                              key=canonical_key(m.label), section=section.number,
                              quote=report.text[span.start:span.end], span=span, source="llm"))
            run.metrics_accepted += 1
    return out


def merge_metrics(rules: list[Metric], llm: list[Metric]) -> list[Metric]:
    """Union by span: where both found the same number, keep the rule's span and the LLM's label."""
    out = [replace(m) for m in rules]
    for m in llm:
        hit = next((r for r in out if r.span.start < m.span.end and m.span.start < r.span.end
                    and float(r.value) == float(m.value)), None)
        if hit is None:
            out.append(m)
        elif hit.source == "rules":
            hit.source = "both"
            hit.label = m.label or hit.label
            hit.key = hit.key or m.key
    out.sort(key=lambda m: m.span.start)
    return out


# ---------------------------------------------------------------------------- table repair
def repair_glued_rows(report: Report, client: LLMClient, run: LLMRun) -> None:
    """Glued 表三/表四 rows left open by the rules: the LLM proposes a split; it is kept only if it
    re-spells the printed digits and every identity over the finished table holds."""
    cells = {c.key: c for c in report.cells}
    open_rows: dict[str, list[Cell]] = {}
    for c in report.cells:
        if c.source == "glued_split" and c.value is None and c.key.startswith(("t3.", "t4.")):
            row = "t4" if c.key.startswith("t4.") else c.key.rsplit(".", 1)[0]
            open_rows.setdefault(row, []).append(c)
    if not open_rows:
        return
    single_r6 = "t3.r6.tot" in cells
    spec = ts.t3_spec(single_r6)
    equations = ts.t3_equations(spec) + ts.t4_equations()
    for row, row_cells in open_rows.items():
        keys = [k for k in cells if (k.startswith(row + ".") if row != "t4" else k.startswith("t4."))]
        if len(row_cells) != len(keys) or row_cells[0].span is None:
            continue  # partly solved rows are left as they are
        span = row_cells[0].span
        digits = report.text[span.start:span.end]
        label = spec.row(row.split(".")[1]).label if row != "t4" else "表四（复议5格、直接起诉5格、复议后起诉5格）"
        cols = "、".join(k.split(".", 1)[1] for k in keys)
        result = client.ask(prompt("table_row_repair", label=label, columns=cols, digits=digits, n=len(keys)),
                            RowSplit, run)
        if result is None:
            continue
        proposal = tuple(s.strip() for s in result.cells)  # type: ignore[attr-defined]
        cands = glued.split_candidates(digits.split(), ["count"] * len(keys)) or []
        values = {k: c.value for k, c in cells.items()}
        values.update({k: glued.value_of(p) for k, p in zip(keys, proposal)} if len(proposal) == len(keys) else {})
        relevant = [eq for eq in equations if set(eq.lhs + eq.rhs) & set(keys)
                    and all(values.get(k) is not None for k in eq.lhs + eq.rhs)]
        if proposal not in cands or not relevant or not all(glued.holds(eq, values) for eq in relevant):
            run.cells_rejected += len(keys)
            continue
        for k, part in zip(keys, proposal):
            cells[k].value = glued.value_of(part)
            cells[k].raw = part
            cells[k].placeholder = False
            cells[k].source = "llm"
        run.cells_accepted += len(keys)


def run_llm(report: Report, cfg: LLMConfig) -> Report:
    """The LLM pass over an extracted report; the report is returned even when every call fails."""
    run = LLMRun(model=cfg.model)
    client = LLMClient(cfg)
    found = llm_metrics(report, client, run)
    report.metrics = merge_metrics(report.metrics, found)
    if not run.budget_exhausted:
        repair_glued_rows(report, client, run)
    report.llm = run
    return report
