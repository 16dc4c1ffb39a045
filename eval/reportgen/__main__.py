"""`python -m eval.reportgen --combos N [--seed S] [--only TAG]`: N random composed layouts (a base
family and 2–4 noise layers, combos.py) read back and scored per layer and layer pair: cells read,
wrong, null with a doubt, null with none. `--combo-draw K` shows one draw's combo and what went wrong."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from eval.reportgen import combos

    p = argparse.ArgumentParser(prog="python -m eval.reportgen")
    p.add_argument("--combos", type=int, default=200, help="random combos to read (default 200)")
    p.add_argument("--seed", type=int, default=0, help="the first draw's seed")
    p.add_argument("--only", help="only draws with this tag (a layer, base:NAME, fmt:txt, tpl:GF2019)")
    p.add_argument("--combo-draw", type=int, help="one draw: its combo and its mismatches")
    p.add_argument("--json", type=Path, default=Path("eval/out/combos.json"))
    args = p.parse_args(argv)
    if args.combo_draw is not None:
        return _one(args.combo_draw)
    summary = combos.run(args.combos, args.seed, args.only)
    print(combos.render(summary))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


def _one(k: int) -> int:
    from eval.reportgen import combos
    from eval.reportgen.compare import mismatches
    from eval.reportgen.draw import RandomDraw
    from extractor.extract import extract_bytes

    d = RandomDraw(k)
    c = combos.draw_combo(d)
    g = combos.generate_combo(d, c)
    print(" + ".join(c.tags()))
    problems = mismatches(extract_bytes(g.data, g.name), g.expected)
    print("\n".join(problems) or "exact")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
