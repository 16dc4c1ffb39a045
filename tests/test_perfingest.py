"""Issue 16, perfingest: `content_key` collapses a line's blanks with `str.split` instead of a regex
substitution; the key must be the one the substitution gave for every text (a stored report's key
decides whether a re-upload is the same report)."""

from __future__ import annotations

import hashlib
import random
import re
import sys
import unicodedata

from rag.store import content_key

_SPACE = re.compile(r"[\s\ufeff\u200b\u200c\u200d\u2060]+")  # what the key set aside before


def _reference(text: str) -> str:
    lines = (_SPACE.sub(" ", line).strip() for line in unicodedata.normalize("NFC", text).splitlines())
    return hashlib.sha256("\n".join(ln for ln in lines if ln).encode()).hexdigest()[:32]


def test_content_key_is_the_regex_substitution_s_for_every_blank():
    # every character `\s` matches or `str.isspace` calls a blank, and the invisible ones, in every place
    blanks = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() or _SPACE.fullmatch(chr(c))]
    assert len(blanks) >= 34
    for b in blanks:
        for text in (f"a{b}b", f"{b}a{b}{b}b{b}", b, f"中{b}\n{b}文", f"1{b}\r\n{b}2", f"e\u0301{b}x"):
            assert content_key(text) == _reference(text), repr(text)
    rng = random.Random(16)
    alphabet = [*blanks, *"ab中文1.，。", "e\u0301", "\r\n", "\ufeff\u200b"]
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert content_key(text) == _reference(text), repr(text)
