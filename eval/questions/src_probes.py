"""Probe questions written by the router engineer of issue 13 (branch `router`), from the user's side and
before running the router on them, for the families the blind final bank scored lowest on: consistency
explanations, which-reports, narrative quantities, values (groups, columns, agency resolution) and
refusals. They are pinned to dev (`dev_only`): the router may be tuned on them, so they must never
enter the holdout file the hash split would otherwise put half of them in."""

from _dsl import BL, CT, LEGAL, S3, S4, VD, WR, R, V, add, legal, px  # noqa: F401

P = dict(dev_only=True)

# ---------------------------------------------------------------- consistency
add(
    "这份年报的数据前后一致吗？",
    "ankang-2022",
    "consistency",
    "colloquial",
    VD("consistent", ["H1", "H3"], {"t3.new.tot": 56, "t3.r7.tot": 58}),
    cells=["t3.new.tot", "t3.r7.tot"],
    **P,
)
add(
    "报告里哪里对不上？",
    "hongze-2023",
    "consistency",
    "colloquial",
    VD("inconsistent", ["H5"], {"t4.rv.tot printed": 0, "rv parts": 11, "lr parts": 5}),
    cells=["t4.rv.keep", "t4.rv.fix", "t4.rv.tot", "t4.lr.keep", "t4.lr.tot"],
    **P,
)
add(
    "表三加起来对吗",
    "pingtan-2020",
    "consistency",
    "colloquial",
    VD("inconsistent", ["H3"], {"t3.r7.tot printed": 21, "sum of result rows": 27}),
    cells=["t3.r7.tot"],
    **P,
)
add(
    "报告叙述的申请数和统计表一样吗？",
    "hebei-edu-2023",
    "consistency",
    "formal",
    VD("consistent", ["S2"], {"narrative": 19, "t3.new.tot": 19}),
    cells=["t3.new.tot"],
    quote="政府信息公开申请共19件",
    **P,
)
add(
    "洪泽区政府2023年的年报有没有数据对不上的地方",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["H5"], {"rv printed": 0, "rv parts": 11}),
    cells=px("hongze-2023", "t4.rv.keep", "t4.rv.fix", "t4.rv.tot"),
    **P,
)
add(
    "平潭综合试验区2020年报告表三的数前后一致不",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["H3"], {"t3.r7.tot printed": 21, "sum of result rows": 27}),
    cells=px("pingtan-2020", "t3.r7.tot"),
    note="typo 试验区",
    **P,
)
add(
    "表四里复议和诉讼的总计都对得上吗",
    "ankang-2022",
    "consistency",
    "colloquial",
    VD("consistent", ["H5"], {"t4.ld.keep": 2, "t4.ld.tot": 2}),
    cells=["t4.ld.keep", "t4.ld.tot"],
    **P,
)
add(
    "请核对本报告统计表中各项数据的勾稽关系。",
    "pingtan-2022",
    "consistency",
    "formal",
    VD("consistent", ["H1", "H3", "H5"], {"t3.new.tot": 74, "t3.carry_in.tot": 1, "t3.r7.tot": 75}),
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot"],
    note="first written of hebei-edu-2021, whose 上年结转 总计 is printed blank (so not checkable): moved",
    **P,
)
add(
    "2021年平潭的申请收的和办的数量平衡吗？",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["H1"], {"t3.new.tot": 70, "t3.r7.tot": 69, "t3.carry_out.tot": 1}),
    cells=px("pingtan-2021", "t3.new.tot", "t3.r7.tot", "t3.carry_out.tot"),
    **P,
)
add(
    "上海市人民政府办公厅2019年表三新收加上年结转是否等于办结加结转下年度？",
    None,
    "consistency",
    "formal",
    VD("consistent", ["H1"], {"t3.new.tot": 859, "t3.carry_in.tot": 18, "t3.r7.tot": 805, "t3.carry_out.tot": 72}),
    cells=px("shanghai-office-2019", "t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"),
    **P,
)
add(
    "正文里说的行政复议、行政诉讼数字和表四一样吗",
    "pingtan-2022",
    "consistency",
    "colloquial",
    VD("consistent", ["S3"], {"t4.rv.tot": 2, "t4.ld.tot": 1}),
    cells=["t4.rv.tot", "t4.ld.tot"],
    quote="共有行政诉讼案件1件、行政复议案件2件",
    **P,
)

# ---------------------------------------------------------------- which reports
add(
    "哪几个单位的年报里行政复议结果有被纠正的？",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-edu-2023", "hongze-2023", "pingtan-2022"),
    note="rv.fix > 0: 河北教育厅 2023 (1), 洪泽 2023 (1, though its 总计 is printed 0), 平潭 2022 (1)",
    **P,
)
add(
    "哪些年报表四的复议后起诉案件不为零",
    None,
    "which_reports",
    "formal",
    WR("hebei-edu-2021", "hebei-edu-2023", "hongze-2023"),
    note="lr: edu-2021 2, edu-2023 7, 洪泽 5 kept (总计 printed 0)",
    **P,
)
add(
    "哪些报告表三的本年新收申请超过50件？",
    None,
    "which_reports",
    "formal",
    WR("ankang-2022", "pingtan-2021", "pingtan-2022", "shanghai-office-2019"),
    note="new.tot: 安康56, 平潭2021 70, 平潭2022 74, 上海2019 859; 河北人社厅 prints 表三 as a picture",
    **P,
)
add(
    "市长信箱收到了多少封群众来信？",
    "ankang-2022",
    "narrative",
    "colloquial",
    V(3459, "件"),
    quote="“市长信箱”受理有效群众信件3459件",
    **P,
)
add("市长信箱的办结率是多少", "ankang-2022", "narrative", "colloquial", V(93.38, "%"), quote="办结率93.38%", **P)
add(
    "“安康发布”政务微信全年发布了多少期？",
    "ankang-2022",
    "narrative",
    "formal",
    V(780, "期"),
    quote="“安康发布”政务微信发布信息780期2165条",
    **P,
)
add(
    "安康市政府办2022年政务微博发了多少条",
    None,
    "narrative",
    "abbreviated",
    V(1021, "条"),
    quote={"ankang-2022": "微博1021条"},
    **P,
)
add(
    "公开了多少件人大代表建议",
    "ankang-2022",
    "narrative",
    "colloquial",
    V(291, "件"),
    quote="公开人大代表建议291件",
    **P,
)
add(
    "政策问答库已经梳理了多少条知识问答信息？",
    "ankang-2022",
    "narrative",
    "formal",
    V(4135, "条"),
    quote="已梳理知识问答信息4135条",
    **P,
)
add(
    "市科委网站当年发布政府信息多少件",
    "shanghai-kewei-2024",
    "narrative",
    "abbreviated",
    V(393, "件"),
    quote="当年发布政府信息 393 件",
    **P,
)
add(
    "主合办政协提案的数量是多少件？",
    "shanghai-kewei-2024",
    "narrative",
    "formal",
    V(85, "件"),
    quote="主合办政协提案 85 件",
    **P,
)
add(
    "依申请公开的办理流程包括哪些环节？",
    "shanghai-kewei-2024",
    "narrative",
    "formal",
    CT("接收申请、形式审查、会商答复意见、告知书复核、签发的一整套办理流程"),
    quote="接收申请、形式审查、会商答复意见、告知书复核、签发的一整套办理流程",
    **P,
)
add(
    "上海科技网站全年一共发了多少条信息",
    "shanghai-kewei-2024",
    "narrative",
    "colloquial",
    V(2139, "条"),
    quote="“上海科技”网站全年累计发布信息 2139 条",
    **P,
)
add("直播办了几场", "shanghai-kewei-2024", "narrative", "colloquial", V(118, "场"), quote="直播 118 场", **P)
add(
    "平潭2022年全区主动公开了多少条政府信息？",
    None,
    "narrative",
    "abbreviated",
    V(14571, "条"),
    quote={"pingtan-2022": "2022年全区共主动公开政府信息14571条"},
    **P,
)
add(
    "全年组织了几次政务公开季度检查通报",
    "pingtan-2022",
    "narrative",
    "colloquial",
    V(4, "次"),
    quote="全年共组织4次政务公开季度检查通报",
    **P,
)
add(
    "现存的政务新媒体有多少个？",
    "pingtan-2022",
    "narrative",
    "formal",
    V(33, "个"),
    quote="对全区现存的33个政务新媒体加强信息更新",
    **P,
)
add(
    "正文说收到申请多少件",
    "pingtan-2022",
    "narrative",
    "colloquial",
    V(75, "件"),
    quote="全区收到政府信息公开申请75件",
    **P,
)

# ---------------------------------------------------------------- value
add(
    "洪泽区2023年复议后起诉的案件维持了几件",
    None,
    "value",
    "abbreviated",
    V(5, "件"),
    cells=px("hongze-2023", "t4.lr.keep"),
    **P,
)
add(
    "洪泽区人民政府2023年行政复议结果纠正的有几件？",
    None,
    "value",
    "formal",
    V(1, "件"),
    cells=px("hongze-2023", "t4.rv.fix"),
    **P,
)
add("法人或其他组织提出的申请有几件", "pingtan-2022", "value", "colloquial", V(3, "件"), cells=legal("new"), **P)
add("未经复议直接起诉的案件结果维持几件？", "hebei-edu-2021", "value", "formal", V(6, "件"), cells=["t4.ld.keep"], **P)
add("复议后起诉的总数", "hebei-edu-2023", "value", "colloquial", V(7, "件"), cells=["t4.lr.tot"], **P)
add("行政复议还没审结的有几件", "shanghai-office-2019", "value", "colloquial", V(2, "件"), cells=["t4.rv.pend"], **P)
add(
    "平潭2021年不予公开的申请共多少件",
    None,
    "value",
    "abbreviated",
    V(8, "件"),
    cells=[f"pingtan-2021:{k}" for k in S3],
    **P,
)
add(
    "平潭综合实验区2021年行政复议的其他结果是几件？",
    None,
    "value",
    "formal",
    V(2, "件"),
    cells=px("pingtan-2021", "t4.rv.other"),
    **P,
)
add(
    "结转到下一年度继续办理的申请有几件",
    "pingtan-2021",
    "value",
    "colloquial",
    V(1, "件"),
    cells=["t3.carry_out.tot"],
    **P,
)
add(
    "安康市2022年行政诉讼一共几起",
    None,
    "value",
    "colloquial",
    V(2, "件"),
    cells=px("ankang-2022", "t4.ld.tot", "t4.lr.tot"),
    **P,
)
add(
    "河北省教育厅二〇二三年本年新收政府信息公开申请数量",
    None,
    "value",
    "formal",
    V(19, "件"),
    cells=px("hebei-edu-2023", "t3.new.tot"),
    **P,
)
add(
    "上海市人民政府办公厅2019年自然人的申请有多少件？",
    None,
    "value",
    "formal",
    V(821, "件"),
    cells=px("shanghai-office-2019", "t3.new.np"),
    **P,
)

# ---------------------------------------------------------------- unanswerable
add("信息公开工作的预算是多少", "ankang-2022", "unanswerable", "colloquial", R(), note="asked as value", **P)
add("申请人的平均年龄多大？", "hongze-2023", "unanswerable", "colloquial", R(), note="asked as value", **P)
add(
    "安康市人民政府办公室2021年收到多少件申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; 2021 not in the store",
    **P,
)
add(
    "河北省教育厅2020年行政诉讼有几起",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; 2020 not in the store",
    **P,
)
add("负责政务公开的工作人员有几名？", "pingtan-2022", "unanswerable", "formal", R(), note="asked as value", **P)
add(
    "上海市人民政府办公厅2024年本年新收申请多少件",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; the office's 2024 report is not stored (上海科委's is)",
    **P,
)
add(
    "陕西省人民政府2022年收到几件信息公开申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; 陕西省人民政府 ≠ 安康市政府办",
    **P,
)
add("女性申请人占多大比例", "hebei-edu-2023", "unanswerable", "colloquial", R(), note="asked as share", **P)
add(
    "淮安市2023年收到了多少政府信息公开申请",
    None,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; 淮安市 ≠ 洪泽区",
    **P,
)
add(
    "市科委政务公开专项经费花了多少钱？",
    "shanghai-kewei-2024",
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value",
    **P,
)

# ---------------------------------------------------------------- round 2 (written before running them)
# consistency: narrative arithmetic, carry-over across years, narrative vs table in other words
add(
    "今年共发布380条财政资金信息，分项加起来是380吗？",
    "pingtan-2019",
    "consistency",
    "colloquial",
    VD("consistent", ["N"], {"152+197+27+4": 380, "printed": 380}),
    quote="今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条",
    **P,
)
add(
    "全年主动公开信息数156条，和各类信息的条数之和一致吗？",
    "pingtan-junshan-2022",
    "consistency",
    "formal",
    VD("inconsistent", ["N"], {"printed": 156, "sum of categories": 151}),
    quote="全年主动公开信息数156条，其中机关职能类信息12条",
    note="12+0+2+12+47+33+45 = 151",
    **P,
)
add(
    "上年结转的申请数和2021年年报的结转下年度能接上吗",
    "pingtan-2022",
    "consistency",
    "colloquial",
    VD("consistent", ["S1"], {"pingtan-2021 carry_out": 1, "pingtan-2022 carry_in": 1}),
    cells=["t3.carry_in.tot", "pingtan-2021:t3.carry_out.tot"],
    **P,
)
add(
    "报告开头说依申请公开收到56件，和表格里的新收数是一回事吗？",
    "ankang-2022",
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"narrative": 56, "t3.new.tot": 56}),
    cells=["t3.new.tot"],
    quote="全年共收到政府信息公开申请56件",
    **P,
)
add(
    "文字部分的“应对政府信息公开诉讼2起”与统计表的行政诉讼数吻合否？",
    "ankang-2022",
    "consistency",
    "formal",
    VD("consistent", ["S3"], {"narrative": 2, "t4.ld.tot": 2}),
    cells=["t4.ld.tot"],
    quote="应对政府信息公开诉讼2起",
    **P,
)
add(
    "科委2024年表三的总数平不平",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["H1"], {"34+2": 36, "t3.r7.tot": 35}),
    cells=px("shanghai-kewei-2024", "t3.new.tot", "t3.carry_in.tot", "t3.r7.tot"),
    note="结转下年度 总计 printed blank: 34+2 vs 35+blank",
    **P,
)
add(
    "表三第三部分各办理结果相加能得出21吗",
    "hongze-2023",
    "consistency",
    "colloquial",
    VD("consistent", ["H3"], {"sum": 21, "t3.r7.tot": 21}),
    cells=["t3.r7.tot"],
    **P,
)

# value: sub-items of every group, applicant columns, typos of full names, Chinese-digit and relative years
add("属于行政执法案卷而不予公开的有几件", "pingtan-2021", "value", "colloquial", V(6, "件"), cells=["t3.r3_7.tot"], **P)
add(
    "本机关不掌握相关政府信息的申请有多少件？",
    "ankang-2022",
    "value",
    "formal",
    V(25, "件"),
    cells=["t3.r4_1.tot"],
    **P,
)
add("信访举报投诉类申请不予处理的有几件", "ankang-2022", "value", "colloquial", V(4, "件"), cells=["t3.r5_1.tot"], **P)
add(
    "申请人无正当理由逾期不补正、行政机关不再处理的有几件？",
    "shanghai-kewei-2024",
    "value",
    "formal",
    V(10, "件"),
    cells=["t3.r6_1.tot"],
    **P,
)
add("没有现成信息需要另行制作的有多少", "hongze-2023", "value", "colloquial", V(3, "件"), cells=["t3.r4_2.tot"], **P)
add("科研机构提了几件申请", "pingtan-2022", "value", "colloquial", V(0, "件"), cells=["t3.new.sci"], **P)
add(
    "上海市人民政府办公厅2019年科研机构提出的申请有多少件？",
    None,
    "value",
    "formal",
    BL(),
    cells=px("shanghai-office-2019", "t3.new.sci"),
    **P,
)
add(
    "安康市人民政府办公厅2022年一共收到多少件政府信息公开申请",
    None,
    "value",
    "formal",
    V(56, "件"),
    cells=px("ankang-2022", "t3.new.tot"),
    note="typo 办公厅 for 办公室",
    **P,
)
add(
    "平潭综合实验区二零二一年未经复议直接起诉的行政诉讼有多少起",
    None,
    "value",
    "formal",
    V(12, "件"),
    cells=px("pingtan-2021", "t4.ld.tot"),
    **P,
)
add(
    "前年收到了多少件申请？", "pingtan-2022", "value", "colloquial", V(21, "件"), cells=["pingtan-2020:t3.new.tot"], **P
)
add(
    "上一年度的本年新收申请是多少件",
    "pingtan-2022",
    "value",
    "formal",
    V(70, "件"),
    cells=["pingtan-2021:t3.new.tot"],
    **P,
)
add(
    "洪泽2023年属于国家秘密不予公开的有几件",
    None,
    "value",
    "abbreviated",
    V(1, "件"),
    cells=px("hongze-2023", "t3.r3_1.tot"),
    **P,
)
add(
    "省教育厅2023年危及“三安全一稳定”的不予公开数",
    None,
    "value",
    "abbreviated",
    V(1, "件"),
    cells=px("hebei-edu-2023", "t3.r3_3.tot"),
    **P,
)

# narrative: qualifiers, numbers said with 余/多
add(
    "市政府网站发布了多少条政务信息？",
    "ankang-2022",
    "narrative",
    "colloquial",
    V(13050, "条"),
    quote="市政府网站共发布各类政务信息13050余条",
    **P,
)
add(
    "规范公开的政策文件有多少个",
    "ankang-2022",
    "narrative",
    "colloquial",
    V(2740, "个"),
    quote="梳理规范公开政策文件2740余个",
    **P,
)
add(
    "“我为政府网站找错”平台的有效纠错留言有几条？",
    "ankang-2022",
    "narrative",
    "formal",
    V(20, "条"),
    quote="有效纠错留言20条",
    **P,
)
add(
    "解读发布了多少条涉及民生的政策信息",
    "ankang-2022",
    "narrative",
    "colloquial",
    V(157, "条"),
    quote="解读发布本市涉及民生政策信息157条",
    **P,
)
add(
    "惠企政策日常报送了多少条？",
    "shanghai-kewei-2024",
    "narrative",
    "formal",
    V(83, "条"),
    quote="日常报送惠企政策 83 条",
    **P,
)
add(
    "微信公众号关注人数达到多少了",
    "shanghai-kewei-2024",
    "narrative",
    "colloquial",
    V(1016823, "人"),
    quote="微信公众号目前关注人数达 1016823 人",
    **P,
)

# unanswerable: what the text almost says
add("洪泽区人民政府2023年申请人中有多少是外地人？", None, "unanswerable", "formal", R(), note="asked as value", **P)
add("安康市政府办2022年市长信箱的平均回复时长", None, "unanswerable", "abbreviated", R(), note="asked as value", **P)
add(
    "平潭综合实验区2023年收到多少件申请",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; 2023 not in the store for 平潭",
    **P,
)

# cross-report
add(
    "平潭2021年和2022年的行政复议各是多少件",
    None,
    "compare",
    "abbreviated",
    {"values": {"pingtan-2021": 3, "pingtan-2022": 2}, "unit": "件"},
    cells=["pingtan-2021:t4.rv.tot", "pingtan-2022:t4.rv.tot"],
    **P,
)
add(
    "安康市人民政府办公室2022年和洪泽区人民政府2023年，谁收到的申请多？",
    None,
    "compare",
    "formal",
    {"values": {"ankang-2022": 56, "hongze-2023": 21}, "unit": "件", "order": ["ankang-2022"]},
    cells=["ankang-2022:t3.new.tot", "hongze-2023:t3.new.tot"],
    **P,
)
add(
    "河北省教育厅2023年的本年新收申请比2021年少了几件",
    None,
    "change",
    "formal",
    V(-18, "件"),
    cells=["hebei-edu-2023:t3.new.tot", "hebei-edu-2021:t3.new.tot"],
    calc="19-37",
    **P,
)
add(
    "平潭哪几年的行政诉讼不为零",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021", "pingtan-2022"),
    note="lit: 2019 0, 2020 0, 2021 12, 2022 1",
    **P,
)
add(
    "哪些报告表四的行政复议有结果维持的",
    None,
    "which_reports",
    "formal",
    WR("hebei-edu-2023", "hongze-2023", "pingtan-2021", "shanghai-kewei-2024", "shanghai-office-2019"),
    note="rv.keep > 0: edu-2023 6, 洪泽 10, 平潭2021 1, 科委 1, 上海2019 5",
    **P,
)

# ---------------------------------------------------------------- round 3 (written before running them)
add(
    "正文的收到申请75件和表三的本年新收为什么不一样？",
    "pingtan-2022",
    "consistency",
    "colloquial",
    VD("inconsistent", ["S2"], {"narrative": 75, "t3.new.tot": 74}),
    cells=["t3.new.tot", "t3.carry_in.tot"],
    quote="全区收到政府信息公开申请75件",
    note="75 = 新收74 + 上年结转1",
    **P,
)
add(
    "正文说无法提供265件，统计表里无法提供是这个数吗",
    "shanghai-office-2019",
    "consistency",
    "colloquial",
    VD("inconsistent", ["S2"], {"narrative": 265, "table （四） subtotal (columns)": 337}),
    cells=["t3.r4_1.np", "t3.r4_1.biz", "t3.r4_1.law", "t3.r4_2.np", "t3.r4_2.biz", "t3.r4_3.np"],
    quote="无法提供265件",
    **P,
)
add(
    "表四有没有算错的地方",
    "hongze-2023",
    "consistency",
    "colloquial",
    VD("inconsistent", ["H5"], {"rv printed": 0, "rv parts": 11, "lr parts": 5}),
    cells=["t4.rv.keep", "t4.rv.fix", "t4.rv.tot", "t4.lr.keep", "t4.lr.tot"],
    **P,
)
add(
    "表四的数据有没有问题？",
    "pingtan-2021",
    "consistency",
    "colloquial",
    VD("consistent", ["H5"], {"1+0+2+0": 3, "t4.ld.tot": 12}),
    cells=["t4.rv.keep", "t4.rv.other", "t4.rv.tot", "t4.ld.tot"],
    **P,
)
add(
    "平潭综合实验区2020年与2021年之间结转的申请数衔接得上吗",
    None,
    "consistency",
    "formal",
    VD("consistent", ["S1"], {"pingtan-2020 carry_out": 0, "pingtan-2021 carry_in": 0}),
    cells=["pingtan-2020:t3.carry_out.tot", "pingtan-2021:t3.carry_in.tot"],
    **P,
)
add(
    "表三的总计一列自洽吗",
    "hebei-edu-2023",
    "consistency",
    "formal",
    VD("consistent", ["H1", "H3"], {"t3.new.tot": 19, "t3.r7.tot": 19}),
    cells=["t3.new.tot", "t3.r7.tot"],
    **P,
)
add(
    "洪泽区人民正府2023年表四的数据前后矛盾吗",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["H5"], {"rv printed": 0, "rv parts": 11}),
    cells=px("hongze-2023", "t4.rv.keep", "t4.rv.fix", "t4.rv.tot"),
    note="typo 正府",
    **P,
)
add(
    "河北省教育厅2021年表三本年新收一行各类申请人加起来等于总计吗",
    None,
    "consistency",
    "formal",
    VD("consistent", ["H2"], {"34+1+2": 37, "t3.new.tot": 37}),
    cells=px("hebei-edu-2021", "t3.new.np", "t3.new.biz", "t3.new.law", "t3.new.tot"),
    **P,
)
add(
    "正文说诉讼均胜诉，表四里是不是都维持了",
    "ankang-2022",
    "consistency",
    "colloquial",
    VD("consistent", ["S3"], {"t4.ld.keep": 2, "t4.ld.tot": 2}),
    cells=["t4.ld.keep", "t4.ld.tot"],
    quote="应对政府信息公开诉讼2起,均胜诉",
    **P,
)
add(
    "新收的70件申请和办理结果、结转下年度能对上吗？",
    "pingtan-2021",
    "consistency",
    "colloquial",
    VD("consistent", ["H1"], {"t3.new.tot": 70, "t3.r7.tot": 69, "t3.carry_out.tot": 1}),
    cells=["t3.new.tot", "t3.r7.tot", "t3.carry_out.tot"],
    **P,
)

add(
    "予以公开和部分公开加在一起是多少件？",
    "ankang-2022",
    "value",
    "formal",
    V(25, "件"),
    cells=["t3.r1.tot", "t3.r2.tot"],
    **P,
)
add(
    "洪泽区人民政府2023年表四行政复议总计印的是多少",
    None,
    "value",
    "formal",
    V(0, "件"),
    cells=px("hongze-2023", "t4.rv.tot"),
    **P,
)
add(
    "洪泽2023年行政复议维持原决定的有几件",
    None,
    "value",
    "abbreviated",
    V(10, "件"),
    cells=px("hongze-2023", "t4.rv.keep"),
    **P,
)
add(
    "“安康发布”政务微信全年发布了多少条信息？",
    "ankang-2022",
    "narrative",
    "formal",
    V(2165, "条"),
    quote="“安康发布”政务微信发布信息780期2165条",
    **P,
)
add(
    "洪泽2023年关停了几个政务新媒体账号",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative: 「及时关停整合…新媒体账号」 gives no count",
    **P,
)
add(
    "河北省科学技术厅2021年视频号发布了多少条视频？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative; the 2021 report gives no 视频号 figure",
    **P,
)
add(
    "2021年以后哪几份报告的不予处理超过10件",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-edu-2021"),
    note="r5 subtotal: 河北教育厅 2021 15; every other readable GF2021 table ≤ 4",
    **P,
)
add(
    "哪些报告有复议后起诉的案件被纠正",
    None,
    "which_reports",
    "formal",
    WR("hebei-edu-2023"),
    note="lr.fix > 0: 河北教育厅 2023 (1) only",
    **P,
)

# ---------------------------------------------------------------- round 4: narrative (written before running them)
add("通过网络提交的申请有多少件？", "hebei-edu-2023", "narrative", "colloquial", V(15, "件"), quote="网络申请15件", **P)
add("信函申请占比多少", "hebei-edu-2023", "narrative", "colloquial", V(21, "%"), quote="信函申请4件，占21%", **P)
add(
    "公开了多少条人大代表建议和政协提案复文？",
    "hebei-edu-2023",
    "narrative",
    "formal",
    V(112, "条"),
    quote="公开省人大代表建议和省政协委员提案复文112条",
    **P,
)
add(
    "省教育厅2023年发布政策文件解读多少条",
    None,
    "narrative",
    "abbreviated",
    V(20, "条"),
    quote={"hebei-edu-2023": "重要政策文件解读20条"},
    **P,
)
add("新开设了几个新媒体号", "hebei-edu-2023", "narrative", "colloquial", V(3, "个"), quote="开设新媒体号3个", **P)
add(
    "全年组织了几次季度政务公开检查？",
    "pingtan-2021",
    "narrative",
    "formal",
    V(4, "次"),
    quote="组织4次季度政务公开检查",
    **P,
)
add(
    "《问政平潭之有事您说》推出了多少期",
    "pingtan-2021",
    "narrative",
    "colloquial",
    V(20, "期"),
    quote="推出20期《问政平潭之有事您说》",
    **P,
)
add(
    "2020年对规范性文件进行了几次专项清理？",
    "pingtan-2020",
    "narrative",
    "formal",
    V(4, "次"),
    quote="先后进行4次专项清理",
    **P,
)
add(
    "已宣布废止的规范性文件有几件",
    "pingtan-2020",
    "narrative",
    "colloquial",
    V(5, "件"),
    quote="已宣布废止规范性文件5件",
    **P,
)
add(
    "“有事你说”栏目收到了多少件群众诉求",
    "pingtan-2020",
    "narrative",
    "colloquial",
    V(348, "件"),
    quote="收到群众诉求348件",
    **P,
)
add(
    "平潭综合实验区2020年累计入库了多少份电子证照？",
    None,
    "narrative",
    "formal",
    V(452149, "份"),
    quote={"pingtan-2020": "累计入库电子证照452149份"},
    **P,
)
add("汇聚了多少数据", "pingtan-2020", "narrative", "colloquial", V(8232, "万条"), quote="汇聚数据8232万条", **P)
add("征地信息发布了多少条？", "pingtan-2020", "narrative", "formal", V(121, "条"), quote="征地信息类121条", **P)
add(
    "“上海科技”视频号发布了多少条短视频",
    "shanghai-kewei-2024",
    "narrative",
    "colloquial",
    V(584, "条"),
    quote="共制作并发布短视频 584 条",
    **P,
)
add(
    "直播的累计观看量是多少次？",
    "shanghai-kewei-2024",
    "narrative",
    "formal",
    V(303855, "次"),
    quote="直播 118 场，累计观看量 303855 次",
    **P,
)
add(
    "市科委按什么流程办理依申请公开？",
    "shanghai-kewei-2024",
    "narrative",
    "abbreviated",
    CT("接收申请、形式审查、会商答复意见、告知书复核、签发的一整套办理流程"),
    quote="接收申请、形式审查、会商答复意见、告知书复核、签发的一整套办理流程",
    **P,
)
add(
    "哪5个高频事项设置了阅办联动？",
    "shanghai-kewei-2024",
    "narrative",
    "formal",
    CT("技术合同认定登记、高新技术企业认定、上海市科技创新券申领、实验动物使用许可、上海市高新技术成果转化项目认定"),
    quote="技术合同认定登记、高新技术企业认定、上海市科技创新券申领、实验动物使用许可、上海市高新技术成果转化项目认定",
    **P,
)
add(
    "报告的统计周期是哪段时间",
    "shanghai-kewei-2024",
    "narrative",
    "colloquial",
    CT("2024 年 1 月 1 日至 12 月 31 日"),
    quote="2024 年 1 月 1 日至 12 月 31 日",
    **P,
)
add(
    "安康市政府办2022年新建的政策问答库是什么情况",
    None,
    "narrative",
    "abbreviated",
    CT("新建全市统一的政策问答库,已梳理知识问答信息4135条"),
    quote={"ankang-2022": "新建全市统一的政策问答库,已梳理知识问答信息4135条"},
    **P,
)
add(
    "通过电子邮件提交的申请有多少件？",
    "hebei-edu-2023",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative: the text breaks applications down into 网络 and 信函 only",
    **P,
)
add("平潭2021年政务微博粉丝有多少", None, "unanswerable", "abbreviated", R(), note="asked as narrative", **P)
add(
    "哪些报告的部分公开为零？",
    None,
    "which_reports",
    "colloquial",
    WR("shanghai-kewei-2024", "hebei-kjt-2021", "hebei-kjt-2022", "hebei-kjt-2023", "pingtan-junshan-2022"),
    note="r2.tot 0: 科委 2024; 科技厅 2021–2023 and 君山 print （二）部分公开 0; 上海2019 prints it blank",
    quote={
        "hebei-kjt-2021": "（二）部分公开（区分处理的",
        "hebei-kjt-2022": "（二）部分公开（区分处理的",
        "hebei-kjt-2023": "（二）部分公开（区分处理的",
        "pingtan-junshan-2022": "（二）部分公开（区分处理的",
    },
    **P,
)
add(
    "哪几家单位2023年的报告里有行政复议",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-edu-2023", "hongze-2023"),
    note="rv: 河北教育厅 7; 洪泽 printed 0 over 10+1; 科技厅 0; 人社厅 picture",
    **P,
)
add(
    "哪些年报表四全部是0",
    None,
    "which_reports",
    "colloquial",
    WR("pingtan-2019", "pingtan-2020", "hebei-kjt-2021", "hebei-kjt-2022", "hebei-kjt-2023", "pingtan-junshan-2022"),
    quote={
        "hebei-kjt-2021": "结果维持结果纠正其他结果尚未审结总计000000000000000",
        "hebei-kjt-2022": "结果维持结果纠正其他结果尚未审结总计000000000000000",
        "hebei-kjt-2023": "结果维持结果纠正其他结果尚未审结总计000000000000000",
        "pingtan-junshan-2022": "结果维持结果纠正其他结果尚未审结总计000000000000000",
    },
    **P,
)
add(
    "2022年哪些单位的行政诉讼是零",
    None,
    "which_reports",
    "formal",
    WR("hebei-kjt-2022", "pingtan-junshan-2022"),
    quote={
        "hebei-kjt-2022": "结果维持结果纠正其他结果尚未审结总计000000000000000",
        "pingtan-junshan-2022": "结果维持结果纠正其他结果尚未审结总计000000000000000",
    },
    **P,
)

# ---------------------------------------------------------------- round 5: values and refusals (written before running them)
add(
    "淮安市洪泽区2023年本年新收申请多少件",
    None,
    "value",
    "abbreviated",
    V(21, "件"),
    cells=px("hongze-2023", "t3.new.tot"),
    **P,
)
add(
    "江苏省淮安市洪泽区人民政府2023年予以公开了几件？",
    None,
    "value",
    "formal",
    V(0, "件"),
    cells=px("hongze-2023", "t3.r1.tot"),
    **P,
)
add(
    "洪泽区2023年复议后起诉的总计印了多少",
    None,
    "value",
    "abbreviated",
    V(0, "件"),
    cells=px("hongze-2023", "t4.lr.tot"),
    **P,
)
add(
    "平潭2021年未经复议直接起诉的案件里结果维持的有几件",
    None,
    "value",
    "abbreviated",
    V(12, "件"),
    cells=px("pingtan-2021", "t4.ld.keep"),
    **P,
)
add("其他组织提出的申请有几件？", "ankang-2022", "value", "colloquial", V(0, "件"), cells=["t3.new.oth"], **P)
add(
    "上海市政府办公厅2019年商业企业提出的申请有多少",
    None,
    "value",
    "abbreviated",
    V(35, "件"),
    cells=px("shanghai-office-2019", "t3.new.biz"),
    **P,
)
add("法律服务机构提出了几件申请", "shanghai-kewei-2024", "value", "colloquial", V(0, "件"), cells=["t3.new.law"], **P)
add("本年度办理结果总计是多少件？", "pingtan-2022", "value", "formal", V(75, "件"), cells=["t3.r7.tot"], **P)
add(
    "河北省教育厅2021年行政许可本年处理决定数量",
    None,
    "value",
    "formal",
    V(5658, None),
    cells=px("hebei-edu-2021", "t2.license.decisions"),
    **P,
)
add(
    "河北教育厅2023年行政事业性收费金额是多少",
    None,
    "value",
    "abbreviated",
    V(397.619, "万元"),
    cells=px("hebei-edu-2023", "t2.fee.amount_wan"),
    **P,
)
add(
    "洪泽区人民政府2023年行政处罚的本年处理决定有多少",
    None,
    "value",
    "formal",
    V(4119, None),
    cells=px("hongze-2023", "t2.penalty.decisions"),
    **P,
)
add(
    "上海市人民政府办公厅2019年政府集中采购总金额",
    None,
    "value",
    "formal",
    V(251000, "元"),
    cells=px("shanghai-office-2019", "t2.procurement.amount"),
    **P,
)
add(
    "上海市人民政府办公厅2019年废止了多少件规范性文件？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; GF2019 table 二 has no 废止 column",
    **P,
)
add(
    "平潭2022年政府集中采购项目数量是多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value; GF2021 has no 政府集中采购 row",
    **P,
)
add(
    "平潭综合实验区2019年规范性文件本年新制作数量",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; the glued cell has no unique split (gold null)",
    **P,
)
add(
    "河北省教育厅2019年收到了多少件政府信息公开申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; no 2019 report of 河北省教育厅 in the store",
    **P,
)
add("办理一件申请平均要多少天？", "hongze-2023", "unanswerable", "colloquial", R(), note="asked as value", **P)
add("政务公开工作有几名专职人员", "hebei-edu-2023", "unanswerable", "colloquial", R(), note="asked as value", **P)
add("上海科委2024年的信息公开预算有多少万元", None, "unanswerable", "abbreviated", R(), note="asked as value", **P)
add(
    "2019年哪些报告的本年新收申请超过100件",
    None,
    "which_reports",
    "formal",
    WR("shanghai-office-2019"),
    note="2019: 上海 859, 平潭 23, 科技厅 0, 人社厅 64 (text)",
    **P,
)
add(
    "平潭2019到2022年本年新收的申请分别是多少件",
    None,
    "trend",
    "abbreviated",
    {"values": {"pingtan-2019": 23, "pingtan-2020": 21, "pingtan-2021": 70, "pingtan-2022": 74}, "unit": "件"},
    cells=["pingtan-2019:t3.new.tot", "pingtan-2020:t3.new.tot", "pingtan-2021:t3.new.tot", "pingtan-2022:t3.new.tot"],
    **P,
)
add(
    "安康市政府办2022年和平潭2022年的行政诉讼分别几件",
    None,
    "compare",
    "abbreviated",
    {"values": {"ankang-2022": 2, "pingtan-2022": 1}, "unit": "件"},
    cells=["ankang-2022:t4.ld.tot", "ankang-2022:t4.lr.tot", "pingtan-2022:t4.ld.tot", "pingtan-2022:t4.lr.tot"],
    **P,
)
add(
    "哪几份报告的上年结转申请不为零",
    None,
    "which_reports",
    "colloquial",
    WR("ankang-2022", "pingtan-2022", "shanghai-kewei-2024", "shanghai-office-2019"),
    note="carry_in.tot: 安康2, 平潭2022 1, 科委2, 上海2019 18; 河北教育厅2021 blank",
    **P,
)
# (from an exploratory run of sub-items and columns against the gold: the two it missed)
add(
    "自然人申请的有多少",
    "pingtan-2022",
    "value",
    "colloquial",
    V(71, "件"),
    cells=["t3.new.np"],
    note="the text's 「涉及自然人72件」 counts the 1 carried over too",
    **P,
)
add("复议还没审完的有几件", "hebei-edu-2023", "value", "colloquial", V(0, "件"), cells=["t4.rv.pend"], **P)
add(
    "哪几份年报的行政复议尚未审结不为零",
    None,
    "which_reports",
    "formal",
    WR("shanghai-office-2019"),
    note="rv.pend: 上海2019 2; every other readable table 四 0",
    **P,
)
add(
    "河北教育厅2021年和2023年的行政复议各有几件",
    None,
    "compare",
    "abbreviated",
    {"values": {"hebei-edu-2021": 0, "hebei-edu-2023": 7}, "unit": "件"},
    cells=["hebei-edu-2021:t4.rv.tot", "hebei-edu-2023:t4.rv.tot"],
    **P,
)
add(
    "哪些年度的办结率低于100%",
    None,
    "which_reports",
    "colloquial",
    WR("shanghai-office-2019", "pingtan-2021", "shanghai-kewei-2024"),
    note="办理结果总计 ÷ (本年新收 + 上年结转): 上海2019 805/877, 平潭2021 69/70, 科委 35/36; the rest 100 % or unreadable",
    **P,
)
add(
    "平潭哪几年的办结率不到100%",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021"),
    note="69/70; 2019 23/23, 2020 21/21, 2022 75/75",
    **P,
)
add(
    "2022年哪些报告的行政复议和行政诉讼都不为零",
    None,
    "which_reports",
    "formal",
    WR("pingtan-2022"),
    note="2022: 平潭 rv 2 / lit 1; 安康 rv 0 / lit 2; 科技厅 and 君山 all 0",
    **P,
)
add(
    "哪些报告提到了视频号",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-edu-2023", "hebei-kjt-2022", "hebei-kjt-2023", "hebei-rst-2023", "shanghai-kewei-2024"),
    quote={
        "hebei-kjt-2022": "“科技河北”视频号发布信息263条",
        "hebei-kjt-2023": "“科技河北”视频号发布信息230条",
        "hebei-rst-2023": "视频号发布视频352条",
    },
    note="上海科委's Markdown breaks 「视频\\n号」 over a line",
    **P,
)
add(
    "平潭哪几年的报告提到了“问政平潭”",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2019", "pingtan-2020", "pingtan-2021"),
    **P,
)
add(
    "哪个数字错了？",
    "hongze-2023",
    "consistency",
    "colloquial",
    VD("inconsistent", ["H5"], {"rv printed": 0, "rv parts": 11, "lr parts": 5}),
    cells=["t4.rv.keep", "t4.rv.fix", "t4.rv.tot", "t4.lr.keep", "t4.lr.tot"],
    **P,
)
add(
    "主动公开信息总数和分类数对得上吗",
    "pingtan-junshan-2022",
    "consistency",
    "colloquial",
    VD("inconsistent", ["N"], {"printed": 156, "sum of categories": 151}),
    quote="全年主动公开信息数156条",
    **P,
)
add(
    "主动公开的各类信息条数合计与总数一致吗",
    "pingtan-2019",
    "consistency",
    "formal",
    VD("inconsistent", ["N"], {"printed": 2599, "sum of 11 categories": 2533}),
    quote="共公布政府信息2599条",
    **P,
)
add(
    "河北省人力资源和社会保障厅2019年12333人工服务量是多少",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative: the 2019 report gives no 12333 figure (2020's does)",
    **P,
)
add(
    "省人社厅2020年12333人工服务量有多少",
    None,
    "narrative",
    "abbreviated",
    V(120, "万人次"),
    quote={"hebei-rst-2020": "人工服务总量为120万人次"},
    **P,
)
add(
    "正文说收到申请56件，表格里也是56件吗",
    "ankang-2022",
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"narrative": 56, "t3.new.tot": 56}),
    cells=["t3.new.tot"],
    quote="全年共收到政府信息公开申请56件",
    **P,
)
add(
    "叙述的数字和表格一样吗",
    "ankang-2022",
    "consistency",
    "colloquial",
    VD("consistent", ["S2", "S3"], {"narrative": 56, "t3.new.tot": 56}),
    cells=["t3.new.tot"],
    quote="全年共收到政府信息公开申请56件",
    **P,
)
add(
    "哪几年平潭的新收申请比上一年多",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021", "pingtan-2022"),
    note="23, 21, 70, 74: 2021 and 2022 rose; 2019 has no year before in the store",
    **P,
)

# ================================================================ branch asktable (issue 13, table side)
# Written from the user's side before running the router on them, one block per family of the brief.
import re  # noqa: E402

from _dsl import VS  # noqa: E402

T = "t3.new.tot"

# ---------------------------------------------------------------- 1. cell choice
add("没走复议直接去法院起诉的有几件", "hebei-edu-2021", "value", "colloquial", V(6, "件"), cells=["t4.ld.tot"], **P)
add(
    "不经过复议、直接打官司的行政诉讼多少件？",
    "pingtan-2021",
    "value",
    "colloquial",
    V(12, "件"),
    cells=["t4.ld.tot"],
    **P,
)
add(
    "复议之后又起诉、维持原决定的有几件", "hebei-edu-2023", "value", "colloquial", V(6, "件"), cells=["t4.lr.keep"], **P
)
add(
    "非自然人申请人新收几件",
    "pingtan-2022",
    "value",
    "colloquial",
    V(3, "件"),
    cells=legal("new"),
    note="complement: total − 自然人",
    **P,
)
add(
    "除了自然人以外的申请人提了多少件申请？",
    "hebei-edu-2021",
    "value",
    "colloquial",
    V(3, "件"),
    cells=legal("new"),
    **P,
)
add("“其他”这一类申请人一共提了几件申请", "pingtan-2021", "value", "colloquial", V(4, "件"), cells=["t3.new.oth"], **P)
add(
    "本机关不掌握那一行里“其他”申请人那格是多少",
    "pingtan-2021",
    "value",
    "colloquial",
    V(3, "件"),
    cells=["t3.r4_1.oth"],
    **P,
)
add("补正了还是说不清要什么的有几件", "pingtan-2019", "value", "colloquial", V(5, "件"), cells=["t3.r4_3.tot"], **P)
add("得另外制作才能给的有几件", "shanghai-kewei-2024", "value", "colloquial", V(6, "件"), cells=["t3.r4_2.tot"], **P)
add("收费收了多少万", "hebei-edu-2021", "value", "colloquial", V(1163.54, "万元"), cells=["t2.fee.amount_wan"], **P)
add(
    "平潭2020年行政事业性收费比上一年增减是多少",
    None,
    "value",
    "abbreviated",
    V(-15, None),
    cells=px("pingtan-2020", "t2.fee.delta"),
    **P,
)

# ---------------------------------------------------------------- 2. arithmetic
add(
    "全部公开加部分公开占总计百分之几",
    "pingtan-2021",
    "share",
    "colloquial",
    V(50.72, "%", tol=0.05),
    cells=["t3.r1.tot", "t3.r2.tot", "t3.r7.tot"],
    calc="100*({t3.r1.tot}+{t3.r2.tot})/{t3.r7.tot}",
    **P,
)
add(
    "予以公开占办理结果总计的百分比为多少",
    "ankang-2022",
    "share",
    "formal",
    V(13.79, "%", tol=0.05),
    cells=["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
    **P,
)
add(
    "本机关不掌握的在办理结果总计中所占比重",
    "pingtan-2022",
    "share",
    "formal",
    V(49.33, "%", tol=0.05),
    cells=["t3.r4_1.tot", "t3.r7.tot"],
    calc="100*{t3.r4_1.tot}/{t3.r7.tot}",
    **P,
)
add(
    "平潭2022年新收申请占2019到2022四年合计的比例",
    None,
    "share",
    "abbreviated",
    V(39.36, "%", tol=0.05),
    cells=px("pingtan-2022", T) + px("pingtan-2019", T) + px("pingtan-2020", T) + px("pingtan-2021", T),
    calc="100*{pingtan-2022:t3.new.tot}/({pingtan-2019:t3.new.tot}+{pingtan-2020:t3.new.tot}+{pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})",
    **P,
)
add(
    "新收申请中自然人占比多少",
    "pingtan-2022",
    "share",
    "colloquial",
    V(95.95, "%", tol=0.05),
    cells=["t3.new.np", T],
    calc="100*{t3.new.np}/{t3.new.tot}",
    **P,
)
add(
    "平潭22年新收申请是19年的多少倍",
    None,
    "ratio",
    "abbreviated",
    V(3.22, "倍", tol=0.05),
    cells=px("pingtan-2022", T) + px("pingtan-2019", T),
    calc="{pingtan-2022:t3.new.tot}/{pingtan-2019:t3.new.tot}",
    **P,
)
add(
    "平潭综合实验区2019年与2022年新收申请数之比是多少",
    None,
    "ratio",
    "formal",
    V(0.31, None, tol=0.05),
    cells=px("pingtan-2019", T) + px("pingtan-2022", T),
    calc="{pingtan-2019:t3.new.tot}/{pingtan-2022:t3.new.tot}",
    **P,
)
add(
    "新收申请是办结总计的几倍",
    "hebei-edu-2021",
    "ratio",
    "colloquial",
    V(1.0, "倍", tol=0.05),
    cells=[T, "t3.r7.tot"],
    calc="{t3.new.tot}/{t3.r7.tot}",
    **P,
)
add(
    "本年新收除以办理结果总计等于多少",
    "ankang-2022",
    "ratio",
    "formal",
    V(0.97, None, tol=0.05),
    cells=[T, "t3.r7.tot"],
    calc="{t3.new.tot}/{t3.r7.tot}",
    **P,
)
add(
    "平潭2022年新收申请较2021年增加多少",
    None,
    "change",
    "abbreviated",
    V(4, "件"),
    cells=px("pingtan-2022", T) + px("pingtan-2021", T),
    calc="{pingtan-2022:t3.new.tot}-{pingtan-2021:t3.new.tot}",
    **P,
)
add(
    "平潭21年的申请比20年多出来几件",
    None,
    "change",
    "abbreviated",
    V(49, "件"),
    cells=px("pingtan-2021", T) + px("pingtan-2020", T),
    calc="{pingtan-2021:t3.new.tot}-{pingtan-2020:t3.new.tot}",
    **P,
)
add(
    "近三年一共收到多少申请",
    "pingtan-2022",
    "sum",
    "colloquial",
    V(165, "件"),
    cells=px("pingtan-2020", T) + px("pingtan-2021", T) + px("pingtan-2022", T),
    **P,
)
add(
    "处罚加强制决定一共几个",
    "hongze-2023",
    "sum",
    "colloquial",
    V(4314, None),
    cells=["t2.penalty.decisions", "t2.coercion.decisions"],
    **P,
)

# ---------------------------------------------------------------- 3. trend / list / compare
add(
    "平潭这几年新收申请怎么变的",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 23, "pingtan-2020": 21, "pingtan-2021": 70, "pingtan-2022": 74}, "件"),
    cells=px("pingtan-2019", T) + px("pingtan-2020", T) + px("pingtan-2021", T) + px("pingtan-2022", T),
    **P,
)
add(
    "平潭综合实验区历年办理结果总计各年度分别是多少",
    None,
    "trend",
    "formal",
    VS({"pingtan-2019": 23, "pingtan-2020": 21, "pingtan-2021": 69, "pingtan-2022": 75}, "件"),
    cells=[f"pingtan-{y}:t3.r7.tot" for y in (2019, 2020, 2021, 2022)],
    **P,
)
add(
    "平潭2019、2021、2022年的新收申请走势",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 23, "pingtan-2021": 70, "pingtan-2022": 74}, "件"),
    cells=px("pingtan-2019", T) + px("pingtan-2021", T) + px("pingtan-2022", T),
    **P,
)
add(
    "许可、处罚、强制的决定分别是多少",
    "hongze-2023",
    "list",
    "colloquial",
    VS({"t2.license.decisions": 550, "t2.penalty.decisions": 4119, "t2.coercion.decisions": 195}),
    cells=["t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"],
    **P,
)
add(
    "予以公开、部分公开和总计分别是几件",
    "pingtan-2022",
    "list",
    "colloquial",
    VS({"t3.r1.tot": 21, "t3.r2.tot": 9, "t3.r7.tot": 75}, "件"),
    cells=["t3.r1.tot", "t3.r2.tot", "t3.r7.tot"],
    **P,
)
add(
    "平潭21、22年和洪泽23年的新收申请各几件",
    None,
    "list",
    "abbreviated",
    VS({"pingtan-2021": 70, "pingtan-2022": 74, "hongze-2023": 21}, "件"),
    cells=px("pingtan-2021", T) + px("pingtan-2022", T) + px("hongze-2023", T),
    **P,
)

# ---------------------------------------------------------------- 4. which_reports
add(
    "平潭和上海科委的报告里，行政复议不为零的是哪些",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021", "pingtan-2022", "shanghai-kewei-2024"),
    **P,
)
add(
    "平潭哪几年有因重复申请不予处理的",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2019", "pingtan-2020"),
    note="GF2019 and GF2021 keys of the same row",
    **P,
)
add(
    "洪泽和平潭的年报里哪份有未经复议直接起诉的诉讼",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021", "pingtan-2022"),
    **P,
)
add(
    "洪泽平潭这些里哪份有行政复议被纠正的",
    None,
    "which_reports",
    "abbreviated",
    WR("hongze-2023", "pingtan-2022"),
    **P,
)
add(
    "平潭的年报中，本年新收大于零的有哪几年",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2019", "pingtan-2020", "pingtan-2021", "pingtan-2022"),
    **P,
)

# ---------------------------------------------------------------- 5. unanswerable scope
for text in (
    "北京市科委2024年新收多少件申请",
    "国务院办公厅2019年收到多少信息公开申请",
    "全国2022年一共收到多少政府信息公开申请",
    "河北省财政厅2021年新收申请多少件",
    "安康市汉滨区2022年收到了几件申请",
    "潭城片区2022年新收申请几件",
    "平谭23年新收申请有几件",
):
    style = "abbreviated" if re.search(r"科委|平谭", text) else "formal"
    add(text, None, "unanswerable", style, R(), note="asked as value: agency or year not in the store", **P)
for rid, text in (
    ("shanghai-kewei-2024", "那一件行政复议是谁申请的"),
    ("shanghai-kewei-2024", "那件行政复议是关于什么内容的"),
    ("ankang-2022", "有多少申请人来自外省"),
    ("pingtan-2022", "外国人申请了几件"),
    ("hebei-edu-2021", "律师个人申请了几件"),
    ("pingtan-2021", "全年一共办了多少件行政复议案件（不只是信息公开的）"),
):
    add(text, rid, "unanswerable", "colloquial", R(), note="asked as value: a detail the table does not hold", **P)

# ---------------------------------------------------------------- asktable, round 2 (trend, list, ratio, which, scope)
KJT = {
    "hebei-kjt-2018": "2018年，我厅收到政府信息公开申请3件",
    "hebei-kjt-2019": "2019年未收到政府信息公开申请",
    "hebei-kjt-2020": "2020年未收到政府信息公开申请",
    "hebei-kjt-2021": "2021年收到政府信息公开申请2件",
    "hebei-kjt-2022": "2022年收到政府信息公开申请11件",
    "hebei-kjt-2023": "2023年收到政府信息公开申请17件",
}
add(
    "河北科技厅这几年收到的信息公开申请是怎么变的",
    None,
    "trend",
    "abbreviated",
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
    quote=KJT,
    **P,
)
add(
    "河北省教育厅历年依申请公开的数量各年度分别是多少",
    None,
    "trend",
    "formal",
    VS({"hebei-edu-2016": 3, "hebei-edu-2018": 1, "hebei-edu-2021": 37, "hebei-edu-2023": 19}, "件"),
    cells=px("hebei-edu-2021", T) + px("hebei-edu-2023", T),
    quote={
        "hebei-edu-2016": "河北省教育厅受理依申请信息公开3件",
        "hebei-edu-2018": "河北省教育厅受理依申请信息公开1件",
    },
    **P,
)
add(
    "平潭2019、2020、2022年新收申请各是多少",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 23, "pingtan-2020": 21, "pingtan-2022": 74}, "件"),
    cells=px("pingtan-2019", T) + px("pingtan-2020", T) + px("pingtan-2022", T),
    **P,
)
add(
    "平潭历年的行政复议数量走势",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 3, "pingtan-2022": 2}, "件"),
    cells=[f"pingtan-{y}:t4.rv.tot" for y in (2019, 2020, 2021, 2022)],
    **P,
)
add(
    "平潭2021年和省教育厅2023年的新收申请各几件",
    None,
    "list",
    "abbreviated",
    VS({"pingtan-2021": 70, "hebei-edu-2023": 19}, "件"),
    cells=px("pingtan-2021", T) + px("hebei-edu-2023", T),
    **P,
)
add(
    "平潭2022年新收申请是洪泽2023年的几倍",
    None,
    "ratio",
    "abbreviated",
    V(3.52, "倍", tol=0.05),
    cells=px("pingtan-2022", T) + px("hongze-2023", T),
    calc="{pingtan-2022:t3.new.tot}/{hongze-2023:t3.new.tot}",
    **P,
)
add(
    "洪泽区人民政府2023年与安康市人民政府办公室2022年本年新收之比",
    None,
    "ratio",
    "formal",
    V(0.38, None, tol=0.05),
    cells=px("hongze-2023", T) + px("ankang-2022", T),
    calc="{hongze-2023:t3.new.tot}/{ankang-2022:t3.new.tot}",
    **P,
)
add(
    "予以公开的占办理结果总计几成",
    "hebei-edu-2021",
    "share",
    "colloquial",
    V(48.65, "%", tol=0.05),
    cells=["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
    **P,
)
add(
    "行政复议结果维持的占复议总数的比重",
    "hebei-edu-2023",
    "share",
    "formal",
    V(85.71, "%", tol=0.05),
    cells=["t4.rv.keep", "t4.rv.tot"],
    calc="100*{t4.rv.keep}/{t4.rv.tot}",
    **P,
)
add(
    "省教育厅和平潭的年报中有法律服务机构提出申请的是哪几份",
    None,
    "which_reports",
    "abbreviated",
    WR("hebei-edu-2021"),
    **P,
)
add(
    "平潭用2019版格式的年报中，哪些有部分公开的申请",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2019", "pingtan-2020"),
    **P,
)
add(
    "2021版格式的年报中，平潭哪几年有行政复议",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021", "pingtan-2022"),
    **P,
)
add(
    "新条例以前的旧式年报有哪些",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-edu-2016", "hebei-edu-2018", "hebei-kjt-2018"),
    quote={
        "hebei-edu-2016": "2016年我厅认真贯彻落实《中华人民共和国政府信息公开条例》",
        "hebei-kjt-2018": "内容包括概述、主动公开政府信息情况、依申请公开政府信息情况",
    },
    note="LEGACY: written before the 2019 revision of the 条例 and its table formats",
    **P,
)
add(
    "河北科技厅哪几年的年报写明没有收到申请",
    None,
    "which_reports",
    "abbreviated",
    WR("hebei-kjt-2019", "hebei-kjt-2020"),
    quote={k: KJT[k] for k in ("hebei-kjt-2019", "hebei-kjt-2020")},
    **P,
)
add(
    "上海市教委2024年新收几件申请",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value: agency not in the store",
    **P,
)
add(
    "洪泽区2022年新收几件申请",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value: year not in the store",
    **P,
)
add("复议申请人是哪家单位", "ankang-2022", "unanswerable", "colloquial", R(), note="asked as value: who", **P)

# ---------------------------------------------------------------- asktable, round 3
add(
    "哪些年报写明本年度未收到信息公开申请",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-kjt-2019", "hebei-kjt-2020", "pingtan-junshan-2022"),
    quote={
        "hebei-kjt-2019": KJT["hebei-kjt-2019"],
        "hebei-kjt-2020": KJT["hebei-kjt-2020"],
        "pingtan-junshan-2022": "2022年未收到依申请公开事宜",
    },
    **P,
)
add(
    "平潭和上海市政府办公厅的报告中，哪些有因重复申请被不予处理的",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2019", "pingtan-2020", "shanghai-office-2019"),
    note="上海 2019 prints the 总计 blank; its columns hold 5 + 4",
    **P,
)
add(
    "平潭、洪泽的年报里行政诉讼数不为零的有哪些",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021", "pingtan-2022", "hongze-2023"),
    note="洪泽 2023 prints 复议后起诉 总计 0 over 结果维持 5: a case is a case",
    **P,
)
add(
    "复议和诉讼各几件",
    "pingtan-2021",
    "list",
    "colloquial",
    VS({"t4.rv.tot": 3, "t4.lit.tot": 12}, "件"),
    cells=["t4.rv.tot", "t4.ld.tot", "t4.lr.tot"],
    calc={"t4.lit.tot": "{t4.ld.tot}+{t4.lr.tot}"},
    **P,
)
add(
    "许可决定数与处罚决定数之比",
    "hongze-2023",
    "ratio",
    "formal",
    V(0.13, None, tol=0.05),
    cells=["t2.license.decisions", "t2.penalty.decisions"],
    calc="{t2.license.decisions}/{t2.penalty.decisions}",
    **P,
)
add(
    "洪泽2023年新收申请比省教育厅2023年多出来几件",
    None,
    "compare",
    "abbreviated",
    V(2, "件"),
    cells=px("hongze-2023", T) + px("hebei-edu-2023", T),
    calc="{hongze-2023:t3.new.tot}-{hebei-edu-2023:t3.new.tot}",
    **P,
)
add(
    "平潭2021年和2022年一共新收多少件",
    None,
    "sum",
    "abbreviated",
    V(144, "件"),
    cells=px("pingtan-2021", T) + px("pingtan-2022", T),
    **P,
)
add("安康市汉滨区政府办2022年新收几件申请", None, "unanswerable", "formal", R(), note="a district not stored", **P)
add(
    "上海市政府办公厅这几年新收的申请怎么变",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as trend: one report",
    **P,
)
add(
    "本机关不掌握的那一行，法人或其他组织那一栏是多少",
    "pingtan-2021",
    "value",
    "colloquial",
    V(3, "件"),
    cells=legal("r4_1"),
    **P,
)
add("办理结果总计中自然人几件", "pingtan-2022", "value", "colloquial", V(72, "件"), cells=["t3.r7.np"], **P)

# ---------------------------------------------------------------- asktable, round 4 (trend, change, sum, share, ratio, list wordings)
PT = {y: f"pingtan-{y}" for y in (2019, 2020, 2021, 2022)}
add(
    "平潭四年来的申请量有什么变化",
    None,
    "trend",
    "abbreviated",
    VS({PT[2019]: 23, PT[2020]: 21, PT[2021]: 70, PT[2022]: 74}, "件"),
    cells=[f"{PT[y]}:{T}" for y in PT],
    **P,
)
add(
    "平潭综合实验区每一年办结了多少申请",
    None,
    "trend",
    "formal",
    VS({PT[2019]: 23, PT[2020]: 21, PT[2021]: 69, PT[2022]: 75}, "件"),
    cells=[f"{PT[y]}:t3.r7.tot" for y in PT],
    **P,
)
add(
    "平潭从2019年到2022年行政诉讼案件数量有何变化",
    None,
    "trend",
    "abbreviated",
    VS({PT[2019]: 0, PT[2020]: 0, PT[2021]: 12, PT[2022]: 1}, "件"),
    cells=[f"{PT[y]}:t4.{r}.tot" for y in PT for r in ("ld", "lr")],
    **P,
)
add(
    "平潭综合实验区历次年报的行政复议数",
    None,
    "trend",
    "formal",
    VS({PT[2019]: 0, PT[2020]: 0, PT[2021]: 3, PT[2022]: 2}, "件"),
    cells=[f"{PT[y]}:t4.rv.tot" for y in PT],
    **P,
)
add(
    "平潭2021年新收申请比2020年增长了百分之几",
    None,
    "change",
    "abbreviated",
    V(233.33, "%", tol=0.05),
    cells=px(PT[2021], T) + px(PT[2020], T),
    calc="100*({pingtan-2021:t3.new.tot}-{pingtan-2020:t3.new.tot})/{pingtan-2020:t3.new.tot}",
    **P,
)
add(
    "平潭2020年比2019年少了几件申请",
    None,
    "change",
    "abbreviated",
    V(-2, "件"),
    cells=px(PT[2020], T) + px(PT[2019], T),
    calc="{pingtan-2020:t3.new.tot}-{pingtan-2019:t3.new.tot}",
    **P,
)
add(
    "平潭四年一共收到多少申请",
    None,
    "sum",
    "abbreviated",
    V(188, "件"),
    cells=[f"{PT[y]}:{T}" for y in PT],
    **P,
)
add(
    "安康市政府办2022年和省教育厅2021年的行政诉讼分别是多少",
    None,
    "compare",
    "abbreviated",
    VS({"ankang-2022": 2, "hebei-edu-2021": 8}, "件"),
    cells=px("ankang-2022", "t4.ld.tot", "t4.lr.tot") + px("hebei-edu-2021", "t4.ld.tot", "t4.lr.tot"),
    **P,
)
add(
    "予以公开的比例是多少",
    "pingtan-2022",
    "share",
    "colloquial",
    V(28.0, "%", tol=0.05),
    cells=["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
    **P,
)
add(
    "新收的申请里，企业申请的占几成",
    "pingtan-2022",
    "share",
    "colloquial",
    V(4.05, "%", tol=0.05),
    cells=["t3.new.biz", T],
    calc="100*{t3.new.biz}/{t3.new.tot}",
    **P,
)
add(
    "行政处罚决定占许可、处罚、强制决定总数的比例",
    "hongze-2023",
    "share",
    "formal",
    V(84.68, "%", tol=0.05),
    cells=["t2.penalty.decisions", "t2.license.decisions", "t2.coercion.decisions"],
    calc="100*{t2.penalty.decisions}/({t2.license.decisions}+{t2.penalty.decisions}+{t2.coercion.decisions})",
    **P,
)
add(
    "办结数与新收数的比值",
    "pingtan-2022",
    "ratio",
    "formal",
    V(1.01, None, tol=0.05),
    cells=["t3.r7.tot", T],
    calc="{t3.r7.tot}/{t3.new.tot}",
    **P,
)
add(
    "平潭2021年的复议数量是2022年的几倍",
    None,
    "ratio",
    "abbreviated",
    V(1.5, "倍", tol=0.05),
    cells=px(PT[2021], "t4.rv.tot") + px(PT[2022], "t4.rv.tot"),
    calc="{pingtan-2021:t4.rv.tot}/{pingtan-2022:t4.rv.tot}",
    **P,
)
add(
    "自然人申请是法人或其他组织申请的多少倍",
    "pingtan-2021",
    "ratio",
    "formal",
    V(10.67, "倍", tol=0.05),
    cells=["t3.new.np"] + legal("new"),
    calc="{t3.new.np}/({t3.new.biz}+{t3.new.sci}+{t3.new.npo}+{t3.new.law}+{t3.new.oth})",
    **P,
)
add(
    "予以公开、部分公开、不予公开各多少件",
    "pingtan-2021",
    "list",
    "colloquial",
    VS({"t3.r1.tot": 30, "t3.r2.tot": 5, "t3.r3.tot": 8}, "件"),
    cells=["t3.r1.tot", "t3.r2.tot"] + S3,
    calc={"t3.r3.tot": "+".join("{" + k + "}" for k in S3)},
    **P,
)
add(
    "表四中复议、直接起诉、复议后起诉各有几件",
    "hebei-edu-2023",
    "list",
    "formal",
    VS({"t4.rv.tot": 7, "t4.ld.tot": 0, "t4.lr.tot": 7}, "件"),
    cells=["t4.rv.tot", "t4.ld.tot", "t4.lr.tot"],
    **P,
)

# ---------------------------------------------------------------- asktable, round 5
RST = {"hebei-rst-2019": "全年共受理政府信息公开申请64件", "hebei-rst-2020": "全年共受理政府信息公开申请78件"}
add(
    "河北省人社厅2019年和2020年受理的信息公开申请数量有何变化",
    None,
    "change",
    "abbreviated",
    V(14, "件"),
    quote=RST,
    calc="78-64",
    note="both tables are pictures: the text's figures",
    **P,
)
add(
    "平潭历年不予公开的申请数",
    None,
    "trend",
    "abbreviated",
    VS({PT[2019]: 0, PT[2020]: 0, PT[2021]: 8, PT[2022]: 4}, "件"),
    cells=[f"{PT[y]}:{k}" for y in PT for k in S3],
    **P,
)
add(
    "平潭综合实验区2021年和2022年行政许可决定数分别是多少",
    None,
    "compare",
    "formal",
    VS({PT[2021]: 2293, PT[2022]: 10690}),
    cells=[f"{PT[y]}:t2.license.decisions" for y in (2021, 2022)],
    **P,
)
add(
    "平潭2022年的行政处罚决定数是2021年的几倍",
    None,
    "ratio",
    "abbreviated",
    V(1.65, "倍", tol=0.05),
    cells=[f"{PT[y]}:t2.penalty.decisions" for y in (2022, 2021)],
    calc="{pingtan-2022:t2.penalty.decisions}/{pingtan-2021:t2.penalty.decisions}",
    **P,
)
add(
    "行政复议维持、纠正各几件",
    "hongze-2023",
    "list",
    "colloquial",
    VS({"t4.rv.keep": 10, "t4.rv.fix": 1}, "件"),
    cells=["t4.rv.keep", "t4.rv.fix"],
    **P,
)
add(
    "本机关不掌握的占全部办结数的比例",
    "hongze-2023",
    "share",
    "formal",
    V(47.62, "%", tol=0.05),
    cells=["t3.r4_1.tot", "t3.r7.tot"],
    calc="100*{t3.r4_1.tot}/{t3.r7.tot}",
    **P,
)
add(
    "本年新收与上年结转之和",
    "pingtan-2022",
    "sum",
    "formal",
    V(75, "件"),
    cells=[T, "t3.carry_in.tot"],
    **P,
)
add(
    "省教育厅这几年因信息公开被申请行政复议的情况",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-edu-2016": 0, "hebei-edu-2018": 0, "hebei-edu-2021": 0, "hebei-edu-2023": 7}, "件"),
    cells=["hebei-edu-2021:t4.rv.tot", "hebei-edu-2023:t4.rv.tot"],
    quote={
        "hebei-edu-2016": "没有因政府信息公开而被提起的行政复议或行政诉讼",
        "hebei-edu-2018": "没有因政府信息公开而被提起的行政复议或行政诉讼",
    },
    **P,
)

# ---------------------------------------------------------------- asktable, round 6: one row against another, per report
add(
    "平潭哪几年办结的申请比新收的多",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2022"),
    note="r7 against new of each report: 23/23, 21/21, 69/70, 75/74",
    **P,
)
add(
    "平潭和上海科委的年报里，新收多于办结的是哪些",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021"),
    **P,
)

# ================================================================ branch asktable3 (issue 13, table / consistency side)
# Written from the user's side before running the router on them, one block per family of the brief.
# ---------------------------------------------------------------- 1. consistency: each side shown
add(
    "正文讲的收件数、办结数、转到下年的数和表三都一致吗",
    "pingtan-2021",
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"t3.new.tot": 70, "t3.r7.tot": 69, "t3.carry_out.tot": 1}),
    cells=["t3.new.tot", "t3.r7.tot", "t3.carry_out.tot"],
    **P,
)
add(
    "表三办理结果各项相加和总计19件相符吗",
    "hebei-edu-2023",
    "consistency",
    "colloquial",
    VD("consistent", ["H3"], {"t3.r7.tot": 19}),
    cells=["t3.r7.tot"],
    **P,
)
add(
    "上年结转加本年新收，是否等于办结总数加结转下年度",
    "shanghai-kewei-2024",
    "consistency",
    "formal",
    VD("inconsistent", ["H1"], {"in": 36, "t3.r7.tot": 35}),
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
    note="结转下年度 printed blank: not checkable",
    **P,
)
# ---------------------------------------------------------------- 2. sub-items, zeros included
add(
    "无法提供这一类里每种情况分别几件",
    "hebei-edu-2023",
    "list",
    "colloquial",
    VS({"t3.r4_1.tot": 2, "t3.r4_2.tot": 1, "t3.r4_3.tot": 0}, "件"),
    cells=S4,
    **P,
)
add(
    "洪泽2023年行政许可、处罚、强制各有多少决定",
    None,
    "list",
    "abbreviated",
    VS(
        {
            "hongze-2023:t2.license.decisions": 550,
            "hongze-2023:t2.penalty.decisions": 4119,
            "hongze-2023:t2.coercion.decisions": 195,
        },
        "件",
    ),
    cells=px("hongze-2023", "t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"),
    **P,
)
add(
    "上海科委2024年新收的申请里，自然人和商业企业各有几件",
    None,
    "list",
    "abbreviated",
    VS({"shanghai-kewei-2024:t3.new.np": 32, "shanghai-kewei-2024:t3.new.biz": 2}, "件"),
    cells=px("shanghai-kewei-2024", "t3.new.np", "t3.new.biz"),
    **P,
)
# ---------------------------------------------------------------- 3. sums and shares over years
add(
    "平潭四年加起来新收多少申请",
    None,
    "sum",
    "abbreviated",
    V(188, "件"),
    cells=[f"pingtan-{y}:t3.new.tot" for y in (2019, 2020, 2021, 2022)],
    **P,
)
add(
    "平潭2019、2020年新收申请合计里，2020年占几成",
    None,
    "share",
    "abbreviated",
    V(47.73, "%", tol=0.05),
    cells=["pingtan-2019:t3.new.tot", "pingtan-2020:t3.new.tot"],
    calc="100 * 21 / (23 + 21)",
    **P,
)
# ---------------------------------------------------------------- 4. which reports, candidates named or left out
add(
    "未经复议直接起诉的：平潭、省教育厅各有哪年",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021", "pingtan-2022", "hebei-edu-2021"),
    **P,
)
add(
    "除了上海市府办以外，还有哪几份报告有上年结转的申请",
    None,
    "which_reports",
    "abbreviated",
    WR("ankang-2022", "pingtan-2022", "shanghai-kewei-2024"),
    **P,
)
add(
    "君山片区和省科技厅哪几年没有申请",
    None,
    "which_reports",
    "abbreviated",
    WR("hebei-kjt-2019", "hebei-kjt-2020", "pingtan-junshan-2022"),
    quote={
        "hebei-kjt-2019": "未收到政府信息公开申请",
        "hebei-kjt-2020": "未收到政府信息公开申请",
        "pingtan-junshan-2022": "未收到依申请公开事宜",
    },
    note="kjt 2019/2020 said in the text (tables not read)",
    **P,
)
add(
    "按行政许可决定数，把用新版表格的年报排个前三",
    None,
    "rank",
    "colloquial",
    VS(
        {"pingtan-2022": 10690, "hebei-edu-2023": 7417, "hebei-edu-2021": 5658},
        "件",
        order=["pingtan-2022", "hebei-edu-2023", "hebei-edu-2021"],
    ),
    cells=[
        "pingtan-2022:t2.license.decisions",
        "hebei-edu-2023:t2.license.decisions",
        "hebei-edu-2021:t2.license.decisions",
    ],
    **P,
)
add(
    "收费金额从高到低排：平潭、洪泽、省教育厅",
    None,
    "rank",
    "abbreviated",
    VS(
        {"pingtan-2021": 24252.311082, "pingtan-2022": 9116.36, "hongze-2023": 7730.28, "hebei-edu-2021": 1163.54},
        "万元",
        order=["pingtan-2021", "pingtan-2022", "hongze-2023", "hebei-edu-2021"],
    ),
    cells=[f"{r}:t2.fee.amount_wan" for r in ("pingtan-2021", "pingtan-2022", "hongze-2023", "hebei-edu-2021")],
    **P,
)
# ---------------------------------------------------------------- 5. refusals
add(
    "明年的年报里复议有几件",
    "hebei-edu-2023",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value: a year not stored",
    **P,
)
add(
    "行政诉讼的原告都是什么类型的",
    "hongze-2023",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as list: table 四 counts cases by outcome only",
    **P,
)
add(
    "平潭四份年报里，哪一年予以公开在新收申请中的占比最低",
    None,
    "rank",
    "abbreviated",
    VS(
        {"pingtan-2022": 28.38, "pingtan-2019": 30.43, "pingtan-2020": 33.33, "pingtan-2021": 42.86},
        "%",
        order=["pingtan-2022", "pingtan-2019", "pingtan-2020", "pingtan-2021"],
        tol=0.05,
    ),
    cells=[f"pingtan-{y}:t3.{r}.tot" for y in (2019, 2020, 2021, 2022) for r in ("r1", "new")],
    **P,
)

# ================================================================ branch asktable4 (issue 13, table / cross-report side)
# Written from the user's side before running the router on them, one per family of the brief.
add(
    "河北科技厅2022年一共受理了几件信息公开申请",
    None,
    "value",
    "abbreviated",
    V(11, "件"),
    quote={"hebei-kjt-2022": "2022年收到政府信息公开申请11件"},
    note="表三's 新收 row glued beyond a split: the figure the text states",
    **P,
)
add(
    "平潭20、22两年行政复议合计多少件",
    None,
    "sum",
    "abbreviated",
    V(2, "件"),
    cells=["pingtan-2020:t4.rv.tot", "pingtan-2022:t4.rv.tot"],
    note="two years written as a list: not every stored year",
    **P,
)
add(
    "行政复议超过1件的年报",
    None,
    "which_reports",
    "colloquial",
    WR("shanghai-office-2019", "pingtan-2021", "pingtan-2022", "hebei-edu-2023"),
    cells=[f"{r}:t4.rv.tot" for r in ("shanghai-office-2019", "pingtan-2021", "pingtan-2022", "hebei-edu-2023")],
    note="a set named after its condition",
    **P,
)
add(
    "从上年度转过来还没办的申请有几件",
    "pingtan-2022",
    "value",
    "colloquial",
    V(1, "件"),
    cells=["t3.carry_in.tot"],
    note="上年度转过来 is the carried-over row, not 2021",
    **P,
)
add(
    "平潭2019年行政许可处理决定数比前一年度增加多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="a named column's change needs 2018, which is not stored",
    **P,
)
add(
    "洪泽2024年打算从哪些方面改进政务公开",
    None,
    "problems",
    "abbreviated",
    CT("跟班学习制度"),
    quote={"hongze-2023": "实行政府信息公开工作人员跟班学习制度"},
    note="next year's plans are in the 2023 report",
    **P,
)

# ================================================================ branch asktable5 (issue 13, table / cross-report side)
# Written from the user's side for the families of blind7's table misses, each failing before the fix.
add(
    "平潭2021年 new applications 有几件",
    None,
    "value",
    "abbreviated",
    V(70, "件"),
    cells=["pingtan-2021:t3.new.tot"],
    note="English words of the reports' vocabulary",
    **P,
)
add(
    "洪泽2023年 applications 一共多少",
    None,
    "value",
    "abbreviated",
    V(21, "件"),
    cells=["hongze-2023:t3.new.tot"],
    note="English words of the reports' vocabulary",
    **P,
)
add(
    "平潭2021和2022年的行政复议加总",
    None,
    "sum",
    "abbreviated",
    V(5, "件"),
    cells=["pingtan-2021:t4.rv.tot", "pingtan-2022:t4.rv.tot"],
    note="加总 is a sum",
    **P,
)
add(
    "洪泽和安康的予以公开汇总一下",
    None,
    "sum",
    "abbreviated",
    V(8, "件"),
    cells=["hongze-2023:t3.r1.tot", "ankang-2022:t3.r1.tot"],
    note="汇总 is a sum, not a comparison of two agencies",
    **P,
)
add(
    "河北科技厅2020依申请公开有几件",
    None,
    "value",
    "abbreviated",
    V(0, "件"),
    quote={"hebei-kjt-2020": "2020年未收到政府信息公开申请"},
    note="依申请公开 said bare is the applications received",
    **P,
)
add(
    "河北省科学技术厅哪几年的依申请公开是零",
    None,
    "which_reports",
    "formal",
    WR("hebei-kjt-2019", "hebei-kjt-2020"),
    quote={"hebei-kjt-2019": "2019年未收到政府信息公开申请", "hebei-kjt-2020": "2020年未收到政府信息公开申请"},
    **P,
)
add(
    "河北省教育厅哪几年的新收申请到了两位数",
    None,
    "which_reports",
    "formal",
    WR("hebei-edu-2021", "hebei-edu-2023"),
    cells=["hebei-edu-2021:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
    note="two digits: a bound of 10 at least",
    **P,
)
add(
    "有哪些2019年的年报",
    None,
    "which_reports",
    "colloquial",
    WR("shanghai-office-2019", "pingtan-2019", "hebei-rst-2019", "hebei-kjt-2019"),
    quote={"hebei-rst-2019": "2019年，省人社厅坚持", "hebei-kjt-2019": "2019年以来，河北省科学技术厅"},
    note="the catalogue of a year written between 哪些 and 年报",
    **P,
)
add(
    "为啥省科技厅2023年申请比2022年多",
    None,
    "change",
    "abbreviated",
    V(6, "件"),
    calc="17-11",
    quote={"hebei-kjt-2023": "2023年收到政府信息公开申请17件", "hebei-kjt-2022": "2022年收到政府信息公开申请11件"},
    note="an ask glued before a short agency form is not a place 「为啥省」",
    **P,
)
add(
    "复议案件省教育厅2021和2023谁少",
    None,
    "rank",
    "abbreviated",
    VS({"hebei-edu-2021": 0, "hebei-edu-2023": 7}, "件", order=["hebei-edu-2021", "hebei-edu-2023"]),
    cells=["hebei-edu-2021:t4.rv.tot", "hebei-edu-2023:t4.rv.tot"],
    note="an ask glued before a short agency form is not a place 「诉讼案件省」",
    **P,
)
add(
    "平潭行政处罚2022年比2021年增加了多少件",
    None,
    "change",
    "abbreviated",
    V(831, "件"),
    cells=["pingtan-2021:t2.penalty.decisions", "pingtan-2022:t2.penalty.decisions"],
    calc="{pingtan-2022:t2.penalty.decisions}-{pingtan-2021:t2.penalty.decisions}",
    note="表二 change between two reports in 件: the decisions, not 本年增/减",
    **P,
)
add(
    "平潭行政强制2022年比2021年增加了几件",
    None,
    "change",
    "abbreviated",
    V(-42, "件"),
    cells=["pingtan-2021:t2.coercion.decisions", "pingtan-2022:t2.coercion.decisions"],
    calc="{pingtan-2022:t2.coercion.decisions}-{pingtan-2021:t2.coercion.decisions}",
    note="表二 change between two reports in 件; a wrong premise (it fell)",
    **P,
)
add(
    "2023年新收申请最多的是洪泽吗",
    None,
    "rank",
    "abbreviated",
    VS({"hongze-2023": 21}, "件", order=["hongze-2023"]),
    cells=["hongze-2023:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
    note="the agency named is the guess put to the ranking of the whole store",
    **P,
)
add(
    "行政许可最多的是省教育厅吗",
    None,
    "rank",
    "abbreviated",
    VS({"pingtan-2022": 10690}, "件", order=["pingtan-2022"]),
    cells=["pingtan-2022:t2.license.decisions"],
    note="the guess is wrong: the top of the whole store",
    **P,
)
add(
    "行政处罚处理决定最多的是哪一份报告",
    None,
    "rank",
    "formal",
    VS({"hongze-2023": 4119}, "件", order=["hongze-2023"]),
    cells=["hongze-2023:t2.penalty.decisions"],
    note="「最多的是哪一份」 is a ranking, not a set",
    **P,
)
add(
    "平潭2019和2020哪个的表三对不上",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2020"),
    cells=["pingtan-2020:t3.r7.tot"],
    note="which of the reports named fails a check",
    **P,
)
add(
    "安康和洪泽哪个的表四有问题",
    None,
    "which_reports",
    "abbreviated",
    WR("hongze-2023"),
    cells=["hongze-2023:t4.rv.tot"],
    note="which of the reports named fails a check",
    **P,
)
add(
    "平潭2021法人申请占比",
    None,
    "share",
    "abbreviated",
    V(8.57, "%", tol=0.05),
    cells=[f"pingtan-2021:t3.new.{c}" for c in ("tot", *LEGAL)],
    calc="100*({pingtan-2021:t3.new.biz}+{pingtan-2021:t3.new.sci}+{pingtan-2021:t3.new.npo}"
    "+{pingtan-2021:t3.new.law}+{pingtan-2021:t3.new.oth})/{pingtan-2021:t3.new.tot}",
    note="a year written without 年 before an applicant column",
    **P,
)
add(
    "河北省科技厅新闻发布会次数2019-2021",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2019": 5, "hebei-kjt-2020": 7, "hebei-kjt-2021": 7}, "次"),
    quote={"hebei-kjt-2019": "新闻发布会5次", "hebei-kjt-2020": "新闻发布会7次", "hebei-kjt-2021": "新闻发布会7次"},
    note="a narrative series over a trailing year range",
    **P,
)
add(
    "河北科技厅2023年清理的规范性文件分项加起来是不是53",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["N"], {"total": 53, "kept": 49, "revised": 3, "repealed": 1}),
    quote={"hebei-kjt-2023": "49件保留、3件列入限期修改、1件予以废止或宣布失效"},
    note="a checked figure without its unit",
    **P,
)
add(
    "平潭2022年各部门收到的申请分别多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="a breakdown by departments: the tables count the body's applications as one",
    **P,
)
add(
    "平潭2022年全区各乡镇的行政复议有几件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="a breakdown by townships: never the body's total",
    **P,
)
add(
    "平潭2022年其他处理了多少件",
    None,
    "value",
    "abbreviated",
    V(4, "件"),
    cells=[f"pingtan-2022:t3.r6_{i}.tot" for i in (1, 2, 3)],
    note="a row ending in 处理 before 多少件 is that row, never 办理结果总计 (was 75)",
    **P,
)
add(
    "上海市府办2019年结转下年度的申请数是上年结转申请数的几倍",
    None,
    "ratio",
    "abbreviated",
    V(4, None, tol=0.05),
    cells=["shanghai-office-2019:t3.carry_out.tot", "shanghai-office-2019:t3.carry_in.tot"],
    calc="{shanghai-office-2019:t3.carry_out.tot}/{shanghai-office-2019:t3.carry_in.tot}",
    note="申请数 after a row named is that row's noun",
    **P,
)
add(
    "平潭2020–2022年行政复议一共几件",
    None,
    "sum",
    "abbreviated",
    V(5, "件"),
    cells=[f"pingtan-{y}:t4.rv.tot" for y in (2020, 2021, 2022)],
    note="a year range written with an en dash",
    **P,
)
add(
    "平潭哪一年办理的申请最少",
    None,
    "rank",
    "abbreviated",
    VS(
        {"pingtan-2020": 21, "pingtan-2019": 23, "pingtan-2021": 69, "pingtan-2022": 75},
        "件",
        order=["pingtan-2020", "pingtan-2019", "pingtan-2021", "pingtan-2022"],
    ),
    cells=[f"pingtan-{y}:t3.r7.tot" for y in (2019, 2020, 2021, 2022)],
    note="the applications handled are 办理结果总计",
    **P,
)
add(
    "河北人社厅有几份年报，各是哪年的",
    None,
    "which_reports",
    "abbreviated",
    WR("hebei-rst-2019", "hebei-rst-2020", "hebei-rst-2023"),
    quote={
        "hebei-rst-2019": "2019年，省人社厅坚持",
        "hebei-rst-2020": "2020年",
        "hebei-rst-2023": "2023年",
    },
    note="the catalogue of one agency, each year asked",
    **P,
)
add(
    "2023年度的报告有哪几份（比如洪泽等）",
    None,
    "which_reports",
    "abbreviated",
    WR("hebei-rst-2023", "hebei-edu-2023", "hebei-kjt-2023", "hongze-2023"),
    quote={"hebei-rst-2023": "2023年", "hebei-kjt-2023": "2023年"},
    note="examples in brackets do not narrow the set",
    **P,
)
add(
    "省教育厅21、23年依申请公开加起来多少件",
    None,
    "sum",
    "abbreviated",
    V(56, "件"),
    cells=["hebei-edu-2021:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
    note="依申请公开 said bare before 加起来",
    **P,
)
add(
    "平潭22年公开和部分公开一共占总计的比例",
    None,
    "share",
    "abbreviated",
    V(40, "%", tol=0.05),
    cells=["pingtan-2022:t3.r1.tot", "pingtan-2022:t3.r2.tot", "pingtan-2022:t3.r7.tot"],
    calc="100*({pingtan-2022:t3.r1.tot}+{pingtan-2022:t3.r2.tot})/{pingtan-2022:t3.r7.tot}",
    note="公开 said bare beside 部分公开 is 予以公开",
    **P,
)
add(
    "安康2022年全部或部分公开的有多少件",
    None,
    "sum",
    "colloquial",
    V(25, "件"),
    cells=["ankang-2022:t3.r1.tot", "ankang-2022:t3.r2.tot"],
    note="全部或部分公开: the two rows counted together",
    **P,
)
add(
    "洪泽23年收的申请是省教育厅23年的几倍",
    None,
    "ratio",
    "abbreviated",
    V(1.11, None, tol=0.05),
    cells=["hongze-2023:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
    calc="{hongze-2023:t3.new.tot}/{hebei-edu-2023:t3.new.tot}",
    note="收的申请 is the applications received",
    **P,
)
add(
    "平潭2022年新收占2019-2022四年合计的多少",
    None,
    "share",
    "abbreviated",
    V(39.36, "%", tol=0.05),
    cells=[f"pingtan-{y}:t3.new.tot" for y in (2019, 2020, 2021, 2022)],
    calc="100*{pingtan-2022:t3.new.tot}/({pingtan-2019:t3.new.tot}+{pingtan-2020:t3.new.tot}"
    "+{pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})",
    note="a year's share of a range written out (was the sum)",
    **P,
)
add(
    "平潭22年申请量在近两年总量里占几成",
    None,
    "share",
    "abbreviated",
    V(51.39, "%", tol=0.05),
    cells=["pingtan-2021:t3.new.tot", "pingtan-2022:t3.new.tot"],
    calc="100*{pingtan-2022:t3.new.tot}/({pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})",
    note="the whole is the recent years up to the one named",
    **P,
)
add(
    "平潭这几年哪一年依申请公开最少",
    None,
    "rank",
    "abbreviated",
    VS(
        {"pingtan-2020": 21, "pingtan-2019": 23, "pingtan-2021": 70, "pingtan-2022": 74},
        "件",
        order=["pingtan-2020", "pingtan-2019", "pingtan-2021", "pingtan-2022"],
    ),
    cells=[f"pingtan-{y}:t3.new.tot" for y in (2019, 2020, 2021, 2022)],
    note="依申请公开 said bare before 最少",
    **P,
)
add(
    "部分公开的申请里，自然人申请人占几件",
    "ankang-2022",
    "value",
    "colloquial",
    V(16, "件"),
    cells=["t3.r2.np"],
    note="占 with a count unit asks how many, not a share",
    **P,
)
add(
    "我们跟洪泽的新收申请哪边多",
    "hebei-edu-2023",
    "compare",
    "abbreviated",
    VS({"hongze-2023": 21, "hebei-edu-2023": 19}, "件", order=["hongze-2023", "hebei-edu-2023"]),
    cells=["hongze-2023:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
    note="哪边 brings the agency named beside the report read",
    **P,
)
add(
    "上海市府办2019和上海科委2024的重复申请谁多",
    None,
    "rank",
    "abbreviated",
    VS(
        {"shanghai-office-2019": 9, "shanghai-kewei-2024": 0},
        "件",
        order=["shanghai-office-2019", "shanghai-kewei-2024"],
    ),
    cells=[f"shanghai-office-2019:t3.r5_2.{c}" for c in ("np", "biz")] + ["shanghai-kewei-2024:t3.r5_2.tot"],
    note="a 总计 printed blank over filled columns: their sum, said",
    **P,
)
add(
    "洪泽2023年表四是不是有问题",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["H5"], {"rv printed": 0, "rv parts": 11}),
    cells=px("hongze-2023", "t4.rv.keep", "t4.rv.fix", "t4.rv.tot"),
    note="是不是有问题 asks a check",
    **P,
)
add(
    "平潭2022年正文75件跟表三74件是怎么回事",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S2"], {"text": 75, "pingtan-2022:t3.new.tot": 74, "pingtan-2022:t3.carry_in.tot": 1}),
    cells=["pingtan-2022:t3.new.tot", "pingtan-2022:t3.carry_in.tot"],
    quote={"pingtan-2022": "收到政府信息公开申请75件"},
    note="表三…怎么回事 asks a check",
    **P,
)
add(
    "省科技厅22年规范性文件废了几件",
    None,
    "value",
    "abbreviated",
    V(8, "件"),
    quote={"hebei-kjt-2022": "8件文件予以废止或宣布失效"},
    note="废了 is the repealed column",
    **P,
)
add(
    "平潭2023年 new applications 多少件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="English words, a year not stored",
    **P,
)
add(
    "安康2022年各县区收到的申请各多少件",
    None,
    "unanswerable",
    "colloquial",
    R(),
    note="a breakdown by counties: the tables count the body's applications as one",
    **P,
)
add(
    "洪泽2021和2022年的行政复议加总",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="加总 over years not stored",
    **P,
)
add(
    "河北省教育厅2016年自然人提出的申请有几件",
    None,
    "unanswerable",
    "formal",
    R(),
    note="a column of a report without a readable table: the text's total is not the column",
    **P,
)
add(
    "河北人社厅2019年商业企业申请了多少件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="a column of a report whose table is an image: the text's total is not the column",
    **P,
)
add(
    "无法提供的各子项是多少",
    "ankang-2022",
    "list",
    "colloquial",
    VS({"t3.r4_1.tot": 25, "t3.r4_2.tot": 0, "t3.r4_3.tot": 0}, "件"),
    cells=S4,
    note="each sub-item asked: the zeros are said too",
    **P,
)
# ---------------------------------------------------------------- blind8's new families (branch askblind8)
# averages over reports, places in a ranking, rows and columns of 表三 by position, units asked at another
# scale, a share's change in 百分点, 「两年前」, 繁體 characters: each phrasing written before the fix
add(
    "平潭2020到2022年平均每年新收申请多少件",
    None,
    "ratio",
    "abbreviated",
    V(55, "件"),
    cells=[f"{r}:t3.new.tot" for r in ("pingtan-2020", "pingtan-2021", "pingtan-2022")],
    calc="({pingtan-2020:t3.new.tot}+{pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})/3",
    note="average",
    **P,
)
add(
    "安康市政府办和洪泽区政府平均收到多少件申请",
    None,
    "ratio",
    "abbreviated",
    V(38.5, "件"),
    cells=["ankang-2022:t3.new.tot", "hongze-2023:t3.new.tot"],
    calc="({ankang-2022:t3.new.tot}+{hongze-2023:t3.new.tot})/2",
    note="average over two agencies (one report each)",
    **P,
)
add(
    "平潭2019到2022年新收申请倒数第二的是哪年",
    None,
    "rank",
    "abbreviated",
    V(23, "件"),
    calc="{pingtan-2019:t3.new.tot}",
    note="倒数第二: 21 < 23 < 70 < 74",
    **P,
)
add(
    "省科技厅2021—2023年新收申请排第二的那年是多少件",
    None,
    "rank",
    "abbreviated",
    V(11, "件"),
    quote={"hebei-kjt-2022": "2022年收到政府信息公开申请11件"},
    note="排第二: 17 > 11 > 2 (2022 from the text)",
    **P,
)
add(
    "安康2022年表三第（四）项第1目自然人那一栏是多少",
    None,
    "value",
    "colloquial",
    V(25, "件"),
    cells=["ankang-2022:t3.r4_1.np"],
    note="row named by its position in 表三",
    **P,
)
add(
    "平潭2021年表三第（三）项第8目",
    None,
    "value",
    "abbreviated",
    V(1, "件"),
    cells=["pingtan-2021:t3.r3_8.tot"],
    note="row named by its position in 表三",
    **P,
)
add(
    "平潭2021年表三本年新收第一栏是多少",
    None,
    "value",
    "abbreviated",
    V(64, "件"),
    cells=["pingtan-2021:t3.new.np"],
    note="column named by its position in 表三 (自然人 is the first)",
    **P,
)
add(
    "平潭2022年全区主动公开政府信息大约几万条",
    None,
    "narrative",
    "abbreviated",
    V(14571, "条"),
    quote={"pingtan-2022": "2022年全区共主动公开政府信息14571条"},
    note="asked in another unit than printed (a pure scale of it is fine)",
    **P,
)
add(
    "平潭2022年行政事业性收费是多少亿元",
    None,
    "value",
    "abbreviated",
    V(9116.36, "万元"),
    cells=["pingtan-2022:t2.fee.amount_wan"],
    note="asked in another unit than printed (a pure scale of it is fine)",
    **P,
)
add(
    "河北省科技厅2020年微博微信关注总量约多少万人",
    None,
    "narrative",
    "abbreviated",
    V(5.1, "万人"),
    quote={"hebei-kjt-2020": "关注总量达5.1万余人"},
    note="asked in another unit than printed (a pure scale of it is fine)",
    **P,
)
add(
    "平潭2022年自然人申请占新收申请的比例比2021年高了几个百分点",
    None,
    "change",
    "abbreviated",
    V(4.52, "个百分点", tol=0.05),
    calc="100*{pingtan-2022:t3.new.np}/{pingtan-2022:t3.new.tot}-100*{pingtan-2021:t3.new.np}/{pingtan-2021:t3.new.tot}",
    note="百分点: 71/74 = 95.95 % vs 64/70 = 91.43 %",
    **P,
)
add(
    "两年前收了多少件申请",
    "pingtan-2022",
    "value",
    "colloquial",
    V(21, "件"),
    cells=["pingtan-2020:t3.new.tot"],
    note="两年前 of 平潭 2022 = 2020",
    **P,
)
add(
    "河北省教育廳2021年行政復議多少件",
    None,
    "value",
    "colloquial",
    V(0, "件"),
    cells=["hebei-edu-2021:t4.rv.tot"],
    note="traditional characters",
    **P,
)
add(
    "平潭哪一年的行政事业性收费高于2亿元",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021"),
    cells=["pingtan-2021:t2.fee.amount_wan", "pingtan-2022:t2.fee.amount_wan"],
    note="a bound in 亿元 of a cell in 万元 (2亿元 = 20000万元)",
    **P,
)
add(
    "安康市政府办2022年网站发布的政务信息约有几万条",
    None,
    "narrative",
    "abbreviated",
    V(13050, "条"),
    quote={"ankang-2022": "市政府网站共发布各类政务信息13050余条"},
    note="asked in another unit than printed (a pure scale of it is fine)",
    **P,
)
add(
    "河北省人社厅2019年12333接听电话总时长的增幅",
    None,
    "narrative",
    "abbreviated",
    V(24.1, "%"),
    quote={"hebei-rst-2019": "接听电话总时长为3.6万小时，比去年同期增长24.1%"},
    note="a change the text states, asked bare (同比增幅)",
    **P,
)
add(
    "平潭新收申请第二少的是哪年",
    None,
    "rank",
    "abbreviated",
    V(23, "件"),
    calc="{pingtan-2019:t3.new.tot}",
    note="第二少: 21 < 23 < 70 < 74",
    **P,
)

# ---------------------------------------------------------------- scope over many bodies (branch askscope)
# a short name without its 局/厅 is its body; a department written after a stored government's place is
# that department (absent here: refused), never the government; a body the store lacks never widens the
# question to every report of the year
add(
    "河北教育2023年收到多少申请",
    None,
    "value",
    "colloquial",
    V(19, "件"),
    cells=px("hebei-edu-2023", "t3.new.tot"),
    note="a department's short form without 厅",
    **P,
)
add(
    "上海科技2024年新收申请几件",
    None,
    "value",
    "colloquial",
    V(34, "件"),
    cells=px("shanghai-kewei-2024", "t3.new.tot"),
    note="上海科委 by its stem",
    **P,
)
add(
    "安康市教育局2022年收到多少申请",
    None,
    "unanswerable",
    "formal",
    R(),
    note="安康's government office is stored, its 教育局 is not: never the office's figure",
    **P,
)
add(
    "平潭的财政局2022年收到多少申请",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="a department of a stored place, written with 的",
    **P,
)
add(
    "公安局2023年一共收到多少申请",
    None,
    "unanswerable",
    "colloquial",
    R(),
    note="a body no stored report answers to: not the whole store's 2023 total",
    **P,
)
