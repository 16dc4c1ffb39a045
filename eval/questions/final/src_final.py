"""Final blind question bank (issue 13 evaluation): hand-written sources of final.jsonl.

Written from the reports and their gold only, without reading the router or the dev/holdout
sources, to measure how the question router generalises: phrasings real users use (journalists,
researchers, 政务公开 officers, third-party evaluators), sub-items, columns, narrative metrics,
section 五, consistency, cross-report questions and questions the reports do not answer.

Build: python eval/questions/build.py --set final ; check: python eval/questions/validate.py --set final
"""

from _dsl import BL, CT, S3, S4, S5, VD, VS, WR, R, V, about, add, legal, px  # noqa: F401

# ---------------------------------------------------------------- ankang-2022 (安康市人民政府办公室)
A = "ankang-2022"
about(A)
add("安康那边2022年一共新收了几个信息公开申请啊", None, "value", "colloquial", V(56, "件"), px(A, "t3.new.tot"))
add(
    "请问安康市政府办2022年度本年新收政府信息公开申请数量中，自然人提出的有多少件？",
    None,
    "value",
    "abbreviated",
    V(55, "件"),
    px(A, "t3.new.np"),
)
add("法人或者其他组织提的申请有几件？", A, "value", "colloquial", V(1, "件"), legal("new"))
add("本年度办理结果中“部分公开”的总计数是多少？", A, "value", "formal", V(17, "件"), ["t3.r2.tot"])
add("商业企业那一列，部分公开了几件？", A, "value", "colloquial", V(1, "件"), ["t3.r2.biz"])
add("因为“本机关不掌握相关政府信息”没法提供的有多少？", A, "value", "colloquial", V(25, "件"), ["t3.r4_1.tot"])
add("无法提供的申请合计多少件（三个子项加总）？", A, "value", "formal", V(25, "件"), S4)
add("不予处理里面，信访举报投诉类的申请有几件", A, "value", "colloquial", V(4, "件"), ["t3.r5_1.tot"])
add("申请人逾期不补正、行政机关不再处理的有几件？", A, "value", "formal", V(2, "件"), ["t3.r6_1.tot"])
add(
    "“其他处理”这一大项合起来是几件",
    A,
    "value",
    "colloquial",
    V(4, "件"),
    ["t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"],
)
add("安康市政府办2022年不予公开的申请总共有几件？", None, "value", "abbreviated", V(0, "件"), px(A, *S3))
add("结转到下一年度继续办理的申请有多少件？", A, "value", "formal", V(0, "件"), ["t3.carry_out.tot"])
add("未经复议直接起诉的行政诉讼，结果维持的有几件？", A, "value", "formal", V(2, "件"), ["t4.ld.keep"])
add("被申请行政复议的有几件？", A, "value", "colloquial", V(0, "件"), ["t4.rv.tot"])
add(
    "二〇二二年安康市人民政府办公室现行有效的行政规范性文件有多少件？",
    None,
    "value",
    "formal",
    V(31, "件"),
    px(A, "t2.norm.valid"),
)
add("今年废止了几件规范性文件？", A, "value", "colloquial", V(5, "件"), ["t2.norm.repealed"])
add("安康政府办2022年现行有效的规章有几件", None, "value", "abbreviated", V(1, "件"), px(A, "t2.reg.valid"))
add(
    "“安康发布”微信号一年推了多少条信息",
    A,
    "narrative",
    "colloquial",
    V(2165, "条"),
    quote="“安康发布”政务微信发布信息780期2165条",
)
add(
    "市政府网站2022年共发布各类政务信息多少条？",
    A,
    "narrative",
    "formal",
    V(13050, "条"),
    quote="市政府网站共发布各类政务信息13050余条",
)
add(
    "安康市政府办“市长信箱”的办结率是多少",
    None,
    "narrative",
    "abbreviated",
    V(93.38, "%"),
    quote="“市长信箱”受理有效群众信件3459件,办结率93.38%",
)
add(
    "政策问答库里已经梳理了多少条知识问答？",
    A,
    "narrative",
    "colloquial",
    V(4135, "条"),
    quote="已梳理知识问答信息4135条",
)
add(
    "专项检查整改“内容表述严重错误”问题多少个？",
    A,
    "narrative",
    "formal",
    V(61087, "个"),
    quote="专项检查整改“内容表述严重错误”问题61087个",
)
add("2022年注销了多少个政务新媒体？", A, "narrative", "formal", V(40, "个"), quote="共申报开设政务新媒体56个、注销40个")
add(
    "安康市政府办在全省政务公开绩效评估里排第几？",
    None,
    "narrative",
    "abbreviated",
    V(3, None),
    quote="在全省政务公开绩效评估中达到优秀层级,排名全省第三",
)
add(
    "应对政府信息公开诉讼的结果怎么样，赢了吗？",
    A,
    "narrative",
    "colloquial",
    CT("均胜诉"),
    quote="应对政府信息公开诉讼2起,均胜诉",
)
add(
    "报告里说存在哪些问题？",
    A,
    "problems",
    "colloquial",
    CT("政务公开工作广度深度有待拓展", "政府信息数字化水平仍需提高"),
    quote="一是政务公开工作广度深度有待拓展;二是政府信息数字化水平仍需提高",
)
add(
    "针对存在的问题，安康市人民政府办公室2023年打算如何改进？",
    None,
    "problems",
    "formal",
    CT("加强重点领域信息公开"),
    quote="三是加强重点领域信息公开",
)
add(
    "表三本年新收加上年结转，等不等于办理结果总计加结转下年度？",
    A,
    "consistency",
    "colloquial",
    VD("consistent", ["H1"], {"t3.new.tot": 56, "t3.carry_in.tot": 2, "t3.r7.tot": 58, "t3.carry_out.tot": 0}),
)
add(
    "安康政府办2022年表三各项办理结果加起来是否等于（七）总计？",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["H3"], {"ankang-2022:t3.r7.tot": 58}),
)
add(
    "正文说全年收到申请56件，和表三对得上吗？",
    A,
    "consistency",
    "formal",
    VD("consistent", ["S2"], {"t3.new.tot": 56}),
    quote="全年共收到政府信息公开申请56件",
)
add(
    "正文说应对诉讼2起，跟表四的行政诉讼数字一致吗",
    A,
    "consistency",
    "colloquial",
    VD("consistent", ["S3"], {"t4.ld.tot": 2, "t4.lr.tot": 0}),
    quote="应对政府信息公开诉讼2起",
)
add(
    "安康市政府办公室信息公开工作一年的经费预算是多少？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: budget is not stated in the report",
)
add(
    "这些申请里有多少是通过网上提交的？",
    A,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value: the report does not break applications down by channel",
)
add(
    "安康市政府办公室2021年新收了多少件申请？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: the 2021 report of 安康 is not in the store",
)
add(
    "陕西省人民政府2022年收到多少信息公开申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: 陕西省人民政府 is not 安康市政府办 and is not in the store",
)
add(
    "和去年比，今年新收的申请多了还是少了？",
    A,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as change: the previous year's report of 安康 is not in the store",
)
add(
    "申请人里面年龄最大的多少岁",
    A,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value: applicants' ages are not reported",
)

# ---------------------------------------------------------------- hongze-2023 (洪泽区人民政府)
H = "hongze-2023"
about(H)
add("洪泽区2023年新收的信息公开申请有多少件？", None, "value", "abbreviated", V(21, "件"), px(H, "t3.new.tot"))
add(
    "江苏省淮安市洪泽区人民政府2023年度予以公开的申请是多少件？",
    None,
    "value",
    "formal",
    V(0, "件"),
    px(H, "t3.r1.tot"),
)
add("部分公开了几件啊", H, "value", "colloquial", V(4, "件"), ["t3.r2.tot"])
add("不予公开中属于国家秘密的有几件？", H, "value", "formal", V(1, "件"), ["t3.r3_1.tot"])
add("不予公开一共多少件？", H, "value", "colloquial", V(3, "件"), S3)
add("属于四类过程性信息而不予公开的申请数是多少？", H, "value", "formal", V(1, "件"), ["t3.r3_6.tot"])
add("因为属于行政执法案卷不公开的有几件", H, "value", "colloquial", V(1, "件"), ["t3.r3_7.tot"])
add("需要另行制作、没有现成信息的申请是几件？", H, "value", "formal", V(3, "件"), ["t3.r4_2.tot"])
add("洪泽区政府2023年无法提供的申请一共几件？", None, "value", "abbreviated", V(13, "件"), px(H, *S4))
add("洪泽2023年行政复议结果维持的有几件", None, "value", "abbreviated", V(10, "件"), px(H, "t4.rv.keep"))
add("表四里行政复议“总计”一栏印的是几？", H, "value", "formal", V(0, "件"), ["t4.rv.tot"])
add("复议后起诉的案子，结果维持的有几件？", H, "value", "colloquial", V(5, "件"), ["t4.lr.keep"])
add("复议结果被纠正的有几件？", H, "value", "colloquial", V(1, "件"), ["t4.rv.fix"])
add("洪泽区2023年作出行政强制决定多少件？", None, "value", "abbreviated", V(195, "件"), px(H, "t2.coercion.decisions"))
add("行政许可的处理决定数量是多少？", H, "value", "formal", V(550, "件"), ["t2.license.decisions"])
add("行政事业性收费金额是多少万元？", H, "value", "formal", V(7730.28, "万元"), ["t2.fee.amount_wan"])
add("2023年新制发了几件行政规范性文件", H, "value", "colloquial", V(0, "件"), ["t2.norm.made"])
add(
    "洪泽今年在政府网站上主动公开了多少条信息？",
    H,
    "narrative",
    "abbreviated",
    V(1136, "条"),
    quote="在政府网站平台主动公开政府信息1136条",
)
add(
    "2023年收取的政府信息公开信息处理费是多少元？",
    H,
    "narrative",
    "formal",
    V(0, "元"),
    quote="全年收取政府信息公开信息处理费0元",
)
add(
    "依申请公开方面存在什么问题？",
    H,
    "problems",
    "colloquial",
    CT("依申请公开工作规范性还有待提高"),
    quote="如依申请公开工作规范性还有待提高",
)
add(
    "洪泽区人民政府下一步准备怎么加强业务指导培训？",
    None,
    "problems",
    "formal",
    CT("实行政府信息公开工作人员跟班学习制度"),
    quote="实行政府信息公开工作人员跟班学习制度",
)
add(
    "洪泽区2023年报告认为政务公开队伍怎么样？",
    None,
    "problems",
    "abbreviated",
    CT("政务公开队伍建设有待加强"),
    quote="政务公开队伍建设有待加强",
)
add(
    "表四行政复议的总计和各项结果加起来对不上吧？",
    H,
    "consistency",
    "colloquial",
    VD("inconsistent", ["H5"], {"t4.rv.tot": 0, "t4.rv.keep": 10, "t4.rv.fix": 1, "implied_rv_tot": 11}),
)
add(
    "请核对洪泽区人民政府2023年表四复议后起诉一栏的总计与分项是否一致。",
    None,
    "consistency",
    "formal",
    VD("inconsistent", ["H5"], {"hongze-2023:t4.lr.tot": 0, "hongze-2023:t4.lr.keep": 5}),
)
add(
    "洪泽2023年表三的勾稽关系成立不成立",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["H1", "H3"], {"hongze-2023:t3.new.tot": 21, "hongze-2023:t3.r7.tot": 21}),
)
add(
    "正文说受理申请21件，表三新收也是21件吗？",
    H,
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"t3.new.tot": 21}),
    quote="全区受理政府信息公开申请21件",
)
add(
    "淮安市人民政府2023年主动公开了多少条政府信息？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative: 淮安市人民政府 is not 洪泽区人民政府 and is not in the store",
)
add(
    "洪泽区2022年行政处罚决定有多少件？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: the 2022 report of 洪泽 is not in the store",
)
add(
    "区政府办负责信息公开的有几个人？",
    H,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value: staff numbers are not stated",
)
add(
    "洪泽区2023年政府集中采购项目数量是多少？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: 政府集中采购 is a GF2019 row; the GF2021 table of 2023 has no such cell",
)
add(
    "这21件申请分别是哪些乡镇的群众提的？",
    H,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as list: applicants' origin is not reported",
)

# ---------------------------------------------------------------- shanghai-kewei-2024 (上海市科委)
K = "shanghai-kewei-2024"
about(K)
add("上海科委2024年本年新收政府信息公开申请多少件？", None, "value", "abbreviated", V(34, "件"), px(K, "t3.new.tot"))
add("上年结转过来几件？", K, "value", "colloquial", V(2, "件"), ["t3.carry_in.tot"])
add("商业企业提了几份申请", K, "value", "colloquial", V(2, "件"), ["t3.new.biz"])
add("上海市科学技术委员会2024年度予以公开的申请数量是多少？", None, "value", "formal", V(9, "件"), px(K, "t3.r1.tot"))
add("属于三类内部事务信息不予公开的有几件？", K, "value", "formal", V(1, "件"), ["t3.r3_5.tot"])
add("没有现成信息需要另行制作而无法提供的有几件", K, "value", "colloquial", V(6, "件"), ["t3.r4_2.tot"])
add("市科委2024年“其他处理”里面的“其他”是几件？", None, "value", "abbreviated", V(4, "件"), px(K, "t3.r6_3.tot"))
add("逾期不补正不再处理的申请中，商业企业有几件？", K, "value", "formal", V(2, "件"), ["t3.r6_1.biz"])
add("科委2024年办理结果总计是多少？", None, "value", "abbreviated", V(35, "件"), px(K, "t3.r7.tot"))
add(
    "结转下年度继续办理那一行的总计是多少？",
    K,
    "value",
    "formal",
    BL(),
    ["t3.carry_out.tot"],
    note="printed blank; the 自然人 column says 1 and the text 「转下一年度办理答复的有1件」",
)
add("本年制发了多少件规范性文件？", K, "value", "colloquial", V(13, "件"), ["t2.norm.made"])
add(
    "上海市科委2024年作出的行政许可决定有几个", None, "value", "abbreviated", V(97, "件"), px(K, "t2.license.decisions")
)
add("被申请行政复议的结果是维持还是纠正？维持几件？", K, "value", "formal", V(1, "件"), ["t4.rv.keep"])
add("“上海科技”微信公众号关注人数有多少？", K, "narrative", "colloquial", V(1016823, "人"), quote="关注人数达1016823人")
add("视频号短视频累计观看量是多少次？", K, "narrative", "formal", V(1924252, "次"), quote="累计观看量1924252次")
add("科委视频号的粉丝数多少", None, "narrative", "abbreviated", V(54373, None), quote="粉丝数54373")
add("今年搞了多少场直播？", K, "narrative", "colloquial", V(118, "场"), quote="直播118场")
add(
    "“上海科技”网站全年累计发了多少条信息，其中解读类多少条？",
    K,
    "narrative",
    "formal",
    V(2139, "条"),
    quote="“上海科技”网站全年累计发布信息2139条",
)
add("市科委有几个高频事项设置了“阅办联动”？", None, "narrative", "abbreviated", V(5, "个"), quote="市科委5个高频事项")
add("主合办了多少件人大代表建议？", K, "narrative", "formal", V(50, "件"), quote="主合办人大代表建议50件")
add("正文里说不予公开答复了几件？", K, "narrative", "colloquial", V(2, "件"), quote="不予公开答复2件")
add(
    "2024年有没有收信息公开的费用？",
    K,
    "narrative",
    "colloquial",
    CT("未发生政府信息公开收费事项"),
    quote="2024年，市科委未发生政府信息公开收费事项",
)
add(
    "上海市科委2024年报告说存在什么主要问题？",
    None,
    "problems",
    "abbreviated",
    CT("原有部门网站政务公开栏目和政府信息公开目录结构无法满足机构改革后的市科委政务信息发布需要"),
    quote="原有部门网站政务公开栏目和政府信息公开目录结构无法满足机构改革后的市科委政务信息发布需要",
)
add(
    "针对机构改革带来的问题，采取了哪些措施？",
    K,
    "problems",
    "formal",
    CT("开设“张江高新区”专栏"),
    quote="一是开设“张江高新区”专栏",
)
add(
    "这些整改措施现在进展到哪一步了",
    K,
    "problems",
    "colloquial",
    CT("“张江高新区”专栏已成功开设"),
    quote="目前，“张江高新区”专栏已成功开设",
)
add(
    "正文各项办理结果的件数和表三对得上吗？",
    K,
    "consistency",
    "formal",
    VD(
        "consistent",
        ["S2"],
        {
            "t3.r1.tot": 9,
            "t3.r3_5.tot": 1,
            "t3.r3_6.tot": 1,
            "t3.r4_1.tot": 4,
            "t3.r4_2.tot": 6,
            "t3.r6_1.tot": 10,
            "t3.r6_3.tot": 4,
        },
    ),
    quote="同意公开答复9件，部分公开答复0件，不予公开答复2件，无法提供的10件，不予处理0件，其他处理14件",
)
add(
    "科委2024表三总计列第一项加第二项等于第三项加第四项吗",
    None,
    "consistency",
    "abbreviated",
    VD(
        "inconsistent",
        ["H1"],
        {
            "shanghai-kewei-2024:t3.new.tot": 34,
            "shanghai-kewei-2024:t3.carry_in.tot": 2,
            "shanghai-kewei-2024:t3.r7.tot": 35,
            "blank_carry_out": 1,
        },
    ),
    note="carry_out.tot printed blank: 34+2=36 vs 35+blank; with the 自然人 column's 1 it balances",
)
add(
    "正文说行政复议未被纠错，和表四一致吗？",
    K,
    "consistency",
    "colloquial",
    VD("consistent", ["S3"], {"t4.rv.keep": 1, "t4.rv.fix": 0, "t4.rv.tot": 1}),
    quote="该行政复议件未被复议审查机关纠错",
)
add(
    "上海市科委2023年收到多少件申请？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: the 2023 report of 上海市科委 is not in the store",
)
add(
    "上海市教育委员会2024年有多少政府信息公开申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: 上海市教委 is not in the store (only 上海市科委)",
)
add(
    "市科委2024年政府集中采购总金额多少？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: 政府集中采购 is a GF2019 row; not in a GF2021 report",
)
add(
    "申请人当中企业是哪几家？",
    K,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as list: applicants' names are not reported",
)

# ---------------------------------------------------------------- shanghai-office-2019 (上海市人民政府办公厅)
S = "shanghai-office-2019"
about(S)
add("上海市府办2019年本年新收申请数量是多少？", None, "value", "abbreviated", V(859, "件"), px(S, "t3.new.tot"))
add("2019年上海市人民政府办公厅商业企业提的申请有多少？", None, "value", "formal", V(35, "件"), px(S, "t3.new.biz"))
add("上年结转的申请有多少件", S, "value", "colloquial", V(18, "件"), ["t3.carry_in.tot"])
add(
    "予以公开这一行总计栏填的是多少？",
    S,
    "value",
    "formal",
    BL(),
    ["t3.r1.tot"],
    note="printed blank; the applicant columns add to 272",
)
add("自然人申请里面予以公开的有几件", S, "value", "colloquial", V(258, "件"), ["t3.r1.np"])
add("不予公开中属于国家秘密的，自然人有几件？", S, "value", "formal", V(14, "件"), ["t3.r3_1.np"])
add("属于行政查询事项不予公开的，商业企业那列是几？", S, "value", "colloquial", V(2, "件"), ["t3.r3_8.biz"])
add(
    "上海市政府办公厅2019年因信访举报投诉类不予处理的自然人申请是多少件？",
    None,
    "value",
    "abbreviated",
    V(148, "件"),
    px(S, "t3.r5_1.np"),
)
add(
    "重复申请而不予处理的，法人或其他组织一共几件？",
    S,
    "value",
    "formal",
    V(4, "件"),
    ["t3.r5_2.biz"],
    note="科研机构…其他 printed blank, 商业企业 4",
)
add("结转下年度继续办理的有多少件？", S, "value", "colloquial", V(72, "件"), ["t3.carry_out.tot"])
add("办理结果（七）总计是多少？", S, "value", "formal", V(805, "件"), ["t3.r7.tot"])
add("表四里行政复议还没审结的是几件？", S, "value", "formal", V(2, "件"), ["t4.rv.pend"])
add("上海市府办19年未经复议直接起诉的诉讼一共几件", None, "value", "abbreviated", V(9, "件"), px(S, "t4.ld.tot"))
add(
    "经过复议后又起诉的行政诉讼，总计栏是多少？",
    S,
    "value",
    "formal",
    BL(),
    ["t4.lr.tot"],
    note="printed blank in 表四",
)
add("规章对外公开总数量是多少件？", S, "value", "formal", V(524, "件"), ["t2.reg.total_public"])
add("政府集中采购一共花了多少钱？", S, "value", "colloquial", V(251000, "元"), ["t2.procurement.amount"])
add("本年新制作的规范性文件有多少件", S, "value", "colloquial", V(60, "件"), ["t2.norm.new_made"])
add("2019年申请数量比上一年回落了百分之几？", S, "narrative", "formal", V(12.3, "%"), quote="申请数量较去年回落12.3%")
add("“好差评”系统里差评占多少？", S, "narrative", "colloquial", V(0.34, "%"), quote="差评数占评价量总数的0.34%")
add(
    "上海市人民政府办公厅2019年通过门户网站发布政策解读多少件？",
    None,
    "narrative",
    "formal",
    V(132, "件"),
    quote="通过“中国上海”门户网站发布政策解读共132件",
)
add("市政府公文主动公开率达到多少", S, "narrative", "colloquial", V(90.2, "%"), quote="市政府公文主动公开率达90.2%")
add(
    "上海市政府2019年“一网通办”统一受理平台接入了多少项事项？",
    None,
    "narrative",
    "abbreviated",
    V(2261, "项"),
    quote="统一受理平台接入53个部门2261项事项",
)
add(
    "“上海发布”公众号的用户规模有多大？",
    S,
    "narrative",
    "colloquial",
    V(5500000, "人"),
    quote="“上海发布”微信公众号用户已突破550万",
    note="printed 「突破550万」; unit of the headline number: 人 (users)",
)
add("每个季度全面检查的政府网站有多少家？", S, "narrative", "formal", V(70, "家"), quote="70家政府网站开展全面检查")
add(
    "抖音上41条进博会短视频播放量超过多少？",
    S,
    "narrative",
    "colloquial",
    V(23000000, "次"),
    quote="41条短视频播放量超2300万",
    note="printed 「超2300万」",
)
add(
    "上海市府办2019年报告提到了哪些问题",
    None,
    "problems",
    "abbreviated",
    CT("决策公开仍需进一步加强", "政策解读方式不够多元"),
    quote="二是决策公开仍需进一步加强，公众参与具体举措需进一步细化完善",
)
add(
    "针对新《条例》实施，下一步打算怎么做？",
    S,
    "problems",
    "formal",
    CT("抓紧修订出台《上海市政府信息公开规定》"),
    quote="抓紧修订出台《上海市政府信息公开规定》",
)
add(
    "正文“予以公开及部分公开258件”和表三数字一致吗？",
    S,
    "consistency",
    "formal",
    VD(
        "inconsistent", ["S2"], {"narrative": 258, "t3.r1.np": 258, "r1_columns": 272, "t3.r2.np": 3, "r1_plus_r2": 275}
    ),
    quote="予以公开及部分公开258件，占33.9%",
)
add(
    "表三自然人那一列，新收加结转等于办结加结转下年吗",
    S,
    "consistency",
    "colloquial",
    VD("consistent", ["H1"], {"t3.new.np": 821, "t3.carry_in.np": 18, "t3.r7.np": 767, "t3.carry_out.np": 72}),
)
add(
    "上海市人民政府办公厅2019年正文所称不予处理158件与表三是否相符？",
    None,
    "consistency",
    "formal",
    VD("consistent", ["S2"], {"narrative": 158, "r5_1": 149, "r5_2": 9}),
    quote="不予处理158件",
)
add(
    "说复议诉讼“均获维持”，表四真是这样吗",
    S,
    "consistency",
    "colloquial",
    VD("inconsistent", ["S3"], {"t4.rv.keep": 5, "t4.rv.pend": 2, "t4.ld.keep": 8, "t4.ld.pend": 1}),
    quote="信息公开类行政复议7件，诉讼9件，均获维持",
)
add(
    "上海市人民政府办公厅2019年行政规范性文件本年废止了几件？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: 本年废止件数 is a GF2021 column; the GF2019 表二 has 新制作/新公开/对外公开总数",
)
add(
    "上海市府办2020年受理了多少件申请？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: the 2020 report of 上海市府办 is not in the store",
)
add(
    "这859件申请里，当面提交的有多少？",
    S,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value: no breakdown by channel",
)
add(
    "逾期不补正而不再处理的申请有几件？",
    S,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: the （六） sub-rows do not exist in the GF2019 table",
)
add(
    "上海市人民政府2019年所有类型的行政复议案件一共多少件（不限于信息公开）？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: only the 办公厅's 信息公开 cases are reported, not all 行政复议 of 上海市人民政府",
)

# ---------------------------------------------------------------- hebei-edu-2021 / 2023 / 2018 (河北省教育厅)
E1, E3, E8 = "hebei-edu-2021", "hebei-edu-2023", "hebei-edu-2018"
about(E1)
add("河北教育厅2021年新收申请几件", None, "value", "abbreviated", V(37, "件"), px(E1, "t3.new.tot"))
add("律师事务所这类法律服务机构提了几件申请？", E1, "value", "colloquial", V(2, "件"), ["t3.new.law"])
add("法人或其他组织提出的申请合计是多少件？", E1, "value", "formal", V(3, "件"), legal("new"))
add("省教育厅2021年予以公开的申请数量", None, "value", "abbreviated", V(18, "件"), px(E1, "t3.r1.tot"))
add("保护第三方合法权益不予公开的有几件？", E1, "value", "formal", V(1, "件"), ["t3.r3_4.tot"])
add("信访举报投诉类不予处理的，自然人有几件", E1, "value", "colloquial", V(14, "件"), ["t3.r5_1.np"])
add("不予处理合计多少件？", E1, "value", "formal", V(15, "件"), S5)
add(
    "上年结转那一行的总计是多少？",
    E1,
    "value",
    "colloquial",
    BL(),
    ["t3.carry_in.tot"],
    note="printed blank; the six applicant columns are all 0",
)
add("复议后起诉的行政诉讼有几件？", E1, "value", "formal", V(2, "件"), ["t4.lr.tot"])
add("未经复议直接被起诉的有多少件", E1, "value", "colloquial", V(6, "件"), ["t4.ld.tot"])
add(
    "河北省教育厅2021年行政事业性收费金额是多少万元？",
    None,
    "value",
    "formal",
    V(1163.54, "万元"),
    px(E1, "t2.fee.amount_wan"),
)
add("2021年行政许可处理决定数量是多少？", E1, "value", "formal", V(5658, "件"), ["t2.license.decisions"])
add(
    "2021年一共编印了多少期《疫情防控简报》？",
    E1,
    "narrative",
    "colloquial",
    V(207, "期"),
    quote="《疫情防控简报》207期",
)
add("“河北教育发布”关注数达到多少？", E1, "narrative", "formal", V(2400000, "人"), quote="关注数达240万人")
add("河北教育厅21年召开了几场新闻发布会", None, "narrative", "abbreviated", V(2, "场"), quote="召开新闻发布会2场")
add(
    "《中国教育报》刊发了河北多少篇消息评论？",
    E1,
    "narrative",
    "colloquial",
    V(90, "篇"),
    quote="刊发我省消息、评论等90多篇",
    note="printed 「90多篇」",
)
add(
    "选了几所省属高校作为信息公开示范学校？",
    E1,
    "narrative",
    "formal",
    V(10, "所"),
    quote="选择10所工作基础好、有改革意愿的省属高等学校作为示范学校",
)
add(
    "河北省教育厅2021年报告指出政务公开存在哪些不足？",
    None,
    "problems",
    "formal",
    CT("主动公开意识薄弱", "公开机制不健全", "内容不够丰富"),
    quote="仍存在主动公开意识薄弱、公开机制不健全、内容不够丰富等不足",
)
add(
    "正文说清理后保留181件、废止25件，和表二一致吗？",
    E1,
    "consistency",
    "formal",
    VD("consistent", ["N"], {"t2.norm.repealed": 25, "t2.norm.valid": 181}),
    quote="保留部门规范性文件181件，废止25件",
)
add(
    "省教育厅2021年表三各结果加起来等于总计37吗",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["H3"], {"hebei-edu-2021:t3.r7.tot": 37}),
)
add(
    "今年本年新收加上年结转等于办结加结转吗？",
    E1,
    "consistency",
    "colloquial",
    VD("consistent", ["H1"], {"t3.new.tot": 37, "t3.r7.tot": 37, "t3.carry_out.tot": 0}),
    note="carry_in 总计 printed blank; its columns are 0, so the identity holds",
)

about(E3)
add("河北省教育厅二〇二三年收到多少政府信息公开申请？", None, "value", "formal", V(19, "件"), px(E3, "t3.new.tot"))
add("不予公开里危及“三安全一稳定”的有几件？", E3, "value", "formal", V(1, "件"), ["t3.r3_3.tot"])
add("保护第三方合法权益不公开的，商业企业有几件", E3, "value", "colloquial", V(1, "件"), ["t3.r3_4.biz"])
add("省教育厅23年不予公开合计", None, "value", "abbreviated", V(4, "件"), px(E3, *S3))
add("本机关不掌握相关信息的有几件？", E3, "value", "colloquial", V(2, "件"), ["t3.r4_1.tot"])
add("行政复议结果纠正的有几件", E3, "value", "colloquial", V(1, "件"), ["t4.rv.fix"])
add("复议后起诉的行政诉讼结果纠正的有多少件？", E3, "value", "formal", V(1, "件"), ["t4.lr.fix"])
add("河北教育厅2023年行政处罚决定数量", None, "value", "abbreviated", V(1, "件"), px(E3, "t2.penalty.decisions"))
add("2023年现行有效的行政规范性文件有多少件？", E3, "value", "formal", V(156, "件"), ["t2.norm.valid"])
add("网络申请占比多少？", E3, "narrative", "colloquial", V(79, "%"), quote="网络申请15件，占79%")
add("信函方式提交的申请有几件？", E3, "narrative", "formal", V(4, "件"), quote="信函申请4件，占21%")
add("“冀教新视界”视频号粉丝涨到多少了", E3, "narrative", "colloquial", V(37000, None), quote="粉丝量迅速跃升至3.7万")
add(
    "省教育厅2023年公开省人大代表建议和政协提案复文多少条？",
    None,
    "narrative",
    "abbreviated",
    V(112, "条"),
    quote="公开省人大代表建议和省政协委员提案复文112条",
)
add("发布高教科研信息多少条？", E3, "narrative", "formal", V(15, "条"), quote="高教科研信息15条")
add(
    "河北省教育厅2023年度报告所列存在的问题有哪些？",
    None,
    "problems",
    "formal",
    CT("公开内容不够广泛", "政策解读形式过于单一"),
    quote="如公开内容不够广泛、政策解读形式过于单一、与公众互动性还需进一步增强等",
)
add(
    "下一步政策解读上准备怎么改",
    E3,
    "problems",
    "colloquial",
    CT("结合图表、音频、视频等多种形式丰富解读材料"),
    quote="结合图表、音频、视频等多种形式丰富解读材料",
)
add(
    "表四复议后起诉的总计与维持、纠正之和一致吗？",
    E3,
    "consistency",
    "formal",
    VD("consistent", ["H5"], {"t4.lr.keep": 6, "t4.lr.fix": 1, "t4.lr.tot": 7}),
)
add(
    "网络申请15件加信函申请4件，等于全年收到的19件吗",
    E3,
    "consistency",
    "colloquial",
    VD("consistent", ["N"], {"online": 15, "letter": 4, "total": 19}),
    quote="网络申请15件，占79%，信函申请4件，占21%",
)
add(
    "前言说全文包括哪六部分，与正文实际章节一致吗？",
    E3,
    "consistency",
    "formal",
    VD("inconsistent", ["S8"]),
    quote="全文包括总体情况、主动公开、依申请公开、政府信息管理、平台建设、其他需要报告的事项等六部分",
)
add(
    "河北省教育厅2022年新收了多少件申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: the 2022 report of 河北省教育厅 is not in the store",
)
add(
    "跟去年比，省教育厅今年收到的申请多了几件？",
    E3,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as change: 「去年」 of hebei-edu-2023 is 2022, not in the store",
)
add(
    "省教育厅信息公开岗位有几名专职人员？",
    E3,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: staff not stated",
)

about(E8)
add("2018年河北省教育厅受理依申请公开几件？", None, "narrative", "formal", V(1, "件"), quote="受理依申请信息公开1件")
add(
    "省教育厅2018年网站访问量多少人次",
    None,
    "narrative",
    "abbreviated",
    V(13950000, "人次"),
    quote="网站访问量1395万人次",
)
add(
    "那年官方网站发了多少条信息？",
    E8,
    "narrative",
    "colloquial",
    V(1683, "条"),
    quote="2018年通过官方网站发布信息1683条",
)
add(
    "有没有因为信息公开被复议或者被起诉的？",
    E8,
    "narrative",
    "colloquial",
    V(0, "件"),
    quote="没有因政府信息公开而被提起的行政复议或行政诉讼",
)
add(
    "受理的行政复议1起是不是因为信息公开？",
    E8,
    "narrative",
    "formal",
    CT("没有因政府信息公开而被提起的行政复议或行政诉讼"),
    quote="共受理行政复议1起，行政诉讼5起，行政申诉9起，没有因政府信息公开而被提起的行政复议或行政诉讼",
)
add(
    "2018年教育厅报告说存在哪些问题？",
    E8,
    "problems",
    "colloquial",
    CT("信息公开内容有待进一步完善", "信息公开培训需要强化"),
    quote="主要是信息公开内容有待进一步完善；信息公开培训需要强化",
)
add(
    "河北省教育厅2018年部分公开的申请有几件？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: LEGACY report, no 表三 cells",
)
add(
    "省教育厅2018年行政处罚决定多少件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: LEGACY report, no 表二",
)

# ---------------------------------------------------------------- 平潭综合实验区 2019–2022
P9, P0, P1, P2 = "pingtan-2019", "pingtan-2020", "pingtan-2021", "pingtan-2022"
about(P9)
add("平潭2019年新收了多少件申请？", None, "value", "abbreviated", V(23, "件"), px(P9, "t3.new.tot"))
add("补正后申请内容仍不明确而无法提供的有几件？", P9, "value", "formal", V(5, "件"), ["t3.r4_3.tot"])
add("重复申请的有几件", P9, "value", "colloquial", V(3, "件"), ["t3.r5_2.tot"])
add(
    "平潭综合实验区2019年规范性文件对外公开总数量是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: the glued row 「898989」 has no unique split (gold null)",
)
add(
    "平谭2019年行政处罚的处理决定数量是多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: glued 表二 row, split not unique (gold null)",
)
add(
    "2019年全区政府信息公开单位一共公布了多少条政府信息？",
    P9,
    "narrative",
    "formal",
    V(2599, "条"),
    quote="共公布政府信息2599条",
)
add(
    "改革以后群众排队等候时间缩到了几分钟？",
    P9,
    "narrative",
    "colloquial",
    V(19, "分钟"),
    quote="群众等候时间由42分钟缩至19分钟",
)
add("“中介超市”入驻了多少家中介机构", P9, "narrative", "colloquial", V(868, "家"), quote="已入驻中介机构868家")
add(
    "平潭2019年共发布多少条财政资金信息？其中“三公”经费几条？",
    None,
    "narrative",
    "abbreviated",
    V(380, "条"),
    quote="今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条（政府预决算32条、部门预决算公开165条）、“三公”经费27条、债券发行4条",
)
add(
    "财政资金信息各分项（专项资金、预决算、三公经费、债券发行）加起来是不是380条？",
    P9,
    "consistency",
    "formal",
    VD("consistent", ["N"], {"专项资金": 152, "预决算公开": 197, "三公经费": 27, "债券发行": 4, "合计": 380}),
    quote="今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条（政府预决算32条、部门预决算公开165条）、“三公”经费27条、债券发行4条",
)
add(
    "2019年公布的11类信息条数相加与总数2599条一致吗？",
    P9,
    "consistency",
    "formal",
    VD("inconsistent", ["N"], {"printed_total": 2599, "sum_of_categories": 2533}),
    quote="共公布政府信息2599条",
)
add(
    "平潭综合实验区2019年报告列出的主要问题是什么？",
    None,
    "problems",
    "formal",
    CT("公开的长效工作机制建设不够“全”"),
    quote="三是公开的长效工作机制建设不够“全”",
)
add(
    "平潭2019年说信息公开人员方面有什么困难",
    None,
    "problems",
    "abbreviated",
    CT("受人员编制限制"),
    quote="二是受人员编制限制，各单位信息公开多由办公室人员或临时借调人员兼职经办",
)

about(P0)
add("平潭综合实验区2020年本年新收申请的数量是多少？", None, "value", "formal", V(21, "件"), px(P0, "t3.new.tot"))
add("“其他”那类申请人提了几件", P0, "value", "colloquial", V(1, "件"), ["t3.new.oth"])
add("部分公开的有多少件？", P0, "value", "formal", V(6, "件"), ["t3.r2.tot"])
add("平潭20年其他处理多少件", None, "value", "abbreviated", V(4, "件"), px(P0, "t3.r6.tot"))
add("办理结果（七）总计印的是多少？", P0, "value", "formal", V(21, "件"), ["t3.r7.tot"])
add("规章对外公开总数量是几件？", P0, "value", "colloquial", V(7, "件"), ["t2.reg.total_public"])
add("行政事业性收费上一年项目数量是多少？", P0, "value", "formal", V(35, None), ["t2.fee.prev_items"])
add("收费项目本年增减了多少？", P0, "value", "colloquial", V(-15, None), ["t2.fee.delta"])
add(
    "平潭综合实验区2020年行政事业性收费金额是多少万元？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: GF2019 表二 gives 收费 项目数量 and 增/减 only, no amount",
)
add(
    "申请人逾期未按收费通知缴费、不再处理的有几件？",
    P0,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: the （六） sub-rows are not in the GF2019 table",
)
add(
    "《问政平潭之有事你说》收到多少件群众诉求？", P0, "narrative", "colloquial", V(348, "件"), quote="收到群众诉求348件"
)
add("累计入库电子证照多少份？", P0, "narrative", "formal", V(452149, "份"), quote="累计入库电子证照452149份")
add("平潭2020年大数据汇聚了多少条数据", None, "narrative", "abbreviated", V(82320000, "条"), quote="汇聚数据8232万条")
add("疫情防控相关信息公开了几条？", P0, "narrative", "colloquial", V(51, "条"), quote="共公开51条疫情防控相关信息")
add(
    "12个区直部门权责清单项一共多少项？",
    P0,
    "narrative",
    "formal",
    V(4650, "项"),
    quote="12个区直部门权责清单项共4650项",
)
add(
    "表三各项办理结果相加等于（七）总计吗？",
    P0,
    "consistency",
    "formal",
    VD("inconsistent", ["H3"], {"t3.r7.tot": 21, "sum_of_results": 27, "t3.r7.np": 20, "np_sum": 26}),
)
add(
    "平潭2020年主动公开的11类信息加起来是不是2602条",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["N"], {"printed_total": 2602, "sum_of_categories": 2603}),
    quote="共公布政府信息2602条",
)
add(
    "平潭综合实验区2020年度报告提出的改进措施有哪些？",
    None,
    "problems",
    "formal",
    CT("强化政府网站与政务新媒体的日常监管"),
    quote="三是强化政府网站与政务新媒体的日常监管",
)
add(
    "少数政务新媒体存在什么毛病？",
    P0,
    "problems",
    "colloquial",
    CT("少数政务新媒体“政务”属性不够突出"),
    quote="少数政务新媒体“政务”属性不够突出，互动效果有待进一步加强",
)

about(P1)
add("平潭2021年新收申请多少件？", None, "value", "abbreviated", V(70, "件"), px(P1, "t3.new.tot"))
add("社会公益组织提了多少件申请", P1, "value", "colloquial", V(2, "件"), ["t3.new.npo"])
add(
    "平潭综合实验区2021年度予以公开的申请中，“其他”类申请人有几件？",
    None,
    "value",
    "formal",
    V(1, "件"),
    px(P1, "t3.r1.oth"),
)
add("属于行政执法案卷不予公开的申请有几件？", P1, "value", "formal", V(6, "件"), ["t3.r3_7.tot"])
add("不予公开总共多少件", P1, "value", "colloquial", V(8, "件"), S3)
add("本机关不掌握相关政府信息的，“其他”申请人占几件？", P1, "value", "formal", V(3, "件"), ["t3.r4_1.oth"])
add("结转下年度继续办理的有几件", P1, "value", "colloquial", V(1, "件"), ["t3.carry_out.tot"])
add("平潭2021年未经复议直接起诉的行政诉讼多少件", None, "value", "abbreviated", V(12, "件"), px(P1, "t4.ld.tot"))
add("复议结果是“其他结果”的是几件？", P1, "value", "formal", V(2, "件"), ["t4.rv.other"])
add(
    "平潭综合实验区2021年行政事业性收费金额为多少万元？",
    None,
    "value",
    "formal",
    V(24252.311082, "万元"),
    px(P1, "t2.fee.amount_wan"),
)
add("21年平潭行政强制决定有几件", None, "value", "abbreviated", V(42, "件"), px(P1, "t2.coercion.decisions"))
add(
    "2021年行政规范性文件现行有效多少件？",
    P1,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: glued row 「693665」 has no unique split (gold null)",
)
add(
    "全年主动公开了多少条政府信息？",
    P1,
    "narrative",
    "colloquial",
    V(2645, "条"),
    quote="全年主动公开我区各级单位政府信息2645条",
)
add("对多少项重要政策文件进行了解读", P1, "narrative", "formal", V(29, "项"), quote="对29项涉及群众切身利益")
add(
    "平潭2021年关停了几个政务新媒体？",
    None,
    "narrative",
    "abbreviated",
    V(2, "个"),
    quote="先后关停未进行规范管理的政务新媒体2个",
)
add(
    "2021年平潭综合实验区政府信息公开工作存在哪些主要问题？",
    None,
    "problems",
    "formal",
    CT("政策解读形式不够丰富"),
    quote="政策解读形式不够丰富，未能充分运用数字化、图表图解等方式通俗易懂地解读政策文件",
)
add(
    "为了丰富解读形式，他们打算怎么做",
    P1,
    "problems",
    "colloquial",
    CT("丰富政策解读形式"),
    quote="一是丰富政策解读形式",
)
add(
    "正文“收到70件、办结69件、1件结转”和表三一致吗？",
    P1,
    "consistency",
    "formal",
    VD("consistent", ["S2", "H1"], {"t3.new.tot": 70, "t3.r7.tot": 69, "t3.carry_out.tot": 1}),
    quote="本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理",
)

about(P2)
add("平潭2022年本年新收多少件申请？", None, "value", "abbreviated", V(74, "件"), px(P2, "t3.new.tot"))
add("上一年结转过来的申请几件", P2, "value", "colloquial", V(1, "件"), ["t3.carry_in.tot"])
add("部分公开中商业企业有几件？", P2, "value", "formal", V(1, "件"), ["t3.r2.biz"])
add("因为是过程性信息不公开的有几件", P2, "value", "colloquial", V(2, "件"), ["t3.r3_6.tot"])
add(
    "平潭综合实验区2022年因本机关不掌握相关政府信息而无法提供的有多少件？",
    None,
    "value",
    "formal",
    V(37, "件"),
    px(P2, "t3.r4_1.tot"),
)
add("其他处理里面，商业企业有几件？", P2, "value", "formal", V(2, "件"), ["t3.r6_3.biz"])
add(
    "平潭22年其他处理合计几件",
    None,
    "value",
    "abbreviated",
    V(4, "件"),
    px(P2, "t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"),
)
add("行政复议结果纠正的有几件？", P2, "value", "colloquial", V(1, "件"), ["t4.rv.fix"])
add("2022年本年制发的行政规范性文件有多少件？", P2, "value", "formal", V(88, "件"), ["t2.norm.made"])
add("平潭2022年行政许可决定多少件", None, "value", "abbreviated", V(10690, "件"), px(P2, "t2.license.decisions"))
add(
    "2022年全区一共主动公开了多少条政府信息？",
    P2,
    "narrative",
    "formal",
    V(14571, "条"),
    quote="2022年全区共主动公开政府信息14571条",
)
add("正文里说全年收到多少申请？", P2, "narrative", "colloquial", V(75, "件"), quote="全区收到政府信息公开申请75件")
add("全区现在还有多少个政务新媒体", P2, "narrative", "colloquial", V(33, "个"), quote="全区现存的33个政务新媒体")
add("惠企纾困专栏发布了多少件政策文件？", P2, "narrative", "formal", V(20, "件"), quote="发布政策文件20件")
add(
    "平潭2022年政务公开季度检查通报搞了几次",
    None,
    "narrative",
    "abbreviated",
    V(4, "次"),
    quote="全年共组织4次政务公开季度检查通报",
)
add(
    "平潭综合实验区2022年报告认为重大行政决策预公开方面有什么问题？",
    None,
    "problems",
    "formal",
    CT("重大行政决策预公开程度需进一步加强"),
    quote="一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一",
)
add(
    "平潭22年打算怎么丰富意见征集形式",
    None,
    "problems",
    "abbreviated",
    CT("座谈会、听证会、问卷调查和民意调查"),
    quote="将座谈会、听证会、问卷调查和民意调查等多种方式广泛听取意见",
)
add(
    "正文说收到75件申请，那表三里本年新收填的是多少？",
    P2,
    "value",
    "colloquial",
    V(74, "件"),
    ["t3.new.tot"],
    note="the text's 75 = 新收 74 + 上年结转 1",
)
add(
    "2022年表三中第一项加第二项是否等于第三项加第四项？",
    P2,
    "consistency",
    "formal",
    VD("consistent", ["H1"], {"t3.new.tot": 74, "t3.carry_in.tot": 1, "t3.r7.tot": 75, "t3.carry_out.tot": 0}),
)
add(
    "平潭2022年政府集中采购项目有几个？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: 政府集中采购 is a GF2019 row; the GF2021 table has none",
)
add(
    "2022年做了多少条政策解读？",
    P2,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative: the 2022 report gives no count of 政策解读",
)
add(
    "平潭综合实验区2023年新收了几件申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: the 2023 report of 平潭综合实验区 is not in the store",
)

# ---------------------------------------------------------------- unlabeled reports (read off the text)
KJ = {y: f"hebei-kjt-{y}" for y in (2018, 2019, 2020, 2021, 2022, 2023)}
RS = {y: f"hebei-rst-{y}" for y in (2019, 2020, 2023)}
E6, J = "hebei-edu-2016", "pingtan-junshan-2022"

add(
    "河北省科学技术厅2018年收到几件信息公开申请？",
    None,
    "narrative",
    "formal",
    V(3, "件"),
    quote={KJ[2018]: "我厅收到政府信息公开申请3件"},
)
add(
    "省科技厅2018年在门户网站主动公开了多少条信息",
    None,
    "narrative",
    "abbreviated",
    V(400, "条"),
    quote={KJ[2018]: "在厅门户网站主动公开各类政府信息400余条"},
    note="printed 「400余条」",
)
add(
    "那一年向省档案馆、省图书馆交了多少件主动公开资料？",
    KJ[2018],
    "narrative",
    "colloquial",
    V(179, "件"),
    quote="提交主动公开的政府信息资料179件",
)
add(
    "科技厅2018年报告说依申请提供信息收费吗？",
    KJ[2018],
    "narrative",
    "colloquial",
    CT("全部免费为申请人提供政府信息"),
    quote="我厅全部免费为申请人提供政府信息",
)
add(
    "河北省科学技术厅2018年度报告所述存在的问题是什么？",
    None,
    "problems",
    "formal",
    CT("公开的内容和深度仍有待进一步拓展"),
    quote={KJ[2018]: "公开的内容和深度仍有待进一步拓展"},
)
add(
    "2019年河北科技厅收到多少信息公开申请",
    None,
    "narrative",
    "abbreviated",
    V(0, "件"),
    quote={KJ[2019]: "2019年未收到政府信息公开申请"},
)
add(
    "“科技河北”微信公众平台累计发布了多少条？",
    KJ[2019],
    "narrative",
    "colloquial",
    V(1111, "条"),
    quote="“科技河北”微信公众平台累计发布信息1111条",
)
add(
    "2019年向中国河北门户网站报送了多少条信息？",
    KJ[2019],
    "narrative",
    "formal",
    V(883, "条"),
    quote="向中国河北门户网站报送信息883条",
)
add(
    "河北省科学技术厅2019年行政许可处理决定数量是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: 表二 is not in the text of the 2019 report (tables not recoverable)",
)
add(
    "省科技厅2019年存在什么问题",
    None,
    "problems",
    "abbreviated",
    CT("信息公开范围不全面"),
    quote={KJ[2019]: "存在对部分政策宣传解读不到位、信息公开范围不全面等问题"},
)
add(
    "2020年收到厅网站和省政府网站转来的网民留言多少条？",
    KJ[2020],
    "narrative",
    "formal",
    V(157, "条"),
    quote="收到厅网站和省政府网站批转的各类网民留言157条",
)
add(
    "河北科技厅20年微博微信关注总量多少人",
    None,
    "narrative",
    "abbreviated",
    V(51000, "人"),
    quote={KJ[2020]: "我厅微博、微信关注总量达5.1万余人"},
    note="printed 「5.1万余人」",
)
add(
    "表二里行政处罚的处理决定数量填的多少？",
    KJ[2020],
    "value",
    "formal",
    BL(),
    quote="第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚行政强制第二十条",
    note="the 行政处罚 row is empty",
)
add(
    "河北省科学技术厅2021年行政许可决定数是多少？",
    None,
    "value",
    "formal",
    V(1689, "件"),
    quote={KJ[2021]: "本年处理决定数量行政许可1689"},
)
add(
    "2021年的行政强制决定有几件？",
    KJ[2021],
    "value",
    "colloquial",
    BL(),
    quote="行政处罚0行政强制第二十条第（八）项",
    note="the 行政强制 cell is empty",
)
add("2021年予以公开的申请有几件？", KJ[2021], "value", "formal", V(1, "件"), quote="（一）予以公开1000001")
add(
    "省科技厅2021年厅网站发了多少篇各类信息？",
    None,
    "narrative",
    "abbreviated",
    V(4818, "篇"),
    quote={KJ[2021]: "2021年厅门户网站发布科技动态、通知公告、政策解读、科技前沿等各类信息4818篇"},
)
add(
    "2021年收信息处理费了没有",
    KJ[2021],
    "narrative",
    "colloquial",
    CT("2021年未收取信息处理费"),
    quote="2021年未收取信息处理费",
)
add(
    "河北省科学技术厅2022年受理多少件政府信息公开申请？",
    None,
    "narrative",
    "formal",
    V(11, "件"),
    quote={KJ[2022]: "2022年收到政府信息公开申请11件"},
)
add(
    "那年清理的规范性文件里有多少件被废止或宣布失效？",
    KJ[2022],
    "narrative",
    "colloquial",
    V(8, "件"),
    quote="8件文件予以废止或宣布失效",
)
add(
    "2022年现行有效的行政规范性文件有多少件？",
    KJ[2022],
    "value",
    "formal",
    V(49, "件"),
    quote="行政规范性文件　　13　　8　　49",
)
add(
    "清理的70件规范性文件，保留、修改、废止三项加起来对得上70吗",
    KJ[2022],
    "consistency",
    "colloquial",
    VD("consistent", ["N"], {"保留": 39, "限期修改": 23, "废止": 8, "合计": 70}),
    quote="对70件文件规范性文件进行清理，其中39件文件保留，23件文件列入限期修改，8件文件予以废止或宣布失效",
)
add(
    "河北省科学技术厅2022年表三“（七）总计”一行各列加起来等于总计吗？",
    None,
    "consistency",
    "formal",
    VD("inconsistent", ["H2", "H3"], {"t3.new.tot": 11, "printed_r7": 20000011}),
    quote={KJ[2022]: "（七）总计20000011"},
    note="the glued row cannot be split so that the columns add up",
)
add(
    "省科技厅2022年政策解读方面有什么不足",
    None,
    "problems",
    "abbreviated",
    CT("政策解读形式不够丰富、覆盖面不完全、推送不够精准"),
    quote={KJ[2022]: "存在政策解读形式不够丰富、覆盖面不完全、推送不够精准等问题"},
)
add(
    "2023年收到多少件申请，办结率多少？",
    KJ[2023],
    "narrative",
    "colloquial",
    V(17, "件"),
    quote="2023年收到政府信息公开申请17件，办结率100%",
)
add(
    "“科技河北”视频号2023年开展线上直播多少场次？",
    KJ[2023],
    "narrative",
    "formal",
    V(14, "场次"),
    quote="开展线上直播14场次",
)
add(
    "河北科技厅2023年微信公众号关注人数",
    None,
    "narrative",
    "abbreviated",
    V(66000, "人"),
    quote={KJ[2023]: "微信公众号关注人数达6.6万人"},
)
add("2023年行政许可处理决定有多少件？", KJ[2023], "value", "formal", V(1029, "件"), quote="行政许可1029")
add(
    "2023年报告说下一步要怎么收集创新主体诉求？",
    KJ[2023],
    "problems",
    "formal",
    CT("通过接诉即办、公众来信等渠道认真收集创新主体诉求"),
    quote="通过接诉即办、公众来信等渠道认真收集创新主体诉求",
)
add(
    "河北省人力资源和社会保障厅2019年全年受理了多少件政府信息公开申请？",
    None,
    "narrative",
    "formal",
    V(64, "件"),
    quote={RS[2019]: "全年共受理政府信息公开申请64件"},
)
add(
    "人社厅19年12333来电总量比上年增长了多少",
    None,
    "narrative",
    "abbreviated",
    V(31.6, "%"),
    quote={RS[2019]: "12333咨询电话来电总量402万人次，比去年同期增长31.6%"},
)
add(
    "河北人社厅2019年予以公开的申请有几件？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: 表三 of hebei-rst-2019 is published as an image",
)
add(
    "2019年人社厅报告说存在什么问题",
    RS[2019],
    "problems",
    "abbreviated",
    CT("政府信息公开意识还需要进一步增强"),
    quote="一是政府信息公开意识还需要进一步增强",
)
add(
    "2020年共举办参加新闻发布会多少次？", RS[2020], "narrative", "formal", V(10, "次"), quote="共举办参加新闻发布会10次"
)
add(
    "那年受理群众网上来信留言咨询投诉等问题多少件",
    RS[2020],
    "narrative",
    "colloquial",
    V(10268, "件"),
    quote="受理群众网上来信、留言、在线答复咨询、投诉等问题10268件",
)
add(
    "河北省人社厅2020年因政府信息公开被申请行政复议多少件？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: 表四 of hebei-rst-2020 is published as an image",
)
add(
    "2020年的报告提出了什么不足？",
    RS[2020],
    "problems",
    "colloquial",
    CT("政策解读材料的质量仍有待提高"),
    quote="政策解读材料的质量仍有待提高",
)
add(
    "河北省人力资源和社会保障厅2023年办理依申请公开文件多少件？",
    None,
    "narrative",
    "formal",
    V(224, "件"),
    quote={RS[2023]: "2023年办理依申请公开文件数224件"},
)
add(
    "河北人社微信公众号粉丝量突破多少了",
    RS[2023],
    "narrative",
    "colloquial",
    V(4000000, "人"),
    quote="河北人社微信公众号粉丝量突破400万",
)
add(
    "河北人社厅2023年不予公开的有几件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: 表三 of hebei-rst-2023 is published as an image",
)
add(
    "2023年人社厅报告的问题和改进措施是什么？",
    RS[2023],
    "problems",
    "abbreviated",
    CT("信息更新不够及时", "政策解读材料形式不够丰富"),
    quote="但还存在信息更新不够及时、政策解读材料形式不够丰富等问题",
)
add(
    "河北省教育厅二〇一六年共主动公开了多少条政府信息？",
    None,
    "narrative",
    "formal",
    V(1621, "条"),
    quote={E6: "2016年主动公开政府信息1621条"},
)
add(
    "2016年受理的行政诉讼有几起，和信息公开有关吗？",
    E6,
    "narrative",
    "colloquial",
    V(3, "起"),
    quote="共受理行政复议0起，行政诉讼3起，行政申诉2起，没有因政府信息公开而被提起的行政复议或行政诉讼",
)
add("省教育厅2016年官网共发布信息多少条", None, "narrative", "abbreviated", V(679, "条"), quote={E6: "共发布信息679条"})
add(
    "河北省教育厅2016年度报告认为存在哪些问题？",
    None,
    "problems",
    "formal",
    CT("信息公开形式有待创新"),
    quote={E6: "主要是信息公开内容有待完善；信息公开形式有待创新；部分高校的信息公开还有待加强"},
)
add(
    "2016年因本机关不掌握而无法提供的申请有几件？",
    E6,
    "unanswerable",
    "formal",
    R(),
    quote="河北省教育厅受理依申请信息公开3件，我厅均依法及时予以了回复",
    note="asked as value: LEGACY report, no 表三",
)
add(
    "君山片区2022年主动公开了多少条信息？",
    None,
    "narrative",
    "abbreviated",
    V(156, "条"),
    quote={J: "全年主动公开信息数156条"},
)
add(
    "平潭综合实验区君山片区管理局2022年收到几件依申请公开？",
    None,
    "narrative",
    "formal",
    V(0, "件"),
    quote={J: "2022年未收到依申请公开事宜"},
)
add("君山那个微信公众号全年发了几篇", J, "narrative", "colloquial", V(903, "篇"), quote="共发布903篇公众号信息")
add(
    "突发公共事件应急预案类信息公开了几条？",
    J,
    "narrative",
    "formal",
    V(47, "条"),
    quote="突发公共事件应急预案类信息47条",
)
add(
    "主动公开的各类信息加起来是不是156条？",
    J,
    "consistency",
    "colloquial",
    VD("inconsistent", ["N"], {"printed_total": 156, "sum_of_categories": 151}),
    quote="全年主动公开信息数156条，其中机关职能类信息12条，行政许可类信息0条，财政预决算类信息2条，扶贫、教育、医疗、社会保障、促进就业类信息12条；突发公共事件应急预案类信息47条；环境保护、公共卫生、安全生产、食品药品、产品质量类信息33条；其他应主动公开的政府信息45条",
)
add(
    "君山片区2022年表三无法提供那行和新收0件矛盾吗",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["H3"], {"t3.new.tot": 0, "t3.r7.tot": 0}),
    quote={J: "1.本机关不掌握相关政府信息3000025"},
    note="a non-zero （四）1 row while 新收 and （七）总计 are 0",
)
add(
    "君山片区管理局2022年存在什么问题",
    None,
    "problems",
    "abbreviated",
    CT("创新举措不足"),
    quote={J: "二是政务公开工作仍延续老方法、老套路，创新举措不足"},
)
add(
    "2022年收没收信息公开处理费？",
    J,
    "narrative",
    "colloquial",
    CT("本年度没有产生信息公开处理费"),
    quote="本年度没有产生信息公开处理费",
)
add(
    "平潭综合实验区潭城片区2022年主动公开了多少条信息？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative: only 君山片区 among the 片区 is in the store",
)

# ---------------------------------------------------------------- across reports (whole store)
NEW = "t3.new.tot"
KQ = {
    2018: "我厅收到政府信息公开申请3件",
    2019: "2019年未收到政府信息公开申请",
    2020: "2020年未收到政府信息公开申请",
    2021: "2021年收到政府信息公开申请2件",
    2022: "2022年收到政府信息公开申请11件",
    2023: "2023年收到政府信息公开申请17件",
}

# trend
add(
    "平潭这几年（2019到2022）每年新收的申请数是怎么变化的？",
    None,
    "trend",
    "abbreviated",
    VS({P9: 23, P0: 21, P1: 70, P2: 74}, "件"),
    px(P9, NEW) + px(P0, NEW) + px(P1, NEW) + px(P2, NEW),
)
add(
    "平潭综合实验区历年本年新收政府信息公开申请数量分别是多少？",
    None,
    "trend",
    "formal",
    VS({P9: 23, P0: 21, P1: 70, P2: 74}, "件"),
    px(P9, NEW) + px(P0, NEW) + px(P1, NEW) + px(P2, NEW),
)
add(
    "这几年新收的申请是越来越多吗？",
    P2,
    "trend",
    "colloquial",
    VS({P9: 23, P0: 21, P1: 70, P2: 74}, "件"),
    px(P9, NEW) + px(P0, NEW) + px(P1, NEW) + px(P2, NEW),
)
add(
    "河北省科学技术厅2018—2023年每年收到的政府信息公开申请数量？",
    None,
    "trend",
    "formal",
    VS({KJ[y]: v for y, v in zip(KJ, (3, 0, 0, 2, 11, 17))}, "件"),
    quote={KJ[y]: KQ[y] for y in KJ},
)
add(
    "省科技厅历年收到的依申请公开数量走势",
    None,
    "trend",
    "abbreviated",
    VS({KJ[y]: v for y, v in zip(KJ, (3, 0, 0, 2, 11, 17))}, "件"),
    quote={KJ[y]: KQ[y] for y in KJ},
)
add(
    "这几年我们厅收到的信息公开申请每年有多少？",
    KJ[2023],
    "trend",
    "colloquial",
    VS({KJ[y]: v for y, v in zip(KJ, (3, 0, 0, 2, 11, 17))}, "件"),
    quote={KJ[y]: KQ[y] for y in KJ},
)
add(
    "平潭历年主动公开政府信息条数",
    None,
    "trend",
    "abbreviated",
    VS({P9: 2599, P0: 2602, P1: 2645, P2: 14571}, "条"),
    quote={
        P9: "共公布政府信息2599条",
        P0: "共公布政府信息2602条",
        P1: "全年主动公开我区各级单位政府信息2645条",
        P2: "2022年全区共主动公开政府信息14571条",
    },
)
add(
    "河北省教育厅各年度的依申请公开数量分别是多少？",
    None,
    "trend",
    "formal",
    VS({E6: 3, E8: 1, E1: 37, E3: 19}, "件"),
    px(E1, NEW) + px(E3, NEW),
    quote={E6: "受理依申请信息公开3件", E8: "受理依申请信息公开1件"},
)
add(
    "这些年厅网站每年发布的各类信息篇数有啥变化",
    KJ[2023],
    "trend",
    "colloquial",
    VS({KJ[2021]: 4818, KJ[2022]: 5009, KJ[2023]: 4987}, "篇"),
    quote={KJ[2021]: "各类信息4818篇", KJ[2022]: "各类信息5009篇", KJ[2023]: "各类信息4987篇"},
)
add(
    "河北省科学技术厅每年举办参加新闻发布会的次数（2018—2021）？",
    None,
    "trend",
    "formal",
    VS({KJ[2018]: 3, KJ[2019]: 5, KJ[2020]: 7, KJ[2021]: 7}, "次"),
    quote={
        KJ[2018]: "全年共举办参加新闻发布会3次",
        KJ[2019]: "我厅共举办参加新闻发布会5次",
        KJ[2020]: "我厅共举办参加新闻发布会7次",
        KJ[2021]: "举办参加新闻发布会7次",
    },
)
add(
    "河北省科学技术厅2024年收到多少申请，跟前几年比怎么样？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as trend: the 2024 report of 河北省科学技术厅 is not in the store",
)
add(
    "安康市政府办近三年新收申请的变化趋势",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as trend: only the 2022 report of 安康 is in the store",
)
add(
    "洪泽这几年行政复议数量的变化",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as trend: only the 2023 report of 洪泽 is in the store",
)

# change
add(
    "今年新收的申请比去年多了几件？",
    P2,
    "change",
    "colloquial",
    V(4, "件"),
    calc="{t3.new.tot}-{pingtan-2021:t3.new.tot}",
    cells=["t3.new.tot", "pingtan-2021:t3.new.tot"],
)
add(
    "平潭综合实验区2021年新收申请较2020年增加了多少件？",
    None,
    "change",
    "formal",
    V(49, "件"),
    cells=px(P1, NEW) + px(P0, NEW),
    calc="{pingtan-2021:t3.new.tot}-{pingtan-2020:t3.new.tot}",
)
add(
    "平潭二〇二二年的行政许可决定数比上一年多了多少",
    None,
    "change",
    "abbreviated",
    V(8397, "件"),
    cells=px(P2, "t2.license.decisions") + px(P1, "t2.license.decisions"),
    calc="{pingtan-2022:t2.license.decisions}-{pingtan-2021:t2.license.decisions}",
)
add(
    "河北省教育厅2023年新收申请比2021年变化了多少？",
    None,
    "change",
    "formal",
    V(-18, "件"),
    cells=px(E3, NEW) + px(E1, NEW),
    calc="{hebei-edu-2023:t3.new.tot}-{hebei-edu-2021:t3.new.tot}",
)
add(
    "比上一年多收了几件申请？",
    KJ[2023],
    "change",
    "colloquial",
    V(6, "件"),
    calc="17-11",
    quote={KJ[2023]: KQ[2023], KJ[2022]: KQ[2022]},
)
add(
    "省科技厅2022年网站发布信息比2021年多了多少篇",
    None,
    "change",
    "abbreviated",
    V(191, "篇"),
    calc="5009-4818",
    quote={KJ[2022]: "各类信息5009篇", KJ[2021]: "各类信息4818篇"},
)
add(
    "河北省人力资源和社会保障厅2020年受理申请数较2019年增加多少件？",
    None,
    "change",
    "formal",
    V(14, "件"),
    calc="78-64",
    quote={RS[2020]: "全年共受理政府信息公开申请78件", RS[2019]: "全年共受理政府信息公开申请64件"},
)
add(
    "平潭2021年主动公开的信息比2020年多了几条",
    None,
    "change",
    "abbreviated",
    V(43, "条"),
    calc="2645-2602",
    quote={P1: "全年主动公开我区各级单位政府信息2645条", P0: "共公布政府信息2602条"},
)
add(
    "今年的行政处罚决定跟去年比差多少？",
    P2,
    "change",
    "colloquial",
    V(831, "件"),
    cells=["t2.penalty.decisions", "pingtan-2021:t2.penalty.decisions"],
    calc="{t2.penalty.decisions}-{pingtan-2021:t2.penalty.decisions}",
)
add(
    "跟上一年度比，今年的予以公开数量变化了多少？",
    P1,
    "change",
    "formal",
    V(23, "件"),
    cells=["t3.r1.tot", "pingtan-2020:t3.r1.tot"],
    calc="{t3.r1.tot}-{pingtan-2020:t3.r1.tot}",
)
add(
    "上海市府办2019年申请量比2018年少了多少件？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as change: the 2018 report is not in the store; the text gives only 「回落12.3%」, not a count",
)

# compare
add(
    "安康市政府办和平潭2022年谁收到的申请多？各多少？",
    None,
    "compare",
    "abbreviated",
    VS({A: 56, P2: 74}, "件", order=[P2]),
    px(A, NEW) + px(P2, NEW),
)
add(
    "上海市人民政府办公厅2019年与上海市科学技术委员会2024年的本年新收申请数各是多少？",
    None,
    "compare",
    "formal",
    VS({S: 859, K: 34}, "件"),
    px(S, NEW) + px(K, NEW),
)
add(
    "洪泽区人民政府和河北省教育厅2023年的行政处罚决定数量分别是多少？",
    None,
    "compare",
    "formal",
    VS({H: 4119, E3: 1}, "件"),
    px(H, "t2.penalty.decisions") + px(E3, "t2.penalty.decisions"),
)
add(
    "平潭21年和22年无法提供的申请各多少，哪年多？",
    None,
    "compare",
    "abbreviated",
    VS({P1: 25, P2: 37}, "件", order=[P2]),
    px(P1, *S4) + px(P2, *S4),
)
add(
    "河北人社厅2019和2020两年受理的申请量对比",
    None,
    "compare",
    "abbreviated",
    VS({RS[2019]: 64, RS[2020]: 78}, "件"),
    quote={RS[2019]: "全年共受理政府信息公开申请64件", RS[2020]: "全年共受理政府信息公开申请78件"},
)
add(
    "我们和河北省教育厅同一年的行政许可决定数，哪边多？",
    KJ[2021],
    "compare",
    "colloquial",
    VS({KJ[2021]: 1689, E1: 5658}, "件", order=[E1]),
    px(E1, "t2.license.decisions"),
    quote={KJ[2021]: "行政许可1689"},
)
add(
    "跟去年比，今年行政复议的情况有什么不同？各几件？",
    P2,
    "compare",
    "colloquial",
    VS({P2: 2, P1: 3}, "件"),
    px(P2, "t4.rv.tot") + px(P1, "t4.rv.tot"),
)
add(
    "河北省教育厅2021年与2023年行政规范性文件现行有效件数各为多少？",
    None,
    "compare",
    "formal",
    VS({E1: 181, E3: 156}, "件"),
    px(E1, "t2.norm.valid") + px(E3, "t2.norm.valid"),
)
add(
    "安康2022年和河北教育厅2023年因信息公开被提起的行政诉讼各有几件",
    None,
    "compare",
    "abbreviated",
    VS({A: 2, E3: 7}, "件"),
    px(A, "t4.ld.tot", "t4.lr.tot") + px(E3, "t4.ld.tot", "t4.lr.tot"),
    note="直接起诉 + 复议后起诉",
)
add(
    "安康市政府办2022年和2023年的不予公开数对比一下",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as compare: the 2023 report of 安康 is not in the store",
)
add(
    "河北省财政厅和河北省教育厅2021年的申请数哪个多？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as compare: 河北省财政厅 is not in the store",
)

# rank
add(
    "2022年度的几份报告，新收申请从多到少怎么排？",
    None,
    "rank",
    "colloquial",
    VS({P2: 74, A: 56, KJ[2022]: 11, J: 0}, "件", order=[P2, A, KJ[2022], J]),
    px(P2, NEW) + px(A, NEW),
    quote={KJ[2022]: KQ[2022], J: "2022年未收到依申请公开事宜"},
)
add(
    "洪泽、河北教育厅、河北科技厅三家2023年谁收到的申请最多？",
    None,
    "rank",
    "abbreviated",
    VS({H: 21, E3: 19, KJ[2023]: 17}, "件", order=[H, E3, KJ[2023]]),
    px(H, NEW) + px(E3, NEW),
    quote={KJ[2023]: KQ[2023]},
)
add(
    "平潭哪一年新收的申请最少？",
    None,
    "rank",
    "abbreviated",
    VS({P9: 23, P0: 21, P1: 70, P2: 74}, "件", order=[P0]),
    px(P9, NEW) + px(P0, NEW) + px(P1, NEW) + px(P2, NEW),
)
add(
    "按2021版格式填报的行政处罚决定数，哪家最多？",
    None,
    "rank",
    "formal",
    VS({H: 4119, P2: 2113, P1: 1282, E1: 19, E3: 1, A: 0, K: 0}, "件", order=[H]),
    px(H, "t2.penalty.decisions")
    + px(P2, "t2.penalty.decisions")
    + px(P1, "t2.penalty.decisions")
    + px(E1, "t2.penalty.decisions")
    + px(E3, "t2.penalty.decisions")
    + px(A, "t2.penalty.decisions")
    + px(K, "t2.penalty.decisions"),
)
add(
    "行政事业性收费金额排前三的是哪几份报告？",
    None,
    "rank",
    "colloquial",
    VS({P1: 24252.311082, P2: 9116.36, H: 7730.28, E1: 1163.54, E3: 397.619}, "万元", order=[P1, P2, H]),
    px(P1, "t2.fee.amount_wan")
    + px(P2, "t2.fee.amount_wan")
    + px(H, "t2.fee.amount_wan")
    + px(E1, "t2.fee.amount_wan")
    + px(E3, "t2.fee.amount_wan"),
)
add(
    "请按本年新收申请数量对库内有表格数据的GF2021年度报告（不含河北省科学技术厅与平潭综合实验区君山片区管理局）由高到低排序。",
    None,
    "rank",
    "formal",
    VS({P2: 74, P1: 70, A: 56, E1: 37, K: 34, H: 21, E3: 19}, "件", order=[P2, P1, A, E1, K, H, E3]),
    px(P2, NEW) + px(P1, NEW) + px(A, NEW) + px(E1, NEW) + px(K, NEW) + px(H, NEW) + px(E3, NEW),
)
add(
    "平潭历年主动公开信息条数最多的是哪一年",
    None,
    "rank",
    "abbreviated",
    VS({P9: 2599, P0: 2602, P1: 2645, P2: 14571}, "条", order=[P2]),
    quote={
        P9: "共公布政府信息2599条",
        P0: "共公布政府信息2602条",
        P1: "全年主动公开我区各级单位政府信息2645条",
        P2: "2022年全区共主动公开政府信息14571条",
    },
)
add(
    "我们这几年里，哪一年办理的申请最多？",
    P2,
    "rank",
    "colloquial",
    VS({P9: 23, P0: 21, P1: 69, P2: 75}, "件", order=[P2]),
    px(P9, "t3.r7.tot") + px(P0, "t3.r7.tot") + px(P1, "t3.r7.tot") + px(P2, "t3.r7.tot"),
)
add(
    "河北省科学技术厅2021—2023年哪一年行政许可决定最少？",
    None,
    "rank",
    "formal",
    VS({KJ[2021]: 1689, KJ[2022]: 1153, KJ[2023]: 1029}, "件", order=[KJ[2023]]),
    quote={KJ[2021]: "行政许可1689", KJ[2022]: "行政许可　　1153", KJ[2023]: "行政许可1029"},
)
add(
    "全国各省级政府里信息公开申请最多的是谁",
    None,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as rank: the store holds 22 reports of 8 agencies, not all provinces",
)

# sum
add(
    "平潭四年（2019–2022）新收申请加起来一共多少？",
    None,
    "sum",
    "abbreviated",
    V(188, "件"),
    px(P9, NEW) + px(P0, NEW) + px(P1, NEW) + px(P2, NEW),
)
add(
    "河北省科学技术厅2018至2023年累计收到政府信息公开申请多少件？",
    None,
    "sum",
    "formal",
    V(33, "件"),
    calc="3+0+0+2+11+17",
    quote={KJ[y]: KQ[y] for y in KJ},
)
add("两份上海的报告新收申请加一块多少件", None, "sum", "colloquial", V(893, "件"), px(S, NEW) + px(K, NEW))
add(
    "安康市人民政府办公室2022年与洪泽区人民政府2023年无法提供的申请合计多少件？",
    None,
    "sum",
    "formal",
    V(38, "件"),
    px(A, *S4) + px(H, *S4),
)
add(
    "平潭21、22两年未经复议直接起诉的行政诉讼一共几件",
    None,
    "sum",
    "abbreviated",
    V(13, "件"),
    px(P1, "t4.ld.tot") + px(P2, "t4.ld.tot"),
)
add(
    "河北省教育厅2021年和2023年的行政许可决定合计多少件？",
    None,
    "sum",
    "formal",
    V(13075, "件"),
    px(E1, "t2.license.decisions") + px(E3, "t2.license.decisions"),
)
add(
    "我们厅2021和2023两年因信息公开被提起的行政诉讼一共多少件？",
    E3,
    "sum",
    "colloquial",
    V(15, "件"),
    ["t4.lr.tot", "t4.ld.tot", "hebei-edu-2021:t4.lr.tot", "hebei-edu-2021:t4.ld.tot"],
    note="2023: 复议后起诉 7 + 直接起诉 0; 2021: 2 + 6",
)
add(
    "洪泽2023年的行政许可、行政处罚、行政强制决定总共多少件",
    None,
    "sum",
    "abbreviated",
    V(4864, "件"),
    px(H, "t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"),
)
add(
    "所有报告的信息公开工作经费加起来是多少？",
    None,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as sum: no report states a budget",
)

# share
add(
    "予以公开占全部办理结果的百分之几？",
    A,
    "share",
    "colloquial",
    V(13.79, "%", tol=0.05),
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
    cells=["t3.r1.tot", "t3.r7.tot"],
)
add(
    "平潭2022年新收申请中自然人占比多少",
    None,
    "share",
    "abbreviated",
    V(95.95, "%", tol=0.05),
    calc="100*{pingtan-2022:t3.new.np}/{pingtan-2022:t3.new.tot}",
    cells=px(P2, "t3.new.np", NEW),
)
add(
    "河北省教育厅2021年不予处理的申请占办理结果总计的比例是多少？",
    None,
    "share",
    "formal",
    V(40.54, "%", tol=0.05),
    calc="100*({hebei-edu-2021:t3.r5_1.tot}+{hebei-edu-2021:t3.r5_2.tot})/{hebei-edu-2021:t3.r7.tot}",
    cells=px(E1, "t3.r5_1.tot", "t3.r7.tot"),
)
add(
    "洪泽2023年无法提供占全部申请办理结果的比重",
    None,
    "share",
    "abbreviated",
    V(61.9, "%", tol=0.05),
    calc="100*({hongze-2023:t3.r4_1.tot}+{hongze-2023:t3.r4_2.tot}+{hongze-2023:t3.r4_3.tot})/{hongze-2023:t3.r7.tot}",
    cells=px(H, *S4, "t3.r7.tot"),
)
add(
    "其他处理占办理结果总数的比例是多少？",
    K,
    "share",
    "formal",
    V(40.0, "%", tol=0.05),
    calc="100*({t3.r6_1.tot}+{t3.r6_2.tot}+{t3.r6_3.tot})/{t3.r7.tot}",
    cells=["t3.r6_1.tot", "t3.r6_3.tot", "t3.r7.tot"],
)
add(
    "按表三算，予以公开加部分公开占办理结果总计的比例是多少？",
    S,
    "share",
    "formal",
    V(34.16, "%", tol=0.05),
    calc="100*({t3.r1.np}+{t3.r1.biz}+{t3.r1.law}+{t3.r1.oth}+{t3.r2.np})/{t3.r7.tot}",
    cells=["t3.r1.np", "t3.r1.biz", "t3.r1.law", "t3.r1.oth", "t3.r2.np", "t3.r7.tot"],
    note="总计 blank on the result rows: columns 272 + 3 = 275 of 805; the text's 「占33.9%」 matches neither",
)
add(
    "公开了的（予以公开和部分公开）占办结的多少比例",
    P1,
    "share",
    "colloquial",
    V(50.72, "%", tol=0.05),
    calc="100*({t3.r1.tot}+{t3.r2.tot})/{t3.r7.tot}",
    cells=["t3.r1.tot", "t3.r2.tot", "t3.r7.tot"],
)
add(
    "河北教育厅2023年复议后起诉案件里结果维持的占比",
    None,
    "share",
    "abbreviated",
    V(85.71, "%", tol=0.05),
    calc="100*{hebei-edu-2023:t4.lr.keep}/{hebei-edu-2023:t4.lr.tot}",
    cells=px(E3, "t4.lr.keep", "t4.lr.tot"),
)
add(
    "申请人里女性占比多少？",
    E3,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as share: applicants' sex is not reported",
)

# ratio
add(
    "上海市府办2019年新收申请是上海科委2024年的多少倍？",
    None,
    "ratio",
    "abbreviated",
    V(25.26, "倍", tol=0.05),
    calc="{shanghai-office-2019:t3.new.tot}/{shanghai-kewei-2024:t3.new.tot}",
    cells=px(S, NEW) + px(K, NEW),
)
add(
    "平潭综合实验区2022年本年新收申请数量是2020年的几倍？",
    None,
    "ratio",
    "formal",
    V(3.52, "倍", tol=0.05),
    calc="{pingtan-2022:t3.new.tot}/{pingtan-2020:t3.new.tot}",
    cells=px(P2, NEW) + px(P0, NEW),
)
add(
    "行政处罚决定数是行政许可决定数的几倍？",
    H,
    "ratio",
    "formal",
    V(7.49, "倍", tol=0.05),
    calc="{t2.penalty.decisions}/{t2.license.decisions}",
    cells=["t2.penalty.decisions", "t2.license.decisions"],
)
add(
    "自然人申请和法人申请的比是多少",
    A,
    "ratio",
    "colloquial",
    V(55, "倍", tol=0.05),
    calc="{t3.new.np}/({t3.new.biz}+{t3.new.sci}+{t3.new.npo}+{t3.new.law}+{t3.new.oth})",
    cells=["t3.new.np"] + legal("new"),
)
add(
    "2023年的行政许可决定数是2021年的多少倍？",
    E3,
    "ratio",
    "formal",
    V(1.31, "倍", tol=0.05),
    calc="{t2.license.decisions}/{hebei-edu-2021:t2.license.decisions}",
    cells=["t2.license.decisions", "hebei-edu-2021:t2.license.decisions"],
)
add(
    "平潭22年行政许可是行政处罚的几倍",
    None,
    "ratio",
    "abbreviated",
    V(5.06, "倍", tol=0.05),
    calc="{pingtan-2022:t2.license.decisions}/{pingtan-2022:t2.penalty.decisions}",
    cells=px(P2, "t2.license.decisions", "t2.penalty.decisions"),
)
add(
    "省科技厅2023年收到的申请是2022年的几倍",
    None,
    "ratio",
    "abbreviated",
    V(1.55, "倍", tol=0.05),
    calc="17/11",
    quote={KJ[2023]: KQ[2023], KJ[2022]: KQ[2022]},
)
add(
    "本年新收和上年结转之比是多少？",
    K,
    "ratio",
    "colloquial",
    V(17, "倍", tol=0.05),
    calc="{t3.new.tot}/{t3.carry_in.tot}",
    cells=["t3.new.tot", "t3.carry_in.tot"],
)
add("信息公开申请量与工作人员数的比是多少？", H, "unanswerable", "formal", R(), note="asked as ratio: staff not stated")

# list
add(
    "表四里行政诉讼各项数字是多少？",
    A,
    "list",
    "colloquial",
    VS({"t4.ld.keep": 2, "t4.ld.tot": 2, "t4.lr.tot": 0}, "件"),
    ["t4.ld.keep", "t4.ld.tot", "t4.lr.tot"],
)
add(
    "洪泽区人民政府2023年行政许可、行政处罚、行政强制处理决定分别是多少？",
    None,
    "list",
    "formal",
    VS(
        {
            "hongze-2023:t2.license.decisions": 550,
            "hongze-2023:t2.penalty.decisions": 4119,
            "hongze-2023:t2.coercion.decisions": 195,
        },
        "件",
    ),
    px(H, "t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"),
)
add(
    "科委2024年不予公开的是哪几种情形，各几件？",
    None,
    "list",
    "abbreviated",
    VS({"shanghai-kewei-2024:t3.r3_5.tot": 1, "shanghai-kewei-2024:t3.r3_6.tot": 1}, "件"),
    px(K, "t3.r3_5.tot", "t3.r3_6.tot"),
)
add(
    "自然人申请被认定无法提供的，三种原因分别是多少？",
    S,
    "list",
    "formal",
    VS({"t3.r4_1.np": 252, "t3.r4_2.np": 44, "t3.r4_3.np": 25}, "件"),
    ["t3.r4_1.np", "t3.r4_2.np", "t3.r4_3.np"],
)
add(
    "安康、洪泽、上海科委各自新收了多少申请",
    None,
    "list",
    "abbreviated",
    VS({A: 56, H: 21, K: 34}, "件"),
    px(A, NEW) + px(H, NEW) + px(K, NEW),
)
add(
    "2022年新收申请按申请人类型拆开分别是多少？",
    P2,
    "list",
    "colloquial",
    VS({"t3.new.np": 71, "t3.new.biz": 3}, "件"),
    ["t3.new.np", "t3.new.biz"],
)
add(
    "请列出河北省教育厅2023年表四中行政复议各结果的数量。",
    None,
    "list",
    "formal",
    VS({"hebei-edu-2023:t4.rv.keep": 6, "hebei-edu-2023:t4.rv.fix": 1, "hebei-edu-2023:t4.rv.tot": 7}, "件"),
    px(E3, "t4.rv.keep", "t4.rv.fix", "t4.rv.tot"),
)
add(
    "平潭2021年复议、直接起诉、复议后起诉分别几件",
    None,
    "list",
    "abbreviated",
    VS({"pingtan-2021:t4.rv.tot": 3, "pingtan-2021:t4.ld.tot": 12, "pingtan-2021:t4.lr.tot": 0}, "件"),
    px(P1, "t4.rv.tot", "t4.ld.tot", "t4.lr.tot"),
)
add(
    "不予处理的各个子项都是多少",
    E1,
    "list",
    "colloquial",
    VS({f"t3.r5_{i}.tot": v for i, v in zip(range(1, 6), (15, 0, 0, 0, 0))}, "件"),
    S5,
)
add(
    "请列举河北省人社厅2023年表三中各项办理结果的件数。",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as list: 表三 of hebei-rst-2023 is published as an image",
)

# which_reports
add(
    "哪些报告说全年没收到信息公开申请？",
    None,
    "which_reports",
    "colloquial",
    WR(KJ[2019], KJ[2020], J),
    quote={KJ[2019]: KQ[2019], KJ[2020]: KQ[2020], J: "2022年未收到依申请公开事宜"},
)
add(
    "哪些年报里有被复议机关纠正的政府信息公开行政复议？",
    None,
    "which_reports",
    "formal",
    WR(E3, H, P2),
    cells=px(E3, "t4.rv.fix") + px(H, "t4.rv.fix") + px(P2, "t4.rv.fix"),
)
add(
    "有哪些报告出现了因属于国家秘密而不予公开的申请",
    None,
    "which_reports",
    "colloquial",
    WR(H, S),
    cells=px(H, "t3.r3_1.tot") + px(S, "t3.r3_1.np"),
)
add(
    "哪几份报告里有法律服务机构提出的申请？",
    None,
    "which_reports",
    "formal",
    WR(E1, S),
    cells=px(E1, "t3.new.law") + px(S, "t3.new.law"),
)
add("社会公益组织提过申请的是哪份报告", None, "which_reports", "colloquial", WR(P1), cells=px(P1, "t3.new.npo"))
add(
    "哪些报告有结转到下一年度继续办理的申请？",
    None,
    "which_reports",
    "formal",
    WR(P1, S, K),
    cells=px(P1, "t3.carry_out.tot") + px(S, "t3.carry_out.tot") + px(K, "t3.carry_out.np"),
    note="上海科委's 总计 cell is blank; its 自然人 column says 1",
)
add("平潭哪几年新收申请超过50件", None, "which_reports", "abbreviated", WR(P1, P2), px(P1, NEW) + px(P2, NEW))
add(
    "省科技厅哪几年的报告里没有收到申请",
    None,
    "which_reports",
    "abbreviated",
    WR(KJ[2019], KJ[2020]),
    quote={KJ[2019]: KQ[2019], KJ[2020]: KQ[2020]},
)
add(
    "按2021版格式，哪些报告的行政事业性收费金额填的是0？",
    None,
    "which_reports",
    "formal",
    WR(A, K, KJ[2021], KJ[2022], KJ[2023], J),
    px(A, "t2.fee.amount_wan") + px(K, "t2.fee.amount_wan"),
    quote={
        KJ[2021]: "行政事业性收费0三、收到和处理政府信息公开申请情况",
        KJ[2022]: "行政事业性收费　　0　　三、收到和处理政府信息公开申请情况",
        KJ[2023]: "行政事业性收费0　　三、收到和处理政府信息公开申请情况",
        J: "行政事业性收费0 三、收到和处理政府信息公开申请情况",
    },
    note="河北人社厅 2023 表二 is an image: not shown, not listed",
)
add(
    "GF2021格式的报告中，哪些有非零的行政强制决定？",
    None,
    "which_reports",
    "formal",
    WR(H, P1),
    px(H, "t2.coercion.decisions") + px(P1, "t2.coercion.decisions"),
)
add(
    "洪泽和平潭哪份报告的表四总计印错了",
    None,
    "which_reports",
    "abbreviated",
    WR(H),
    px(H, "t4.rv.tot", "t4.rv.keep", "t4.rv.fix"),
    note="hongze-2023 prints 0 with parts 10 + 1 (H5); pingtan 2019–2022 balance",
)
add(
    "河北人社厅哪几年的报告里表格是以图片形式发布、文本里读不到的",
    None,
    "which_reports",
    "abbreviated",
    WR(RS[2019], RS[2020], RS[2023]),
    quote={
        RS[2019]: "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况",
        RS[2020]: "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况",
        RS[
            2023
        ]: "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    },
)

# consistency across years and reports
add(
    "去年结转下年度的件数和今年上年结转的件数对得上吗？",
    P2,
    "consistency",
    "colloquial",
    VD("consistent", ["S1"], {"pingtan-2021:t3.carry_out.tot": 1, "t3.carry_in.tot": 1}),
    px(P1, "t3.carry_out.tot") + px(P2, "t3.carry_in.tot"),
)
add(
    "平潭综合实验区2020年结转下年度数与2021年上年结转数是否衔接？",
    None,
    "consistency",
    "formal",
    VD("consistent", ["S1"], {"pingtan-2020:t3.carry_out.tot": 0, "pingtan-2021:t3.carry_in.tot": 0}),
    px(P0, "t3.carry_out.tot") + px(P1, "t3.carry_in.tot"),
)
add(
    "平潭2019年结转下年度的和2020年的上年结转一致吗",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S1"], {"pingtan-2019:t3.carry_out.tot": 0, "pingtan-2020:t3.carry_in.tot": 0}),
    px(P9, "t3.carry_out.tot") + px(P0, "t3.carry_in.tot"),
)
add(
    "平潭2019年表四各组的总计和分项一致吗",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["H5"], {"pingtan-2019:t4.rv.tot": 0, "pingtan-2019:t4.ld.tot": 0, "pingtan-2019:t4.lr.tot": 0}),
)
add(
    "省科技厅2023年正文说无复议诉讼，表四是不是也都是0",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S3"], {"rv.tot": 0, "ld.tot": 0, "lr.tot": 0}),
    quote={KJ[2023]: "2023年收到政府信息公开申请17件，办结率100%，无行政复议、诉讼等情况"},
)
add(
    "河北省科学技术厅2023年清理规范性文件的数字（保留、修改、废止）加起来是53件吗？",
    None,
    "consistency",
    "formal",
    VD("consistent", ["N"], {"保留": 49, "限期修改": 3, "废止": 1, "合计": 53}),
    quote={KJ[2023]: "对53件文件规范性文件进行清理，其中49件保留、3件列入限期修改、1件予以废止或宣布失效"},
)

# ---------------------------------------------------------------- more across reports
KW = {2021: "关注人数达22000余人", 2022: "微信公众号关注人数达3.7万人", 2023: "微信公众号关注人数达6.6万人"}
add(
    "跟去年比，今年予以公开的多了还是少了？各是几件",
    P1,
    "compare",
    "colloquial",
    VS({P1: 30, P0: 7}, "件", order=[P1]),
    px(P1, "t3.r1.tot") + px(P0, "t3.r1.tot"),
)
add(
    "今年和前年的新收申请各是多少？", P2, "compare", "colloquial", VS({P2: 74, P0: 21}, "件"), px(P2, NEW) + px(P0, NEW)
)
add(
    "上海市人民政府办公厅（2019）跟上海市科学技术委员会（2024）比，不予处理的各有多少",
    None,
    "compare",
    "colloquial",
    VS({S: 158, K: 0}, "件", order=[S]),
    px(S, "t3.r5_1.np", "t3.r5_1.biz", "t3.r5_2.np", "t3.r5_2.biz") + px(K, *S5),
    note="上海市府办's 总计 column is blank on the result rows: 148 + 1 + 5 + 4 = 158 = the text's 「不予处理158件」",
)
add(
    "安康市政府办和洪泽区政府谁的现行有效规范性文件多",
    None,
    "compare",
    "abbreviated",
    VS({A: 31, H: 5}, "件", order=[A]),
    px(A, "t2.norm.valid") + px(H, "t2.norm.valid"),
)
add(
    "省科技厅和省教育厅2023年各收到几件申请",
    None,
    "compare",
    "abbreviated",
    VS({KJ[2023]: 17, E3: 19}, "件"),
    px(E3, NEW),
    quote={KJ[2023]: KQ[2023]},
)
add(
    "河北省教育厅2016年与2018年主动公开政府信息的条数各是多少？",
    None,
    "compare",
    "formal",
    VS({E6: 1621, E8: 1683}, "条"),
    quote={E6: "2016年主动公开政府信息1621条", E8: "2018年主动公开政府信息1683条"},
)
add(
    "平潭综合实验区这四年一共主动公开了多少条信息啊",
    None,
    "sum",
    "colloquial",
    V(22417, "条"),
    calc="2599+2602+2645+14571",
    quote={
        P9: "共公布政府信息2599条",
        P0: "共公布政府信息2602条",
        P1: "全年主动公开我区各级单位政府信息2645条",
        P2: "2022年全区共主动公开政府信息14571条",
    },
)
add("今年加去年一共新收了多少申请？", P2, "sum", "colloquial", V(144, "件"), px(P2, NEW) + px(P1, NEW))
add(
    "河北省人力资源和社会保障厅2019年和2020年加起来受理了多少件申请",
    None,
    "sum",
    "colloquial",
    V(142, "件"),
    calc="64+78",
    quote={RS[2019]: "全年共受理政府信息公开申请64件", RS[2020]: "全年共受理政府信息公开申请78件"},
)
add(
    "河北省教育厅2016年与2018年受理的依申请公开合计多少件？",
    None,
    "sum",
    "formal",
    V(4, "件"),
    calc="3+1",
    quote={E6: "受理依申请信息公开3件", E8: "受理依申请信息公开1件"},
)
add(
    "平潭综合实验区2022年无法提供的占了办理结果的多少啊",
    None,
    "share",
    "colloquial",
    V(49.33, "%", tol=0.05),
    calc="100*({pingtan-2022:t3.r4_1.tot}+{pingtan-2022:t3.r4_2.tot}+{pingtan-2022:t3.r4_3.tot})/{pingtan-2022:t3.r7.tot}",
    cells=px(P2, *S4, "t3.r7.tot"),
)
add(
    "新收里面自然人占了百分之多少？",
    K,
    "share",
    "colloquial",
    V(94.12, "%", tol=0.05),
    calc="100*{t3.new.np}/{t3.new.tot}",
    cells=["t3.new.np", "t3.new.tot"],
)
add(
    "平潭21、22两年新收合计里，22年占多少比例",
    None,
    "share",
    "abbreviated",
    V(51.39, "%", tol=0.05),
    calc="100*{pingtan-2022:t3.new.tot}/({pingtan-2022:t3.new.tot}+{pingtan-2021:t3.new.tot})",
    cells=px(P2, NEW) + px(P1, NEW),
)
add(
    "今年新收的是2019年的几倍",
    P2,
    "ratio",
    "colloquial",
    V(3.22, "倍", tol=0.05),
    calc="{t3.new.tot}/{pingtan-2019:t3.new.tot}",
    cells=["t3.new.tot", "pingtan-2019:t3.new.tot"],
)
add(
    "结转到下年的申请大概是上年结转过来的几倍啊",
    S,
    "ratio",
    "colloquial",
    V(4, "倍", tol=0.05),
    calc="{t3.carry_out.tot}/{t3.carry_in.tot}",
    cells=["t3.carry_out.tot", "t3.carry_in.tot"],
)
add(
    "河北省科学技术厅2022年网站发的信息是微信公众号的几倍",
    None,
    "ratio",
    "colloquial",
    V(4.37, "倍", tol=0.05),
    calc="5009/1146",
    quote={
        KJ[
            2022
        ]: "各类信息5009篇。由我厅办理的省人大代表建议政协提案复文共36件，已全部办结并在厅网站相关专栏公开。“科技河北”微信公众号坚持每日推送更新，全年发布信息1146篇"
    },
)
add(
    "河北省科学技术厅的微信公众号关注人数这几年（2021到2023）是怎么涨的",
    None,
    "trend",
    "colloquial",
    VS({KJ[y]: v for y, v in zip((2021, 2022, 2023), (22000, 37000, 66000))}, "人"),
    quote={KJ[y]: KW[y] for y in KW},
    note="2021 printed 「22000余人」",
)
add(
    "平潭综合实验区历年予以公开的申请件数",
    None,
    "trend",
    "formal",
    VS({P9: 7, P0: 7, P1: 30, P2: 21}, "件"),
    px(P9, "t3.r1.tot") + px(P0, "t3.r1.tot") + px(P1, "t3.r1.tot") + px(P2, "t3.r1.tot"),
)
add(
    "平谭每年未经复议直接起诉的行政诉讼有多少",
    None,
    "trend",
    "abbreviated",
    VS({P9: 0, P0: 0, P1: 12, P2: 1}, "件"),
    px(P9, "t4.ld.tot") + px(P0, "t4.ld.tot") + px(P1, "t4.ld.tot") + px(P2, "t4.ld.tot"),
)
add(
    "河北省科学技术厅2023年微信公众号关注人数比2022年增加了多少？",
    None,
    "change",
    "formal",
    V(29000, "人"),
    calc="66000-37000",
    quote={KJ[2023]: KW[2023], KJ[2022]: KW[2022]},
)
add(
    "平潭2022年予以公开比2021年少了多少",
    None,
    "change",
    "abbreviated",
    V(-9, "件"),
    px(P2, "t3.r1.tot") + px(P1, "t3.r1.tot"),
    calc="{pingtan-2022:t3.r1.tot}-{pingtan-2021:t3.r1.tot}",
)
add(
    "省教育厅2023年现行有效的行政规范性文件比2021年少了几件",
    None,
    "change",
    "abbreviated",
    V(-25, "件"),
    px(E3, "t2.norm.valid") + px(E1, "t2.norm.valid"),
    calc="{hebei-edu-2023:t2.norm.valid}-{hebei-edu-2021:t2.norm.valid}",
)
add(
    "12333咨询电话来电总量比上一年报告的少了多少？",
    RS[2020],
    "change",
    "formal",
    V(-54, "万人次"),
    calc="348-402",
    quote={RS[2020]: "12333咨询电话来电总量348万人次", RS[2019]: "12333咨询电话来电总量402万人次"},
)
add(
    "平潭综合实验区哪一年部分公开的申请最多？",
    None,
    "rank",
    "formal",
    VS({P9: 1, P0: 6, P1: 5, P2: 9}, "件", order=[P2]),
    px(P9, "t3.r2.tot") + px(P0, "t3.r2.tot") + px(P1, "t3.r2.tot") + px(P2, "t3.r2.tot"),
)
add(
    "洪泽区人民政府、河北省教育厅、河北省科学技术厅2023年行政许可决定数由高到低排列。",
    None,
    "rank",
    "formal",
    VS({E3: 7417, KJ[2023]: 1029, H: 550}, "件", order=[E3, KJ[2023], H]),
    px(E3, "t2.license.decisions") + px(H, "t2.license.decisions"),
    quote={KJ[2023]: "行政许可1029"},
)
add(
    "上海科委和上海市府办各自行政复议结果维持几件",
    None,
    "list",
    "abbreviated",
    VS({K: 1, S: 5}, "件"),
    px(K, "t4.rv.keep") + px(S, "t4.rv.keep"),
)
add(
    "平潭综合实验区2021年和2022年的行政复议分别有几件？",
    None,
    "list",
    "formal",
    VS({P1: 3, P2: 2}, "件"),
    px(P1, "t4.rv.tot") + px(P2, "t4.rv.tot"),
)
add(
    "哪些报告的申请全是自然人提的？",
    None,
    "which_reports",
    "colloquial",
    WR(H, P9, KJ[2021], KJ[2022], KJ[2023]),
    px(H, NEW, "t3.new.np") + px(P9, NEW, "t3.new.np"),
    quote={
        KJ[2021]: "一、本年新收政府信息公开申请数量2000002",
        KJ[2022]: "一、本年新收政府信息公开申请数量110000011",
        KJ[2023]: "一、本年新收政府信息公开申请数量170000017",
    },
    note="reports with no application (君山片区, 科技厅 2019/2020) or no column breakdown (LEGACY, image tables) are not listed",
)
add(
    "哪几份报告里主动公开政府信息的分类条数加起来和主动公开总数对不上？",
    None,
    "which_reports",
    "formal",
    WR(P9, P0, J),
    quote={P9: "共公布政府信息2599条", P0: "共公布政府信息2602条", J: "全年主动公开信息数156条"},
    note="2599 vs 2533, 2602 vs 2603, 156 vs 151",
)

# ---------------------------------------------------------------- more questions the reports do not answer
add(
    "安康市政府办公室2022年政务公开工作人员的平均年龄是多少？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: staff not reported",
)
add(
    "洪泽区人民政府2023年依申请公开的平均答复时长是多少天？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: the report says only 「均在法定期限答复」",
)
add(
    "上海市科学技术委员会2024年信息公开申请中有几件是通过信函提交的？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: no breakdown by channel (unlike 河北省教育厅 2023)",
)
add(
    "平潭综合实验区2021年政务公开第三方评估得了多少分？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative: the report mentions a 第三方评估公司 but no score",
)
add(
    "河北省教育厅2021年的新闻发布会有多少家媒体参加？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative: not stated",
)
add(
    "今年的申请里面有多少件是外省人提的？",
    P2,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value: applicants' origin not reported",
)
add(
    "科委2024年在信息公开上花了多少钱",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: budget not stated",
)
add(
    "河北省科学技术厅2017年收到多少件政府信息公开申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: the 2017 report is not in the store",
)
add(
    "河北人社厅2021年受理了多少件申请",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: the 2021 report is not in the store",
)
add(
    "平潭综合实验区2018年主动公开了多少条政府信息？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative: the 2018 report is not in the store",
)
add(
    "福州市人民政府2022年本年新收了多少件申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: agency not in the store",
)
add(
    "上海市府办2019年依申请公开平均办理天数",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: not stated",
)
add(
    "上一年度洪泽收到的申请有多少件？",
    H,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: 「上一年度」 of hongze-2023 is 2022, not in the store",
)
add(
    "人社厅2019年12333人工服务量是多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative: only the 2020 report gives 人工服务总量 (120万人次); 2019 gives the call total only",
)
add(
    "视频号那年发了几条？",
    KJ[2021],
    "unanswerable",
    "colloquial",
    R(),
    quote="“科技河北”微信公众号全年发布信息1261篇，政务微博“科技河北”发布信息4000余条",
    note="asked as narrative: the 2021 report mentions no 视频号 (the 2022 one does: 263条)",
)
add(
    "君山片区2022年有几件行政复议是关于征地的",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: no such breakdown",
)
add(
    "洪泽2023年关停了多少个政务新媒体账号",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative: the report says it closed accounts but gives no count",
)
add(
    "政务微博有多少粉丝？",
    A,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative: only posts (微博1021条) are given, not followers",
)
add(
    "市政府办公室2022年召开了几次政务公开专题会议？",
    A,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative: not stated",
)
add(
    "平潭综合实验区2020年本年新收申请中，外国人提出的有几件？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: no nationality breakdown",
)
add(
    "河北省教育厅2023年申请人的职业构成是怎样的？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as list: not reported",
)
add(
    "上海市科学技术委员会2024年那件行政复议的申请人是个人还是企业？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: 表四 has no applicant breakdown",
)
add(
    "河北省教育厅2021年依申请公开的平均办理时长是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: not stated",
)

# ---------------------------------------------------------------- a few more across reports
add(
    "平潭综合实验区2019至2022年新收申请合计中，2021年所占比例是多少？",
    None,
    "share",
    "formal",
    V(37.23, "%", tol=0.05),
    calc="100*{pingtan-2021:t3.new.tot}/({pingtan-2019:t3.new.tot}+{pingtan-2020:t3.new.tot}+{pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})",
    cells=px(P9, NEW) + px(P0, NEW) + px(P1, NEW) + px(P2, NEW),
)
add(
    "河北省教育厅2021年和2023年新收申请合计中，自然人占比多少？",
    None,
    "share",
    "formal",
    V(92.86, "%", tol=0.05),
    calc="100*({hebei-edu-2021:t3.new.np}+{hebei-edu-2023:t3.new.np})/({hebei-edu-2021:t3.new.tot}+{hebei-edu-2023:t3.new.tot})",
    cells=px(E1, "t3.new.np", NEW) + px(E3, "t3.new.np", NEW),
)
add(
    "河北省科学技术厅2022年和2023年“科技河北”视频号分别发布了多少条信息？",
    None,
    "list",
    "formal",
    VS({KJ[2022]: 263, KJ[2023]: 230}, "条"),
    quote={KJ[2022]: "“科技河北”视频号发布信息263条", KJ[2023]: "“科技河北”视频号发布信息230条"},
)
add(
    "河北省科学技术厅2021年与2022年报告所列存在的问题有何异同？",
    None,
    "problems",
    "formal",
    CT("政策解读形式不够丰富、覆盖面不完全、推送不够精准"),
    quote={
        KJ[2021]: "存在政策解读形式不够丰富、覆盖面不完全、推送不够精准等问题",
        KJ[2022]: "存在政策解读形式不够丰富、覆盖面不完全、推送不够精准等问题",
    },
    note="the two years print the same sentence",
)
add(
    "河北省教育厅2021年和2023年表三的勾稽关系是否都成立？",
    None,
    "consistency",
    "formal",
    VD(
        "consistent",
        ["H1"],
        {
            "hebei-edu-2021:t3.new.tot": 37,
            "hebei-edu-2021:t3.r7.tot": 37,
            "hebei-edu-2023:t3.new.tot": 19,
            "hebei-edu-2023:t3.r7.tot": 19,
        },
    ),
    px(E1, NEW, "t3.r7.tot") + px(E3, NEW, "t3.r7.tot"),
    note="2021's 上年结转 总计 is blank; its columns are 0",
)
add(
    "哪些报告的行政复议出现了“其他结果”",
    None,
    "which_reports",
    "colloquial",
    WR(P1, P2),
    px(P1, "t4.rv.other") + px(P2, "t4.rv.other"),
)
add(
    "上海科委和安康市政府办谁的上年结转多",
    None,
    "compare",
    "abbreviated",
    VS({K: 2, A: 2}, "件"),
    px(K, "t3.carry_in.tot") + px(A, "t3.carry_in.tot"),
    note="a tie: 2 each",
)
add(
    "平潭综合实验区哪年无法提供的最多啊",
    None,
    "rank",
    "colloquial",
    VS({P9: 12, P0: 7, P1: 25, P2: 37}, "件", order=[P2]),
    px(P9, *S4) + px(P0, *S4) + px(P1, *S4) + px(P2, *S4),
)

# ---------------------------------------------------------------- sub-items, columns, typos, qualifiers
add(
    "河北省教育厅2018年办理依申请公开收费了吗？",
    None,
    "narrative",
    "formal",
    CT("均未向申请人收取费用"),
    quote={E8: "河北省教育厅在办理依申请公开工作中，均未向申请人收取费用"},
)
add("申请人逾期未按收费通知要求缴纳费用、不再处理的有几件？", A, "value", "formal", V(0, "件"), ["t3.r6_2.tot"])
add(
    "依申请收费这块，平潭2021年收过信息处理费吗",
    None,
    "narrative",
    "abbreviated",
    CT("无收取信息处理费情况"),
    quote={P1: "2021年，无收取信息处理费情况"},
)
add("科研机构提了几件申请？", K, "value", "colloquial", V(0, "件"), ["t3.new.sci"])
add(
    "上海市人民政府办公厅2019年科研机构提出的申请数是多少？",
    None,
    "value",
    "formal",
    BL(),
    px(S, "t3.new.sci"),
    note="the 科研机构 cell of 本年新收 is printed blank",
)
add(
    "平潭综合试验区2022年主动公开了多少条政府信息",
    None,
    "narrative",
    "abbreviated",
    V(14571, "条"),
    quote={P2: "2022年全区共主动公开政府信息14571条"},
    note="typo 试验区 for 实验区",
)
add(
    "安康市人民政府办公厅2022年予以公开了几件申请？",
    None,
    "value",
    "formal",
    V(8, "件"),
    px(A, "t3.r1.tot"),
    note="办公厅 for 办公室: the user means 安康市人民政府办公室",
)
add("洪泽区人民正府2023年部分公开几件", None, "value", "abbreviated", V(4, "件"), px(H, "t3.r2.tot"), note="typo 正府")
add(
    "中国教育报那年登了多少条河北的教育新闻？",
    E8,
    "narrative",
    "colloquial",
    V(100, "条"),
    quote="中国教育报刊发我省教育新闻近百条",
    note="printed 「近百条」",
)
add(
    "2018年省内主流媒体和网络刊发河北省教育厅的教育信息有多少条？",
    None,
    "narrative",
    "formal",
    V(1000, "条"),
    quote={E8: "省内主流媒体和网络刊发我厅教育信息千余条"},
    note="printed 「千余条」",
)
add(
    "二零二一年平潭综合实验区全区收到多少件政府信息公开申请？",
    None,
    "narrative",
    "formal",
    V(70, "件"),
    quote={P1: "本年度全区共收到70件申请"},
)
add("予以公开和部分公开加起来几件？", H, "value", "colloquial", V(4, "件"), ["t3.r1.tot", "t3.r2.tot"])
add("复议后又起诉、结果被纠正的有没有？", P2, "value", "colloquial", V(0, "件"), ["t4.lr.fix"])
add(
    "上海市府办2019年新收加上年结转一共多少件",
    None,
    "value",
    "abbreviated",
    V(877, "件"),
    px(S, NEW, "t3.carry_in.tot"),
)
add(
    "上海市人民政府办公厅2019年不予公开的申请人年龄分布如何？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as list: ages not reported",
)
add(
    "洪泽区人民政府2023年在政务公开上投入了多少资金？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: budget not stated",
)
add(
    "河北省科学技术厅2023年的申请中有几件涉及科研项目经费？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: no breakdown of applications by subject",
)
add(
    "安康市人民政府办公室2022年与平潭综合实验区2022年的部分公开件数各是多少？",
    None,
    "compare",
    "formal",
    VS({A: 17, P2: 9}, "件"),
    px(A, "t3.r2.tot") + px(P2, "t3.r2.tot"),
)
add(
    "河北省教育厅2021年、2023年不予公开的申请合计多少件？", None, "sum", "formal", V(5, "件"), px(E1, *S3) + px(E3, *S3)
)
