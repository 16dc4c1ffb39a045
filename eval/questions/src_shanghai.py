"""Questions about shanghai-office-2019 and shanghai-kewei-2024."""

from _dsl import BL, CT, S3, S4, S6, VD, R, V, about, add, px

O = "shanghai-office-2019"  # noqa: E741 (the short report alias used on every line below)
about(O)
# ---------------------------------------------------------------- shanghai-office-2019: table values
add(
    "上海市政府办公厅2019年新收申请里自然人有多少件？",
    None,
    "value",
    "abbreviated",
    V(821, "件"),
    px(O, "t3.new.np"),
    note="自然人 821, not 总计 859.",
)
add(
    "2019年上海市人民政府办公厅本年新收政府信息公开申请总计是多少件？",
    None,
    "value",
    "formal",
    V(859, "件"),
    px(O, "t3.new.tot"),
)
add("商业企业提出的新申请有几件？", O, "value", "colloquial", V(35, "件"), ["t3.new.biz"])
add(
    "上海市人民政府办公厅2019年度法人或其他组织提出的新收申请合计多少件？",
    None,
    "value",
    "formal",
    V(38, "件"),
    px(O, "t3.new.biz", "t3.new.law", "t3.new.oth"),
    note="35+2+1; 科研机构 and 社会公益组织 printed blank.",
)
add("上年结转的申请有多少件？", O, "value", "colloquial", V(18, "件"), ["t3.carry_in.tot"])
add("结转下年度继续办理的申请有多少件？", O, "value", "formal", V(72, "件"), ["t3.carry_out.tot"])
add("上海市府办公厅2019年办理结果总计多少件", None, "value", "abbreviated", V(805, "件"), px(O, "t3.r7.tot"))
add("自然人申请中予以公开的有多少件？", O, "value", "formal", V(258, "件"), ["t3.r1.np"])
add("因本机关不掌握相关政府信息无法提供的，商业企业有几件？", O, "value", "colloquial", V(12, "件"), ["t3.r4_1.biz"])
add("自然人申请中“没有现成信息需要另行制作”的有多少件？", O, "value", "formal", V(44, "件"), ["t3.r4_2.np"])
add("属于国家秘密不予公开的自然人申请几件？", O, "value", "colloquial", V(14, "件"), ["t3.r3_1.np"])
add("自然人提出的信访举报投诉类申请不予处理多少件？", O, "value", "formal", V(148, "件"), ["t3.r5_1.np"])
add(
    "上海市政府办公厅2019年行政复议结果维持几件？",
    None,
    "value",
    "abbreviated",
    V(5, "件"),
    px(O, "t4.rv.keep"),
    note="结果维持 5, not 行政复议总计 7.",
)
add("行政复议尚未审结的有几件？", O, "value", "colloquial", V(2, "件"), ["t4.rv.pend"])
add("行政复议总计多少件？", O, "value", "formal", V(7, "件"), ["t4.rv.tot"])
add("上海市府办2019年未经复议直接起诉的诉讼有几件", None, "value", "abbreviated", V(9, "件"), px(O, "t4.ld.tot"))
add("直接起诉的案子里结果维持的有几件？", O, "value", "colloquial", V(8, "件"), ["t4.ld.keep"])
add("本年新公开的规范性文件数量是多少？", O, "value", "formal", V(60, "件"), ["t2.norm.new_public"])
add("对外公开的规章总共多少件", O, "value", "colloquial", V(524, "件"), ["t2.reg.total_public"])
add("规范性文件对外公开总数量为多少？", O, "value", "formal", V(368, "件"), ["t2.norm.total_public"])
add(
    "上海市政府办公厅2019年政府集中采购总金额是多少？",
    None,
    "value",
    "abbreviated",
    V(251000, "元"),
    px(O, "t2.procurement.amount"),
    note="printed 251000元 (the header has no unit).",
)
add("政府集中采购项目有几个", O, "value", "colloquial", V(6, "个"), ["t2.procurement.items"])
add(
    "二〇一九年度上海市人民政府办公厅本年新制作的规章有多少件？",
    None,
    "value",
    "formal",
    V(13, "件"),
    px(O, "t2.reg.new_made"),
    note="Chinese-digit year.",
)

# ---------------------------------------------------------------- shanghai-office-2019: blanks
add(
    "表三（一）予以公开这一行的总计栏填的是多少？",
    O,
    "value",
    "formal",
    BL(),
    ["t3.r1.tot"],
    note="printed blank; the applicant columns add to 272 (258+12+1+1), which may be offered as derived, never as printed.",
)
add(
    "上海市政府办公厅2019年部份公开总计栏是多少件",
    None,
    "value",
    "abbreviated",
    BL(),
    px(O, "t3.r2.tot"),
    note="typo 部份; 总计 printed blank (自然人 column 3, others blank).",
)
add(
    "复议后起诉的行政诉讼总计是多少？",
    O,
    "value",
    "colloquial",
    BL(),
    ["t4.lr.tot"],
    note="the whole 复议后起诉 group is blank.",
)
add("行政复议结果纠正有几件？", O, "value", "colloquial", BL(), ["t4.rv.fix"], note="printed blank, not 0.")
add(
    "（四）1“本机关不掌握相关政府信息”一行的总计是多少？",
    O,
    "value",
    "formal",
    BL(),
    ["t3.r4_1.tot"],
    note="printed blank; columns add to 265.",
)

# ---------------------------------------------------------------- shanghai-office-2019: narrative
add(
    "上海市政府办公厅2019年通过门户网站发布政策解读多少件？",
    None,
    "narrative",
    "abbreviated",
    V(132, "件"),
    quote="通过“中国上海”门户网站发布政策解读共132件",
)
add(
    "对市政府常务会议的重要议题进行权威发布共计多少次？",
    O,
    "narrative",
    "formal",
    V(38, "次"),
    quote="进行权威发布共计38次",
)
add(
    "市政府公报刊登了多少件政府规章、规范性文件等？",
    O,
    "narrative",
    "formal",
    V(112, "件"),
    quote="刊登政府规章、规范性文件等112件",
)
add("“好差评”差评占比多少", O, "narrative", "colloquial", V(0.34, "%"), quote="差评数占评价量总数的0.34%")
add(
    "上海市人民政府办公厅2019年经审核的市政府公文主动公开率是多少？",
    None,
    "narrative",
    "formal",
    V(90.2, "%"),
    quote="市政府公文主动公开率达90.2%",
)
add(
    "“上海发布”微信公众号用户有多少？",
    O,
    "narrative",
    "colloquial",
    V(550, "万"),
    quote="用户已突破550万",
    note="突破550万.",
)
add("微博粉丝突破了多少？", O, "narrative", "colloquial", V(770, "万"), quote="微博粉丝突破770万")
add(
    "上海市府办2019年主动公开了多少件人事任免文件",
    None,
    "narrative",
    "abbreviated",
    V(141, "件"),
    quote="人事任免文件141件",
)
add(
    "“一网通办”统一受理平台接入了多少个部门？",
    O,
    "narrative",
    "formal",
    V(53, "个"),
    quote="统一受理平台接入53个部门",
    note="53个部门, 2261项事项.",
)
add("每季度对多少家政府网站开展全面检查？", O, "narrative", "formal", V(70, "家"), quote="70家政府网站开展全面检查")
add("进博会期间抖音发了多少条短视频？", O, "narrative", "colloquial", V(41, "条"), quote="41条短视频播放量超2300万")
add(
    "上海市政府办公厅2019年共编发市政府公报多少期？",
    None,
    "narrative",
    "abbreviated",
    V(24, "期"),
    quote="全年共编发公报24期",
)

# ---------------------------------------------------------------- shanghai-office-2019: problems
add(
    "上海市政府办公厅2019年报告中列出的主要问题有哪些？",
    None,
    "problems",
    "abbreviated",
    CT("理论学习仍需加强", "决策公开仍需进一步加强", "集约化建设需持续推进", "政策解读方式不够多元"),
    quote="一是新《条例》实施后，专业领域的理论学习仍需加强",
)
add(
    "改进措施里提到要修订出台什么规定？",
    O,
    "problems",
    "colloquial",
    CT("《上海市政府信息公开规定》"),
    quote="抓紧修订出台《上海市政府信息公开规定》",
)
add(
    "本年度报告提出的改进措施共有几条，分别是什么方面？",
    O,
    "problems",
    "formal",
    CT(
        "深入做好《条例》的贯彻落实",
        "进一步深化解读回应",
        "深化公众参与",
        "全面推进政务公开标准化规范化建设",
        "着力提升平台渠道管理和服务水平",
        "严格强化工作保障和监督",
    ),
    quote="六是严格强化工作保障和监督",
    note="six measures.",
)

# ---------------------------------------------------------------- shanghai-office-2019: consistency
add(
    "上海市政府办公厅2019年报告正文“予以公开及部分公开258件”与表三是否一致？",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["S2"], {"narrative": 258, "table r1+r2 (columns)": 275}),
    px(O, "t3.r1.np", "t3.r1.biz", "t3.r1.law", "t3.r1.oth", "t3.r2.np"),
    quote="予以公开及部分公开258件",
    note="258 is only the 自然人 column of （一）; 272+3=275.",
)
add(
    "正文说无法提供265件，和表三（四）无法提供的合计对得上吗？",
    O,
    "consistency",
    "colloquial",
    VD("inconsistent", ["S2"], {"narrative": 265, "table （四） subtotal": 337}),
    ["t3.r4_1.np", "t3.r4_1.biz", "t3.r4_1.law", "t3.r4_2.np", "t3.r4_2.biz", "t3.r4_3.np"],
    quote="因本机关不掌握等原因无法提供265件",
    note="265 is only row （四）1 (252+12+1); subtotal 265+47+25.",
)
add(
    "正文“不予公开35件”与表三不予公开各项合计一致吗？",
    O,
    "consistency",
    "formal",
    VD("consistent", ["S2"], {"narrative": 35, "table （三） subtotal": 35}),
    ["t3.r3_1.np", "t3.r3_5.np", "t3.r3_6.np", "t3.r3_6.biz", "t3.r3_8.np", "t3.r3_8.biz"],
    quote="不予公开35件",
)
add(
    "不予处理158件跟表格一致吗",
    O,
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"narrative": 158, "table （五） subtotal": 158}),
    ["t3.r5_1.np", "t3.r5_1.biz", "t3.r5_2.np", "t3.r5_2.biz"],
    quote="不予处理158件",
)
add(
    "上海市人民政府办公厅2019年报告中，正文所列各类办理结果数之和是否等于答复总数805件？",
    None,
    "consistency",
    "formal",
    VD("inconsistent", ["S2"], {"narrative sum 258+35+265+158+0": 716, "answered": 805}),
    quote="予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件",
)
add(
    "正文称复议、诉讼“均获维持”，表四是这样吗？",
    O,
    "consistency",
    "colloquial",
    VD("inconsistent", ["S3"], {"t4.rv.keep": 5, "t4.rv.pend": 2, "t4.ld.keep": 8, "t4.ld.pend": 1}),
    ["t4.rv.keep", "t4.rv.pend", "t4.ld.keep", "t4.ld.pend"],
    quote="信息公开类行政复议7件，诉讼9件，均获维持",
    note="3 cases are still pending, so not all were upheld.",
)
add(
    "自然人这一列，本年新收加上年结转是否等于办理结果加结转下年度？",
    O,
    "consistency",
    "formal",
    VD("consistent", ["H1"], {"821+18": 839, "767+72": 839}),
    ["t3.new.np", "t3.carry_in.np", "t3.r7.np", "t3.carry_out.np"],
)
add(
    "“予以公开及部分公开258件，占33.9%”这个百分比算得对不对？",
    O,
    "consistency",
    "colloquial",
    VD("inconsistent", ["S2"], {"printed %": 33.9, "258/805 %": 32.05}),
    ["t3.r7.tot"],
    quote="予以公开及部分公开258件，占33.9%",
    note="33.9% of 805 would be 273.",
)
add(
    "上海市政府办公厅2019年正文“受理859件、答复805件”和表三一致吗？",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S2"], {"t3.new.tot": 859, "t3.r7.tot": 805}),
    px(O, "t3.new.tot", "t3.r7.tot"),
    quote="共受理政府信息公开申请859件",
)

# ---------------------------------------------------------------- shanghai-office-2019: share / ratio / sum
add(
    "予以公开和部分公开（按表三各申请人列合计）占办理结果总计的比例是多少？",
    O,
    "share",
    "formal",
    V(34.16, "%", tol=0.05),
    ["t3.r1.np", "t3.r1.biz", "t3.r1.law", "t3.r1.oth", "t3.r2.np", "t3.r7.tot"],
    calc="100*({t3.r1.np}+{t3.r1.biz}+{t3.r1.law}+{t3.r1.oth}+{t3.r2.np})/{t3.r7.tot}",
)
add(
    "自然人申请占新收申请的比重有多大",
    O,
    "share",
    "colloquial",
    V(95.58, "%", tol=0.05),
    ["t3.new.np", "t3.new.tot"],
    calc="100*{t3.new.np}/{t3.new.tot}",
)
add(
    "上海市政府办公厅2019年答复数占（本年新收+上年结转）的比例",
    None,
    "share",
    "abbreviated",
    V(91.79, "%", tol=0.05),
    px(O, "t3.r7.tot", "t3.new.tot", "t3.carry_in.tot"),
    calc="100*{shanghai-office-2019:t3.r7.tot}/({shanghai-office-2019:t3.new.tot}+{shanghai-office-2019:t3.carry_in.tot})",
)
add(
    "结转下年度的申请是上年结转的几倍？",
    O,
    "ratio",
    "colloquial",
    V(4, "倍", tol=0.05),
    ["t3.carry_out.tot", "t3.carry_in.tot"],
    calc="{t3.carry_out.tot}/{t3.carry_in.tot}",
)
add(
    "上海市人民政府办公厅2019年自然人新收申请是法人或其他组织新收申请的多少倍？",
    None,
    "ratio",
    "formal",
    V(21.61, "倍", tol=0.05),
    px(O, "t3.new.np", "t3.new.biz", "t3.new.law", "t3.new.oth"),
    calc="{shanghai-office-2019:t3.new.np}/({shanghai-office-2019:t3.new.biz}+{shanghai-office-2019:t3.new.law}+{shanghai-office-2019:t3.new.oth})",
)
add(
    "行政复议加上行政诉讼一共多少件？",
    O,
    "sum",
    "colloquial",
    V(16, "件"),
    ["t4.rv.tot", "t4.ld.tot"],
    note="复议后起诉 printed blank.",
)
add(
    "上海市政府办公厅2019年予以公开的申请各类申请人加起来共多少件？",
    None,
    "sum",
    "abbreviated",
    V(272, "件"),
    px(O, "t3.r1.np", "t3.r1.biz", "t3.r1.law", "t3.r1.oth"),
    note="the 总计 cell is blank; columns add to 272.",
)
add(
    "无法提供的三种情形合计（各申请人列相加）为多少件？",
    O,
    "sum",
    "formal",
    V(337, "件"),
    ["t3.r4_1.np", "t3.r4_1.biz", "t3.r4_1.law", "t3.r4_2.np", "t3.r4_2.biz", "t3.r4_3.np"],
)

# ---------------------------------------------------------------- shanghai-office-2019: change ("去年")
add(
    "申请量比去年少了百分之几？",
    O,
    "change",
    "colloquial",
    V(12.3, "%"),
    quote="申请数量较去年回落12.3%",
    note="relative to the prior year, stated in the text.",
)

# ---------------------------------------------------------------- shanghai-office-2019: unanswerable
add(
    "上海市政府办公厅2019年行政规范性文件本年废止件数是多少？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value; GF2019 table 二 has no 废止 column.",
)
add(
    "行政事业性收费的本年收费金额是多少万元？",
    O,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; GF2019 row 行政事业性收费 has only 上一年项目数量 and 本年增/减.",
)
add(
    "上海市人民政府办公厅2020年收到多少件政府信息公开申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; year not in store.",
)
add(
    "“好差评”系统一共收到多少条评价？",
    O,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative value; only shares given.",
)
add(
    "2019年组织了几期政务公开业务培训？",
    O,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative value; training mentioned, no count.",
)
add(
    "（六）其他处理中，申请人逾期未按收费通知要求缴纳费用的有多少件？",
    O,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; GF2019 has a single （六） row (and it is blank).",
)
add(
    "去年收到多少件申请？",
    O,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; 2018 not in store. The text's 回落12.3% must not be turned into a count.",
)
add("申请人中男性占多少", O, "unanswerable", "colloquial", R(), note="asked as share; not reported.")

K = "shanghai-kewei-2024"
about(K)
# ---------------------------------------------------------------- shanghai-kewei-2024: table values
add("上海科委2024年新收了几件信息公开申请", None, "value", "abbreviated", V(34, "件"), px(K, "t3.new.tot"))
add("商业企业申请了几件？", K, "value", "colloquial", V(2, "件"), ["t3.new.biz"])
add(
    "上海市科学技术委员会2024年度上年结转政府信息公开申请数量为多少？",
    None,
    "value",
    "formal",
    V(2, "件"),
    px(K, "t3.carry_in.tot"),
)
add(
    "同意公开答复的有多少件？",
    K,
    "value",
    "colloquial",
    V(9, "件"),
    ["t3.r1.tot"],
    note="同意公开 = 予以公开 (9), not all new applications.",
)
add("部分公开的有几件？", K, "value", "colloquial", V(0, "件"), ["t3.r2.tot"])
add(
    "科委2024年不予公开的申请合计几件",
    None,
    "value",
    "abbreviated",
    V(2, "件"),
    px(K, *S3),
    note="（三）5 1 + （三）6 1.",
)
add("因属于三类内部事务信息不予公开的申请数量为多少？", K, "value", "formal", V(1, "件"), ["t3.r3_5.tot"])
add("本机关不掌握相关政府信息的有几件？", K, "value", "colloquial", V(4, "件"), ["t3.r4_1.tot"])
add("无法提供的合计多少件？", K, "value", "formal", V(10, "件"), S4, note="（四）subtotal 4+6+0, not （四）1.")
add("没有现成信息需另行制作的有几件", K, "value", "colloquial", V(6, "件"), ["t3.r4_2.tot"])
add("市科委2024年其他处理一共多少件？", None, "value", "abbreviated", V(14, "件"), px(K, *S6))
add("（六）其他处理中“3.其他”有几件？", K, "value", "formal", V(4, "件"), ["t3.r6_3.tot"])
add("办理结果总计是多少？", K, "value", "colloquial", V(35, "件"), ["t3.r7.tot"])
add("上海科委2024年行政复议结果维持几件", None, "value", "abbreviated", V(1, "件"), px(K, "t4.rv.keep"))
add("未经复议直接起诉的行政诉讼案件数量为多少？", K, "value", "formal", V(0, "件"), ["t4.ld.tot"])
add("本年制发了几件规范性文件？", K, "value", "colloquial", V(13, "件"), ["t2.norm.made"])
add("本年度行政处罚决定数量为多少？", K, "value", "formal", V(0, "件"), ["t2.penalty.decisions"])
add(
    "自然人逾期不补正、不再处理的有几件",
    K,
    "value",
    "colloquial",
    V(8, "件"),
    ["t3.r6_1.np"],
    note="自然人 column 8; the row total is 10.",
)
add(
    "科委二零二四年作出了多少件行政许可决定？",
    None,
    "value",
    "abbreviated",
    V(97, "件"),
    px(K, "t2.license.decisions"),
    note="Chinese-digit year.",
)
add(
    "上海科委2024年结转下年度继续办理的自然人申请有几件？",
    None,
    "value",
    "abbreviated",
    V(1, "件"),
    px(K, "t3.carry_out.np"),
)
add(
    "结转下年度继续办理一行的总计是多少？",
    K,
    "value",
    "formal",
    BL(),
    ["t3.carry_out.tot"],
    note="printed blank (自然人 1, others 0; the text says 1件 转下一年度).",
)

# ---------------------------------------------------------------- shanghai-kewei-2024: narrative
add(
    "上海市科委2024年通过部门网站当年发布政府信息多少件？",
    None,
    "narrative",
    "abbreviated",
    V(393, "件"),
    quote="当年发布政府信息 393 件",
)
add("“上海科技”网站全年累计发布信息多少条？", K, "narrative", "formal", V(2139, "条"), quote="全年累计发布信息 2139 条")
add("解读类信息发了多少条", K, "narrative", "colloquial", V(21, "条"), quote="解读类信息发布 21 条")
add("微信公众号一年编发了多少篇文章？", K, "narrative", "colloquial", V(1640, "篇"), quote="共编发文章 1640 篇")
add("公众号原创文章有多少篇？", K, "narrative", "colloquial", V(294, "篇"), quote="其中原创文章 294 篇")
add("科委2024年直播了多少场？", None, "narrative", "abbreviated", V(118, "场"), quote="直播 118 场")
add(
    "直播累计观看量是多少次？",
    K,
    "narrative",
    "formal",
    V(303855, "次"),
    quote="直播 118 场，累计观看量 303855 次",
    note="not the 视频号 观看量 1924252.",
)
add("主合办政协提案的办理复文公开了多少件？", K, "narrative", "formal", V(85, "件"), quote="办政协提案 85 件")
add("人大代表建议复文公开了多少件", K, "narrative", "colloquial", V(50, "件"), quote="主合办人大代表建议 50 件")
add("视频号粉丝数多少？", K, "narrative", "colloquial", V(54373, None), quote="粉丝数 54373", note="no unit printed.")
add(
    "上海科委2024年日常报送惠企政策多少条",
    None,
    "narrative",
    "abbreviated",
    V(83, "条"),
    quote="日常报送惠企政策 83 条",
)
add("回应公众关注热点信息有几条？", K, "narrative", "formal", V(2, "条"), quote="回应公众关注热点信息 2 条")
add(
    "2024年有没有收取信息公开费用？",
    K,
    "narrative",
    "colloquial",
    CT("未发生政府信息公开收费事项"),
    quote="市科委未发生政府信息公开收费事项",
)
add(
    "上海市科学技术委员会2024年“上海科技”视频号短视频累计观看量是多少次？",
    None,
    "narrative",
    "formal",
    V(1924252, "次"),
    quote="累计观看量 1924252 次",
)

# ---------------------------------------------------------------- shanghai-kewei-2024: problems
add(
    "上海市科委2024年政务公开存在什么主要问题？",
    None,
    "problems",
    "abbreviated",
    CT("机构改革", "无法满足"),
    quote="原有部门网站政务公开栏目和政府信息公开目录结构无法满足机构改革后的市科委政务信息发布需要",
)
add(
    "针对问题采取了哪些改进措施？",
    K,
    "problems",
    "formal",
    CT("“张江高新区”专栏", "对政府信息公开目录进行调整"),
    quote="根据市科委新的职能对政府信息公开目录进行调整",
)

# ---------------------------------------------------------------- shanghai-kewei-2024: consistency
add(
    "正文里“不予公开答复2件”和表三对得上吗？",
    K,
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"narrative": 2, "table （三） subtotal": 2}),
    ["t3.r3_5.tot", "t3.r3_6.tot"],
    quote="不予公开答复 2 件",
)
add(
    "正文“其他处理14件”与表三（六）各项合计是否一致？",
    K,
    "consistency",
    "formal",
    VD("consistent", ["S2"], {"narrative": 14, "table （六） subtotal": 14}),
    S6,
    quote="其他处理 14 件",
)
add(
    "科委2024年正文说全年收到申请34件，跟表三新收对得上不",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S2"], {"narrative": 34, "t3.new.tot": 34}),
    px(K, "t3.new.tot"),
    quote="全年收到政府信息公开申请 34 件",
)
add(
    "自然人一列是否满足“第一项加第二项之和等于第三项加第四项之和”？",
    K,
    "consistency",
    "formal",
    VD("consistent", ["H1"], {"32+2": 34, "33+1": 34}),
    ["t3.new.np", "t3.carry_in.np", "t3.r7.np", "t3.carry_out.np"],
)

# ---------------------------------------------------------------- shanghai-kewei-2024: share / ratio / sum
add(
    "同意公开的占办结总数的百分比",
    K,
    "share",
    "colloquial",
    V(25.71, "%", tol=0.05),
    ["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
)
add(
    "上海科委2024年公众号原创文章占比是多少",
    None,
    "share",
    "abbreviated",
    V(17.93, "%", tol=0.05),
    quote="共编发文章 1640 篇，其中原创文章 294 篇",
    calc="100*294/1640",
)
add(
    "视频号平均每条短视频的观看量是多少次？",
    K,
    "ratio",
    "formal",
    V(3294.95, "次/条", tol=0.5),
    quote="号共制作并发布短视频 584 条，累计观看量 1924252 次",
    calc="1924252/584",
)
add("不予公开和无法提供加起来多少件？", K, "sum", "colloquial", V(12, "件"), [*S3, *S4])
add(
    "上海市科委2024年主合办人大代表建议和政协提案办理复文一共公开了多少件？",
    None,
    "sum",
    "abbreviated",
    V(135, "件"),
    quote="主合办人大代表建议 50 件，主合办政协提案 85 件",
    calc="50+85",
)

# ---------------------------------------------------------------- shanghai-kewei-2024: unanswerable
add(
    "上海市科委2023年收到多少件政府信息公开申请？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value; 2023 not in store.",
)
add("2024年召开了几次新闻发布会？", K, "unanswerable", "colloquial", R(), note="asked as narrative value; not stated.")
add(
    "本年度政务微博发布了多少条信息？",
    K,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative value; no 微博 in this report.",
)
add(
    "上海市科学技术委员会2024年政府集中采购总金额为多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; 政府集中采购 is a GF2019-only row.",
)
add("政务公开工作人员有几个", K, "unanswerable", "colloquial", R(), note="asked as value; staff not reported.")
add(
    "去年收到了多少申请？",
    K,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; 2023 report not in store (上年结转2件 is not it).",
)
add("“上海科技”网站的访问量是多少？", K, "unanswerable", "formal", R(), note="asked as narrative value; not stated.")
