"""A spreadsheet cell's number as the sheet shows it, from its stored value and its number format:
「7665.94」 not 7665.9399999999996, 「1,234」 under `#,##0`, 「12.5%」 under `0.0%`, a date as a date. The
stored value is the binary float's 17-digit print; what the publisher saw and printed is the format's
rendering, and that is the text a report's value is read from (its span), never a float.

Covered: General (Excel's at most 10 significant digits, no float tail), fixed decimals, thousands
separators, percent, literal text around the number (`0"件"`, `\\`), the positive/negative/zero
sections, `@`, and dates (y/m/d with literals; times dropped). Anything else reads as General.

What a number cell *means* is decided here once, for every spreadsheet reader (.xlsx, .xls/.et, .ods):
`figure`. A format changes how a stored number is shown, not what it is: when the shown text prints no
digit of it (会计专用's zero section 「-」, a zero section 「"/"」 or 「"无"」, [DBNum1]'s 「十二」 as
LibreOffice writes it) the cell reads as its stored number. A placeholder 「-」「/」 is only a cell that
holds that text."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# built-in format ids (ECMA-376 18.8.30, and those a zh-CN Excel shows for the CJK date ids)
BUILTIN = {
    0: "General",
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    9: "0%",
    10: "0.00%",
    11: "0.00E+00",
    12: "# ?/?",
    13: "# ??/??",
    14: "yyyy/m/d",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "yyyy/m/d h:mm",
    27: 'yyyy"年"m"月"',
    28: 'm"月"d"日"',
    29: 'm"月"d"日"',
    30: "m-d-yy",
    31: 'yyyy"年"m"月"d"日"',
    32: 'h"时"mm"分"',
    33: 'h"时"mm"分"ss"秒"',
    34: 'yyyy"年"m"月"',
    35: 'm"月"d"日"',
    36: 'yyyy"年"m"月"',
    37: "#,##0 ;(#,##0)",
    38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)",
    40: "#,##0.00;[Red](#,##0.00)",
    49: "@",
    50: 'yyyy"年"m"月"',
    51: 'm"月"d"日"',
    52: 'yyyy"年"m"月"',
    53: 'm"月"d"日"',
    54: 'm"月"d"日"',
    55: 'yyyy"年"m"月"',
    56: 'm"月"d"日"',
    57: 'yyyy"年"m"月"',
    58: 'm"月"d"日"',
}

# General under its name in a localised Excel (zh-CN 「G/通用格式」, ja 「G/標準」): its 「/」 is part of the
# name, not a character the cell shows — read as a literal, every cell under `[DBNum1][$-804]G/通用格式`
# showed a 「/」 placeholder the file does not hold. ([DBNum1]/[DBNum2] only spell the number in Chinese
# numerals, 12 as 「十二」; the cell holds the number, and that is what is read.)
_LOCAL_GENERAL = re.compile(r"G/(?:通用格式|標準|标准)")
_QUOTED = re.compile(r'"([^"]*)"|\\(.)|_.|\*.|\[[^\]]*\]')
_DATE_PART = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM/PM|A/P", re.I)


def shown(value: str, code: str | None) -> str:
    """The text a cell whose stored number is `value` reads as under the format `code` (a number beyond
    what a format can print — 1E+300 under 0.00 — as it is stored; a rendering without the number's
    digits as the stored number, `figure`)."""
    try:
        return figure(value, _shown(value, code))
    except (InvalidOperation, ValueError, OverflowError):
        return value.strip()


def figure(value: str, text: str) -> str:
    """What a number cell whose stored number is `value` and whose format shows `text` reads as: the
    shown text when it prints the number in digits (「1,234」「12.5%」「12件」, a date), else the stored
    number as General shows it — a picture of the number (「-」 for 0, 「十二」) is not a placeholder the
    cell holds, and reading it as one would claim a printed 「-」 for a cell that stores 0."""
    if re.search(r"\d", text):
        return text
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return text
    return _general(number) if number.is_finite() else text


def _shown(value: str, code: str | None) -> str:
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return value
    if not number.is_finite():
        return value
    code = _LOCAL_GENERAL.sub("General", code or "General")
    sections = _split(code)
    if number < 0 and len(sections) >= 2:
        section, number = sections[1], -number  # the sign is the section's to print (「(12)」)
    elif number == 0 and len(sections) >= 3:
        section = sections[2]
    else:
        section = sections[0]
    bare = _QUOTED.sub("", section)
    low = bare.lower()
    if not re.search(r"[0#?]", bare):
        if "general" in low or "@" in bare:
            return _literal(section, _general(number))
        if re.search(r"[ymd]", low):
            return _date(number, section) or _general(number)
        return _literal(section, "")  # a section of text only (a zero shown as 「-」)
    if "e+" in low or "/" in bare or "?" in bare:
        return _general(number)
    return _literal(section, _fixed(number, bare))


def _split(code: str) -> list[str]:
    """The `;`-separated sections, a `;` inside quotes kept."""
    out, cur, quoted = [], [], False
    for ch in code:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _general(number: Decimal) -> str:
    """Excel's General: up to 10 significant digits, no exponent for a report's magnitudes."""
    if number == number.to_integral_value() and abs(number) < 10**15:
        return str(int(number))
    digits = number.adjusted() + 1  # digits before the point
    places = max(0, 10 - max(digits, 0))
    text = format(number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _fixed(number: Decimal, bare: str) -> str:
    core = "".join(ch for ch in bare if ch in "#0,.")
    if "%" in bare:
        number *= 100
    places = len(core.split(".", 1)[1].replace(",", "")) if "." in core else 0
    value = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{value:,.{places}f}" if "," in core.split(".", 1)[0] else f"{value:.{places}f}"
    return text + ("%" if "%" in bare else "")


def _literal(section: str, number: str) -> str:
    """The section's literal text around the number (quoted strings, escaped characters), the number
    where its digit placeholders stand."""
    out: list[str] = []
    placed = False
    i = 0
    while i < len(section):
        m = _QUOTED.match(section, i)
        if m:
            out.append(m.group(1) if m.group(1) is not None else (m.group(2) or ""))
            i = m.end()
            continue
        ch = section[i]
        if ch in "0#?.,%" or section[i:].lower().startswith("general") or ch == "@":
            if not placed:
                out.append(number)
                placed = True
            i += 7 if section[i:].lower().startswith("general") else 1
            continue
        if ch in "()-+ $:/":
            out.append(ch)
        i += 1
    if not placed and number:
        out.append(number)
    return "".join(out).strip()


def _date(number: Decimal, section: str) -> str | None:
    """A date serial (the 1900 system; 60 is Excel's phantom 1900-02-29) under a y/m/d format."""
    days = int(number)
    if not 1 <= days < 2958466:
        return None
    day = dt.date(1899, 12, 30) + dt.timedelta(days=days if days > 60 else days + 1)
    out: list[str] = []
    i = 0
    has_time = re.search(r"[hs]", _QUOTED.sub("", section), re.I) is not None
    while i < len(section):
        m = _QUOTED.match(section, i)
        if m:
            out.append(m.group(1) if m.group(1) is not None else (m.group(2) or ""))
            i = m.end()
            continue
        m = _DATE_PART.match(section, i)
        if m:
            part = m.group(0).lower()
            if part.startswith("y"):
                out.append(str(day.year) if part == "yyyy" else f"{day.year % 100:02d}")
            elif part.startswith("m") and not (has_time and out and out[-1].endswith(":")):
                out.append(f"{day.month:02d}" if part == "mm" else str(day.month))
            elif part.startswith("d"):
                out.append(f"{day.day:02d}" if part == "dd" else str(day.day))
            i = m.end()
            continue
        if section[i] in "-/. 年月日":
            out.append(section[i])
        i += 1
    text = "".join(out)
    return re.sub(r"[\s:]+$", "", text) or None
