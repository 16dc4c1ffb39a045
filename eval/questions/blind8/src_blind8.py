"""Eighth blind bank (issue 13 evaluation, scoring only): questions as users ask them, written blind.

Written from the corpus reports, their gold, eval/corpus/unlabeled and the bank format only (see README.md).
`ask(report, intent, expect, ["c|…", "F|…", "A|…"])`: c colloquial, f formal, a abbreviated agency name;
lowercase = scoped to the report, uppercase = asked to the whole store. `store(...)` reads several reports.
Every computed value (sum, share, ratio, change, average) shows its arithmetic in a comment.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _dsl import BL, CT, LEGAL, S3, S4, S5, VD, VS, WR, R, V, ask, legal, px, store  # noqa: E402,F401

WRONG = "wrong premise: the expectation is the printed figure, the answer must correct the premise"
POS = "row named by its position in 表三"
UNIT = "asked in another unit than printed (a pure scale of it is fine)"
VOICE = "voice-input style: no punctuation, homophones"

# ================================================================ 安康市人民政府办公室 2022 (GF2021)
A = "ankang-2022"
ask(
    A,
    "value",
    V(56, "件"),
    [
        "F|安康市人民政府办公室2022年度本年新收政府信息公开申请数量为多少？",
        "A|安康市政府办22年新收申请多少件",
    ],
    cells=["t3.new.tot"],
)
ask(
    A,
    "value",
    V(56, "件"),
    [
        "A|我记得安康市府办2022年新收申请是65件，没记错吧？",
    ],
    cells=["t3.new.tot"],
    note=WRONG,
)
ask(
    A,
    "value",
    V(55, "件"),
    [
        "F|2022年安康市人民政府办公室收到的申请中，申请人为自然人的有多少件？",
        "A|安康政府办2022自然人申请数",
    ],
    cells=["t3.new.np"],
)
ask(
    A,
    "value",
    V(1, "件"),
    [
        "F|安康市人民政府办公室2022年新收申请中“商业企业”一栏是多少？",
        "A|安康市政府办2022年商业企业提出的申请有几件？",
    ],
    cells=["t3.new.biz"],
)
ask(
    A,
    "value",
    V(0, "件"),
    [
        "c|科研机构申请了几件",
    ],
    cells=["t3.new.sci"],
)
ask(
    A,
    "value",
    V(17, "件"),
    [
        "F|安康市人民政府办公室2022年办理结果中“部分公开”共计多少件？",
        "A|安康市府办二〇二二年部分公开几件",
    ],
    cells=["t3.r2.tot"],
)
ask(
    A,
    "value",
    V(8, "件"),
    [
        "A|安康市政府办2022年同意公开的申请有多少件？",
    ],
    cells=["t3.r1.tot"],
)
ask(
    A,
    "value",
    V(25, "件"),
    [
        "c|表三第（四）项第1目是多少",
    ],
    cells=["t3.r4_1.tot"],
    note=POS,
)
ask(
    A,
    "value",
    V(25, "件"),
    [
        "A|安康市政府办2022本机关不掌握相关政府信息的件数",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    A,
    "value",
    V(4, "件"),
    [
        "c|信访举报投诉类的申请怎么处理的 有几件",
    ],
    cells=["t3.r5_1.tot"],
)
ask(
    A,
    "value",
    V(4, "件"),
    [
        "A|安康市府办2022年其他处理合计",
    ],
    cells=["t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"],
    note="（六） subtotal = 2 + 0 + 2",
)
ask(
    A,
    "value",
    V(2, "件"),
    [
        "c|申请人过了期限不补正 机关就不再处理的 这种有几件",
    ],
    cells=["t3.r6_1.tot"],
)
ask(
    A,
    "value",
    V(58, "件"),
    [
        "F|安康市人民政府办公室2022年表三（七）总计为多少件？",
        "A|安康市政府办22年办结总计",
    ],
    cells=["t3.r7.tot"],
)
ask(
    A,
    "value",
    V(0, "件"),
    [
        "A|安康市政府办2022年结转下年度继续办理几件？",
    ],
    cells=["t3.carry_out.tot"],
)
ask(
    A,
    "value",
    V(2, "件"),
    [
        "F|安康市人民政府办公室2022年因政府信息公开未经复议直接起诉的行政诉讼总计多少件？",
        "A|安康市府办2022年被直接起诉几起",
    ],
    cells=["t4.ld.tot"],
)
ask(
    A,
    "value",
    V(2, "件"),
    [
        "c|直接起诉的结果维持了几件",
    ],
    cells=["t4.ld.keep"],
)
ask(
    A,
    "value",
    V(0, "件"),
    [
        "c|被申请行政复议了几次",
    ],
    cells=["t4.rv.tot"],
)
ask(
    A,
    "value",
    V(31, "件"),
    [
        "F|截至2022年底，安康市人民政府办公室现行有效的行政规范性文件有多少件？",
        "A|安康市政府办现行有效规范性文件数(2022)",
    ],
    cells=["t2.norm.valid"],
)
ask(
    A,
    "value",
    V(5, "件"),
    [
        "A|安康市府办2022年废止行政规范性文件多少件",
    ],
    cells=["t2.norm.repealed"],
)
ask(
    A,
    "value",
    V(1, "件"),
    [
        "c|现行有效的规章几件",
    ],
    cells=["t2.reg.valid"],
)
ask(
    A,
    "value",
    V(0, "万元"),
    [
        "A|安康市政府办2022年行政事业性收费金额",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    A,
    "list",
    VS({"t3.r1.tot": 8, "t3.r2.tot": 17, "t3.r4_1.tot": 25}, "件"),
    [
        "c|予以公开 部分公开 本机关不掌握 这三个分别是多少",
        "A|安康市政府办2022年予以公开、部分公开和本机关不掌握各几件？",
    ],
    cells=["t3.r1.tot", "t3.r2.tot", "t3.r4_1.tot"],
)
ask(
    A,
    "list",
    VS({"t4.rv.tot": 0, "t4.ld.tot": 2, "t4.lr.tot": 0}, "件"),
    [
        "c|复议 直接起诉 复议后起诉 各是多少",
        "F|请分别列出安康市人民政府办公室2022年行政复议、未经复议直接起诉、复议后起诉的总计数。",
    ],
    cells=["t4.rv.tot", "t4.ld.tot", "t4.lr.tot"],
)
ask(
    A,
    "share",
    V(98.21, "%", tol=0.05),
    [
        "c|新收申请里个人占了百分之多少",
        "A|安康市政府办2022年自然人申请占新收申请的比例",
    ],
    cells=["t3.new.np", "t3.new.tot"],
    calc="100*{t3.new.np}/{t3.new.tot}",
)  # 55/56 = 98.21 %
ask(
    A,
    "share",
    V(13.79, "%", tol=0.05),
    [
        "c|予以公开占办理结果总数的几成",
        "F|安康市人民政府办公室2022年予以公开件数占办理结果总计的百分比是多少？",
    ],
    cells=["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
    note=UNIT,
)  # 8/58 = 13.79 %
ask(
    A,
    "ratio",
    V(2.125, None, tol=0.05),
    [
        "c|部分公开是予以公开的几倍",
        "A|安康市政府办2022年部分公开数是予以公开数的多少倍？",
    ],
    cells=["t3.r2.tot", "t3.r1.tot"],
    calc="{t3.r2.tot}/{t3.r1.tot}",
)  # 17/8 = 2.125
ask(
    A,
    "consistency",
    VD("consistent", ["H1"], {"in": 58, "out": 58}),
    [
        "F|请核对安康市人民政府办公室2022年年报表三：新收与上年结转之和是否等于办理结果总计与结转下年度之和？",
        "A|安康市政府办2022表三勾稽关系成立吗",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
    note="56 + 2 = 58 = 58 + 0",
)
ask(
    A,
    "consistency",
    VD("consistent", ["N"], {"text": 56, "table": 56}),
    [
        "c|正文说的申请数和表里的新收一样吗",
        "A|安康市政府办2022正文收到申请数与表三新收是否一致",
    ],
    cells=["t3.new.tot"],
    quote="全年共收到政府信息公开申请56件",
    note="text 56 = 表三 新收 56",
)
ask(
    A,
    "consistency",
    VD("consistent", ["N"], {"text": 2, "table": 2}),
    [
        "c|正文说应对诉讼2起 跟表四对得上吗",
        "F|安康市人民政府办公室2022年报正文“应对政府信息公开诉讼2起”与表四行政诉讼数据是否一致？",
    ],
    cells=["t4.ld.tot", "t4.lr.tot"],
    quote="应对政府信息公开诉讼2起",
    note="2 = 直接起诉 2 + 复议后起诉 0",
)
ask(
    A,
    "narrative",
    V(13050, "条"),
    [
        "F|安康市人民政府办公室2022年市政府网站共发布各类政务信息多少条？",
        "A|安康市政府办网站发布信息约多少万条（2022）",
    ],
    quote="市政府网站共发布各类政务信息13050余条",
    note=UNIT,
)
ask(
    A,
    "narrative",
    V(2165, "条"),
    [
        "c|安康发布微信发了多少条",
    ],
    quote="“安康发布”政务微信发布信息780期2165条",
)
ask(
    A,
    "narrative",
    V(780, "期"),
    [
        "c|安康发布微信一共发了几期",
    ],
    quote="“安康发布”政务微信发布信息780期2165条",
)
ask(
    A,
    "narrative",
    V(1021, "条"),
    [
        "F|2022年安康市人民政府办公室政务微博发布信息多少条？",
    ],
    quote="微博1021条",
)
ask(
    A,
    "narrative",
    V(157, "条"),
    [
        "c|解读民生政策的信息发了多少",
    ],
    quote="解读发布本市涉及民生政策信息157条",
)
ask(
    A,
    "narrative",
    V(4, "期"),
    [
        "F|安康市人民政府办公室2022年编印政府公报多少期？",
    ],
    quote="编印政府公报4期",
)
ask(
    A,
    "narrative",
    V(4135, "条"),
    [
        "c|政策问答库里有多少条问答",
    ],
    quote="已梳理知识问答信息4135条",
)
ask(
    A,
    "narrative",
    V(291, "件"),
    [
        "F|2022年安康市人民政府办公室通过“智慧人大”平台公开的人大代表建议有多少件？",
    ],
    quote="公开人大代表建议291件",
)
ask(
    A,
    "narrative",
    V(3459, "件"),
    [
        "c|市长信箱收了多少封信",
    ],
    quote="“市长信箱”受理有效群众信件3459件",
)
ask(
    A,
    "narrative",
    V(93.38, "%"),
    [
        "F|安康市人民政府办公室2022年“市长信箱”的办结率是多少？",
    ],
    quote="办结率93.38%",
    note="first phrasing: " + WRONG,
)
ask(
    A,
    "narrative",
    V(20, "条"),
    [
        "c|我为政府网站找错平台收到几条有效留言",
    ],
    quote="受理国务院办公厅“我为政府网站找错”平台有效纠错留言20条",
)
ask(
    A,
    "narrative",
    V(2740, "个"),
    [
        "F|安康市人民政府办公室2022年新建规范性文件数据库时梳理规范公开政策文件多少个？",
    ],
    quote="梳理规范公开政策文件2740余个",
)
ask(
    A,
    "narrative",
    V(40, "个"),
    [
        "c|这一年注销掉的政务新媒体一共几个",
    ],
    quote="共申报开设政务新媒体56个、注销40个",
)
ask(
    A,
    "narrative",
    V(56, "个"),
    [
        "c|申报开设的政务新媒体有几个",
    ],
    quote="共申报开设政务新媒体56个、注销40个",
)
ask(
    A,
    "narrative",
    V(61087, "个"),
    [
        "F|安康市人民政府办公室2022年专项检查整改“内容表述严重错误”问题多少个？",
        "A|安康市府办整改内容表述严重错误问题约几万个",
    ],
    quote="专项检查整改“内容表述严重错误”问题61087个",
)
ask(
    A,
    "narrative",
    CT("排名全省第三"),
    [
        "A|安康市政府办2022年在全省政务公开绩效评估中排名第几？",
    ],
    quote="排名全省第三",
)
ask(
    A,
    "narrative",
    CT("均胜诉"),
    [
        "c|那2起诉讼结果怎么样 赢了没",
    ],
    quote="应对政府信息公开诉讼2起,均胜诉",
)
ask(
    A,
    "problems",
    CT("政务公开工作广度深度有待拓展", "政府信息数字化水平仍需提高"),
    [
        "F|安康市人民政府办公室2022年政府信息公开工作存在哪些主要问题？",
        "A|安康市政府办22年报反映的不足有哪些",
    ],
    quote="一是政务公开工作广度深度有待拓展;二是政府信息数字化水平仍需提高",
)
ask(
    A,
    "problems",
    CT("优化市政府门户网站政府信息查询功能"),
    [
        "c|明年打算怎么改进 网站查询方面有啥措施",
        "A|安康市府办针对数字化水平不高提出了什么改进措施",
    ],
    quote="优化市政府门户网站政府信息查询功能",
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "c|办政务公开的工作人员有多少人",
        "F|安康市人民政府办公室2022年用于政务公开的经费预算为多少万元？",
        "A|安康市政府办2022年申请人里男性占多少",
    ],
    note="asked as value: staff, budget, applicants' sex — not in the report",
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "c|上一年本年新收的申请是多少件",
        "A|安康市政府办2021年新收申请多少件",
        "F|安康市人民政府办公室2023年度收到政府信息公开申请数量是多少？",
    ],
    note="asked as value: 安康 2021 / 2023 not in the store",
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "c|这年一共开过几场新闻发布会",
        "A|安康市政府办2022年网上申请和信函申请各多少",
    ],
    note="asked as narrative: no count of 发布会 (吹风会 信息 34期 is not it); no channel breakdown",
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "F|陕西省人民政府办公厅2022年收到多少政府信息公开申请？",
        "C|安康市汉滨区2022年依申请公开有多少件",
    ],
    note="asked as value: agencies not in the store (陕西省 ≠ 安康市政府办; 汉滨区 not stored)",
)

# ================================================================ 洪泽区人民政府 2023 (GF2021, PDF; 表四 H5)
H = "hongze-2023"
ask(
    H,
    "value",
    V(21, "件"),
    [
        "F|2023年度洪泽区人民政府新收的政府信息公开申请共计多少件？",
        "A|洪泽23年新收申请",
    ],
    cells=["t3.new.tot"],
)
ask(
    H,
    "value",
    V(0, "件"),
    [
        "F|洪泽区人民政府2023年办理结果中予以公开的件数是多少？",
        "A|淮安洪泽2023年全部公开的申请有几件",
    ],
    cells=["t3.r1.tot"],
)
ask(
    H,
    "value",
    V(4, "件"),
    [
        "c|区分处理后部分公开的是几件",
    ],
    cells=["t3.r2.tot"],
)
ask(
    H,
    "value",
    V(3, "件"),
    [
        "F|洪泽区人民政府2023年不予公开小计是多少件？",
        "A|洪泽区政府2023年不予公开合计几件",
    ],
    cells=S3,
    note="（三） subtotal = 1 + 1 + 1 (r3_1, r3_6, r3_7)",
)
ask(
    H,
    "value",
    V(1, "件"),
    [
        "A|洪泽2023国家秘密不公开几件",
    ],
    cells=["t3.r3_1.tot"],
)
ask(
    H,
    "value",
    V(1, "件"),
    [
        "c|表三第（三）项第7目填的多少",
    ],
    cells=["t3.r3_7.tot"],
    note=POS,
)
ask(
    H,
    "value",
    V(13, "件"),
    [
        "F|洪泽区人民政府2023年无法提供小计为多少件？",
        "A|洪泽区2023年无法提供总数",
    ],
    cells=S4,
    note="（四） subtotal = 10 + 3 + 0",
)
ask(
    H,
    "value",
    V(10, "件"),
    [
        "A|洪泽2023年本机关不掌握相关政府信息多少件",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    H,
    "value",
    V(3, "件"),
    [
        "c|需要另行制作所以没提供的几件",
    ],
    cells=["t3.r4_2.tot"],
)
ask(
    H,
    "value",
    V(1, "件"),
    [
        "A|洪泽区2023年不予处理合计",
    ],
    cells=S5,
)
ask(
    H,
    "value",
    V(0, "件"),
    [
        "F|洪泽区人民政府2023年年报表四中行政复议“总计”一栏印的数字是多少？",
        "A|洪泽2023年报表四复议总计印的多少",
    ],
    cells=["t4.rv.tot"],
    note="printed 0 although its parts add to 11 (H5); first phrasing misnames the table as users do",
)
ask(
    H,
    "value",
    V(10, "件"),
    [
        "c|行政复议那一栏结果维持的是几件",
    ],
    cells=["t4.rv.keep"],
)
ask(
    H,
    "value",
    V(1, "件"),
    [
        "F|洪泽区人民政府2023年行政复议结果纠正的件数是多少？",
    ],
    cells=["t4.rv.fix"],
)
ask(
    H,
    "value",
    V(5, "件"),
    [
        "c|复议后又起诉 结果维持的几件",
    ],
    cells=["t4.lr.keep"],
)
ask(
    H,
    "value",
    V(0, "件"),
    [
        "F|洪泽区人民政府2023年未经复议直接起诉的行政诉讼总计多少件？",
    ],
    cells=["t4.ld.tot"],
)
ask(
    H,
    "value",
    V(4119, "件"),
    [
        "F|2023年洪泽区人民政府作出的行政处罚决定共有多少件？",
        "A|洪泽区2023行政处罚数",
    ],
    cells=["t2.penalty.decisions"],
)
ask(
    H,
    "value",
    V(195, "件"),
    [
        "c|行政强制多少件",
    ],
    cells=["t2.coercion.decisions"],
)
ask(
    H,
    "value",
    V(550, "件"),
    [
        "F|洪泽区人民政府2023年行政许可处理决定数量为多少？",
    ],
    cells=["t2.license.decisions"],
)
ask(
    H,
    "value",
    V(7730.28, "万元"),
    [
        "F|洪泽区人民政府2023年行政事业性收费本年收费金额是多少？",
        "A|洪泽区政府23年行政事业性收费金额",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    H,
    "value",
    V(5, "件"),
    [
        "c|眼下还有效的规范性文件是几件",
    ],
    cells=["t2.norm.valid"],
)
ask(
    H,
    "value",
    V(0, "件"),
    [
        "c|这年新制发的规范性文件有几件",
    ],
    cells=["t2.norm.made"],
)
ask(
    H,
    "list",
    VS({"t2.license.decisions": 550, "t2.penalty.decisions": 4119, "t2.coercion.decisions": 195}, "件"),
    [
        "c|许可 处罚 强制各多少",
        "A|洪泽区2023年行政许可、行政处罚、行政强制决定数量分别是多少",
    ],
    cells=["t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"],
)
ask(
    H,
    "share",
    V(61.9, "%", tol=0.05),
    [
        "c|无法提供占了全部办理结果的百分之几",
        "A|洪泽2023年无法提供占办理结果总计比例",
    ],
    cells=S4 + ["t3.r7.tot"],
    calc="100*({t3.r4_1.tot}+{t3.r4_2.tot}+{t3.r4_3.tot})/{t3.r7.tot}",
)  # 13/21 = 61.90 %
ask(
    H,
    "ratio",
    V(21.12, None, tol=0.05),
    [
        "c|行政处罚是行政强制的多少倍",
        "F|洪泽区人民政府2023年行政处罚决定数约为行政强制决定数的几倍？",
    ],
    cells=["t2.penalty.decisions", "t2.coercion.decisions"],
    calc="{t2.penalty.decisions}/{t2.coercion.decisions}",
)  # 4119/195 = 21.12
ask(
    H,
    "consistency",
    VD("inconsistent", ["H5"], {"printed": 0, "parts": 11}),
    [
        "F|洪泽区人民政府2023年年报表四行政复议的分项之和与总计是否相符？",
        "A|洪泽区2023年报表四复议总计对不对",
    ],
    cells=["t4.rv.keep", "t4.rv.fix", "t4.rv.tot"],
    note="rv.tot printed 0, parts 10 + 1 = 11",
)
ask(
    H,
    "consistency",
    VD("inconsistent", ["H5"], {"printed": 0, "parts": 5}),
    [
        "c|复议后起诉那一栏 维持5件 总计却是0 是不是印错了",
        "A|洪泽2023复议后起诉总计和结果维持对得上吗",
    ],
    cells=["t4.lr.keep", "t4.lr.tot"],
    note="lr.tot printed 0, parts 5",
)
ask(
    H,
    "consistency",
    VD("consistent", ["H1"], {"in": 21, "out": 21}),
    [
        "c|表三收到的和办完的数对得上吗",
        "F|洪泽区人民政府2023年表三新收加上年结转是否等于办理结果总计加结转下年度？",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
    note="21 + 0 = 21 + 0",
)
ask(
    H,
    "consistency",
    VD("consistent", ["H3"], {"total": 21}),
    [
        "c|各项办理结果加起来是不是21",
        "A|洪泽区2023各办理结果之和等于总计吗",
    ],
    cells=["t3.r1.tot", "t3.r2.tot", "t3.r7.tot"] + S3 + S4 + S5,
    note="0 + 4 + 3 + 13 + 1 + 0 = 21",
)
ask(
    H,
    "narrative",
    V(1136, "条"),
    [
        "F|2023年洪泽区人民政府依托政府网站平台主动公开的政府信息共多少条？",
        "A|洪泽23年主动公开信息一千多条 具体多少",
    ],
    quote="在政府网站平台主动公开政府信息 1136 条",
)
ask(
    H,
    "narrative",
    V(0, "元"),
    [
        "A|洪泽区2023年信息处理费收了多少元",
    ],
    quote="全年收取政府信息公开信息处理费 0 元",
)
ask(
    H,
    "narrative",
    CT("三审三校"),
    [
        "c|信息发布审核落实的是什么制度",
    ],
    quote="落实“三审三校”制度",
)
ask(
    H,
    "problems",
    CT("依申请公开工作规范性还有待提高"),
    [
        "F|洪泽区人民政府2023年政府信息公开工作存在哪些不足？",
        "A|洪泽2023年报存在的主要问题",
    ],
    quote="如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升、政务公开队伍建设有待加强等",
)
ask(
    H,
    "problems",
    CT("跟班学习制度"),
    [
        "c|培训方面下一步准备怎么做",
        "A|洪泽区针对队伍建设提出什么改进办法",
    ],
    quote="人员跟班学习制度",
)
ask(
    H,
    "unanswerable",
    R(),
    [
        "c|关停整合的新媒体账号具体有几个",
        "A|洪泽区2023年关停整合了几个政务新媒体",
    ],
    note="asked as narrative: the report says accounts were closed but gives no count",
)
ask(
    H,
    "unanswerable",
    R(),
    [
        "F|淮安市人民政府2023年政府信息公开申请数是多少？",
        "C|江苏淮安市2023年收到多少信息公开申请",
        "A|洪泽区2022年新收申请多少件",
        "c|去年收了多少申请",
    ],
    note="asked as value: 淮安市 ≠ 洪泽区; 洪泽 2022 not in the store",
)
ask(
    H,
    "unanswerable",
    R(),
    [
        "c|申请人里本地人和外地人各多少",
        "A|洪泽区2023年依申请公开平均答复用了多少天",
        "F|洪泽区人民政府2023年当面申请的有多少件？",
    ],
    note="asked as value: origin, processing time, channel — not stated",
)

# ================================================================ 河北省教育厅 2021 (GF2021; 上年结转 总计 printed blank)
E1 = "hebei-edu-2021"
ask(
    E1,
    "value",
    V(37, "件"),
    [
        "F|河北省教育厅2021年本年新收政府信息公开申请数量是多少件？",
        "A|省教育厅21年新收申请几件",
    ],
    cells=["t3.new.tot"],
)
ask(
    E1,
    "value",
    V(2, "件"),
    [
        "F|河北省教育厅2021年新收申请中法律服务机构一栏是多少？",
        "A|河北教育厅2021年律所等法律服务机构提出的申请数",
    ],
    cells=["t3.new.law"],
)
ask(
    E1,
    "value",
    V(3, "件"),
    [
        "A|河北教育厅2021年法人或其他组织申请合计",
    ],
    cells=legal("new"),
    note="five non-natural-person columns: 1 + 0 + 0 + 2 + 0",
)
ask(
    E1,
    "value",
    BL(),
    [
        "F|河北省教育厅2021年表三“上年结转政府信息公开申请数量”总计栏填的是多少？",
        "A|省教育厅2021年表三上年结转那行总计栏",
    ],
    cells=["t3.carry_in.tot"],
    note="the 总计 cell of 上年结转 is printed blank (its columns are 0)",
)
ask(
    E1,
    "value",
    V(18, "件"),
    [
        "F|河北省教育厅2021年予以公开的政府信息公开申请有多少件？",
        "A|河北教育厅2021同意公开几件",
    ],
    cells=["t3.r1.tot"],
)
ask(
    E1,
    "value",
    V(15, "件"),
    [
        "F|河北省教育厅2021年因属于信访举报投诉类申请不予处理的有多少件？",
        "A|省教育厅2021年信访类申请不予处理数",
    ],
    cells=["t3.r5_1.tot"],
)
ask(
    E1,
    "value",
    V(1, "件"),
    [
        "c|保护第三方合法权益不公开的有几件",
    ],
    cells=["t3.r3_4.tot"],
)
ask(
    E1,
    "value",
    V(1, "件"),
    [
        "c|表三第（三）项第4目是几",
    ],
    cells=["t3.r3_4.tot"],
    note=POS,
)
ask(
    E1,
    "value",
    V(2, "件"),
    [
        "F|河北省教育厅2021年无法提供小计是多少件？",
    ],
    cells=S4,
    note="1 + 1 + 0",
)
ask(
    E1,
    "value",
    V(6, "件"),
    [
        "F|2021年河北省教育厅因政府信息公开被未经复议直接起诉的案件共多少件？",
        "A|省教育厅2021直接起诉总计",
    ],
    cells=["t4.ld.tot"],
)
ask(
    E1,
    "value",
    V(2, "件"),
    [
        "c|复议后起诉的几件",
    ],
    cells=["t4.lr.tot"],
)
ask(
    E1,
    "value",
    V(0, "件"),
    [
        "F|河北省教育厅2021年因政府信息公开被申请行政复议总计多少件？",
    ],
    cells=["t4.rv.tot"],
)
ask(
    E1,
    "value",
    V(5658, "件"),
    [
        "F|河北省教育厅2021年行政许可本年处理决定数量是多少？",
        "A|河北教育厅2021行政许可数",
    ],
    cells=["t2.license.decisions"],
)
ask(
    E1,
    "value",
    V(19, "件"),
    [
        "c|行政处罚几件",
    ],
    cells=["t2.penalty.decisions"],
)
ask(
    E1,
    "value",
    V(1163.54, "万元"),
    [
        "F|河北省教育厅2021年行政事业性收费金额为多少万元？",
        "A|河北教育厅2021年行政事业性收费",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    E1,
    "value",
    V(25, "件"),
    [
        "A|河北教育厅2021年本年废止规范性文件件数",
    ],
    cells=["t2.norm.repealed"],
)
ask(
    E1,
    "value",
    V(7, "件"),
    [
        "c|本年制发规范性文件几件",
    ],
    cells=["t2.norm.made"],
)
ask(
    E1,
    "consistency",
    VD("consistent", ["N"], {"before": 206, "kept": 181, "repealed": 25}),
    [
        "F|河北省教育厅2021年规范性文件清理中，保留件数与废止件数之和是否等于清理前的现有件数？",
        "A|省教育厅2021清理规范性文件的数字对得上吗",
    ],
    quote="对现有206件规范性文件实施了7次清理，保留部门规范性文件181件，废止25件",
    note="181 + 25 = 206",
)
ask(
    E1,
    "consistency",
    VD("consistent", ["N"], {"text": 181, "table": 181}),
    [
        "c|正文保留181件和表二现行有效件数一致吗",
        "A|河北教育厅2021表二现行有效规范性文件与正文保留数一致吗",
    ],
    cells=["t2.norm.valid"],
    quote="保留部门规范性文件181件",
    note="text 181 = 表二 现行有效 181",
)
ask(
    E1,
    "consistency",
    VD("consistent", ["H1"], {"new": 37, "total": 37}),
    [
        "c|表三第一项加第二项等于第三项加第四项吗",
        "F|河北省教育厅2021年表三的勾稽关系是否成立？",
    ],
    cells=["t3.new.tot", "t3.r7.tot", "t3.carry_out.tot"],
    note="37 + blank (columns 0) = 37 + 0",
)
ask(
    E1,
    "narrative",
    V(7, "次"),
    [
        "A|河北教育厅2021年对规范性文件实施了几次清理",
    ],
    quote="实施了7次清理",
)
ask(
    E1,
    "narrative",
    V(207, "期"),
    [
        "F|河北省教育厅2021年编印《疫情防控简报》多少期？",
        "A|省教育厅2021疫情防控简报期数",
    ],
    quote="《疫情防控简报》207期",
)
ask(
    E1,
    "narrative",
    V(39, "期"),
    [
        "c|教育信息快报出了几期",
    ],
    quote="《教育信息快报》39期",
)
ask(
    E1,
    "narrative",
    V(240, "万人"),
    [
        "F|2021年“河北教育发布”政务微信关注数达到多少？",
        "A|河北教育厅官微2021年关注数多少万",
    ],
    quote="关注数达240万人",
)
ask(
    E1,
    "narrative",
    V(760, "万"),
    [
        "c|单篇最高阅读量多少",
    ],
    quote="单篇阅读量最高达760万",
)
ask(
    E1,
    "narrative",
    V(2, "场"),
    [
        "F|2021年河北省教育厅一共召开了多少场新闻发布会？",
    ],
    quote="召开新闻发布会2场",
)
ask(
    E1,
    "narrative",
    V(10, "所"),
    [
        "c|选了几所高校做信息公开示范学校",
    ],
    quote="选择10所工作基础好",
)
ask(
    E1,
    "narrative",
    V(58, "件"),
    [
        "F|河北省教育厅2021年通过门户网站和官微公开发布政策文件多少件？",
    ],
    quote="公开发布政策文件58件",
)
ask(
    E1,
    "narrative",
    V(49, "条"),
    [
        "c|重要公告发了多少条",
    ],
    quote="重要公告49条",
)
ask(
    E1,
    "problems",
    CT("主动公开意识薄弱", "公开机制不健全"),
    [
        "F|2021年度河北省教育厅在政务公开方面自认存在哪些不足？",
        "A|省教育厅2021年报自述的问题",
    ],
    quote="仍存在主动公开意识薄弱、公开机制不健全、内容不够丰富等不足",
)
ask(
    E1,
    "unanswerable",
    R(),
    [
        "c|通过网上提交的申请几件",
        "A|河北教育厅2021年信函申请多少件",
    ],
    note="asked as value: 2021 gives no channel breakdown (2023 does)",
)
ask(
    E1,
    "unanswerable",
    R(),
    [
        "c|前年收了多少申请",
        "A|河北教育厅2019年新收申请几件",
        "F|河北省教育厅2022年政府信息公开工作年度报告中的新收申请数是多少？",
    ],
    note="asked as value: 教育厅 2019 / 2022 not in the store",
)

# ================================================================ 河北省教育厅 2023 (GF2021)
E3 = "hebei-edu-2023"
ask(
    E3,
    "value",
    V(19, "件"),
    [
        "c|今年表三新收申请填了多少",
    ],
    cells=["t3.new.tot"],
)
ask(
    E3,
    "value",
    V(1, "件"),
    [
        "F|河北省教育厅2023年因危及“三安全一稳定”不予公开的申请有几件？",
        "A|省教育厅2023年危及三安全一稳定不公开几件",
    ],
    cells=["t3.r3_3.tot"],
    note=POS,
)
ask(
    E3,
    "value",
    V(3, "件"),
    [
        "A|河北教育厅2023保护第三方合法权益不予公开数",
    ],
    cells=["t3.r3_4.tot"],
)
ask(
    E3,
    "value",
    V(1, "件"),
    [
        "c|商业企业那一栏里 保护第三方权益不公开的有几件",
    ],
    cells=["t3.r3_4.biz"],
)
ask(
    E3,
    "value",
    V(4, "件"),
    [
        "F|河北省教育厅2023年不予公开的申请共多少件？",
        "A|河北教育厅2023不予公开小计",
    ],
    cells=S3,
    note="1 + 3",
)
ask(
    E3,
    "value",
    V(9, "件"),
    [
        "A|省教育厅23年予以公开多少",
    ],
    cells=["t3.r1.tot"],
)
ask(
    E3,
    "value",
    V(7, "件"),
    [
        "F|2023年河北省教育厅因政府信息公开工作被申请行政复议的总计是多少件？",
        "A|河北教育厅2023年行政复议总计",
    ],
    cells=["t4.rv.tot"],
)
ask(
    E3,
    "value",
    V(1, "件"),
    [
        "c|复议被纠正的有几件",
    ],
    cells=["t4.rv.fix"],
)
ask(
    E3,
    "value",
    V(7, "件"),
    [
        "F|河北省教育厅2023年复议后起诉的行政诉讼总计多少件？",
    ],
    cells=["t4.lr.tot"],
)
ask(
    E3,
    "value",
    V(0, "件"),
    [
        "c|不经复议直接起诉的几件",
    ],
    cells=["t4.ld.tot"],
)
ask(
    E3,
    "value",
    V(7417, "件"),
    [
        "F|河北省教育厅2023年行政许可处理决定数量为多少？",
        "A|省教育厅2023行政许可多少件",
    ],
    cells=["t2.license.decisions"],
)
ask(
    E3,
    "value",
    V(397.619, "万元"),
    [
        "A|河北教育厅2023年收费金额多少万元",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    E3,
    "value",
    V(156, "件"),
    [
        "c|截至年底现行有效的规范性文件几件",
    ],
    cells=["t2.norm.valid"],
)
ask(
    E3,
    "narrative",
    V(15, "件"),
    [
        "F|2023年河北省教育厅收到的申请中，通过网络渠道提出的有多少件？",
        "A|河北教育厅2023网络申请数",
    ],
    quote="网络申请15件，占79%",
)
ask(
    E3,
    "narrative",
    V(21, "%"),
    [
        "A|省教育厅2023年信函申请占几成",
    ],
    quote="信函申请4件，占21%",
    note=UNIT,
)
ask(
    E3,
    "narrative",
    V(79, "%"),
    [
        "c|报告说网络申请占了80%是吗",
    ],
    quote="网络申请15件，占79%",
    note=WRONG,
)
ask(
    E3,
    "narrative",
    V(112, "条"),
    [
        "F|河北省教育厅2023年公开省人大代表建议和省政协委员提案复文多少条？",
        "A|省教育厅2023公开建议提案复文条数",
    ],
    quote="公开省人大代表建议和省政协委员提案复文112条",
)
ask(
    E3,
    "narrative",
    V(89, "条"),
    [
        "A|河北教育厅2023年发布政策类文件数",
    ],
    quote="发布政策类文件89条",
)
ask(
    E3,
    "narrative",
    V(20, "条"),
    [
        "c|政策解读发了几条",
    ],
    quote="重要政策文件解读20条",
)
ask(
    E3,
    "narrative",
    V(3.7, "万"),
    [
        "F|“冀教新视界”视频号粉丝量达到多少？",
        "A|河北教育厅2023年视频号粉丝有三万七吗",
    ],
    quote="粉丝量迅速跃升至3.7万",
)
ask(
    E3,
    "narrative",
    V(3, "个"),
    [
        "A|省教育厅2023开设新媒体号几个",
    ],
    quote="开设新媒体号3个",
)
ask(
    E3,
    "narrative",
    V(13, "条"),
    [
        "c|职业教育信息发了几条",
    ],
    quote="职业教育信息13条",
)
ask(
    E3,
    "narrative",
    CT("走好网上群众路线百个成绩突出账号"),
    [
        "c|河北教育发布获了什么奖",
    ],
    quote="获评中央网信办2023年度走好网上群众路线百个成绩突出账号",
)
ask(
    E3,
    "narrative",
    CT("政策文件、证书批文、教育数据"),
    [
        "F|河北省教育厅2023年政府信息公开申请事项主要集中在哪些方面？",
    ],
    quote="申请事项主要集中在政策文件、证书批文、教育数据等方面",
)
ask(
    E3,
    "consistency",
    VD("consistent", ["N"], {"online": 15, "letter": 4, "total": 19}),
    [
        "c|网络15件加信函4件等于总数吗",
        "A|河北教育厅2023申请方式之和与申请总数一致吗",
    ],
    cells=["t3.new.tot"],
    quote="网络申请15件，占79%，信函申请4件，占21%",
    note="15 + 4 = 19 = 表三 新收",
)
ask(
    E3,
    "consistency",
    VD("consistent", ["H3"], {"total": 19}),
    [
        "c|办理结果各项加起来等于19吗",
        "F|河北省教育厅2023年表三各项办理结果之和与总计是否一致？",
    ],
    cells=["t3.r1.tot", "t3.r2.tot", "t3.r7.tot"] + S3 + S4 + S5,
    note="9 + 2 + 4 + 3 + 1 = 19",
)
ask(
    E3,
    "consistency",
    VD("consistent", ["H5"], {"rv": 7, "lr": 7}),
    [
        "c|表四复议和诉讼的分项加起来跟总计对得上吗",
        "A|河北教育厅2023表四总计核对",
    ],
    cells=["t4.rv.keep", "t4.rv.fix", "t4.rv.tot", "t4.lr.keep", "t4.lr.fix", "t4.lr.tot"],
    note="6 + 1 = 7 both rows",
)
ask(
    E3,
    "problems",
    CT("政策解读形式过于单一"),
    [
        "F|河北省教育厅2023年年报指出的主要问题有哪些？",
        "A|省教育厅23年报存在的问题",
    ],
    quote="如公开内容不够广泛、政策解读形式过于单一、与公众互动性还需进一步增强等",
)
ask(
    E3,
    "problems",
    CT("结合图表、音频、视频等多种形式丰富解读材料"),
    [
        "c|解读方面准备怎么改",
        "A|河北教育厅针对政策解读单一有什么改进措施",
    ],
    quote="结合图表、音频、视频等多种形式丰富解读材料",
)
ask(
    E3,
    "unanswerable",
    R(),
    [
        "c|这年新闻发布会具体开了几场",
        "A|河北教育厅2023新闻发布会场次",
    ],
    note="asked as narrative: 2023 names 新闻发布会 without a count",
)
ask(
    E3,
    "unanswerable",
    R(),
    [
        "c|到现场当面提交申请的几件",
        "F|河北省教育厅2023年政务公开专项经费是多少？",
        "A|省教育厅2023年负责政务公开的工作人员几名",
    ],
    note="asked as value: no 当面 channel (only 网络/信函), no budget, no staff count",
)
ask(
    E3,
    "unanswerable",
    R(),
    [
        "A|江苏省教育厅2023年收到多少信息公开申请",
        "F|河北省教育厅2024年政府信息公开工作年度报告中新收申请多少件？",
    ],
    note="asked as value: agency / year not in the store",
)

# ================================================================ 河北省教育厅 2018 (LEGACY, gold without tables) and 2016 (unlabeled LEGACY)
E8 = "hebei-edu-2018"
ask(
    E8,
    "narrative",
    V(1683, "条"),
    [
        "F|河北省教育厅2018年通过官方网站发布信息多少条？",
        "A|河北教育厅2018网站发布信息数",
    ],
    quote="2018年通过官方网站发布信息1683条",
)
ask(
    E8,
    "narrative",
    V(1395, "万人次"),
    [
        "c|官网那年的访问量是多少",
    ],
    quote="网站访问量1395万人次",
)
ask(
    E8,
    "narrative",
    V(15, "个"),
    [
        "F|河北省教育厅2018年新增信息公开栏目多少个？",
    ],
    quote="“师资建设”等15个信息公开栏目",
)
ask(
    E8,
    "narrative",
    V(716, "条"),
    [
        "c|河北教育发布那年发了多少条",
    ],
    quote="2018年共发布信息716条",
)
ask(
    E8,
    "narrative",
    V(542, "条"),
    [
        "c|全省教育大会期间媒体报道有多少条",
    ],
    quote="各类媒相关报道达到542条",
)
ask(
    E8,
    "narrative",
    V(22, "项"),
    [
        "F|河北省教育厅2018年实行网上办理的政务服务事项有多少项？",
        "A|省教育厅2018网上办理政务服务事项数",
    ],
    quote="2018年共有22项政务服务事项实行了网上办理",
)
ask(
    E8,
    "narrative",
    V(1, "件"),
    [
        "A|河北教育厅2018年受理依申请公开几件",
    ],
    quote="受理依申请信息公开1件",
)
ask(
    E8,
    "narrative",
    V(16, "条"),
    [
        "c|政策解读发布了几条",
    ],
    quote="发布政策解读16条",
)
ask(
    E8,
    "narrative",
    V(0, "起"),
    [
        "F|河北省教育厅2018年因政府信息公开被申请行政复议的有多少起？",
        "A|河北教育厅2018信息公开引起的行政复议",
    ],
    quote="没有因政府信息公开而被提起的行政复议或行政诉讼",
    note="the 1 复议 / 5 诉讼 are not about 信息公开",
)
ask(
    E8,
    "narrative",
    V(9, "起"),
    [
        "c|行政申诉受理了多少起",
    ],
    quote="行政申诉9起",
    note="all 申诉, not about 信息公开",
)
ask(
    E8,
    "problems",
    CT("信息公开培训需要强化"),
    [
        "c|那一年报告里说有哪些不足",
        "A|河北教育厅2018年报存在的主要问题",
    ],
    quote="主要是信息公开内容有待进一步完善；信息公开培训需要强化，部分高校的信息公开工作还有待加强等",
)
ask(
    E8,
    "unanswerable",
    R(),
    [
        "c|表三里予以公开是多少",
        "A|河北教育厅2018年不予公开几件",
    ],
    note="asked as value: LEGACY report, no 表三",
)
E6 = "hebei-edu-2016"
ask(
    E6,
    "narrative",
    V(1621, "条"),
    [
        "F|2016年度河北省教育厅主动公开的政府信息总计多少条？",
        "A|河北教育厅2016主动公开信息数",
    ],
    quote="2016年主动公开政府信息1621条",
)
ask(
    E6,
    "narrative",
    V(3, "件"),
    [
        "c|那年受理的依申请公开一共几件",
    ],
    quote="受理依申请信息公开3件",
)
ask(
    E6,
    "narrative",
    V(679, "条"),
    [
        "c|网站专题栏目发布信息多少条",
    ],
    quote="共发布信息679条",
)
ask(
    E6,
    "narrative",
    V(3, "起"),
    [
        "F|河北省教育厅2016年共受理行政诉讼多少起？",
    ],
    quote="行政诉讼3起",
    note="the report adds none was about 信息公开",
)
ask(
    E6,
    "narrative",
    CT("四个不低于"),
    [
        "c|高考前发布了什么承诺",
    ],
    quote="发布“四个不低于”的承诺",
)
ask(
    E6,
    "problems",
    CT("信息公开形式有待创新"),
    [
        "F|河北省教育厅2016年政府信息公开工作存在的主要问题是什么？",
        "A|省教育厅2016年报主要问题",
    ],
    quote="主要是信息公开内容有待完善；信息公开形式有待创新；部分高校的信息公开还有待加强",
)
ask(
    E6,
    "unanswerable",
    R(),
    [
        "c|那年不予公开的申请有几件",
        "A|河北教育厅2016年部分公开的申请几件",
    ],
    quote="受理依申请信息公开3件",
    note="asked as value: LEGACY report, no 表三 breakdown",
)

# ================================================================ 平潭综合实验区 2019 (GF2019, glued 表二)
P9 = "pingtan-2019"
ask(
    P9,
    "value",
    V(23, "件"),
    [
        "F|2019年平潭综合实验区表三中本年新收政府信息公开申请共多少件？",
        "A|平潭19年新收申请",
    ],
    cells=["t3.new.tot"],
)
ask(
    P9,
    "value",
    V(5, "件"),
    [
        "F|平潭综合实验区2019年“补正后申请内容仍不明确”的有多少件？",
        "A|平潭2019年补正后仍不明确几件",
    ],
    cells=["t3.r4_3.tot"],
)
ask(
    P9,
    "value",
    V(3, "件"),
    [
        "A|平潭2019重复申请不予处理几件",
    ],
    cells=["t3.r5_2.tot"],
)
ask(
    P9,
    "value",
    V(12, "件"),
    [
        "c|无法提供的加起来几件",
    ],
    cells=S4,
    note="7 + 0 + 5",
)
ask(
    P9,
    "value",
    V(7, "件"),
    [
        "A|平潭2019年表三（四）1填的多少",
    ],
    cells=["t3.r4_1.tot"],
    note=POS,
)
ask(
    P9,
    "value",
    V(0, "件"),
    [
        "c|行政复议有没有",
    ],
    cells=["t4.rv.tot"],
)
ask(
    P9,
    "value",
    V(0, "件"),
    [
        "F|平潭综合实验区2019年规章的对外公开总数量是多少件？",
    ],
    cells=["t2.reg.total_public"],
)
ask(
    P9,
    "share",
    V(30.43, "%", tol=0.05),
    [
        "c|予以公开占新收的百分之多少",
        "A|平潭2019年予以公开占新收申请比例",
    ],
    cells=["t3.r1.tot", "t3.new.tot"],
    calc="100*{t3.r1.tot}/{t3.new.tot}",
)  # 7/23 = 30.43 %
ask(
    P9,
    "narrative",
    V(2599, "条"),
    [
        "F|平潭综合实验区2019年政府信息公开单位共公布政府信息多少条？",
        "A|平潭2019公布政府信息总数",
    ],
    quote="共公布政府信息2599条",
)
ask(
    P9,
    "narrative",
    V(983, "条"),
    [
        "c|国土资源、城乡建设、环保能源这类信息公布了多少条",
    ],
    quote="国土资源城乡建设环保能源类信息983条",
)
ask(
    P9,
    "narrative",
    V(856, "条"),
    [
        "c|其他应主动公开的信息多少条",
    ],
    quote="其他应主动公开政府信息856条",
)
ask(
    P9,
    "narrative",
    V(348, "项"),
    [
        "F|平潭综合实验区2019年实现“一窗通办”的公共服务事项有多少项？",
        "A|平潭2019一窗通办多少项",
    ],
    quote="8大类348项公共服务事项实现“一窗通办”",
)
ask(
    P9,
    "narrative",
    V(19, "分钟"),
    [
        "A|平潭2019年改革后群众等候时间几分钟",
    ],
    quote="群众等候时间由42分钟缩至19分钟",
)
ask(
    P9,
    "narrative",
    V(868, "家"),
    [
        "c|中介超市里已经入驻的中介机构有几家",
    ],
    quote="已入驻中介机构868家",
)
ask(
    P9,
    "narrative",
    V(2536, "条"),
    [
        "A|平潭2019年累计公开政府采购项目信息几条",
    ],
    quote="累计公开政府采购项目信息2536条",
)
ask(
    P9,
    "narrative",
    V(783, "条"),
    [
        "c|户外广告设置许可证公开了多少条",
    ],
    quote="申请户外广告设置许可证783条",
)
ask(
    P9,
    "narrative",
    V(631, "条"),
    [
        "c|行政执法公示公布了多少条",
    ],
    quote="全年公布631条",
)
ask(
    P9,
    "consistency",
    VD("inconsistent", ["N"], {"printed": 2599, "parts": 2533}),
    [
        "F|平潭综合实验区2019年公布政府信息总数与各类信息分项之和是否一致？",
        "A|平潭2019年公布信息分类合计对得上总数吗",
    ],
    quote="共公布政府信息2599条，(其中机构职能类信息25条，政策、规范性文件类信息68条，规划计划类信息28条，行政许可类信息69条，重大建设项目信息90条，为民办实事类信息175条，民政扶贫救灾社会保障就业类信息67条，国土资源城乡建设环保能源类信息983条，科教文体卫生类信息48条，安全生产、应急管理类信息124条，其他应主动公开政府信息856条)",
    note="25+68+28+69+90+175+67+983+48+124+856 = 2533 ≠ 2599",
)
ask(
    P9,
    "consistency",
    VD("consistent", ["N"], {"total": 197, "gov": 32, "dept": 165}),
    [
        "c|预决算公开197条 是不是政府预决算加部门预决算",
        "A|平潭2019预决算信息分项之和对吗",
    ],
    quote="预决算公开197条",
    note="32 + 165 = 197",
)
ask(
    P9,
    "problems",
    CT("受人员编制限制"),
    [
        "F|平潭综合实验区2019年政府信息公开工作存在哪些主要问题？",
        "A|平潭2019年报自述不足",
    ],
    quote="二是受人员编制限制，各单位信息公开多由办公室人员或临时借调人员兼职经办",
)
ask(
    P9,
    "problems",
    CT("继续强化信息公开责任", "继续完善信息公开机制", "继续加强督导协调工作"),
    [
        "c|2020年准备采取哪几条改进措施",
        "A|平潭2019年报提出的改进措施有哪些",
    ],
    quote="（一）继续强化信息公开责任",
)
ask(
    P9,
    "unanswerable",
    R(),
    [
        "c|规范性文件本年新制作多少件",
        "A|平潭2019年行政许可处理决定多少",
        "F|平潭综合实验区2019年政府集中采购项目数量是多少？",
    ],
    note="asked as value: glued 表二 row with no unique split (gold null)",
)
ask(
    P9,
    "unanswerable",
    R(),
    [
        "c|上一年度收到的申请是多少",
        "A|平潭2018年度新收的申请有几件",
        "F|福建省人民政府办公厅2019年收到多少政府信息公开申请？",
    ],
    note="asked as value: 平潭 2018 and 福建省 not in the store",
)
ask(
    P9,
    "unanswerable",
    R(),
    [
        "c|这年废止掉的规范性文件几件",
        "A|平潭2019年行政事业性收费金额多少万元",
    ],
    note="asked as value: GF2019 has no 本年废止 or fee amount column",
)

# ================================================================ 平潭综合实验区 2020 (GF2019; H3: results add to 27, 总计 printed 21)
P0 = "pingtan-2020"
ask(
    P0,
    "value",
    V(21, "件"),
    [
        "A|平潭2020新收申请数",
    ],
    cells=["t3.new.tot"],
)
ask(
    P0,
    "value",
    V(1, "件"),
    [
        "F|平潭综合实验区2020年新收申请中“其他”类法人或其他组织一栏是多少？",
        "A|平潭2020年“其他”组织申请数",
    ],
    cells=["t3.new.oth"],
)
ask(
    P0,
    "value",
    V(6, "件"),
    [
        "F|平潭综合实验区2020年部分公开的申请有多少件？",
        "A|平潭二〇二〇年部分公开",
    ],
    cells=["t3.r2.tot"],
)
ask(
    P0,
    "value",
    V(4, "件"),
    [
        "c|其他处理那一行是几件",
    ],
    cells=["t3.r6.tot"],
)
ask(
    P0,
    "value",
    V(21, "件"),
    [
        "F|平潭综合实验区2020年表三（七）总计栏印的是多少件？",
        "A|平潭2020年办理结果总计（按表上印的）",
    ],
    cells=["t3.r7.tot"],
    note="printed 21 although the result rows add to 27",
)
ask(
    P0,
    "value",
    V(-15, None),
    [
        "A|平潭2020年行政事业性收费项目本年增/减",
    ],
    cells=["t2.fee.delta"],
)
ask(
    P0,
    "value",
    V(35, None),
    [
        "c|收费项目上一年有几个",
    ],
    cells=["t2.fee.prev_items"],
)
ask(
    P0,
    "value",
    V(7, "件"),
    [
        "A|平潭2020年规章对外公开总数",
    ],
    cells=["t2.reg.total_public"],
)
ask(
    P0,
    "consistency",
    VD("inconsistent", ["H3"], {"printed": 21, "parts": 27}),
    [
        "F|平潭综合实验区2020年表三各项办理结果之和与（七）总计是否相符？",
        "A|平潭2020办理结果加总等于总计吗",
    ],
    cells=["t3.r1.tot", "t3.r2.tot", "t3.r4_1.tot", "t3.r4_3.tot", "t3.r5_2.tot", "t3.r6.tot", "t3.r7.tot"],
    note="7 + 6 + 4 + 3 + 3 + 4 = 27 vs printed 21",
)
ask(
    P0,
    "consistency",
    VD("inconsistent", ["N"], {"printed": 2602, "parts": 2603}),
    [
        "F|平潭综合实验区2020年公布政府信息总数与其分类数之和是否一致？",
        "A|平潭2020年公布信息分类相加和总数对得上不",
    ],
    quote="共公布政府信息2602条(其中机构职能类信息82条，政策、规范性文件类信息80条，规划计划类信息21条，行政许可类信息40条，重大建设项目信息390条，为民办实事类信息69条，民政扶贫救灾社会保障就业类信息143条，国土资源城乡建设环保能源类信息208条，科教文体卫生类信息246条，安全生产、应急管理类信息271条，其他应主动公开政府信息1053条",
    note="82+80+21+40+390+69+143+208+246+271+1053 = 2603 ≠ 2602",
)
ask(
    P0,
    "consistency",
    VD("consistent", ["N"], {"total": 348, "onsite": 162, "followup": 186}),
    [
        "c|群众诉求348件 现场解决加跟进解决对得上吗",
        "A|平潭2020有事你说诉求数分项之和对吗",
    ],
    quote="收到群众诉求348件，现场解决162件，跟进解决186件",
    note="162 + 186 = 348",
)
ask(
    P0,
    "narrative",
    V(2602, "条"),
    [
        "c|全年公布了多少条信息",
    ],
    quote="共公布政府信息2602条",
)
ask(
    P0,
    "narrative",
    V(1053, "条"),
    [
        "F|平潭综合实验区2020年其他应主动公开政府信息多少条？",
    ],
    quote="其他应主动公开政府信息1053条",
)
ask(
    P0,
    "narrative",
    V(4650, "项"),
    [
        "c|区直部门权责清单一共多少项",
    ],
    quote="12个区直部门权责清单项共4650项",
)
ask(
    P0,
    "narrative",
    V(5, "件"),
    [
        "F|平潭综合实验区2020年经专项清理宣布废止规范性文件多少件？",
        "A|平潭2020年清理后废止规范性文件数",
    ],
    quote="已宣布废止规范性文件5件",
)
ask(
    P0,
    "narrative",
    V(51, "条"),
    [
        "c|疫情防控信息公开了多少条",
    ],
    quote="共公开51条疫情防控相关信息",
)
ask(
    P0,
    "narrative",
    V(452149, "份"),
    [
        "F|截至2020年，平潭综合实验区电子证照累计入库多少份？",
        "A|平潭2020电子证照入库约多少万份",
    ],
    quote="累计入库电子证照452149份",
    note=UNIT,
)
ask(
    P0,
    "narrative",
    V(8232, "万条"),
    [
        "A|平潭2020年汇聚数据多少条",
    ],
    quote="汇聚数据8232万条",
    note=UNIT,
)
ask(
    P0,
    "narrative",
    V(121, "条"),
    [
        "c|征地信息类发布了几条",
    ],
    quote="征地信息类121条",
)
ask(
    P0,
    "narrative",
    V(16, "个"),
    [
        "c|《问政平潭》曝光了几个问题",
    ],
    quote="曝光了16个问题",
)
ask(
    P0,
    "narrative",
    V(100, "%"),
    [
        "c|有事你说群众诉求办结率",
    ],
    quote="跟进解决186件，办结率100%",
)
ask(
    P0,
    "problems",
    CT("基层政务公开标准化规范化水平有待进一步提升"),
    [
        "F|平潭综合实验区2020年政府信息公开工作存在的主要问题有哪些？",
        "A|平潭2020年报主要问题",
    ],
    quote="基层政务公开标准化规范化水平有待进一步提升",
)
ask(
    P0,
    "problems",
    CT("坚持开展季度检查抽查"),
    [
        "c|政府网站和新媒体监管方面怎么改进",
        "A|平潭2020年对政务新媒体监管提出什么措施",
    ],
    quote="坚持开展季度检查抽查",
)
ask(
    P0,
    "unanswerable",
    R(),
    [
        "c|行政许可上一年项目数量多少",
        "A|平潭2020行政处罚处理决定数量",
        "F|平潭综合实验区2020年政府集中采购总金额是多少元？",
    ],
    note="asked as value: glued 表二 rows with no unique split (gold null)",
)
ask(
    P0,
    "unanswerable",
    R(),
    [
        "c|申请人里年纪最大的有多少岁",
        "A|平潭2020年信息公开专职人员有几个",
    ],
    note="asked as value: applicants' age, staff — not in the report",
)

# ================================================================ 平潭综合实验区 2021 (GF2021)
P1 = "pingtan-2021"
ask(
    P1,
    "value",
    V(70, "件"),
    [
        "F|平潭综合实验区2021年本年新收政府信息公开申请数量是多少？",
        "A|平潭21年新收申请几件",
    ],
    cells=["t3.new.tot"],
)
ask(
    P1,
    "value",
    V(2, "件"),
    [
        "F|平潭综合实验区2021年新收申请中社会公益组织一栏是多少？",
        "A|平潭2021社会公益组织申请数",
    ],
    cells=["t3.new.npo"],
)
ask(
    P1,
    "value",
    V(4, "件"),
    [
        "A|平潭2021年“其他”一栏新收申请",
    ],
    cells=["t3.new.oth"],
)
ask(
    P1,
    "value",
    V(6, "件"),
    [
        "c|新收申请里法人或其他组织有几件",
    ],
    cells=legal("new"),
    note="0 + 0 + 2 + 0 + 4",
)
ask(
    P1,
    "value",
    V(6, "件"),
    [
        "F|平潭综合实验区2021年因属于行政执法案卷不予公开的有多少件？",
        "A|平潭2021年行政执法案卷不予公开几件",
    ],
    cells=["t3.r3_7.tot"],
)
ask(
    P1,
    "value",
    V(8, "件"),
    [
        "A|平潭2021不予公开小计",
    ],
    cells=S3,
    note="1 + 6 + 1 (r3_5, r3_7, r3_8)",
)
ask(
    P1,
    "value",
    V(1, "件"),
    [
        "c|表三第（三）项第8目是几",
    ],
    cells=["t3.r3_8.tot"],
    note=POS,
)
ask(
    P1,
    "value",
    V(25, "件"),
    [
        "A|平潭2021年本机关不掌握相关政府信息件数",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    P1,
    "value",
    V(69, "件"),
    [
        "c|办理结果（七）总计一栏多少",
    ],
    cells=["t3.r7.tot"],
)
ask(
    P1,
    "value",
    V(1, "件"),
    [
        "A|平潭2021年结转下年度继续办理",
    ],
    cells=["t3.carry_out.tot"],
)
ask(
    P1,
    "value",
    V(3, "件"),
    [
        "F|2021年平潭综合实验区因政府信息公开工作被申请行政复议共计多少件？",
        "A|平潭2021行政复议总计",
    ],
    cells=["t4.rv.tot"],
)
ask(
    P1,
    "value",
    V(2, "件"),
    [
        "c|复议里其他结果的有几件",
    ],
    cells=["t4.rv.other"],
)
ask(
    P1,
    "value",
    V(12, "件"),
    [
        "F|2021年平潭综合实验区未经复议直接提起的行政诉讼总计是多少件？",
        "A|平潭2021直接起诉总计",
    ],
    cells=["t4.ld.tot"],
)
ask(
    P1,
    "value",
    V(24252.311082, "万元"),
    [
        "F|2021年平潭综合实验区行政事业性收费本年收费金额为多少万元？",
        "A|平潭2021年行政事业性收费约多少亿元",
    ],
    cells=["t2.fee.amount_wan"],
    note=UNIT,
)
ask(
    P1,
    "value",
    V(42, "件"),
    [
        "A|平潭2021行政强制决定",
    ],
    cells=["t2.coercion.decisions"],
)
ask(
    P1,
    "value",
    V(1282, "件"),
    [
        "c|行政处罚多少",
    ],
    cells=["t2.penalty.decisions"],
)
ask(
    P1,
    "share",
    V(43.48, "%", tol=0.05),
    [
        "c|予以公开占办理结果总计的比例",
        "A|平潭2021予以公开占总计百分比",
    ],
    cells=["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
)  # 30/69 = 43.48 %
ask(
    P1,
    "share",
    V(91.43, "%", tol=0.05),
    [
        "c|个人申请占新收的多少",
        "F|平潭综合实验区2021年自然人申请占新收申请的比例是多少？",
    ],
    cells=["t3.new.np", "t3.new.tot"],
    calc="100*{t3.new.np}/{t3.new.tot}",
)  # 64/70 = 91.43 %
ask(
    P1,
    "consistency",
    VD("consistent", ["N"], {"text": 70, "done": 69, "carry": 1}),
    [
        "c|正文说收70件办结69件结转1件 和表三一致吗",
        "A|平潭2021正文申请数字和表三对得上吗",
    ],
    cells=["t3.new.tot", "t3.r7.tot", "t3.carry_out.tot"],
    quote="本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理",
    note="70 / 69 / 1 = 表三",
)
ask(
    P1,
    "consistency",
    VD("consistent", ["H1"], {"in": 70, "out": 70}),
    [
        "c|表三勾稽关系对不对",
        "F|平潭综合实验区2021年表三新收加结转是否等于办结加结转下年度？",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
    note="70 + 0 = 69 + 1",
)
ask(
    P1,
    "narrative",
    V(2645, "条"),
    [
        "F|平潭综合实验区2021年全年主动公开各级单位政府信息多少条？",
        "A|平潭21年主动公开信息条数",
    ],
    quote="全年主动公开我区各级单位政府信息2645条",
)
ask(
    P1,
    "narrative",
    V(20680, "批次"),
    [
        "c|农产品抽检情况发了多少批次",
    ],
    quote="通过微信公众号发布20680批次农产品抽检情况",
)
ask(
    P1,
    "narrative",
    V(29, "项"),
    [
        "F|2021年平潭综合实验区按“谁起草谁解读”原则解读了多少项重要政策文件？",
    ],
    quote="对29项涉及群众切身利益",
)
ask(
    P1,
    "narrative",
    V(2, "个"),
    [
        "c|这年关停的政务新媒体有几个",
    ],
    quote="先后关停未进行规范管理的政务新媒体2个",
)
ask(
    P1,
    "narrative",
    V(20, "期"),
    [
        "c|《问政平潭之有事您说》这个栏目推出了几期",
    ],
    quote="推出20期《问政平潭之有事您说》",
)
ask(
    P1,
    "narrative",
    CT("68海里景区观光区收费标准定价听证会"),
    [
        "A|平潭2021年召开了哪个定价听证会",
    ],
    quote="召开68海里景区观光区收费标准定价听证会",
)
ask(
    P1,
    "problems",
    CT("政策解读形式不够丰富"),
    [
        "F|平潭综合实验区2021年政府信息公开工作存在哪些主要问题？",
        "A|平潭2021年报问题",
    ],
    quote="政策解读形式不够丰富，未能充分运用数字化、图表图解等方式通俗易懂地解读政策文件",
)
ask(
    P1,
    "problems",
    CT("丰富政策解读形式"),
    [
        "c|针对这些问题的改进措施第一条是什么",
    ],
    quote="一是丰富政策解读形式",
)
ask(
    P1,
    "unanswerable",
    R(),
    [
        "c|规范性文件现行有效几件",
        "A|平潭2021年本年制发规范性文件数",
    ],
    note="asked as value: glued 表二 row 「693665」 with no unique split (gold null)",
)
ask(
    P1,
    "unanswerable",
    R(),
    [
        "c|现在还剩多少个政务新媒体",
        "A|平潭2021年网上申请多少件",
    ],
    note="asked as narrative: 2 closed, no count left; no channel breakdown",
)

# ================================================================ 平潭综合实验区 2022 (GF2021)
P2 = "pingtan-2022"
ask(
    P2,
    "value",
    V(74, "件"),
    [
        "F|平潭综合实验区2022年本年新收政府信息公开申请数量是多少？",
        "A|平潭2022年新收几件",
    ],
    cells=["t3.new.tot"],
)
ask(
    P2,
    "value",
    V(74, "件"),
    [
        "c|新收是75件吧",
    ],
    cells=["t3.new.tot"],
    note=WRONG + " (75 is 新收 74 + 上年结转 1)",
)
ask(
    P2,
    "value",
    V(3, "件"),
    [
        "c|商业企业申请几件",
    ],
    cells=["t3.new.biz"],
)
ask(
    P2,
    "value",
    V(9, "件"),
    [
        "F|平潭综合实验区2022年部分公开的申请有多少件？",
        "A|平潭二零二二年部分公开多少",
    ],
    cells=["t3.r2.tot"],
)
ask(
    P2,
    "value",
    V(1, "件"),
    [
        "c|商业企业那栏部分公开几件",
    ],
    cells=["t3.r2.biz"],
)
ask(
    P2,
    "value",
    V(2, "件"),
    [
        "A|平潭2022年属于四类过程性信息不予公开几件",
    ],
    cells=["t3.r3_6.tot"],
    note=POS,
)
ask(
    P2,
    "value",
    V(37, "件"),
    [
        "F|2022年平潭综合实验区以本机关不掌握相关政府信息为由无法提供的共多少件？",
        "A|平潭2022本机关不掌握几件",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    P2,
    "value",
    V(4, "件"),
    [
        "c|其他处理合计",
    ],
    cells=["t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"],
    note="2 + 0 + 2",
)
ask(
    P2,
    "value",
    V(2, "件"),
    [
        "c|商业企业其他处理第3目几件",
    ],
    cells=["t3.r6_3.biz"],
)
ask(
    P2,
    "value",
    V(75, "件"),
    [
        "A|平潭2022年办理结果总计",
    ],
    cells=["t3.r7.tot"],
)
ask(
    P2,
    "value",
    V(1, "件"),
    [
        "c|复议结果纠正几件",
    ],
    cells=["t4.rv.fix"],
)
ask(
    P2,
    "value",
    V(10690, "件"),
    [
        "F|平潭综合实验区2022年行政许可处理决定数量是多少？",
        "A|平潭2022行政许可一万多件 具体多少",
    ],
    cells=["t2.license.decisions"],
)
ask(
    P2,
    "value",
    V(698, "件"),
    [
        "A|平潭2022年现行有效规范性文件数",
    ],
    cells=["t2.norm.valid"],
)
ask(
    P2,
    "value",
    V(55, "件"),
    [
        "c|废止了多少件规范性文件",
    ],
    cells=["t2.norm.repealed"],
)
ask(
    P2,
    "value",
    V(9116.36, "万元"),
    [
        "A|平潭2022收费金额多少万元",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    P2,
    "narrative",
    V(75, "件"),
    [
        "c|正文说全区收到多少申请",
    ],
    quote="全区收到政府信息公开申请75件",
)
ask(
    P2,
    "narrative",
    V(14571, "条"),
    [
        "F|2022年平潭综合实验区全区主动公开的政府信息总计多少条？",
        "A|平潭2022主动公开信息约多少万条",
    ],
    quote="2022年全区共主动公开政府信息14571条",
    note=UNIT,
)
ask(
    P2,
    "narrative",
    V(33, "个"),
    [
        "A|平潭2022年全区现存政务新媒体数",
    ],
    quote="全区现存的33个政务新媒体",
)
ask(
    P2,
    "narrative",
    V(8, "个"),
    [
        "c|公共企事业单位信息公开了几个领域",
    ],
    quote="供气等8个领域公共企事业单位信息",
)
ask(
    P2,
    "narrative",
    V(77, "条"),
    [
        "c|规划专栏公开了多少条",
    ],
    quote="本年度公开信息77条",
)
ask(
    P2,
    "narrative",
    V(3, "轮"),
    [
        "A|平潭2022年推进了几轮督促整改",
    ],
    quote="推进3轮督促整改工作",
)
ask(
    P2,
    "narrative",
    V(100, "%"),
    [
        "c|申请办结率多少",
    ],
    quote="均在法定期限内予以答复，办结率100%",
)
ask(
    P2,
    "consistency",
    VD("consistent", ["N"], {"text": 75, "new": 74, "carry": 1}),
    [
        "F|平潭综合实验区2022年正文“收到申请75件”与表三本年新收74件是否矛盾？",
        "A|平潭2022正文75件和表三74件对得上吗",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot"],
    quote="全区收到政府信息公开申请75件",
    note="75 = 新收 74 + 上年结转 1",
)
ask(
    P2,
    "consistency",
    VD("consistent", ["N"], {"np": 72, "biz": 3}),
    [
        "c|自然人72件商业企业3件 跟表三对得上吗",
        "A|平潭2022正文按申请人分的数和表三一致吗",
    ],
    cells=["t3.new.np", "t3.carry_in.np", "t3.new.biz"],
    quote="涉及自然人72件、商业企业3件",
    note="72 = 71 + 1 (新收 + 结转), 3 = 3",
)
ask(
    P2,
    "consistency",
    VD("consistent", ["N"], {"rv": 2, "lit": 1}),
    [
        "c|正文说复议2件诉讼1件 表四一样吗",
    ],
    cells=["t4.rv.tot", "t4.ld.tot", "t4.lr.tot"],
    quote="共有行政诉讼案件1件",
    note="rv 2, ld 1 + lr 0",
)
ask(
    P2,
    "problems",
    CT("重大行政决策预公开程度需进一步加强"),
    [
        "F|平潭综合实验区2022年政府信息公开工作存在哪些问题和不足？",
        "A|平潭2022年报问题和不足",
    ],
    quote="一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一",
)
ask(
    P2,
    "problems",
    CT("重点项目建设未进行全流程信息公开"),
    [
        "c|重点领域公开有什么不足",
        "A|平潭2022重点领域信息公开存在什么问题",
    ],
    quote="重点项目建设未进行全流程信息公开",
)
ask(
    P2,
    "problems",
    CT("座谈会、听证会、问卷调查和民意调查"),
    [
        "c|意见征集准备用哪些方式",
    ],
    quote="将座谈会、听证会、问卷调查和民意调查等多种方式广泛听取意见",
)
ask(
    P2,
    "unanswerable",
    R(),
    [
        "c|开了几场听证会",
        "A|平潭2022年听证会场次",
    ],
    note="asked as narrative: 听证会 named as a plan, no count",
)
ask(
    P2,
    "unanswerable",
    R(),
    [
        "c|明年收了多少申请",
        "A|平潭2023年新收申请多少件",
        "F|福州市人民政府2022年新收政府信息公开申请多少件？",
    ],
    note="asked as value: 平潭 2023 and 福州市 not in the store",
)

# ================================================================ 上海市科委 2024 (GF2021, Markdown; 结转下年度 总计 blank)
K = "shanghai-kewei-2024"
ask(
    K,
    "value",
    V(34, "件"),
    [
        "F|2024年上海市科学技术委员会表三本年新收政府信息公开申请共多少件？",
        "A|上海市科委24年新收申请",
    ],
    cells=["t3.new.tot"],
)
ask(
    K,
    "value",
    V(2, "件"),
    [
        "c|商业企业那一栏新收了几件",
    ],
    cells=["t3.new.biz"],
)
ask(
    K,
    "value",
    V(2, "件"),
    [
        "F|上海市科学技术委员会2024年上年结转政府信息公开申请数量是多少？",
    ],
    cells=["t3.carry_in.tot"],
)
ask(
    K,
    "value",
    V(10, "件"),
    [
        "F|上海市科学技术委员会2024年“申请人无正当理由逾期不补正、行政机关不再处理”的有多少件？",
        "A|上海科委2024逾期不补正不再处理的件数",
    ],
    cells=["t3.r6_1.tot"],
    note=POS,
)
ask(
    K,
    "value",
    V(2, "件"),
    [
        "c|商业企业逾期不补正的有几件",
    ],
    cells=["t3.r6_1.biz"],
)
ask(
    K,
    "value",
    V(14, "件"),
    [
        "c|其他处理一共多少",
    ],
    cells=["t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"],
    note="10 + 0 + 4",
)
ask(
    K,
    "value",
    V(6, "件"),
    [
        "F|上海市科学技术委员会2024年“没有现成信息需要另行制作”的申请有几件？",
        "A|科委2024需另行制作无法提供几件",
    ],
    cells=["t3.r4_2.tot"],
)
ask(
    K,
    "value",
    V(2, "件"),
    [
        "A|上海市科委2024不予公开合计",
    ],
    cells=S3,
    note="1 + 1 (r3_5, r3_6)",
)
ask(
    K,
    "value",
    V(0, "件"),
    [
        "c|部分公开有吗",
    ],
    cells=["t3.r2.tot"],
)
ask(
    K,
    "value",
    V(35, "件"),
    [
        "A|科委2024办理结果总计",
    ],
    cells=["t3.r7.tot"],
)
ask(
    K,
    "value",
    BL(),
    [
        "F|上海市科学技术委员会2024年表三“结转下年度继续办理”的总计栏是多少？",
        "A|上海市科委2024结转下年度总计",
    ],
    cells=["t3.carry_out.tot"],
    note="总计 printed blank; 自然人 column says 1",
)
ask(
    K,
    "value",
    V(1, "件"),
    [
        "c|结转下年度 自然人那栏是几",
    ],
    cells=["t3.carry_out.np"],
)
ask(
    K,
    "value",
    V(1, "件"),
    [
        "F|上海市科学技术委员会2024年因政府信息公开被申请行政复议多少件？",
        "A|上海科委2024行政复议总计",
    ],
    cells=["t4.rv.tot"],
)
ask(
    K,
    "value",
    V(97, "件"),
    [
        "c|行政许可的处理决定有多少件",
    ],
    cells=["t2.license.decisions"],
)
ask(
    K,
    "value",
    V(55, "件"),
    [
        "F|上海市科学技术委员会2024年现行有效规范性文件件数是多少？",
    ],
    cells=["t2.norm.valid"],
)
ask(
    K,
    "value",
    V(13, "件"),
    [
        "c|制发了几件规范性文件",
    ],
    cells=["t2.norm.made"],
)
ask(
    K,
    "consistency",
    VD("inconsistent", ["H1"], {"in": 36, "out": 35}),
    [
        "F|上海市科学技术委员会2024年表三新收与结转之和是否等于办理结果总计与结转下年度之和？",
        "A|上海市科委2024表三平不平",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
    note="34 + 2 = 36 vs 35 + blank",
)
ask(
    K,
    "consistency",
    VD("inconsistent", ["N"], {"printed": 2139, "parts": 2160}),
    [
        "F|“上海科技”网站2024年全年发布信息总数与其分类数之和是否一致？",
        "A|科委2024网站发布信息分项相加等于2139吗",
    ],
    quote="“上海科技”网站全年累计发布信息 2139 条，其中动态类信息发布 1744 条，政务信息发布 393 条，解读类信息发布 21 条，回应公众关注热点信息 2 条",
    note="1744 + 393 + 21 + 2 = 2160 ≠ 2139",
)
ask(
    K,
    "consistency",
    VD("consistent", ["N"], {"text": 14, "table": 14}),
    [
        "c|正文说其他处理14件 表里也是14吗",
        "A|上海市科委2024正文其他处理数与表三一致吗",
    ],
    cells=["t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"],
    quote="其他处理 14 件",
    note="10 + 0 + 4 = 14",
)
ask(
    K,
    "narrative",
    V(393, "件"),
    [
        "F|2024年上海市科学技术委员会在部门网站当年发布的政府信息共多少件？",
    ],
    quote="当年发布政府信息 393 件",
)
ask(
    K,
    "narrative",
    V(1016823, "人"),
    [
        "A|科委微信公众号关注人数大概多少万",
        "F|“上海科技”微信公众号关注人数达到多少？",
    ],
    quote="微信公众号目前关注人数达 1016823 人",
    note=UNIT,
)
ask(
    K,
    "narrative",
    V(584, "条"),
    [
        "c|视频号发了多少条短视频",
    ],
    quote="“上海科技”视频号共制作并发布短视频 584 条",
)
ask(
    K,
    "narrative",
    V(118, "场"),
    [
        "F|“上海科技”视频号2024年直播多少场？",
    ],
    quote="直播 118 场",
)
ask(
    K,
    "narrative",
    V(294, "篇"),
    [
        "c|公众号原创文章有几篇",
    ],
    quote="其中原创文章 294篇",
)
ask(
    K,
    "narrative",
    V(121, "条"),
    [
        "c|集成式发布政策推送了多少条",
    ],
    quote="累计批量推送集成式发布政策 121 条",
)
ask(
    K,
    "narrative",
    V(85, "件"),
    [
        "A|上海市科委2024主合办政协提案复文数",
    ],
    quote="主合办政协提案 85 件",
)
ask(
    K,
    "narrative",
    V(5, "个"),
    [
        "c|阅办联动的高频事项有几个",
    ],
    quote="市科委 5 个高频事项",
)
ask(
    K,
    "narrative",
    CT("未被复议审查机关纠错"),
    [
        "c|那件行政复议结果如何 被纠错了吗",
    ],
    quote="该行政复议件未被复议审查机关纠错",
)
ask(
    K,
    "problems",
    CT("内设机构和职能发生较大调整"),
    [
        "F|上海市科学技术委员会2024年政府信息公开工作的主要问题是什么？",
        "A|上海市科委2024年报主要问题",
    ],
    quote="内设机构和职能发生较大调整",
)
ask(
    K,
    "problems",
    CT("张江高新区"),
    [
        "c|针对机构改革开了什么专栏",
        "A|科委2024年改进措施里新开设了哪个专栏",
    ],
    quote="开设“张江高新区”专栏",
)
ask(
    K,
    "unanswerable",
    R(),
    [
        "c|上一年度收到的信息公开申请有多少",
        "A|上海市科委2023年新收申请多少件",
        "F|上海市科学技术委员会2022年行政复议多少件？",
    ],
    note="asked as value: 科委 2022/2023 not in the store",
)
ask(
    K,
    "unanswerable",
    R(),
    [
        "c|微博粉丝有多少",
        "A|科委2024抖音发布了多少条视频",
    ],
    note="asked as narrative: no 微博 / 抖音 figure",
)
ask(
    K,
    "unanswerable",
    R(),
    [
        "C|上海市教委2024年收到多少信息公开申请",
        "F|上海市经济和信息化委员会2024年行政复议几件？",
    ],
    note="asked as value: agencies not in the store",
)

# ================================================================ 上海市人民政府办公厅 2019 (GF2019, HTML; 总计 column blank on result rows)
S = "shanghai-office-2019"
ask(
    S,
    "value",
    V(859, "件"),
    [
        "F|上海市人民政府办公厅2019年本年新收政府信息公开申请数量为多少？",
        "A|上海市府办19年新收申请",
    ],
    cells=["t3.new.tot"],
)
ask(
    S,
    "value",
    V(821, "件"),
    [
        "A|上海市政府办公厅2019年自然人申请数",
    ],
    cells=["t3.new.np"],
)
ask(
    S,
    "value",
    V(35, "件"),
    [
        "c|商业企业申请了多少",
    ],
    cells=["t3.new.biz"],
)
ask(
    S,
    "value",
    BL(),
    [
        "A|上海市府办2019科研机构申请数",
    ],
    cells=["t3.new.sci"],
    note="科研机构 cell printed blank",
)
ask(
    S,
    "value",
    V(2, "件"),
    [
        "c|法律服务机构申请几件",
    ],
    cells=["t3.new.law"],
)
ask(
    S,
    "value",
    V(18, "件"),
    [
        "F|上海市人民政府办公厅2019年上年结转政府信息公开申请数量是多少？",
    ],
    cells=["t3.carry_in.tot"],
)
ask(
    S,
    "value",
    BL(),
    [
        "F|上海市人民政府办公厅2019年表三予以公开一行的总计栏是多少？",
        "A|上海市府办2019予以公开总计",
    ],
    cells=["t3.r1.tot"],
    note="总计 printed blank; columns 258+12+1+1 = 272",
)
ask(
    S,
    "value",
    V(258, "件"),
    [
        "c|予以公开里自然人那一栏是多少",
    ],
    cells=["t3.r1.np"],
)
ask(
    S,
    "value",
    V(148, "件"),
    [
        "F|上海市人民政府办公厅2019年信访举报投诉类申请（自然人）有多少件？",
    ],
    cells=["t3.r5_1.np"],
)
ask(
    S,
    "value",
    V(252, "件"),
    [
        "c|本机关不掌握 自然人栏多少",
    ],
    cells=["t3.r4_1.np"],
)
ask(
    S,
    "value",
    V(805, "件"),
    [
        "F|上海市人民政府办公厅2019年表三（七）总计是多少件？",
        "A|上海市府办2019办结总计",
    ],
    cells=["t3.r7.tot"],
)
ask(
    S,
    "value",
    V(72, "件"),
    [
        "A|上海市府办2019结转下年度",
    ],
    cells=["t3.carry_out.tot"],
)
ask(
    S,
    "value",
    V(7, "件"),
    [
        "c|行政复议多少件",
    ],
    cells=["t4.rv.tot"],
)
ask(
    S,
    "value",
    V(2, "件"),
    [
        "A|上海市府办2019复议尚未审结",
    ],
    cells=["t4.rv.pend"],
)
ask(
    S,
    "value",
    V(9, "件"),
    [
        "c|直接起诉的诉讼几件",
    ],
    cells=["t4.ld.tot"],
)
ask(
    S,
    "value",
    V(1, "件"),
    [
        "c|直接起诉里尚未审结的有几件",
    ],
    cells=["t4.ld.pend"],
)
ask(
    S,
    "value",
    V(524, "件"),
    [
        "F|2019年上海市人民政府办公厅规章的对外公开总数量为多少件？",
        "A|上海市府办2019规章对外公开总数",
    ],
    cells=["t2.reg.total_public"],
)
ask(
    S,
    "value",
    V(368, "件"),
    [
        "A|上海市政府办公厅2019规范性文件对外公开总数量",
    ],
    cells=["t2.norm.total_public"],
)
ask(
    S,
    "value",
    V(251000, "元"),
    [
        "F|2019年上海市人民政府办公厅政府集中采购的总金额是多少元？",
        "A|上海市府办2019集中采购金额多少万元",
    ],
    cells=["t2.procurement.amount"],
    note=UNIT,
)
ask(
    S,
    "value",
    V(6, None),
    [
        "c|政府集中采购项目几个",
    ],
    cells=["t2.procurement.items"],
)
ask(
    S,
    "narrative",
    V(12.3, "%"),
    [
        "F|上海市人民政府办公厅2019年申请数量较上年回落的幅度是多少？",
        "A|上海市府办2019申请比2018年回落百分之几",
    ],
    quote="申请数量较去年回落12.3%",
)
ask(
    S,
    "narrative",
    V(258, "件"),
    [
        "c|正文说予以公开及部分公开多少件",
    ],
    quote="予以公开及部分公开258件",
)
ask(
    S,
    "narrative",
    V(265, "件"),
    [
        "c|正文说无法提供的多少件",
    ],
    quote="因本机关不掌握等原因无法提供265件",
)
ask(
    S,
    "narrative",
    V(19.6, "%"),
    [
        "A|上海市府办2019不予处理占比",
    ],
    quote="不予处理158件，占19.6%",
)
ask(
    S,
    "narrative",
    V(99.58, "%"),
    [
        "F|上海市人民政府办公厅2019年政务服务“好差评”好评占比是多少？",
        "A|上海市府办好评率是不是九成九以上 具体多少",
    ],
    quote="好评数占评价总数99.58%",
)
ask(
    S,
    "narrative",
    V(0.34, "%"),
    [
        "c|差评占了多少",
    ],
    quote="差评数占评价量总数的0.34%",
)
ask(
    S,
    "narrative",
    V(2261, "项"),
    [
        "F|上海市“一网通办”统一受理平台接入了多少项事项？",
        "A|上海市府办2019一网通办接入事项",
    ],
    quote="统一受理平台接入53个部门2261项事项",
)
ask(
    S,
    "narrative",
    V(132, "件"),
    [
        "c|门户网站发布政策解读多少件",
    ],
    quote="发布政策解读共132件",
)
ask(
    S,
    "narrative",
    V(90.2, "%"),
    [
        "c|经审核的市政府公文主动公开率达到多少",
    ],
    quote="市政府公文主动公开率达90.2%",
)
ask(
    S,
    "narrative",
    V(24, "期"),
    [
        "F|上海市人民政府办公厅2019年共编发《上海市人民政府公报》多少期？",
    ],
    quote="全年共编发公报24期",
)
ask(
    S,
    "narrative",
    V(70, "家"),
    [
        "c|每季度检查多少家政府网站",
    ],
    quote="每季度对本市处于正常运行状态的70家政府网站开展全面检查",
)
ask(
    S,
    "narrative",
    V(550, "万"),
    [
        "A|上海市政府“上海发布”公众号用户突破多少万",
    ],
    quote="“上海发布”微信公众号用户已突破550万",
)
ask(
    S,
    "narrative",
    V(41, "条"),
    [
        "c|进博会抖音发了几条短视频",
    ],
    quote="41条短视频播放量超2300万",
)
ask(
    S,
    "narrative",
    V(162, "件"),
    [
        "c|市政府其他文件主动公开了多少件",
    ],
    quote="市政府其他文件162件",
)
ask(
    S,
    "narrative",
    CT("均获维持"),
    [
        "c|那些复议和诉讼结果怎么样",
    ],
    quote="信息公开类行政复议7件，诉讼9件，均获维持",
)
ask(
    S,
    "consistency",
    VD("inconsistent", ["N"], {"text": 265, "table": 337}),
    [
        "c|正文说无法提供265件 表里无法提供一共多少 对得上吗",
        "A|上海市府办2019无法提供正文和表三一致吗",
    ],
    cells=["t3.r4_1.np", "t3.r4_1.biz", "t3.r4_1.law", "t3.r4_2.np", "t3.r4_2.biz", "t3.r4_3.np"],
    quote="因本机关不掌握等原因无法提供265件",
    note="表三 （四）: 252+12+1 + 44+3 + 25 = 337; 265 is row （四）1 only",
)
ask(
    S,
    "consistency",
    VD("consistent", ["N"], {"text": 35, "table": 35}),
    [
        "c|正文不予公开35件和表里一致吗",
        "F|上海市人民政府办公厅2019年正文所述不予公开35件与表三不予公开各栏之和是否一致？",
    ],
    cells=["t3.r3_1.np", "t3.r3_5.np", "t3.r3_6.np", "t3.r3_6.biz", "t3.r3_8.np", "t3.r3_8.biz"],
    quote="不予公开35件",
    note="14 + 5 + 3 + 1 + 10 + 2 = 35",
)
ask(
    S,
    "consistency",
    VD("inconsistent", ["N"], {"answered": 805, "parts": 716}),
    [
        "c|正文里五种答复结果加起来等于805吗",
        "A|上海市府办2019正文各类答复数加起来等于答复总数吗",
    ],
    quote="答复政府信息公开申请805件",
    note="258 + 35 + 265 + 158 + 0 = 716 ≠ 805",
)
ask(
    S,
    "problems",
    CT("政策解读方式不够多元"),
    [
        "F|上海市人民政府办公厅2019年政府信息公开工作存在哪些主要问题？",
        "A|上海市府办2019年报主要问题",
    ],
    quote="四是政策解读方式不够多元，精准解读效果仍需提高",
)
ask(
    S,
    "problems",
    CT("抓紧修订出台《上海市政府信息公开规定》"),
    [
        "c|改进措施第一条讲的是什么",
        "A|上海市政府办公厅2019改进措施中关于条例落实的是什么",
    ],
    quote="抓紧修订出台《上海市政府信息公开规定》",
)
ask(
    S,
    "unanswerable",
    R(),
    [
        "c|本年废止了多少件规范性文件",
        "A|上海市府办2019行政事业性收费金额",
    ],
    note="asked as value: GF2019 has no 本年废止 / fee amount column",
)
ask(
    S,
    "unanswerable",
    R(),
    [
        "c|去年受理了几件公开申请",
        "A|上海市府办2020年度新收的申请数",
        "F|上海市人民政府办公厅2018年政府信息公开申请数量是多少？",
    ],
    note="asked as value: 上海市府办 2018/2020 not in the store (2019 text gives only a 12.3 % drop)",
)
ask(
    S,
    "unanswerable",
    R(),
    [
        "c|抖音粉丝多少",
        "F|国务院办公厅2019年收到政府信息公开申请多少件？",
    ],
    note="asked as narrative/value: no 抖音 follower figure; 国务院办公厅 not stored",
)

# ================================================================ 河北省科学技术厅 2018–2023 (unlabeled; read off the text)
J8, J9, J0, J1, J2, J3 = (f"hebei-kjt-{y}" for y in (2018, 2019, 2020, 2021, 2022, 2023))
ask(
    J8,
    "narrative",
    V(3, "件"),
    [
        "F|2018年河北省科学技术厅一共收到政府信息公开申请多少件？",
        "A|省科技厅2018年依申请公开几件",
    ],
    quote="2018年，我厅收到政府信息公开申请3件",
)
ask(
    J8,
    "narrative",
    V(400, "条"),
    [
        "A|河北省科技厅2018年网站主动公开信息大约多少条",
    ],
    quote="在厅门户网站主动公开各类政府信息400余条",
)
ask(
    J8,
    "narrative",
    V(179, "件"),
    [
        "c|向档案馆图书馆交了多少件",
    ],
    quote="按时向省档案馆、省图书馆提交主动公开的政府信息资料179件",
)
ask(
    J8,
    "narrative",
    V(3, "次"),
    [
        "A|省科技厅2018新闻发布会次数",
    ],
    quote="全年共举办参加新闻发布会3次",
)
ask(
    J8,
    "problems",
    CT("工作人员业务能力和水平也需进一步提升"),
    [
        "c|2018年报说有什么差距",
        "A|河北省科技厅2018年报的不足",
    ],
    quote="工作人员业务能力和水平也需进一步提升",
)
ask(
    J9,
    "narrative",
    V(0, "件"),
    [
        "F|2019年河北省科学技术厅一共收到政府信息公开申请多少件？",
        "A|省科技厅2019依申请公开数量",
    ],
    quote="2019年未收到政府信息公开申请",
)
ask(
    J9,
    "narrative",
    V(85, "条"),
    [
        "c|批转过来的网民留言有几条",
    ],
    quote="收到厅网站和省政府门户网站批转的各类网民留言85条",
)
ask(
    J9,
    "narrative",
    V(1111, "条"),
    [
        "F|“科技河北”微信公众平台2019年累计发布信息多少条？",
    ],
    quote="“科技河北”微信公众平台累计发布信息1111条",
)
ask(
    J9,
    "narrative",
    V(883, "条"),
    [
        "c|向中国河北门户网站报送了多少条",
    ],
    quote="向中国河北门户网站报送信息883条",
)
ask(
    J9,
    "narrative",
    V(5, "次"),
    [
        "c|那年举办参加新闻发布会一共几次",
    ],
    quote="我厅共举办参加新闻发布会5次",
)
ask(
    J9,
    "problems",
    CT("对部分政策宣传解读不到位", "信息公开范围不全面"),
    [
        "c|2019年存在啥问题",
        "F|河北省科学技术厅2019年政府信息公开工作存在哪些问题？",
    ],
    quote="存在对部分政策宣传解读不到位、信息公开范围不全面等问题",
)
ask(
    J9,
    "unanswerable",
    R(),
    [
        "c|主动公开表格里行政许可多少",
        "A|河北省科技厅2019年规范性文件对外公开总数量",
    ],
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
    note="asked as value: 2019 主动公开 tables not in the text (heading only)",
)
ask(
    J0,
    "narrative",
    V(0, "件"),
    [
        "A|省科技厅2020年收到多少政府信息公开申请",
    ],
    quote="2020年未收到政府信息公开申请",
)
ask(
    J0,
    "narrative",
    V(316, "条"),
    [
        "c|厅门户网站这年主动公开的文件信息有多少条",
    ],
    quote="全年在厅门户网站主动公开各类文件信息316条",
)
ask(
    J0,
    "narrative",
    V(157, "条"),
    [
        "A|河北省科技厅2020网民留言数",
    ],
    quote="收到厅网站和省政府网站批转的各类网民留言157条",
)
ask(
    J0,
    "narrative",
    V(7, "次"),
    [
        "c|新闻发布会举办参加了几次啊",
    ],
    quote="2020年，我厅共举办参加新闻发布会7次",
)
ask(
    J0,
    "narrative",
    V(5.1, "万人"),
    [
        "A|省科技厅2020年微博微信关注总量大约多少人",
    ],
    quote="我厅微博、微信关注总量达5.1万余人",
    note=UNIT,
)
ask(
    J0,
    "narrative",
    V(106, "万"),
    [
        "c|阅读量达到多少",
    ],
    quote="阅读量达106万",
)
ask(
    J0,
    "value",
    BL(),
    [
        "c|表里行政处罚的处理决定数量填的多少",
    ],
    quote="处理决定数量行政处罚行政强制第二十条第（八）项",
    note="行政处罚 row printed empty",
)
ask(
    J0,
    "problems",
    CT("科技政策宣传解读覆盖不完全"),
    [
        "c|2020年的问题是啥",
        "A|河北省科技厅2020年报问题",
    ],
    quote="但也存在科技政策宣传解读覆盖不完全、信息公开范围需进一步优化等问题",
)
ask(
    J1,
    "value",
    V(2, "件"),
    [
        "F|河北省科学技术厅2021年本年新收政府信息公开申请数量是多少？",
        "A|省科技厅2021新收申请",
    ],
    quote="2021年收到政府信息公开申请2件",
)
ask(
    J1,
    "value",
    V(1689, "件"),
    [
        "A|河北省科技厅2021年行政许可数量",
    ],
    quote="行政许可1689",
)
ask(
    J1,
    "value",
    V(1, "件"),
    [
        "c|予以公开的那一行是几件",
    ],
    quote="（一）予以公开1000001",
)
ask(
    J1,
    "value",
    V(1, "件"),
    [
        "F|河北省科学技术厅2021年因属于三类内部事务信息不予公开的申请有几件？",
    ],
    quote="5.属于三类内部事务信息1000001",
)
ask(
    J1,
    "value",
    BL(),
    [
        "c|行政强制决定多少",
    ],
    quote="行政处罚0行政强制第二十条第（八）项",
    note="行政强制 printed empty",
)
ask(
    J1,
    "narrative",
    V(4818, "篇"),
    [
        "F|河北省科学技术厅2021年门户网站发布各类信息多少篇？",
        "A|省科技厅2021网站发布信息篇数",
    ],
    quote="各类信息4818篇",
)
ask(
    J1,
    "narrative",
    V(29, "件"),
    [
        "A|省科技厅2021办理建议提案复文数",
    ],
    quote="由我厅办理的省人大代表建议政协提案复文共29件",
)
ask(
    J1,
    "narrative",
    V(1261, "篇"),
    [
        "c|科技河北公众号全年发了多少篇",
    ],
    quote="“科技河北”微信公众号全年发布信息1261篇",
)
ask(
    J1,
    "narrative",
    V(36, "件"),
    [
        "c|政策直通车上传了多少件政策文件",
    ],
    quote="目前已累计上传发布政策文件36件",
)
ask(
    J1,
    "narrative",
    V(7, "次"),
    [
        "c|那年开新闻发布会几次",
    ],
    quote="举办参加新闻发布会7次",
)
ask(
    J1,
    "problems",
    CT("推送不够精准"),
    [
        "F|河北省科学技术厅2021年信息公开工作存在哪些问题？",
        "A|省科技厅2021年报主要问题",
    ],
    quote="但也还存在政策解读形式不够丰富、覆盖面不完全、推送不够精准等问题",
)
ask(
    J1,
    "unanswerable",
    R(),
    [
        "c|视频号粉丝多少",
        "A|河北省科技厅2021视频号发了多少条",
    ],
    quote="“科技河北”微信公众号全年发布信息1261篇",
    note="asked as narrative: 2021 names no 视频号 figure",
)
ask(
    J2,
    "value",
    V(11, "件"),
    [
        "F|河北省科学技术厅2022年本年新收政府信息公开申请数量是多少？",
        "A|省科技厅22年新收申请",
    ],
    quote="2022年收到政府信息公开申请11件",
)
ask(
    J2,
    "value",
    V(10, "件"),
    [
        "A|河北省科技厅2022予以公开件数",
    ],
    quote="（一）予以公开100000010",
)
ask(
    J2,
    "value",
    V(1153, "件"),
    [
        "c|行政许可决定有几件",
    ],
    quote="行政许可　　1153",
)
ask(
    J2,
    "value",
    V(49, "件"),
    [
        "A|省科技厅2022现行有效规范性文件",
    ],
    quote="行政规范性文件　　13　　8　　49",
)
ask(
    J2,
    "value",
    V(13, "件"),
    [
        "c|这年规范性文件制发了多少件",
    ],
    quote="行政规范性文件　　13　　8　　49",
)
ask(
    J2,
    "narrative",
    V(70, "件"),
    [
        "F|河北省科学技术厅2022年对多少件文件规范性文件进行了清理？",
        "A|河北省科技厅2022清理文件数",
    ],
    quote="对70件文件规范性文件进行清理",
)
ask(
    J2,
    "narrative",
    V(23, "件"),
    [
        "c|列入限期修改的有几件",
    ],
    quote="23件文件列入限期修改",
)
ask(
    J2,
    "narrative",
    V(263, "条"),
    [
        "F|“科技河北”视频号2022年发布信息多少条？",
    ],
    quote="“科技河北”视频号发布信息263条",
)
ask(
    J2,
    "narrative",
    V(3.7, "万人"),
    [
        "c|公众号关注人数多少",
    ],
    quote="微信公众号关注人数达3.7万人",
)
ask(
    J2,
    "narrative",
    V(129, "件"),
    [
        "c|向两馆一中心转交了多少件文件",
    ],
    quote="全年向“两馆一中心”转交文件129件",
)
ask(
    J2,
    "consistency",
    VD("consistent", ["N"], {"total": 70, "kept": 39, "revise": 23, "repealed": 8}),
    [
        "F|河北省科学技术厅2022年规范性文件清理结果各项之和是否等于清理总数？",
        "A|省科技厅2022清理结果分项相加等于70吗",
    ],
    quote="对70件文件规范性文件进行清理，其中39件文件保留，23件文件列入限期修改，8件文件予以废止或宣布失效",
    note="39 + 23 + 8 = 70",
)
ask(
    J2,
    "consistency",
    VD("consistent", ["N"], {"text": 8, "table": 8}),
    [
        "c|正文废止8件和表二本年废止件数一致吗",
        "A|河北省科技厅2022正文废止数和表二对得上吗",
    ],
    quote="8件文件予以废止或宣布失效",
    note="表二 行政规范性文件 13 / 8 / 49: 本年废止 8",
)
ask(
    J2,
    "problems",
    CT("信息公开平台相关栏目和内容分类仍需进一步优化"),
    [
        "c|2022年报说哪里还要优化",
        "A|省科技厅2022年报存在的问题",
    ],
    quote="信息公开平台相关栏目和内容分类仍需进一步优化",
)
ask(
    J2,
    "unanswerable",
    R(),
    [
        "c|办理结果总计到底是多少",
        "A|河北省科技厅2022年表三总计栏多少",
    ],
    quote="（七）总计20000011",
    note="asked as value: glued 「（七）总计20000011」 has no split that adds up (H2/H3)",
)
ask(
    J2,
    "unanswerable",
    R(),
    [
        "c|这一年新闻发布会开过几场",
        "A|省科技厅2022新闻发布会次数",
    ],
    quote="各类信息5009篇",
    note="asked as narrative: 2022 gives no 新闻发布会 count",
)
ask(
    J3,
    "value",
    V(17, "件"),
    [
        "F|河北省科学技术厅2023年本年新收政府信息公开申请数量是多少？",
        "A|省科技厅2023新收几件",
    ],
    quote="2023年收到政府信息公开申请17件",
)
ask(
    J3,
    "value",
    V(17, "件"),
    [
        "A|河北省科技厅2023年予以公开",
    ],
    quote="（一）予以公开170000017",
)
ask(
    J3,
    "value",
    V(1029, "件"),
    [
        "c|行政许可多少",
    ],
    quote="行政许可1029",
)
ask(
    J3,
    "narrative",
    V(100, "%"),
    [
        "c|申请的办结率是百分之几",
    ],
    quote="办结率100%",
)
ask(
    J3,
    "narrative",
    V(4987, "篇"),
    [
        "A|省科技厅2023网站发布信息篇数",
    ],
    quote="各类信息4987篇",
)
ask(
    J3,
    "narrative",
    V(41, "件"),
    [
        "c|办理的建议提案复文一共几件",
    ],
    quote="由我厅办理的省人大代表建议政协提案复文共41件",
)
ask(
    J3,
    "narrative",
    V(14, "场次"),
    [
        "A|河北省科技厅2023开展线上直播场次",
    ],
    quote="开展线上直播14场次",
)
ask(
    J3,
    "narrative",
    V(6.6, "万人"),
    [
        "c|公众号关注多少人",
    ],
    quote="微信公众号关注人数达6.6万人",
    note="second phrasing: " + WRONG,
)
ask(
    J3,
    "narrative",
    V(119, "件"),
    [
        "c|转交两馆一中心的文件多少件",
    ],
    quote="全年转交文件119件",
)
ask(
    J3,
    "narrative",
    V(49, "件"),
    [
        "A|河北省科技厅2023年清理后保留规范性文件数",
    ],
    quote="其中49件保留",
)
ask(
    J3,
    "consistency",
    VD("consistent", ["N"], {"total": 53, "kept": 49, "revise": 3, "repealed": 1}),
    [
        "c|清理53件 保留49修改3废止1 对得上吗",
        "F|河北省科学技术厅2023年规范性文件清理分项之和是否等于53件？",
    ],
    quote="对53件文件规范性文件进行清理，其中49件保留、3件列入限期修改、1件予以废止或宣布失效",
    note="49 + 3 + 1 = 53",
)
ask(
    J3,
    "consistency",
    VD("consistent", ["H1"], {"in": 17, "out": 17}),
    [
        "c|表三新收和办理总计对得上吗",
        "A|省科技厅2023表三勾稽关系",
    ],
    quote="（七）总计170000017四、结转下年度继续办理0000000",
    note="17 + 0 = 17 + 0",
)
ask(
    J3,
    "problems",
    CT("服务类信息占比仍然不高"),
    [
        "F|河北省科学技术厅2023年政府信息公开工作的差距和不足有哪些？",
        "A|河北省科技厅2023年报问题",
    ],
    quote="服务类信息占比仍然不高",
)
ask(
    J3,
    "problems",
    CT("连心桥"),
    [
        "c|下一步第一条措施说要搭建什么",
        "A|省科技厅2023改进措施里要和创新主体搭建什么",
    ],
    quote="积极搭建与创新主体之间的“连心桥”",
)
ask(
    J3,
    "unanswerable",
    R(),
    [
        "c|微博粉丝多少",
        "A|河北省科技厅2023微博关注量",
    ],
    quote="微信公众号关注人数达6.6万人，视频号关注量达1.8万余人",
    note="asked as narrative: 2023 gives 公众号 and 视频号 followers, none for 微博",
)
ask(
    J3,
    "unanswerable",
    R(),
    [
        "c|下一年收到多少申请",
        "A|省科技厅2024年新收申请多少",
        "F|河北省科学技术厅2017年收到多少政府信息公开申请？",
    ],
    quote="2023年收到政府信息公开申请17件",
    note="asked as value: 科技厅 2017 / 2024 not in the store",
)

# ================================================================ 河北省人力资源和社会保障厅 2019, 2020, 2023 (unlabeled; tables are images)
R9, R0, R3 = "hebei-rst-2019", "hebei-rst-2020", "hebei-rst-2023"
ask(
    R9,
    "narrative",
    V(64, "件"),
    [
        "F|2019年河北省人力资源和社会保障厅全年受理的政府信息公开申请共多少件？",
        "A|河北人社厅2019受理申请数",
    ],
    quote="全年共受理政府信息公开申请64件",
)
ask(
    R9,
    "narrative",
    V(402, "万人次"),
    [
        "c|12333咨询电话那年来电总量多少",
    ],
    quote="12333咨询电话来电总量402万人次",
)
ask(
    R9,
    "narrative",
    V(31.6, "%"),
    [
        "F|河北省人力资源和社会保障厅2019年12333来电总量比上年同期增长多少？",
        "A|省人社厅2019年12333来电同比增幅",
    ],
    quote="比去年同期增长31.6%",
)
ask(
    R9,
    "narrative",
    V(4582, "件"),
    [
        "A|河北人社厅2019网上来信留言等受理数",
    ],
    quote="受理群众网上来信、留言、在线答复咨询、投诉等问题4582件",
)
ask(
    R9,
    "narrative",
    V(1742, "条"),
    [
        "c|语音自动留言回复了多少条",
    ],
    quote="回复语音自动留言1742条",
)
ask(
    R9,
    "consistency",
    VD("consistent", ["N"], {"total": 4582}),
    [
        "F|河北省人力资源和社会保障厅2019年网上受理问题总数与各渠道分项之和是否一致？",
        "A|人社厅2019网上受理4582件分项相加对吗",
    ],
    quote="受理群众网上来信、留言、在线答复咨询、投诉等问题4582件，其中中国河北在线回复661条；向《中国河北》推送信息1446条；受理《阳光理政》问政平台线上留言320条；受理《人民网》群众留言11条；受理《长城网》群众留言15条；政务服务平台留言回复306条，回复语音自动留言1742条，网上互动回复率100%，受理厅网站互动交流平台群众留言81条",
    note="661+1446+320+11+15+306+1742+81 = 4582",
)
ask(
    R9,
    "problems",
    CT("政策的解读形式过于单一"),
    [
        "c|2019年报说了哪些问题",
        "A|河北人社厅2019年报不足",
    ],
    quote="政策的解读形式过于单一",
)
ask(
    R9,
    "unanswerable",
    R(),
    [
        "c|予以公开的申请那年有几件",
        "A|河北人社厅2019年不予公开多少件",
        "F|河北省人力资源和社会保障厅2019年因政府信息公开被申请行政复议多少件？",
    ],
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况",
    note="asked as value: 表三/表四 published as images, not in the text",
)
ask(
    R0,
    "narrative",
    V(78, "件"),
    [
        "F|2020年河北省人力资源和社会保障厅全年受理的政府信息公开申请共多少件？",
        "A|人社厅2020受理申请",
    ],
    quote="全年共受理政府信息公开申请78件",
)
ask(
    R0,
    "narrative",
    V(120, "万人次"),
    [
        "c|12333人工服务多少万人次",
    ],
    quote="人工服务总量为120万人次",
)
ask(
    R0,
    "narrative",
    V(10, "次"),
    [
        "A|省人社厅2020新闻发布会次数",
    ],
    quote="共举办参加新闻发布会10次",
)
ask(
    R0,
    "narrative",
    V(3962, "条"),
    [
        "c|厅官网互动交流平台受理留言多少条",
    ],
    quote="受理厅官网互动交流平台群众留言3962条",
)
ask(
    R0,
    "narrative",
    V(1465, "条"),
    [
        "c|河北人社公众号发了多少条",
    ],
    quote="“河北人社”微信公众平台累计发布信息1465条",
)
ask(
    R0,
    "consistency",
    VD("consistent", ["N"], {"total": 10268}),
    [
        "c|10268件和后面各项加起来一致吗",
        "A|河北人社厅2020网上受理问题分项之和等于10268吗",
    ],
    quote="受理群众网上来信、留言、在线答复咨询、投诉等问题10268件。其中中国河北在线答题257条；向《中国河北》推送信息1391条；政务服务平台留言回复2421条；受理《阳光理政》问政平台线上留言222条；受理《人民网》问政平台线上留言30条；受理《长城网》问政平台线上留言19条；受理厅官网互动交流平台群众留言3962条；受理河北12345政务热线100条；回复语音自动留言1866条",
    note="257+1391+2421+222+30+19+3962+100+1866 = 10268",
)
ask(
    R0,
    "problems",
    CT("新出台政策文件包括规范性文件在网上公开不够及时"),
    [
        "c|2020年说存在啥不足",
        "A|人社厅2020年报问题",
    ],
    quote="新出台政策文件包括规范性文件在网上公开不够及时",
)
ask(
    R0,
    "unanswerable",
    R(),
    [
        "c|部分公开的是几件",
        "A|河北人社厅2020年本机关不掌握几件",
    ],
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况",
    note="asked as value: 表三 published as an image",
)
ask(
    R3,
    "narrative",
    V(224, "件"),
    [
        "F|2023年河北省人力资源和社会保障厅办理的依申请公开文件数为多少件？",
        "A|河北人社厅2023依申请公开办理数",
    ],
    quote="2023年办理依申请公开文件数224件",
)
ask(
    R3,
    "narrative",
    V(88429, "个"),
    [
        "A|人社厅2023年12345专家坐席总接通量",
    ],
    quote="省12345热线人社远程专家坐席总接通量88429个",
)
ask(
    R3,
    "narrative",
    V(400, "万"),
    [
        "c|河北人社公众号粉丝多少",
    ],
    quote="河北人社微信公众号粉丝量突破400万",
)
ask(
    R3,
    "narrative",
    V(448, "条"),
    [
        "F|“河北人社”抖音2023年发布视频多少条？",
    ],
    quote="河北人社抖音发布视频448条",
)
ask(
    R3,
    "narrative",
    V(62, "件"),
    [
        "c|公开了多少件政策文件",
    ],
    quote="2023年共计公开政策文件62件",
)
ask(
    R3,
    "narrative",
    V(22, "次"),
    [
        "c|央视报道了几次",
    ],
    quote="央视22次对社保卡居民服务",
)
ask(
    R3,
    "consistency",
    VD("inconsistent", ["N"], {"printed": 872, "parts": 848}),
    [
        "c|互动交流872件 各平台加起来是多少 一致吗",
        "F|河北省人力资源和社会保障厅2023年受理网民互动交流事项总数与各平台分项之和是否相符？",
    ],
    quote="受理网民互动交流事项872件，其中河北省效能监督平台（国家政务服务平台、河北政务服务网、中国政府网、冀时办APP）242件，人民网101件，中国河北407件，阳光理政81件，长城网17件",
    note="242 + 101 + 407 + 81 + 17 = 848 ≠ 872",
)
ask(
    R3,
    "consistency",
    VD("inconsistent", ["N"], {"year": 2023}),
    [
        "c|这份报告落款日期有没有问题",
        "A|河北人社厅2023年报落款时间对吗",
    ],
    quote="河北省人力资源和社会保障厅2023年1月29日",
    note="a report on 2023 dated 2023年1月29日, before the year it reports ended",
)
ask(
    R3,
    "problems",
    CT("信息更新不够及时"),
    [
        "F|河北省人力资源和社会保障厅2023年政务信息公开工作存在哪些问题？",
        "A|河北人社厅2023年报问题",
    ],
    quote="但还存在信息更新不够及时、政策解读材料形式不够丰富等问题",
)
ask(
    R3,
    "unanswerable",
    R(),
    [
        "c|12333来电多少",
        "A|人社厅2023年视频号粉丝多少",
        "F|河北省人力资源和社会保障厅2023年行政复议几件？",
    ],
    quote="河北人社微信公众号粉丝量突破400万",
    note="asked as narrative/value: no 12333 or 视频号 follower figure in 2023; 表四 not in the text",
)
ask(
    R3,
    "unanswerable",
    R(),
    [
        "A|河北人社厅2021年受理多少申请",
        "A|人社厅2022年依申请公开数",
    ],
    quote="2023年办理依申请公开文件数224件",
    note="asked as value: 人社厅 2021/2022 not in the store",
)

# ================================================================ 平潭综合实验区君山片区管理局 2022 (unlabeled)
JS = "pingtan-junshan-2022"
ask(
    JS,
    "value",
    V(0, "件"),
    [
        "F|平潭综合实验区君山片区管理局2022年本年新收政府信息公开申请数量是多少？",
        "A|君山片区2022新收申请",
    ],
    quote="2022年未收到依申请公开事宜",
)
ask(
    JS,
    "value",
    V(11, "件"),
    [
        "A|君山片区2022现行有效规范性文件数",
    ],
    quote="行政规范性文件0011",
)
ask(
    JS,
    "narrative",
    V(156, "条"),
    [
        "F|2022年平潭综合实验区君山片区管理局全年主动公开的信息共多少条？",
        "A|君山片区2022年全年主动公开信息条数",
    ],
    quote="全年主动公开信息数156条",
)
ask(
    JS,
    "narrative",
    V(47, "条"),
    [
        "c|突发公共事件应急预案类的有几条",
    ],
    quote="突发公共事件应急预案类信息47条",
)
ask(
    JS,
    "narrative",
    V(903, "篇"),
    [
        "F|平潭综合实验区君山片区管理局微信公众号2022年共发布信息多少篇？",
        "A|君山片区公众号2022发文数",
    ],
    quote="共发布903篇公众号信息",
)
ask(
    JS,
    "narrative",
    V(4, "次"),
    [
        "A|君山片区2022年发布调查问卷几次",
    ],
    quote="发布调查问卷四次、意见征集四次",
)
ask(
    JS,
    "consistency",
    VD("inconsistent", ["N"], {"printed": 156, "parts": 151}),
    [
        "F|平潭综合实验区君山片区管理局2022年主动公开总数与分类数之和是否相符？",
        "A|君山片区2022主动公开分类合计对得上吗",
    ],
    quote="全年主动公开信息数156条，其中机关职能类信息12条，行政许可类信息0条，财政预决算类信息2条，扶贫、教育、医疗、社会保障、促进就业类信息12条；突发公共事件应急预案类信息47条；环境保护、公共卫生、安全生产、食品药品、产品质量类信息33条；其他应主动公开的政府信息45条",
    note="12 + 0 + 2 + 12 + 47 + 33 + 45 = 151 ≠ 156",
)
ask(
    JS,
    "consistency",
    VD("inconsistent", ["H3"], {"total": 0}),
    [
        "c|这份报告表三有没有对不上的地方",
        "A|君山片区2022表三无法提供那行和总计对得上吗",
    ],
    quote="1.本机关不掌握相关政府信息30000252",
    note="（四）1 prints 3 (自然人) while 新收 and （七）总计 are 0",
)
ask(
    JS,
    "problems",
    CT("创新举措不足"),
    [
        "F|平潭综合实验区君山片区管理局2022年政府信息公开工作面临哪些问题？",
        "A|君山片区2022年报问题",
    ],
    quote="二是政务公开工作仍延续老方法、老套路，创新举措不足",
)
ask(
    JS,
    "problems",
    CT("增强工作创新能力"),
    [
        "c|改进措施第二条是什么",
    ],
    quote="二是增强工作创新能力",
)
ask(
    JS,
    "unanswerable",
    R(),
    [
        "c|问卷收回来多少份",
        "A|君山片区2022政务新媒体粉丝数",
    ],
    quote="发布调查问卷四次、意见征集四次",
    note="asked as narrative: 问卷 issued 四次, no answers received; no follower count",
)
ask(
    JS,
    "unanswerable",
    R(),
    [
        "A|君山片区2021年度主动公开信息多少条",
        "A|君山片区2023年新收申请几件",
        "F|平潭综合实验区澳前片区管理局2022年主动公开信息多少条？",
    ],
    quote="全年主动公开信息数156条",
    note="asked as value: 君山 2021/2023 and 澳前片区 not in the store",
)

# ================================================================ whole store: one report asked in unusual forms (traditional characters, voice input, long preambles)
ask(
    P2,
    "value",
    V(74, "件"),
    [
        "A|平潭綜合實驗區2022年本年新收申請多少件",
    ],
    cells=["t3.new.tot"],
    note="traditional characters",
)
ask(
    S,
    "value",
    V(805, "件"),
    [
        "F|上海市人民政府辦公廳2019年辦理結果總計是多少件？",
    ],
    cells=["t3.r7.tot"],
    note="traditional characters",
)
ask(
    E3,
    "value",
    V(7, "件"),
    [
        "C|河北省教育廳2023年行政復議總計幾件",
    ],
    cells=["t4.rv.tot"],
    note="traditional characters",
)
ask(
    H,
    "value",
    V(21, "件"),
    [
        "A|洪泽区二零二三年一申请公开收到几件",
    ],
    cells=["t3.new.tot"],
    note=VOICE + " (一申请 = 依申请)",
)
ask(
    A,
    "value",
    V(17, "件"),
    [
        "A|安康市政府办二零二二年部分工开有几件",
    ],
    cells=["t3.r2.tot"],
    note=VOICE + " (工开 = 公开)",
)
ask(
    P1,
    "value",
    V(12, "件"),
    [
        "A|平潭二零二一年没经过复意直接起诉的有多少",
    ],
    cells=["t4.ld.tot"],
    note=VOICE + " (复意 = 复议)",
)
ask(
    K,
    "value",
    V(10, "件"),
    [
        "A|上海市科委二零二四年逾期不不正不再处理的几件",
    ],
    cells=["t3.r6_1.tot"],
    note=VOICE + " (不不正 = 不补正)",
)
ask(
    E1,
    "value",
    V(15, "件"),
    [
        "F|您好，我是某高校公共管理学院的研究生，正在做政府信息公开年报的比较研究，想核对一个数字：河北省教育厅2021年度报告中因信访举报投诉类申请而不予处理的有几件？",
    ],
    cells=["t3.r5_1.tot"],
    note="long preamble",
)
ask(
    H,
    "value",
    V(10, "件"),
    [
        "C|我们是第三方评估机构，今年在给江苏几个区县的政务公开打分，洪泽区人民政府2023年那份年报的行政复议结果维持一栏写的是多少",
    ],
    cells=["t4.rv.keep"],
    note="long preamble; 洪泽区人民政府 is the full name",
)
ask(
    P0,
    "value",
    V(21, "件"),
    [
        "C|记者核实一下 平潭综合实验区2020年报表三第（七）项总计印的到底是多少 我看分项加起来不止这个数",
    ],
    cells=["t3.r7.tot"],
    note="long preamble; the printed figure is asked",
)
ask(
    A,
    "value",
    V(2, "件"),
    [
        "F|我是安康市人民政府办公室政务公开科的，在自查2022年年报，请问表三“上年结转政府信息公开申请数量”总计填的是几？",
    ],
    cells=["t3.carry_in.tot"],
    note="the office checking its own report",
)

# ================================================================ cross-report: compare
store(
    "compare",
    VS({"pingtan-2021": 70, "pingtan-2022": 74}, "件"),
    [
        "A|平潭2021和2022哪年新收申请多",
        "F|平潭综合实验区2021年与2022年本年新收政府信息公开申请数量相比哪一年更多？",
    ],
    cells=px("pingtan-2021", "t3.new.tot") + px("pingtan-2022", "t3.new.tot"),
)
store(
    "compare",
    VS({"hebei-edu-2021": 0, "hebei-edu-2023": 7}, "件"),
    [
        "A|省教育厅21年和23年行政复议各几件 哪年多",
        "C|河北省教育厅2021、2023两年因信息公开被申请复议的对比",
    ],
    cells=px("hebei-edu-2021", "t4.rv.tot") + px("hebei-edu-2023", "t4.rv.tot"),
)
store(
    "compare",
    VS({"ankang-2022": 17, "hongze-2023": 4}, "件"),
    [
        "A|安康市政府办和洪泽区比 谁的部分公开多",
        "F|安康市人民政府办公室2022年与洪泽区人民政府2023年的部分公开件数分别是多少，哪个更多？",
    ],
    cells=px("ankang-2022", "t3.r2.tot") + px("hongze-2023", "t3.r2.tot"),
)
store(
    "compare",
    VS({"shanghai-office-2019": 859, "shanghai-kewei-2024": 34}, "件"),
    [
        "A|上海市府办2019年和上海市科委2024年新收申请比一比",
        "A|上海两家 市政府办公厅19年 科委24年 谁收到的申请多",
    ],
    cells=px("shanghai-office-2019", "t3.new.tot") + px("shanghai-kewei-2024", "t3.new.tot"),
)
store(
    "compare",
    VS({"hebei-kjt-2022": 1153, "hebei-kjt-2023": 1029}, "件"),
    [
        "A|省科技厅2022和2023年行政许可决定数对比",
        "F|河北省科学技术厅2022年与2023年的行政许可处理决定数量各是多少？",
    ],
    quote={"hebei-kjt-2022": "行政许可　　1153", "hebei-kjt-2023": "行政许可1029"},
)
store(
    "compare",
    VS({"hebei-rst-2019": 64, "hebei-rst-2020": 78}, "件"),
    [
        "A|人社厅2019年和2020年受理申请哪年多",
        "F|河北省人力资源和社会保障厅2019年、2020年受理的政府信息公开申请分别是多少件？",
    ],
    quote={"hebei-rst-2019": "全年共受理政府信息公开申请64件", "hebei-rst-2020": "全年共受理政府信息公开申请78件"},
)
store(
    "compare",
    VS({"pingtan-2022": 14571, "pingtan-junshan-2022": 156}, "条"),
    [
        "A|2022年平潭全区主动公开的信息和君山片区比差多少 各是多少",
        "C|平潭综合实验区全区和平潭综合实验区君山片区管理局2022年主动公开信息数对比",
    ],
    quote={"pingtan-2022": "2022年全区共主动公开政府信息14571条", "pingtan-junshan-2022": "全年主动公开信息数156条"},
)
store(
    "compare",
    VS({"hongze-2023": 4119, "pingtan-2022": 2113}, "件"),
    [
        "A|洪泽2023和平潭2022的行政处罚谁多",
        "F|洪泽区人民政府2023年与平潭综合实验区2022年行政处罚决定数量分别为多少？",
    ],
    cells=px("hongze-2023", "t2.penalty.decisions") + px("pingtan-2022", "t2.penalty.decisions"),
)
store(
    "compare",
    VS({"hebei-edu-2021": 1163.54, "hebei-edu-2023": 397.619}, "万元"),
    [
        "A|河北教育厅2021和2023年行政事业性收费对比",
        "C|河北省教育厅两年的收费金额 21年和23年 各多少万",
    ],
    cells=px("hebei-edu-2021", "t2.fee.amount_wan") + px("hebei-edu-2023", "t2.fee.amount_wan"),
)
store(
    "compare",
    VS({"hebei-edu-2021": 5658, "hebei-edu-2023": 7417}, "件"),
    [
        "c|跟2021年比 今年行政许可多了还是少了 两年各多少",
    ],
    cells=px("hebei-edu-2021", "t2.license.decisions") + px("hebei-edu-2023", "t2.license.decisions"),
    scope="hebei-edu-2023",
)

# ================================================================ cross-report: change (later − earlier)
store(
    "change",
    V(4, "件"),
    [
        "c|比去年新收多了几件",
        "A|平潭2022新收申请比2021年增加多少",
        "F|平潭综合实验区2022年本年新收申请数量较2021年变化了多少件？",
    ],
    cells=px("pingtan-2022", "t3.new.tot") + px("pingtan-2021", "t3.new.tot"),
    calc="{pingtan-2022:t3.new.tot}-{pingtan-2021:t3.new.tot}",
    scope="pingtan-2022",
)  # 74 − 70 = 4
store(
    "change",
    V(-2, "件"),
    [
        "c|跟上一年比新收申请增减了多少",
        "A|平潭20年比19年新收申请变化",
    ],
    cells=px("pingtan-2020", "t3.new.tot") + px("pingtan-2019", "t3.new.tot"),
    calc="{pingtan-2020:t3.new.tot}-{pingtan-2019:t3.new.tot}",
    scope="pingtan-2020",
)  # 21 − 23 = −2
store(
    "change",
    V(-18, "件"),
    [
        "c|跟前年比新收少了多少",
        "A|省教育厅2023年新收申请比2021年少了几件",
        "F|河北省教育厅2023年新收政府信息公开申请较2021年增减多少件？",
    ],
    cells=px("hebei-edu-2023", "t3.new.tot") + px("hebei-edu-2021", "t3.new.tot"),
    calc="{hebei-edu-2023:t3.new.tot}-{hebei-edu-2021:t3.new.tot}",
    scope="hebei-edu-2023",
)  # 19 − 37 = −18
store(
    "change",
    V(-18, "件"),
    [
        "A|河北教育厅2023年申请比2021年涨了18件是吧",
    ],
    cells=px("hebei-edu-2023", "t3.new.tot") + px("hebei-edu-2021", "t3.new.tot"),
    calc="{hebei-edu-2023:t3.new.tot}-{hebei-edu-2021:t3.new.tot}",
    note=WRONG,
)  # 19 − 37 = −18
store(
    "change",
    V(1759, "件"),
    [
        "A|河北教育厅行政许可2023年比2021年多了多少",
        "F|河北省教育厅2023年行政许可处理决定数量比2021年增加多少？",
    ],
    cells=px("hebei-edu-2023", "t2.license.decisions") + px("hebei-edu-2021", "t2.license.decisions"),
    calc="{hebei-edu-2023:t2.license.decisions}-{hebei-edu-2021:t2.license.decisions}",
)  # 7417 − 5658 = 1759
store(
    "change",
    V(-25, "件"),
    [
        "A|省教育厅现行有效规范性文件2023年比2021年少了几件",
    ],
    cells=px("hebei-edu-2023", "t2.norm.valid") + px("hebei-edu-2021", "t2.norm.valid"),
    calc="{hebei-edu-2023:t2.norm.valid}-{hebei-edu-2021:t2.norm.valid}",
)  # 156 − 181 = −25
store(
    "change",
    V(6, "件"),
    [
        "c|跟去年比申请多了几件",
        "A|省科技厅2023年收到的申请比2022年多出几件",
        "F|河北省科学技术厅2023年收到的政府信息公开申请较上年增加多少件？",
    ],
    quote={"hebei-kjt-2023": "2023年收到政府信息公开申请17件", "hebei-kjt-2022": "2022年收到政府信息公开申请11件"},
    scope="hebei-kjt-2023",
    calc="17-11",
)  # 17 − 11 = 6
store(
    "change",
    V(-124, "件"),
    [
        "A|河北省科技厅2023年行政许可比上一年少了多少",
    ],
    quote={"hebei-kjt-2023": "行政许可1029", "hebei-kjt-2022": "行政许可　　1153"},
    calc="1029-1153",
)  # 1029 − 1153 = −124
store(
    "change",
    V(2.9, "万人"),
    [
        "c|微信公众号关注人数比去年涨了多少万",
        "A|省科技厅公众号关注人数2023年比2022年增加多少万人",
    ],
    quote={"hebei-kjt-2023": "微信公众号关注人数达6.6万人", "hebei-kjt-2022": "微信公众号关注人数达3.7万人"},
    scope="hebei-kjt-2023",
    calc="6.6-3.7",
)  # 6.6 − 3.7 = 2.9 万人
store(
    "change",
    V(14, "件"),
    [
        "c|比上一年多受理了几件申请",
        "A|人社厅2020年受理申请比2019年多多少",
    ],
    quote={"hebei-rst-2020": "全年共受理政府信息公开申请78件", "hebei-rst-2019": "全年共受理政府信息公开申请64件"},
    scope="hebei-rst-2020",
    calc="78-64",
)  # 78 − 64 = 14
store(
    "change",
    V(-54, "万人次"),
    [
        "A|河北人社厅12333来电2020年比2019年少了多少万人次",
    ],
    quote={"hebei-rst-2020": "12333咨询电话来电总量348万人次", "hebei-rst-2019": "12333咨询电话来电总量402万人次"},
    calc="348-402",
)  # 348 − 402 = −54
store(
    "change",
    V(11926, "条"),
    [
        "A|平潭全区主动公开信息2022年比2021年多了多少条",
        "F|2022年平潭综合实验区主动公开政府信息条数较2021年增加了多少条？",
    ],
    quote={
        "pingtan-2022": "2022年全区共主动公开政府信息14571条",
        "pingtan-2021": "全年主动公开我区各级单位政府信息2645条",
    },
    calc="14571-2645",
)  # 14571 − 2645 = 11926
store(
    "change",
    V(8397, "件"),
    [
        "A|平潭行政许可22年比21年增加了多少件",
    ],
    cells=px("pingtan-2022", "t2.license.decisions") + px("pingtan-2021", "t2.license.decisions"),
    calc="{pingtan-2022:t2.license.decisions}-{pingtan-2021:t2.license.decisions}",
)  # 10690 − 2293 = 8397
store(
    "change",
    V(-11, "件"),
    [
        "c|直接起诉的行政诉讼比去年少了几件",
    ],
    cells=px("pingtan-2022", "t4.ld.tot") + px("pingtan-2021", "t4.ld.tot"),
    calc="{pingtan-2022:t4.ld.tot}-{pingtan-2021:t4.ld.tot}",
    scope="pingtan-2022",
)  # 1 − 12 = −11
store(
    "change",
    V(5.71, "%", tol=0.05),
    [
        "c|新收申请同比增长了百分之几",
        "A|平潭2022新收申请同比增长率",
    ],
    cells=px("pingtan-2022", "t3.new.tot") + px("pingtan-2021", "t3.new.tot"),
    calc="100*({pingtan-2022:t3.new.tot}-{pingtan-2021:t3.new.tot})/{pingtan-2021:t3.new.tot}",
    scope="pingtan-2022",
    note="同比: (74 − 70) / 70",
)  # 4/70 = 5.714 %
store(
    "change",
    V(-15.48, "个百分点", tol=0.05),
    [
        "c|予以公开占办理总数的比例比去年变了多少个百分点",
        "A|平潭予以公开占比2022年比2021年下降几个百分点",
    ],
    cells=px("pingtan-2022", "t3.r1.tot", "t3.r7.tot") + px("pingtan-2021", "t3.r1.tot", "t3.r7.tot"),
    calc="100*{pingtan-2022:t3.r1.tot}/{pingtan-2022:t3.r7.tot}-100*{pingtan-2021:t3.r1.tot}/{pingtan-2021:t3.r7.tot}",
    scope="pingtan-2022",
    note="百分点: 21/75 = 28.00 % vs 30/69 = 43.48 %",
)  # 28.00 − 43.48 = −15.48
store(
    "change",
    V(-48.65, "%", tol=0.05),
    [
        "A|河北教育厅2023年新收申请同比2021年下降了百分之多少",
    ],
    cells=px("hebei-edu-2023", "t3.new.tot") + px("hebei-edu-2021", "t3.new.tot"),
    calc="100*({hebei-edu-2023:t3.new.tot}-{hebei-edu-2021:t3.new.tot})/{hebei-edu-2021:t3.new.tot}",
)  # −18/37 = −48.65 %

# ================================================================ cross-report: trend
PT4 = ["pingtan-2019", "pingtan-2020", "pingtan-2021", "pingtan-2022"]
store(
    "trend",
    VS({"pingtan-2019": 23, "pingtan-2020": 21, "pingtan-2021": 70, "pingtan-2022": 74}, "件"),
    [
        "A|平潭历年新收申请数是怎么变化的",
        "F|平潭综合实验区2019年至2022年本年新收政府信息公开申请数量的变化趋势如何？",
        "c|这几年新收申请一年年是多少",
    ],
    cells=[f"{r}:t3.new.tot" for r in PT4],
    scope="pingtan-2022",
)
store(
    "trend",
    VS({"hebei-kjt-2021": 2, "hebei-kjt-2022": 11, "hebei-kjt-2023": 17}, "件"),
    [
        "A|省科技厅近三年收到的申请分别多少",
        "F|河北省科学技术厅2021—2023年收到政府信息公开申请的数量依次是多少？",
        "c|近三年申请数怎么变的",
    ],
    quote={
        "hebei-kjt-2021": "2021年收到政府信息公开申请2件",
        "hebei-kjt-2022": "2022年收到政府信息公开申请11件",
        "hebei-kjt-2023": "2023年收到政府信息公开申请17件",
    },
    scope="hebei-kjt-2023",
)
store(
    "trend",
    VS(
        {
            "hebei-kjt-2018": 3,
            "hebei-kjt-2019": 0,
            "hebei-kjt-2020": 0,
            "hebei-kjt-2021": 2,
            "hebei-kjt-2022": 11,
            "hebei-kjt-2023": 17,
        },
        "件",
    ),
    [
        "A|河北省科技厅2018年以来每年收到多少信息公开申请",
        "C|河北省科学技术厅历年依申请公开数量",
    ],
    quote={
        "hebei-kjt-2018": "2018年，我厅收到政府信息公开申请3件",
        "hebei-kjt-2019": "2019年未收到政府信息公开申请",
        "hebei-kjt-2020": "2020年未收到政府信息公开申请",
        "hebei-kjt-2021": "2021年收到政府信息公开申请2件",
        "hebei-kjt-2022": "2022年收到政府信息公开申请11件",
        "hebei-kjt-2023": "2023年收到政府信息公开申请17件",
    },
)
store(
    "trend",
    VS({"hebei-edu-2016": 3, "hebei-edu-2018": 1, "hebei-edu-2021": 37, "hebei-edu-2023": 19}, "件"),
    [
        "A|河北教育厅库里有的几年 依申请公开各有多少件",
        "F|河北省教育厅2016、2018、2021、2023年的政府信息公开申请数量分别是多少？",
    ],
    cells=px("hebei-edu-2021", "t3.new.tot") + px("hebei-edu-2023", "t3.new.tot"),
    quote={"hebei-edu-2016": "受理依申请信息公开3件", "hebei-edu-2018": "受理依申请信息公开1件"},
    note="2016 and 2018 read off the text (受理), 2021 and 2023 from 表三 新收",
)
store(
    "trend",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 3, "pingtan-2022": 2}, "件"),
    [
        "A|平潭这四年因信息公开被复议的数量",
        "C|平潭综合实验区2019到2022年行政复议总计走势",
    ],
    cells=[f"{r}:t4.rv.tot" for r in PT4],
)
store(
    "trend",
    VS({"hebei-kjt-2018": 3, "hebei-kjt-2019": 5, "hebei-kjt-2020": 7, "hebei-kjt-2021": 7}, "次"),
    [
        "A|省科技厅2018到2021年举办参加新闻发布会次数逐年变化",
        "F|河北省科学技术厅2018—2021年举办参加新闻发布会的次数分别是多少？",
    ],
    quote={
        "hebei-kjt-2018": "全年共举办参加新闻发布会3次",
        "hebei-kjt-2019": "我厅共举办参加新闻发布会5次",
        "hebei-kjt-2020": "2020年，我厅共举办参加新闻发布会7次",
        "hebei-kjt-2021": "举办参加新闻发布会7次",
    },
)
store(
    "trend",
    VS({"pingtan-2019": 2599, "pingtan-2020": 2602, "pingtan-2021": 2645, "pingtan-2022": 14571}, "条"),
    [
        "A|平潭历年主动公开（公布）政府信息条数",
        "c|这几年主动公开的信息数量变化",
    ],
    quote={
        "pingtan-2019": "共公布政府信息2599条",
        "pingtan-2020": "共公布政府信息2602条",
        "pingtan-2021": "全年主动公开我区各级单位政府信息2645条",
        "pingtan-2022": "2022年全区共主动公开政府信息14571条",
    },
    scope="pingtan-2022",
)
store(
    "trend",
    VS({"hebei-kjt-2021": 4818, "hebei-kjt-2022": 5009, "hebei-kjt-2023": 4987}, "篇"),
    [
        "A|省科技厅门户网站近三年发布信息篇数",
        "F|河北省科学技术厅门户网站2021年至2023年各年发布信息多少篇？",
    ],
    quote={"hebei-kjt-2021": "各类信息4818篇", "hebei-kjt-2022": "各类信息5009篇", "hebei-kjt-2023": "各类信息4987篇"},
)
store(
    "trend",
    VS({"pingtan-2021": 1282, "pingtan-2022": 2113}, "件"),
    [
        "c|这两年行政处罚决定分别多少",
    ],
    cells=px("pingtan-2021", "t2.penalty.decisions") + px("pingtan-2022", "t2.penalty.decisions"),
    scope="pingtan-2022",
)

# ================================================================ cross-report: rank («第二多», «最少», several agencies)
store(
    "rank",
    V(70, "件"),
    [
        "A|平潭四年里新收申请第二多的是哪一年 多少件",
        "F|平潭综合实验区2019至2022年中，新收政府信息公开申请数量排第二的年份是哪年？数量多少？",
        "c|这几年新收申请排第二的是哪年",
    ],
    cells=px("pingtan-2021", "t3.new.tot"),
    scope="pingtan-2022",
    note="第二多: 74 > 70 > 23 > 21",
)
store(
    "rank",
    VS({"pingtan-2019": 23, "pingtan-2020": 21, "pingtan-2021": 70, "pingtan-2022": 74}, "件", order=["pingtan-2020"]),
    [
        "A|平潭哪一年新收申请最少",
        "C|平潭综合实验区2019-2022年新收申请最少的一年",
    ],
    cells=[f"{r}:t3.new.tot" for r in PT4],
)
store(
    "rank",
    VS(
        {"ankang-2022": 56, "hongze-2023": 21, "shanghai-kewei-2024": 34},
        "件",
        order=["ankang-2022", "shanghai-kewei-2024", "hongze-2023"],
    ),
    [
        "A|安康市政府办、洪泽区、上海市科委三家新收申请从多到少排一下",
        "F|请将安康市人民政府办公室2022年、洪泽区人民政府2023年、上海市科学技术委员会2024年的新收申请数按从多到少排序。",
    ],
    cells=px("ankang-2022", "t3.new.tot") + px("hongze-2023", "t3.new.tot") + px("shanghai-kewei-2024", "t3.new.tot"),
)
store(
    "rank",
    VS(
        {"ankang-2022": 0, "hongze-2023": 550, "pingtan-2022": 10690, "shanghai-kewei-2024": 97},
        "件",
        order=["pingtan-2022", "hongze-2023", "shanghai-kewei-2024", "ankang-2022"],
    ),
    [
        "A|安康、洪泽、平潭2022、上海科委这四家行政许可谁最多 排个序",
        "C|安康市人民政府办公室、洪泽区人民政府、平潭综合实验区（2022）、上海市科学技术委员会 行政许可决定数排名",
    ],
    cells=px("ankang-2022", "t2.license.decisions")
    + px("hongze-2023", "t2.license.decisions")
    + px("pingtan-2022", "t2.license.decisions")
    + px("shanghai-kewei-2024", "t2.license.decisions"),
)
store(
    "rank",
    VS(
        {"hongze-2023": 4119, "pingtan-2022": 2113, "pingtan-2021": 1282, "hebei-edu-2021": 19},
        "件",
        order=["hongze-2023", "pingtan-2022", "pingtan-2021", "hebei-edu-2021"],
    ),
    [
        "A|洪泽2023、平潭2021和2022、河北教育厅2021 行政处罚决定数从高到低",
        "F|洪泽区人民政府2023年、平潭综合实验区2021年与2022年、河北省教育厅2021年的行政处罚决定数量如何排序？",
    ],
    cells=px("hongze-2023", "t2.penalty.decisions")
    + px("pingtan-2022", "t2.penalty.decisions")
    + px("pingtan-2021", "t2.penalty.decisions")
    + px("hebei-edu-2021", "t2.penalty.decisions"),
)
store(
    "rank",
    VS(
        {
            "pingtan-2021": 24252.311082,
            "pingtan-2022": 9116.36,
            "hongze-2023": 7730.28,
            "hebei-edu-2021": 1163.54,
            "hebei-edu-2023": 397.619,
        },
        "万元",
        order=["pingtan-2021"],
    ),
    [
        "A|平潭21、22年，洪泽23年，河北教育厅21、23年 这几份里行政事业性收费最高的是哪份",
        "C|行政事业性收费金额最高的是哪个单位哪一年 在平潭综合实验区2021和2022、洪泽区人民政府2023、河北省教育厅2021和2023里比",
    ],
    cells=px("pingtan-2021", "t2.fee.amount_wan")
    + px("pingtan-2022", "t2.fee.amount_wan")
    + px("hongze-2023", "t2.fee.amount_wan")
    + px("hebei-edu-2021", "t2.fee.amount_wan")
    + px("hebei-edu-2023", "t2.fee.amount_wan"),
)
store(
    "rank",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 3, "pingtan-2022": 2}, "件", order=["pingtan-2021"]),
    [
        "A|平潭哪一年行政复议最多",
        "c|这几年里哪年被申请复议最多",
    ],
    cells=[f"{r}:t4.rv.tot" for r in PT4],
    scope="pingtan-2021",
)
store(
    "rank",
    V(11, "件"),
    [
        "A|省科技厅2021到2023年收到申请第二多的是哪年 几件",
    ],
    quote={"hebei-kjt-2022": "2022年收到政府信息公开申请11件"},
    note="第二多: 17 > 11 > 2",
)
store(
    "rank",
    VS(
        {"ankang-2022": 31, "hongze-2023": 5, "shanghai-kewei-2024": 55, "pingtan-2022": 698},
        "件",
        order=["hongze-2023"],
    ),
    [
        "A|安康市府办、洪泽、科委、平潭2022 现行有效规范性文件最少的是谁",
    ],
    cells=px("ankang-2022", "t2.norm.valid")
    + px("hongze-2023", "t2.norm.valid")
    + px("shanghai-kewei-2024", "t2.norm.valid")
    + px("pingtan-2022", "t2.norm.valid"),
)

# ================================================================ cross-report: sum and average
store(
    "sum",
    V(188, "件"),
    [
        "A|平潭2019到2022年新收申请加起来一共多少",
        "F|平潭综合实验区2019—2022年本年新收政府信息公开申请合计多少件？",
        "c|这四年新收申请总共多少件",
    ],
    cells=[f"{r}:t3.new.tot" for r in PT4],
    scope="pingtan-2022",
)  # 23 + 21 + 70 + 74 = 188
store(
    "sum",
    V(30, "件"),
    [
        "A|省科技厅近三年申请合计",
        "c|近三年加起来一共收到多少申请",
    ],
    quote={
        "hebei-kjt-2021": "2021年收到政府信息公开申请2件",
        "hebei-kjt-2022": "2022年收到政府信息公开申请11件",
        "hebei-kjt-2023": "2023年收到政府信息公开申请17件",
    },
    scope="hebei-kjt-2023",
    calc="2+11+17",
)  # 2 + 11 + 17 = 30
store(
    "sum",
    V(77, "件"),
    [
        "A|安康市政府办2022和洪泽2023新收申请加一起多少",
        "F|安康市人民政府办公室2022年与洪泽区人民政府2023年新收申请数合计是多少？",
    ],
    cells=px("ankang-2022", "t3.new.tot") + px("hongze-2023", "t3.new.tot"),
)  # 56 + 21 = 77
store(
    "sum",
    V(893, "件"),
    [
        "A|上海市府办2019和科委2024的新收申请总和",
        "C|上海两个单位（市政府办公厅19年、科学技术委员会24年）申请总共多少",
    ],
    cells=px("shanghai-office-2019", "t3.new.tot") + px("shanghai-kewei-2024", "t3.new.tot"),
)  # 859 + 34 = 893
store(
    "sum",
    V(13, "件"),
    [
        "A|平潭四年未经复议直接起诉的加起来几件",
    ],
    cells=[f"{r}:t4.ld.tot" for r in PT4],
)  # 0 + 0 + 12 + 1 = 13
store(
    "sum",
    V(33368.671082, "万元", tol=0.01),
    [
        "A|平潭2021、2022两年行政事业性收费合计多少万元",
        "F|平潭综合实验区2021年和2022年行政事业性收费金额之和是多少？",
    ],
    cells=px("pingtan-2021", "t2.fee.amount_wan") + px("pingtan-2022", "t2.fee.amount_wan"),
)  # 24252.311082 + 9116.36 = 33368.671082
store(
    "sum",
    V(123, "件"),
    [
        "A|省科技厅2022和2023年一共清理了多少件规范性文件",
    ],
    quote={"hebei-kjt-2022": "对70件文件规范性文件进行清理", "hebei-kjt-2023": "对53件文件规范性文件进行清理"},
    calc="70+53",
)  # 70 + 53 = 123
store(
    "sum",
    V(65, "件"),
    [
        "A|平潭这四年予以公开的申请总共多少",
        "F|2019年至2022年平潭综合实验区予以公开的申请累计多少件？",
    ],
    cells=[f"{r}:t3.r1.tot" for r in PT4],
)  # 7 + 7 + 30 + 21 = 65
store(
    "sum",
    V(142, "件"),
    [
        "A|人社厅2019、2020两年受理的申请合计",
        "c|这两年一共受理多少申请",
    ],
    quote={"hebei-rst-2019": "全年共受理政府信息公开申请64件", "hebei-rst-2020": "全年共受理政府信息公开申请78件"},
    scope="hebei-rst-2020",
    calc="64+78",
)  # 64 + 78 = 142
store(
    "ratio",
    V(47, "件"),
    [
        "A|平潭2019-2022平均每年新收多少申请",
        "F|平潭综合实验区2019—2022年年均新收政府信息公开申请多少件？",
        "c|这四年平均一年收多少申请",
    ],
    cells=[f"{r}:t3.new.tot" for r in PT4],
    calc="({pingtan-2019:t3.new.tot}+{pingtan-2020:t3.new.tot}+{pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})/4",
    scope="pingtan-2021",
    note="average",
)  # 188 / 4 = 47
store(
    "ratio",
    V(37, "件"),
    [
        "A|安康市政府办、洪泽、上海市科委平均新收多少申请",
    ],
    cells=px("ankang-2022", "t3.new.tot") + px("hongze-2023", "t3.new.tot") + px("shanghai-kewei-2024", "t3.new.tot"),
    calc="({ankang-2022:t3.new.tot}+{hongze-2023:t3.new.tot}+{shanghai-kewei-2024:t3.new.tot})/3",
    note="average",
)  # 111 / 3 = 37
store(
    "ratio",
    V(10, "件"),
    [
        "A|省科技厅2021到2023年平均每年收到几件申请",
    ],
    quote={
        "hebei-kjt-2021": "2021年收到政府信息公开申请2件",
        "hebei-kjt-2022": "2022年收到政府信息公开申请11件",
        "hebei-kjt-2023": "2023年收到政府信息公开申请17件",
    },
    calc="(2+11+17)/3",
    note="average: 30 / 3",
)

# ================================================================ cross-report: ratio and share
store(
    "ratio",
    V(25.26, None, tol=0.05),
    [
        "A|上海市府办2019新收申请是科委2024的多少倍",
        "F|上海市人民政府办公厅2019年新收申请数约为上海市科学技术委员会2024年的几倍？",
    ],
    cells=px("shanghai-office-2019", "t3.new.tot") + px("shanghai-kewei-2024", "t3.new.tot"),
    calc="{shanghai-office-2019:t3.new.tot}/{shanghai-kewei-2024:t3.new.tot}",
)  # 859 / 34 = 25.26
store(
    "ratio",
    V(4.66, None, tol=0.05),
    [
        "c|今年行政许可是去年的几倍",
        "A|平潭2022年行政许可是2021年的几倍",
    ],
    cells=px("pingtan-2022", "t2.license.decisions") + px("pingtan-2021", "t2.license.decisions"),
    calc="{pingtan-2022:t2.license.decisions}/{pingtan-2021:t2.license.decisions}",
    scope="pingtan-2022",
)  # 10690 / 2293 = 4.662
store(
    "ratio",
    V(1.95, None, tol=0.05),
    [
        "A|河北教育厅2021年新收申请是2023年的几倍",
    ],
    cells=px("hebei-edu-2021", "t3.new.tot") + px("hebei-edu-2023", "t3.new.tot"),
    calc="{hebei-edu-2021:t3.new.tot}/{hebei-edu-2023:t3.new.tot}",
)  # 37 / 19 = 1.947
store(
    "share",
    V(39.36, "%", tol=0.05),
    [
        "A|平潭2022年新收申请占四年总量的百分比",
        "c|今年的新收占这四年合计的几成",
    ],
    cells=[f"{r}:t3.new.tot" for r in PT4],
    calc="100*{pingtan-2022:t3.new.tot}/({pingtan-2019:t3.new.tot}+{pingtan-2020:t3.new.tot}+{pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})",
    scope="pingtan-2022",
)  # 74 / 188 = 39.36 %
store(
    "share",
    V(3.81, "%", tol=0.05),
    [
        "A|上海两家里科委2024新收申请占两家合计的比例",
    ],
    cells=px("shanghai-office-2019", "t3.new.tot") + px("shanghai-kewei-2024", "t3.new.tot"),
    calc="100*{shanghai-kewei-2024:t3.new.tot}/({shanghai-office-2019:t3.new.tot}+{shanghai-kewei-2024:t3.new.tot})",
)  # 34 / 893 = 3.807 %

# ================================================================ cross-report: list (one measure over named reports)
store(
    "list",
    VS({"ankang-2022": 56, "hongze-2023": 21, "pingtan-2022": 74}, "件"),
    [
        "A|安康市政府办2022、洪泽2023、平潭2022新收申请各多少",
        "C|安康市人民政府办公室、洪泽区人民政府、平潭综合实验区最近一年的新收申请分别是多少",
    ],
    cells=px("ankang-2022", "t3.new.tot") + px("hongze-2023", "t3.new.tot") + px("pingtan-2022", "t3.new.tot"),
)
store(
    "list",
    VS({"hebei-edu-2023": 19, "hebei-kjt-2023": 17}, "件"),
    [
        "A|河北教育厅和省科技厅2023年各收到多少申请",
        "F|河北省教育厅与河北省科学技术厅2023年收到的政府信息公开申请数量分别是多少？",
    ],
    cells=px("hebei-edu-2023", "t3.new.tot"),
    quote={"hebei-kjt-2023": "2023年收到政府信息公开申请17件"},
)
store(
    "list",
    VS({"ankang-2022": 25, "hongze-2023": 10, "hebei-edu-2023": 2, "shanghai-kewei-2024": 4}, "件"),
    [
        "A|安康、洪泽、河北教育厅2023、上海科委 本机关不掌握的各几件",
    ],
    cells=px("ankang-2022", "t3.r4_1.tot")
    + px("hongze-2023", "t3.r4_1.tot")
    + px("hebei-edu-2023", "t3.r4_1.tot")
    + px("shanghai-kewei-2024", "t3.r4_1.tot"),
)
store(
    "list",
    VS({"pingtan-2021": 12, "pingtan-2022": 1}, "件"),
    [
        "A|平潭21年22年直接起诉的行政诉讼分别几件",
    ],
    cells=px("pingtan-2021", "t4.ld.tot") + px("pingtan-2022", "t4.ld.tot"),
)
store(
    "list",
    VS({"hebei-kjt-2022": 49, "hebei-kjt-2023": 49}, "件"),
    [
        "A|省科技厅2022年现行有效规范性文件和2023年清理后保留的各是多少",
    ],
    quote={"hebei-kjt-2022": "行政规范性文件　　13　　8　　49", "hebei-kjt-2023": "其中49件保留"},
)

# ================================================================ cross-report: which_reports (thresholds, blanks, zero)
store(
    "which_reports",
    WR("pingtan-2021", "pingtan-2022"),
    [
        "A|平潭哪几年的新收申请在50件以上",
        "F|平潭综合实验区本年新收政府信息公开申请超过50件的是哪些年度？",
    ],
    cells=[f"{r}:t3.new.tot" for r in PT4],
)
store(
    "which_reports",
    WR("hebei-edu-2023"),
    [
        "A|河北教育厅哪一年的年报里有信息公开引起的行政复议",
        "C|河北省教育厅哪年因为政府信息公开被申请过行政复议",
    ],
    cells=px("hebei-edu-2021", "t4.rv.tot") + px("hebei-edu-2023", "t4.rv.tot"),
    quote={
        "hebei-edu-2018": "没有因政府信息公开而被提起的行政复议或行政诉讼",
        "hebei-edu-2016": "没有因政府信息公开而被提起的行政复议或行政诉讼",
    },
)
store(
    "which_reports",
    WR("hebei-kjt-2019", "hebei-kjt-2020"),
    [
        "A|省科技厅哪几年没收到政府信息公开申请",
        "F|河北省科学技术厅哪些年度未收到政府信息公开申请？",
    ],
    quote={"hebei-kjt-2019": "2019年未收到政府信息公开申请", "hebei-kjt-2020": "2020年未收到政府信息公开申请"},
)
store(
    "which_reports",
    WR("pingtan-2021", "pingtan-2022"),
    [
        "A|平潭哪几年有未经复议直接起诉的行政诉讼",
    ],
    cells=[f"{r}:t4.ld.tot" for r in PT4],
)
store(
    "which_reports",
    WR("shanghai-kewei-2024"),
    [
        "C|哪份年报的表三结转下年度总计是空着的",
        "F|库中哪些年度报告表三“结转下年度继续办理”的总计栏印为空白？",
    ],
    cells=px("shanghai-kewei-2024", "t3.carry_out.tot"),
)
store(
    "which_reports",
    WR("hebei-edu-2021"),
    [
        "C|哪份报告上年结转那行的总计没填",
    ],
    cells=px("hebei-edu-2021", "t3.carry_in.tot"),
)
store(
    "which_reports",
    WR("pingtan-2021", "pingtan-2022", "hongze-2023"),
    [
        "C|行政事业性收费超过5000万元的是哪几份年报",
        "F|哪些年度报告的行政事业性收费金额超过5000万元？",
    ],
    cells=px("pingtan-2021", "t2.fee.amount_wan")
    + px("pingtan-2022", "t2.fee.amount_wan")
    + px("hongze-2023", "t2.fee.amount_wan"),
)
store(
    "which_reports",
    WR("pingtan-2021"),
    [
        "A|平潭哪年收费金额超过一亿元",
    ],
    cells=px("pingtan-2021", "t2.fee.amount_wan"),
    note=UNIT + " (1亿元 = 10000万元)",
)
store(
    "which_reports",
    WR("hongze-2023", "pingtan-2021"),
    [
        "C|哪些单位的年报行政强制决定数不是0",
    ],
    cells=px("hongze-2023", "t2.coercion.decisions") + px("pingtan-2021", "t2.coercion.decisions"),
    note="GF2019 glued rows (平潭 2019/2020) are not shown; 科技厅 2021 prints it blank",
)
store(
    "which_reports",
    WR("shanghai-office-2019"),
    [
        "C|表三里本年新收申请超过100件的是哪份报告",
    ],
    cells=px("shanghai-office-2019", "t3.new.tot"),
    note="人社厅's tables are images (not shown)",
)
store(
    "which_reports",
    WR("hongze-2023"),
    [
        "C|哪份报告表四总计印成0但分项不是0",
        "F|哪些年度报告表四的行政复议或诉讼总计与其分项不符？",
    ],
    cells=px("hongze-2023", "t4.rv.tot", "t4.rv.keep"),
)

# ================================================================ cross-report: consistency across years (S1)
store(
    "consistency",
    VD("consistent", ["S1"], {"carry_out": 1, "carry_in": 1}),
    [
        "c|去年结转过来的件数和去年报告里写的结转下年度一致吗",
        "A|平潭2021年结转下年度和2022年上年结转对得上吗",
        "F|平潭综合实验区2021年报“结转下年度继续办理”与2022年报“上年结转”是否一致？",
    ],
    cells=px("pingtan-2021", "t3.carry_out.tot") + px("pingtan-2022", "t3.carry_in.tot"),
    scope="pingtan-2022",
)
store(
    "consistency",
    VD("consistent", ["S1"], {"carry_out": 0, "carry_in": 0}),
    [
        "A|平潭2020年结转下年度和2021年上年结转能衔接上吗",
    ],
    cells=px("pingtan-2020", "t3.carry_out.tot") + px("pingtan-2021", "t3.carry_in.tot"),
)
store(
    "consistency",
    VD("consistent", ["S1"], {"carry_out": 0, "carry_in": 0}),
    [
        "A|省科技厅2021年结转下年度和2022年上年结转对得上吗",
    ],
    quote={
        "hebei-kjt-2021": "四、结转下年度继续办理0000000",
        "hebei-kjt-2022": "二、上年结转政府信息公开申请数量0000000",
    },
)
store(
    "consistency",
    VD("consistent", ["N"], {"last": 64, "this": 78}),
    [
        "A|人社厅2020年受理78件比2019年多 是真的吗",
    ],
    quote={"hebei-rst-2019": "全年共受理政府信息公开申请64件", "hebei-rst-2020": "全年共受理政府信息公开申请78件"},
    note="78 > 64: the premise holds",
)

# ================================================================ cross-report: relative years of a scoped report (去年 / 前年 / 上一年度 read another report)
store(
    "value",
    V(70, "件"),
    [
        "c|去年本年新收是多少件",
        "c|上一年度新收申请多少",
    ],
    cells=px("pingtan-2021", "t3.new.tot"),
    scope="pingtan-2022",
    note="去年 of 平潭 2022 = 2021",
)
store(
    "value",
    V(3, "件"),
    [
        "c|去年被申请行政复议几件",
    ],
    cells=px("pingtan-2021", "t4.rv.tot"),
    scope="pingtan-2022",
)
store(
    "value",
    V(1282, "件"),
    [
        "c|上一年的行政处罚决定是多少",
    ],
    cells=px("pingtan-2021", "t2.penalty.decisions"),
    scope="pingtan-2022",
)
store(
    "value",
    V(23, "件"),
    [
        "c|前年新收了多少申请",
        "c|两年前那份年报的新收申请数",
    ],
    cells=px("pingtan-2019", "t3.new.tot"),
    scope="pingtan-2021",
    note="前年 of 平潭 2021 = 2019",
)
store(
    "value",
    V(6, "件"),
    [
        "c|去年部分公开是几件",
    ],
    cells=px("pingtan-2020", "t3.r2.tot"),
    scope="pingtan-2021",
)
store(
    "value",
    V(7, "件"),
    [
        "c|去年予以公开几件",
    ],
    cells=px("pingtan-2019", "t3.r1.tot"),
    scope="pingtan-2020",
)
store(
    "value",
    V(37, "件"),
    [
        "c|前年新收申请有多少",
        "c|两年前新收了几件",
    ],
    cells=px("hebei-edu-2021", "t3.new.tot"),
    scope="hebei-edu-2023",
    note="前年 of 教育厅 2023 = 2021",
)
store(
    "value",
    V(6, "件"),
    [
        "c|前年被直接起诉了几件",
    ],
    cells=px("hebei-edu-2021", "t4.ld.tot"),
    scope="hebei-edu-2023",
)
store(
    "value",
    V(5658, "件"),
    [
        "c|上一份年报里行政许可是多少",
    ],
    cells=px("hebei-edu-2021", "t2.license.decisions"),
    scope="hebei-edu-2023",
    note="the store's previous 教育厅 report is 2021",
)
store(
    "value",
    V(11, "件"),
    [
        "c|去年那份报告收到几件申请",
        "c|上一年度申请有多少件",
    ],
    quote={"hebei-kjt-2022": "2022年收到政府信息公开申请11件"},
    scope="hebei-kjt-2023",
    note="去年 of 科技厅 2023 = 2022",
)
store(
    "value",
    V(2, "件"),
    [
        "c|去年收到的申请几件",
    ],
    quote={"hebei-kjt-2021": "2021年收到政府信息公开申请2件"},
    scope="hebei-kjt-2022",
)
store(
    "value",
    V(0, "件"),
    [
        "c|前年收到了多少申请",
    ],
    quote={"hebei-kjt-2020": "2020年未收到政府信息公开申请"},
    scope="hebei-kjt-2022",
)
store(
    "value",
    V(7, "次"),
    [
        "c|去年新闻发布会开了几次",
    ],
    quote={"hebei-kjt-2020": "2020年，我厅共举办参加新闻发布会7次"},
    scope="hebei-kjt-2021",
)
store(
    "value",
    V(64, "件"),
    [
        "c|去年受理的申请多少",
        "c|上一年度受理几件",
    ],
    quote={"hebei-rst-2019": "全年共受理政府信息公开申请64件"},
    scope="hebei-rst-2020",
)
store(
    "value",
    V(402, "万人次"),
    [
        "c|去年12333来电总量是多少",
    ],
    quote={"hebei-rst-2019": "12333咨询电话来电总量402万人次"},
    scope="hebei-rst-2020",
)
store(
    "value",
    V(0, "件"),
    [
        "c|去年结转下年度的有几件",
    ],
    cells=px("pingtan-2020", "t3.carry_out.tot"),
    scope="pingtan-2021",
)

# ================================================================ cross-report: more compare / change / list / share / sum / which_reports
store(
    "compare",
    VS({"hebei-edu-2021": 181, "hebei-edu-2023": 156}, "件"),
    [
        "A|河北教育厅现行有效规范性文件21年和23年哪个多",
        "F|河北省教育厅2021年与2023年现行有效行政规范性文件件数分别是多少？",
    ],
    cells=px("hebei-edu-2021", "t2.norm.valid") + px("hebei-edu-2023", "t2.norm.valid"),
)
store(
    "compare",
    VS({"pingtan-2021": 3, "pingtan-2022": 2}, "件"),
    [
        "A|平潭2021和2022年行政复议谁多",
        "c|今年的行政复议跟去年比怎么样 各几件",
    ],
    cells=px("pingtan-2021", "t4.rv.tot") + px("pingtan-2022", "t4.rv.tot"),
    scope="pingtan-2022",
)
store(
    "compare",
    VS({"ankang-2022": 25, "pingtan-2022": 37}, "件"),
    [
        "A|安康市政府办和平潭2022年本机关不掌握的申请比较",
        "F|安康市人民政府办公室2022年与平潭综合实验区2022年因本机关不掌握而无法提供的申请各多少件？",
    ],
    cells=px("ankang-2022", "t3.r4_1.tot") + px("pingtan-2022", "t3.r4_1.tot"),
)
store(
    "compare",
    VS({"shanghai-kewei-2024": 9, "hebei-edu-2023": 9}, "件"),
    [
        "A|上海市科委2024和河北教育厅2023予以公开谁多",
        "C|上海市科学技术委员会跟河北省教育厅比予以公开的件数（24年对23年）",
    ],
    cells=px("shanghai-kewei-2024", "t3.r1.tot") + px("hebei-edu-2023", "t3.r1.tot"),
    note="a tie: 9 and 9",
)
store(
    "compare",
    VS({"hongze-2023": 550, "hebei-edu-2023": 7417}, "件"),
    [
        "A|洪泽和河北教育厅2023年行政许可差多少 各多少",
    ],
    cells=px("hongze-2023", "t2.license.decisions") + px("hebei-edu-2023", "t2.license.decisions"),
)
store(
    "compare",
    VS({"hebei-rst-2019": 402, "hebei-rst-2020": 348}, "万人次"),
    [
        "A|人社厅12333来电2019年和2020年对比",
        "F|河北省人力资源和社会保障厅2019年与2020年12333咨询电话来电总量各是多少？",
    ],
    quote={"hebei-rst-2019": "12333咨询电话来电总量402万人次", "hebei-rst-2020": "12333咨询电话来电总量348万人次"},
)
store(
    "compare",
    VS({"pingtan-junshan-2022": 11, "pingtan-2022": 698}, "件"),
    [
        "A|君山片区和平潭全区2022年现行有效规范性文件各几件",
    ],
    cells=px("pingtan-2022", "t2.norm.valid"),
    quote={"pingtan-junshan-2022": "行政规范性文件0011"},
)
store(
    "change",
    V(-1, "件"),
    [
        "A|平潭行政复议2022年比2021年少了几件",
    ],
    cells=px("pingtan-2022", "t4.rv.tot") + px("pingtan-2021", "t4.rv.tot"),
    calc="{pingtan-2022:t4.rv.tot}-{pingtan-2021:t4.rv.tot}",
)  # 2 − 3 = −1
store(
    "change",
    V(4, "件"),
    [
        "c|部分公开比上一年度多了几件",
        "A|平潭2022部分公开较2021年变化",
    ],
    cells=px("pingtan-2022", "t3.r2.tot") + px("pingtan-2021", "t3.r2.tot"),
    calc="{pingtan-2022:t3.r2.tot}-{pingtan-2021:t3.r2.tot}",
    scope="pingtan-2022",
)  # 9 − 5 = 4
store(
    "change",
    V(-6, "件"),
    [
        "A|河北教育厅未经复议直接起诉23年比21年少几件",
    ],
    cells=px("hebei-edu-2023", "t4.ld.tot") + px("hebei-edu-2021", "t4.ld.tot"),
    calc="{hebei-edu-2023:t4.ld.tot}-{hebei-edu-2021:t4.ld.tot}",
)  # 0 − 6 = −6
store(
    "change",
    V(-33, "条"),
    [
        "C|“科技河北”视频号发布信息2023年比2022年少了多少条",
        "c|视频号发的信息比去年少了多少",
    ],
    quote={"hebei-kjt-2023": "“科技河北”视频号发布信息230条", "hebei-kjt-2022": "“科技河北”视频号发布信息263条"},
    calc="230-263",
    scope="hebei-kjt-2023",
)  # 230 − 263 = −33
store(
    "change",
    V(191, "篇"),
    [
        "A|省科技厅网站发布信息2022年比2021年多多少篇",
    ],
    quote={"hebei-kjt-2022": "各类信息5009篇", "hebei-kjt-2021": "各类信息4818篇"},
    calc="5009-4818",
)  # 5009 − 4818 = 191
store(
    "change",
    V(5, "件"),
    [
        "F|河北省科学技术厅2023年办理的建议提案复文比2022年增加了多少件？",
    ],
    quote={
        "hebei-kjt-2023": "由我厅办理的省人大代表建议政协提案复文共41件",
        "hebei-kjt-2022": "由我厅办理的省人大代表建议政协提案复文共36件",
    },
    calc="41-36",
)  # 41 − 36 = 5
store(
    "trend",
    VS({"hebei-kjt-2021": 29, "hebei-kjt-2022": 36, "hebei-kjt-2023": 41}, "件"),
    [
        "A|省科技厅近三年办理的建议提案复文数",
        "c|这三年建议提案复文各多少件",
    ],
    quote={
        "hebei-kjt-2021": "由我厅办理的省人大代表建议政协提案复文共29件",
        "hebei-kjt-2022": "由我厅办理的省人大代表建议政协提案复文共36件",
        "hebei-kjt-2023": "由我厅办理的省人大代表建议政协提案复文共41件",
    },
    scope="hebei-kjt-2023",
)
store(
    "list",
    VS({"pingtan-2019": 7, "pingtan-2020": 7, "pingtan-2021": 30, "pingtan-2022": 21}, "件"),
    [
        "F|请列出平潭综合实验区2019年至2022年各年予以公开的申请件数。",
        "A|平潭四年予以公开分别多少",
    ],
    cells=[f"{r}:t3.r1.tot" for r in PT4],
)
store(
    "list",
    VS({"hebei-edu-2021": 6, "hebei-edu-2023": 0}, "件"),
    [
        "F|河北省教育厅2021年和2023年未经复议直接起诉的行政诉讼各多少件？",
    ],
    cells=px("hebei-edu-2021", "t4.ld.tot") + px("hebei-edu-2023", "t4.ld.tot"),
)
store(
    "share",
    V(4.05, "%", tol=0.05),
    [
        "F|平潭综合实验区2022年自然人申请以外的申请占新收申请的比例是多少？",
    ],
    cells=px("pingtan-2022", "t3.new.tot", "t3.new.np"),
    calc="100*({pingtan-2022:t3.new.tot}-{pingtan-2022:t3.new.np})/{pingtan-2022:t3.new.tot}",
)  # (74 − 71) / 74 = 4.05 %
store(
    "share",
    V(40.54, "%", tol=0.05),
    [
        "F|河北省教育厅2021年不予处理的申请占办理结果总计的百分比是多少？",
    ],
    cells=px("hebei-edu-2021", "t3.r5_1.tot", "t3.r7.tot"),
    calc="100*{hebei-edu-2021:t3.r5_1.tot}/{hebei-edu-2021:t3.r7.tot}",
)  # 15 / 37 = 40.54 % (不予处理 is all （五）1)
store(
    "share",
    V(76.6, "%", tol=0.05),
    [
        "F|平潭综合实验区2019年至2022年新收申请中，2021年和2022年两年合计所占比例是多少？",
    ],
    cells=[f"{r}:t3.new.tot" for r in PT4],
    calc="100*({pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})/({pingtan-2019:t3.new.tot}+{pingtan-2020:t3.new.tot}+{pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})",
)  # (70 + 74) / 188 = 76.60 %
store(
    "sum",
    V(13075, "件"),
    [
        "A|河北教育厅2021和2023行政许可加起来多少",
    ],
    cells=px("hebei-edu-2021", "t2.license.decisions") + px("hebei-edu-2023", "t2.license.decisions"),
)  # 5658 + 7417 = 13075
store(
    "sum",
    V(6232, "件"),
    [
        "F|洪泽区人民政府2023年与平潭综合实验区2022年行政处罚决定合计多少件？",
    ],
    cells=px("hongze-2023", "t2.penalty.decisions") + px("pingtan-2022", "t2.penalty.decisions"),
)  # 4119 + 2113 = 6232
store(
    "which_reports",
    WR("pingtan-2021", "pingtan-2022"),
    [
        "A|平潭哪几年予以公开超过20件",
    ],
    cells=[f"{r}:t3.r1.tot" for r in PT4],
)
store(
    "which_reports",
    WR("hebei-kjt-2020", "hebei-kjt-2021"),
    [
        "A|省科技厅哪几年举办参加新闻发布会是7次",
    ],
    quote={"hebei-kjt-2020": "2020年，我厅共举办参加新闻发布会7次", "hebei-kjt-2021": "举办参加新闻发布会7次"},
)
store(
    "which_reports",
    WR("pingtan-2021"),
    [
        "C|哪些年报里有社会公益组织提出的申请",
        "F|库中哪些年度报告的新收申请中社会公益组织一栏不为0？",
    ],
    cells=px("pingtan-2021", "t3.new.npo"),
    note="上海市府办 2019 prints the column blank (not shown)",
)
store(
    "which_reports",
    WR("hebei-edu-2021", "shanghai-office-2019"),
    [
        "C|哪几份报告有法律服务机构来申请公开",
    ],
    cells=px("hebei-edu-2021", "t3.new.law") + px("shanghai-office-2019", "t3.new.law"),
)

# ================================================================ whole-store refusals
store(
    "unanswerable",
    R(),
    [
        "C|北京市人民政府办公厅2022年新收政府信息公开申请多少件",
        "F|广东省人民政府2023年政府信息公开工作年度报告中行政复议数量是多少？",
        "C|福清市2022年收到多少政府信息公开申请",
        "A|浙江省科技厅2023年收到多少申请",
        "C|河北省发改委2023年新收申请几件",
        "F|石家庄市人民政府办公室2021年政府信息公开申请数量是多少？",
        "A|陕西省教育厅2022年信息公开申请多少",
        "C|上海市浦东新区2019年收到多少申请",
        "C|淮安市清江浦区2023年依申请公开数量",
        "F|国家科学技术部2023年政府信息公开申请数量是多少？",
        "C|教育部2021年收到多少信息公开申请",
        "C|平潭综合实验区金井片区管理局2022年主动公开多少条",
        "C|河北省卫生健康委员会2023年行政复议几件",
        "F|天津市人民政府办公厅2019年政府集中采购总金额是多少？",
    ],
    note="asked as value: an agency not in the store",
)
store(
    "unanswerable",
    R(),
    [
        "A|洪泽2020年新收申请几件",
        "A|安康市政府办2019年新收申请",
        "A|平潭2017年收到多少申请",
        "A|科委2021年行政复议几件",
        "F|河北省教育厅2020年政府信息公开年报中的行政许可数量是多少？",
        "A|省人社厅2022年12333来电总量",
        "A|上海市府办2021年依申请公开多少件",
        "F|河北省科学技术厅2016年收到政府信息公开申请多少件？",
        "A|君山片区2020年主动公开信息数",
        "A|上海市政府2020年的行政复议多少件",
    ],
    note="asked as value: a year of a stored agency that is not in the store",
)
store(
    "unanswerable",
    R(),
    [
        "A|平潭2018年和2019年新收申请对比",
        "C|河北省教育厅2019年和2023年行政许可比较",
    ],
    note="asked as compare: one side (平潭 2018, 教育厅 2019) is not in the store",
)
store(
    "unanswerable",
    R(),
    [
        "A|洪泽2023年新收申请比2022年多了多少",
        "A|安康市政府办2021年到2022年行政复议变化",
        "A|人社厅2021年受理申请比2020年多多少",
    ],
    note="asked as change: the earlier year is not in the store",
)
store(
    "unanswerable",
    R(),
    [
        "A|上海市科委2022到2024年申请数量趋势",
        "A|洪泽近三年新收申请走势",
    ],
    note="asked as trend: only one year of the agency is stored",
)
store(
    "unanswerable",
    R(),
    [
        "F|各单位政府信息公开工作的年度预算分别是多少？",
        "A|洪泽区负责政务公开的工作人员有几名",
        "A|平潭2022年申请人平均年龄多少",
        "C|上海市人民政府办公厅2019年申请人中女性占比",
        "A|省教育厅2021年外省申请人有多少",
        "A|上海市府办2019年依申请公开平均办理时长",
        "A|平潭2021年通过信函提交的申请有几件",
        "A|科委2024年网站访问量多少",
        "A|洪泽区2023年政务微博发布了多少条",
        "A|河北教育厅2023年抖音号粉丝多少",
        "A|科委2024年那件行政复议的申请人是谁",
        "C|上海市人民政府办公厅2019年12345热线接了多少个电话",
        "A|省科技厅2022年微博发了多少条",
        "A|人社厅2019年新闻发布会几次",
    ],
    note="asked as value/narrative: not stated in the report (budget, staff, age, sex, origin, processing time, channel, platforms without a figure)",
)
store(
    "unanswerable",
    R(),
    [
        "A|上海市府办2019年行政规范性文件本年废止件数",
        "A|平潭2020年行政事业性收费本年收费金额",
        "A|安康市政府办2022年政府集中采购项目数量",
        "A|洪泽2023年其他对外管理服务事项处理决定数量",
        "A|科委2024年行政许可上一年项目数量",
    ],
    note="asked as value: a cell of the other template (GF2019 vs GF2021)",
)
store(
    "unanswerable",
    R(),
    [
        "A|河北人社厅2023年表三予以公开几件",
        "A|人社厅2020年行政复议结果维持几件",
    ],
    quote={
        "hebei-rst-2023": "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
        "hebei-rst-2020": "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
    },
    note="asked as value: 人社厅's tables are images, not in the text",
)
store(
    "unanswerable",
    R(),
    [
        "A|河北省科技厅2018年表三不予公开几件",
        "A|省科技厅2019年规章本年新制作数量",
    ],
    quote={
        "hebei-kjt-2018": "2018年，我厅收到政府信息公开申请3件，均按时答复申请人",
        "hebei-kjt-2019": "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
    },
    note="asked as value: LEGACY 2018 has no 表三; 2019 prints only the headings",
)
store(
    "unanswerable",
    R(),
    [
        "A|省科技厅2020年政府集中采购项目数量是多少",
    ],
    quote={"hebei-kjt-2020": "政府集中采购102339.45万元"},
    note="asked as value: glued 「102339.45万元」 has no unique split into 项目数量 and 总金额",
)
store(
    "unanswerable",
    R(),
    [
        "A|河北省科技厅2021年现行有效规范性文件件数",
    ],
    quote={"hebei-kjt-2021": "行政规范性文件81153"},
    note="asked as value: glued 「81153」 splits as 8/1/153 or 8/11/53 (no unique split)",
)
store(
    "unanswerable",
    R(),
    [
        "A|平潭2021年规范性文件本年废止件数",
    ],
    cells=px("pingtan-2021", "t2.norm.repealed"),
    note="asked as value: glued 「693665」 with no unique split (gold null)",
)
store(
    "unanswerable",
    R(),
    ["c|前年的行政复议有几件"],
    scope="shanghai-kewei-2024",
    note="asked as value: 前年 of 科委 2024 = 2022, not stored",
)
store("unanswerable", R(), ["c|前年新收多少"], scope="hongze-2023", note="asked as value: 洪泽 2021 not stored")
store(
    "unanswerable",
    R(),
    ["c|明年的申请量会是多少"],
    scope="ankang-2022",
    note="asked as value: 安康 2023 not stored (and a forecast)",
)
store(
    "unanswerable",
    R(),
    ["a|去年人社厅受理了多少申请"],
    scope="hebei-rst-2023",
    quote={"hebei-rst-2023": "2023年办理依申请公开文件数224件"},
    note="asked as value: 人社厅 2022 not stored",
)
store(
    "unanswerable",
    R(),
    ["c|去年的行政许可决定多少"],
    scope="hebei-edu-2021",
    note="asked as value: 教育厅 2020 not stored",
)
store(
    "unanswerable",
    R(),
    ["c|上一年度主动公开了多少条"],
    scope="pingtan-junshan-2022",
    quote={"pingtan-junshan-2022": "全年主动公开信息数156条"},
    note="asked as value: 君山 2021 not stored",
)
store(
    "unanswerable",
    R(),
    ["c|去年收了几件申请"],
    scope="shanghai-office-2019",
    note="asked as value: 上海市府办 2018 not stored (only a 12.3 % drop is given)",
)
store(
    "unanswerable",
    R(),
    ["c|今年网上申请占百分之几"],
    scope="pingtan-2022",
    note="asked as share: no channel breakdown in 平潭 2022",
)
store(
    "unanswerable",
    R(),
    ["c|申请人最多的是哪个乡镇"],
    scope="hongze-2023",
    note="asked as rank: applicants' origin not stated",
)
store(
    "unanswerable",
    R(),
    ["c|依申请公开平均多少天答复"],
    scope="hebei-edu-2023",
    note="asked as value: processing time not stated",
)
store(
    "unanswerable",
    R(),
    ["c|这一年政务公开花了多少钱"],
    scope="shanghai-kewei-2024",
    note="asked as value: budget not stated",
)

store(
    "value",
    V(21, "件"),
    ["c|前年本年新收多少件"],
    cells=px("pingtan-2020", "t3.new.tot"),
    scope="pingtan-2022",
    note="前年 of 平潭 2022 = 2020",
)
store("value", V(23, "件"), ["c|上一年新收的申请是几件"], cells=px("pingtan-2019", "t3.new.tot"), scope="pingtan-2020")
store(
    "value",
    V(0, "件"),
    ["c|前年因为信息公开被复议了几件"],
    cells=px("hebei-edu-2021", "t4.rv.tot"),
    scope="hebei-edu-2023",
)
store(
    "value",
    V(0, "件"),
    ["c|去年一共收到几件公开申请"],
    quote={"hebei-kjt-2020": "2020年未收到政府信息公开申请"},
    scope="hebei-kjt-2021",
)
store(
    "value",
    V(2, "件"),
    ["c|去年收到的申请有几件啊"],
    quote={"hebei-kjt-2021": "2021年收到政府信息公开申请2件"},
    scope="hebei-kjt-2022",
    note="same fact as 「去年收到的申请几件」, asked with a particle",
)
store(
    "consistency",
    VD("consistent", ["S1"], {"carry_out": 0, "carry_in": 0}),
    [
        "A|平潭2019年结转下年度和2020年上年结转一致吗",
        "c|上一年结转下年度的数和今年上年结转的数能对上吗",
    ],
    cells=px("pingtan-2019", "t3.carry_out.tot") + px("pingtan-2020", "t3.carry_in.tot"),
    scope="pingtan-2020",
)
store(
    "consistency",
    VD("consistent", ["S1"], {"carry_out": 0, "carry_in": 0}),
    [
        "A|省科技厅2022年结转下年度和2023年上年结转对得上吗",
    ],
    quote={
        "hebei-kjt-2022": "四、结转下年度继续办理0000000",
        "hebei-kjt-2023": "二、上年结转政府信息公开申请数量0000000",
    },
)
