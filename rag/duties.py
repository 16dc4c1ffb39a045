"""A body named by what it is in charge of (「克拉玛依管教育的那个局」「思明区负责民政的部门」): the one stored body of
that place whose name holds the field (教育 → 克拉玛依市教育局); two or more → the bodies listed to choose from; none →
the words left as written (the scope refuses them: not found). zgfixc."""

from __future__ import annotations

import re

from .lazyre import lazy

# 「管教育的那个局」「负责税务的部门」「主管住建这块的单位」: the field between the verb of charge and the body's noun
_BY_DUTY = lazy(
    r"(?P<place>[\u4e00-\u9fff]{2,16}?)的?(?:专门)?(?:管|负责|主管|分管|管理|管着)(?P<field>[\u4e00-\u9fff]{2,6}?)"
    r"(?:工作|事务|事情|这块|这一块|方面)?的(?:那个|那家|这个|这家|那一个|那一家|那)?"
    r"(?P<noun>局|部门|单位|机关|委员会|委|厅|办)"
)
# the field as users say it → the words the body's name holds (「住建」 is 住房和城乡建设局's)
_FIELD_NAMES = {
    "住建": ("住房和城乡建设", "住房城乡建设", "住建"),
    "建设": ("住房和城乡建设", "住房城乡建设", "住建", "建设"),
    "市场监管": ("市场监督管理", "市场监管"),
    "卫健": ("卫生健康", "卫健"),
    "卫生": ("卫生健康", "卫健", "卫生"),
    "人社": ("人力资源和社会保障", "人社"),
    "社保": ("人力资源和社会保障", "人社", "社会保险", "社保"),
    "环保": ("生态环境", "环境保护", "环保"),
    "环境": ("生态环境", "环境"),
    "交通": ("交通运输", "交通"),
    "农业": ("农业农村", "农业"),
    "文旅": ("文化和旅游", "文化旅游", "文旅"),
    "旅游": ("文化和旅游", "文化旅游", "旅游"),
    "国土": ("自然资源", "国土"),
    "医保": ("医疗保障", "医保"),
    "退役军人": ("退役军人事务",),
    "应急": ("应急管理",),
}
_NOT_A_DEPARTMENT = lazy(r"(?:人民政府|政府|街道办事处|办事处|学校|学院|医院|中心)$")
_DIVISION_INSIDE = lazy(r"[区县镇乡]|街道")


def _before_field(rest: str, words: tuple[str, ...]) -> str:
    """What a name writes between the place asked and the field (「独山子区」 of 「市独山子区教育局」), the place's own
    suffix (市 区 县) left out."""
    k = min((rest.find(w) for w in words if w in rest), default=0)
    return re.sub(r"^[市区县州盟旗]", "", rest[:k])


def _field_words(field: str) -> tuple[str, ...]:
    return _FIELD_NAMES.get(field, (field,))


def named_by_duty(q: str, names_holding) -> tuple[str, list[str]]:
    """q with 「X管教育的那个局」 written as the body's stored name when exactly one stored body of X holds the field;
    the names when several do (to choose from). `names_holding(part)` → {key: name} of the stored bodies whose name
    holds part. q unchanged (and no names) when no such phrase, or no stored body fits."""
    m = _BY_DUTY.search(q)
    if m is None:
        return q, []
    place, field = m.group("place"), m.group("field")
    words = _field_words(field)
    for i in range(len(place) - 1):  # (「请问克拉玛依」: the place is the longest tail the store's names hold)
        p = place[i:]
        held = {n for n in names_holding(p).values() if not _NOT_A_DEPARTMENT.search(n)}
        if not held:
            continue
        fits = sorted(n for n in held if any(w in n[n.find(p) + len(p) :] for w in words))
        # (「克拉玛依管教育的」: the place's own bureau before a district's under it — 克拉玛依市教育局, not
        # 克拉玛依市独山子区教育局)
        own = [n for n in fits if not _DIVISION_INSIDE.search(_before_field(n[n.find(p) + len(p) :], words))]
        fits = own or fits
        if len(fits) == 1:
            start = m.start("place") + i
            return q[:start] + fits[0] + q[m.end() :], []
        if fits:
            return q, fits
        return q, []
    return q, []
