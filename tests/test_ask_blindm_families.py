"""Families of the blind bank blindm's first sight (issue 13), asked of the development corpus in other words:

- 「企业和组织申请的一共几件」 is the 法人或其他组织 columns as one — it was 商业企业 + the organisations (商业企业 counted
  twice: silently wrong); an item a sum names inside another item is counted once, and said so;
- two items that share cells without one holding the other are never summed."""

import pytest

Q = "河北省教育厅2021年"  # 表三 本年新收: 商业企业 1, 法律服务机构 2, the organisations 3, 总计 37


@pytest.mark.parametrize(
    ("q", "want"),
    [
        (Q + "企业和组织申请的一共几件", 3),
        (Q + "企业和组织申请的有几件", 3),
        (Q + "企业或者组织来申请的多少件", 3),
        (Q + "企业和其他组织提出的申请有多少", 3),
        (Q + "商业企业和法律服务机构申请一共几件", 3),
    ],
)
def test_the_organisations_said_as_one(corpus_asker, q, want):
    ans = corpus_asker.ask(q)
    assert ans.value == want, (q, ans.answer)


def test_an_item_inside_another_is_counted_once(corpus_asker):
    ans = corpus_asker.ask(Q + "商业企业和法人或其他组织一共几件")
    assert ans.value == 3 and "不重复计算" in ans.answer, ans.answer
