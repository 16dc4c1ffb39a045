"""The stream's cutter: `_between` reads positions off the lengths of findall's groups. It must
cut exactly as a plain scan with match objects would, wherever the separators fall."""

import random
import re

from extractor.stream import Piece, _between, _fragment

_REFERENCE = re.compile(r"\x1f*(?:([0-9]++)(?![^\x1d-\x1f])|([^\x1d-\x1f]+)|(\x1e)|(\x1d))")


def _reference(text: str, start: int, end: int) -> list[Piece]:
    out: list[Piece] = []
    for m in _REFERENCE.finditer(text, start, end):
        kind = m.lastindex
        assert kind is not None
        a, b = m.span(kind)
        if kind == 1:
            out.append(Piece("value", a, b, m.group(1)))
        elif kind == 2:
            _fragment(text, a, b, out)
        else:
            out.append(Piece("row" if kind == 3 else "blank", a, b))
    return out


def test_cuts_match_a_plain_scan():
    rng = random.Random(5)
    parts = [
        "0",
        "12",
        "305",
        "\x1f",
        "\x1f\x1f",
        "\x1e",
        "\x1d",
        "件",
        "12件",
        "/",
        "无",
        "本年新收",
        "1.其他",
        "2、",
        "3.5",
        "-",
        "万元",
        "a",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 25)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        out: list[Piece] = []
        _between(text, start, end, out)
        assert out == _reference(text, start, end), (text, start, end)
