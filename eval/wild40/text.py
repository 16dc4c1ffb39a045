"""The words around the tables: title, narrative, headings, signature (invented for the layout)."""
from __future__ import annotations

import random

CN_DIG = "〇一二三四五六七八九"

H21 = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
       "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
H19 = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
       "四、政府信息公开行政复议、行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项"]


def title(s: dict) -> str:
    """The title line, by how the report names its agency (s["name"]): full name (default), a short form
    (「区水务局」, the full name then only in the signature), none (「2023年度政府信息公开工作年度报告」),
    or the file name of the attachment as the first line."""
    mode = s.get("name", "title")
    y = s["year"]
    if mode == "short":
        return f"{s['short_title']}{y}年政府信息公开工作年度报告"
    if mode in ("sign", "compiled"):
        return f"{y}年度政府信息公开工作年度报告"
    if mode == "filename":
        return f"{s['agency']}{y}年政府信息公开工作年度报告（{s.get('fname_tail', '定稿')}）"
    return f"{s['agency']}{y}年政府信息公开工作年度报告"


def narrative(s: dict) -> dict:
    """Paragraphs of the report (numbers in the prose are invented and never table cells)."""
    rng = random.Random(s["id"] + "prose")
    y = s["year"]
    a = s["agency"]
    short = s.get("short", "本机关")
    n1, n2, n3 = rng.randint(120, 900), rng.randint(5, 40), rng.randint(2, 12)
    law = "《中华人民共和国政府信息公开条例》（以下简称《条例》）"
    intro = (f"本报告根据{law}和上级关于做好政府信息公开工作年度报告的要求编制。全文包括总体情况、主动公开"
             f"政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及"
             f"改进情况、其他需要报告的事项。本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。")
    if s.get("name") == "compiled":
        intro = f"本报告由{a}编制。" + intro
    sec1 = [
        f"{y}年，{short}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级政务公开工作部署，"
        f"围绕中心工作持续深化政务公开，不断提升政府信息公开的质量和实效。",
        f"（一）主动公开。全年通过门户网站政府信息公开专栏主动公开各类政府信息{n1}条，其中政策文件{n2}条、"
        f"政策解读{n3}篇，及时更新机构职能、权责清单、财政预决算等基础信息。",
        f"（二）依申请公开。严格按照法定程序和时限办理政府信息公开申请，规范受理、登记、审核、答复等环节，"
        f"做到件件有登记、事事有回音。",
        "（三）政府信息管理。严格落实公开前保密审查制度，对拟公开的政府信息逐条审核，动态调整主动公开基本目录。",
        "（四）平台建设。依托政府网站集约化平台做好信息公开专栏维护，加强政务新媒体管理，拓宽公开渠道。",
        "（五）监督保障。将政务公开工作纳入年度工作要点，明确分管领导和专人负责，开展业务培训，强化考核监督。",
    ]
    sec5 = [
        "存在的主要问题：一是政策解读形式还不够丰富；二是公开专栏部分栏目更新不够及时；三是工作人员业务能力仍需提升。",
        "改进措施：一是丰富图文、视频等解读形式；二是建立栏目更新台账，落实专人维护；三是加强业务培训，提升公开工作水平。",
    ]
    sec6 = [f"{y}年度未收取信息处理费。{short}无其他需要报告的事项。"]
    m, d = 1, rng.randint(10, 28)
    return {"intro": intro, "sec1": sec1, "sec5": sec5, "sec6": sec6, "sign": s.get("sign_as", a),
            "date": f"{y + 1}年{m}月{d}日", "title": title(s)}
