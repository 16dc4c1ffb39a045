"""Set-based reads of the store: a scope of any size is kept whole (no silent cap), aggregates are
one query over the scope."""

import pytest

import rag.store
from extractor.extract import extract_path
from rag.store import Store

SMALL_SCOPE = 20  # the intersection/filter boundary, lowered so the test needs few reports


@pytest.fixture(autouse=True)
def small_scope(monkeypatch):
    monkeypatch.setattr(rag.store, "SMALL_SCOPE", SMALL_SCOPE)


@pytest.fixture(scope="module")
def store(tmp_path_factory, corpus):
    s = Store(tmp_path_factory.mktemp("sets"))
    base = extract_path(str(corpus / "reports" / "ankang-2022.txt"))
    names = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北中上下前后左右"
    for i in range(SMALL_SCOPE + 40):  # each its own agency and text: the store keeps one report per content
        agency = f"{names[i % len(names)]}{names[i // len(names)]}县人民政府"
        s.add(
            base.model_copy(
                update={"id": f"c{i:05d}", "year": 2000 + i % 20, "agency": agency, "text": base.text + f"\n附注{i}"}
            )
        )
    return s


def test_bm25_keeps_a_scope_larger_than_the_token_intersection(store):
    scope = [f"c{i:05d}" for i in range(SMALL_SCOPE + 40)][-(SMALL_SCOPE + 10) :]  # the last ids too
    tail = {f"c{i:05d}" for i in range(SMALL_SCOPE + 30, SMALL_SCOPE + 40)}
    hits = store.bm25("市长信箱办结率", scope, k=2000)
    got = {cid.rsplit(":", 1)[0] for cid, _ in hits}
    assert got <= set(scope) and tail <= got  # nothing outside the scope, nothing of it dropped
    assert {cid.rsplit(":", 1)[0] for cid, _ in store.bm25("市长信箱办结率", scope[:3], k=50)} == set(scope[:3])


def test_sums_over_a_scope_by_years_or_ids(store):
    by_year = store.sums(["t3.new.tot"], years=[2001, 2002])
    assert len(by_year) == 2 * ((SMALL_SCOPE + 40) // 20) and {v[0] for v in by_year.values()} == {56.0}
    ids = [f"c{i:05d}" for i in range(SMALL_SCOPE + 40)]
    assert len(store.sums(["t3.new.tot", "t3.carry_in.tot"], report_ids=ids)) == len(ids)
    assert store.sums(["t3.new.tot", "t3.carry_in.tot"], report_ids=ids[:1])[ids[0]] == (58.0, 2, 2)
