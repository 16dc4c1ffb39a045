"""Today's date, in one place: 今年/去年/前年 asked with no report chosen count from it. `XXGK_TODAY` (YYYY-MM-DD)
sets it (tests, a replayed bank); otherwise the machine's date."""

from __future__ import annotations

import os
from datetime import date

__all__ = ["today"]


def today() -> date:
    """The date 今年 is counted from."""
    said = os.environ.get("XXGK_TODAY", "").strip()
    if said:
        try:
            return date.fromisoformat(said)
        except ValueError:
            pass
    return date.today()
