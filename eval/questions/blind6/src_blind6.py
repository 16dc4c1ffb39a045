"""Sixth blind question bank (issue 13 evaluation, branch `blind6`): the source of blind6.jsonl.

Written blind, from the corpus reports, their gold and `unlabeled/` only (not the router, not the other
banks). Each fact is asked in several phrasings through `ask`: a phrasing is "<c|f|a>|text" — c colloquial,
f formal, a abbreviated agency name; lowercase = scoped to the report the block is about, uppercase =
asked to the whole store (cells and calc references are then prefixed with the report id).
Build: python eval/questions/build.py --set blind6
"""

from _dsl import BL, CT, S3, S4, S5, S6, STY, VD, VS, WR, R, V, add, ask, legal, px, store  # noqa: F401

# ───────────────────────────── 安康市人民政府办公室 2022 (GF2021) ─────────────────────────────
A = "ankang-2022"
ask(
    A,
    "value",
    V(56, "件"),
    [
        "c|这一年新收的信息公开申请一共几件？",
        "F|安康市人民政府办公室2022年度报告表三中“本年新收政府信息公开申请数量”总计为多少？",
        "A|安康市政府办22年新收申请几件",
    ],
    cells=["t3.new.tot"],
)
ask(
    A,
    "value",
    V(17, "件"),
    [
        "c|有几件是部分公开的",
        "F|2022年安康市人民政府办公室作出“部分公开”决定的申请共有多少件？",
        "A|安康市府办2022部分公开多少件？",
    ],
    cells=["t3.r2.tot"],
)
ask(
    A,
    "value",
    V(25, "件"),
    [
        "a|安康市政府办这份年报里，因为本机关不掌握相关信息而无法提供的有多少件？",
        "F|请问安康市人民政府办公室2022年“无法提供”类办理结果合计为多少件？",
    ],
    cells=S4,
)
ask(
    A,
    "value",
    V(4, "件"),
    [
        "c|被当作信访举报投诉类不予处理的有几件？",
    ],
    cells=["t3.r5_1.tot"],
)
ask(
    A,
    "value",
    V(1, "件"),
    [
        "c|商业企业这一栏新收了几件",
        "f|法人或其他组织提出的本年新收申请数量为多少？",
    ],
    cells=["t3.new.biz"],
)
ask(
    A,
    "value",
    V(4, "件"),
    [
        "F|安康市人民政府办公室2022年度“其他处理”共计多少件？",
    ],
    cells=S6,
)
ask(
    A,
    "value",
    V(2, "件"),
    [
        "a|安康政府办年报表三（六）其他处理下面第3项“其他”填的是几？",
    ],
    cells=["t3.r6_3.tot"],
)
ask(
    A,
    "value",
    V(2, "件"),
    [
        "C|安康市人民政府办公室2022年未经复议直接起诉的行政诉讼有几件？",
        "f|表四中未经复议直接起诉的行政诉讼总计是多少？",
    ],
    cells=["t4.ld.tot"],
)
ask(
    A,
    "value",
    V(0, "件"),
    [
        "f|本年度因政府信息公开被申请行政复议的案件数是多少？",
    ],
    cells=["t4.rv.tot"],
)
ask(
    A,
    "value",
    V(31, "件"),
    [
        "A|安康市政府办2022现行有效规范性文件多少件",
        "c|现在还有效的规范性文件一共几件？",
    ],
    cells=["t2.norm.valid"],
)
ask(
    A,
    "value",
    V(5, "件"),
    [
        "f|本年度废止的行政规范性文件有几件？",
    ],
    cells=["t2.norm.repealed"],
)
ask(
    A,
    "value",
    V(0, "件"),
    [
        "c|结转到下一年继续办的还有几件？",
    ],
    cells=["t3.carry_out.tot"],
)
ask(
    A,
    "narrative",
    V(3459, "件"),
    [
        "c|市长信箱今年收了多少封有效信件？",
        "A|安康市政府“市长信箱”2022年受理了多少件群众来信",
    ],
    quote="“市长信箱”受理有效群众信件3459件",
)
ask(
    A,
    "narrative",
    V(93.38, "%"),
    [
        "F|安康市人民政府办公室2022年“市长信箱”信件的办结率是多少？",
    ],
    quote="办结率93.38%",
)
ask(
    A,
    "narrative",
    V(13050, "条"),
    [
        "A|安康市政府门户网站2022年发布了多少条政务信息",
        "f|本年度市政府网站共发布各类政务信息多少条？",
    ],
    quote="市政府网站共发布各类政务信息13050余条",
)
ask(
    A,
    "narrative",
    V(1021, "条"),
    [
        "c|政务微博一年发了几条？",
    ],
    quote="微博1021条",
)
ask(
    A,
    "narrative",
    V(4, "期"),
    [
        "f|本年度编印政府公报多少期？",
    ],
    quote="编印政府公报4期",
)
ask(
    A,
    "narrative",
    V(40, "个"),
    [
        "F|安康市人民政府办公室2022年注销了多少个政务新媒体？",
    ],
    quote="注销40个",
)
ask(
    A,
    "narrative",
    V(291, "件"),
    [
        "A|安康市府办2022年公开了人大代表建议多少件",
    ],
    quote="公开人大代表建议291件",
)
ask(
    A,
    "narrative",
    CT("排名全省第三"),
    [
        "c|全省政务公开绩效评估中他们排在第几名？",
        "F|安康市人民政府办公室2022年度在全省政务公开绩效评估中取得了什么名次？",
    ],
    quote="在全省政务公开绩效评估中达到优秀层级,排名全省第三",
)
ask(
    A,
    "problems",
    CT("政务公开工作广度深度有待拓展", "政府信息数字化水平仍需提高"),
    [
        "c|这份报告自己承认有哪些不足？",
        "A|安康市政府办2022年报里存在的主要问题是什么",
    ],
    quote="一是政务公开工作广度深度有待拓展;二是政府信息数字化水平仍需提高",
)
ask(
    A,
    "problems",
    CT("加强重点领域信息公开"),
    [
        "f|针对存在的问题，报告提出了哪些改进措施？",
        "A|安康市府办打算2023年怎么改进信息公开",
    ],
    quote="三是加强重点领域信息公开",
)
ask(
    A,
    "consistency",
    VD("consistent", ["H1"], {"新收": 56, "上年结转": 2, "办理结果总计": 58, "结转下年度": 0}),
    [
        "f|表三是否满足“新收加上年结转等于办理结果总计加结转下年度”的勾稽关系？",
        "A|安康市府办22年报表三的勾稽关系对得上吗",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
)
ask(
    A,
    "consistency",
    VD("consistent", ["S2"], {"正文": 56, "表三新收": 56}),
    [
        "C|安康市人民政府办公室2022年正文说全年收到申请56件，跟表三的新收数对得上吗？",
    ],
    cells=["t3.new.tot"],
    quote="全年共收到政府信息公开申请56件",
)
ask(
    A,
    "consistency",
    VD("consistent", ["H3"], {"予以公开": 8, "部分公开": 17, "无法提供": 25, "不予处理": 4, "其他处理": 4, "总计": 58}),
    [
        "f|表三各项办理结果相加是否等于“（七）总计”？",
    ],
    cells=["t3.r1.tot", "t3.r2.tot", "t3.r4_1.tot", "t3.r5_1.tot", "t3.r6_1.tot", "t3.r6_3.tot", "t3.r7.tot"],
)
ask(
    A,
    "share",
    V(43.1, "%", tol=0.05),
    [
        "f|“无法提供”占本年办理结果总计的比例是多少？",
        "A|安康市政府办2022年无法提供的占全部办理结果百分之几",
    ],
    cells=S4 + ["t3.r7.tot"],
    calc="100*{t3.r4_1.tot}/{t3.r7.tot}",
)
ask(
    A,
    "share",
    V(98.2, "%", tol=0.05),
    [
        "c|新收的申请中自然人提的占多少比例？",
    ],
    cells=["t3.new.np", "t3.new.tot"],
    calc="100*{t3.new.np}/{t3.new.tot}",
)
ask(
    A,
    "ratio",
    V(2.125, None, tol=0.05),
    [
        "F|安康市人民政府办公室2022年部分公开件数是予以公开件数的多少倍？",
    ],
    cells=["t3.r2.tot", "t3.r1.tot"],
    calc="{t3.r2.tot}/{t3.r1.tot}",
)
ask(
    A,
    "list",
    VS({"t3.r1.tot": 8, "t3.r2.tot": 17}, "件"),
    [
        "c|予以公开和部分公开分别是多少？",
        "A|安康市政府办2022年予以公开、部分公开各几件",
    ],
    cells=["t3.r1.tot", "t3.r2.tot"],
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "c|安康市2021年收到多少件申请？",
        "A|安康市政府办2021年报的新收申请数",
    ],
    note="asked as value: the store has 安康市人民政府办公室 2022 only, no 2021 report",
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "f|本年度政府信息公开工作的专项经费是多少？",
        "F|安康市人民政府办公室2022年用于政府信息公开的经费预算是多少万元？",
    ],
    note="asked as value: the report gives no budget for disclosure work",
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "a|安康市政府办2022年抖音号发了多少条视频",
        "c|今年视频号涨了多少粉？",
    ],
    note="asked as narrative: the report names 网站, 微信 and 微博 only, no 抖音 or 视频号",
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "f|今年政府集中采购了几个项目？",
    ],
    note="asked as value: 政府集中采购 is a GF2019 row; this GF2021 report has none",
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "C|陕西省人民政府2022年度新收了几件政府信息公开申请？",
    ],
    note="asked as value: 陕西省人民政府 is not in the store (安康市人民政府办公室 is)",
)
ask(
    A,
    "unanswerable",
    R(),
    [
        "c|申请人里男的女的各有多少？",
    ],
    note="asked as list: the report does not break applicants down by sex",
)

# ───────────────────────────── 洪泽区人民政府 2023 (GF2021, PDF) ─────────────────────────────
H = "hongze-2023"
ask(
    H,
    "value",
    V(4119, "件"),
    [
        "c|行政处罚决定一年做了多少件？",
        "F|洪泽区人民政府2023年度报告表二中行政处罚的本年处理决定数量为多少？",
        "A|洪泽区23年行政处罚决定数",
    ],
    cells=["t2.penalty.decisions"],
)
ask(
    H,
    "value",
    V(195, "件"),
    [
        "f|表二中行政强制一栏本年处理决定数量是多少？",
        "A|洪泽2023年行政强制做了几件决定",
    ],
    cells=["t2.coercion.decisions"],
)
ask(
    H,
    "value",
    V(7730.28, "万元"),
    [
        "c|行政事业性收费收了多少钱？",
        "F|江苏省淮安市洪泽区人民政府2023年行政事业性收费金额是多少万元？",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    H,
    "value",
    V(3, "件"),
    [
        "f|本年度“不予公开”的申请合计多少件？",
        "A|洪泽区政府2023年不予公开几件",
    ],
    cells=S3,
)
ask(
    H,
    "value",
    V(13, "件"),
    [
        "c|无法提供的一共有多少件？",
    ],
    cells=S4,
)
ask(
    H,
    "value",
    V(3, "件"),
    [
        "C|洪泽区人民政府2023年没有现成信息需要另行制作的有几件？",
    ],
    cells=["t3.r4_2.tot"],
)
ask(
    H,
    "value",
    V(1, "件"),
    [
        "f|因属于国家秘密而不予公开的申请有几件？",
    ],
    cells=["t3.r3_1.tot"],
)
ask(
    H,
    "value",
    V(0, "件"),
    [
        "c|全部予以公开的一共几件？",
    ],
    cells=["t3.r1.tot"],
)
ask(
    H,
    "value",
    V(0, "件"),
    [
        "f|表四中行政复议“总计”一栏印的是多少？",
    ],
    cells=["t4.rv.tot"],
    note="printed 0 while 维持 10 + 纠正 1 (finding H5)",
)
ask(
    H,
    "value",
    V(10, "件"),
    [
        "c|复议下来结果维持的有多少件？",
        "A|洪泽2023复议维持多少件",
    ],
    cells=["t4.rv.keep"],
)
ask(
    H,
    "value",
    V(1, "件"),
    [
        "F|洪泽区人民政府2023年行政复议被纠正的有几件？",
    ],
    cells=["t4.rv.fix"],
)
ask(
    H,
    "value",
    V(5, "件"),
    [
        "c|复议后又起诉、法院维持的有几件？",
    ],
    cells=["t4.lr.keep"],
)
ask(
    H,
    "narrative",
    V(1136, "条"),
    [
        "c|政府网站上今年主动公开了多少条信息？",
        "A|洪泽区政府网站2023年主动公开政府信息多少条",
    ],
    quote="2023年，我区在政府网站平台主动公开政府信息1136条",
)
ask(
    H,
    "narrative",
    V(0, "元"),
    [
        "F|洪泽区人民政府2023年收取政府信息公开信息处理费多少元？",
    ],
    quote="全年收取政府信息公开信息处理费0元",
)
ask(
    H,
    "problems",
    CT("依申请公开工作规范性还有待提高", "政务公开队伍建设有待加强"),
    [
        "c|报告里说还有哪些差距？",
        "A|洪泽区2023年报存在的主要问题有哪些",
    ],
    quote="如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升、政务公开队伍建设有待加强等",
)
ask(
    H,
    "problems",
    CT("跟班学习制度"),
    [
        "f|针对队伍建设问题，报告提出了什么具体做法？",
    ],
    quote="跟班学习制度",
)
ask(
    H,
    "consistency",
    VD("inconsistent", ["H5"], {"印的总计": 0, "维持加纠正": 11}),
    [
        "f|表四行政复议的总计与各结果之和是否一致？",
        "A|洪泽区23年报行政复议总计和分项加起来对得上吗",
        "C|洪泽区人民政府2023年报表里行政复议那几栏加起来跟总计一样吗？",
    ],
    cells=["t4.rv.keep", "t4.rv.fix", "t4.rv.tot"],
)
ask(
    H,
    "consistency",
    VD("inconsistent", ["H5"], {"印的总计": 0, "结果维持": 5}),
    [
        "c|复议后起诉那一栏的总计对不对？",
    ],
    cells=["t4.lr.keep", "t4.lr.tot"],
)
ask(
    H,
    "consistency",
    VD("consistent", ["H3"], {"各项之和": 21, "总计": 21}),
    [
        "F|洪泽区人民政府2023年表三各项办理结果之和与总计是否相符？",
    ],
    cells=["t3.r2.tot"] + S3 + S4 + S5 + ["t3.r7.tot"],
)
ask(
    H,
    "share",
    V(61.9, "%", tol=0.05),
    [
        "c|无法提供的占了全部办理结果的百分之多少？",
        "A|洪泽区2023无法提供占比",
    ],
    cells=S4 + ["t3.r7.tot"],
    calc="100*({t3.r4_1.tot}+{t3.r4_2.tot})/{t3.r7.tot}",
)
ask(
    H,
    "ratio",
    V(7.49, None, tol=0.05),
    [
        "f|本年行政处罚决定数约为行政许可决定数的几倍？",
        "A|洪泽23年行政处罚是行政许可的多少倍",
    ],
    cells=["t2.penalty.decisions", "t2.license.decisions"],
    calc="{t2.penalty.decisions}/{t2.license.decisions}",
)
ask(
    H,
    "list",
    VS({"t2.license.decisions": 550, "t2.penalty.decisions": 4119, "t2.coercion.decisions": 195}, "件"),
    [
        "c|行政许可、处罚、强制分别做了多少决定？",
        "F|洪泽区人民政府2023年行政许可、行政处罚、行政强制的处理决定数量各是多少？",
    ],
    cells=["t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"],
)
ask(
    H,
    "unanswerable",
    R(),
    [
        "C|淮安市人民政府2023年收到多少件信息公开申请？",
        "A|淮安洪泽区2022年新收申请数",
    ],
    note="asked as value: the store has 洪泽区人民政府 2023 only; 淮安市 is another agency and 2022 is not there",
)
ask(
    H,
    "unanswerable",
    R(),
    [
        "c|今年关停了多少个新媒体账号？",
        "F|洪泽区人民政府2023年关停整合的政务新媒体账号具体有多少个？",
    ],
    note="asked as narrative: the report says accounts were closed without a count",
)
ask(
    H,
    "unanswerable",
    R(),
    [
        "f|用于常态化监测的第三方检测平台叫什么名字、费用多少？",
    ],
    note="asked as narrative: the report names no platform and no cost",
)
ask(
    H,
    "unanswerable",
    R(),
    [
        "A|洪泽2023年申请人中有多少是通过信函提交的",
    ],
    note="asked as value: the report does not break applications down by channel",
)

# ───────────────────────────── 上海市人民政府办公厅 2019 (GF2019, HTML) ─────────────────────────────
SO = "shanghai-office-2019"
ask(
    SO,
    "value",
    V(859, "件"),
    [
        "F|上海市人民政府办公厅2019年新收政府信息公开申请多少件？",
        "A|上海市府办2019新收申请数",
    ],
    cells=["t3.new.tot"],
)
ask(
    SO,
    "value",
    V(18, "件"),
    [
        "c|从上一年转过来的申请有多少？",
    ],
    cells=["t3.carry_in.tot"],
)
ask(
    SO,
    "value",
    V(72, "件"),
    [
        "f|结转下年度继续办理的申请数量为多少？",
        "A|上海市政府办公厅2019年结转到下年度的有几件",
    ],
    cells=["t3.carry_out.tot"],
)
ask(
    SO,
    "value",
    V(252, "件"),
    [
        "f|表三“本机关不掌握相关政府信息”一行自然人一栏是多少？",
    ],
    cells=["t3.r4_1.np"],
)
ask(
    SO,
    "value",
    V(148, "件"),
    [
        "C|上海市人民政府办公厅2019年自然人提出的信访举报投诉类申请有多少件？",
    ],
    cells=["t3.r5_1.np"],
)
ask(
    SO,
    "value",
    V(6, None),
    [
        "f|本年度政府集中采购项目数量是多少？",
    ],
    cells=["t2.procurement.items"],
)
ask(
    SO,
    "value",
    V(251000, "元"),
    [
        "A|上海市府办2019年政府集中采购总金额",
        "c|集中采购一共花了多少钱？",
    ],
    cells=["t2.procurement.amount"],
)
ask(
    SO,
    "value",
    V(524, "件"),
    [
        "F|上海市人民政府办公厅2019年表二中规章的“对外公开总数量”为多少件？",
    ],
    cells=["t2.reg.total_public"],
)
ask(
    SO,
    "value",
    V(60, "件"),
    [
        "c|今年新制作的规范性文件有几件？",
    ],
    cells=["t2.norm.new_made"],
)
ask(
    SO,
    "value",
    V(9, "件"),
    [
        "f|表四里未经复议直接起诉的行政诉讼总计是多少件？",
    ],
    cells=["t4.ld.tot"],
)
ask(
    SO,
    "value",
    V(2, "件"),
    [
        "c|行政复议到年底还没审结的有几件？",
    ],
    cells=["t4.rv.pend"],
)
ask(
    SO,
    "value",
    BL(),
    [
        "f|表三“（一）予以公开”一行的总计栏是多少？",
        "A|上海市府办2019年予以公开总计那格填的多少",
    ],
    cells=["t3.r1.tot"],
    note="printed blank; the columns add to 272",
)
ask(
    SO,
    "value",
    BL(),
    [
        "c|不予处理那一大类总计那一栏写了多少？",
    ],
    cells=["t3.r5_1.tot", "t3.r5_2.tot"],
    note="the 总计 column is blank on every result row",
)
ask(
    SO,
    "narrative",
    V(12.3, "%"),
    [
        "F|上海市人民政府办公厅2019年申请数量较上年回落了多少？",
        "c|申请数量跟去年比回落了百分之几？",
    ],
    quote="申请数量较去年回落12.3%",
)
ask(
    SO,
    "narrative",
    V(90.2, "%"),
    [
        "A|上海市政府办公厅2019年市政府公文主动公开率",
    ],
    quote="市政府公文主动公开率达90.2%",
)
ask(
    SO,
    "narrative",
    V(24, "期"),
    [
        "f|本年度共编发市政府公报多少期？",
    ],
    quote="全年共编发公报24期",
)
ask(
    SO,
    "narrative",
    V(550, "万"),
    [
        "c|“上海发布”微信公众号有多少用户？",
    ],
    quote="用户已突破550万",
    note="printed 突破550万",
)
ask(
    SO,
    "narrative",
    V(99.58, "%"),
    [
        "F|上海市人民政府办公厅2019年报告中“好差评”的好评占比是多少？",
    ],
    quote="好评数占评价总数99.58%",
)
ask(
    SO,
    "problems",
    CT("政策解读方式不够多元"),
    [
        "f|报告列出的主要问题中，关于政策解读的是哪一条？",
        "A|上海市府办2019年报说政策解读有什么问题",
    ],
    quote="四是政策解读方式不够多元，精准解读效果仍需提高",
)
ask(
    SO,
    "problems",
    CT("抓紧修订出台《上海市政府信息公开规定》"),
    [
        "F|上海市人民政府办公厅2019年针对新《条例》贯彻落实提出了什么改进措施？",
        "c|为了落实新条例，他们打算修订什么规定？",
    ],
    quote="抓紧修订出台《上海市政府信息公开规定》",
)
ask(
    SO,
    "consistency",
    VD("inconsistent", ["S2"], {"正文": 258, "表三予以公开加部分公开": 275}),
    [
        "f|正文所称“予以公开及部分公开258件”与表三数据是否一致？",
        "A|上海市府办2019年正文258件和表三的公开数对得上吗",
    ],
    cells=["t3.r1.np", "t3.r1.biz", "t3.r1.law", "t3.r1.oth", "t3.r2.np"],
    quote="予以公开及部分公开258件",
)
ask(
    SO,
    "consistency",
    VD("inconsistent", ["S2"], {"正文": 265, "表三无法提供": 337}),
    [
        "C|上海市人民政府办公厅2019年正文说无法提供265件，表三的无法提供合计是多少，一致吗？",
    ],
    cells=["t3.r4_1.np", "t3.r4_1.biz", "t3.r4_1.law", "t3.r4_2.np", "t3.r4_2.biz", "t3.r4_3.np"],
    quote="因本机关不掌握等原因无法提供265件",
)
ask(
    SO,
    "consistency",
    VD("consistent", ["S2"], {"正文": 158, "表三不予处理": 158}),
    [
        "c|正文说不予处理158件，和表里一样吗？",
    ],
    cells=["t3.r5_1.np", "t3.r5_1.biz", "t3.r5_2.np", "t3.r5_2.biz"],
    quote="不予处理158件",
)
ask(
    SO,
    "consistency",
    VD("consistent", ["H1"], {"新收": 859, "上年结转": 18, "办理总计": 805, "结转下年度": 72}),
    [
        "F|上海市人民政府办公厅2019年表三总计栏“新收+上年结转=办理结果+结转下年度”是否成立？",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
)
ask(
    SO,
    "share",
    V(4.35, "%", tol=0.05),
    [
        "f|不予公开件数占办理结果总计的比例是多少？",
    ],
    cells=["t3.r3_1.np", "t3.r3_5.np", "t3.r3_6.np", "t3.r3_6.biz", "t3.r3_8.np", "t3.r3_8.biz", "t3.r7.tot"],
    calc="100*({t3.r3_1.np}+{t3.r3_5.np}+{t3.r3_6.np}+{t3.r3_6.biz}+{t3.r3_8.np}+{t3.r3_8.biz})/{t3.r7.tot}",
)
ask(
    SO,
    "ratio",
    V(47.72, None, tol=0.05),
    [
        "A|上海市府办2019年新收申请是上年结转的多少倍",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot"],
    calc="{t3.new.tot}/{t3.carry_in.tot}",
)
ask(
    SO,
    "unanswerable",
    R(),
    [
        "f|本年度行政事业性收费金额是多少万元？",
        "A|上海市府办2019行政事业性收费收了多少万元",
    ],
    note="asked as value: GF2019 表二 has 上一年项目数量/本年增减 for 收费, no amount",
)
ask(
    SO,
    "unanswerable",
    R(),
    [
        "c|上一年（2018年）一共收到多少申请？",
        "F|上海市人民政府办公厅2018年度受理政府信息公开申请数量是多少？",
    ],
    note="asked as value: only the 12.3% drop is printed; the store has no 2018 report",
)
ask(
    SO,
    "unanswerable",
    R(),
    [
        "C|上海市人民政府2020年政府信息公开年报里新收申请有多少？",
    ],
    note="asked as value: the store has 上海市人民政府办公厅 2019 only",
)
ask(
    SO,
    "unanswerable",
    R(),
    [
        "f|本年度废止的规章有几件？",
    ],
    note="asked as value: GF2019 表二 has no 本年废止 column",
)
ask(
    SO,
    "unanswerable",
    R(),
    [
        "c|“上海发布”的抖音号粉丝数是多少？",
    ],
    note="asked as narrative: the report gives 抖音 videos and plays, no follower count",
)

# ───────────────────────────── 上海市科学技术委员会 2024 (GF2021, Markdown) ─────────────────────────────
K = "shanghai-kewei-2024"
ask(
    K,
    "value",
    V(34, "件"),
    [
        "c|今年新收到几件申请？",
        "A|上海市科委2024年新收申请多少件",
    ],
    cells=["t3.new.tot"],
)
ask(
    K,
    "value",
    V(10, "件"),
    [
        "F|上海市科学技术委员会2024年“无法提供”的申请合计多少件？",
    ],
    cells=S4,
)
ask(
    K,
    "value",
    V(6, "件"),
    [
        "f|因“没有现成信息需要另行制作”而无法提供的有几件？",
        "A|科委24年没有现成信息需另行制作几件",
    ],
    cells=["t3.r4_2.tot"],
)
ask(
    K,
    "value",
    V(10, "件"),
    [
        "c|申请人无正当理由逾期不补正、不再处理的有几件？",
    ],
    cells=["t3.r6_1.tot"],
)
ask(
    K,
    "value",
    V(2, "件"),
    [
        "f|（六）其他处理第1项中商业企业一栏是多少？",
    ],
    cells=["t3.r6_1.biz"],
)
ask(
    K,
    "value",
    V(55, "件"),
    [
        "F|上海市科学技术委员会2024年现行有效的规范性文件有多少件？",
    ],
    cells=["t2.norm.valid"],
)
ask(
    K,
    "value",
    V(97, "件"),
    [
        "c|行政许可做了多少决定？",
        "A|上海科委2024年行政许可处理决定数量",
    ],
    cells=["t2.license.decisions"],
)
ask(
    K,
    "value",
    V(1, "件"),
    [
        "f|表四中行政复议结果维持的有几件？",
    ],
    cells=["t4.rv.keep"],
)
ask(
    K,
    "value",
    BL(),
    [
        "f|表三“结转下年度继续办理”的总计栏是多少？",
        "A|上海市科委2024年结转下年度总计填的是多少",
    ],
    cells=["t3.carry_out.tot"],
    note="printed blank; the 自然人 column has 1",
)
ask(
    K,
    "narrative",
    V(1016823, "人"),
    [
        "c|“上海科技”微信公众号关注人数到了多少？",
        "A|科委“上海科技”公众号关注人数",
    ],
    quote="微信公众号目前关注人数达1016823人",
)
ask(
    K,
    "narrative",
    V(54373, None),
    [
        "F|上海市科学技术委员会2024年“上海科技”视频号粉丝数是多少？",
    ],
    quote="粉丝数54373",
)
ask(
    K,
    "narrative",
    V(118, "场"),
    [
        "c|视频号直播了多少场？",
    ],
    quote="直播118场",
)
ask(
    K,
    "narrative",
    V(85, "件"),
    [
        "A|上海市科委2024年主合办政协提案多少件",
    ],
    quote="主合办政协提案85件",
)
ask(
    K,
    "narrative",
    V(0, "件"),
    [
        "F|上海市科学技术委员会2024年涉及政府信息公开的行政诉讼有几件？",
    ],
    quote="涉及的行政诉讼数为0件",
)
ask(
    K,
    "narrative",
    CT("未被复议审查机关纠错"),
    [
        "c|那件行政复议最后被纠错了吗？",
    ],
    quote="该行政复议件未被复议审查机关纠错",
)
ask(
    K,
    "problems",
    CT("内设机构和职能发生较大调整"),
    [
        "c|他们说今年遇到了什么问题？",
        "A|上海市科委2024年报的主要问题是什么",
    ],
    quote="内设机构和职能发生较大调整，原有部门网站政务公开栏目和政府信息公开目录结构无法满足机构改革后的市科委政务信息发布需要",
)
ask(
    K,
    "problems",
    CT("开设“张江高新区”专栏"),
    [
        "a|针对机构改革后栏目和目录跟不上的问题，市科委采取了哪些措施？",
        "A|科委针对栏目问题开了什么专栏",
    ],
    quote="一是开设“张江高新区”专栏，集中发布展示原市科创办相关政策和业务信息",
)
ask(
    K,
    "consistency",
    VD("inconsistent", ["H1"], {"新收加结转": 36, "办理总计": 35}),
    [
        "f|表三总计栏“新收+上年结转=办理结果+结转下年度”是否成立？",
        "A|上海科委2024年表三的勾稽关系成立吗",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot"],
    note="结转下年度 总计 printed blank (自然人 1)",
)
ask(
    K,
    "consistency",
    VD("consistent", ["S2"], {"正文": 14, "表三其他处理": 14}),
    [
        "c|正文说其他处理14件，跟表三一致吗？",
    ],
    cells=S6,
    quote="其他处理14件",
)
ask(
    K,
    "consistency",
    VD("consistent", ["S2"], {"正文同意公开": 9, "表三予以公开": 9}),
    [
        "F|上海市科学技术委员会2024年正文“同意公开答复9件”与表三予以公开数是否一致？",
    ],
    cells=["t3.r1.tot"],
    quote="同意公开答复9件",
)
ask(
    K,
    "share",
    V(40.0, "%", tol=0.05),
    [
        "c|其他处理占全部办理结果的比例是多少？",
        "A|上海市科委2024年其他处理占办理结果总数百分之几",
    ],
    cells=S6 + ["t3.r7.tot"],
    calc="100*({t3.r6_1.tot}+{t3.r6_3.tot})/{t3.r7.tot}",
)
ask(
    K,
    "ratio",
    V(18.70, None, tol=0.05),
    [
        "f|微信公众号关注人数约为视频号粉丝数的多少倍？",
    ],
    quote={
        K: "微信公众号目前关注人数达1016823人；“上海科技”视频号共制作并发布短视频584条，累计观看量1924252次，粉丝数54373"
    },
    calc="1016823/54373",
)
ask(
    K,
    "unanswerable",
    R(),
    [
        "c|微博有多少粉丝？",
        "A|上海科委2024年政务微博发了多少条",
    ],
    note="asked as narrative: the report gives 网站, 微信公众号 and 视频号 figures, no 微博",
)
ask(
    K,
    "unanswerable",
    R(),
    [
        "F|上海市科学技术委员会2023年度报告中全年收到的政府信息公开申请是多少件？",
    ],
    note="asked as value: the store has the 2024 report only",
)
ask(
    K,
    "unanswerable",
    R(),
    [
        "f|本年度政府信息公开工作人员共有几名？",
    ],
    note="asked as value: staff numbers are not reported",
)
ask(
    K,
    "unanswerable",
    R(),
    [
        "C|上海市科技局2024年依申请公开平均办理时长是多少天？",
    ],
    note="asked as value: no processing time in the report",
)

# ───────────────────────────── 河北省教育厅 2016 / 2018 (LEGACY) / 2021 / 2023 (GF2021) ─────────────────────────────
E16, E18, E21, E23 = "hebei-edu-2016", "hebei-edu-2018", "hebei-edu-2021", "hebei-edu-2023"
ask(
    E21,
    "value",
    V(37, "件"),
    [
        "c|今年新收了多少件政府信息公开申请？",
        "F|河北省教育厅2021年度报告表三“本年新收政府信息公开申请数量”总计是多少件？",
        "A|河北教育厅二〇二一年新收申请几件",
    ],
    cells=["t3.new.tot"],
)
ask(
    E21,
    "value",
    V(15, "件"),
    [
        "f|因属于信访举报投诉类申请而不予处理的有多少件？",
        "A|省教育厅2021年信访举报投诉类不予处理几件",
    ],
    cells=["t3.r5_1.tot"],
)
ask(
    E21,
    "value",
    V(2, "件"),
    [
        "c|法律服务机构申请了几件？",
    ],
    cells=["t3.new.law"],
)
ask(
    E21,
    "value",
    V(18, "件"),
    [
        "C|河北省教育厅2021年予以公开的申请有多少件？",
    ],
    cells=["t3.r1.tot"],
)
ask(
    E21,
    "value",
    V(5658, "件"),
    [
        "f|本年度行政许可处理决定数量是多少？",
        "A|河北教育厅21年行政许可决定数",
    ],
    cells=["t2.license.decisions"],
)
ask(
    E21,
    "value",
    V(1163.54, "万元"),
    [
        "F|河北省教育厅2021年行政事业性收费金额是多少？",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    E21,
    "value",
    V(6, "件"),
    [
        "c|没经过复议直接去法院告的有几件？",
    ],
    cells=["t4.ld.tot"],
)
ask(
    E21,
    "value",
    V(2, "件"),
    [
        "f|复议后起诉的行政诉讼案件中结果维持的有几件？",
    ],
    cells=["t4.lr.keep"],
)
ask(
    E21,
    "value",
    BL(),
    [
        "f|表三“上年结转政府信息公开申请数量”一行的总计栏是多少？",
    ],
    cells=["t3.carry_in.tot"],
    note="printed blank; every applicant column is 0",
)
ask(
    E21,
    "narrative",
    V(240, "万人"),
    [
        "c|“河北教育发布”有多少人关注？",
        "A|河北教育厅2021年“河北教育发布”关注数",
    ],
    quote="关注数达240万人",
)
ask(
    E21,
    "narrative",
    V(760, "万"),
    [
        "F|河北省教育厅2021年“河北教育发布”单篇最高阅读量是多少？",
    ],
    quote="单篇阅读量最高达760万",
)
ask(
    E21,
    "narrative",
    V(2, "场"),
    [
        "c|这一年召开了几场新闻发布会？",
    ],
    quote="召开新闻发布会2场",
)
ask(
    E21,
    "narrative",
    V(7, "次"),
    [
        "A|省教育厅2021年对规范性文件清理了几次",
    ],
    quote="对现有206件规范性文件实施了7次清理",
)
ask(
    E21,
    "consistency",
    VD("consistent", ["S2"], {"正文保留": 181, "表二现行有效": 181, "正文废止": 25, "表二本年废止": 25}),
    [
        "f|正文所述规范性文件清理后保留和废止的件数与表二是否一致？",
        "A|河北教育厅2021年正文保留181件、废止25件跟表二对得上吗",
    ],
    cells=["t2.norm.valid", "t2.norm.repealed"],
    quote="保留部门规范性文件181件，废止25件",
)
ask(
    E21,
    "problems",
    CT("主动公开意识薄弱"),
    [
        "c|这一年工作还有啥不足？",
        "F|河北省教育厅2021年度报告中政务公开工作还存在哪些不足？",
    ],
    quote="仍存在主动公开意识薄弱、公开机制不健全、内容不够丰富等不足",
)
ask(
    E21,
    "unanswerable",
    R(),
    [
        "f|本年度“河北教育发布”抖音号发布了多少条短视频？",
        "A|河北教育厅2021年抖音粉丝多少",
    ],
    note="asked as narrative: the report names 微信 “河北教育发布”, no 抖音",
)
ask(
    E21,
    "unanswerable",
    R(),
    [
        "C|河北省教育厅2022年度报告里新收了几件政府信息公开申请？",
        "A|省教育厅二二年报新收申请数",
    ],
    note="asked as value: the store has 河北省教育厅 2016, 2018, 2021 and 2023, no 2022",
)

ask(
    E23,
    "value",
    V(19, "件"),
    [
        "c|今年收到了几件申请？",
        "A|河北教育厅23年新收申请",
    ],
    cells=["t3.new.tot"],
)
ask(
    E23,
    "value",
    V(0, "件"),
    [
        "f|属于三类内部事务信息而不予公开的有几件？",
        "C|河北省教育厅2023年因为是内部事务信息不公开的有几件？",
    ],
    cells=["t3.r3_5.tot"],
    note="（三）5 is 0; the 3 of （三）4 are 保护第三方合法权益",
)
ask(
    E23,
    "value",
    V(4, "件"),
    [
        "F|河北省教育厅2023年不予公开的申请合计多少件？",
    ],
    cells=S3,
)
ask(
    E23,
    "value",
    V(1, "件"),
    [
        "c|危及“三安全一稳定”不公开的有几件？",
    ],
    cells=["t3.r3_3.tot"],
)
ask(
    E23,
    "value",
    V(7, "件"),
    [
        "f|本年度因政府信息公开被申请行政复议的总计是多少？",
        "A|省教育厅2023年行政复议总计",
    ],
    cells=["t4.rv.tot"],
)
ask(
    E23,
    "value",
    V(6, "件"),
    [
        "c|复议后起诉的案子维持了几件？",
    ],
    cells=["t4.lr.keep"],
)
ask(
    E23,
    "value",
    V(7417, "件"),
    [
        "F|河北省教育厅2023年行政许可处理决定有多少件？",
    ],
    cells=["t2.license.decisions"],
)
ask(
    E23,
    "value",
    V(397.619, "万元"),
    [
        "c|收费金额是多少？",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    E23,
    "value",
    V(156, "件"),
    [
        "A|河北教育厅2023现行有效规范性文件",
    ],
    cells=["t2.norm.valid"],
)
ask(
    E23,
    "narrative",
    V(15, "件"),
    [
        "c|通过网上提交的申请有几件？",
        "F|河北省教育厅2023年通过网络提出的政府信息公开申请有多少件？",
    ],
    quote="网络申请15件，占79%",
)
ask(
    E23,
    "narrative",
    V(3.7, "万"),
    [
        "A|省教育厅“冀教新视界”视频号粉丝有多少",
        "c|视频号粉丝涨到了多少？",
    ],
    quote="粉丝量迅速跃升至3.7万",
)
ask(
    E23,
    "narrative",
    V(112, "条"),
    [
        "f|本年度公开省人大代表建议和省政协委员提案复文多少条？",
    ],
    quote="公开省人大代表建议和省政协委员提案复文112条",
)
ask(
    E23,
    "narrative",
    CT("获评中央网信办2023年度走好网上群众路线百个成绩突出账号"),
    [
        "c|“河北教育发布”今年得了什么荣誉？",
    ],
    quote="获评中央网信办2023年度走好网上群众路线百个成绩突出账号",
)
ask(
    E23,
    "share",
    V(79, "%"),
    [
        "F|河北省教育厅2023年网络申请占全部申请的比例是多少？",
        "A|河北教育厅23年网络申请占全部申请的比例",
    ],
    quote="网络申请15件，占79%",
)
ask(
    E23,
    "share",
    V(47.4, "%", tol=0.05),
    [
        "c|予以公开的占办理结果的百分之多少？",
    ],
    cells=["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
)
ask(
    E23,
    "consistency",
    VD("consistent", ["N"], {"网络": 15, "信函": 4, "合计": 19}),
    [
        "f|正文中按申请方式列出的件数之和是否等于收到的申请总数？",
        "A|省教育厅2023年网络加信函申请数等于19件吗",
    ],
    quote="网络申请15件，占79%，信函申请4件，占21%",
)
ask(
    E23,
    "consistency",
    VD("consistent", ["H5"], {"维持": 6, "纠正": 1, "总计": 7}),
    [
        "c|行政复议的维持和纠正加起来和总计一致吗？",
    ],
    cells=["t4.rv.keep", "t4.rv.fix", "t4.rv.tot"],
)
ask(
    E23,
    "problems",
    CT("政策解读形式过于单一"),
    [
        "c|报告承认政策解读方面有什么问题？",
        "A|省教育厅2023年报存在的问题",
    ],
    quote="如公开内容不够广泛、政策解读形式过于单一、与公众互动性还需进一步增强等",
)
ask(
    E23,
    "problems",
    CT("结合图表、音频、视频等多种形式丰富解读材料"),
    [
        "f|在加强政策解读方面报告提出了哪些改进措施？",
    ],
    quote="结合图表、音频、视频等多种形式丰富解读材料",
)
ask(
    E23,
    "unanswerable",
    R(),
    [
        "c|当面来申请的有几件？",
    ],
    note="asked as value: the report gives 网络 15 and 信函 4 only; no 当面 figure is printed",
)
ask(
    E23,
    "unanswerable",
    R(),
    [
        "F|河北省教育厅2023年一共召开了多少场新闻发布会？",
        "A|省教育厅2023新闻发布会几场",
    ],
    note="asked as narrative: 2023 names 新闻发布会 as a form without a count",
)
ask(
    E23,
    "unanswerable",
    R(),
    [
        "f|“冀教新视界”视频号本年度发布了多少条视频？",
    ],
    note="asked as narrative: followers and likes are given, not the number of videos",
)

ask(
    E18,
    "narrative",
    V(1683, "条"),
    [
        "c|那年主动公开了多少条信息？",
        "F|河北省教育厅2018年主动公开政府信息多少条？",
    ],
    quote="2018年主动公开政府信息1683条",
)
ask(
    E18,
    "narrative",
    V(1395, "万人次"),
    [
        "A|省教育厅2018年官方网站访问量是多少",
    ],
    quote="网站访问量1395万人次",
)
ask(
    E18,
    "narrative",
    V(1, "件"),
    [
        "C|河北省教育厅2018年受理了几件依申请信息公开？",
        "a|河北教育厅18年依申请公开受理几件",
    ],
    quote="受理依申请信息公开1件",
)
ask(
    E18,
    "narrative",
    V(0, "起"),
    [
        "f|本年度因政府信息公开而被提起的行政复议有几起？",
    ],
    quote="没有因政府信息公开而被提起的行政复议或行政诉讼",
    note="the 1 行政复议 and 5 行政诉讼 of the report are not about 信息公开",
)
ask(
    E18,
    "narrative",
    V(100, "条"),
    [
        "F|2018年河北省教育厅信息被新华网等国家主流媒体刊发了多少条？",
    ],
    quote="新华网等国家主流媒体刊发我厅信息近百条",
    note="printed 近百条",
)
ask(
    E18,
    "problems",
    CT("信息公开培训需要强化"),
    [
        "c|那年报告里说有什么问题？",
        "A|河北教育厅2018年报问题和改进措施",
    ],
    quote="主要是信息公开内容有待进一步完善；信息公开培训需要强化，部分高校的信息公开工作还有待加强等",
)
ask(
    E18,
    "unanswerable",
    R(),
    [
        "f|表三中予以公开的申请有多少件？",
        "A|省教育厅2018年表三部分公开几件",
    ],
    note="asked as value: the 2018 report is LEGACY, with no 表三",
)
ask(
    E18,
    "unanswerable",
    R(),
    [
        "F|河北省教育厅2018年现行有效的规范性文件有多少件？",
    ],
    note="asked as value: LEGACY report without 表二",
)

ask(
    E16,
    "narrative",
    V(1621, "条"),
    [
        "F|河北省教育厅2016年全年主动公开的政府信息有多少条？",
        "a|省教育厅16年主动公开信息数",
    ],
    quote="2016年主动公开政府信息1621条",
)
ask(
    E16,
    "narrative",
    V(3, "件"),
    [
        "c|那年受理了几件依申请公开？",
    ],
    quote="河北省教育厅受理依申请信息公开3件",
)
ask(
    E16,
    "narrative",
    V(679, "条"),
    [
        "C|河北省教育厅2016年官方网站共发布信息多少条？",
    ],
    quote="共发布信息679条",
)
ask(
    E16,
    "problems",
    CT("信息公开形式有待创新"),
    [
        "f|该年度报告列出的主要问题有哪些？",
        "A|河北教育厅2016年报存在的问题",
    ],
    quote="主要是信息公开内容有待完善；信息公开形式有待创新；部分高校的信息公开还有待加强",
)
ask(
    E16,
    "unanswerable",
    R(),
    [
        "C|河北省教育厅2017年主动公开了多少条政府信息？",
    ],
    note="asked as narrative: the store has 2016 and 2018 but no 2017 report",
)

# ───────────────────────────── 平潭综合实验区 2019–2022 ─────────────────────────────
P19, P20, P21, P22 = "pingtan-2019", "pingtan-2020", "pingtan-2021", "pingtan-2022"
ask(
    P19,
    "value",
    V(23, "件"),
    [
        "c|今年新收了多少申请？",
        "F|平潭综合实验区2019年度表三中本年新收的政府信息公开申请总计多少件？",
    ],
    cells=["t3.new.tot"],
)
ask(
    P19,
    "value",
    V(5, "件"),
    [
        "f|因补正后申请内容仍不明确而无法提供的有几件？",
        "A|平潭2019补正后仍不明确几件",
    ],
    cells=["t3.r4_3.tot"],
)
ask(
    P19,
    "value",
    V(3, "件"),
    [
        "c|因重复申请不予处理的有几件？",
    ],
    cells=["t3.r5_2.tot"],
)
ask(
    P19,
    "value",
    R(),
    [
        "f|本年度行政许可处理决定数量为多少？",
    ],
    cells=["t2.license.decisions"],
    note="glued 表二 row with no unique split (gold null)",
)
ask(
    P19,
    "narrative",
    V(2599, "条"),
    [
        "c|全区一共公布了多少条政府信息？",
        "A|平潭区2019年全区公布政府信息条数",
    ],
    quote="共公布政府信息2599条",
)
ask(
    P19,
    "narrative",
    V(380, "条"),
    [
        "F|平潭综合实验区2019年共发布多少条财政资金信息？",
    ],
    quote="今年共发布380条财政资金信息",
)
ask(
    P19,
    "narrative",
    V(348, "项"),
    [
        "A|平潭19年“一窗通办”公共服务事项有多少项",
    ],
    quote="将8大类348项公共服务事项",
)
ask(
    P19,
    "consistency",
    VD("consistent", ["N"], {"财政资金": 380, "专项资金": 152, "预决算": 197, "三公经费": 27, "债券发行": 4}),
    [
        "f|正文中财政资金信息总数与各分项之和是否一致？",
        "C|平潭综合实验区2019年财政资金信息380条，跟下面各项加起来对得上吗？",
    ],
    quote="今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条",
)
ask(
    P19,
    "problems",
    CT("信息人员队伍能力建设仍有欠缺"),
    [
        "c|那年报告里说存在啥问题？",
        "A|平潭2019年报主要问题",
    ],
    quote="一是个别部门对政府信息公开工作主动性和自觉性仍待提高，信息人员队伍能力建设仍有欠缺",
)
ask(
    P19,
    "problems",
    CT("继续加强督导协调工作"),
    [
        "F|平潭综合实验区2019年度报告提出了哪几项改进措施？",
    ],
    quote="（三）继续加强督导协调工作",
)

ask(
    P20,
    "value",
    V(21, "件"),
    [
        "f|表三“（七）总计”一行印的是多少？",
        "A|平潭2020年表三办理结果总计印的多少",
    ],
    cells=["t3.r7.tot"],
    note="printed 21 though the result rows add to 27 (finding H3)",
)
ask(
    P20,
    "value",
    V(4, "件"),
    [
        "c|办理结果里“其他处理”有几件？",
    ],
    cells=["t3.r6.tot"],
)
ask(
    P20,
    "value",
    V(1, "件"),
    [
        "C|平潭综合实验区2020年“其他”类法人或组织提了几件申请？",
    ],
    cells=["t3.new.oth"],
)
ask(
    P20,
    "value",
    V(7, "件"),
    [
        "F|平潭综合实验区2020年度表二中规章对外公开总数量为多少件？",
    ],
    cells=["t2.reg.total_public"],
)
ask(
    P20,
    "value",
    V(-15, None),
    [
        "f|表二里行政事业性收费的“本年增/减”填的是多少？",
    ],
    cells=["t2.fee.delta"],
)
ask(
    P20,
    "narrative",
    V(348, "件"),
    [
        "c|《问政平潭之有事你说》这一年收到了多少件群众诉求？",
    ],
    quote="收到群众诉求348件",
)
ask(
    P20,
    "narrative",
    V(5, "件"),
    [
        "A|平潭20年宣布废止了几件规范性文件",
    ],
    quote="已宣布废止规范性文件5件",
)
ask(
    P20,
    "consistency",
    VD("inconsistent", ["H3"], {"各项之和": 27, "印的总计": 21}),
    [
        "f|表三中各类办理结果的合计与印出的“（七）总计”是否一致？",
        "A|平潭2020年表三办理结果加总和总计一致吗",
        "C|平潭综合实验区2020年年报表三办理结果的合计数对不对？",
    ],
    cells=["t3.r1.tot", "t3.r2.tot", "t3.r4_1.tot", "t3.r4_3.tot", "t3.r5_2.tot", "t3.r6.tot", "t3.r7.tot"],
)
ask(
    P20,
    "consistency",
    VD("consistent", ["S2"], {"正文": 21, "表三新收": 21}),
    [
        "c|正文说受理申请21件，和表三新收一样吗？",
    ],
    cells=["t3.new.tot"],
    quote="共受理政府信息公开申请21件",
)
ask(
    P20,
    "problems",
    CT("少数政务新媒体“政务”属性不够突出"),
    [
        "c|政务新媒体方面有什么问题？",
        "F|平潭综合实验区2020年政府信息公开工作存在的主要问题是什么？",
    ],
    quote="少数政务新媒体“政务”属性不够突出，互动效果有待进一步加强",
)

ask(
    P21,
    "value",
    V(70, "件"),
    [
        "c|今年新收多少申请？",
        "A|平潭21年新收申请数",
    ],
    cells=["t3.new.tot"],
)
ask(
    P21,
    "value",
    V(6, "件"),
    [
        "f|因属于行政执法案卷而不予公开的有几件？",
        "C|平潭综合实验区2021年属于行政执法案卷不予公开的有多少？",
    ],
    cells=["t3.r3_7.tot"],
)
ask(
    P21,
    "value",
    V(8, "件"),
    [
        "F|平潭综合实验区2021年“不予公开”合计多少件？",
    ],
    cells=S3,
)
ask(
    P21,
    "value",
    V(2, "件"),
    [
        "c|社会公益组织申请了几件？",
    ],
    cells=["t3.new.npo"],
)
ask(
    P21,
    "value",
    V(3, "件"),
    [
        "f|“本机关不掌握相关政府信息”一行“其他”法人一栏是多少？",
    ],
    cells=["t3.r4_1.oth"],
)
ask(
    P21,
    "value",
    V(12, "件"),
    [
        "A|平潭2021年未经复议直接起诉的行政诉讼",
    ],
    cells=["t4.ld.tot"],
)
ask(
    P21,
    "value",
    V(2, "件"),
    [
        "c|行政复议其他结果的有几件？",
    ],
    cells=["t4.rv.other"],
)
ask(
    P21,
    "value",
    V(24252.311082, "万元"),
    [
        "F|平潭综合实验区2021年行政事业性收费金额是多少万元？",
    ],
    cells=["t2.fee.amount_wan"],
)
ask(
    P21,
    "value",
    R(),
    [
        "A|平潭2021年现行有效规范性文件多少件",
    ],
    cells=["t2.norm.valid"],
    note="glued 表二 row with no unique split (gold null)",
)
ask(
    P21,
    "narrative",
    V(2645, "条"),
    [
        "c|全年主动公开了多少条？",
    ],
    quote="全年主动公开我区各级单位政府信息2645条",
)
ask(
    P21,
    "narrative",
    V(2, "个"),
    [
        "A|平潭2021关停了几个政务新媒体",
    ],
    quote="先后关停未进行规范管理的政务新媒体2个",
)
ask(
    P21,
    "narrative",
    V(4, "次"),
    [
        "c|季度政务公开检查搞了几次？",
    ],
    quote="组织4次季度政务公开检查",
)
ask(
    P21,
    "consistency",
    VD("consistent", ["H1"], {"新收": 70, "上年结转": 0, "办理总计": 69, "结转下年度": 1}),
    [
        "f|表三新收加上年结转是否等于办理结果总计加结转下年度？",
    ],
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
)
ask(
    P21,
    "consistency",
    VD("consistent", ["S2"], {"正文办结": 69, "表三总计": 69}),
    [
        "C|平潭综合实验区2021年正文说办结69件，和表三总计对得上吗？",
    ],
    cells=["t3.r7.tot"],
    quote="及时依法依规办结69件",
)
ask(
    P21,
    "problems",
    CT("政策解读形式不够丰富"),
    [
        "c|这年报告说哪里做得不够？",
        "A|平潭21年报存在的主要问题",
    ],
    quote="政策解读形式不够丰富，未能充分运用数字化、图表图解等方式通俗易懂地解读政策文件",
)
ask(
    P21,
    "problems",
    CT("拓宽公开载体和渠道"),
    [
        "F|平潭综合实验区2021年年报提出的改进措施有哪些？",
    ],
    quote="三是拓宽公开载体和渠道",
)
ask(
    P21,
    "unanswerable",
    R(),
    [
        "c|关停以后还剩多少个政务新媒体？",
    ],
    note="asked as narrative: 2021 says 2 were closed, not how many remain",
)

ask(
    P22,
    "value",
    V(74, "件"),
    [
        "c|本年新收的申请是多少件？",
        "F|平潭综合实验区2022年本年新收政府信息公开申请数量为多少？",
        "A|平潭二〇二二年新收申请多少件",
    ],
    cells=["t3.new.tot"],
)
ask(
    P22,
    "value",
    V(37, "件"),
    [
        "c|因为不掌握信息没法提供的有几件？",
        "A|平潭22年本机关不掌握相关政府信息几件",
    ],
    cells=["t3.r4_1.tot"],
)
ask(
    P22,
    "value",
    V(2, "件"),
    [
        "f|因属于四类过程性信息不予公开的有几件？",
    ],
    cells=["t3.r3_6.tot"],
)
ask(
    P22,
    "value",
    V(9, "件"),
    [
        "C|平潭综合实验区2022年部分公开的有几件？",
    ],
    cells=["t3.r2.tot"],
)
ask(
    P22,
    "value",
    V(698, "件"),
    [
        "F|平潭综合实验区2022年现行有效行政规范性文件有多少件？",
    ],
    cells=["t2.norm.valid"],
)
ask(
    P22,
    "value",
    V(10690, "件"),
    [
        "c|行政许可决定做了多少件？",
    ],
    cells=["t2.license.decisions"],
)
ask(
    P22,
    "value",
    V(1, "件"),
    [
        "f|行政复议被纠正的有几件？",
    ],
    cells=["t4.rv.fix"],
)
ask(
    P22,
    "value",
    V(2, "件"),
    [
        "A|平潭2022其他处理第三项“其他”商业企业那栏是几",
    ],
    cells=["t3.r6_3.biz"],
)
ask(
    P22,
    "value",
    V(70, "件"),
    [
        "c|去年新收的申请有几件？",
    ],
    cells=["pingtan-2021:t3.new.tot"],
    note="去年 of pingtan-2022 = pingtan-2021",
)
ask(
    P22,
    "value",
    V(21, "件"),
    [
        "c|前年的办理结果总计印的是多少？",
    ],
    cells=["pingtan-2020:t3.r7.tot"],
    note="前年 of pingtan-2022 = pingtan-2020 (printed 21)",
)
ask(
    P22,
    "narrative",
    V(14571, "条"),
    [
        "c|今年全区主动公开了多少条？",
        "A|平潭区2022主动公开政府信息条数",
    ],
    quote="2022年全区共主动公开政府信息14571条",
)
ask(
    P22,
    "narrative",
    V(75, "件"),
    [
        "f|正文中全区收到政府信息公开申请多少件？",
    ],
    quote="全区收到政府信息公开申请75件",
)
ask(
    P22,
    "narrative",
    V(33, "个"),
    [
        "F|平潭综合实验区2022年全区现存政务新媒体多少个？",
    ],
    quote="对全区现存的33个政务新媒体",
)
ask(
    P22,
    "narrative",
    V(100, "%"),
    [
        "A|平潭2022申请办结率",
    ],
    quote="均在法定期限内予以答复，办结率100%",
)
ask(
    P22,
    "consistency",
    VD("consistent", ["H3"], {"各项之和": 75, "总计": 75}),
    [
        "c|办理结果各项加起来等于总计吗？",
    ],
    cells=["t3.r1.tot", "t3.r2.tot"] + S3 + S4 + S6 + ["t3.r7.tot"],
)
ask(
    P22,
    "consistency",
    VD("consistent", ["S1"], {"2021结转下年度": 1, "2022上年结转": 1}),
    [
        "f|本年“上年结转”数与上一年度报告的“结转下年度继续办理”数是否一致？",
        "A|平潭22年上年结转和21年结转下年度对得上吗",
    ],
    cells=["t3.carry_in.tot", "pingtan-2021:t3.carry_out.tot"],
)
ask(
    P22,
    "problems",
    CT("重大行政决策预公开程度需进一步加强"),
    [
        "c|今年报告说有什么问题？",
        "A|平潭2022年报问题",
    ],
    quote="一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一",
)
ask(
    P22,
    "problems",
    CT("丰富意见征集形式"),
    [
        "f|针对意见征集形式单一，报告提出了什么措施？",
    ],
    quote="一是丰富意见征集形式",
)
ask(
    P22,
    "share",
    V(28.0, "%", tol=0.05),
    [
        "f|予以公开占办理结果总计的比例是多少？",
        "A|平潭2022年予以公开占比",
    ],
    cells=["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
)
ask(
    P22,
    "share",
    V(49.3, "%", tol=0.05),
    [
        "c|无法提供的占了全部办理结果的多少？",
    ],
    cells=S4 + ["t3.r7.tot"],
    calc="100*{t3.r4_1.tot}/{t3.r7.tot}",
)
ask(
    P22,
    "ratio",
    V(5.06, None, tol=0.05),
    [
        "F|平潭综合实验区2022年行政许可决定数是行政处罚决定数的多少倍？",
    ],
    cells=["t2.license.decisions", "t2.penalty.decisions"],
    calc="{t2.license.decisions}/{t2.penalty.decisions}",
)
ask(
    P22,
    "unanswerable",
    R(),
    [
        "c|今年政府集中采购花了多少钱？",
        "A|平潭2022年政府集中采购项目数量",
    ],
    note="asked as value: 政府集中采购 is a GF2019 row, this report is GF2021",
)
ask(
    P22,
    "unanswerable",
    R(),
    [
        "C|平潭综合实验区2023年新收申请多少件？",
        "A|平潭23年年报行政复议几件",
    ],
    note="asked as value: the store has 平潭 2019–2022 only",
)
ask(
    P22,
    "unanswerable",
    R(),
    [
        "f|本年度听证会共召开了几场？",
    ],
    note="asked as narrative: 听证会 is named as a form of 意见征集 to come, with no count",
)
ask(
    P22,
    "unanswerable",
    R(),
    [
        "c|申请人里年纪最大的多大？",
    ],
    note="asked as value: applicants' age is not reported",
)

# ───────────────────────────── 平潭综合实验区君山片区管理局 2022 (unlabeled) ─────────────────────────────
J = "pingtan-junshan-2022"
ask(
    J,
    "narrative",
    V(156, "条"),
    [
        "c|这一年主动公开的信息有多少条？",
        "A|君山片区2022年主动公开信息数",
        "F|平潭综合实验区君山片区管理局2022年主动公开信息多少条？",
    ],
    quote="全年主动公开信息数156条",
)
ask(
    J,
    "narrative",
    V(903, "篇"),
    [
        "c|公众号一年发了多少篇？",
        "A|君山片区管理局微信公众号2022年发布信息篇数",
    ],
    quote="微信公众号共发布903篇公众号信息",
)
ask(
    J,
    "narrative",
    V(4, "次"),
    [
        "F|平潭综合实验区君山片区管理局2022年在互动交流栏目发布调查问卷几次？",
    ],
    quote="调查问卷四次、意见征集四次",
)
ask(
    J,
    "narrative",
    V(0, "件"),
    [
        "c|今年收到几件依申请公开？",
        "A|君山片区22年依申请公开申请数",
    ],
    quote="2022年未收到依申请公开事宜",
)
ask(
    J,
    "value",
    V(11, "件"),
    [
        "f|表二中现行有效的行政规范性文件有几件？",
    ],
    quote="行政规范性文件0011",
    note="glued 「0011」 = 0 制发, 0 废止, 11 现行有效",
)
ask(
    J,
    "consistency",
    VD("inconsistent", ["N"], {"总数": 156, "分类之和": 151}),
    [
        "f|正文中主动公开信息总数与各类信息条数之和是否一致？",
        "A|君山片区2022年主动公开156条和各分类加起来对得上吗",
        "C|平潭综合实验区君山片区管理局2022年主动公开信息的分类数加总等于总数吗？",
    ],
    quote="全年主动公开信息数156条，其中机关职能类信息12条，行政许可类信息0条，财政预决算类信息2条，扶贫、教育、医疗、社会保障、促进就业类信息12条；突发公共事件应急预案类信息47条；环境保护、公共卫生、安全生产、食品药品、产品质量类信息33条；其他应主动公开的政府信息45条",
)
ask(
    J,
    "consistency",
    VD("inconsistent", ["H3"], {"本机关不掌握": 5, "总计": 0}),
    [
        "c|表三里无法提供那行和总计对得上吗？",
        "F|平潭综合实验区君山片区管理局2022年表三“本机关不掌握相关政府信息”一行与“（七）总计”是否相符？",
    ],
    quote="本机关不掌握相关政府信息30000252.没有现成信息需要另行制作0000000",
    note="the （四）1 row prints 3…2 / 总计 5 while 新收 and （七）总计 are 0",
)
ask(
    J,
    "problems",
    CT("创新举措不足"),
    [
        "c|他们自己说存在哪些问题？",
        "A|君山片区2022年报主要问题",
    ],
    quote="一是对群众关切的内容主动公开意识和力度还不够",
)
ask(
    J,
    "problems",
    CT("增强工作创新能力"),
    [
        "f|报告提出的改进措施中第二条是什么？",
    ],
    quote="二是增强工作创新能力",
)
ask(
    J,
    "unanswerable",
    R(),
    [
        "c|问卷一共收回来多少份？",
        "A|君山片区2022年调查问卷回收份数",
    ],
    quote="调查问卷四次、意见征集四次",
    note="asked as narrative: 问卷四次 is given, no answers received",
)
ask(
    J,
    "unanswerable",
    R(),
    [
        "F|平潭综合实验区君山片区管理局2021年主动公开信息多少条？",
    ],
    note="asked as narrative: the store has 君山片区 2022 only",
)
ask(
    J,
    "unanswerable",
    R(),
    [
        "f|本年度微信公众号粉丝数是多少？",
    ],
    quote="微信公众号共发布903篇公众号信息",
    note="asked as narrative: 903 posts are given, no follower count",
)

# ───────────────────────────── 河北省科学技术厅 2018–2023 (unlabeled) ─────────────────────────────
K18, K19, K20, K21, K22, K23 = (f"hebei-kjt-{y}" for y in range(2018, 2024))
ask(
    K18,
    "narrative",
    V(3, "件"),
    [
        "C|河北省科学技术厅2018年收到几件政府信息公开申请？",
        "a|省科技厅2018年依申请公开收了几件",
    ],
    quote="我厅收到政府信息公开申请3件",
)
ask(
    K18,
    "narrative",
    V(179, "件"),
    [
        "f|本年度向省档案馆、省图书馆提交主动公开的政府信息资料多少件？",
    ],
    quote="提交主动公开的政府信息资料179件",
)
ask(
    K18,
    "narrative",
    V(400, "条"),
    [
        "c|门户网站主动公开了多少条信息？",
    ],
    quote="在厅门户网站主动公开各类政府信息400余条",
    note="printed 400余条",
)
ask(
    K18,
    "problems",
    CT("制度落实力度需进一步加强"),
    [
        "F|河北省科学技术厅2018年度报告指出的不足有哪些？",
        "A|河北科技厅2018年报存在的问题",
    ],
    quote="公开的内容和深度仍有待进一步拓展，制度落实力度需进一步加强，工作人员业务能力和水平也需进一步提升",
)

ask(
    K19,
    "narrative",
    V(0, "件"),
    [
        "c|那年收到多少件申请？",
        "A|省科技厅2019年收到政府信息公开申请数",
    ],
    quote="2019年未收到政府信息公开申请",
)
ask(
    K19,
    "narrative",
    V(15000, "条"),
    [
        "F|河北省科学技术厅2019年政务微博累计发布信息多少条？",
    ],
    quote="政务微博累计发布信息15000余条",
    note="printed 15000余条",
)
ask(
    K19,
    "narrative",
    V(85, "条"),
    [
        "A|河北科技厅2019年收到网民留言多少条",
    ],
    quote="批转的各类网民留言85条",
)
ask(
    K19,
    "problems",
    CT("信息公开范围不全面"),
    [
        "c|那年报告里提了什么问题？",
    ],
    quote="存在对部分政策宣传解读不到位、信息公开范围不全面等问题",
)
ask(
    K19,
    "unanswerable",
    R(),
    [
        "F|河北省科学技术厅2019年度表二里行政许可的处理决定数量是多少？",
        "A|省科技厅2019表二行政许可",
    ],
    note="asked as value: the 2019 report's 表二 is an image, not in the text",
)

ask(
    K20,
    "narrative",
    V(316, "条"),
    [
        "c|门户网站主动公开了多少条文件信息？",
        "F|河北省科学技术厅2020年在门户网站主动公开各类文件信息多少条？",
    ],
    quote="全年在厅门户网站主动公开各类文件信息316条",
)
ask(
    K20,
    "narrative",
    V(5.1, "万人"),
    [
        "f|厅微博和微信的关注总量是多少？",
    ],
    quote="我厅微博、微信关注总量达5.1万余人",
    note="printed 5.1万余人",
)
ask(
    K20,
    "narrative",
    V(7, "次"),
    [
        "C|河北省科学技术厅2020年举办参加新闻发布会几次？",
    ],
    quote="2020年，我厅共举办参加新闻发布会7次",
)
ask(
    K20,
    "narrative",
    V(0, "件"),
    [
        "c|那年有没有人申请政府信息公开？几件？",
    ],
    quote="2020年未收到政府信息公开申请",
)
ask(
    K20,
    "value",
    BL(),
    [
        "f|表二中行政处罚的本年处理决定数量是多少？",
    ],
    quote="行政处罚行政强制第二十条第（八）项",
    note="the 行政处罚 row is printed empty",
)
ask(
    K20,
    "problems",
    CT("科技政策宣传解读覆盖不完全"),
    [
        "A|省科技厅2020年报问题",
    ],
    quote="但也存在科技政策宣传解读覆盖不完全、信息公开范围需进一步优化等问题",
)

ask(
    K21,
    "narrative",
    V(2, "件"),
    [
        "c|这年收到几件申请？",
        "F|河北省科学技术厅2021年度一共收到几件政府信息公开申请？",
    ],
    quote="2021年收到政府信息公开申请2件",
)
ask(
    K21,
    "value",
    V(1689, "件"),
    [
        "f|表二里行政许可本年处理决定数量是多少？",
    ],
    quote="行政许可1689",
)
ask(
    K21,
    "narrative",
    V(29, "件"),
    [
        "c|由他们办理的省人大代表建议和政协提案复文有几件？",
    ],
    quote="由我厅办理的省人大代表建议政协提案复文共29件",
)
ask(
    K21,
    "value",
    V(1, "件"),
    [
        "f|表三中予以公开的有几件？",
    ],
    quote="（一）予以公开1000001",
    note="glued row: 1 自然人 … 1 总计",
)
ask(
    K21,
    "value",
    BL(),
    [
        "A|省科技厅2021年表二行政强制决定数",
    ],
    quote="行政处罚0行政强制第二十条第（八）项",
    note="the 行政强制 cell is printed empty",
)
ask(
    K21,
    "problems",
    CT("推送不够精准"),
    [
        "F|河北省科学技术厅2021年信息公开工作还存在哪些问题？",
    ],
    quote="政策解读形式不够丰富、覆盖面不完全、推送不够精准等问题",
)

ask(
    K22,
    "narrative",
    V(11, "件"),
    [
        "c|今年收到多少申请？",
        "A|省科技厅22年收到申请几件",
        "F|河北省科学技术厅2022年度一共收到几件政府信息公开申请？",
    ],
    quote="2022年收到政府信息公开申请11件",
)
ask(
    K22,
    "narrative",
    V(70, "件"),
    [
        "f|本年度清理的规范性文件有多少件？",
    ],
    quote="对70件文件规范性文件进行清理",
)
ask(
    K22,
    "narrative",
    V(3.7, "万人"),
    [
        "c|微信公众号关注人数有多少？",
    ],
    quote="微信公众号关注人数达3.7万人",
)
ask(
    K22,
    "narrative",
    V(263, "条"),
    [
        "A|河北科技厅“科技河北”视频号2022年发布了多少条",
    ],
    quote="“科技河北”视频号发布信息263条",
)
ask(
    K22,
    "value",
    V(1153, "件"),
    [
        "F|河北省科学技术厅2022年行政许可处理决定数量是多少？",
    ],
    quote="行政许可　　1153",
)
ask(
    K22,
    "value",
    V(49, "件"),
    [
        "c|现行有效的规范性文件有多少？",
    ],
    quote="行政规范性文件　　13　　8　　49",
)
ask(
    K22,
    "consistency",
    VD("consistent", ["N"], {"清理": 70, "保留": 39, "限期修改": 23, "废止": 8}),
    [
        "f|规范性文件清理总数与保留、修改、废止件数之和是否相符？",
        "A|省科技厅2022年清理70件，保留、修改、废止加起来对吗",
    ],
    quote="对70件文件规范性文件进行清理，其中39件文件保留，23件文件列入限期修改，8件文件予以废止或宣布失效",
)
ask(
    K22,
    "problems",
    CT("信息公开平台相关栏目和内容分类仍需进一步优化"),
    [
        "c|报告说平台方面有什么要改的？",
    ],
    quote="信息公开平台相关栏目和内容分类仍需进一步优化",
)
ask(
    K22,
    "unanswerable",
    R(),
    [
        "C|河北省科学技术厅2022年举办参加新闻发布会几次？",
        "a|省科技厅22年新闻发布会开了几次",
    ],
    quote="厅门户网站发布科技动态、通知公告、政策解读、科技前沿等各类信息5009篇",
    note="asked as narrative: the 2022 report gives no 新闻发布会 count (2018–2021 do)",
)

ask(
    K23,
    "narrative",
    V(17, "件"),
    [
        "c|今年收到几件申请？",
        "A|河北科技厅2023年收到的信息公开申请",
    ],
    quote="2023年收到政府信息公开申请17件",
)
ask(
    K23,
    "narrative",
    V(100, "%"),
    [
        "F|河北省科学技术厅2023年政府信息公开申请的办结率是多少？",
    ],
    quote="办结率100%",
)
ask(
    K23,
    "narrative",
    V(6.6, "万人"),
    [
        "c|公众号现在有多少关注？",
        "A|省科技厅“科技河北”公众号2023年关注人数",
    ],
    quote="微信公众号关注人数达6.6万人",
)
ask(
    K23,
    "narrative",
    V(14, "场次"),
    [
        "f|本年度开展线上直播多少场次？",
    ],
    quote="开展线上直播14场次",
)
ask(
    K23,
    "narrative",
    V(41, "件"),
    [
        "C|河北省科学技术厅2023年办理的省人大代表建议政协提案复文有多少件？",
    ],
    quote="由我厅办理的省人大代表建议政协提案复文共41件",
)
ask(
    K23,
    "narrative",
    V(119, "件"),
    [
        "c|今年向“两馆一中心”转交了多少件文件？",
    ],
    quote="全年转交文件119件",
)
ask(
    K23,
    "consistency",
    VD("consistent", ["N"], {"清理": 53, "保留": 49, "限期修改": 3, "废止": 1}),
    [
        "F|河北省科学技术厅2023年清理的规范性文件总数与各处理结果件数之和是否一致？",
    ],
    quote="对53件文件规范性文件进行清理，其中49件保留、3件列入限期修改、1件予以废止或宣布失效",
)
ask(
    K23,
    "problems",
    CT("服务类信息占比仍然不高"),
    [
        "c|今年报告说存在哪些差距？",
        "A|省科技厅2023年报主要问题",
    ],
    quote="二是对重点领域主动公开信息的谋划还不够，服务类信息占比仍然不高",
)
ask(
    K23,
    "problems",
    CT("积极搭建与创新主体之间的“连心桥”"),
    [
        "f|下一步在收集创新主体诉求方面有什么打算？",
    ],
    quote="积极搭建与创新主体之间的“连心桥”",
)
ask(
    K23,
    "unanswerable",
    R(),
    [
        "c|厅政务微博的关注量是多少？",
        "A|河北科技厅2023年微博关注量",
    ],
    quote="微信公众号关注人数达6.6万人，视频号关注量达1.8万余人",
    note="asked as narrative: 2023 gives 公众号 and 视频号 followers, none for 微博",
)
ask(
    K23,
    "unanswerable",
    R(),
    [
        "F|河北省科学技术厅2024年度一共收到几件政府信息公开申请？",
    ],
    note="asked as narrative: the store has 科技厅 2018–2023, no 2024",
)

# ───────────────────────────── 河北省人力资源和社会保障厅 2019 / 2020 / 2023 (unlabeled, tables as images) ─────────────────────────────
R19, R20, R23 = "hebei-rst-2019", "hebei-rst-2020", "hebei-rst-2023"
ask(
    R19,
    "narrative",
    V(64, "件"),
    [
        "C|河北省人力资源和社会保障厅2019年全年受理了几件政府信息公开申请？",
        "a|人社厅2019年受理信息公开申请几件",
    ],
    quote="全年共受理政府信息公开申请64件",
)
ask(
    R19,
    "narrative",
    V(402, "万人次"),
    [
        "c|12333咨询电话来电量是多少？",
    ],
    quote="12333咨询电话来电总量402万人次",
)
ask(
    R19,
    "narrative",
    V(31.6, "%"),
    [
        "F|河北省人力资源和社会保障厅2019年12333来电总量比去年同期增长了多少？",
    ],
    quote="比去年同期增长31.6%",
)
ask(
    R19,
    "problems",
    CT("政策解读材料的质量仍有待提高"),
    [
        "c|那年报告说有哪些地方需要改进？",
        "A|河北人社厅2019年报存在的问题",
    ],
    quote="二是政策解读材料的质量仍有待提高",
)
ask(
    R19,
    "unanswerable",
    R(),
    [
        "f|表三中本年予以公开的申请有多少件？",
        "A|省人社厅2019年表三不予公开件数",
    ],
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
    note="asked as value: 河北人社厅 2019 publishes its tables as images",
)

ask(
    R20,
    "narrative",
    V(78, "件"),
    [
        "c|这年受理了多少件申请？",
        "F|河北省人力资源和社会保障厅2020年全年受理了几件政府信息公开申请？",
    ],
    quote="全年共受理政府信息公开申请78件",
)
ask(
    R20,
    "narrative",
    V(120, "万人次"),
    [
        "A|人社厅2020年12333人工服务量",
    ],
    quote="人工服务总量为120万人次",
)
ask(
    R20,
    "narrative",
    V(10, "次"),
    [
        "f|本年度举办参加新闻发布会多少次？",
    ],
    quote="共举办参加新闻发布会10次",
)
ask(
    R20,
    "problems",
    CT("新出台政策文件包括规范性文件在网上公开不够及时"),
    [
        "F|河北省人力资源和社会保障厅2020年政府信息公开工作存在哪些不足？",
        "A|省人社厅20年报的问题",
    ],
    quote="政府信息公开意识还需进一步增强，新出台政策文件包括规范性文件在网上公开不够及时，政策解读材料的质量仍有待提高",
)
ask(
    R20,
    "unanswerable",
    R(),
    [
        "c|表里行政复议有几件？",
        "A|河北人社厅2020行政诉讼总计",
    ],
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
    note="asked as value: the 2020 report's tables are images, not in the text",
)

ask(
    R23,
    "narrative",
    V(224, "件"),
    [
        "c|今年办理依申请公开文件多少件？",
        "A|人社厅2023依申请公开文件数",
    ],
    quote="2023年办理依申请公开文件数224件",
)
ask(
    R23,
    "narrative",
    V(448, "条"),
    [
        "F|河北省人力资源和社会保障厅2023年度报告中“河北人社”抖音号发布了多少条视频？",
    ],
    quote="河北人社抖音发布视频448条",
)
ask(
    R23,
    "narrative",
    V(400, "万"),
    [
        "c|微信公众号粉丝多少？",
    ],
    quote="河北人社微信公众号粉丝量突破400万",
    note="printed 突破400万",
)
ask(
    R23,
    "narrative",
    V(88429, "个"),
    [
        "f|省12345热线人社远程专家坐席总接通量是多少？",
    ],
    quote="省12345热线人社远程专家坐席总接通量88429个",
)
ask(
    R23,
    "consistency",
    VD("inconsistent", ["N"], {"总数": 872, "各平台之和": 848}),
    [
        "f|受理网民互动交流事项总数与各平台件数之和是否一致？",
        "A|人社厅2023年网民互动872件和分平台数加起来对得上吗",
        "C|河北省人力资源和社会保障厅2023年受理网民互动交流事项的分项合计等于总数吗？",
    ],
    quote="受理网民互动交流事项872件，其中河北省效能监督平台（国家政务服务平台、河北政务服务网、中国政府网、冀时办APP）242件，人民网101件，中国河北407件，阳光理政81件，长城网17件",
)
ask(
    R23,
    "problems",
    CT("信息更新不够及时"),
    [
        "c|今年报告说存在什么问题？",
    ],
    quote="但还存在信息更新不够及时、政策解读材料形式不够丰富等问题",
)
ask(
    R23,
    "unanswerable",
    R(),
    [
        "F|河北省人力资源和社会保障厅2023年度12333咨询电话来电总量有多少？",
        "a|省人社厅2023年12333接了多少电话",
    ],
    quote="省12345热线人社远程专家坐席总接通量88429个",
    note="asked as narrative: 2023 gives 12345 figures, none for 12333",
)
ask(
    R23,
    "unanswerable",
    R(),
    [
        "C|河北省人力资源和社会保障厅2021年受理了多少件信息公开申请？",
        "A|人社厅2022年受理申请数",
    ],
    note="asked as narrative: the store has 人社厅 2019, 2020 and 2023 only",
)
ask(
    R23,
    "unanswerable",
    R(),
    [
        "f|表三“结转下年度继续办理”是多少件？",
    ],
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
    note="asked as value: the 2023 tables are images",
)

# ───────────────────────────── across reports ─────────────────────────────
NEW = "t3.new.tot"

# compare
store(
    "compare",
    VS({A: 56, H: 21}, "件"),
    [
        "C|安康市人民政府办公室2022年和洪泽区人民政府2023年，谁新收的申请多？",
        "F|请对比安康市人民政府办公室2022年度与洪泽区人民政府2023年度的本年新收申请数量。",
        "A|安康市政府办22年和洪泽23年新收申请对比",
    ],
    cells=px(A, NEW) + px(H, NEW),
)
store(
    "compare",
    VS({E21: 37, E23: 19}, "件"),
    [
        "C|河北省教育厅2021年和2023年新收申请数各是多少，哪年多？",
        "A|省教育厅21年vs23年新收申请",
        "f|与2021年度报告相比，本年新收申请数量有何不同？请分别列出。",
    ],
    cells=px(E21, NEW) + px(E23, NEW),
    scope=E23,
)
store(
    "compare",
    VS({P21: 2293, P22: 10690}, "件"),
    [
        "F|平潭综合实验区2021年与2022年的行政许可处理决定数量分别是多少？",
        "A|平潭21和22年行政许可决定数比较",
        "c|今年的行政许可决定数和去年比怎么样？",
    ],
    cells=px(P21, "t2.license.decisions") + px(P22, "t2.license.decisions"),
    scope=P22,
)
store(
    "compare",
    VS({K: 34, SO: 859}, "件"),
    [
        "C|上海市科学技术委员会2024年和上海市人民政府办公厅2019年新收的申请分别有多少？",
        "A|上海科委24年与上海市府办19年新收申请量比较",
        "F|请对比上海市科学技术委员会（2024年）与上海市人民政府办公厅（2019年）本年新收政府信息公开申请数量。",
    ],
    cells=px(K, NEW) + px(SO, NEW),
)
store(
    "compare",
    VS({K22: 11, K23: 17}, "件"),
    [
        "C|河北省科学技术厅2022年和2023年收到的信息公开申请各有几件？",
        "A|省科技厅22、23两年收到申请数对比",
        "c|今年收到的申请和去年比，分别是多少？",
    ],
    quote={K22: "2022年收到政府信息公开申请11件", K23: "2023年收到政府信息公开申请17件"},
    scope=K23,
)
store(
    "compare",
    VS({H: 4119, P22: 2113}, "件"),
    [
        "F|洪泽区人民政府2023年与平潭综合实验区2022年的行政处罚决定数量各为多少？哪一个更多？",
        "A|洪泽23年和平潭22年行政处罚决定数哪个多",
    ],
    cells=px(H, "t2.penalty.decisions") + px(P22, "t2.penalty.decisions"),
)
store(
    "compare",
    VS({E21: 1163.54, E23: 397.619}, "万元"),
    [
        "C|河北省教育厅2021年和2023年行政事业性收费分别收了多少万元？",
        "A|河北教育厅21年和23年收费金额对比",
    ],
    cells=px(E21, "t2.fee.amount_wan") + px(E23, "t2.fee.amount_wan"),
)
store(
    "compare",
    VS({P22: 14571, J: 156}, "条"),
    [
        "C|2022年平潭综合实验区全区和平潭综合实验区君山片区管理局各主动公开了多少条政府信息？",
        "A|平潭全区和君山片区2022年主动公开信息条数对比",
        "F|请比较平潭综合实验区与平潭综合实验区君山片区管理局2022年度主动公开政府信息的数量。",
    ],
    quote={P22: "2022年全区共主动公开政府信息14571条", J: "全年主动公开信息数156条"},
)
store(
    "compare",
    VS({R19: 64, R20: 78}, "件"),
    [
        "C|河北省人力资源和社会保障厅2019年和2020年各受理了多少件信息公开申请？",
        "A|人社厅2019和2020受理申请数对比",
        "c|今年受理的申请和去年比各是多少？",
    ],
    quote={R19: "全年共受理政府信息公开申请64件", R20: "全年共受理政府信息公开申请78件"},
    scope=R20,
)
store(
    "compare",
    VS({A: 25, P22: 37}, "件"),
    [
        "F|安康市人民政府办公室2022年与平潭综合实验区2022年“无法提供”的件数分别是多少？",
        "A|安康市府办和平潭2022年无法提供件数比较",
    ],
    cells=px(A, *S4) + px(P22, *S4),
)

# change (later − earlier)
store(
    "change",
    V(4, "件"),
    [
        "c|今年新收申请较去年增加了几件？",
        "F|平潭综合实验区2022年本年新收申请数量较2021年增加了多少件？",
        "A|平潭22年新收比21年多几件",
    ],
    cells=px(P22, NEW) + px(P21, NEW),
    calc="{pingtan-2022:t3.new.tot}-{pingtan-2021:t3.new.tot}",
    scope=P22,
)
store(
    "change",
    V(49, "件"),
    [
        "c|跟上一年度比，新收申请增加了多少？",
        "C|平潭综合实验区2021年新收申请比2020年多了多少件？",
        "A|平潭二〇二一年较二〇二〇年新收申请增量",
    ],
    cells=px(P21, NEW) + px(P20, NEW),
    calc="{pingtan-2021:t3.new.tot}-{pingtan-2020:t3.new.tot}",
    scope=P21,
)
store(
    "change",
    V(-2, "件"),
    [
        "c|新收申请比去年是多了还是少了？差几件？",
        "F|平潭综合实验区2020年新收政府信息公开申请数量与2019年相比变化了多少？",
    ],
    cells=px(P20, NEW) + px(P19, NEW),
    calc="{pingtan-2020:t3.new.tot}-{pingtan-2019:t3.new.tot}",
    scope=P20,
)
store(
    "change",
    V(-18, "件"),
    [
        "F|河北省教育厅2023年新收申请数量较2021年变化了多少？",
        "A|省教育厅23年比21年新收申请少了几件",
        "C|河北省教育厅2021年到2023年新收申请减少了多少件？",
    ],
    cells=px(E23, NEW) + px(E21, NEW),
    calc="{hebei-edu-2023:t3.new.tot}-{hebei-edu-2021:t3.new.tot}",
)
store(
    "change",
    V(6, "件"),
    [
        "c|今年收到的申请较去年多几件？",
        "A|河北科技厅23年申请比22年增加多少",
        "F|河北省科学技术厅2023年收到的政府信息公开申请较2022年增加了多少件？",
    ],
    quote={K23: "2023年收到政府信息公开申请17件", K22: "2022年收到政府信息公开申请11件"},
    calc="17-11",
    scope=K23,
)
store(
    "change",
    V(14, "件"),
    [
        "C|河北省人力资源和社会保障厅2020年受理的申请比2019年多多少？",
        "A|省人社厅2020年受理申请较上年增加几件",
    ],
    quote={R20: "全年共受理政府信息公开申请78件", R19: "全年共受理政府信息公开申请64件"},
    calc="78-64",
)
store(
    "change",
    V(11926, "条"),
    [
        "c|全区主动公开的信息比去年多了多少条？",
        "F|平潭综合实验区2022年主动公开政府信息数量较2021年增加了多少条？",
    ],
    quote={P22: "2022年全区共主动公开政府信息14571条", P21: "全年主动公开我区各级单位政府信息2645条"},
    calc="14571-2645",
    scope=P22,
)
store(
    "change",
    V(8397, "件"),
    [
        "A|平潭2022年行政许可决定比2021年多了多少",
        "f|本年行政许可处理决定数量比上一年度增加了多少？",
    ],
    cells=px(P22, "t2.license.decisions") + px(P21, "t2.license.decisions"),
    calc="{pingtan-2022:t2.license.decisions}-{pingtan-2021:t2.license.decisions}",
    scope=P22,
)
store(
    "change",
    V(1759, "件"),
    [
        "C|河北省教育厅2023年的行政许可决定数比2021年多了多少件？",
    ],
    cells=px(E23, "t2.license.decisions") + px(E21, "t2.license.decisions"),
    calc="{hebei-edu-2023:t2.license.decisions}-{hebei-edu-2021:t2.license.decisions}",
)
store(
    "change",
    V(-124, "件"),
    [
        "c|行政许可决定数比去年变了多少？",
        "A|省科技厅2023年行政许可比2022年少多少",
    ],
    quote={K23: "行政许可1029", K22: "行政许可　　1153"},
    calc="1029-1153",
    scope=K23,
)
store(
    "change",
    V(29000, "人"),
    [
        "F|河北省科学技术厅微信公众号关注人数2023年比2022年增加了多少？",
        "c|公众号关注人数比去年涨了多少？",
    ],
    quote={K23: "微信公众号关注人数达6.6万人", K22: "微信公众号关注人数达3.7万人"},
    calc="66000-37000",
    scope=K23,
)
store(
    "change",
    V(-25, "件"),
    [
        "A|河北教育厅现行有效规范性文件2023年比2021年少了几件",
        "F|河北省教育厅现行有效行政规范性文件数量从2021年到2023年变化了多少？",
    ],
    cells=px(E23, "t2.norm.valid") + px(E21, "t2.norm.valid"),
    calc="{hebei-edu-2023:t2.norm.valid}-{hebei-edu-2021:t2.norm.valid}",
)

# trend
store(
    "trend",
    VS({P19: 23, P20: 21, P21: 70, P22: 74}, "件"),
    [
        "C|平潭综合实验区2019年到2022年每年新收多少件信息公开申请？",
        "A|平潭近四年新收申请走势",
        "c|这几年新收的申请数是怎么变化的？",
        "F|请列出平潭综合实验区2019—2022年度本年新收政府信息公开申请数量的变化情况。",
    ],
    cells=px(P19, NEW) + px(P20, NEW) + px(P21, NEW) + px(P22, NEW),
    scope=P22,
)
store(
    "trend",
    VS({K18: 3, K19: 0, K20: 0, K21: 2, K22: 11, K23: 17}, "件"),
    [
        "C|河北省科学技术厅2018到2023年每年收到多少政府信息公开申请？",
        "A|省科技厅历年信息公开申请数",
        "f|请按年度列出本厅2018年以来收到的政府信息公开申请数量。",
    ],
    quote={
        K18: "我厅收到政府信息公开申请3件",
        K19: "2019年未收到政府信息公开申请",
        K20: "2020年未收到政府信息公开申请",
        K21: "2021年收到政府信息公开申请2件",
        K22: "2022年收到政府信息公开申请11件",
        K23: "2023年收到政府信息公开申请17件",
    },
    scope=K23,
)
store(
    "trend",
    VS({E16: 3, E18: 1, E21: 37, E23: 19}, "件"),
    [
        "C|河北省教育厅历年收到或受理的政府信息公开申请分别是多少？",
        "A|河北教育厅各年依申请公开数量变化",
    ],
    cells=px(E21, NEW) + px(E23, NEW),
    quote={E16: "河北省教育厅受理依申请信息公开3件", E18: "受理依申请信息公开1件"},
    note="2016 and 2018 are LEGACY: 受理依申请信息公开 from the text",
)
store(
    "trend",
    VS({K18: 3, K19: 5, K20: 7, K21: 7}, "次"),
    [
        "F|河北省科学技术厅2018—2021年每年举办参加新闻发布会多少次？",
        "A|省科技厅18到21年新闻发布会次数",
        "c|这几年新闻发布会开了多少次，逐年说一下（2018到2021）",
    ],
    quote={
        K18: "我厅全年共举办参加新闻发布会3次",
        K19: "2019年，我厅共举办参加新闻发布会5次",
        K20: "2020年，我厅共举办参加新闻发布会7次",
        K21: "举办参加新闻发布会7次",
    },
    scope=K21,
)
store(
    "trend",
    VS({P19: 2599, P20: 2602, P21: 2645, P22: 14571}, "条"),
    [
        "C|平潭综合实验区2019年以来每年主动公开多少条政府信息？",
        "A|平潭2019到2022每年主动公开政府信息多少条",
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
    VS({K21: 1689, K22: 1153, K23: 1029}, "件"),
    [
        "F|河北省科学技术厅2021—2023年行政许可处理决定数量逐年是多少？",
        "A|河北科技厅近三年行政许可决定数变化",
    ],
    quote={K21: "行政许可1689", K22: "行政许可　　1153", K23: "行政许可1029"},
)
store(
    "trend",
    VS({K21: 22000, K22: 37000, K23: 66000}, "人"),
    [
        "c|“科技河北”公众号这三年关注人数是怎么涨的？",
        "C|河北省科学技术厅“科技河北”微信公众号2021到2023年关注人数分别是多少？",
    ],
    quote={
        K21: "打造了“科技河北”公众号品牌，关注人数达22000余人",
        K22: "微信公众号关注人数达3.7万人",
        K23: "微信公众号关注人数达6.6万人",
    },
    scope=K23,
    note="2021 printed 22000余人",
)

# rank
store(
    "rank",
    VS({P22: 74, A: 56, K22: 11, J: 0}, "件", order=[P22, A, K22, J]),
    [
        "C|2022年度的报告里，各机关新收的政府信息公开申请从多到少怎么排？",
        "F|请将2022年度各报告机关收到的政府信息公开申请数量由高到低排序。",
        "A|22年平潭、安康市政府办、省科技厅、君山片区收到申请数排名",
    ],
    cells=px(P22, NEW) + px(A, NEW),
    quote={K22: "2022年收到政府信息公开申请11件", J: "2022年未收到依申请公开事宜"},
)
store(
    "rank",
    VS({H: 4119}, "件", order=[H]),
    [
        "C|有表格的报告里，哪一份的行政处罚决定数最多？",
        "A|哪家行政处罚决定最多，洪泽还是平潭还是教育厅？",
    ],
    cells=px(H, "t2.penalty.decisions"),
    note="GF2021 reports with a readable 表二: 洪泽 4119 > 平潭2022 2113 > 平潭2021 1282 > 教育厅 19/1 > 0",
)
store(
    "rank",
    VS({P22: 10690, E23: 7417, E21: 5658, P21: 2293}, "件", order=[P22, E23, E21, P21]),
    [
        "F|请对平潭综合实验区2021年、2022年和河北省教育厅2021年、2023年的行政许可决定数量由多到少排序。",
        "A|平潭21/22年和省教育厅21/23年行政许可决定数排个序",
    ],
    cells=px(P22, "t2.license.decisions")
    + px(E23, "t2.license.decisions")
    + px(E21, "t2.license.decisions")
    + px(P21, "t2.license.decisions"),
)
store(
    "rank",
    VS({P21: 24252.311082}, "万元", order=[P21]),
    [
        "C|哪份报告的行政事业性收费金额最高？",
        "F|在各报告的行政事业性收费金额中，最高的是哪一份，金额多少？",
    ],
    cells=px(P21, "t2.fee.amount_wan"),
    note="GF2021 amounts: 平潭2021 24252.31 > 平潭2022 9116.36 > 洪泽 7730.28 > 教育厅2021 1163.54 > …",
)
store(
    "rank",
    VS({E23: 19, K: 34, E21: 37, A: 56}, "件", order=[E23, K, E21, A]),
    [
        "C|河北省教育厅2021年和2023年、上海市科学技术委员会2024年、安康市人民政府办公室2022年新收申请按从少到多排一下",
        "A|省教育厅21、23年，上海科委24年，安康市政府办22年新收申请最少的是谁，从少到多排",
    ],
    cells=px(E23, NEW) + px(K, NEW) + px(E21, NEW) + px(A, NEW),
)
store(
    "rank",
    VS({K22: 5009, K23: 4987, K21: 4818}, "篇", order=[K22, K23, K21]),
    [
        "c|2021到2023这三年门户网站发布信息哪年最多？按多少排个序",
        "A|省科技厅21—23年门户网站发布信息篇数排名",
    ],
    quote={K22: "各类信息5009篇", K23: "各类信息4987篇", K21: "各类信息4818篇"},
    scope=K23,
)
store(
    "rank",
    VS({SO: 859, A: 56, K: 34}, "件", order=[SO, A, K]),
    [
        "F|上海市人民政府办公厅2019年、安康市人民政府办公室2022年、上海市科学技术委员会2024年三份报告的新收申请数量由多到少如何排列？",
        "A|上海市府办、安康市府办、科委新收申请排名",
    ],
    cells=px(SO, NEW) + px(A, NEW) + px(K, NEW),
)

# sum
store(
    "sum",
    V(188, "件"),
    [
        "C|平潭综合实验区2019到2022年四年一共新收了多少件申请？",
        "A|平潭四年新收申请合计",
        "c|这几年（2019—2022）新收申请加起来多少？",
    ],
    cells=px(P19, NEW) + px(P20, NEW) + px(P21, NEW) + px(P22, NEW),
    scope=P22,
)
store(
    "sum",
    V(33, "件"),
    [
        "F|河北省科学技术厅2018年至2023年累计收到政府信息公开申请多少件？",
        "A|省科技厅六年收到申请总数",
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
    V(56, "件"),
    [
        "C|河北省教育厅2021年和2023年新收申请加起来多少件？",
        "A|河北教育厅21+23两年新收申请总和",
    ],
    cells=px(E21, NEW) + px(E23, NEW),
)
store(
    "sum",
    V(142, "件"),
    [
        "F|河北省人力资源和社会保障厅2019年和2020年共受理政府信息公开申请多少件？",
        "a|人社厅今年和去年受理的申请一共几件？",
    ],
    quote={R19: "全年共受理政府信息公开申请64件", R20: "全年共受理政府信息公开申请78件"},
    calc="64+78",
    scope=R20,
)
store(
    "sum",
    V(13, "件"),
    [
        "c|去年和今年未经复议直接起诉的行政诉讼一共几件？",
        "F|平潭综合实验区2021年与2022年未经复议直接起诉的行政诉讼案件合计多少件？",
    ],
    cells=px(P21, "t4.ld.tot") + px(P22, "t4.ld.tot"),
    scope=P22,
)
store(
    "sum",
    V(141, "件"),
    [
        "C|2022年度报告里所有机关新收的申请加起来是多少？",
        "A|2022年平潭、安康市政府办、省科技厅、君山片区新收申请合计",
    ],
    cells=px(P22, NEW) + px(A, NEW),
    quote={K22: "2022年收到政府信息公开申请11件", J: "2022年未收到依申请公开事宜"},
    calc="{pingtan-2022:t3.new.tot}+{ankang-2022:t3.new.tot}+11+0",
)
store(
    "sum",
    V(6232, "件"),
    [
        "F|洪泽区人民政府2023年与平潭综合实验区2022年行政处罚决定数量合计是多少？",
    ],
    cells=px(H, "t2.penalty.decisions") + px(P22, "t2.penalty.decisions"),
)

# which_reports
store(
    "which_reports",
    WR(A, P22, K, SO),
    [
        "C|哪几份报告有从上一年结转过来的申请？",
        "F|在有表三数据的报告中，上年结转政府信息公开申请数量不为零的有哪些？",
        "A|上年结转不是0的年报有哪些（安康、平潭、科委、上海市府办……）",
    ],
    cells=px(A, "t3.carry_in.tot") + px(P22, "t3.carry_in.tot") + px(K, "t3.carry_in.tot") + px(SO, "t3.carry_in.tot"),
)
store(
    "which_reports",
    WR(E21, E23, H, P21, P22),
    [
        "C|哪些报告的行政事业性收费金额不是0？",
        "F|表二“行政事业性收费”本年收费金额大于零的报告有哪些？",
        "A|收费金额不为零的有哪几份：教育厅、洪泽、平潭？",
    ],
    cells=px(E21, "t2.fee.amount_wan")
    + px(E23, "t2.fee.amount_wan")
    + px(H, "t2.fee.amount_wan")
    + px(P21, "t2.fee.amount_wan")
    + px(P22, "t2.fee.amount_wan"),
    note="GF2021 amounts only (GF2019 has no amount)",
)
store(
    "which_reports",
    WR(K19, K20, J),
    [
        "C|哪些报告说全年没有收到政府信息公开申请？",
        "F|请列出报告中明确表示本年度未收到政府信息公开申请的年度报告。",
        "A|哪几份年报没收到申请，科技厅、君山片区？",
    ],
    quote={K19: "2019年未收到政府信息公开申请", K20: "2020年未收到政府信息公开申请", J: "2022年未收到依申请公开事宜"},
)
store(
    "which_reports",
    WR(E23, H, P22),
    [
        "C|哪些报告里有行政复议结果被纠正的？",
        "F|表四中行政复议“结果纠正”不为零的报告有哪些？",
        "A|复议被纠正的：洪泽、平潭、教育厅哪几份？",
    ],
    cells=px(E23, "t4.rv.fix") + px(H, "t4.rv.fix") + px(P22, "t4.rv.fix"),
)
store(
    "which_reports",
    WR(H, SO),
    [
        "C|哪些报告有因为属于国家秘密而不予公开的申请？",
        "F|“属于国家秘密”不予公开件数不为零的报告有哪些？",
    ],
    cells=px(H, "t3.r3_1.tot") + px(SO, "t3.r3_1.np"),
)
store(
    "which_reports",
    WR(H),
    [
        "C|哪些报告表四的行政复议总计印错了，跟分项加不上？",
        "A|复议总计和分项对不上的年报是哪份（洪泽？）",
    ],
    cells=px(H, "t4.rv.keep", "t4.rv.fix", "t4.rv.tot"),
)
store(
    "which_reports",
    WR(A, P22, K22, J),
    [
        "C|库里有哪些2022年度的政府信息公开年报？",
        "F|请列出本库中统计年度为2022年的全部年度报告。",
        "C|22年度的年报都有哪些",
    ],
    cells=px(A, NEW) + px(P22, NEW),
    quote={K22: "2022年收到政府信息公开申请11件", J: "全年主动公开信息数156条"},
)
store(
    "which_reports",
    WR(P21, P22),
    [
        "C|平潭综合实验区哪几年新收申请超过50件？",
        "A|平潭新收申请过50件的年份",
    ],
    cells=px(P21, NEW) + px(P22, NEW),
)
store(
    "which_reports",
    WR(E23, K, K22, K23, R23),
    [
        "C|哪几份年报提到了视频号？",
        "A|年报里讲到视频号的有哪些：教育厅、科委、科技厅、人社厅？",
    ],
    quote={
        E23: "“冀教新视界”视频号",
        K: "“上海科技”视频号",
        K22: "“科技河北”视频号发布信息263条",
        K23: "“科技河北”视频号发布信息230条",
        R23: "河北人社视频号发布视频352条",
    },
)

# shares, ratios, lists and checks across years
store(
    "share",
    V(39.4, "%", tol=0.05),
    [
        "c|今年新收的申请占2019到2022四年总数的百分之几？",
        "F|平潭综合实验区2022年新收申请数占2019—2022年四年合计的比例是多少？",
    ],
    cells=px(P19, NEW) + px(P20, NEW) + px(P21, NEW) + px(P22, NEW),
    calc="100*{pingtan-2022:t3.new.tot}/({pingtan-2019:t3.new.tot}+{pingtan-2020:t3.new.tot}+{pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})",
    scope=P22,
)
store(
    "share",
    V(51.5, "%", tol=0.05),
    [
        "A|省科技厅23年申请占六年总数的百分比",
    ],
    quote={
        K23: "2023年收到政府信息公开申请17件",
        K22: "2022年收到政府信息公开申请11件",
        K21: "2021年收到政府信息公开申请2件",
        K18: "我厅收到政府信息公开申请3件",
    },
    calc="100*17/33",
)
store(
    "ratio",
    V(1.057, None, tol=0.05),
    [
        "c|今年新收申请是去年的多少倍？",
        "A|平潭22年新收申请是21年的几倍",
    ],
    cells=px(P22, NEW) + px(P21, NEW),
    calc="{pingtan-2022:t3.new.tot}/{pingtan-2021:t3.new.tot}",
    scope=P22,
)
store(
    "ratio",
    V(25.26, None, tol=0.05),
    [
        "C|上海市人民政府办公厅2019年新收申请是上海市科学技术委员会2024年的多少倍？",
        "A|上海市府办新收申请是上海科委的几倍",
    ],
    cells=px(SO, NEW) + px(K, NEW),
    calc="{shanghai-office-2019:t3.new.tot}/{shanghai-kewei-2024:t3.new.tot}",
)
store(
    "ratio",
    V(5.51, None, tol=0.05),
    [
        "F|平潭综合实验区2022年主动公开政府信息条数约为2021年的多少倍？",
    ],
    quote={P22: "2022年全区共主动公开政府信息14571条", P21: "全年主动公开我区各级单位政府信息2645条"},
    calc="14571/2645",
)
store(
    "ratio",
    V(1.78, None, tol=0.05),
    [
        "c|公众号关注人数是去年的几倍？",
    ],
    quote={K23: "微信公众号关注人数达6.6万人", K22: "微信公众号关注人数达3.7万人"},
    calc="6.6/3.7",
    scope=K23,
)
store(
    "list",
    VS({P21: 70, P22: 74}, "件"),
    [
        "c|去年和今年新收申请分别是多少？",
        "F|平潭综合实验区2021年、2022年本年新收申请数量分别是多少？",
        "A|平潭21、22两年新收申请各多少",
    ],
    cells=px(P21, NEW) + px(P22, NEW),
    scope=P22,
)
store(
    "list",
    VS({E21: 0, E23: 7}, "件"),
    [
        "C|河北省教育厅2021年和2023年因政府信息公开被申请行政复议各几件？",
        "A|省教育厅21年、23年行政复议总计分别是",
        "f|本年度与2021年度报告中行政复议总计分别是多少件？",
    ],
    cells=px(E21, "t4.rv.tot") + px(E23, "t4.rv.tot"),
    scope=E23,
)
store(
    "list",
    VS({K22: 263, K23: 230}, "条"),
    [
        "C|河北省科学技术厅“科技河北”视频号2022年和2023年分别发布了多少条信息？",
        "a|省科技厅视频号今年和去年各发了多少条",
    ],
    quote={K22: "“科技河北”视频号发布信息263条", K23: "“科技河北”视频号发布信息230条"},
    scope=K23,
)
store(
    "consistency",
    VD("consistent", ["S1"], {"2020结转下年度": 0, "2021上年结转": 0}),
    [
        "c|今年的上年结转和去年报告的结转下年度对得上吗？",
        "F|平潭综合实验区2021年表三“上年结转”与2020年报告“结转下年度继续办理”是否衔接一致？",
    ],
    cells=px(P21, "t3.carry_in.tot") + px(P20, "t3.carry_out.tot"),
    scope=P21,
)
store(
    "consistency",
    VD("consistent", ["S1"], {"2019结转下年度": 0, "2020上年结转": 0}),
    [
        "A|平潭2020年上年结转与2019年结转下年度是否一致",
    ],
    cells=px(P20, "t3.carry_in.tot") + px(P19, "t3.carry_out.tot"),
)
store(
    "consistency",
    VD("consistent", ["S1"], {"2021结转下年度": 1, "2022上年结转": 1}),
    [
        "C|平潭综合实验区2021年报告里结转到下一年的申请，在2022年报告里接上了吗？",
    ],
    cells=px(P22, "t3.carry_in.tot") + px(P21, "t3.carry_out.tot"),
)

# relative years
store(
    "value",
    V(21, "件"),
    [
        "c|去年新收了几件申请？",
    ],
    cells=px(P20, NEW),
    scope=P21,
    note="去年 of pingtan-2021 = pingtan-2020",
)
store(
    "value",
    V(23, "件"),
    [
        "c|前年新收申请多少件？",
    ],
    cells=px(P19, NEW),
    scope=P21,
    note="前年 of pingtan-2021 = pingtan-2019",
)
store(
    "value",
    V(23, "件"),
    [
        "f|上一年度报告中的本年新收申请数量是多少？",
    ],
    cells=px(P19, NEW),
    scope=P20,
)
store(
    "value",
    V(11, "件"),
    [
        "c|去年收到了多少件申请？",
    ],
    quote={K22: "2022年收到政府信息公开申请11件"},
    scope=K23,
)
store(
    "value",
    V(0, "件"),
    [
        "c|前年收到几件申请？",
    ],
    quote={K20: "2020年未收到政府信息公开申请"},
    scope=K22,
)
store(
    "value",
    V(64, "件"),
    [
        "c|去年受理了多少件申请？",
    ],
    quote={R19: "全年共受理政府信息公开申请64件"},
    scope=R20,
)
store(
    "value",
    V(37, "件"),
    [
        "f|上一份年度报告（2021年）中的本年新收申请数是多少？",
    ],
    cells=px(E21, NEW),
    scope=E23,
)
store(
    "value",
    V(2293, "件"),
    [
        "c|去年的行政许可决定是多少件？",
    ],
    cells=px(P21, "t2.license.decisions"),
    scope=P22,
)

# more across reports
store(
    "compare",
    VS({K21: 22000, K23: 66000}, "人"),
    [
        "C|河北省科学技术厅“科技河北”公众号2021年和2023年的关注人数分别是多少？",
        "A|省科技厅公众号关注数21年和23年对比",
    ],
    quote={K21: "打造了“科技河北”公众号品牌，关注人数达22000余人", K23: "微信公众号关注人数达6.6万人"},
)
store(
    "compare",
    VS({J: 0, P22: 74}, "件"),
    [
        "C|2022年平潭综合实验区君山片区管理局和平潭综合实验区全区收到的信息公开申请各多少？",
        "A|君山片区和平潭全区2022年申请数比较",
    ],
    cells=px(P22, NEW),
    quote={J: "2022年未收到依申请公开事宜"},
)
store(
    "compare",
    VS({P19: 2599, P20: 2602}, "条"),
    [
        "c|今年全区公布的政府信息和去年比各是多少？",
        "F|平潭综合实验区2019年与2020年全区公布政府信息的条数分别为多少？",
    ],
    quote={P19: "共公布政府信息2599条", P20: "共公布政府信息2602条"},
    scope=P20,
)
store(
    "change",
    V(3, "条"),
    [
        "A|平潭2020年公布政府信息比2019年多几条",
        "C|平潭综合实验区2020年全区公布政府信息比上一年多了多少条？",
    ],
    quote={P20: "共公布政府信息2602条", P19: "共公布政府信息2599条"},
    calc="2602-2599",
)
store(
    "change",
    V(-11, "件"),
    [
        "c|未经复议直接起诉的行政诉讼比去年少了几件？",
        "F|平潭综合实验区2022年未经复议直接起诉的行政诉讼案件较2021年变化多少？",
    ],
    cells=px(P22, "t4.ld.tot") + px(P21, "t4.ld.tot"),
    calc="{pingtan-2022:t4.ld.tot}-{pingtan-2021:t4.ld.tot}",
    scope=P22,
)
store(
    "change",
    V(-4, "件"),
    [
        "A|平潭22年不予公开比21年少了几件",
        "c|不予公开的比去年变化了多少？",
    ],
    cells=px(P22, *S3) + px(P21, *S3),
    calc="({pingtan-2022:t3.r3_5.tot}+{pingtan-2022:t3.r3_6.tot}+{pingtan-2022:t3.r3_7.tot})-({pingtan-2021:t3.r3_5.tot}+{pingtan-2021:t3.r3_7.tot}+{pingtan-2021:t3.r3_8.tot})",
    scope=P22,
)
store(
    "change",
    V(7, "件"),
    [
        "F|河北省教育厅2023年行政复议总计比2021年增加了多少件？",
        "A|省教育厅复议总计23年较21年增加几件",
    ],
    cells=px(E23, "t4.rv.tot") + px(E21, "t4.rv.tot"),
    calc="{hebei-edu-2023:t4.rv.tot}-{hebei-edu-2021:t4.rv.tot}",
)
store(
    "rank",
    VS({P22: 74}, "件", order=[P22]),
    [
        "c|2019到2022哪一年新收申请最多？",
        "A|平潭哪年新收申请最多",
    ],
    cells=px(P22, NEW),
    scope=P21,
    note="平潭 2019–2022: 23, 21, 70, 74",
)
store(
    "sum",
    V(493, "条"),
    [
        "C|河北省科学技术厅“科技河北”视频号2022年和2023年一共发布了多少条？",
        "A|省科技厅视频号两年发布信息合计",
    ],
    quote={K22: "“科技河北”视频号发布信息263条", K23: "“科技河北”视频号发布信息230条"},
    calc="263+230",
)
store(
    "trend",
    VS({P19: 12, P20: 7, P21: 25, P22: 37}, "件"),
    [
        "C|平潭综合实验区2019—2022年“无法提供”的件数每年是多少？",
        "A|平潭历年无法提供件数",
    ],
    cells=px(P19, *S4) + px(P20, *S4) + px(P21, *S4) + px(P22, *S4),
)

# refusals asked to the whole store or with a relative year: agencies, years, channels, breakdowns the store has not
for text, note in [
    ("C|福州市人民政府2022年收到多少政府信息公开申请？", "asked as value: 福州市人民政府 is not in the store"),
    ("C|平潭综合实验区2018年度新收申请有多少件？", "asked as value: the store has 平潭 2019–2022"),
    ("A|平潭2018年报主动公开多少条", "asked as narrative: no 平潭 2018 report"),
    ("C|河北省教育厅2019年新收申请多少件？", "asked as value: 河北省教育厅 2019 is not in the store"),
    ("A|省教育厅2020年行政复议几件", "asked as value: 河北省教育厅 2020 is not in the store"),
    ("F|河北省科学技术厅2017年政府信息公开申请数量是多少？", "asked as narrative: 科技厅 2017 is not in the store"),
    ("A|上海市科委2022年新收申请", "asked as value: 上海市科委 2022 is not in the store"),
    ("C|安康市人民政府办公室2023年的年报里新收申请多少？", "asked as value: 安康 2023 is not in the store"),
    ("F|洪泽区人民政府2021年度行政处罚决定数量是多少？", "asked as value: 洪泽 2021 is not in the store"),
    (
        "C|河北省人民政府2023年收到多少政府信息公开申请？",
        "asked as value: 河北省人民政府 is not in the store (only its departments)",
    ),
    ("C|石家庄市政府信息公开年报2022年新收申请多少件", "asked as value: 石家庄市 is not in the store"),
    ("F|江苏省人民政府2023年政府信息公开申请受理数量是多少？", "asked as value: 江苏省人民政府 ≠ 洪泽区人民政府"),
    ("C|平潭综合实验区2022年和2023年新收申请比较，哪年多？", "asked as compare: no 平潭 2023 report"),
    ("A|安康市政府办2021和2022年新收申请对比", "asked as compare: no 安康 2021 report"),
    ("F|请比较河北省教育厅2022年与2023年的行政复议数量。", "asked as compare: no 教育厅 2022 report"),
    (
        "C|上海市科学技术委员会2020到2024年每年新收申请数是多少？",
        "asked as trend: only the 2024 report is in the store",
    ),
    ("C|平潭综合实验区2022年政务公开经费投入多少？", "asked as value: no budget figure"),
    ("F|河北省教育厅2023年从事政府信息公开工作的专职人员有几名？", "asked as value: staff not counted"),
    ("A|省科技厅2023年政务公开专职人员几个", "asked as value: 人员保障 is named without a count"),
    ("C|上海市人民政府办公厅2019年申请人中女性占比多少？", "asked as share: no breakdown by sex"),
    ("A|上海市府办2019年申请人平均年龄", "asked as value: no applicant ages"),
    ("C|平潭综合实验区2021年申请人中外省的有多少？", "asked as value: no applicant origin"),
    ("A|平潭2022年抖音号发布多少条视频", "asked as narrative: 平潭 2022 names no 抖音"),
    ("C|平潭综合实验区2021年召开新闻发布会几场？", "asked as narrative: 2021 gives no 新闻发布会 count"),
    ("F|河北省教育厅2021年政务视频号粉丝数是多少？", "asked as narrative: 2021 has no 视频号 (2023 has)"),
    ("C|河北省科学技术厅2021年“科技河北”视频号发布了多少条信息？", "asked as narrative: 视频号 figures start in 2022"),
    ("A|人社厅2019年抖音发了多少视频", "asked as narrative: 抖音 appears in 2023 only"),
    ("C|上海市科学技术委员会2024年抖音号粉丝多少？", "asked as narrative: 微信 and 视频号 only"),
    ("F|洪泽区人民政府2023年政府集中采购项目数量是多少？", "asked as value: GF2019 row asked of a GF2021 report"),
    ("C|平潭综合实验区2019年本年废止的规范性文件有几件？", "asked as value: GF2019 表二 has no 本年废止"),
    ("A|平潭2020年行政事业性收费金额多少万元", "asked as value: GF2019 表二 has no amount for 收费"),
    ("C|上海市人民政府办公厅2019年其他处理第1项逾期不补正的有几件？", "asked as value: GF2019 has no （六） sub-rows"),
    ("A|人社厅2023年表二行政许可决定数", "asked as value: 人社厅 2023 tables are images"),
    ("C|河北省科学技术厅2018年表三部分公开几件？", "asked as value: 科技厅 2018 is LEGACY, no 表三"),
    ("F|河北省教育厅2016年表三中予以公开的申请数量是多少？", "asked as value: 教育厅 2016 is LEGACY"),
    ("C|洪泽区人民政府2023年政务微信公众号发了多少条？", "asked as narrative: no 微信 figure"),
    ("A|洪泽23年政策解读发布了多少篇", "asked as narrative: 政策解读 named without a count"),
    ("C|上海市人民政府办公厅2019年门户网站访问量是多少？", "asked as narrative: no visit count (教育厅 2018 has one)"),
    ("F|平潭综合实验区2022年依申请公开的平均答复天数是多少？", "asked as value: no processing time"),
    ("A|省教育厅2021年网络申请几件", "asked as narrative: only 2023 breaks applications down by channel"),
    ("C|河北省人力资源和社会保障厅2020年行政复议结果维持的有几件？", "asked as value: 人社厅 2020 表四 is an image"),
    ("C|2025年各机关新收申请总数是多少？", "asked as sum: no 2025 report in the store"),
    ("A|平潭君山片区2023年主动公开多少条", "asked as narrative: 君山 2022 only"),
]:
    add(text.split("|", 1)[1], None, "unanswerable", STY[text[0].lower()], R(), note=note)

for rid, text, note, quote in [
    (A, "c|“安康发布”微信公众号有多少粉丝？", "asked as narrative: posts and 期 are given, no followers", None),
    (A, "c|12345热线今年接了多少个电话？", "asked as narrative: 安康 gives 市长信箱, not 12345", None),
    (A, "c|上一年度收到多少件申请？", "asked as value: no 安康 2021 report", None),
    (H, "c|去年的行政复议有几件？", "asked as value: no 洪泽 2022 report", None),
    (P20, "c|前年的新收申请是多少？", "asked as value: 前年 of 平潭 2020 is 2018, not in the store", None),
    (
        P20,
        "f|（六）其他处理中“申请人逾期未按收费通知要求缴纳费用”的有几件？",
        "asked as value: GF2019 has no （六） sub-rows",
        None,
    ),
    (K, "f|上一年度报告中结转下年度的申请数是多少？", "asked as value: no 上海市科委 2023 report", None),
    (E23, "c|去年新收了多少件？", "asked as value: no 教育厅 2022 report", None),
    (E23, "f|本年度群众对政府信息公开工作的满意度是多少？", "asked as narrative: 满意度 named without a figure", None),
    (P21, "c|今年新收申请中通过邮寄提交的有几件？", "asked as value: no channel breakdown", None),
    (J, "c|去年主动公开了多少条？", "asked as narrative: no 君山 2021 report", "全年主动公开信息数156条"),
]:
    add(text.split("|", 1)[1], rid, "unanswerable", STY[text[0].lower()], R(), quote=quote, note=note)
