"""Several wild banks in one run: `python -m eval.multibank [BANK ...]` (all of `wildbank.BANKS` by default).

`python -m eval wildbank NAME` builds the wild store for each bank (~3 of its ~4 minutes); banks over the same
sets share one store here, so the gate "no bank may drop" after a merge costs one build a set list. Prints one
line a bank: right/total and the ids missed (compare the lines before and after a change)."""

from __future__ import annotations

import sys
from collections import defaultdict

from eval import wildbank, wildqa


def main(names: list[str]) -> None:
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for n in names or list(wildbank.BANKS):
        groups[wildbank.BANKS[n]].append(n)
    for sets, banks in groups.items():
        with wildqa.wild_store(sets) as ws:
            for n in banks:
                s = wildbank.score(n, ws)
                right = sum(r["ok"] for r in s["rows"])
                missed = " ".join(r["id"] for r in s["rows"] if not r["ok"])
                print(f"{n}: {right}/{s['items']} = {right / s['items']:.4f}  misses: {missed}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
