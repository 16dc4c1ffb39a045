"""The words around the tables: title, preamble, narrative sections, signature (invented, plausible)."""

from __future__ import annotations

from model import rng_for

SECTIONS_2021 = [
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]


def title(spec: dict) -> str:
    y = spec["year"]
    style = spec.get("agency_by", "title")
    if style in ("title", "title+sign"):
        return f"{spec['agency']}{y}年政府信息公开工作年度报告"
    if style == "title-de":
        return f"{spec['agency']}{y}年度政府信息公开工作年度报告"
    return f"{y}年政府信息公开工作年度报告"


def preamble(spec: dict) -> str:
    y = spec["year"]
    law = "《中华人民共和国政府信息公开条例》（以下简称《条例》）"
    who = spec["agency"] if spec.get("agency_by") == "compiled" else "本机关"
    made = f"本报告由{who}编制" if spec.get("agency_by") == "compiled" else "本报告根据" + law + "要求编制"
    if spec.get("agency_by") == "compiled":
        made = f"根据{law}和{spec['province_rule']}要求，{made}"
    return (
        f"{made}。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
        f"存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
        f"本报告电子版可在“{spec['site']}”门户网站政府信息公开专栏查阅或下载。如对本报告有疑问，请与{spec['short']}办公室联系。"
    )


def overview(spec: dict, t3: dict, t2: dict) -> list[tuple[str, str]]:
    rng = rng_for(spec["id"], "text")
    y = spec["year"]
    me = spec.get("self", spec["short"])
    n_pub = rng.randint(60, 900)
    n_policy = rng.randint(3, 40)
    new = t3["new.tot"]
    carry_out = t3["carry_out.tot"]
    online = rng.randint(0, new)
    return [
        ("h", "一、总体情况"),
        ("p", f"{y}年，{me}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、国务院关于全面推进政务公开的决策部署，"
              f"严格执行《条例》，紧紧围绕中心工作，持续深化政务公开，不断提升政府工作透明度，切实保障人民群众知情权、参与权、表达权和监督权。"),
        ("h", "（一）主动公开"),
        ("p", f"坚持“以公开为常态、不公开为例外”，全年通过门户网站主动公开政府信息{n_pub}条，其中政策文件{n_policy}件，"
              f"政策解读{rng.randint(2, 30)}篇。围绕群众关注的重点领域，及时公开工作动态、通知公告、财政预决算、人事信息等内容。"),
        ("h", "（二）依申请公开"),
        ("p", f"进一步规范依申请公开办理流程，严格落实登记、审核、答复、归档等环节要求。全年共收到政府信息公开申请{new}件，"
              f"其中网上申请{online}件、信函及当面申请{new - online}件，均在法定期限内答复，结转下年度继续办理{carry_out}件。"),
        ("h", "（三）政府信息管理"),
        ("p", "严格落实公文公开属性源头认定机制，拟制公文时同步明确公开属性；健全信息发布“三审三校”制度，"
              "加强发布前保密审查，确保公开内容准确、规范。"),
        ("h", "（四）平台建设"),
        ("p", "持续加强政府网站信息公开专栏建设，优化栏目设置，及时更新内容；用好政务新媒体，拓宽公开渠道，"
              "提升信息发布的时效性和覆盖面。"),
        ("h", "（五）监督保障"),
        ("p", "将政务公开工作纳入年度目标考核，明确分管领导和专职工作人员，组织开展业务培训，"
              "定期对信息公开情况进行自查，发现问题及时整改。本年度未发生因政务公开工作不到位而被追究责任的情况。"),
    ]


def closing(spec: dict) -> list[tuple[str, str]]:
    y = spec["year"]
    fee = ("依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。" if spec["template"] == "GF2021"
           else "本年度未收取政府信息公开相关费用。")
    return [
        ("h", "五、存在的主要问题及改进情况"),
        ("p", "一是主动公开的深度和广度还需拓展，部分栏目更新不够及时；二是政策解读形式较为单一，图解、视频等解读方式运用不多；"
              "三是工作人员业务能力有待提升。"),
        ("p", f"下一步，{spec['short']}将从以下方面加以改进：一是加强栏目日常维护，确保信息更新及时准确；二是丰富政策解读形式，"
              "提高解读质量；三是加强业务培训，提升工作人员依法公开的意识和能力。"),
        ("h", "六、其他需要报告的事项"),
        ("p", fee + f"{y}年度无其他需要报告的事项。"),
    ]


def signature(spec: dict) -> list[str]:
    month, day = spec.get("signed", (1, 18))
    return [spec["agency"], f"{spec['year'] + 1}年{month}月{day}日"]
