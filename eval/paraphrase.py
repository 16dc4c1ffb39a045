"""Metamorphic question tests: a question that means the same must get the same answer.

    .venv/bin/python -m eval paraphrase [--bank dev blindx …] [--seed 0] [--per 40] [--show 30]

Every blind bank scored 0.82–0.89 at first sight and fixing one moved the next by about a point: the
router was fitted to phrasings. This measure needs no new gold. It takes the bank questions answered
right today (dev, holdout, final, blind3–8 over the corpus store; blindw and blindx over the wild sets'
stores, `eval.wildbank`), rewrites each the way users vary a question that means the same — a polite
preamble, a particle at the end, another asking word, another spelling of the year, another name form
of the agency from the store's catalogue, another word order, spaces, full- or half-width characters,
traditional characters, the question mark, a homophone slip in a word that carries no meaning — and
judges the rewritten question with the bank's own rules (`bank.judge`, the original's expectation).
Invariance is the share of rewrites judged right, per transformation and per intent; a refusal must
stay a refusal like any other answer.

The transformations are written from the user's side (what people type), not from the router's code.
Each returns None where it does not apply or would change the meaning (「共计」 only on a one-report
value; no bare year inside a range). Rewrites are drawn per bank and transformation with `--seed`, at
most `--per` of each; holdout's failures are counted, never printed (its questions are for scoring)."""

from __future__ import annotations

import functools
import json
import random
import re
import tempfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from eval import bank

CORPUS_BANKS = ("dev", "holdout", *bank.BLIND)
WILD_BANKS = ("blindw", "blindx")
PRINTABLE = ("dev", *bank.BLIND, *WILD_BANKS)  # holdout's questions are scored, never printed


# ---------------------------------------------------------------- what the rewrites may know of the store
@dataclass
class Names:
    """The store's agency name forms a user may write: per agency, its full name and the forms that name
    its place (rank ≤ 1), each only if no other stored agency has it; and `mentions` to find them."""

    forms: dict[str, list[str]] = field(default_factory=dict)  # agency key → its unique forms, full name first
    mentions: Callable[[str], list[tuple[int, int, dict[str, int]]]] = lambda q: []

    @classmethod
    def of(cls, asker) -> Names:
        cat = asker.catalogue()
        rows = asker.store.db.execute("SELECT form, agency_key, rank FROM agency_forms").fetchall()
        owners: dict[str, set[str]] = defaultdict(set)
        for form, key, _ in rows:
            owners[form].add(key)
        forms: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for form, key, rank in rows:
            if rank <= 1 and owners[form] == {key}:
                forms[key].append((rank, form))
        # each question is read by several transformations (agency_form, word_order, typo, combo): its mentions
        # once (the catalogue does not change under a bench; the spans are only read)
        return cls(
            {k: [f for _, f in sorted(v)] for k, v in forms.items()}, functools.lru_cache(maxsize=None)(cat.mentions)
        )


Transform = Callable[[str, random.Random, Names, dict], "str | None"]

_END = re.compile(r"[？?。.!！\s]*$")
_ASKING = re.compile(r"多少|几|哪|什么|啥|谁|怎么|如何")


def _body_end(q: str) -> tuple[str, str]:
    """The question without its end marks, and the end marks."""
    m = _END.search(q)
    assert m is not None
    return q[: m.start()], q[m.start() :]


def polite(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """「请问」「麻烦查一下」「我想知道」「帮我看看」 before the question."""
    if re.match(r"请问|麻烦|我想|帮我|你好|您好", q):
        return None
    return rnd.choice(("请问", "麻烦查一下，", "我想知道", "帮我看看，", "你好，请问", "麻烦问下，")) + q


def particle(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """A particle at the end of a wh-question: 「…多少件呢？」「…几件啊」."""
    body, end = _body_end(q)
    if re.search(r"[吗么嘛呢吧啊呀啦哦]$", body) or not _ASKING.search(body):
        return None
    return body + rnd.choice(("呢", "啊", "呀")) + end


_UNIT = "件个条项次人份家起篇期场"


def ask_word(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """Another asking word for the same number: 多少件 ↔ 几件, 什么 ↔ 啥, 「…多少来着」, 「是多少」, and
    「共计多少」 where one number of one report is asked."""
    body, end = _body_end(q)
    options: list[str] = []
    if re.search(rf"多少(?=[{_UNIT}])", body):
        options.append(re.sub(rf"多少(?=[{_UNIT}])", "几", body, count=1))
    if re.search(rf"(?<![这那哪好])几(?=[{_UNIT}])", body):
        options.append(re.sub(rf"(?<![这那哪好])几(?=[{_UNIT}])", "多少", body, count=1))
    if "什么" in body:
        options.append(body.replace("什么", "啥", 1))
    if re.search(rf"多少(?=[{_UNIT}])", body):  # (「几多件」: southern speech)
        options.append(re.sub(rf"多少(?=[{_UNIT}])", "几多", body, count=1))
    if re.search(rf"(?:多少|几)[{_UNIT}]?$", body):
        options.append(body + "来着")
    if re.search(r"(?<![是有为的了])多少(?!倍)", body):  # (「…的是多少倍」「增加了是多少」 are no sentences)
        options.append(re.sub(r"(?<![是有为的了])多少(?!倍)", "是多少", body, count=1))
    one_value = item.get("intent") == "value" and "value" in item["expect"]
    if (
        one_value
        and re.search(r"(?<![共计])(?:有)?多少", body)
        and not re.search(r"一共|共计|合计|总共|总计|加起来", body)
    ):
        options.append(re.sub(r"(?<![共计])(?:有)?多少", "共计多少", body, count=1))
    options = [o for o in options if o != body]
    return rnd.choice(options) + end if options else None


_CN = "〇一二三四五六七八九"
# a year as users write it: 2023年, 2023年度, 二〇二三年, 23年 (never one inside a range or before 以来/版)
_YEAR_AT = re.compile(
    r"(?<![\d到至~\-—－])((?:19|20)\d\d)(年度|年)(?![\d到至~\-—－以之起版前后来初末底])(?!.{0,2}(?:到|至)\s*(?:19|20)?\d\d)"
)


def year_form(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """Another spelling of every year written 「2023年」: 「2023年度」「二〇二三年」「23年」, or bare 「2023」."""
    found = list(_YEAR_AT.finditer(q))
    if not found or len({m.group(1) for m in found}) != len(found):
        return None
    style = rnd.choice(("年度", "cn", "short", "bare", "年"))

    def spell(m: re.Match) -> str:
        y, suffix = m.group(1), m.group(2)
        after = q[m.end() : m.end() + 1]
        if style == "年度":
            return y + ("年" if suffix == "年度" else "年度")
        if style == "cn":
            return "".join(_CN[int(d)] for d in y) + "年"
        if style == "short":
            return y[2:] + "年"
        if style == "bare" and re.match(r"[\u4e00-\u9fff]", after) and not re.match(rf"[{_UNIT}万元]", after):
            return y
        return y + ("年" if suffix == "年度" else "年度")

    out = _YEAR_AT.sub(spell, q)
    return out if out != q else None


def _quoted(q: str, i: int) -> bool:
    """Is position i inside quotes (「“河北教育发布”」 names an account, not the agency)?"""
    before = q[:i]
    return any(before.count(a) > before.count(b) for a, b in (("“", "”"), ("「", "」"), ("《", "》"), ('"', '"')))


def agency_form(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """Another name form of an agency the question names: its full name, a short one, its place plus the
    department's short name (the store's catalogue; a form only one stored agency has)."""
    spans = [
        (i, j, k)
        for i, j, hit in names.mentions(q)
        if len(hit) == 1 and (k := next(iter(hit))) in names.forms and hit[k] <= 1 and not _quoted(q, i)
    ]
    rnd.shuffle(spans)
    for i, j, key in spans:
        others = [f for f in names.forms[key] if f != q[i:j] and f not in q]
        if others:
            return q[:i] + rnd.choice(others) + q[j:]
    return None


_YEAR_WORD = r"(?:(?:19|20)\d\d|\d\d|[〇零一二三四五六七八九]{2,4})\s*年度?"


def _scope_head(q: str, names: Names) -> tuple[str, str] | None:
    """「安康市政府办2022年」 + the rest: an agency and its year written first."""
    spans = names.mentions(q)
    if not spans or spans[0][0] != 0:
        return None
    m = re.compile(r"的?\s*" + _YEAR_WORD + r"(?![以之起来前后到至报\-—~]|[和与及、])(?:的)?").match(q, spans[0][1])
    if m is None or m.end() >= len(q) - 2:
        return None
    rest = q[m.end() :].lstrip("，, ")
    if not re.match(r"[\u4e00-\u9fff]", rest) or re.match(r"(?:和|与|及|跟|同|、|比|到|至)", rest):
        return None
    return q[: m.end()].rstrip("的"), rest


def word_order(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """The same parts in another order: 「X的Y」, 「Y，X」, topic first 「X呢，Y」, the year first."""
    head = _scope_head(q, names)
    if head is None:
        return None
    x, rest = head
    body, end = _body_end(rest)
    yr = re.search(_YEAR_WORD + "$", x)
    options = [f"{x}的{rest}", f"{x}呢，{rest}"]
    # (moved after the ask, or the year first, only where the rest names no other time: 「…是19年的几倍」)
    other_time = re.search(r"\d\d|[〇零一二三四五六七八九两]年|去年|上年|前年|今年|本年|同比|以来|近", rest)
    if not other_time:
        options.append(f"{body}，{x}{end}")
    if yr and yr.start() > 1 and not other_time:
        options.append(f"{yr.group()}，{x[: yr.start()]}{rest}")
    return rnd.choice([o for o in options if o != q])


def spaces(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """Spaces as a search box or a copied PDF has them: around digits, after the scope, at the ends."""
    options = []
    spaced = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])", " ", q)
    if spaced != q:
        options.append(spaced)
    head = _scope_head(q, names)
    if head:
        options.append(f"{head[0]} {head[1]}")
    options.append(f" {q} ")
    return rnd.choice(options)


_FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_HALF = {v: k for k, v in _FULL.items()}


def width(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """Digits and punctuation in the other width: 「２０２３年」, 「?」 for 「？」, 「,」 for 「，」."""
    if re.search(r"[\uFF01-\uFF5E]", q) and rnd.random() < 0.5:
        out = "".join(_HALF.get(c, c) for c in q)
    else:
        out = "".join(_FULL.get(c, c) if c.isascii() and (c.isdigit() or c in "?,:;()%") else c for c in q)
    return out if out != q else None


@functools.cache
def _to_traditional() -> dict[str, str]:
    """Simplified → traditional as a 繁體 user types it: OpenCC's s2tw over the report vocabulary (the layout
    generator's map, eval/reportgen/simp_trad.tsv) and the question words that map lacks."""
    table: dict[str, str] = {}
    for line in (
        (Path(__file__).resolve().parent / "reportgen" / "simp_trad.tsv").read_text(encoding="utf-8").splitlines()
    ):
        if line and not line.startswith("#"):
            s, t = line.split("\t")
            table[s] = t
    for (
        pair
    ) in "这這 么麼 吗嗎 个個 几幾 问問 请請 帮幫 还還 们們 来來 对對 没沒 过過 后後 与與 为為 啥啥 说說 么麼".split():
        table.setdefault(pair[0], pair[1])
    return table


def traditional(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """The question typed in traditional characters (「請問…申請…幾件」)."""
    table = _to_traditional()
    out = "".join(table.get(c, c) for c in q)
    return out if out != q else None


def question_mark(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """A trailing 「？」 or none."""
    body, end = _body_end(q)
    return body if end.strip() else body + rnd.choice(("？", "?"))


# homophone slips a pinyin keyboard makes in words that carry no meaning of the question (never inside an
# agency's name): 的/得 is the one every writer mixes up; 知到, 作法 are whole-word slips
_SLIPS = (("的", "得"), ("知道", "知到"), ("做法", "作法"), ("一下", "一下下"))


def typo(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """A homophone slip in a word that carries no meaning: 的 → 得, 在 → 再, 知道 → 知到 …"""
    taken = [(i, j) for i, j, _ in names.mentions(q)]
    spots = [
        (m.start(), m.end(), b)
        for a, b in _SLIPS
        for m in re.finditer(a, q)
        if not any(i <= m.start() < j for i, j in taken)
    ]
    if not spots:
        return None
    i, j, b = rnd.choice(spots)
    return q[:i] + b + q[j:]


def combo(q: str, rnd: random.Random, names: Names, item: dict) -> str | None:
    """Two or three of the others at once, as one user writes them together (「你好，请问平潭 22 年呢，新收幾件」)."""
    out = q
    picked = rnd.sample(sorted(SINGLE), rnd.choice((2, 3)))
    # (characters and widths last: the others read the question as the store's names and the digits spell it)
    for name in sorted(picked, key=lambda n: n in ("traditional", "width")):
        out = SINGLE[name](out, rnd, names, item) or out
    return out if out != q else None


SINGLE: dict[str, Transform] = {
    "polite": polite,
    "particle": particle,
    "ask_word": ask_word,
    "year_form": year_form,
    "agency_form": agency_form,
    "word_order": word_order,
    "spaces": spaces,
    "width": width,
    "traditional": traditional,
    "question_mark": question_mark,
    "typo": typo,
}
TRANSFORMS: dict[str, Transform] = {**SINGLE, "combo": combo}


def variants(item: dict, names: Names, seed: int, only: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """(transformation, rewritten question) for each transformation that applies to the item; the same
    seed gives the same rewrites."""
    for name, fn in TRANSFORMS.items():
        if only and name not in only:
            continue
        rnd = random.Random(zlib.crc32(f"{seed}:{name}:{item.get('id')}:{item['q']}".encode()))
        out = fn(item["q"], rnd, names, item)
        if out is not None and out != item["q"]:
            yield name, out


# ---------------------------------------------------------------- the stores
@dataclass
class Bench:
    """An asker over a store and the bank report id → stored report mapping `bank.judge` needs."""

    asker: object
    reports: dict[str, dict]
    names: Names

    @classmethod
    def of(cls, asker) -> Bench:
        """Over any store whose reports were added from the bank's files (a bank's report id is its
        file's stem: the corpus's and the wild sets' alike)."""
        files = {Path(r["source"]).name: r["id"] for r in asker.store.catalogue_rows() if r.get("source")}
        return cls(asker, bank._bank_reports(asker.catalogue(), files), Names.of(asker))


@contextmanager
def corpus_bench() -> Iterator[Bench]:
    from eval.gold import DEFAULT_CORPUS, load_gold
    from eval.qa import corpus_store
    from rag.ask import Asker
    from rag.index import Index

    with tempfile.TemporaryDirectory() as tmp:
        store, _, _ = corpus_store(load_gold(DEFAULT_CORPUS), tmp)
        index = Index(store)
        index.sync()
        yield Bench.of(Asker(store, index))


@contextmanager
def wild_bench(which: str) -> Iterator[Bench]:
    from eval import wildbank, wildqa

    with wildqa.wild_store(wildbank.BANKS[which]) as ws:
        yield Bench.of(ws.asker)


def items_of(which: str) -> list[dict]:
    if which in WILD_BANKS:
        return bank.load(bank.QUESTIONS / which / f"{which}.jsonl")
    return bank.load(bank.bank_path(which))


def _ask(b: Bench, item: dict, q: str):
    scope = (item.get("scope") or {}).get("report")
    rid = b.reports.get(scope, {}).get("id") if scope else None
    return b.asker.ask(q, report_id=rid)  # type: ignore[attr-defined]


def sample(items: list[dict], names: Names, seed: int, per: int, only: list[str] | None = None) -> list[tuple]:
    """(item, transformation, rewrite): at most `per` of each transformation, drawn with `seed`."""
    by_t: dict[str, list[tuple]] = defaultdict(list)
    for it in items:
        for name, out in variants(it, names, seed, only):
            by_t[name].append((it, name, out))
    rnd = random.Random(seed)
    picked = []
    for name in TRANSFORMS:
        pool = by_t.get(name, [])
        picked += rnd.sample(pool, min(per, len(pool)))
    return picked


def score_bank(b: Bench, which: str, seed: int, per: int, only: list[str] | None = None) -> list[dict]:
    """Rows (bank, id, intent, transformation, original, rewrite, ok, answers) for the bank's rewrites of
    questions answered right today."""
    items = items_of(which)
    rnd = random.Random(seed)
    rnd.shuffle(items)
    right: dict[str, bool] = {}
    rows = []
    for it, name, out in sample(items, b.names, seed, per, only):
        key = it["id"]
        if key not in right:
            right[key] = bank.judge(it, _ask(b, it, it["q"]), b.reports)[0]
        if not right[key]:
            continue
        ans = _ask(b, it, out)
        ok, why = bank.judge(it, ans, b.reports)
        rows.append(
            {
                "bank": which,
                "id": key,
                "intent": it.get("intent", "?"),
                "transform": name,
                "q": it["q"],
                "rewrite": out,
                "ok": ok,
                "why": why,
                "answer": ans.answer[:160],
            }
        )
    return rows


def run(banks: list[str], seed: int = 0, per: int = 40, only: list[str] | None = None) -> dict:
    rows: list[dict] = []
    corpus = [w for w in banks if w in CORPUS_BANKS]
    if corpus:
        with corpus_bench() as b:
            for which in corpus:
                rows += score_bank(b, which, seed, per, only)
    for which in (w for w in banks if w in WILD_BANKS):
        with wild_bench(which) as b:
            rows += score_bank(b, which, seed, per, only)
    return summarize(rows)


def _rates(rows: list[dict], key: str) -> dict[str, str]:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        tally[r[key]][0] += r["ok"]
        tally[r[key]][1] += 1
    return {k: f"{a}/{b} = {a / b:.3f}" for k, (a, b) in sorted(tally.items())}


def summarize(rows: list[dict]) -> dict:
    n = len(rows)
    return {
        "rewrites": n,
        "invariance": sum(r["ok"] for r in rows) / n if n else 1.0,
        "by_transform": _rates(rows, "transform"),
        "by_intent": _rates(rows, "intent"),
        "by_bank": _rates(rows, "bank"),
        "rows": rows,
    }


def render(summary: dict, show: int = 40) -> str:
    lines = []
    misses = [r for r in summary["rows"] if not r["ok"] and r["bank"] in PRINTABLE]
    for r in misses[:show]:
        lines.append(
            f"✘ {r['bank']} {r['id']} [{r['intent']}/{r['transform']}] {r['q']}\n"
            f"    → {r['rewrite']}\n    ours: {r['answer']} ({r['why']})"
        )
    if len(misses) > show:
        lines.append(f"… {len(misses) - show} more (holdout's not printed)")
    lines.append("by transformation: " + json.dumps(summary["by_transform"], ensure_ascii=False, indent=1))
    lines.append("by intent: " + json.dumps(summary["by_intent"], ensure_ascii=False, indent=1))
    lines.append("by bank: " + json.dumps(summary["by_bank"], ensure_ascii=False))
    lines.append(f"paraphrase invariance {summary['invariance']:.4f} over {summary['rewrites']} rewrites")
    return "\n".join(lines)
