"""Where the generator's choices come from: a seeded `random.Random` (the eval command) or a
Hypothesis `data` object (the property test, which then shrinks a failure to its smallest choices).
Both answer the same two questions, so one model builder serves both."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")


class Draw(Protocol):
    def int(self, lo: int, hi: int) -> int: ...

    def pick(self, seq: Sequence[T]) -> T: ...


class RandomDraw:
    """Choices from a seeded generator: the same seed, the same report."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)

    def int(self, lo: int, hi: int) -> int:
        return self.rnd.randint(lo, hi)

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.rnd.randrange(len(seq))]


class HypothesisDraw:
    """Choices from bytes Hypothesis draws in blocks (one draw per ~256 choices: a draw per choice
    costs more than reading the report). Shrinking moves bytes toward zero, so each choice toward
    `lo` / the first element: put the plainest option first."""

    BLOCK = 256

    def __init__(self, data) -> None:
        from hypothesis import strategies as st

        self.data = data
        self.block = st.binary(min_size=self.BLOCK, max_size=self.BLOCK)
        self.buf = b""
        self.at = 0

    def _byte(self) -> int:
        if self.at >= len(self.buf):
            self.buf, self.at = self.data.draw(self.block), 0
        self.at += 1
        return self.buf[self.at - 1]

    def int(self, lo: int, hi: int) -> int:
        span = hi - lo + 1
        x, top = 0, 1
        while top < span:
            x, top = x * 256 + self._byte(), top * 256
        return lo + x % span

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.int(0, len(seq) - 1)]
