"""What an LLM answer must satisfy before anyone sees it.

The model is given retrieved chunks of the scoped reports and must cite the ones it used. An
answer is shown only if:
- it cites at least one chunk that was given (ids it invents are dropped);
- every number it states occurs in a cited chunk (「共收到申请99999件」 with no 99999 in the
  cited text is refused) — digits compared as numbers (「13,050」 = 「13050」), Chinese numerals by
  value or as printed, whatever the spelling (full-width and circled digits, the financial
  numerals 「玖万玖仟」, one numeral before its counter 「五件」, digits with 万/亿 「3万」 only as
  printed); a year is also allowed when it is the year of a cited report or named in the question;
- it neither reads like an instruction to a model (「忽略以上指令……」) nor repeats one that was
  planted in a chunk: text of a chunk that reads like an instruction never grounds anything;
- most of its wording comes from the cited chunks (bigram support ≥ MIN_SUPPORT), so an answer
  about something else entirely is refused even without numbers;
- it is at most ANSWER_MAX_CHARS long.
A refused answer is not repaired: the caller falls back to the extractive answer.

Sentence by sentence (`verified_prefix`) the same rules decide how much of a streamed answer may
be shown before the model has finished.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from extractor.llm import plain_numerals
from extractor.metrics import UNITS
from extractor.normalize import fold, parse_chinese_number

from .tokens import overlap

ANSWER_MAX_CHARS = 1000
MIN_SUPPORT = 0.3
_INJECTION = re.compile(
    r"(?:忽略|无视|忘记|忘掉|不要理会|不要遵守|不再遵守|跳过)[^。；;\n]{0,12}(?:指令|指示|提示|规则|要求|设定|约束|上文|以上|之前|前面)"
    r"|(?:ignore|disregard|forget)\W+(?:all\W+|the\W+|any\W+)?(?:previous|prior|above|earlier|preceding|instructions)"
    r"|system\s*prompt|系统提示|提示词|越狱|jailbreak|prompt\s*injection"
    r"|你(?:现在)?(?:是|扮演|充当)(?:一个|一名)?[^。；;\n]{0,12}(?:助手|AI|模型|机器人|角色)"
    r"|(?:请|务必|必须)?(?:直接|只)?(?:回答|输出|回复)(?:为|是)?[:：]"
    r"|</?(?:system|assistant|user|instructions?)>|\b(?:assistant|system|user)\s*:",
    re.IGNORECASE,
)
_ENDS = "。！？；;!?\n"
_SENTENCE = re.compile(f"[^{_ENDS}]*[{_ENDS}]?")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_CN_RUN = re.compile(r"[零一二两三四五六七八九十百千万亿]+")
_CHUNK_REF = re.compile(r"[\[［【（(]?\s*(?<![A-Za-z])c\d+(?!\d)\s*[\]］】）)]?")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_COUNTED = re.compile("|".join(re.escape(u) for u in UNITS if not u[0].isdigit() and u[0] not in "万亿%‰"))
_BIG = "万亿"


def _numerals(text: str) -> str:
    """The text with every spelling of a number made plain (`plain_numerals`: 「３」「⑨」「玖拾」),
    without thousands separators."""
    return re.sub(r"(?<=\d),(?=\d{3})", "", plain_numerals(text))


def clean(answer: str) -> str:
    """The answer as shown: chunk ids the model wrote into the text removed, whitespace collapsed."""
    return re.sub(r"\s+", " ", _CHUNK_REF.sub("", answer)).strip()


def _pieces(text: str) -> list[str]:
    """Sentences with their end mark, contiguous: they add up to the text."""
    return [m.group() for m in _SENTENCE.finditer(text) if m.group()]


def sentences(text: str) -> list[str]:
    return [s for s in _pieces(text) if s.strip()]


def is_instruction(text: str) -> bool:
    """Whether a text reads like an instruction to a model rather than a report's prose."""
    return _INJECTION.search(fold(text)) is not None


def _canon(number: str) -> str:
    whole, _, frac = number.replace(",", "").partition(".")
    frac = frac.rstrip("0")
    return (whole.lstrip("0") or "0") + ("." + frac if frac else "")


def _numbers(text: str) -> set[str]:
    """Every number a text holds: digits (thousands separators dropped), digits with 万/亿 as
    printed (「1万」), and the values of its Chinese-numeral runs."""
    plain = _numerals(text)
    found = set()
    for m in _DIGITS.finditer(plain):
        found.add(_canon(m.group()))
        big = plain[m.end() : m.end() + 1]
        if big and big in _BIG:
            found.add(_canon(m.group()) + big)
    for run in _CN_RUN.findall(plain):
        value = parse_chinese_number(run)
        if value is not None:
            found.add(str(value))
    return found


@dataclass
class Sources:
    """The cited chunks' text that may ground an answer, and the planted instructions it held."""

    texts: list[str]
    years: set[str] = field(default_factory=set)  # 「2022年」 may be said of a cited report's year or the question's
    numbers: set[str] = field(init=False)
    planted: set[str] = field(init=False)  # 10-character windows of instruction-like sentences
    prose: str = field(init=False)
    plain: str = field(init=False)  # the prose with its numbers spelt plainly (`_numerals`)

    def __post_init__(self) -> None:
        kept, planted = [], set()
        for text in self.texts:
            for s in sentences(text):
                if is_instruction(s):
                    squashed = "".join(fold(s).split())
                    planted |= {squashed[i : i + 10] for i in range(max(1, len(squashed) - 9))}
                else:
                    kept.append(s)
        self.prose = "".join(kept)
        self.numbers = _numbers(self.prose)
        self.plain = _numerals(self.prose)
        self.planted = planted

    @classmethod
    def of(cls, texts: Iterable[str], question: str = "", years: Iterable[int | None] = ()) -> Sources:
        return cls(list(texts), {str(y) for y in years if y} | set(_YEAR.findall(fold(question))))


def sentence_problem(sentence: str, src: Sources) -> str | None:
    """Why a sentence may not be shown, or None."""
    if is_instruction(sentence):
        return "回答像是给模型的指令"
    squashed = "".join(fold(sentence).split())
    if any(squashed[i : i + 10] in src.planted for i in range(max(0, len(squashed) - 9))):
        return "回答复述了片段中植入的指令"
    plain = _numerals(sentence)
    for m in _DIGITS.finditer(plain):
        if _canon(m.group()) not in src.numbers and not (m.group() in src.years and plain.startswith("年", m.end())):
            return f"数字 {m.group()} 不在所引片段中"
        big = plain[m.end() : m.end() + 1]
        if big and big in _BIG and _canon(m.group()) + big not in src.numbers:
            return f"数字 {m.group()}{big} 不在所引片段中"
    for m in _CN_RUN.finditer(plain):
        run = m.group()
        if len(run) < 2 and run not in "十百千万亿":
            counted = _COUNTED.match(plain, m.end())
            if run == "一" or not counted:
                continue  # 「一」「三」 are words as often as numbers; 「五件」 is a count
            run = plain[m.start() : counted.end()]  # printed with its counter
        value = parse_chinese_number(m.group())
        if run not in src.plain and (value is None or str(value) not in src.numbers):
            return f"数字「{run}」不在所引片段中"
    return None


def answer_problem(answer: str, src: Sources) -> str | None:
    """Why a whole answer may not be shown, or None."""
    if len(answer) > ANSWER_MAX_CHARS:
        return f"回答过长（{len(answer)} 字，上限 {ANSWER_MAX_CHARS}）"
    for s in sentences(answer):
        why = sentence_problem(s, src)
        if why:
            return why
    if overlap(answer, src.prose) < MIN_SUPPORT:
        return "回答的内容不在所引片段中"
    return None


def verified_prefix(answer: str, src: Sources) -> int:
    """Length of the longest run of complete sentences at the start of a partial answer that may
    be shown now (each sentence passes, and the run as a whole is supported by the sources)."""
    ends: list[int] = []
    pos = 0
    for piece in _pieces(answer):
        if piece[-1] not in _ENDS or piece.strip() and sentence_problem(piece, src):
            break
        pos += len(piece)
        ends.append(pos)
    while ends and overlap(answer[: ends[-1]], src.prose) < MIN_SUPPORT:
        ends.pop()
    end = ends[-1] if ends else 0
    return end if end <= ANSWER_MAX_CHARS else 0
