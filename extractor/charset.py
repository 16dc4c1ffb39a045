"""Which legacy double-byte encoding a non-UTF-8 text is in: GB18030 (GBK/GB2312) or Big5.

Nearly every Big5 byte pair is also a valid GB18030 pair, so a Big5 text (a 繁體 report saved by a
Taiwan/Hong Kong editor or a site's 繁體 export, cp950 or Big5-HKSCS) decodes as GB18030 without an
error — into nonsense. The two readings are told apart by the characters every report is full of:
read in its own encoding a report has 「，」「。」「的」「年」「政府」 on every line; read in the other,
almost none."""

from __future__ import annotations

_COMMON = "，。、的年政府信息公"  # the same code points in simplified and traditional text
_BIG5_CODECS = ("cp950", "big5hkscs")


def _common(text: str) -> int:
    return sum(text.count(c) for c in _COMMON)


def legacy_decode(data: bytes) -> tuple[str, str]:
    """GB18030 unless the bytes read as Big5 with far more of the common characters. Raises
    UnicodeDecodeError when neither decodes."""
    error: UnicodeDecodeError | None = None
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        gb, error = "", exc
    gb_common = _common(gb)
    if error is None and gb_common * 40 >= len(gb):  # plenty of common characters: GBK as expected
        return gb, "gb18030"
    for codec in _BIG5_CODECS:
        try:
            big5 = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _common(big5) > 2 * gb_common + 5:
            return big5, codec
        break
    if error is not None:
        raise error
    return gb, "gb18030"
