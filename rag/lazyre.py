"""Regular expressions compiled where first used, not at import.

A cold `xxgk ask` imports the router's modules, which hold a few hundred patterns; compiling them
all was about a fifth of a cold table question's instructions (a class over the CJK range alone walks
21,000 code points in the compiler), while one question uses a part of them. `lazy(p)` stands for
`re.compile(p)`: `.pattern` is there at once, and the first other attribute compiles the pattern
and puts its bound methods on the object, so later calls cost what a compiled pattern's do.
It is not a `re.Pattern`: pass `.pattern` (or the object's own methods) where a pattern is expected.
"""

from __future__ import annotations

import re
from typing import cast

_BOUND = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "groups",
    "groupindex",
    "flags",
)


class LazyPattern:
    """`re.compile(pattern, flags)` deferred to the first use."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):  # only for what is not yet on the object: the first use
        compiled = re.compile(self.pattern, self._flags)
        for attr in _BOUND:
            self.__dict__[attr] = getattr(compiled, attr)
        self.__dict__["compiled"] = compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Typed as the pattern it stands for: the methods and attributes used on one are the same."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
