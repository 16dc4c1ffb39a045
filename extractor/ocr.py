"""Page images → text boxes with their confidence, plus the ruling lines a table is drawn with.

The recogniser is RapidOCR on onnxruntime (optional group `xxgk[ocr]`): its wheel ships the PP-OCR
detection and recognition models, so nothing is downloaded at run time. Before recognition a page
is deskewed (a scan is rarely straight, and rows and columns are read off box geometry), and its
horizontal and vertical ruling lines are found by morphology so the layout step can put each box in
its table cell. Everything here is pixels; extractor/ocr_layout.py turns pages into a Document.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .normalize import GLUED_MARKS, drawn_over, numeral_cuts, parse_chinese_number
from .schema import ExtractError

if TYPE_CHECKING:  # numpy is imported where OCR runs, not when this module loads
    import numpy as np

OCR_MISSING = "读取扫描件/图片需要 OCR 组件，请安装：pip install 'xxgk[ocr]'"
MIN_SCORE = 0.1  # keep weak reads: a dropped digit would shift a row; a weak one is flagged instead
MAX_SIDE = 2000  # the detector's input; an A4 page is rendered at ~170 dpi to fit


@dataclass(slots=True)
class Box:
    """One recognised text box, axis-aligned on the deskewed page (pixels)."""

    text: str
    conf: float
    x0: float
    y0: float
    x1: float
    y1: float
    # a figure run over its ruled cell's side into a neighbour that holds nothing of its own (ocr_layout
    # `_Grid.overruns`), or a word of numerals run over columns no cut settles (`cut_run_over`): which of
    # its characters are whose is not on the page — every cell it stands in is unread
    overrun: bool = False

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def h(self) -> float:
        return self.y1 - self.y0


_ONE_FIGURE = re.compile(r"[\d０-９]+[件项条个]?")


def one_figure(text: str) -> bool:
    """The text reads as one number (「１０６１件」「二十八」): a figure merely run over into an empty neighbour
    reads so. (One run together with the neighbour's digits, 「３４９」+「2」, reads so too: not told apart.)"""
    return (
        bool(_ONE_FIGURE.fullmatch(text))
        or parse_chinese_number(text.rstrip("件项条个").replace("〇", "零")) is not None
    )


def cut_run_over(b: Box, k: int, column_at: Callable[[float], bool] | None = None) -> list[Box] | None:
    """A word of numerals run over into k columns (「七百五十八〇」), cut into one box a column, left to right,
    where only one cut reads a count in each (`normalize.numeral_cuts`), each placed by its glyphs' width.
    None where the page does not say whose characters are whose: the word reads as one count (「十五」 has
    the one cut 十 | 五 too), its glyphs are drawn over each other, or no single cut reads — the caller
    marks it unread (`Box.overrun`). One rule for the ruled grid, the unruled turned table and an unruled
    row. `column_at`: where a column's text may begin, when the page says (left-aligned columns): a cut
    falls only there (「一千零二十七百五十八零」 over three columns: 一千零二十 | 七百五十八 | 零)."""
    if one_figure(b.text):
        return None
    if len(b.text) > 1 and b.text[-1] in "—－-一─" and one_figure(b.text[:-1] + "一"):
        return None  # 「七百六十—」: OCR's 「—」 for 一 (761) or 760 and the next cell's 「—」 — the page cannot say
    if b.text[-1] in GLUED_MARKS and one_figure(b.text[:-1]) and (k == 2 or (column_at is not None and k > 2)):
        # a count and the next cell's placeholder (「一千五百八十四/」, the 「/」 drawn over its 十四): no glyph of a
        # count is a mark, so none was lost under it — the two are told apart however they overlap
        mark = b.x1 - 0.5 * b.h
        return [Box(b.text[:-1], b.conf, b.x0, b.y0, mark, b.y1), Box(b.text[-1], b.conf, mark, b.y0, b.x1, b.y1)]
    if drawn_over(b.text, b.x1 - b.x0, b.h):
        return None
    width = (b.x1 - b.x0) / len(b.text)
    allowed = None if column_at is None else (lambda i: column_at(b.x0 + width * i))
    parts = numeral_cuts(b.text, k, allowed)
    if parts is None:
        return None
    at, out = 0, []
    for part in parts:
        out.append(Box(part, b.conf, b.x0 + width * at, b.y0, b.x0 + width * (at + len(part)), b.y1))
        at += len(part)
    return out


@dataclass(slots=True)
class Rule:
    """A ruling line: horizontal (pos = y, from–to along x) or vertical (pos = x, from–to along y)."""

    pos: float
    a: float
    b: float


@dataclass
class Page:
    width: int
    height: int
    boxes: list[Box]
    hrules: list[Rule] = field(default_factory=list)
    vrules: list[Rule] = field(default_factory=list)
    skew: float = 0.0  # degrees the scan was turned back by
    left: float = (
        0.0  # where a part of a page (a text column, extractor/columns.py) begins; its boxes keep the page's x
    )


def available() -> bool:
    try:
        import rapidocr  # noqa: F401
    except ImportError:
        return False
    return True


def threads() -> int:
    """onnxruntime threads per process: XXGK_OCR_THREADS, else every core (a bulk worker sets 1)."""
    try:
        return (
            max(1, int(os.environ.get("XXGK_OCR_THREADS", "0")))
            if os.environ.get("XXGK_OCR_THREADS")
            else (os.cpu_count() or 1)
        )
    except ValueError:
        return os.cpu_count() or 1


@functools.lru_cache(maxsize=2)
def _engine(n_threads: int):
    try:
        from rapidocr import RapidOCR
    except ImportError:
        raise ExtractError(OCR_MISSING, "ocr_unavailable") from None
    return RapidOCR(
        params={
            "Global.log_level": "error",
            "Global.text_score": MIN_SCORE,
            "Global.use_cls": False,
            "Global.max_side_len": MAX_SIDE,
            "EngineConfig.onnxruntime.intra_op_num_threads": n_threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )


def engine():
    return _engine(threads())


def to_gray(image) -> np.ndarray:
    """A PIL image or an array → 2-D uint8 grey."""
    import numpy as np

    if hasattr(image, "convert"):
        return np.asarray(image.convert("L"))
    arr = np.asarray(image)
    if arr.ndim == 3:
        import cv2

        arr = cv2.cvtColor(arr[..., :3], cv2.COLOR_RGB2GRAY)
    return arr.astype(np.uint8, copy=False)


def _dark(gray) -> np.ndarray:
    """Ink as 255, paper as 0 (adaptive: grey paper and uneven light are common in scans)."""
    import cv2

    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)


def estimate_skew(gray) -> float:
    """The angle (degrees) that makes text lines and rules horizontal: the rotation whose row
    profile of ink is sharpest, searched coarse then fine on a reduced copy."""
    import cv2
    import numpy as np

    scale = 800 / max(gray.shape)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    ys, xs = np.nonzero(_dark(small))
    if len(ys) < 50:
        return 0.0
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64) - small.shape[1] / 2

    def sharpness(deg: float) -> float:
        t = np.deg2rad(deg)
        rows = np.round(ys * np.cos(t) - xs * np.sin(t)).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.dot(counts, counts))

    best = max(np.arange(-3.0, 3.01, 0.25), key=sharpness)
    best = max(np.arange(best - 0.25, best + 0.26, 0.05), key=sharpness)
    return float(best)


def deskew(gray, angle: float):
    import cv2

    if abs(angle) < 0.05:
        return gray
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def find_rules(gray) -> tuple[list[Rule], list[Rule]]:
    """Ruling lines: ink that survives an opening with a long thin kernel (text strokes do not)."""
    import cv2

    h, w = gray.shape
    ink = _dark(gray)
    out: list[list[Rule]] = []
    for horizontal in (True, False):
        size = (max(30, w // 25), 1) if horizontal else (1, max(30, h // 60))
        lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
        # close small gaps a noisy scan leaves in a line
        lines = cv2.dilate(lines, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 3) if horizontal else (3, 5)))
        n, _, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
        rules = []
        for x, y, bw, bh, _area in stats[1:n]:
            if horizontal and bw >= size[0] and bh <= 12:
                rules.append(Rule(y + bh / 2, x, x + bw))
            elif not horizontal and bh >= size[1] and bw <= 12:
                rules.append(Rule(x + bw / 2, y, y + bh))
        out.append(sorted(rules, key=lambda r: r.pos))
    return out[0], out[1]


def recognise(gray) -> list[Box]:
    import numpy as np

    try:
        res = engine()(np.dstack([gray] * 3))
    except Exception as exc:  # onnxruntime reports an allocation failure as a RuntimeError subclass
        if "alloc" in str(exc).lower():
            raise MemoryError(str(exc)[:200]) from exc
        raise
    # RapidOCR's __call__ is typed as any stage's output; the whole pipeline gives boxes, txts, scores
    if res.boxes is None:  # pyright: ignore[reportAttributeAccessIssue]
        return []
    out = []
    for quad, text, score in zip(res.boxes, res.txts, res.scores):  # pyright: ignore[reportAttributeAccessIssue, reportArgumentType]
        xs, ys = quad[:, 0], quad[:, 1]
        text = text.strip()
        if text:
            out.append(Box(text, float(score), float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())))
    return out


def read_page(image) -> Page:
    """OCR one page image (PIL image or array): deskew, rules, boxes."""
    engine()  # the clear message before any work when the OCR group is missing
    gray = to_gray(image)
    if float(gray.std()) < 2.0:  # a blank page (or one flat colour): nothing to detect
        return Page(gray.shape[1], gray.shape[0], [])
    angle = estimate_skew(gray)
    gray = deskew(gray, angle)
    hrules, vrules = find_rules(gray)
    h, w = gray.shape
    return Page(w, h, recognise(gray), hrules, vrules, angle)
