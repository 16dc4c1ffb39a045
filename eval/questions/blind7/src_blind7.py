"""Seventh blind question bank (issue 13 evaluation, branch `blind7`): the source of blind7.jsonl.

Written blind, from the corpus reports, their gold and `unlabeled/` only (not the router, not the other
banks). Each fact is asked in several phrasings through `ask`: a phrasing is "<c|f|a>|text" — c colloquial,
f formal, a abbreviated agency name; lowercase = scoped to the report the block is about, uppercase =
asked to the whole store (cells and calc references are then prefixed with the report id).
Stresses what real users write: typos and homophones, no punctuation, long questions with context
before the ask, two asks in one (scored on the FIRST ask only; the note says so), wrong premises (the
expectation is the true figure, e.g. a signed change that contradicts the premise), Arabic vs Chinese
numerals, a little English, region-only names, relative years, a journalist checking a printed figure,
questions on findings, several agencies at once.
Build: python eval/questions/build.py --set blind7
"""

from _dsl import BL, CT, S3, S4, S5, S6, STY, VD, VS, WR, R, V, add, ask, legal, px, store  # noqa: F401

AK, E18, E21, E23, HZ = "ankang-2022", "hebei-edu-2018", "hebei-edu-2021", "hebei-edu-2023", "hongze-2023"
P19, P20, P21, P22 = "pingtan-2019", "pingtan-2020", "pingtan-2021", "pingtan-2022"
KW, SH = "shanghai-kewei-2024", "shanghai-office-2019"
E16, K18, K19, K20, K21, K22, K23 = (
    "hebei-edu-2016",
    "hebei-kjt-2018",
    "hebei-kjt-2019",
    "hebei-kjt-2020",
    "hebei-kjt-2021",
    "hebei-kjt-2022",
    "hebei-kjt-2023",
)
R19, R20, R23, JS = "hebei-rst-2019", "hebei-rst-2020", "hebei-rst-2023", "pingtan-junshan-2022"
TWO = "two asks in one: scored on the first ask only"

# ───────────────────────────── 安康市人民政府办公室 2022 (GF2021) ─────────────────────────────
ask(
    AK,
    "value",
    V(56, "件"),
    [
        "c|今年新收到的公开申请有多少件啊",
        "F|请问安康市人民政府办公室2022年度本年新收政府信息公开申请数量是多少件？",
        "A|安康市府办二〇二二年新收申请数",
        "C|安康那边2022年 applications 一共多少件",
    ],
    cells=["t3.new.tot"],
)
ask(
    AK,
    "value",
    V(8, "件"),
    [
        "c|予以公开的有几件呢",
        "A|安康市政府办22年依申情公开予以公开几件",
        "F|安康市人民政府办公室2022年办理结果中“予以公开”总计为多少件？",
    ],
    cells=["t3.r1.tot"],
)
ask(
    AK,
    "value",
    V(25, "件"),
    [
        "c|本机关不掌握相关政府信息的有多少件",
        "A|安康市府办2022年本机关不掌握的有几件",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    AK,
    "value",
    V(58, "件"),
    [
        "c|办理结果总计多少件啊",
        "F|安康市人民政府办公室2022年度办理结果总计为多少件？",
    ],
    cells=["t3.r7.tot"],
)
ask(
    AK,
    "value",
    V(57, "件"),
    [
        "c|办理结果总计里自然人那一栏是多少",
    ],
    cells=["t3.r7.np"],
)
ask(
    AK,
    "value",
    V(2, "件"),
    [
        "c|从上一年结转过来的申请有几件",
        "A|安康市政府办2022上年结转几件",
    ],
    cells=["t3.carry_in.tot"],
)
ask(
    AK,
    "value",
    V(5, "件"),
    [
        "c|今年制发了几件规范性文件",
        "F|安康市人民政府办公室2022年本年制发行政规范性文件多少件？",
    ],
    cells=["t2.norm.made"],
)
ask(
    AK,
    "value",
    V(1, "件"),
    [
        "c|现行有效的规章有几件呀",
    ],
    cells=["t2.reg.valid"],
)
ask(
    AK,
    "value",
    V(2, "件"),
    [
        "c|行政诉讼一共几件 都是直接起诉的吗",
        "A|安康市府办2022年信息公开行政诉讼案件总共多少",
    ],
    cells=["t4.ld.tot"],
    note="行政诉讼 = 未经复议直接起诉 2 + 复议后起诉 0",
)
ask(
    AK,
    "value",
    V(0, "件"),
    [
        "c|被申请行政复意的有几件",
        "A|安康市政府办2022年被行政复意多少件",
    ],
    cells=["t4.rv.tot"],
    note="复意 typo for 复议",
)
ask(
    AK,
    "value",
    V(2, "件"),
    [
        "c|诉讼里结果维持的有几件",
    ],
    cells=["t4.ld.keep"],
)
ask(
    AK,
    "narrative",
    V(93.38, "%"),
    [
        "c|报告说市长信箱办结率93.38%，对吗",
        "A|安康市政府办的市长信箱办结率是多少",
        "F|安康市人民政府办公室2022年“市长信箱”办结率为多少？",
    ],
    quote="办结率93.38%",
)
ask(
    AK,
    "narrative",
    V(3459, "件"),
    [
        "c|市长信箱收了多少封有效信件",
        "C|安康市长信箱2022年受理有效群众信件几件",
    ],
    quote="“市长信箱”受理有效群众信件3459件",
)
ask(
    AK,
    "narrative",
    V(13050, "条"),
    [
        "c|市政府网站一年发了多少条政务信息",
        "A|安康市政府网站2022发布政务信息多少条",
    ],
    quote="市政府网站共发布各类政务信息13050余条",
)
ask(
    AK,
    "narrative",
    V(780, "期"),
    [
        "c|安康发布微信发了多少期",
    ],
    quote="“安康发布”政务微信发布信息780期",
)
ask(
    AK,
    "narrative",
    V(2165, "条"),
    [
        "c|安康发布政务微信一共发了多少条信息",
    ],
    quote="780期2165条",
)
ask(
    AK,
    "narrative",
    V(1021, "条"),
    [
        "c|政务微博发了多少条来着",
        "F|安康市人民政府办公室2022年政务微博发布信息多少条？",
    ],
    quote="微博1021条",
)
ask(
    AK,
    "narrative",
    V(157, "条"),
    [
        "c|解读了多少条民生政策",
    ],
    quote="解读发布本市涉及民生政策信息157条",
)
ask(
    AK,
    "narrative",
    V(4, "期"),
    [
        "c|政府公报编了几期",
        "A|安康市府办2022年编印政府公报几期",
    ],
    quote="编印政府公报4期",
)
ask(
    AK,
    "narrative",
    V(4135, "条"),
    [
        "c|政策问答库梳理了多少条知识问答",
    ],
    quote="已梳理知识问答信息4135条",
)
ask(
    AK,
    "narrative",
    V(291, "件"),
    [
        "c|公开了多少件人大代表建议呢",
        "F|安康市人民政府办公室2022年公开人大代表建议多少件？",
    ],
    quote="公开人大代表建议291件",
)
ask(
    AK,
    "narrative",
    V(40, "个"),
    [
        "c|政务新媒体注销了几个",
        "A|安康市政府办2022年注销了多少个政务新媒体 开设了多少个",
    ],
    quote="注销40个",
    note=TWO,
)
ask(
    AK,
    "narrative",
    V(56, "个"),
    [
        "c|一共申报开设了多少个政务新媒体",
    ],
    quote="共申报开设政务新媒体56个",
)
ask(
    AK,
    "narrative",
    V(20, "条"),
    [
        "c|我为政府网站找错收到几条有效纠错留言",
    ],
    quote="有效纠错留言20条",
)
ask(
    AK,
    "narrative",
    V(61087, "个"),
    [
        "c|内容表述严重错误的问题整改了多少个",
    ],
    quote="专项检查整改“内容表述严重错误”问题61087个",
)
ask(
    AK,
    "narrative",
    CT("排名全省第三"),
    [
        "c|政务公开绩效评估在全省排第几啊",
        "A|安康市政府办政务公开在全省评估排名第几名",
    ],
    quote="排名全省第三",
)
ask(
    AK,
    "problems",
    CT("政务公开工作广度深度有待拓展", "政府信息数字化水平仍需提高"),
    [
        "c|这份报告自己说存在啥问题",
        "A|安康市府办2022年政务公开有哪些不足",
        "F|安康市人民政府办公室2022年度报告所列存在的主要问题有哪些？",
    ],
    quote="一是政务公开工作广度深度有待拓展;二是政府信息数字化水平仍需提高",
)
ask(
    AK,
    "problems",
    CT("加强重点领域信息公开"),
    [
        "c|明年打算怎么改进呀",
        "F|针对存在的问题，安康市人民政府办公室2023年将在哪些方面加以改进？",
    ],
    quote="三是加强重点领域信息公开",
)
ask(
    AK,
    "consistency",
    VD("consistent", ["H1"], {"new": 56, "carry_in": 2, "r7": 58, "carry_out": 0}),
    [
        "c|表三加起来对得上吗 新收加结转等不等于办结加结转下年",
        "F|安康市人民政府办公室2022年表三“本年新收+上年结转=办理结果总计+结转下年度”是否成立？",
    ],
)
ask(
    AK,
    "consistency",
    VD("consistent", ["H3"], {"r1": 8, "r2": 17, "r4": 25, "r5": 4, "r6": 4, "r7": 58}),
    [
        "c|各项办理结果加起来等于总计58吗",
        "A|安康市府办2022办理结果分项之和和总计一致吗",
    ],
)
ask(
    AK,
    "consistency",
    VD("consistent", ["S2"], {"text": 56, "table": 56}),
    [
        "c|正文说收到56件申请 跟表里的新收数一致吗",
    ],
    quote="全年共收到政府信息公开申请56件",
)
ask(
    AK,
    "unanswerable",
    R(),
    [
        "c|申请人里男的女的各多少来着",
        "A|安康市政府办2022年依申请公开的申请人年龄分布",
        "c|通过网络提交的申请有几件呢",
        "F|请问安康市人民政府办公室2022年政务公开工作经费预算是多少万元？",
        "c|政务抖音号有多少粉丝",
        "c|新闻发布会开了几场",
        "A|安康市府办2022年政府集中采购项目多少个",
    ],
    note="asked as value: the report has no sex/age/channel breakdown, no budget, no 抖音 figure, no count of 新闻发布会 (吹风会信息34期 is not one), and GF2021 has no 政府集中采购 row",
)
ask(
    AK,
    "unanswerable",
    R(),
    [
        "c|去年收到多少件申请呀",
        "c|前年的行政诉讼有几件",
        "A|安康市政府办2023年新收多少件申请",
        "F|陕西省人民政府2022年度收到政府信息公开申请多少件？",
    ],
    note="asked as value of a year/agency not in the store (安康 2021/2020/2023; 陕西省人民政府 ≠ 安康市政府办)",
)
# ───────────────────────────── 洪泽区人民政府 2023 (GF2021, 表四总计印为0) ─────────────────────────────
ask(
    HZ,
    "value",
    V(21, "件"),
    [
        "c|今年新收申请几件",
        "A|洪泽那边2023年收到多少信息公开申请",
        "F|洪泽区人民政府2023年度本年新收政府信息公开申请数量为多少？",
        "A|洪泽区人民正府二零二三年新收申请",
    ],
    cells=["t3.new.tot"],
)
ask(
    HZ,
    "value",
    V(4, "件"),
    [
        "c|部分公开几件来着",
        "A|洪泽23年部分公开多少",
    ],
    cells=["t3.r2.tot"],
)
ask(
    HZ,
    "value",
    V(0, "件"),
    [
        "c|这一年予以公开的有几件",
        "F|洪泽区人民政府2023年“予以公开”总计为多少件？",
    ],
    cells=["t3.r1.tot"],
)
ask(
    HZ,
    "value",
    V(3, "件"),
    [
        "c|不予公开一共几件呢",
        "A|洪泽区2023年不予公开合计多少件",
    ],
    cells=S3,
)
ask(
    HZ,
    "value",
    V(1, "件"),
    [
        "c|属于行政执法案卷不予公开的有几件",
    ],
    cells=["t3.r3_7.tot"],
)
ask(
    HZ,
    "value",
    V(13, "件"),
    [
        "c|无法提供的一共多少",
        "F|洪泽区人民政府2023年“无法提供”合计多少件？",
    ],
    cells=S4,
)
ask(
    HZ,
    "value",
    V(3, "件"),
    [
        "c|没有现成信息需要另行制作的有几件啊",
        "A|洪泽2023没有现成信息需另行制作几件",
    ],
    cells=["t3.r4_2.tot"],
)
ask(
    HZ,
    "value",
    V(10, "件"),
    [
        "c|行政复议结果维持的有几件呀",
        "A|洪泽23年复议维持几件",
    ],
    cells=["t4.rv.keep"],
)
ask(
    HZ,
    "value",
    V(0, "件"),
    [
        "c|表四行政复议总计那一格印的是多少",
        "F|洪泽区人民政府2023年报表四“行政复议—总计”栏填报的数字是多少？",
    ],
    cells=["t4.rv.tot"],
    note="the printed 总计 is 0 (finding H5: parts add to 11)",
)
ask(
    HZ,
    "value",
    V(5, "件"),
    [
        "c|复议后起诉结果维持的有几件",
        "A|洪泽2023年复议后起诉维持多少",
    ],
    cells=["t4.lr.keep"],
)
ask(
    HZ,
    "value",
    V(0, "件"),
    [
        "c|未经复议直接起诉的有几件",
    ],
    cells=["t4.ld.tot"],
)
ask(
    HZ,
    "value",
    V(4119, "件"),
    [
        "c|行政处罚决定多少件",
        "A|洪泽2023行政处罚处理决定数量",
        "F|洪泽区人民政府2023年行政处罚本年处理决定数量是多少？",
    ],
    cells=["t2.penalty.decisions"],
)
ask(
    HZ,
    "value",
    V(195, "件"),
    [
        "c|行政强制几件",
    ],
    cells=["t2.coercion.decisions"],
)
ask(
    HZ,
    "value",
    V(550, "件"),
    [
        "A|洪泽那边23年行政许可多少件",
    ],
    cells=["t2.license.decisions"],
)
ask(
    HZ,
    "value",
    V(7730.28, "万元"),
    [
        "c|行政事业性收费金额多少万元来着",
        "A|洪泽2023收费金额",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    HZ,
    "value",
    V(5, "件"),
    [
        "c|废止了几件规范性文件",
    ],
    cells=["t2.norm.repealed"],
)
ask(
    HZ,
    "narrative",
    V(1136, "条"),
    [
        "c|网站主动公开了多少条信息",
        "A|洪泽区2023在政府网站主动公开政府信息多少条",
        "F|请问洪泽区人民政府2023年在政府网站平台主动公开政府信息多少条？",
    ],
    quote="主动公开政府信息1136条",
)
ask(
    HZ,
    "narrative",
    V(0, "元"),
    [
        "c|收了多少信息处理费啊",
        "A|洪泽23年信息处理费收了多少钱",
    ],
    quote="收取政府信息公开信息处理费0元",
)
ask(
    HZ,
    "problems",
    CT("依申请公开工作规范性还有待提高"),
    [
        "c|存在什么问题呀",
        "A|洪泽区政府信息公开工作有啥不足",
        "F|洪泽区人民政府2023年度报告指出政府信息公开工作存在哪些差距？",
    ],
    quote="依申请公开工作规范性还有待提高",
)
ask(
    HZ,
    "problems",
    CT("继续加强业务指导培训"),
    [
        "c|下一步打算怎么做",
        "A|洪泽下一步改进措施有哪些",
    ],
    quote="三是继续加强业务指导培训",
)
ask(
    HZ,
    "consistency",
    VD("inconsistent", ["H5"], {"printed": 0, "parts": 11}),
    [
        "c|行政复议的分项加起来跟总计对得上吗",
        "A|洪泽2023表四复议总计对不对",
        "F|洪泽区人民政府2023年报表四行政复议各结果之和与总计是否一致？",
    ],
)
ask(
    HZ,
    "consistency",
    VD("inconsistent", ["H5"], {"printed": 0, "parts": 5}),
    [
        "c|复议后起诉那一块的总计和分项一致吗",
    ],
)
ask(
    HZ,
    "consistency",
    VD("consistent", ["H1"], {"new": 21, "carry_in": 0, "r7": 21, "carry_out": 0}),
    [
        "c|表三新收加结转和办结加结转下年平不平",
        "A|洪泽2023年表三收支平衡吗",
    ],
)
ask(
    HZ,
    "consistency",
    VD("consistent", ["S2"], {"text": 21, "table": 21}),
    [
        "c|正文说受理21件和表三一致吗",
    ],
    quote="受理政府信息公开申请21件",
)
ask(
    HZ,
    "unanswerable",
    R(),
    [
        "c|关停了多少个新媒体账号来着",
        "A|洪泽区关停整合的新媒体账号有几个",
    ],
    note="asked as narrative: the text says 关停整合 accounts without a count",
)
ask(
    HZ,
    "unanswerable",
    R(),
    [
        "A|洪泽2022年新收申请几件",
        "c|去年收了多少件",
        "F|淮安市人民政府2023年度收到政府信息公开申请多少件？",
        "A|洪泽区政府信息公开工作人员有几名",
        "c|网上申请的有多少件呢",
    ],
    note="asked as value: 洪泽 2022 not in the store, 淮安市 ≠ 洪泽区, no staff count, no channel breakdown",
)
# ───────────────────────────── 上海市人民政府办公厅 2019 (GF2019, 结果行总计空白) ─────────────────────────────
ask(
    SH,
    "value",
    V(859, "件"),
    [
        "c|本年新收申请多少件",
        "A|上海市府办2019年新收申请多少",
        "F|上海市人民政府办公厅2019年度本年新收政府信息公开申请数量为多少件？",
    ],
    cells=["t3.new.tot"],
)
ask(
    SH,
    "value",
    V(821, "件"),
    [
        "c|新收申请里自然人提的有多少",
        "A|上海市政府办公厅19年自然人新收申请几件",
    ],
    cells=["t3.new.np"],
)
ask(
    SH,
    "value",
    V(35, "件"),
    [
        "c|商业企业新收几件",
    ],
    cells=["t3.new.biz"],
)
ask(
    SH,
    "value",
    V(72, "件"),
    [
        "c|结转到下年度继续办的有多少件",
        "F|上海市人民政府办公厅2019年结转下年度继续办理的申请数量是多少？",
    ],
    cells=["t3.carry_out.tot"],
)
ask(
    SH,
    "value",
    V(18, "件"),
    [
        "A|上海市府办19年上年结转申请几件",
    ],
    cells=["t3.carry_in.tot"],
)
ask(
    SH,
    "value",
    V(805, "件"),
    [
        "c|办理结果总计是多少啊",
        "A|上海市政府办公厅2019办理结果总计",
    ],
    cells=["t3.r7.tot"],
)
ask(
    SH,
    "value",
    BL(),
    [
        "c|予以公开总计那格是多少",
        "F|上海市人民政府办公厅2019年表三“予以公开”一行的总计栏数值是多少？",
    ],
    cells=["t3.r1.tot"],
    note="总计 printed blank; columns add to 272",
)
ask(
    SH,
    "value",
    BL(),
    [
        "A|上海市府办2019年无法提供里本机关不掌握的总计栏填的多少",
    ],
    cells=["t3.r4_1.tot"],
    note="总计 printed blank; 自然人 252",
)
ask(
    SH,
    "value",
    V(258, "件"),
    [
        "c|予以公开那行自然人是多少",
    ],
    cells=["t3.r1.np"],
)
ask(
    SH,
    "value",
    V(148, "件"),
    [
        "c|信访举报投诉类不予处理的自然人有多少",
    ],
    cells=["t3.r5_1.np"],
)
ask(
    SH,
    "value",
    V(7, "件"),
    [
        "c|被申请行政复议一共几件",
        "A|上海市府办2019行政复意总计",
    ],
    cells=["t4.rv.tot"],
)
ask(
    SH,
    "value",
    V(2, "件"),
    [
        "c|复议还没审结的有几件",
    ],
    cells=["t4.rv.pend"],
)
ask(
    SH,
    "value",
    V(9, "件"),
    [
        "c|未经复议直接起诉的行政诉讼有几件呀",
        "F|上海市人民政府办公厅2019年未经复议直接起诉的行政诉讼总计多少件？",
    ],
    cells=["t4.ld.tot"],
)
ask(
    SH,
    "value",
    V(8, "件"),
    [
        "A|上海市府办2019直接起诉结果维持几件",
    ],
    cells=["t4.ld.keep"],
)
ask(
    SH,
    "value",
    V(13, "件"),
    [
        "c|规章本年新制作几件",
    ],
    cells=["t2.reg.new_made"],
)
ask(
    SH,
    "value",
    V(524, "件"),
    [
        "c|规章对外公开总数量是多少",
        "A|上海市政府办公厅19年规章对外公开总数",
    ],
    cells=["t2.reg.total_public"],
)
ask(
    SH,
    "value",
    V(368, "件"),
    [
        "c|规范性文件对外公开总数量多少",
    ],
    cells=["t2.norm.total_public"],
)
ask(
    SH,
    "value",
    V(251000, "元"),
    [
        "c|政府集中采购总金额是多少来着",
        "A|上海市府办2019年采购总金额",
    ],
    cells=["t2.procurement.amount"],
)
ask(
    SH,
    "value",
    V(6, None),
    [
        "c|政府集中采购项目有几个呢",
    ],
    cells=["t2.procurement.items"],
)
ask(
    SH,
    "narrative",
    V(12.3, "%"),
    [
        "c|申请数量比去年回落了百分之几",
        "A|上海市府办2019申请量较上年下降多少",
        "C|为什么上海市人民政府办公厅2019年申请比2018年多了",
    ],
    quote="申请数量较去年回落12.3%",
    note="the last one has a wrong premise: the text says 回落12.3%",
)
ask(
    SH,
    "narrative",
    V(99.58, "%"),
    [
        "c|好差评里好评占多少啊",
        "F|上海市人民政府办公厅2019年“好差评”好评数占评价总数的比例是多少？",
    ],
    quote="好评数占评价总数99.58%",
)
ask(
    SH,
    "narrative",
    V(90.2, "%"),
    [
        "c|市政府公文主动公开率是多少",
        "A|上海市府办2019公文主动公开率",
    ],
    quote="市政府公文主动公开率达90.2%",
)
ask(
    SH,
    "narrative",
    V(132, "件"),
    [
        "c|门户网站发了多少件政策解读",
    ],
    quote="发布政策解读共132件",
)
ask(
    SH,
    "narrative",
    V(24, "期"),
    [
        "c|市政府公报编发了几期",
        "F|上海市人民政府办公厅2019年全年共编发市政府公报多少期？",
    ],
    quote="全年共编发公报24期",
)
ask(
    SH,
    "narrative",
    V(770, "万"),
    [
        "c|上海发布微博粉丝有多少",
    ],
    quote="微博粉丝突破770万",
)
ask(
    SH,
    "narrative",
    V(550, "万"),
    [
        "c|上海发布微信公众号用户多少",
        "A|上海市政府办公厅 上海发布公众号用户突破多少万",
    ],
    quote="用户已突破550万",
)
ask(
    SH,
    "narrative",
    V(2261, "项"),
    [
        "c|一网通办统一受理平台接入了多少项事项",
    ],
    quote="53个部门2261项事项",
)
ask(
    SH,
    "narrative",
    V(70, "家"),
    [
        "c|每季度全面检查多少家政府网站",
    ],
    quote="70家政府网站开展全面检查",
)
ask(
    SH,
    "narrative",
    V(265, "件"),
    [
        "c|正文说因为不掌握无法提供的有多少件",
    ],
    quote="因本机关不掌握等原因无法提供265件",
)
ask(
    SH,
    "problems",
    CT("政策解读方式不够多元"),
    [
        "c|报告里说的主要问题有哪些",
        "A|上海市府办2019政务公开存在什么问题",
        "F|上海市人民政府办公厅2019年度报告列出的主要问题是什么？",
    ],
    quote="四是政策解读方式不够多元，精准解读效果仍需提高",
)
ask(
    SH,
    "problems",
    CT("深入做好《条例》的贯彻落实"),
    [
        "c|改进措施第一条是什么",
        "A|上海市政府办公厅19年改进措施有哪些",
    ],
    quote="一是深入做好《条例》的贯彻落实",
)
ask(
    SH,
    "consistency",
    VD("consistent", ["H1"], {"new": 859, "carry_in": 18, "r7": 805, "carry_out": 72}),
    [
        "c|新收加上年结转等于办结加结转下年吗",
        "A|上海市府办2019表三能对平吗",
    ],
)
ask(
    SH,
    "unanswerable",
    R(),
    [
        "c|本年废止了几件规范性文件",
        "A|上海市府办2019年行政事业性收费金额多少万元",
        "c|其他处理里逾期不补正的有几件",
        "F|上海市人民政府办公厅2019年政府信息公开申请中通过信函提交的有多少件？",
        "c|上海发布抖音号粉丝有多少呀",
    ],
    note="asked as value: GF2019 has no 本年废止 / fee amount / （六） sub-rows; no channel breakdown; 抖音 given only as 播放量",
)
ask(
    SH,
    "unanswerable",
    R(),
    [
        "c|上一年度新收多少件",
        "A|上海市府办2020年新收申请多少",
        "F|上海市人民政府2019年度各区政府收到的申请总数是多少？",
    ],
    note="asked as value: 上海市府办 2018/2020 not in the store; the report is the 办公厅's, not the districts'",
)

# ───────────────────────────── 上海市科学技术委员会 2024 (GF2021, 结转下年度总计空白) ─────────────────────────────
ask(
    KW,
    "value",
    V(34, "件"),
    [
        "c|今年收到几件申请来着",
        "A|上海科委2024新收申请几件",
        "F|上海市科学技术委员会2024年度本年新收政府信息公开申请数量是多少？",
    ],
    cells=["t3.new.tot"],
)
ask(
    KW,
    "value",
    V(9, "件"),
    [
        "c|同意公开的几件",
        "A|科委24年予以公开多少件",
    ],
    cells=["t3.r1.tot"],
)
ask(
    KW,
    "value",
    V(14, "件"),
    [
        "c|其他处理一共几件呢",
        "F|上海市科学技术委员会2024年“其他处理”合计多少件？",
    ],
    cells=S6,
)
ask(
    KW,
    "value",
    V(10, "件"),
    [
        "c|逾期不补正不再处理的有几件",
        "A|上海科委2024申请人无正当理由逾期不补正的几件",
    ],
    cells=["t3.r6_1.tot"],
)
ask(
    KW,
    "value",
    V(6, "件"),
    [
        "c|那没有现成信息需要另行制作的有几件",
    ],
    cells=["t3.r4_2.tot"],
)
ask(
    KW,
    "value",
    V(2, "件"),
    [
        "c|不予公开合计几件啊",
    ],
    cells=S3,
)
ask(
    KW,
    "value",
    V(2, "件"),
    [
        "c|商业企业新收了几件",
        "A|上海科委2024商业企业申请几件",
    ],
    cells=["t3.new.biz"],
)
ask(
    KW,
    "value",
    BL(),
    [
        "c|结转下年度继续办理总计是多少",
        "A|上海科委2024结转下年度总计那栏",
    ],
    cells=["t3.carry_out.tot"],
    note="总计 printed blank (自然人 1)",
)
ask(
    KW,
    "value",
    V(13, "件"),
    [
        "c|今年制发了几件行政规范性文件",
        "A|科委2024年规范性文件本年制发",
    ],
    cells=["t2.norm.made"],
)
ask(
    KW,
    "value",
    V(55, "件"),
    [
        "c|现行有效的规范性文件有多少件",
    ],
    cells=["t2.norm.valid"],
)
ask(
    KW,
    "value",
    V(97, "件"),
    [
        "c|行政许可决定多少件",
        "F|上海市科学技术委员会2024年行政许可本年处理决定数量为多少？",
    ],
    cells=["t2.license.decisions"],
)
ask(
    KW,
    "value",
    V(1, "件"),
    [
        "c|被申请行政复议几件",
        "A|上海科委24年行政复议总计",
    ],
    cells=["t4.rv.tot"],
)
ask(
    KW,
    "narrative",
    V(1016823, "人"),
    [
        "c|微信公众号关注人数多少",
        "A|科委公众号关注的人有多少",
    ],
    quote="关注人数达 1016823 人",
)
ask(
    KW,
    "narrative",
    V(1640, "篇"),
    [
        "c|公众号一共编发了多少篇文章",
    ],
    quote="共编发文章 1640 篇",
)
ask(
    KW,
    "narrative",
    V(294, "篇"),
    [
        "c|原创文章多少篇",
        "A|上海科委公众号原创文章几篇",
    ],
    quote="其中原创文章 294 篇",
)
ask(
    KW,
    "narrative",
    V(54373, None),
    [
        "c|视频号粉丝数是多少",
        "F|上海市科学技术委员会2024年视频号粉丝数为多少？",
    ],
    quote="粉丝数 54373",
)
ask(
    KW,
    "narrative",
    V(118, "场"),
    [
        "c|直播搞了几场",
        "A|上海科委2024直播场次",
    ],
    quote="直播 118 场",
)
ask(
    KW,
    "narrative",
    V(2139, "条"),
    [
        "c|上海科技网站全年累计发布了多少条信息",
    ],
    quote="全年累计发布信息 2139 条",
)
ask(
    KW,
    "narrative",
    V(85, "件"),
    [
        "c|主合办政协提案多少件",
        "A|科委2024年主合办政协提案办理复文几件 人大建议几件",
    ],
    quote="办政协提案 85 件",
    note=TWO,
)
ask(
    KW,
    "narrative",
    V(50, "件"),
    [
        "c|主合办人大代表建议多少件",
    ],
    quote="主合办人大代表建议 50 件",
)
ask(
    KW,
    "narrative",
    V(393, "件"),
    [
        "c|部门网站当年发布了多少件政府信息",
        "F|上海市科学技术委员会2024年通过部门网站当年发布政府信息多少件？",
    ],
    quote="当年发布政府信息 393 件",
)
ask(
    KW,
    "narrative",
    V(584, "条"),
    [
        "c|视频号发布了多少条短视频",
    ],
    quote="发布短视频 584 条",
)
ask(
    KW,
    "problems",
    CT("原有部门网站政务公开栏目和政府信息公开目录结构无法满足机构改革后的市科委政务信息发布需要"),
    [
        "c|主要问题是什么",
        "A|上海科委2024年政务公开存在的问题",
    ],
    quote="原有部门网站政务公开栏目和政府信息公开目录结构无法满足机构改革后的市科委政务信息发布需要",
)
ask(
    KW,
    "problems",
    CT("开设“张江高新区”专栏"),
    [
        "c|采取了哪些改进措施",
        "F|上海市科学技术委员会2024年针对主要问题采取了哪些改进措施？",
    ],
    quote="一是开设“张江高新区”专栏",
)
ask(
    KW,
    "consistency",
    VD("inconsistent", ["H1"], {"new": 34, "carry_in": 2, "r7": 35}),
    [
        "c|表三新收加结转等不等于办结加结转下年",
        "A|上海科委2024表三收支对得上吗",
    ],
    note="结转下年度 总计 printed blank: 34+2 vs 35+blank (judgement call as in the final bank)",
)
ask(
    KW,
    "consistency",
    VD("consistent", ["S2"], {"text": 14, "table": 14}),
    [
        "c|正文说其他处理14件跟表三一致吗呀",
    ],
    quote="其他处理 14 件",
)
ask(
    KW,
    "unanswerable",
    R(),
    [
        "c|报告中政务微博发了多少条",
        "A|上海科委抖音粉丝多少",
        "c|申请人里有多少是外地的",
        "F|上海市科学技术委员会2024年政府信息公开工作专职人员有多少名？",
    ],
    note="asked as narrative/value: the report names no 微博 or 抖音 figure, no origin of applicants, no staff",
)
ask(
    KW,
    "unanswerable",
    R(),
    [
        "c|去年新收多少件",
        "A|上海科委2023年收到申请几件",
        "A|科委2022年的行政许可决定数",
        "c|前年的视频号粉丝数",
    ],
    note="asked as value: 上海科委 2022/2023 not in the store",
)
# ───────────────────────────── 河北省教育厅 2021 (GF2021) ─────────────────────────────
ask(
    E21,
    "value",
    V(37, "件"),
    [
        "c|今年新收多少件申请",
        "A|省教育厅2021年新收申请几件",
        "F|河北省教育厅2021年度本年新收政府信息公开申请数量为多少？",
        "A|河北教育厅二〇二一年依申请公开新收多少",
    ],
    cells=["t3.new.tot"],
)
ask(
    E21,
    "value",
    V(34, "件"),
    [
        "c|自然人新收了多少件",
    ],
    cells=["t3.new.np"],
)
ask(
    E21,
    "value",
    V(3, "件"),
    [
        "c|法人或其他组织新收几件",
        "A|省教育厅21年法人或者其他组织提的申请有几件",
    ],
    cells=legal("new"),
)
ask(
    E21,
    "value",
    V(15, "件"),
    [
        "c|信访举报投诉类不予处理的有几件",
        "F|河北省教育厅2021年“信访举报投诉类申请”不予处理多少件？",
    ],
    cells=["t3.r5_1.tot"],
)
ask(
    E21,
    "value",
    V(18, "件"),
    [
        "c|报告中予以公开的有几件",
        "A|河北教育厅2021予以公开",
    ],
    cells=["t3.r1.tot"],
)
ask(
    E21,
    "value",
    V(2, "件"),
    [
        "c|无法提供一共几件",
    ],
    cells=S4,
)
ask(
    E21,
    "value",
    BL(),
    [
        "c|上年结转过来几件来着",
        "A|省教育厅2021年上年结转申请总计",
    ],
    cells=["t3.carry_in.tot"],
    note="上年结转 总计 printed blank",
)
ask(
    E21,
    "value",
    V(181, "件"),
    [
        "c|现行有效规范性文件多少件",
        "F|河北省教育厅2021年现行有效行政规范性文件件数是多少？",
    ],
    cells=["t2.norm.valid"],
)
ask(
    E21,
    "value",
    V(25, "件"),
    [
        "c|本年废止规范性文件几件",
    ],
    cells=["t2.norm.repealed"],
)
ask(
    E21,
    "value",
    V(5658, "件"),
    [
        "c|报告中行政许可决定多少件",
        "A|省教育厅2021行政许可数量",
    ],
    cells=["t2.license.decisions"],
)
ask(
    E21,
    "value",
    V(1163.54, "万元"),
    [
        "c|行政事业性收费多少万元",
        "A|河北教育厅21年收费金额",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    E21,
    "value",
    V(6, "件"),
    [
        "c|这份年报里未经复议直接起诉的有几件",
        "A|省教育厅2021直接起诉几件",
    ],
    cells=["t4.ld.tot"],
)
ask(
    E21,
    "value",
    V(2, "件"),
    [
        "c|复议后起诉的有几件",
    ],
    cells=["t4.lr.tot"],
)
ask(
    E21,
    "value",
    V(0, "件"),
    [
        "c|报告中被申请行政复议几件",
    ],
    cells=["t4.rv.tot"],
)
ask(
    E21,
    "narrative",
    V(240, "万人"),
    [
        "c|河北教育发布关注数多少",
        "A|省教育厅微信公众号河北教育发布关注的有多少人",
    ],
    quote="关注数达240万人",
)
ask(
    E21,
    "narrative",
    V(760, "万"),
    [
        "c|单篇阅读量最高多少",
    ],
    quote="单篇阅读量最高达760万",
)
ask(
    E21,
    "narrative",
    V(2, "场"),
    [
        "c|召开了几场新闻发布会呢",
        "F|请问河北省教育厅2021年召开新闻发布会多少场？",
    ],
    quote="召开新闻发布会2场",
)
ask(
    E21,
    "narrative",
    V(207, "期"),
    [
        "c|疫情防控简报编了多少期",
    ],
    quote="《疫情防控简报》207期",
)
ask(
    E21,
    "narrative",
    V(58, "件"),
    [
        "c|公开发布了多少件政策文件",
        "A|河北教育厅2021公开发布政策文件几件",
    ],
    quote="公开发布政策文件58件",
)
ask(
    E21,
    "narrative",
    V(206, "件"),
    [
        "c|清理前有多少件规范性文件",
    ],
    quote="对现有206件规范性文件",
)
ask(
    E21,
    "narrative",
    V(7, "次"),
    [
        "c|规范性文件清理搞了几次",
    ],
    quote="实施了7次清理",
)
ask(
    E21,
    "problems",
    CT("主动公开意识薄弱、公开机制不健全、内容不够丰富"),
    [
        "c|存在哪些不足",
        "A|省教育厅2021年政务公开有什么问题",
        "F|河北省教育厅2021年度报告指出政务公开工作存在哪些不足？",
    ],
    quote="主动公开意识薄弱、公开机制不健全、内容不够丰富",
)
ask(
    E21,
    "consistency",
    VD("consistent", ["H3"], {"r1": 18, "r2": 1, "r5": 15, "r7": 37}),
    [
        "c|办理结果各项加起来等于总计吗呀",
        "A|河北教育厅2021办理结果合计对不对得上",
    ],
)
ask(
    E21,
    "consistency",
    VD("consistent", ["N"], {"before": 206, "kept": 181, "repealed": 25}),
    [
        "c|清理的206件规范性文件 保留181件废止25件 加起来对吗",
    ],
    quote="对现有206件规范性文件",
)
ask(
    E21,
    "unanswerable",
    R(),
    [
        "c|网络申请占多少比例来着",
        "A|省教育厅2021年视频号粉丝多少",
        "F|河北省教育厅2021年信息公开工作经费是多少？",
    ],
    note="asked as narrative: 2021 gives no channel split, no 视频号 figure, no budget",
)

# ───────────────────────────── 河北省教育厅 2023 (GF2021) ─────────────────────────────
ask(
    E23,
    "value",
    V(19, "件"),
    [
        "c|今年收到多少件申请",
        "A|省教育厅2023新收申请几件",
        "F|河北省教育厅2023年度本年新收政府信息公开申请数量是多少？",
    ],
    cells=["t3.new.tot"],
)
ask(
    E23,
    "value",
    V(4, "件"),
    [
        "c|这一年不予公开一共几件",
        "A|河北教育厅23年不予公开合计",
    ],
    cells=S3,
)
ask(
    E23,
    "value",
    V(3, "件"),
    [
        "c|保护第三方合法权益不予公开的有几件呢",
    ],
    cells=["t3.r3_4.tot"],
)
ask(
    E23,
    "value",
    V(1, "件"),
    [
        "c|危及三安全一稳定的几件",
    ],
    cells=["t3.r3_3.tot"],
)
ask(
    E23,
    "value",
    V(3, "件"),
    [
        "c|无法提供合计几件",
        "F|河北省教育厅2023年“无法提供”合计多少件？",
    ],
    cells=S4,
)
ask(
    E23,
    "value",
    V(2, "件"),
    [
        "c|这份年报里部分公开几件",
    ],
    cells=["t3.r2.tot"],
)
ask(
    E23,
    "value",
    V(7, "件"),
    [
        "c|行政复议一共几件",
        "A|省教育厅2023被申请复议多少件",
        "F|河北省教育厅2023年因政府信息公开被申请行政复议总计多少件？",
    ],
    cells=["t4.rv.tot"],
)
ask(
    E23,
    "value",
    V(1, "件"),
    [
        "c|复议结果纠正的有几件啊",
    ],
    cells=["t4.rv.fix"],
)
ask(
    E23,
    "value",
    V(7, "件"),
    [
        "c|复议后起诉的行政诉讼总计几件",
        "A|河北教育厅2023复议后起诉总计",
    ],
    cells=["t4.lr.tot"],
)
ask(
    E23,
    "value",
    V(7417, "件"),
    [
        "c|行政许可决定多少",
        "A|省教育厅二〇二三年行政许可处理决定数量",
    ],
    cells=["t2.license.decisions"],
)
ask(
    E23,
    "value",
    V(397.619, "万元"),
    [
        "c|行政事业性收费金额多少",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    E23,
    "value",
    V(156, "件"),
    [
        "c|现行有效的规范性文件几件",
        "A|河北教育厅2023现行有效规范性文件呀",
    ],
    cells=["t2.norm.valid"],
)
ask(
    E23,
    "value",
    V(1, "件"),
    [
        "c|商业企业提的申请有几件",
    ],
    cells=["t3.new.biz"],
)
ask(
    E23,
    "narrative",
    V(79, "%"),
    [
        "c|网络申请占百分之多少",
        "A|省教育厅2023网上提交的申请比例",
        "c|报告说网络申请15件占79% 对吗",
    ],
    quote="网络申请15件，占79%",
)
ask(
    E23,
    "narrative",
    V(4, "件"),
    [
        "c|信函申请几件",
        "F|河北省教育厅2023年通过信函提出的申请有多少件？",
    ],
    quote="信函申请4件",
)
ask(
    E23,
    "narrative",
    V(112, "条"),
    [
        "c|公开了多少条建议提案复文",
        "A|省教育厅2023人大建议政协提案复文公开多少条",
    ],
    quote="公开省人大代表建议和省政协委员提案复文112条",
)
ask(
    E23,
    "narrative",
    V(89, "条"),
    [
        "c|发布政策类文件多少条",
    ],
    quote="发布政策类文件89条",
)
ask(
    E23,
    "narrative",
    V(37000, None),
    [
        "c|冀教新视界视频号粉丝多少",
        "A|河北教育厅视频号粉丝量到了多少",
    ],
    quote="粉丝量迅速跃升至3.7万",
    note="3.7万 = 37000",
)
ask(
    E23,
    "narrative",
    V(3, "个"),
    [
        "c|开设了几个新媒体号",
    ],
    quote="开设新媒体号3个",
)
ask(
    E23,
    "narrative",
    V(20, "条"),
    [
        "c|重要政策文件解读发了几条",
    ],
    quote="重要政策文件解读20条",
)
ask(
    E23,
    "problems",
    CT("公开内容不够广泛、政策解读形式过于单一、与公众互动性还需进一步增强"),
    [
        "c|有啥问题和不足",
        "A|省教育厅2023存在的主要问题",
        "F|河北省教育厅2023年度报告所述存在的问题与不足有哪些？",
    ],
    quote="公开内容不够广泛、政策解读形式过于单一、与公众互动性还需进一步增强",
)
ask(
    E23,
    "problems",
    CT("结合图表、音频、视频等多种形式丰富解读材料"),
    [
        "c|下一步政策解读打算怎么改",
    ],
    quote="结合图表、音频、视频等多种形式丰富解读材料",
)
ask(
    E23,
    "consistency",
    VD("consistent", ["H5"], {"keep": 6, "fix": 1, "tot": 7}),
    [
        "c|复议的维持加纠正等于总计吗",
        "A|省教育厅2023表四复议分项和总计一致吗",
    ],
)
ask(
    E23,
    "consistency",
    VD("consistent", ["N"], {"web": 15, "letter": 4, "total": 19}),
    [
        "c|网络15件加信函4件等于收到的19件吗",
    ],
    quote="网络申请15件，占79%",
)
ask(
    E23,
    "unanswerable",
    R(),
    [
        "c|报告中新闻发布会开了几场",
        "A|省教育厅2023政务微博粉丝多少",
        "c|当面申请的有几件",
        "F|河北省教育厅2023年政府集中采购金额为多少？",
    ],
    note="asked as narrative/value: 2023 names 新闻发布会 without a count, no 微博 figure, no 当面 count (网络15+信函4 = 19), GF2021 has no 采购",
)
ask(
    E23,
    "unanswerable",
    R(),
    [
        "c|请问去年新收多少件",
        "A|省教育厅2022年依申请公开多少件",
        "F|河北省人民政府2023年度收到政府信息公开申请多少件？",
    ],
    note="asked as value: 教育厅 2022 not in the store; 河北省人民政府 ≠ 河北省教育厅",
)

# ───────────────────────────── 河北省教育厅 2018 (LEGACY) 与 2016 (unlabeled, LEGACY) ─────────────────────────────
ask(
    E18,
    "narrative",
    V(1683, "条"),
    [
        "c|主动公开了多少条政府信息",
        "A|省教育厅2018主动公开政府信息多少条",
    ],
    quote="2018年主动公开政府信息1683条",
)
ask(
    E18,
    "narrative",
    V(1, "件"),
    [
        "c|受理依申请公开几件",
        "F|河北省教育厅2018年受理依申请信息公开多少件？",
    ],
    quote="受理依申请信息公开1件",
)
ask(
    E18,
    "narrative",
    V(1395, "万人次"),
    [
        "c|网站访问量多少",
        "A|河北教育厅18年网站访问量",
    ],
    quote="网站访问量1395万人次",
)
ask(
    E18,
    "narrative",
    V(716, "条"),
    [
        "c|河北教育发布全年发了多少条",
    ],
    quote="2018年共发布信息716条",
)
ask(
    E18,
    "narrative",
    V(22, "项"),
    [
        "c|有多少项政务服务事项实现网上办理",
    ],
    quote="2018年共有22项政务服务事项实行了网上办理",
)
ask(
    E18,
    "narrative",
    V(2, "次"),
    [
        "c|召开或参加新闻发布会几次来着",
        "A|省教育厅2018新闻发布会几次",
    ],
    quote="召开或参加新闻发布会2次",
)
ask(
    E18,
    "narrative",
    V(16, "条"),
    [
        "c|发布了几条政策解读",
    ],
    quote="发布政策解读16条",
)
ask(
    E18,
    "narrative",
    V(0, "件"),
    [
        "c|因为政府信息公开被申请行政复议的有几件",
        "A|省教育厅2018年信息公开引起的行政复议几起",
    ],
    quote="没有因政府信息公开而被提起的行政复议或行政诉讼",
    note="共受理行政复议1起 is not about 信息公开",
)
ask(
    E18,
    "problems",
    CT("信息公开内容有待进一步完善"),
    [
        "c|存在哪些问题呢",
        "A|河北教育厅2018年信息公开存在的不足",
    ],
    quote="主要是信息公开内容有待进一步完善",
)
ask(
    E18,
    "unanswerable",
    R(),
    [
        "c|那予以公开的有几件",
        "A|省教育厅2018表三不予公开多少件",
        "F|河北省教育厅2018年本年新收政府信息公开申请中自然人提出的有多少件？",
    ],
    note="asked as value: LEGACY report without the standard 表三",
)
ask(
    E16,
    "narrative",
    V(1621, "条"),
    [
        "c|主动公开了多少条",
        "A|省教育厅2016年主动公开政府信息多少条",
        "F|请问河北省教育厅2016年主动公开政府信息多少条？",
    ],
    quote="2016年主动公开政府信息1621条",
)
ask(
    E16,
    "narrative",
    V(3, "件"),
    [
        "c|报告中受理依申请公开几件",
        "A|河北教育厅2016依申请公开受理几件",
    ],
    quote="河北省教育厅受理依申请信息公开3件",
)
ask(
    E16,
    "narrative",
    V(679, "条"),
    [
        "c|官网一共发布了多少条信息",
    ],
    quote="共发布信息679条",
)
ask(
    E16,
    "narrative",
    V(3, "起"),
    [
        "c|受理的行政诉讼有几起",
    ],
    quote="行政诉讼3起",
)
ask(
    E16,
    "unanswerable",
    R(),
    [
        "c|不予公开的有几件",
        "A|省教育厅2016年行政许可处理决定多少件",
    ],
    quote="河北省教育厅受理依申请信息公开3件",
    note="asked as value: LEGACY report without the standard tables",
)
# ───────────────────────────── 平潭综合实验区 2019–2022 ─────────────────────────────
ask(
    P19,
    "value",
    V(23, "件"),
    [
        "c|这一年新收申请几件",
        "A|平潭2019年收到多少件依申请公开",
        "F|平潭综合实验区2019年度本年新收政府信息公开申请数量是多少？",
    ],
    cells=["t3.new.tot"],
)
ask(
    P19,
    "value",
    V(12, "件"),
    [
        "c|无法提供合计多少件",
        "A|平谭2019无法提供一共几件",
    ],
    cells=S4,
)
ask(
    P19,
    "value",
    V(5, "件"),
    [
        "c|补正后申请内容仍不明确的有几件呀",
    ],
    cells=["t3.r4_3.tot"],
)
ask(
    P19,
    "value",
    V(3, "件"),
    [
        "c|重复申请不予处理的几件",
        "A|平潭的2019年重复申请几件",
    ],
    cells=["t3.r5_2.tot"],
)
ask(
    P19,
    "value",
    V(7, "件"),
    [
        "c|予以公开几件",
    ],
    cells=["t3.r1.tot"],
)
ask(
    P19,
    "narrative",
    V(2599, "条"),
    [
        "c|全区一共公布了多少条政府信息来着",
        "A|平潭19年公布政府信息多少条",
    ],
    quote="共公布政府信息2599条",
)
ask(
    P19,
    "narrative",
    V(380, "条"),
    [
        "c|发布了多少条财政资金信息",
        "F|平潭综合实验区2019年发布财政资金信息多少条？",
    ],
    quote="今年共发布380条财政资金信息",
)
ask(
    P19,
    "narrative",
    V(19, "期"),
    [
        "a|问政平潭有事你说搞了几期",
    ],
    quote="组织19期《问政平潭有事你说》",
)
ask(
    P19,
    "narrative",
    V(983, "条"),
    [
        "c|国土资源城乡建设环保能源类信息多少条",
    ],
    quote="国土资源城乡建设环保能源类信息983条",
)
ask(
    P19,
    "narrative",
    V(42, "分钟"),
    [
        "c|改革前群众等候时间是多少分钟",
    ],
    quote="群众等候时间由42分钟缩至19分钟",
)
ask(
    P19,
    "consistency",
    VD("consistent", ["N"], {"total": 380, "special": 152, "budget": 197, "sangong": 27, "bond": 4}),
    [
        "c|财政资金380条 专项152加预决算197加三公27加债券4 对得上吗",
        "A|平潭2019财政资金信息分项加起来是不是380",
    ],
    quote="今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条",
)
ask(
    P19,
    "consistency",
    VD("consistent", ["H1"], {"new": 23, "carry_in": 0, "r7": 23, "carry_out": 0}),
    [
        "c|表三新收和办结总计对得上吗",
    ],
)
ask(
    P19,
    "problems",
    CT("信息人员队伍能力建设仍有欠缺"),
    [
        "c|这份年报里存在哪些不足",
        "A|平潭2019政府信息公开存在的问题",
    ],
    quote="信息人员队伍能力建设仍有欠缺",
)
ask(
    P19,
    "unanswerable",
    R(),
    [
        "c|规范性文件对外公开总数量是多少",
        "A|平潭2019年政府集中采购项目数量",
        "c|本年废止规章几件",
    ],
    note="asked as value: 表二 规范性文件/采购 rows glued with no unique split; GF2019 has no 本年废止",
)

ask(
    P20,
    "value",
    V(21, "件"),
    [
        "c|今年新收申请多少件",
        "A|平潭2020新收申请",
        "F|平潭综合实验区2020年度本年新收政府信息公开申请数量为多少件？",
    ],
    cells=["t3.new.tot"],
)
ask(
    P20,
    "value",
    V(21, "件"),
    [
        "c|办理结果总计印的是多少",
    ],
    cells=["t3.r7.tot"],
    note="printed 21 though the rows add to 27 (finding H3)",
)
ask(
    P20,
    "value",
    V(6, "件"),
    [
        "c|请问部分公开几件",
        "A|平谭二〇二〇年部分公开",
    ],
    cells=["t3.r2.tot"],
)
ask(
    P20,
    "value",
    V(4, "件"),
    [
        "c|其他处理几件",
    ],
    cells=["t3.r6.tot"],
)
ask(
    P20,
    "value",
    V(-15, None),
    [
        "c|行政事业性收费项目本年增减多少",
        "A|平潭2020收费项目比上一年增减了多少项",
    ],
    cells=["t2.fee.delta"],
)
ask(
    P20,
    "value",
    V(7, "件"),
    [
        "c|规章对外公开总数量多少",
    ],
    cells=["t2.reg.total_public"],
)
ask(
    P20,
    "narrative",
    V(2602, "条"),
    [
        "c|公布了多少条政府信息",
        "A|平潭2020公布政府信息总数",
    ],
    quote="共公布政府信息2602条",
)
ask(
    P20,
    "narrative",
    V(348, "件"),
    [
        "c|有事你说收到多少件群众诉求",
    ],
    quote="收到群众诉求348件",
)
ask(
    P20,
    "narrative",
    V(100, "%"),
    [
        "c|群众诉求办结率多少",
    ],
    quote="跟进解决186件，办结率100%",
)
ask(
    P20,
    "narrative",
    V(452149, "份"),
    [
        "c|累计入库电子证照多少份呢",
        "F|请问平潭综合实验区2020年累计入库电子证照多少份？",
    ],
    quote="累计入库电子证照452149份",
)
ask(
    P20,
    "narrative",
    V(51, "条"),
    [
        "c|公开了多少条疫情防控信息",
    ],
    quote="共公开51条疫情防控相关信息",
)
ask(
    P20,
    "consistency",
    VD("inconsistent", ["H3"], {"printed": 21, "rows": 27}),
    [
        "c|办理结果各项加起来和总计一致吗",
        "A|平潭2020表三办理结果分项之和等于总计吗",
        "F|平潭综合实验区2020年表三各办理结果之和与“总计”是否相符？",
    ],
)
ask(
    P20,
    "problems",
    CT("基层政务公开标准化规范化水平有待进一步提升"),
    [
        "c|主要问题有哪些呀",
        "A|平潭2020年存在什么问题",
    ],
    quote="基层政务公开标准化规范化水平有待进一步提升",
)
ask(
    P20,
    "problems",
    CT("坚持开展季度检查抽查"),
    [
        "c|政务新媒体监管打算怎么改进",
    ],
    quote="三是强化政府网站与政务新媒体的日常监管，坚持开展季度检查抽查",
)

ask(
    P21,
    "value",
    V(70, "件"),
    [
        "c|今年新收多少件",
        "A|平潭21年新收申请多少件",
        "F|平潭综合实验区2021年度本年新收政府信息公开申请数量为多少？",
    ],
    cells=["t3.new.tot"],
)
ask(
    P21,
    "value",
    V(8, "件"),
    [
        "c|这一年不予公开合计几件",
        "A|平潭2021不予公开一共多少",
    ],
    cells=S3,
)
ask(
    P21,
    "value",
    V(6, "件"),
    [
        "c|属于行政执法案卷的不予公开几件",
    ],
    cells=["t3.r3_7.tot"],
)
ask(
    P21,
    "value",
    V(1, "件"),
    [
        "c|结转下年度继续办理几件",
    ],
    cells=["t3.carry_out.tot"],
)
ask(
    P21,
    "value",
    V(64, "件"),
    [
        "c|自然人新收多少件",
    ],
    cells=["t3.new.np"],
)
ask(
    P21,
    "value",
    V(2, "件"),
    [
        "c|社会公益组织新收几件",
        "A|平潭2021社会公益组织申请几件",
    ],
    cells=["t3.new.npo"],
)
ask(
    P21,
    "value",
    V(3, "件"),
    [
        "c|行政复议总计几件来着",
        "F|平潭综合实验区2021年因政府信息公开被申请行政复议总计多少件？",
    ],
    cells=["t4.rv.tot"],
)
ask(
    P21,
    "value",
    V(12, "件"),
    [
        "c|直接起诉的行政诉讼几件",
        "A|平潭2021未经复议直接起诉",
    ],
    cells=["t4.ld.tot"],
)
ask(
    P21,
    "value",
    V(2293, "件"),
    [
        "c|行政许可多少件",
    ],
    cells=["t2.license.decisions"],
)
ask(
    P21,
    "value",
    V(24252.311082, "万元"),
    [
        "c|年报里行政事业性收费多少万元",
        "A|平潭2021收费金额",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    P21,
    "narrative",
    V(2645, "条"),
    [
        "c|全年主动公开了多少条呢",
        "A|平潭21年主动公开政府信息多少条",
    ],
    quote="全年主动公开我区各级单位政府信息2645条",
)
ask(
    P21,
    "narrative",
    V(2, "个"),
    [
        "c|关停了几个政务新媒体",
        "A|平潭2021关停多少政务新媒体",
    ],
    quote="先后关停未进行规范管理的政务新媒体2个",
)
ask(
    P21,
    "narrative",
    V(20, "期"),
    [
        "a|问政平潭之有事您说推出了几期",
    ],
    quote="推出20期《问政平潭之有事您说》",
)
ask(
    P21,
    "narrative",
    V(69, "件"),
    [
        "c|办结了多少件",
    ],
    quote="及时依法依规办结69件",
)
ask(
    P21,
    "consistency",
    VD("consistent", ["H1"], {"new": 70, "carry_in": 0, "r7": 69, "carry_out": 1}),
    [
        "c|新收70件 办结69件 结转1件 表三平衡吗",
        "A|平潭2021表三新收加结转等于办结加结转下年吗",
    ],
)
ask(
    P21,
    "problems",
    CT("政策解读形式不够丰富"),
    [
        "c|存在的主要问题是什么啊",
        "A|平潭2021政务公开问题",
    ],
    quote="政策解读形式不够丰富",
)
ask(
    P21,
    "unanswerable",
    R(),
    [
        "c|现行有效规范性文件几件",
        "c|那新闻发布会开了几场",
        "A|平潭2021现存政务新媒体多少个",
    ],
    note="asked as value: 表二 规范性文件 glued (no unique split); no 发布会 count; 2021 closes 2 accounts without saying how many remain",
)

ask(
    P22,
    "value",
    V(74, "件"),
    [
        "c|本年新收多少件",
        "A|平潭22年新收申请多少",
        "F|平潭综合实验区2022年度本年新收政府信息公开申请数量为多少？",
        "C|平潭综合实验区2022年 new applications 多少件",
    ],
    cells=["t3.new.tot"],
)
ask(
    P22,
    "value",
    V(37, "件"),
    [
        "c|本机关不掌握的有几件",
        "A|平潭2022无法提供里本机关不掌握多少",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    P22,
    "value",
    V(4, "件"),
    [
        "c|其他处理合计几件",
    ],
    cells=S6,
)
ask(
    P22,
    "value",
    V(2, "件"),
    [
        "c|属于四类过程性信息的不予公开几件",
    ],
    cells=["t3.r3_6.tot"],
)
ask(
    P22,
    "value",
    V(698, "件"),
    [
        "c|这份年报里现行有效规范性文件多少件",
        "A|平潭2022现行有效规范性文件",
    ],
    cells=["t2.norm.valid"],
)
ask(
    P22,
    "value",
    V(55, "件"),
    [
        "c|年报里本年废止规范性文件几件",
    ],
    cells=["t2.norm.repealed"],
)
ask(
    P22,
    "value",
    V(10690, "件"),
    [
        "c|行政许可决定数量",
        "A|平潭那边2022行政许可多少件",
    ],
    cells=["t2.license.decisions"],
)
ask(
    P22,
    "value",
    V(2, "件"),
    [
        "c|行政复议几件",
    ],
    cells=["t4.rv.tot"],
)
ask(
    P22,
    "value",
    V(1, "件"),
    [
        "c|上年结转几件",
    ],
    cells=["t3.carry_in.tot"],
)
ask(
    P22,
    "value",
    V(70, "件"),
    [
        "c|去年新收多少件申请",
        "c|上一年度本年新收的申请是多少",
    ],
    cells=["pingtan-2021:t3.new.tot"],
    note="去年 of pingtan-2022 = pingtan-2021",
)
ask(
    P22,
    "value",
    V(21, "件"),
    [
        "c|前年新收了几件",
    ],
    cells=["pingtan-2020:t3.new.tot"],
    note="前年 of pingtan-2022 = pingtan-2020",
)
ask(
    P22,
    "value",
    V(2293, "件"),
    [
        "c|去年的行政许可决定数是多少呀",
    ],
    cells=["pingtan-2021:t2.license.decisions"],
    note="去年 of pingtan-2022 = pingtan-2021",
)
ask(
    P22,
    "narrative",
    V(75, "件"),
    [
        "c|正文说收到多少件申请",
        "A|平潭2022正文里写的收到申请数",
    ],
    quote="全区收到政府信息公开申请75件",
)
ask(
    P22,
    "narrative",
    V(14571, "条"),
    [
        "c|这份年报里主动公开了多少条政府信息",
        "A|平潭2022全区主动公开政府信息多少条",
        "F|平潭综合实验区2022年全区主动公开政府信息多少条？",
    ],
    quote="2022年全区共主动公开政府信息14571条",
)
ask(
    P22,
    "narrative",
    V(33, "个"),
    [
        "c|现存政务新媒体几个",
    ],
    quote="全区现存的33个政务新媒体",
)
ask(
    P22,
    "narrative",
    V(100, "%"),
    [
        "c|报告说办结率100% 是这样吗",
        "A|平潭2022依申请公开办结率",
    ],
    quote="均在法定期限内予以答复，办结率100%",
)
ask(
    P22,
    "narrative",
    V(72, "件"),
    [
        "c|正文说自然人申请多少件",
    ],
    quote="涉及自然人72件",
)
ask(
    P22,
    "consistency",
    VD("consistent", ["S2"], {"text": 75, "new": 74, "carry_in": 1}),
    [
        "c|正文说收到75件 表三新收74件 这两个数矛盾吗",
    ],
    quote="全区收到政府信息公开申请75件",
    note="75 = 新收 74 + 上年结转 1",
)
ask(
    P22,
    "consistency",
    VD("consistent", ["S1"], {"carry_out_2021": 1, "carry_in_2022": 1}),
    [
        "c|上年结转的1件和去年报告的结转下年度对得上吗",
        "A|平潭2021结转下年度和2022上年结转一致吗",
    ],
    cells=["pingtan-2021:t3.carry_out.tot", "t3.carry_in.tot"],
)
ask(
    P22,
    "problems",
    CT("重大行政决策预公开程度需进一步加强"),
    [
        "c|这份年报里存在哪些问题",
        "A|平潭2022政府信息公开有啥不足",
        "F|平潭综合实验区2022年度报告指出的问题和不足有哪些？",
    ],
    quote="一是重大行政决策预公开程度需进一步加强",
)
ask(
    P22,
    "problems",
    CT("丰富意见征集形式"),
    [
        "c|2023年打算采取哪些改进措施",
    ],
    quote="一是丰富意见征集形式",
)
ask(
    P22,
    "unanswerable",
    R(),
    [
        "c|听证会开了几场",
        "A|平潭2022政府集中采购金额",
        "c|明年新收多少件",
        "A|平潭2023年新收申请",
    ],
    note="asked as value: 听证会 named without a count; GF2021 has no 采购; 平潭 2023 not in the store",
)
ask(
    P22,
    "change",
    V(4, "件"),
    [
        "c|为什么今年的新收申请比去年少了",
        "A|平潭2022新收申请比2021年减少了多少件",
    ],
    cells=["t3.new.tot", "pingtan-2021:t3.new.tot"],
    calc="{t3.new.tot}-{pingtan-2021:t3.new.tot}",
    note="wrong premise: 74 vs 70, it rose by 4",
)

# ───────────────────────────── 平潭综合实验区君山片区管理局 2022 (unlabeled) ─────────────────────────────
ask(
    JS,
    "narrative",
    V(156, "条"),
    [
        "c|全年主动公开信息多少条",
        "A|君山片区2022主动公开信息数",
        "F|请问平潭综合实验区君山片区管理局2022年主动公开信息多少条？",
    ],
    quote="全年主动公开信息数156条",
)
ask(
    JS,
    "narrative",
    V(903, "篇"),
    [
        "c|公众号发了多少篇呢",
        "A|君山片区微信公众号发布多少篇",
    ],
    quote="共发布903篇公众号信息",
)
ask(
    JS,
    "narrative",
    V(47, "条"),
    [
        "c|突发公共事件应急预案类信息几条",
    ],
    quote="突发公共事件应急预案类信息47条",
)
ask(
    JS,
    "narrative",
    V(0, "件"),
    [
        "c|收到几件依申请公开",
        "A|君山片区2022年收到依申请公开几件",
    ],
    quote="2022年未收到依申请公开事宜",
)
ask(
    JS,
    "narrative",
    V(4, "次"),
    [
        "c|发布调查问卷几次",
    ],
    quote="发布调查问卷四次",
)
ask(
    JS,
    "consistency",
    VD("inconsistent", ["N"], {"total": 156, "parts": 151}),
    [
        "c|主动公开156条 各类加起来对得上吗",
        "A|君山片区主动公开分类之和等于156吗",
    ],
    quote="全年主动公开信息数156条，其中机关职能类信息12条",
)
ask(
    JS,
    "problems",
    CT("创新举措不足"),
    [
        "c|这份年报里存在什么问题",
        "A|君山片区2022政务公开问题",
    ],
    quote="二是政务公开工作仍延续老方法、老套路，创新举措不足",
)
ask(
    JS,
    "problems",
    CT("增强工作创新能力"),
    [
        "c|改进措施有哪些啊",
    ],
    quote="二是增强工作创新能力",
)
ask(
    JS,
    "unanswerable",
    R(),
    [
        "c|问卷回收了多少份",
        "A|君山片区2021年主动公开多少条",
        "c|公众号粉丝多少",
    ],
    quote="发布调查问卷四次",
    note="asked as narrative: no answers received, no 2021 report, no follower count",
)
# ───────────────────────────── 河北省科学技术厅 2018–2023 (unlabeled) ─────────────────────────────
ask(
    K18,
    "narrative",
    V(3, "件"),
    [
        "c|收到几件信息公开申请呀",
        "A|省科技厅2018收到申请几件",
    ],
    quote="我厅收到政府信息公开申请3件",
)
ask(
    K18,
    "narrative",
    V(400, "条"),
    [
        "c|门户网站主动公开了多少条",
        "A|河北科技厅2018年主动公开政府信息多少条",
    ],
    quote="在厅门户网站主动公开各类政府信息400余条",
)
ask(
    K18,
    "narrative",
    V(179, "件"),
    [
        "c|向档案馆图书馆提交了多少件资料",
    ],
    quote="提交主动公开的政府信息资料179件",
)
ask(
    K18,
    "narrative",
    V(3, "次"),
    [
        "c|举办参加新闻发布会几次",
        "F|河北省科学技术厅2018年举办参加新闻发布会多少次？",
    ],
    quote="全年共举办参加新闻发布会3次",
)
ask(
    K18,
    "problems",
    CT("工作人员业务能力和水平也需进一步提升"),
    [
        "c|存在的问题有哪些",
        "A|省科技厅2018存在什么不足",
    ],
    quote="工作人员业务能力和水平也需进一步提升",
)

ask(
    K19,
    "narrative",
    V(0, "件"),
    [
        "c|收到了几件信息公开申请",
        "A|省科技厅2019依申请公开几件",
        "F|请问河北省科学技术厅2019年收到政府信息公开申请多少件？",
    ],
    quote="2019年未收到政府信息公开申请",
)
ask(
    K19,
    "narrative",
    V(5, "次"),
    [
        "c|新闻发布会几次",
        "A|河北科技厅19年新闻发布会",
    ],
    quote="我厅共举办参加新闻发布会5次",
)
ask(
    K19,
    "narrative",
    V(85, "条"),
    [
        "c|收到多少条网民留言",
    ],
    quote="各类网民留言85条",
)
ask(
    K19,
    "narrative",
    V(1111, "条"),
    [
        "c|科技河北微信公众平台累计发布多少条",
    ],
    quote="“科技河北”微信公众平台累计发布信息1111条",
)
ask(
    K19,
    "narrative",
    V(883, "条"),
    [
        "c|向中国河北门户网站报送了多少条信息",
    ],
    quote="向中国河北门户网站报送信息883条",
)
ask(
    K19,
    "problems",
    CT("信息公开范围不全面"),
    [
        "c|有什么问题",
        "A|省科技厅2019年存在的主要问题",
    ],
    quote="存在对部分政策宣传解读不到位、信息公开范围不全面等问题",
)
ask(
    K19,
    "unanswerable",
    R(),
    [
        "c|规范性文件现行有效多少件",
        "A|省科技厅2019年行政许可处理决定数",
    ],
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
    note="asked as value: 表二 of 2019 is not in the text (image)",
)

ask(
    K20,
    "narrative",
    V(7, "次"),
    [
        "c|新闻发布会开了几次呢",
        "A|省科技厅2020举办参加新闻发布会",
    ],
    quote="我厅共举办参加新闻发布会7次",
)
ask(
    K20,
    "narrative",
    V(316, "条"),
    [
        "c|主动公开各类文件信息多少条",
    ],
    quote="全年在厅门户网站主动公开各类文件信息316条",
)
ask(
    K20,
    "narrative",
    V(51000, "人"),
    [
        "c|微博微信关注总量多少",
        "F|河北省科学技术厅2020年微博、微信关注总量达到多少？",
    ],
    quote="我厅微博、微信关注总量达5.1万余人",
    note="5.1万余人 = 51000",
)
ask(
    K20,
    "narrative",
    V(157, "条"),
    [
        "c|报告中收到多少条网民留言",
        "A|河北科技厅2020网民留言多少条",
    ],
    quote="各类网民留言157条",
)
ask(
    K20,
    "narrative",
    V(0, "件"),
    [
        "c|收到信息公开申请没",
    ],
    quote="2020年未收到政府信息公开申请",
)
ask(
    K20,
    "value",
    BL(),
    [
        "c|行政处罚处理决定数量是多少",
    ],
    quote="第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚行政强制",
    note="行政处罚 printed empty",
)
ask(
    K20,
    "problems",
    CT("科技政策宣传解读覆盖不完全"),
    [
        "c|请问存在什么问题",
        "A|省科技厅2020年信息公开工作的不足",
    ],
    quote="科技政策宣传解读覆盖不完全",
)

ask(
    K21,
    "narrative",
    V(2, "件"),
    [
        "c|收到几件申请啊",
        "A|省科技厅2021收到政府信息公开申请几件",
        "F|请问河北省科学技术厅2021年收到政府信息公开申请多少件？",
    ],
    quote="2021年收到政府信息公开申请2件",
)
ask(
    K21,
    "narrative",
    V(4818, "篇"),
    [
        "c|门户网站发布了多少篇信息",
        "A|河北科技厅2021门户网站发布信息",
    ],
    quote="各类信息4818篇",
)
ask(
    K21,
    "narrative",
    V(7, "次"),
    [
        "c|年报里举办参加新闻发布会几次",
    ],
    quote="举办参加新闻发布会7次",
)
ask(
    K21,
    "narrative",
    V(29, "件"),
    [
        "c|建议提案复文多少件",
    ],
    quote="由我厅办理的省人大代表建议政协提案复文共29件",
)
ask(
    K21,
    "narrative",
    V(22000, "人"),
    [
        "c|科技河北公众号关注多少人",
        "A|省科技厅2021公众号关注人数",
    ],
    quote="关注人数达22000余人",
)
ask(
    K21,
    "narrative",
    V(1689, "件"),
    [
        "c|行政许可处理决定多少件",
    ],
    quote="行政许可1689",
)
ask(
    K21,
    "value",
    BL(),
    [
        "c|行政强制那一栏填的多少",
        "A|省科技厅2021年行政强制处理决定数量",
    ],
    quote="行政处罚0行政强制第二十条第（八）项",
    note="行政强制 printed empty",
)
ask(
    K21,
    "problems",
    CT("政策解读形式不够丰富、覆盖面不完全、推送不够精准"),
    [
        "c|存在的主要问题",
        "A|省科技厅2021年政务公开问题",
    ],
    quote="政策解读形式不够丰富、覆盖面不完全、推送不够精准",
)

ask(
    K22,
    "narrative",
    V(11, "件"),
    [
        "c|收到多少件申请",
        "A|省科技厅2022收到申请多少件",
        "F|请问河北省科学技术厅2022年收到政府信息公开申请多少件？",
    ],
    quote="2022年收到政府信息公开申请11件",
)
ask(
    K22,
    "narrative",
    V(5009, "篇"),
    [
        "c|门户网站发布各类信息多少篇",
    ],
    quote="各类信息5009篇",
)
ask(
    K22,
    "narrative",
    V(263, "条"),
    [
        "c|视频号发布了多少条",
        "A|河北科技厅2022视频号发布信息",
    ],
    quote="“科技河北”视频号发布信息263条",
)
ask(
    K22,
    "narrative",
    V(37000, "人"),
    [
        "c|年报里微信公众号关注人数多少",
    ],
    quote="微信公众号关注人数达3.7万人",
)
ask(
    K22,
    "narrative",
    V(8, "件"),
    [
        "c|清理后废止或宣布失效的规范性文件几件",
    ],
    quote="8件文件予以废止或宣布失效",
)
ask(
    K22,
    "narrative",
    V(1153, "件"),
    [
        "c|行政许可处理决定多少",
    ],
    quote="行政许可1153",
)
ask(
    K22,
    "consistency",
    VD("consistent", ["N"], {"total": 70, "kept": 39, "revise": 23, "repealed": 8}),
    [
        "c|清理70件 保留39 限期修改23 废止8 加起来对吗",
        "A|省科技厅2022规范性文件清理数字对得上吗",
    ],
    quote="对70件文件规范性文件进行清理，其中39件文件保留，23件文件列入限期修改，8件文件予以废止或宣布失效",
)
ask(
    K22,
    "unanswerable",
    R(),
    [
        "c|政务微博粉丝多少",
        "A|省科技厅2022年新闻发布会几次",
    ],
    quote="微信公众号关注人数达3.7万人",
    note="asked as narrative: 2022 gives no 微博 figure and no 新闻发布会 count",
)

ask(
    K23,
    "narrative",
    V(17, "件"),
    [
        "c|那收到几件信息公开申请",
        "A|省科技厅2023收到多少申请",
        "F|请问河北省科学技术厅2023年收到政府信息公开申请多少件？",
        "A|河北科技厅23年依申请公开收了几件 办结率多少",
    ],
    quote="2023年收到政府信息公开申请17件",
    note="the last: " + TWO,
)
ask(
    K23,
    "narrative",
    V(100, "%"),
    [
        "c|办结率是多少",
    ],
    quote="办结率100%",
)
ask(
    K23,
    "narrative",
    V(14, "场次"),
    [
        "c|线上直播搞了几场啊",
        "A|省科技厅2023直播场次",
    ],
    quote="开展线上直播14场次",
)
ask(
    K23,
    "narrative",
    V(66000, "人"),
    [
        "c|公众号关注人数",
    ],
    quote="微信公众号关注人数达6.6万人",
)
ask(
    K23,
    "narrative",
    V(119, "件"),
    [
        "c|全年转交文件多少件",
    ],
    quote="全年转交文件119件",
)
ask(
    K23,
    "narrative",
    V(41, "件"),
    [
        "c|建议提案复文几件",
        "A|河北科技厅2023人大建议政协提案复文",
    ],
    quote="由我厅办理的省人大代表建议政协提案复文共41件",
)
ask(
    K23,
    "narrative",
    V(1029, "件"),
    [
        "c|请问行政许可多少件",
    ],
    quote="行政许可1029",
)
ask(
    K23,
    "narrative",
    V(17, "件"),
    [
        "c|予以公开了几件",
    ],
    quote="（一）予以公开170000017",
    note="glued row: 自然人 17 … 总计 17",
)
ask(
    K23,
    "consistency",
    VD("consistent", ["N"], {"total": 53, "kept": 49, "revise": 3, "repealed": 1}),
    [
        "c|清理53件里保留49件 修改3件 废止1件 加起来等于53吗",
    ],
    quote="对53件文件规范性文件进行清理，其中49件保留、3件列入限期修改、1件予以废止或宣布失效",
)
ask(
    K23,
    "problems",
    CT("服务类信息占比仍然不高"),
    [
        "c|主要表现在哪些方面的不足",
        "A|省科技厅2023存在哪些问题",
    ],
    quote="服务类信息占比仍然不高",
)
ask(
    K23,
    "problems",
    CT("持续开展好业务培训"),
    [
        "c|下一步有哪些措施",
    ],
    quote="三是持续开展好业务培训",
)
ask(
    K23,
    "unanswerable",
    R(),
    [
        "c|这一年政务微博粉丝多少",
        "A|省科技厅2023年新闻发布会开了几次",
        "c|网上申请的有几件",
    ],
    quote="微信公众号关注人数达6.6万人",
    note="asked as narrative: 2023 has 公众号 and 视频号 followers only; no 发布会 count; no channel split",
)

# ───────────────────────────── 河北省人力资源和社会保障厅 2019/2020/2023 (unlabeled, 表为图片) ─────────────────────────────
ask(
    R19,
    "narrative",
    V(64, "件"),
    [
        "c|全年受理多少件信息公开申请",
        "A|河北人社厅2019受理申请多少",
        "F|河北省人力资源和社会保障厅2019年共受理政府信息公开申请多少件？",
    ],
    quote="全年共受理政府信息公开申请64件",
)
ask(
    R19,
    "narrative",
    V(31.6, "%"),
    [
        "c|12333来电比去年增长了多少",
        "A|省人社厅2019年12333来电同比增长",
    ],
    quote="比去年同期增长31.6%",
)
ask(
    R19,
    "narrative",
    V(4020000, "人次"),
    [
        "c|12333来电总量多少",
    ],
    quote="12333咨询电话来电总量402万人次",
    note="402万人次",
)
ask(
    R19,
    "narrative",
    V(4582, "件"),
    [
        "c|受理网上来信留言咨询投诉多少件",
    ],
    quote="投诉等问题4582件",
)
ask(
    R19,
    "narrative",
    V(320, "条"),
    [
        "c|阳光理政平台留言多少条",
    ],
    quote="受理《阳光理政》问政平台线上留言320条",
)
ask(
    R19,
    "problems",
    CT("政府信息公开意识还需要进一步增强"),
    [
        "c|请问存在哪些问题",
        "A|人社厅2019政务公开问题",
    ],
    quote="一是政府信息公开意识还需要进一步增强",
)
ask(
    R19,
    "unanswerable",
    R(),
    [
        "c|年报里予以公开的有几件",
        "A|人社厅2019行政复议几件",
        "c|政务抖音号粉丝多少",
    ],
    quote="全年共受理政府信息公开申请64件",
    note="asked as value: tables published as images; no 抖音 figure",
)

ask(
    R20,
    "narrative",
    V(78, "件"),
    [
        "c|受理了多少件申请",
        "A|河北人社厅2020受理信息公开申请",
        "F|河北省人力资源和社会保障厅2020年共受理政府信息公开申请多少件？",
    ],
    quote="全年共受理政府信息公开申请78件",
)
ask(
    R20,
    "narrative",
    V(10, "次"),
    [
        "c|报告中新闻发布会开了几次",
        "A|省人社厅2020新闻发布会",
    ],
    quote="共举办参加新闻发布会10次",
)
ask(
    R20,
    "narrative",
    V(1200000, "人次"),
    [
        "c|12333人工服务量多少",
    ],
    quote="人工服务总量为120万人次",
)
ask(
    R20,
    "narrative",
    V(100, "条"),
    [
        "c|受理12345热线多少条",
    ],
    quote="受理河北12345政务热线100条",
)
ask(
    R20,
    "narrative",
    V(1465, "条"),
    [
        "c|河北人社微信公众平台发了多少条",
    ],
    quote="“河北人社”微信公众平台累计发布信息1465条",
)
ask(
    R20,
    "consistency",
    VD("consistent", ["N"], {"total": 348, "manual": 120, "auto": 228}),
    [
        "c|来电总量348万 等于人工120万加自动语音228万吗",
    ],
    quote="12333咨询电话来电总量348万人次，人工服务总量为120万人次，自动语音服务量为228万人次",
)
ask(
    R20,
    "problems",
    CT("新出台政策文件包括规范性文件在网上公开不够及时"),
    [
        "c|存在什么不足",
        "A|人社厅2020年政务公开的问题",
    ],
    quote="新出台政策文件包括规范性文件在网上公开不够及时",
)
ask(
    R20,
    "unanswerable",
    R(),
    [
        "c|表四里行政诉讼几件",
        "A|人社厅2020不予公开多少件",
    ],
    quote="全年共受理政府信息公开申请78件",
    note="asked as value: tables published as images",
)

ask(
    R23,
    "narrative",
    V(224, "件"),
    [
        "c|办理依申请公开文件数多少",
        "A|河北人社厅2023依申请公开办理多少件",
    ],
    quote="2023年办理依申请公开文件数224件",
)
ask(
    R23,
    "narrative",
    V(872, "件"),
    [
        "c|网民互动交流事项受理了多少件",
        "F|河北省人力资源和社会保障厅2023年受理网民互动交流事项多少件？",
    ],
    quote="受理网民互动交流事项872件",
)
ask(
    R23,
    "narrative",
    V(448, "条"),
    [
        "c|抖音发布了多少条视频",
        "C|河北人社抖音发布视频几条",
    ],
    quote="河北人社抖音发布视频448条",
)
ask(
    R23,
    "narrative",
    V(400, "万"),
    [
        "c|微信公众号粉丝多少呀",
        "A|人社厅公众号粉丝量突破多少",
    ],
    quote="河北人社微信公众号粉丝量突破400万",
)
ask(
    R23,
    "narrative",
    V(62, "件"),
    [
        "c|公开政策文件多少件",
    ],
    quote="2023年共计公开政策文件62件",
)
ask(
    R23,
    "narrative",
    V(12, "期"),
    [
        "c|杂志编印了几期",
    ],
    quote="编印12期《河北人力资源和社会保障》杂志",
)
ask(
    R23,
    "consistency",
    VD("inconsistent", ["N"], {"total": 872, "parts": 848}),
    [
        "c|互动交流872件 各平台加起来对得上吗",
        "A|人社厅2023网民互动事项分平台之和等于872吗",
        "F|河北省人力资源和社会保障厅2023年网民互动交流事项各平台数量之和与总数是否一致？",
    ],
    quote="受理网民互动交流事项872件，其中河北省效能监督平台（国家政务服务平台、河北政务服务网、中国政府网、冀时办APP）242件，人民网101件，中国河北407件，阳光理政81件，长城网17件",
)
ask(
    R23,
    "problems",
    CT("信息更新不够及时、政策解读材料形式不够丰富"),
    [
        "c|存在啥问题来着",
        "A|省人社厅2023年政务公开有哪些问题",
    ],
    quote="还存在信息更新不够及时、政策解读材料形式不够丰富等问题",
)
ask(
    R23,
    "unanswerable",
    R(),
    [
        "c|年报里12333来电总量多少",
        "A|人社厅2023政务微博粉丝",
        "c|本年新收申请中法人提的有几件",
    ],
    quote="2023年办理依申请公开文件数224件",
    note="asked as narrative/value: 2023 gives 12345 not 12333 figures, no 微博, table is an image",
)
# ───────────────────────────── single-report lists (several cells of one report) ─────────────────────────────
ask(
    HZ,
    "list",
    VS({"t3.r3_1.tot": 1, "t3.r3_6.tot": 1, "t3.r3_7.tot": 1}, "件"),
    [
        "c|不予公开都是哪几种情况 各几件",
        "A|洪泽2023不予公开按理由分各多少",
        "F|洪泽区人民政府2023年“不予公开”的各项理由分别有多少件？",
    ],
    cells=["t3.r3_1.tot", "t3.r3_6.tot", "t3.r3_7.tot"],
)
ask(
    KW,
    "list",
    VS({"t3.r6_1.tot": 10, "t3.r6_3.tot": 4}, "件"),
    [
        "c|其他处理分别是哪几项 各几件",
        "A|科委2024其他处理分项",
        "F|上海市科学技术委员会2024年“其他处理”下各子项的件数分别是多少？",
    ],
    cells=["t3.r6_1.tot", "t3.r6_3.tot"],
)
ask(
    E23,
    "list",
    VS({"t4.rv.keep": 6, "t4.rv.fix": 1}, "件"),
    [
        "c|行政复议结果维持和纠正各几件",
        "A|省教育厅2023复议维持几件纠正几件",
    ],
    cells=["t4.rv.keep", "t4.rv.fix"],
)
ask(
    P22,
    "list",
    VS({"t2.norm.made": 88, "t2.norm.repealed": 55, "t2.norm.valid": 698}, "件"),
    [
        "c|规范性文件制发 废止 现行有效分别多少",
        "A|平潭2022规范性文件三个数",
    ],
    cells=["t2.norm.made", "t2.norm.repealed", "t2.norm.valid"],
)
ask(
    SH,
    "list",
    VS({"t4.rv.keep": 5, "t4.rv.pend": 2}, "件"),
    [
        "c|行政复议维持几件 没审完的几件",
        "F|上海市人民政府办公厅2019年行政复议结果维持与尚未审结各多少件？",
    ],
    cells=["t4.rv.keep", "t4.rv.pend"],
)

# ───────────────────────────── several reports (store) ─────────────────────────────
# several agencies at once
store(
    "list",
    VS({AK: 56, HZ: 21, P22: 74}, "件"),
    [
        "C|安康市人民政府办公室2022年、洪泽区人民政府2023年和平潭综合实验区2022年新收申请各多少件",
        "A|安康市府办22年 洪泽23年 平潭22年 新收申请分别几件",
        "F|请分别列出安康市人民政府办公室（2022年）、洪泽区人民政府（2023年）、平潭综合实验区（2022年）本年新收政府信息公开申请数量。",
    ],
    cells=[f"{AK}:t3.new.tot", f"{HZ}:t3.new.tot", f"{P22}:t3.new.tot"],
)
store(
    "list",
    VS({E21: 181, E23: 156, KW: 55}, "件"),
    [
        "A|省教育厅2021、2023和上海科委2024现行有效规范性文件各多少",
        "F|河北省教育厅2021年、2023年及上海市科学技术委员会2024年现行有效行政规范性文件件数分别是多少？",
        "C|河北省教育厅21年23年还有上海市科学技术委员会24年 现行有效的规范性文件各几件",
    ],
    cells=[f"{E21}:t2.norm.valid", f"{E23}:t2.norm.valid", f"{KW}:t2.norm.valid"],
)
store(
    "list",
    VS({K21: 2, K22: 11, K23: 17}, "件"),
    [
        "A|省科技厅2021 2022 2023每年收到几件申请",
        "F|河北省科学技术厅2021—2023年各年度收到政府信息公开申请数量分别是多少？",
        "C|河北省科学技术厅这三年(21-23)收到的信息公开申请各是多少件",
    ],
    quote={
        K21: "2021年收到政府信息公开申请2件",
        K22: "2022年收到政府信息公开申请11件",
        K23: "2023年收到政府信息公开申请17件",
    },
)
store(
    "list",
    VS({HZ: 4119, P22: 2113, P21: 1282}, "件"),
    [
        "A|洪泽2023 平潭2022 平潭2021行政处罚各多少件",
        "C|洪泽区人民政府2023年和平潭综合实验区21、22年的行政处罚决定数分别是多少",
        "F|洪泽区人民政府2023年、平潭综合实验区2021年与2022年行政处罚本年处理决定数量各为多少？",
    ],
    cells=[f"{HZ}:t2.penalty.decisions", f"{P22}:t2.penalty.decisions", f"{P21}:t2.penalty.decisions"],
)

# compare
store(
    "compare",
    VS({AK: 56, HZ: 21}, "件"),
    [
        "C|安康市人民政府办公室2022年和洪泽区人民政府2023年比 谁新收的申请多",
        "A|安康市政府办22年跟洪泽23年新收申请比较",
        "F|安康市人民政府办公室2022年与洪泽区人民政府2023年本年新收政府信息公开申请数量相比如何？",
    ],
    cells=[f"{AK}:t3.new.tot", f"{HZ}:t3.new.tot"],
)
store(
    "compare",
    VS({SH: 859, KW: 34}, "件"),
    [
        "A|上海市府办2019和上海科委2024新收申请哪个多",
        "F|上海市人民政府办公厅2019年与上海市科学技术委员会2024年新收政府信息公开申请数量对比。",
        "C|上海市人民政府办公厅19年和上海市科学技术委员会24年收到的申请差多少 各是多少",
    ],
    cells=[f"{SH}:t3.new.tot", f"{KW}:t3.new.tot"],
)
store(
    "compare",
    VS({E21: 37, E23: 19}, "件"),
    [
        "A|河北教育厅2021和2023年新收申请对比",
        "C|河北省教育厅2021年和2023年哪年收到的申请多",
        "F|河北省教育厅2021年度与2023年度本年新收政府信息公开申请数量比较。",
    ],
    cells=[f"{E21}:t3.new.tot", f"{E23}:t3.new.tot"],
)
store(
    "compare",
    VS({P22: 14571, JS: 156}, "条"),
    [
        "A|平潭全区2022主动公开和君山片区2022主动公开各多少条",
        "F|平潭综合实验区2022年与平潭综合实验区君山片区管理局2022年主动公开政府信息条数比较。",
        "C|平潭综合实验区和平潭综合实验区君山片区管理局2022年主动公开的信息谁多",
    ],
    quote={P22: "2022年全区共主动公开政府信息14571条", JS: "全年主动公开信息数156条"},
)
store(
    "compare",
    VS({R19: 64, R20: 78}, "件"),
    [
        "A|人社厅2019年和2020年受理的信息公开申请哪年多",
        "F|河北省人力资源和社会保障厅2019年与2020年受理政府信息公开申请数量比较。",
        "C|河北省人力资源和社会保障厅19年跟20年受理申请比一比",
    ],
    quote={R19: "全年共受理政府信息公开申请64件", R20: "全年共受理政府信息公开申请78件"},
)
store(
    "compare",
    VS({AK: 25, HZ: 13}, "件"),
    [
        "A|安康市府办2022和洪泽2023无法提供的申请各几件",
        "C|安康市人民政府办公室22年与洪泽区人民政府23年无法提供合计比较",
    ],
    cells=[
        f"{AK}:t3.r4_1.tot",
        f"{AK}:t3.r4_2.tot",
        f"{AK}:t3.r4_3.tot",
        f"{HZ}:t3.r4_1.tot",
        f"{HZ}:t3.r4_2.tot",
        f"{HZ}:t3.r4_3.tot",
    ],
)
store(
    "compare",
    VS({K22: 3.7, K23: 6.6}, "万人"),
    [
        "A|省科技厅2022和2023公众号关注人数对比",
        "C|河北省科学技术厅微信公众号关注人数2022年和2023年各多少",
        "F|河北省科学技术厅2022年与2023年微信公众号关注人数比较。",
    ],
    quote={K22: "微信公众号关注人数达3.7万人", K23: "微信公众号关注人数达6.6万人"},
)
store(
    "compare",
    VS({E21: 6, E23: 0}, "件"),
    [
        "A|省教育厅2021和2023未经复议直接起诉各几件",
        "C|河北省教育厅21年和23年直接起诉的行政诉讼比较",
    ],
    cells=[f"{E21}:t4.ld.tot", f"{E23}:t4.ld.tot"],
)

# change (signed later − earlier)
store(
    "change",
    V(-18, "件"),
    [
        "A|为什么省教育厅2023年申请比2021年增加了",
        "C|河北省教育厅2023年新收申请比2021年变化了多少呢",
        "F|河北省教育厅2023年本年新收政府信息公开申请数量较2021年增减多少件？",
        "c|跟2021年比今年新收申请变了多少",
    ],
    cells=[f"{E23}:t3.new.tot", f"{E21}:t3.new.tot"],
    calc=f"{{{E23}:t3.new.tot}}-{{{E21}:t3.new.tot}}",
    note="wrong premise in the first: it fell by 18",
    scope=E23,
)
store(
    "change",
    V(49, "件"),
    [
        "A|平潭2021年新收申请比2020年多了多少",
        "C|平潭综合实验区二〇二一年新收的申请比上一年增加几件",
        "F|平潭综合实验区2021年本年新收政府信息公开申请数量较2020年增加多少件？",
        "c|今年新收比去年多了多少件",
    ],
    cells=[f"{P21}:t3.new.tot", f"{P20}:t3.new.tot"],
    calc=f"{{{P21}:t3.new.tot}}-{{{P20}:t3.new.tot}}",
    scope=P21,
)
store(
    "change",
    V(-2, "件"),
    [
        "A|平潭2020比2019新收申请增减多少",
        "C|为啥平潭综合实验区2020年申请比2019年多",
    ],
    cells=[f"{P20}:t3.new.tot", f"{P19}:t3.new.tot"],
    calc=f"{{{P20}:t3.new.tot}}-{{{P19}:t3.new.tot}}",
    note="wrong premise in the second: 21 vs 23, it fell by 2",
)
store(
    "change",
    V(6, "件"),
    [
        "A|省科技厅2023年收到申请比2022年多几件",
        "F|请问河北省科学技术厅2023年收到政府信息公开申请数量较2022年增加多少件？",
        "C|河北省科学技术厅23年比22年申请多了还是少了 差几件",
    ],
    quote={K23: "2023年收到政府信息公开申请17件", K22: "2022年收到政府信息公开申请11件"},
    calc="17-11",
)
store(
    "change",
    V(14, "件"),
    [
        "A|人社厅2020年受理申请比2019年增加多少",
        "C|河北省人力资源和社会保障厅2020年受理的申请比前一年多多少",
        "F|河北省人力资源和社会保障厅2020年受理政府信息公开申请数量较2019年变化多少件？",
    ],
    quote={R20: "全年共受理政府信息公开申请78件", R19: "全年共受理政府信息公开申请64件"},
    calc="78-64",
)
store(
    "change",
    V(-25, "件"),
    [
        "A|省教育厅现行有效规范性文件2023比2021少了多少",
        "F|河北省教育厅2023年现行有效行政规范性文件较2021年增减多少件？",
        "C|河北省教育厅现行有效的规范性文件从2021年到2023年变了多少",
    ],
    cells=[f"{E23}:t2.norm.valid", f"{E21}:t2.norm.valid"],
    calc=f"{{{E23}:t2.norm.valid}}-{{{E21}:t2.norm.valid}}",
)
store(
    "change",
    V(8397, "件"),
    [
        "A|平潭行政许可2022年比2021年增加了多少件",
        "c|行政许可决定比去年多了多少",
    ],
    cells=[f"{P22}:t2.license.decisions", f"{P21}:t2.license.decisions"],
    calc=f"{{{P22}:t2.license.decisions}}-{{{P21}:t2.license.decisions}}",
    scope=P22,
)
store(
    "change",
    V(11926, "条"),
    [
        "A|平潭2022年主动公开政府信息比2021年多了多少条",
        "C|平潭综合实验区主动公开信息22年比21年增加多少条",
    ],
    quote={P22: "2022年全区共主动公开政府信息14571条", P21: "全年主动公开我区各级单位政府信息2645条"},
    calc="14571-2645",
)
store(
    "change",
    V(29000, "人"),
    [
        "A|省科技厅公众号关注人数2023比2022涨了多少",
        "C|河北省科学技术厅微信公众号关注人数一年里增加了多少(2022到2023)",
    ],
    quote={K23: "微信公众号关注人数达6.6万人", K22: "微信公众号关注人数达3.7万人"},
    calc="66000-37000",
)
store(
    "change",
    V(-765.921, "万元"),
    [
        "A|省教育厅行政事业性收费2023比2021减少了多少万元",
        "F|河北省教育厅2023年行政事业性收费金额较2021年增减多少万元？",
        "C|河北省教育厅收费金额二〇二三年和二〇二一年相比差多少",
    ],
    cells=[f"{E23}:t2.fee.amount_wan", f"{E21}:t2.fee.amount_wan"],
    calc=f"{{{E23}:t2.fee.amount_wan}}-{{{E21}:t2.fee.amount_wan}}",
    note="tol 0.01",
)
store(
    "change",
    V(1759, "件"),
    [
        "A|河北教育厅行政许可2023年比2021年多多少",
        "C|河北省教育厅行政许可决定数2023年较2021年增加几件",
    ],
    cells=[f"{E23}:t2.license.decisions", f"{E21}:t2.license.decisions"],
    calc=f"{{{E23}:t2.license.decisions}}-{{{E21}:t2.license.decisions}}",
)
store(
    "change",
    V(1, "件"),
    [
        "c|今年的上年结转比去年多了几件",
    ],
    cells=[f"{P22}:t3.carry_in.tot", f"{P21}:t3.carry_in.tot"],
    calc=f"{{{P22}:t3.carry_in.tot}}-{{{P21}:t3.carry_in.tot}}",
    scope=P22,
)

# trend
store(
    "trend",
    VS({P19: 23, P20: 21, P21: 70, P22: 74}, "件"),
    [
        "A|平潭2019到2022每年新收申请数",
        "C|平潭综合实验区这几年新收申请的变化趋势",
        "F|平潭综合实验区2019—2022年本年新收政府信息公开申请数量的变化情况如何？",
        "c|这几年新收申请是怎么变的呀",
    ],
    cells=[f"{P19}:t3.new.tot", f"{P20}:t3.new.tot", f"{P21}:t3.new.tot", f"{P22}:t3.new.tot"],
    scope=P22,
)
store(
    "trend",
    VS({K18: 3, K19: 0, K20: 0, K21: 2, K22: 11, K23: 17}, "件"),
    [
        "A|省科技厅2018年以来每年收到的信息公开申请",
        "C|河北省科学技术厅历年收到申请数量的走势",
        "F|河北省科学技术厅2018—2023年各年收到政府信息公开申请数量的变化趋势。",
    ],
    quote={
        K18: "我厅收到政府信息公开申请3件",
        K19: "2019年未收到政府信息公开申请",
        K20: "2020年未收到政府信息公开申请",
        K21: "2021年收到政府信息公开申请2件",
        K22: "2022年收到政府信息公开申请11件",
        K23: "2023年收到政府信息公开申请17件",
    },
)
store(
    "trend",
    VS({K18: 3, K19: 5, K20: 7, K21: 7}, "次"),
    [
        "A|省科技厅2018到2021年新闻发布会次数变化",
        "C|河北省科学技术厅每年举办参加新闻发布会的次数(18年到21年)",
        "F|河北省科学技术厅2018—2021年举办参加新闻发布会次数的变化情况。",
    ],
    quote={
        K18: "全年共举办参加新闻发布会3次",
        K19: "我厅共举办参加新闻发布会5次",
        K20: "我厅共举办参加新闻发布会7次",
        K21: "举办参加新闻发布会7次",
    },
)
store(
    "trend",
    VS({P19: 2599, P20: 2602, P21: 2645, P22: 14571}, "条"),
    [
        "A|平潭每年主动公开政府信息多少条 2019-2022",
        "C|平潭综合实验区历年主动公开信息数是涨是跌",
        "F|平潭综合实验区2019年至2022年主动公开政府信息条数的变化趋势。",
    ],
    quote={
        P19: "共公布政府信息2599条",
        P20: "共公布政府信息2602条",
        P21: "全年主动公开我区各级单位政府信息2645条",
        P22: "2022年全区共主动公开政府信息14571条",
    },
)
store(
    "trend",
    VS({K21: 4818, K22: 5009, K23: 4987}, "篇"),
    [
        "A|省科技厅门户网站发布信息篇数2021-2023",
        "C|河北省科学技术厅门户网站这三年每年发的信息篇数",
        "F|河北省科学技术厅2021—2023年门户网站发布各类信息篇数的变化。",
    ],
    quote={K21: "各类信息4818篇", K22: "各类信息5009篇", K23: "各类信息4987篇"},
)
store(
    "trend",
    VS({E21: 5658, E23: 7417}, "件"),
    [
        "A|省教育厅行政许可决定数历年变化",
        "C|河北省教育厅这几年行政许可是多了还是少了",
        "F|河北省教育厅各年度行政许可本年处理决定数量的变化情况。",
    ],
    cells=[f"{E21}:t2.license.decisions", f"{E23}:t2.license.decisions"],
    note="only 2021 and 2023 print 表二 (2016/2018 are LEGACY)",
)
store(
    "trend",
    VS({P21: 2293, P22: 10690}, "件"),
    [
        "A|平潭行政许可每年多少",
        "c|这几年的行政许可决定数",
    ],
    cells=[f"{P21}:t2.license.decisions", f"{P22}:t2.license.decisions"],
    scope=P22,
    note="2019/2020 表二 glued with no unique split",
)
store(
    "trend",
    VS({K21: 29, K22: 36, K23: 41}, "件"),
    [
        "A|省科技厅办理的建议提案复文每年多少件",
        "C|河北省科学技术厅人大建议政协提案复文21到23年的变化",
    ],
    quote={
        K21: "由我厅办理的省人大代表建议政协提案复文共29件",
        K22: "由我厅办理的省人大代表建议政协提案复文共36件",
        K23: "由我厅办理的省人大代表建议政协提案复文共41件",
    },
)

# rank
store(
    "rank",
    VS({HZ: 21, E23: 19, K23: 17}, "件", order=[HZ, E23, K23]),
    [
        "A|洪泽、河北教育厅、河北科技厅2023年收到申请从多到少排",
        "C|2023年洪泽区人民政府 河北省教育厅 河北省科学技术厅三家谁收到的申请最多 排个序",
        "F|请将洪泽区人民政府、河北省教育厅、河北省科学技术厅2023年收到的政府信息公开申请数量由高到低排列。",
    ],
    cells=[f"{HZ}:t3.new.tot", f"{E23}:t3.new.tot"],
    quote={K23: "2023年收到政府信息公开申请17件"},
)
store(
    "rank",
    VS({P22: 10690}, "件", order=[P22]),
    [
        "C|所有年报里哪一份行政许可决定数最多",
        "F|在库内各年度报告中，行政许可本年处理决定数量最多的是哪一份？",
        "A|平潭 洪泽 教育厅 科委 安康 哪家行政许可最多",
    ],
    cells=[
        "ankang-2022:t2.license.decisions",
        "hebei-edu-2021:t2.license.decisions",
        "hebei-edu-2023:t2.license.decisions",
        "hongze-2023:t2.license.decisions",
        "pingtan-2021:t2.license.decisions",
        "pingtan-2022:t2.license.decisions",
        "shanghai-kewei-2024:t2.license.decisions",
    ],
)
store(
    "rank",
    VS({HZ: 4119}, "件", order=[HZ]),
    [
        "C|哪个机关行政处罚最多",
        "F|各年度报告中行政处罚本年处理决定数量最多的是哪个机关哪一年？",
        "A|行政处罚最多的是洪泽吗",
    ],
    cells=[
        "ankang-2022:t2.penalty.decisions",
        "hebei-edu-2021:t2.penalty.decisions",
        "hebei-edu-2023:t2.penalty.decisions",
        "hongze-2023:t2.penalty.decisions",
        "pingtan-2021:t2.penalty.decisions",
        "pingtan-2022:t2.penalty.decisions",
        "shanghai-kewei-2024:t2.penalty.decisions",
    ],
)
store(
    "rank",
    VS({P21: 24252.311082}, "万元", order=[P21]),
    [
        "C|哪一份报告行政事业性收费金额最高",
        "A|收费金额最多的是平潭哪年",
        "F|各报告中本年行政事业性收费金额最高的是哪一份？",
    ],
    cells=[
        "ankang-2022:t2.fee.amount_wan",
        "hebei-edu-2021:t2.fee.amount_wan",
        "hebei-edu-2023:t2.fee.amount_wan",
        "hongze-2023:t2.fee.amount_wan",
        "pingtan-2021:t2.fee.amount_wan",
        "pingtan-2022:t2.fee.amount_wan",
        "shanghai-kewei-2024:t2.fee.amount_wan",
    ],
)
store(
    "rank",
    VS({HZ: 5}, "件", order=[HZ]),
    [
        "C|现行有效规范性文件最少的是哪个机关",
        "F|各年度报告中现行有效行政规范性文件件数最少的是哪一份（不含未填报者）？",
    ],
    cells=[
        "ankang-2022:t2.norm.valid",
        "hebei-edu-2021:t2.norm.valid",
        "hebei-edu-2023:t2.norm.valid",
        "hongze-2023:t2.norm.valid",
        "pingtan-2022:t2.norm.valid",
        "shanghai-kewei-2024:t2.norm.valid",
    ],
    note="GF2021 reports with a printed 现行有效 count; 平潭 2021 glued, 科技厅 rows glued",
)
store(
    "rank",
    VS({P22: 74, P21: 70, P19: 23, P20: 21}, "件", order=[P22, P21, P19, P20]),
    [
        "A|平潭四年里新收申请从多到少排一下",
        "C|平潭综合实验区哪一年新收申请最多 按多少排序",
        "F|平潭综合实验区2019—2022年新收政府信息公开申请数量排序（由多到少）。",
    ],
    cells=[f"{P22}:t3.new.tot", f"{P21}:t3.new.tot", f"{P19}:t3.new.tot", f"{P20}:t3.new.tot"],
)
store(
    "rank",
    VS({E23: 7, SH: 7}, "件", order=[E23, SH]),
    [
        "A|复议案件省教育厅2023和上海市府办2019谁多",
        "C|河北省教育厅2023年和上海市人民政府办公厅2019年被申请行政复议的数量排个序",
    ],
    cells=["hebei-edu-2023:t4.rv.tot", "shanghai-office-2019:t4.rv.tot"],
    note="a tie (7 and 7): either order",
)

# sum
store(
    "sum",
    V(188, "件"),
    [
        "A|平潭2019到2022新收申请加起来一共多少",
        "C|平潭综合实验区四年新收的申请合计",
        "F|平潭综合实验区2019—2022年本年新收政府信息公开申请数量合计多少件？",
        "c|这四年(2019-2022)新收加起来多少",
    ],
    cells=[f"{P19}:t3.new.tot", f"{P20}:t3.new.tot", f"{P21}:t3.new.tot", f"{P22}:t3.new.tot"],
    scope=P22,
)
store(
    "sum",
    V(56, "件"),
    [
        "A|省教育厅2021年和2023年新收申请合计",
        "C|河北省教育厅21年23年新收申请加一起多少",
        "F|河北省教育厅2021年与2023年本年新收政府信息公开申请数量之和是多少？",
    ],
    cells=[f"{E21}:t3.new.tot", f"{E23}:t3.new.tot"],
)
store(
    "sum",
    V(33, "件"),
    [
        "A|省科技厅2018-2023一共收到多少件申请",
        "C|河北省科学技术厅这六年收到的信息公开申请总共几件",
        "F|河北省科学技术厅2018年至2023年收到政府信息公开申请合计多少件？",
    ],
    quote={
        K18: "我厅收到政府信息公开申请3件",
        K19: "2019年未收到政府信息公开申请",
        K20: "2020年未收到政府信息公开申请",
        K21: "2021年收到政府信息公开申请2件",
        K22: "2022年收到政府信息公开申请11件",
        K23: "2023年收到政府信息公开申请17件",
    },
    calc="3+0+0+2+11+17",
)
store(
    "sum",
    V(142, "件"),
    [
        "A|人社厅2019和2020年受理申请一共多少",
        "C|河北省人力资源和社会保障厅两年(19 20)受理的申请合计",
    ],
    quote={R19: "全年共受理政府信息公开申请64件", R20: "全年共受理政府信息公开申请78件"},
    calc="64+78",
)
store(
    "sum",
    V(893, "件"),
    [
        "C|上海市人民政府办公厅2019年和上海市科学技术委员会2024年新收申请加起来多少",
        "A|上海市府办和上海科委新收申请合计",
    ],
    cells=[f"{SH}:t3.new.tot", f"{KW}:t3.new.tot"],
)
store(
    "sum",
    V(5, "件"),
    [
        "A|平潭2021和2022年行政复议一共几件",
        "c|今年和去年的行政复议加起来多少",
        "F|平潭综合实验区2021年、2022年因政府信息公开被申请行政复议合计多少件？",
    ],
    cells=[f"{P21}:t4.rv.tot", f"{P22}:t4.rv.tot"],
    scope=P22,
)
store(
    "sum",
    V(77, "件"),
    [
        "A|安康市政府办2022和洪泽2023新收申请合计",
        "C|安康市人民政府办公室跟洪泽区人民政府新收申请加总",
    ],
    cells=[f"{AK}:t3.new.tot", f"{HZ}:t3.new.tot"],
)

# share
ask(
    AK,
    "share",
    V(13.79, "%", tol=0.05),
    [
        "c|予以公开占办理结果总计的百分之几",
        "A|安康市府办2022予以公开占比",
    ],
    cells=["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
)
ask(
    AK,
    "share",
    V(98.21, "%", tol=0.05),
    [
        "c|新收申请里自然人占多大比例来着",
        "F|安康市人民政府办公室2022年新收申请中自然人所占比例是多少？",
    ],
    cells=["t3.new.np", "t3.new.tot"],
    calc="100*{t3.new.np}/{t3.new.tot}",
)
ask(
    HZ,
    "share",
    V(61.9, "%", tol=0.05),
    [
        "c|无法提供占全部办理结果的比例",
        "A|洪泽2023无法提供占比多少",
    ],
    cells=S4 + ["t3.r7.tot"],
    calc="100*({t3.r4_1.tot}+{t3.r4_2.tot}+{t3.r4_3.tot})/{t3.r7.tot}",
)
ask(
    E21,
    "share",
    V(40.54, "%", tol=0.05),
    [
        "c|不予处理占办理总数的百分比",
        "A|省教育厅2021不予处理占比",
        "F|河北省教育厅2021年“不予处理”占办理结果总计的比例是多少？",
    ],
    cells=["t3.r5_1.tot", "t3.r7.tot"],
    calc="100*{t3.r5_1.tot}/{t3.r7.tot}",
)
ask(
    KW,
    "share",
    V(40.0, "%", tol=0.05),
    [
        "c|其他处理占办结总数的多少",
        "A|科委2024其他处理占比",
    ],
    cells=S6 + ["t3.r7.tot"],
    calc="100*({t3.r6_1.tot}+{t3.r6_2.tot}+{t3.r6_3.tot})/{t3.r7.tot}",
)
ask(
    SH,
    "share",
    V(95.58, "%", tol=0.05),
    [
        "c|新收申请里自然人占百分之多少",
        "A|上海市府办2019自然人申请占比",
    ],
    cells=["t3.new.np", "t3.new.tot"],
    calc="100*{t3.new.np}/{t3.new.tot}",
)
ask(
    P22,
    "share",
    V(28.0, "%", tol=0.05),
    [
        "c|予以公开占办理结果的比重",
        "A|平潭2022予以公开比例",
    ],
    cells=["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
)
store(
    "share",
    V(37.23, "%", tol=0.05),
    [
        "A|平潭2021新收申请占2019-2022四年合计的比例",
        "C|平潭综合实验区2021年的新收申请占这四年总数的百分之几",
        "F|平潭综合实验区2021年新收申请数占2019—2022年合计的比重是多少？",
    ],
    cells=[f"{P19}:t3.new.tot", f"{P20}:t3.new.tot", f"{P21}:t3.new.tot", f"{P22}:t3.new.tot"],
    calc=f"100*{{{P21}:t3.new.tot}}/({{{P19}:t3.new.tot}}+{{{P20}:t3.new.tot}}+{{{P21}:t3.new.tot}}+{{{P22}:t3.new.tot}})",
)
store(
    "share",
    V(96.19, "%", tol=0.05),
    [
        "A|上海市府办2019新收申请占它和上海科委2024合计的比例",
        "C|上海市人民政府办公厅的新收申请在两家上海机关合计里占多少(19年和科学技术委员会24年)",
    ],
    cells=[f"{SH}:t3.new.tot", f"{KW}:t3.new.tot"],
    calc=f"100*{{{SH}:t3.new.tot}}/({{{SH}:t3.new.tot}}+{{{KW}:t3.new.tot}})",
)

# ratio
store(
    "ratio",
    V(25.26, None, tol=0.05),
    [
        "A|上海市府办2019新收申请是上海科委2024的几倍",
        "C|上海市人民政府办公厅19年的新收申请是上海市科学技术委员会24年的多少倍",
        "F|上海市人民政府办公厅2019年新收申请数量是上海市科学技术委员会2024年的几倍？",
    ],
    cells=[f"{SH}:t3.new.tot", f"{KW}:t3.new.tot"],
    calc=f"{{{SH}:t3.new.tot}}/{{{KW}:t3.new.tot}}",
)
store(
    "ratio",
    V(3.22, None, tol=0.05),
    [
        "A|平潭2022新收申请是2019年的几倍",
        "c|今年新收是2019年的多少倍",
    ],
    cells=[f"{P22}:t3.new.tot", f"{P19}:t3.new.tot"],
    calc=f"{{{P22}:t3.new.tot}}/{{{P19}:t3.new.tot}}",
    scope=P22,
)
store(
    "ratio",
    V(1.95, None, tol=0.05),
    [
        "A|省教育厅2021新收申请是2023年的几倍",
        "F|河北省教育厅2021年新收申请数量是2023年的多少倍？",
    ],
    cells=[f"{E21}:t3.new.tot", f"{E23}:t3.new.tot"],
    calc=f"{{{E21}:t3.new.tot}}/{{{E23}:t3.new.tot}}",
)
ask(
    HZ,
    "ratio",
    V(7.49, None, tol=0.05),
    [
        "c|行政处罚决定数是行政许可的几倍呢",
        "A|洪泽2023行政处罚是行政许可的多少倍",
        "F|请问洪泽区人民政府2023年行政处罚决定数量与行政许可决定数量之比是多少？",
    ],
    cells=["t2.penalty.decisions", "t2.license.decisions"],
    calc="{t2.penalty.decisions}/{t2.license.decisions}",
)
ask(
    AK,
    "ratio",
    V(2.78, None, tol=0.05),
    [
        "c|安康发布微信平均每期发几条",
        "F|请问安康市人民政府办公室2022年“安康发布”政务微信平均每期发布信息多少条？",
    ],
    quote="780期2165条",
    calc="2165/780",
)
ask(
    E23,
    "ratio",
    V(3.75, None, tol=0.05),
    [
        "c|网络申请是信函申请的几倍",
        "A|省教育厅2023网络申请和信函申请之比",
    ],
    quote="网络申请15件，占79%，信函申请4件",
    calc="15/4",
)

# ───────────────────────────── long questions with context before the ask, English, numerals ─────────────────────────────
ask(
    HZ,
    "value",
    V(10, "件"),
    [
        "A|我在看洪泽区2023年的信息公开年报，表三里面数字很多，看得有点晕，我想问一下其中因为本机关不掌握相关政府信息所以没法提供的申请到底有几件",
        "c|我们单位在做对标分析 需要这份报告里本机关不掌握相关政府信息那一行的总计 麻烦告诉我是多少",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    AK,
    "value",
    V(17, "件"),
    [
        "C|领导让我整理一下陕西安康市人民政府办公室2022年度政府信息公开年报里的依申请公开办理结果，先告诉我部分公开的有多少件吧",
    ],
    cells=["t3.r2.tot"],
)
ask(
    P21,
    "value",
    V(25, "件"),
    [
        "c|平潭综合实验区的年报我看了好几年的了，2021年那份说依申请公开办结了69件，我想核实一下，里面本机关不掌握无法提供的是几件",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    E23,
    "value",
    V(9, "件"),
    [
        "F|根据河北省教育厅2023年政府信息公开工作年度报告第三部分“收到和处理政府信息公开申请情况”统计表，本年度办理结果中“予以公开”的申请数量是多少？",
        "C|河北省教育厅2023 予以公开 how many",
    ],
    cells=["t3.r1.tot"],
)
ask(
    KW,
    "value",
    V(4, "件"),
    [
        "F|在上海市科学技术委员会2024年度政府信息公开工作年度报告所附统计表中，“无法提供”项下“本机关不掌握相关政府信息”的数量是多少？",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    P22,
    "value",
    V(21, "件"),
    [
        "c|我是记者 想核实一下 这份报告表三里予以公开的总计是21件吗",
    ],
    cells=["t3.r1.tot"],
)
ask(
    HZ,
    "value",
    V(1, "件"),
    [
        "c|信访举报投诉类申请不予处理几件 重复申请几件",
    ],
    cells=["t3.r5_1.tot"],
    note=TWO,
)
ask(
    E21,
    "value",
    V(37, "件"),
    [
        "c|办理结果总计多少件 有没有结转到下一年的",
    ],
    cells=["t3.r7.tot"],
    note=TWO,
)
ask(
    SH,
    "value",
    V(35, "件"),
    [
        "C|上海市人民政府办公厅2019 商业企业 new applications 有多少",
    ],
    cells=["t3.new.biz"],
)
ask(
    P20,
    "value",
    V(7, "件"),
    [
        "A|平潭二零二零年予以公开几件",
    ],
    cells=["t3.r1.tot"],
)
ask(
    E23,
    "narrative",
    V(19, "件"),
    [
        "c|报告说全年收到申请19件 当年办结19件 是这样吗",
    ],
    quote="政府信息公开申请共19件",
)

# ───────────────────────────── more cross-year consistency ─────────────────────────────
store(
    "consistency",
    VD("consistent", ["S1"], {"carry_out_2020": 0, "carry_in_2021": 0}),
    [
        "A|平潭2020年结转下年度和2021年上年结转对得上吗",
        "C|平潭综合实验区20年的结转下年和21年的上年结转一致吗",
        "F|平潭综合实验区2020年报“结转下年度继续办理”与2021年报“上年结转政府信息公开申请数量”是否衔接？",
    ],
    cells=[f"{P20}:t3.carry_out.tot", f"{P21}:t3.carry_in.tot"],
)
store(
    "consistency",
    VD("consistent", ["S1"], {"carry_out_2019": 0, "carry_in_2020": 0}),
    [
        "A|平潭2019结转下年度跟2020上年结转衔接吗",
        "c|去年结转下年度的数和今年上年结转的数一样吗",
    ],
    cells=[f"{P19}:t3.carry_out.tot", f"{P20}:t3.carry_in.tot"],
    scope=P20,
)

# ───────────────────────────── which_reports ─────────────────────────────
store(
    "which_reports",
    WR(K19, K20, JS),
    [
        "C|哪些年报里一件信息公开申请都没收到",
        "F|库中哪些年度报告显示当年未收到政府信息公开申请？",
        "C|哪几份报告依申请公开是零",
    ],
    quote={K19: "2019年未收到政府信息公开申请", K20: "2020年未收到政府信息公开申请", JS: "2022年未收到依申请公开事宜"},
)
store(
    "which_reports",
    WR(K19, K20),
    [
        "A|省科技厅哪几年没收到信息公开申请",
        "A|河北科技厅哪些年份依申请公开为零",
    ],
    quote={K19: "2019年未收到政府信息公开申请", K20: "2020年未收到政府信息公开申请"},
)
store(
    "which_reports",
    WR(HZ),
    [
        "C|哪份报告的行政复议总计和分项对不上",
        "F|哪些年度报告表四“行政复议”总计与各结果之和不一致？",
        "A|洪泽和省教育厅2023年哪个的复议总计有问题",
    ],
    cells=[f"{HZ}:t4.rv.keep", f"{HZ}:t4.rv.fix", f"{HZ}:t4.rv.tot"],
)
store(
    "which_reports",
    WR(AK, SH, KW, P22),
    [
        "C|哪些报告有上年结转过来的申请来着",
        "F|哪些年度报告的“上年结转政府信息公开申请数量”总计大于0？",
    ],
    cells=[f"{AK}:t3.carry_in.tot", f"{SH}:t3.carry_in.tot", f"{KW}:t3.carry_in.tot", f"{P22}:t3.carry_in.tot"],
    note="河北教育厅 2021 prints it blank: not counted",
)
store(
    "which_reports",
    WR(E21, E23, HZ, P21, P22),
    [
        "C|哪些年报的行政事业性收费金额不是零",
        "F|按新版表格填报的年度报告中，哪些报告本年行政事业性收费金额大于0？",
        "A|洪泽 平潭 教育厅 科委 安康 哪几份收了行政事业性收费",
    ],
    cells=[
        f"{E21}:t2.fee.amount_wan",
        f"{E23}:t2.fee.amount_wan",
        f"{HZ}:t2.fee.amount_wan",
        f"{P21}:t2.fee.amount_wan",
        f"{P22}:t2.fee.amount_wan",
    ],
    note="GF2021 reports only (GF2019 has no amount column)",
)
store(
    "which_reports",
    WR(AK, P22, K22, JS),
    [
        "C|有哪些2022年度的年报",
        "F|库中2022年度的政府信息公开工作年度报告有哪些？",
    ],
    quote={K22: "2022年收到政府信息公开申请11件", JS: "2022年未收到依申请公开事宜"},
    cells=[f"{AK}:t3.new.tot", f"{P22}:t3.new.tot"],
)
store(
    "which_reports",
    WR(P21, P22),
    [
        "A|平潭哪几年新收申请超过60件",
        "C|平潭综合实验区哪些年份新收的申请在60件以上",
        "F|平潭综合实验区哪些年度本年新收政府信息公开申请数量超过60件？",
    ],
    cells=[f"{P21}:t3.new.tot", f"{P22}:t3.new.tot"],
)
store(
    "which_reports",
    WR(K22, K23),
    [
        "A|省科技厅哪几年收到的申请超过10件",
        "C|河北省科学技术厅有哪几年申请量上了两位数",
        "F|河北省科学技术厅哪些年度收到政府信息公开申请超过10件？",
    ],
    quote={K22: "2022年收到政府信息公开申请11件", K23: "2023年收到政府信息公开申请17件"},
)
store(
    "which_reports",
    WR(AK, SH, E21, P21, P22),
    [
        "C|哪些年报有未经复议直接起诉的行政诉讼",
        "F|哪些年度报告表四“未经复议直接起诉”总计大于0？",
        "A|安康 洪泽 上海市府办 平潭 教育厅里谁有直接起诉的案子",
    ],
    cells=[f"{AK}:t4.ld.tot", f"{SH}:t4.ld.tot", f"{E21}:t4.ld.tot", f"{P21}:t4.ld.tot", f"{P22}:t4.ld.tot"],
)

# ───────────────────────────── refusals asked to the whole store ─────────────────────────────
store(
    "unanswerable",
    R(),
    [
        "C|福州市人民政府2022年收到多少件信息公开申请",
        "F|石家庄市人民政府2023年度政府信息公开申请办理情况如何？",
        "A|江苏省教育厅2023年新收申请多少件",
        "F|上海市教育委员会2024年本年新收政府信息公开申请数量是多少？",
        "C|北京市政府2022年依申请公开多少件",
        "F|国务院办公厅2023年度政府信息公开工作年度报告中新收申请数量是多少？",
        "C|淮安市2023年行政复议几件",
        "C|陕西省政府2022年行政诉讼几件",
        "C|福建省人民政府2022年主动公开多少条",
        "C|河北省人民政府2021年新收申请",
    ],
    note="asked as value: agency not in the store",
)
store(
    "unanswerable",
    R(),
    [
        "A|平潭2018年新收申请几件",
        "C|平潭综合实验区2023年度行政许可多少件",
        "A|洪泽2021年新收申请",
        "A|省科技厅2017年收到申请几件",
        "A|河北科技厅2024年收到多少件申请",
        "A|人社厅2021年受理申请多少件",
        "A|省人社厅2022年新闻发布会几次",
        "A|省教育厅2019年新收申请",
        "A|河北教育厅2020年主动公开多少条",
        "A|省教育厅2017年受理依申请公开几件",
        "A|君山片区2023年主动公开多少条",
        "A|上海科委2023年新收申请几件",
        "A|安康市府办2021年新收多少",
        "A|上海市府办2018年新收申请多少件",
    ],
    note="asked as value: year not in the store for that agency",
)
store(
    "unanswerable",
    R(),
    [
        "A|洪泽2022和2023年新收申请比较",
        "A|安康市政府办2021到2022年新收变化多少",
        "A|上海科委2023和2024年行政许可对比",
        "A|省人社厅2020和2021年受理申请哪年多",
        "A|平潭2018年和2019年新收申请差多少",
        "C|上海市科学技术委员会2020年到2024年新收申请的趋势",
        "A|洪泽区近三年行政处罚变化趋势",
    ],
    note="asked as compare/change/trend: one side (or all but one year) not in the store",
)
store(
    "unanswerable",
    R(),
    [
        "A|洪泽2023年申请人里女性占多少",
        "C|安康市人民政府办公室2022年申请人年龄主要集中在哪个段",
        "A|平潭2022政务公开专项经费多少",
        "C|河北省教育厅2023年信息公开工作人员有多少人",
        "A|上海市府办2019年依申请公开平均办理时长几天",
        "A|平潭2021年通过当面申请的有几件",
        "C|上海市人民政府办公厅2019年各区申请数排名",
        "A|科委2024年申请人来自外省市的有几件",
    ],
    note="asked as value: breakdowns the template lacks (sex/age/budget/staff/time/channel/origin)",
)
store(
    "unanswerable",
    R(),
    [
        "A|安康市政府办2022年政务抖音发了多少条",
        "A|洪泽2023年政务微信公众号粉丝多少",
        "A|平潭2022年政务微博粉丝多少",
        "A|省教育厅2021年抖音号播放量",
        "A|上海科委2024年微博发布多少条",
        "A|人社厅2019年抖音粉丝多少",
        "A|省科技厅2021年视频号粉丝多少",
        "A|君山片区2022年视频号发了多少条",
    ],
    note="asked as narrative: a platform the report does not name with a figure",
)
store(
    "unanswerable",
    R(),
    [
        "A|洪泽2023年关停了几个新媒体账号",
        "A|省教育厅2023年开了几场新闻发布会",
        "A|平潭2022年召开听证会几次",
        "A|君山片区问卷一共收回多少份",
        "A|平潭2021年现存政务新媒体多少个",
        "A|省科技厅2022年举办参加新闻发布会几次",
    ],
    note="asked as narrative: the report names it without a number",
)
store(
    "unanswerable",
    R(),
    [
        "A|省人社厅2019年表三予以公开几件",
        "A|人社厅2023年行政复议总计",
        "A|省教育厅2016年不予公开几件",
        "A|河北科技厅2019年表二规范性文件现行有效多少",
        "A|平潭2020年政府集中采购总金额",
        "A|平潭2019年行政许可处理决定数",
    ],
    note="asked as value: table published as an image, LEGACY report, or glued row with no unique split",
)

# ───────────────────────────── relative years of a scoped report (去年 / 前年 / 上一年度) ─────────────────────────────
ask(
    E23,
    "value",
    V(37, "件"),
    [
        "c|前年新收了多少件申请",
        "c|两年前也就是2021年新收多少件",
    ],
    cells=["hebei-edu-2021:t3.new.tot"],
    note="前年 of hebei-edu-2023 = hebei-edu-2021",
)
ask(
    E23,
    "value",
    V(181, "件"),
    [
        "c|前年的现行有效规范性文件是多少件",
    ],
    cells=["hebei-edu-2021:t2.norm.valid"],
    note="前年 of hebei-edu-2023 = hebei-edu-2021",
)
ask(
    K23,
    "narrative",
    V(11, "件"),
    [
        "c|去年一共收到多少件申请",
        "c|上一年度收到的信息公开申请有几件",
    ],
    quote={K22: "2022年收到政府信息公开申请11件", K23: "2023年收到政府信息公开申请17件"},
    note="去年 of hebei-kjt-2023 = hebei-kjt-2022",
)
ask(
    K22,
    "narrative",
    V(2, "件"),
    [
        "c|去年收到了几件信息公开申请",
    ],
    quote={K21: "2021年收到政府信息公开申请2件", K22: "2022年收到政府信息公开申请11件"},
    note="去年 of hebei-kjt-2022 = hebei-kjt-2021",
)
ask(
    R20,
    "narrative",
    V(64, "件"),
    [
        "c|去年受理了多少件申请呢",
        "c|上一年受理的信息公开申请是多少",
    ],
    quote={R19: "全年共受理政府信息公开申请64件", R20: "全年共受理政府信息公开申请78件"},
    note="去年 of hebei-rst-2020 = hebei-rst-2019",
)
ask(
    P21,
    "value",
    V(21, "件"),
    [
        "c|去年新收申请多少件",
    ],
    cells=["pingtan-2020:t3.new.tot"],
    note="去年 of pingtan-2021 = pingtan-2020",
)
ask(
    P21,
    "value",
    V(21, "件"),
    [
        "c|上一年度办理结果总计印的是多少",
    ],
    cells=["pingtan-2020:t3.r7.tot"],
    note="去年 of pingtan-2021 = pingtan-2020; 总计 printed 21 (rows add to 27)",
)
ask(
    P21,
    "value",
    V(23, "件"),
    [
        "c|前年新收几件",
    ],
    cells=["pingtan-2019:t3.new.tot"],
    note="前年 of pingtan-2021 = pingtan-2019",
)
ask(
    P21,
    "narrative",
    V(2602, "条"),
    [
        "c|去年公布了多少条政府信息",
    ],
    quote={P20: "共公布政府信息2602条", P21: "全年主动公开我区各级单位政府信息2645条"},
    note="去年 of pingtan-2021 = pingtan-2020",
)
ask(
    K21,
    "narrative",
    V(7, "次"),
    [
        "c|去年开了几次新闻发布会",
    ],
    quote={K20: "我厅共举办参加新闻发布会7次", K21: "举办参加新闻发布会7次"},
    note="去年 of hebei-kjt-2021 = hebei-kjt-2020",
)
