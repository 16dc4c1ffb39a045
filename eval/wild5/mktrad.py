"""One-off: write trad_map.json (simplified → traditional, char by char, OpenCC s2t) for the 繁體 families.

Run with a Python that has `opencc` (not a project dependency); make.py only reads the JSON.
"""
import json
from pathlib import Path

import opencc

conv = opencc.OpenCC("s2t")
m = {}
for cp in range(0x4E00, 0xA000):
    ch = chr(cp)
    t = conv.convert(ch)
    if t != ch and len(t) == 1:
        m[ch] = t
Path(__file__).with_name("trad_map.json").write_text(json.dumps(m, ensure_ascii=False, sort_keys=True), encoding="utf-8")
print(len(m))
