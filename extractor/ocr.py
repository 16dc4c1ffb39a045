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
    turn: int = 0  # (w25fixa) quarter turns (counter-clockwise, as numpy's rot90) a page fed turned was read at
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
    eng = RapidOCR(
        params={
            "Global.log_level": "error",
            "Global.text_score": MIN_SCORE,
            "Global.use_cls": False,
            "Global.max_side_len": MAX_SIDE,
            "EngineConfig.onnxruntime.intra_op_num_threads": n_threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )
    if n_threads > 1 and not _memory_budgeted():
        for part in (eng._load_det_model(), eng._load_rec_model()):  # pyright: ignore[reportPrivateUsage]
            _without_spinning(part.session)
    return eng


def _memory_budgeted() -> bool:
    """Whether this process runs under an address-space limit (the extraction sandbox, api/sandbox.py): there the
    sessions are not made a second time — both sets at once passed the budget (「std::bad_alloc」 reading an empty
    PDF's fall-back to OCR, test_fuzz), and a sandboxed extraction is one report, where the spinning costs little."""
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    return soft != resource.RLIM_INFINITY


def _without_spinning(infer) -> None:
    """(ocrspeed) onnxruntime's worker threads wait for the next operator spinning, a core each at full use: on a
    machine shared with other work (a CI runner, a server, a pool of workers) that is CPU taken from the rest and
    the operators' own threads slowed in turn — a table page of `eval ocr` read at two threads on a loaded machine
    cost 14.3 s of CPU spinning, 10.1 s sleeping, in the same wall time. The session is made again as rapidocr made it, with its threads sleeping when idle
    (the same results: the same operators on the same threads)."""
    import onnxruntime as ort

    old = infer.session
    opts = old.get_session_options()
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
    infer.session = ort.InferenceSession(
        old._model_path,  # pyright: ignore[reportAttributeAccessIssue]
        sess_options=opts,
        providers=old.get_providers(),
    )


def engine():
    return _engine(threads())


def to_gray(image) -> np.ndarray:
    """A PIL image or an array → 2-D uint8 grey: a stamp's coloured ink read as paper (`_stamps`), cells printed
    light on dark read as dark on light (`_uninvert`)."""
    import numpy as np

    if hasattr(image, "convert"):
        if image.mode not in ("RGB", "RGBA", "P", "CMYK"):
            return _uninvert(np.asarray(image.convert("L")))
        image = np.asarray(image.convert("RGB"))
    arr = np.asarray(image)
    if arr.ndim == 3:
        import cv2

        rgb = arr[..., :3]
        arr = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        # a seal or a rubber stamp over the text: inside its box the page is read in the ink's own channel, where
        # the stamp is as light as paper and the black print under it stays dark (the ink's fringes with it)
        paper = _paper(arr)
        for (x, y, w, h), ch, level in _stamps(rgb):
            box = rgb[y : y + h, x : x + w, ch].astype(np.float32)
            # the ink's level and lighter → paper, a ramp just below it; darker (the print, a grey rule) as it is
            level = max(level, 0.6 * paper)
            lift = np.clip((box - (level - STAMP_RAMP)) / STAMP_RAMP, 0, 1)
            arr[y : y + h, x : x + w] = np.clip(box + lift * (paper - box), 0, 255)
    return _uninvert(arr.astype(np.uint8, copy=False))


STAMP_RAMP = 30.0  # grey levels below a stamp's ink over which its fringes are lifted to paper
SEAL_SHARE = 0.002  # of a page's pixels in one ink colour before they are taken for a stamp's (a red title is fewer)
_INKS = ((0, 1, 2), (2, 0, 1), (1, 0, 2))  # red, blue, green ink: (its channel, the other two)


def _paper(channel) -> float:
    """The paper's level (its bright end: most of a page is paper)."""
    import numpy as np

    return float(np.percentile(channel[::4, ::4], 90))


def _stamps(rgb) -> list[tuple[tuple[int, int, int, int], int, float]]:
    """The boxes (x, y, w, h) of stamped coloured ink, the ink's channel and the ink's level in it (a little under its median
    over paper: that and lighter is read as paper, so the fringes a scan blurs round the ink go with it; print
    under the ink stays far darker, by what of the paper the ink lets through): a red seal (公章, stamped over the
    signature and often over table 三 or 四; in grey its ink hid the figures under it, zeros read as blank), a blue
    or green rubber stamp (「已核对」「与原件一致」, double-framed, over a margin or a table). A stamp is a blob of one
    ink a tenth to two fifths of the page wide, from about square to a little over twice as wide as tall — never a
    coloured letterhead (「XX人民政府文件」, a wide bar of glyphs) or a title line, whose words must still be read,
    nor a ballpoint tick or a hand stroke 「/」 struck into a cell (small: a reader reads the stroke)."""
    import cv2
    import numpy as np

    c = [rgb[..., i].astype(np.int16) for i in range(3)]
    h, w = c[0].shape
    out = []
    for ch, o1, o2 in _INKS:
        ink = (c[ch] - c[o1] > 25) & (c[ch] - c[o2] > 25)
        if ink.mean() < SEAL_SHARE:
            continue
        grown = cv2.dilate(ink.astype(np.uint8), np.ones((15, 15), np.uint8))
        n, _, stats, _ = cv2.connectedComponentsWithStats(grown, connectivity=8)
        for i in range(1, n):
            x, y, bw, bh = (int(v) for v in stats[i, :4])
            if 0.1 * w <= bw <= 0.4 * w and 0.75 <= bw / max(bh, 1) <= 2.6:
                inked = ink[y : y + bh, x : x + bw]
                out.append(((x, y, bw, bh), ch, float(np.median(c[ch][y : y + bh, x : x + bw][inked])) - 20))
    return out


def _uninvert(gray) -> np.ndarray:
    """Cells printed light on a dark fill (a table's header rows white on dark blue, a banner) read as dark on
    paper: the fill mapped to paper, the light glyphs to ink, the rules between the cells (lighter than the fill)
    kept as lines — binarised as they were, the fill's edges were taken for ink and its rules and glyphs for
    paper, and no header was recognised. A fill is where most of a window a little under a line high is dark
    (black text on paper never is: its glyphs are mostly paper), taken only as a block — mostly filled, its rim
    dark, off the page's edge (never a copier's black band) — with light glyphs inside."""
    import cv2
    import numpy as np

    h, w = gray.shape
    k = max(9, round(max(h, w) / 120))
    dark = (gray < 110).astype(np.float32)
    dense = (cv2.blur(dark, (k, k)) > 0.7).astype(np.uint8)
    if not dense.any():
        return gray
    dense = cv2.morphologyEx(dense, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dense, connectivity=8)
    out = gray
    for i in range(1, n):
        x, y, bw, bh, _area = (int(v) for v in stats[i])
        if x <= 2 or y <= 2 or x + bw >= w - 2 or y + bh >= h - 2 or bh < 1.5 * k or bw < 3 * k:
            continue
        inside = np.zeros((bh, bw), np.uint8)  # the block with its holes (the glyphs, the rules) filled
        outline, _ = cv2.findContours(
            (labels[y : y + bh, x : x + bw] == i).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
        )
        inside = cv2.drawContours(inside, outline, -1, 1, thickness=cv2.FILLED) > 0
        part = gray[y : y + bh, x : x + bw]
        ink = dark[y : y + bh, x : x + bw] > 0
        if inside.mean() < 0.8 or ink[inside].mean() < 0.55:
            continue
        rim = np.zeros_like(inside)
        rim[2 : bh - 2, 2 : bw - 2] = True
        rim &= ~np.pad(np.ones((bh - 10, bw - 10), bool), 5) & inside
        if rim.any() and ink[rim].mean() < 0.7:  # a line of heavy glyphs: its rim is mostly paper
            continue
        level = float(np.median(part[inside & ink]))
        if (inside & (part > level + 80)).mean() < 0.01:  # nothing light in it: a picture, a bar — left as it is
            continue
        if out is gray:
            out = gray.copy()
        flipped = 255.0 - (part.astype(np.float32) - level) * 255.0 / max(255.0 - level, 1.0)
        out[y : y + bh, x : x + bw] = np.where(inside, np.clip(flipped, 0, 255), part).astype(np.uint8)
    return out


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


_STEMS = frozenset("1lI|丨!i")  # what the recogniser reads one upright stroke as
SLASH_LEAN = -0.25  # x per y of a stroke leaning right as it rises (a printed 「1」 leans the other way, its flag)
SLASH_RISE = 0.2  # how far right of its foot (of its height) the top third of such a stroke lies


def slashes(gray, boxes: list[Box]) -> list[Box]:
    """(w26fix) A cell struck out by hand — a short slanted ballpoint stroke, 「/」 — is often read as 「1」 (the
    recogniser sees one stroke): a box read as a lone upright stroke whose ink is one straight stroke leaning
    right as it rises, all its height, reads 「/」, as the page draws it. A printed 「1」 stands on an upright stem
    (its flag at the top left leans only the top, the wrong way: the top of the ink lies left of its foot), so no
    figure is turned into a mark. The ink is the box's largest blob (specks are not the stroke) with the rows and
    columns of a rule it touches left out."""
    import cv2
    import numpy as np

    h, w = gray.shape
    for b in boxes:
        if b.text not in _STEMS:
            continue
        crop = gray[max(0, int(b.y0)) : min(h, int(b.y1) + 1), max(0, int(b.x0)) : min(w, int(b.x1) + 1)]
        if crop.size < 20:
            continue
        paper, darkest = float(np.percentile(crop, 90)), float(np.percentile(crop, 2))
        ink = crop < (paper + darkest) / 2
        faint = crop < paper - 0.25 * (paper - darkest)  # a rule's row or column: mostly ink, if faint
        ink[faint.mean(axis=1) > 0.6, :] = False
        ink[:, faint.mean(axis=0) > 0.6] = False
        n, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
        if n < 2:
            continue
        ys, xs = np.nonzero(labels == 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA])))
        tall = int(ys.max() - ys.min()) + 1
        if len(ys) < 10 or tall < 0.5 * crop.shape[0]:
            continue
        third = ys.min() + tall / 3, ys.max() - tall / 3
        rise = float(xs[ys <= third[0]].mean() - xs[ys >= third[1]].mean()) / tall  # the top right of the foot
        yc, xc = ys - ys.mean(), xs - xs.mean()
        lean = float((xc * yc).mean() / yc.var())
        if rise >= SLASH_RISE and lean <= SLASH_LEAN and float((xc - lean * yc).std()) <= 0.1 * crop.shape[0]:
            b.text = "/"
    return boxes


# (w25fixa) a page fed upside down or turned a quarter reads as few characters of low confidence (a turned line
# is detected as a tall box, its glyphs recognised sideways): such a reading is tried again turned
POOR_CONF = 0.9  # the confidence of an upright page's characters, weighted by length: ≥ 0.97 on scans, faxes, photos
TURN_GAIN = 1.5  # a half-turned reading is taken when its confident characters are this many times the upright's
# (a quarter-turned one when its lines lie across, it is confident and it keeps 80 % of them)


def _reading(boxes: list[Box]) -> tuple[float, float]:
    """(confident characters: Σ conf × length, their mean confidence) of a page's boxes."""
    chars = sum(len(b.text) for b in boxes)
    score = sum(b.conf * len(b.text) for b in boxes)
    return score, (score / chars if chars else 0.0)


def _tall(boxes: list[Box]) -> bool:
    """Most words of two or more characters stand taller than wide: the lines run down the picture."""
    tall = sum(1 for b in boxes if len(b.text) > 1 and b.h > 1.5 * (b.x1 - b.x0))
    wide = sum(1 for b in boxes if len(b.text) > 1 and (b.x1 - b.x0) > 1.5 * b.h)
    return tall > wide


def page_quad(gray) -> np.ndarray | None:
    """(w25fixa) A phone photo of a page on a desk: the paper's four corners (top-left, top-right, bottom-right,
    bottom-left; pixels) when the picture shows the page as a bright quadrilateral on a darker ground and not as
    a rectangle (keystone: the phone held below or beside the page); else None. Found on a reduced copy."""
    import cv2
    import numpy as np

    scale = 600 / max(gray.shape)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    scale = min(scale, 1.0)
    _, paper = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    paper = cv2.morphologyEx(paper, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    contours, _ = cv2.findContours(paper, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    share = cv2.contourArea(outline) / small.size
    if not 0.3 <= share <= 0.95:  # no page on a ground: a scan, a screenshot, a picture of a table
        return None
    quad = cv2.approxPolyDP(outline, 0.02 * cv2.arcLength(outline, True), True).reshape(-1, 2).astype(np.float64)
    if len(quad) != 4 or not cv2.isContourConvex(quad.astype(np.float32)):
        return None
    mask = np.zeros_like(small)
    cv2.fillConvexPoly(mask, quad.astype(np.int32), 255)
    if float(small[mask > 0].mean()) - float(small[mask == 0].mean()) < 40:  # the ground is not clearly darker
        return None
    by_sum, by_diff = quad.sum(axis=1), quad[:, 1] - quad[:, 0]
    tl, br = quad[by_sum.argmin()], quad[by_sum.argmax()]
    tr, bl = quad[by_diff.argmin()], quad[by_diff.argmax()]
    top, bottom = np.linalg.norm(tr - tl), np.linalg.norm(br - bl)
    left, right = np.linalg.norm(bl - tl), np.linalg.norm(br - tr)
    if abs(top - bottom) < 0.015 * max(top, bottom) and abs(left - right) < 0.015 * max(left, right):
        return None  # a rectangle, turned at most: deskew does the rest
    return np.array([tl, tr, br, bl]) / scale


def flatten(gray, quad) -> np.ndarray:
    """The page inside `quad` (`page_quad`) drawn as a rectangle of its longer sides (the keystone undone)."""
    import cv2
    import numpy as np

    tl, tr, br, bl = quad
    w = int(round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))))
    h = int(round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))))
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(quad.astype(np.float32), corners)
    return cv2.warpPerspective(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _read_upright(gray) -> Page:
    quad = page_quad(gray)
    if quad is not None:
        gray = flatten(gray, quad)
    angle = estimate_skew(gray)
    gray = deskew(gray, angle)
    hrules, vrules = find_rules(gray)
    h, w = gray.shape
    return Page(w, h, slashes(gray, recognise(gray)), hrules, vrules, angle)


def read_page(image) -> Page:
    """OCR one page image (PIL image or array): deskew, rules, boxes. A page whose reading is poor is read
    again turned — a half turn when its lines lie across, else a quarter either way — and the turned reading
    taken when it is clearly the better (`POOR_CONF`, `TURN_GAIN`): a scan fed upside down, a portrait page on
    a landscape sheet. An upright page pays nothing."""
    import numpy as np

    engine()  # the clear message before any work when the OCR group is missing
    gray = to_gray(image)
    if float(gray.std()) < 2.0:  # a blank page (or one flat colour): nothing to detect
        return Page(gray.shape[1], gray.shape[0], [])
    page = _read_upright(gray)
    score, conf = _reading(page.boxes)
    tall = _tall(page.boxes)  # (the recogniser reads a turned line's glyphs sideways, at times confidently)
    if not page.boxes or (conf >= POOR_CONF and not tall):
        return page
    for k in (3, 1) if tall else (2,):
        turned = _read_upright(np.ascontiguousarray(np.rot90(gray, k)))
        t_score, t_conf = _reading(turned.boxes)
        if t_conf >= POOR_CONF and not _tall(turned.boxes) and t_score >= (0.8 if tall else TURN_GAIN) * score:
            turned.turn = k
            return turned
    return page
