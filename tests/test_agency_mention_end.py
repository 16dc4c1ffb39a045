"""A body's name at the very end of a text: its mention ends there. A form length past the text's end sliced a
shorter form (「水利局」 read as a 6-character form at 「…海曙区水利局」's end), so the mention ran past the text and the
chat crashed mapping it back (blindva, first sight: 「ok 再问下 海曙区水利局的呢」 after a question on a chosen report)."""

from __future__ import annotations

import pytest

from extractor.agency import mentions


@pytest.mark.parametrize("text", ["海曙区水利局", " 海曙区水利局", "ok 再问下 海曙区水利局", "开福区住房和城乡建设局"])
def test_a_body_at_the_end_of_the_text_ends_there(text):
    (m,) = mentions(text)
    assert m.end <= len(text) and text[m.start : m.end] == m.text and m.text.endswith("局"), m


def test_the_chat_reads_the_follow_up_without_a_traceback(corpus_asker):
    rid = next(e.id for e in corpus_asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
    ans = corpus_asker.ask("ok 再问下 海曙区水利局的呢", report_id=rid, previous=["今年不予公开的有几件"])
    assert ans.value is None and "海曙区水利局" in ans.answer, ans.answer
