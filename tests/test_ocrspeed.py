"""(ocrspeed, issue 16) The OCR engine's threads sleep when idle, and `ingest --workers N` gives each child its
share of the cores' OCR threads."""

import os

import pytest

from api.ingest import shared_ocr_threads
from extractor import ocr


def test_ingest_children_share_the_ocr_threads(monkeypatch):
    monkeypatch.delenv("XXGK_OCR_THREADS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    with shared_ocr_threads(2):
        assert os.environ["XXGK_OCR_THREADS"] == "2"
        assert ocr.threads() == 2
    assert "XXGK_OCR_THREADS" not in os.environ
    with shared_ocr_threads(8):
        assert os.environ["XXGK_OCR_THREADS"] == "1"
    with shared_ocr_threads(1):  # one child: every core, as before
        assert "XXGK_OCR_THREADS" not in os.environ
    monkeypatch.setenv("XXGK_OCR_THREADS", "3")  # the user's value is kept
    with shared_ocr_threads(2):
        assert os.environ["XXGK_OCR_THREADS"] == "3"
    assert os.environ["XXGK_OCR_THREADS"] == "3"


def test_engine_threads_do_not_spin():
    if not ocr.available():
        pytest.skip("OCR group not installed")
    eng = ocr._engine(2)
    for part in (eng.text_det, eng.text_rec):
        opts = part.session.session.get_session_options()  # pyright: ignore[reportAttributeAccessIssue]
        assert opts.intra_op_num_threads == 2
        assert opts.get_session_config_entry("session.intra_op.allow_spinning") == "0"
