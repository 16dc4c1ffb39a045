"""PDFium served one font of our own, so a PDF reads the same on every machine.

A PDF that does not embed a font is drawn by PDFium from a font it finds on the machine (it scans
/usr/share/fonts itself; fontconfig plays no part), and its text page follows that font's outlines:
WenQuanYi, Noto CJK or no CJK font at all gave other character boxes, spaces, words — and with none,
a one-character text object of a missing glyph (a wrapped label's 「息」, a turned table's cells) was
dropped from the text altogether. PDFium is therefore started with our font folder as its only one:
extractor/data/pdfium/xxgk-embox.ttf (scripts/make_pdfium_font.py: one em-box glyph for every code
point, claiming the CJK charsets). Latin fonts it must substitute come from PDFium's built-in fonts,
which are in its binary. No system font reaches any PDFium step.

Every PDF the extractor opens goes through `pdfium()`; pypdfium2 starts PDFium on import with the
default folders, so the first call restarts it (before any document is open: nothing is in use)."""

from __future__ import annotations

import ctypes
import threading
from pathlib import Path
from types import ModuleType

FONT_DIR = Path(__file__).resolve().parent / "data" / "pdfium"

_lock = threading.Lock()
_served: list[str] = []  # the folder PDFium was restarted with (none yet: not restarted)
_keep: list[object] = []  # the path array PDFium holds on to


def serve_fonts(folder: str | None) -> None:
    """Restart PDFium with `folder` as its only font folder (an empty one: a machine without fonts;
    None: PDFium's default, the machine's folders — how PDFs were read before, for measures).
    No document may be open: pypdfium2 closes what it tracks."""
    import pypdfium2.raw as raw
    from pypdfium2 import _library_scope  # pyright: ignore[reportPrivateUsage]
    from pypdfium2.internal import bases

    if bases.LIBRARY_AVAILABLE:
        _library_scope.destroy_lib()
    paths = None
    if folder is not None:
        paths = (ctypes.c_char_p * 2)(folder.encode(), None)
        _keep.append(paths)
        paths = ctypes.cast(paths, ctypes.POINTER(ctypes.POINTER(ctypes.c_char)))
    config = raw.FPDF_LIBRARY_CONFIG(
        version=2,
        m_pUserFontPaths=paths,
        m_pIsolate=None,
        m_v8EmbedderSlot=0,
    )
    raw.FPDF_InitLibraryWithConfig(config)
    bases.LIBRARY_AVAILABLE = True
    _served[:] = [folder or ""]


def pdfium() -> ModuleType:
    """pypdfium2, its PDFium seeing our font folder only (restarted on the first call)."""
    import pypdfium2

    if not _served:
        with _lock:
            if not _served:
                serve_fonts(str(FONT_DIR))
    return pypdfium2
