"""Questions about ankang-2022 and hongze-2023 (one report each)."""

from _dsl import CT, S3, S4, S5, S6, VD, R, V, about, add, legal, px

A = "ankang-2022"
about(A)
# ---------------------------------------------------------------- ankang-2022: table values
add(
    "安康市政府办2022年本年新收了多少件政府信息公开申请？",
    None,
    "value",
    "abbreviated",
    V(56, "件"),
    px(A, "t3.new.tot"),
)
add(
    "安康市人民政府办公室2022年度由自然人提出的新收政府信息公开申请数量为多少？",
    None,
    "value",
    "formal",
    V(55, "件"),
    px(A, "t3.new.np"),
    note="自然人 column, not the 总计 56.",
)
add("上年结转过来的申请有几件？", A, "value", "colloquial", V(2, "件"), ["t3.carry_in.tot"])
add("结转到下一年继续办的还剩几件", A, "value", "colloquial", V(0, "件"), ["t3.carry_out.tot"])
add("本年度办理结果中“予以公开”的申请数量是多少？", A, "value", "formal", V(8, "件"), ["t3.r1.tot"])
add("部份公开的有几件啊", A, "value", "colloquial", V(17, "件"), ["t3.r2.tot"], note="typo 部份 for 部分.")
add(
    "安康政府办22年无法提供的申请一共多少件？",
    None,
    "value",
    "abbreviated",
    V(25, "件"),
    px(A, *S4),
    note="（四）无法提供 subtotal = sum of its three sub-rows (25+0+0).",
)
add(
    "本年度不予处理的申请合计多少件？",
    A,
    "value",
    "formal",
    V(4, "件"),
    S5,
    note="（五）subtotal, all in 信访举报投诉类.",
)
add("其他处理一共几件？", A, "value", "colloquial", V(4, "件"), S6, note="（六）subtotal 2+0+2.")
add(
    "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的有多少件？",
    A,
    "value",
    "formal",
    V(2, "件"),
    ["t3.r6_1.tot"],
    note="sub-row （六）1, not the （六）subtotal 4.",
)
add("办理结果总计是多少件？", A, "value", "formal", V(58, "件"), ["t3.r7.tot"])
add(
    "安康市府办2022年法人或其他组织提了几件申请？",
    None,
    "value",
    "abbreviated",
    V(1, "件"),
    px(A, *legal("new")),
    note="法人或其他组织 = 商业企业+科研机构+社会公益组织+法律服务机构+其他.",
)
add("未经复议直接起诉的行政诉讼有几件？", A, "value", "formal", V(2, "件"), ["t4.ld.tot"])
add("复议后起诉的有没有？几件？", A, "value", "colloquial", V(0, "件"), ["t4.lr.tot"])
add("安康市政府办2022年被申请行政复议多少件？", None, "value", "abbreviated", V(0, "件"), px(A, "t4.rv.tot"))
add("现行有效的规章有几件？", A, "value", "colloquial", V(1, "件"), ["t2.reg.valid"])
add("本年废止了多少件行政规范性文件？", A, "value", "formal", V(5, "件"), ["t2.norm.repealed"])
add(
    "安康市人民政府办公室2022年现行有效的行政规范性文件有多少件？",
    None,
    "value",
    "formal",
    V(31, "件"),
    px(A, "t2.norm.valid"),
)
add("行政事业性收费本年收费金额是多少万元？", A, "value", "formal", V(0, "万元"), ["t2.fee.amount_wan"])
add("行政处罚决定有多少件", A, "value", "colloquial", V(0, "件"), ["t2.penalty.decisions"])
add(
    "二〇二二年安康市政府办公室商业企业提交的新申请有几件？",
    None,
    "value",
    "abbreviated",
    V(1, "件"),
    px(A, "t3.new.biz"),
    note="Chinese-digit year.",
)

# ---------------------------------------------------------------- ankang-2022: narrative metrics
add(
    "安康市政府网站2022年发布了多少条政务信息？",
    None,
    "narrative",
    "abbreviated",
    V(13050, "条"),
    quote="市政府网站共发布各类政务信息13050余条",
    note="printed 13050余条.",
)
add(
    "“安康发布”政务微信全年发了多少条信息？",
    A,
    "narrative",
    "colloquial",
    V(2165, "条"),
    quote="“安康发布”政务微信发布信息780期2165条",
    note="2165条, not the 780期.",
)
add(
    "“安康发布”政务微信发了多少期？",
    A,
    "narrative",
    "colloquial",
    V(780, "期"),
    quote="“安康发布”政务微信发布信息780期2165条",
)
add("政务微博发布了多少条？", A, "narrative", "colloquial", V(1021, "条"), quote="微博1021条")
add(
    "本年度解读发布本市涉及民生的政策信息多少条？",
    A,
    "narrative",
    "formal",
    V(157, "条"),
    quote="解读发布本市涉及民生政策信息157条",
)
add(
    "安康市政府办2022年发布政策吹风会信息多少期？",
    None,
    "narrative",
    "abbreviated",
    V(34, "期"),
    quote="发布政策吹风会信息34期",
)
add("编印了几期政府公报？", A, "narrative", "colloquial", V(4, "期"), quote="编印政府公报4期")
add(
    "“市长信箱”受理了多少件有效群众信件？",
    A,
    "narrative",
    "formal",
    V(3459, "件"),
    quote="“市长信箱”受理有效群众信件3459件",
)
add("安康政府办市长信箱办结率多少", None, "narrative", "abbreviated", V(93.38, "%"), quote="办结率93.38%")
add("公开了多少件人大代表建议？", A, "narrative", "colloquial", V(291, "件"), quote="公开人大代表建议291件")
add("注销了几个政务新媒体？", A, "narrative", "colloquial", V(40, "个"), quote="注销40个", note="开设56个, 注销40个.")
add(
    "安康市人民政府办公室2022年专项检查整改了多少个“内容表述严重错误”问题？",
    None,
    "narrative",
    "formal",
    V(61087, "个"),
    quote="专项检查整改“内容表述严重错误”问题61087个",
)
add(
    "新建的政策问答库已梳理知识问答信息多少条？",
    A,
    "narrative",
    "formal",
    V(4135, "条"),
    quote="已梳理知识问答信息4135条",
)
add(
    "在全省政务公开绩效评估里排第几？",
    A,
    "narrative",
    "colloquial",
    CT("排名全省第三"),
    quote="排名全省第三",
    note="优秀层级, 全省第三.",
)
add("今年有没有收信息处理费", A, "narrative", "colloquial", CT("未收取"), quote="本年度未收取政府信息公开信息处理费")
add(
    "安康市政府办2022年“我为政府网站找错”平台有效纠错留言多少条？",
    None,
    "narrative",
    "abbreviated",
    V(20, "条"),
    quote="有效纠错留言20条",
)
add(
    "安康市人民政府办公室2022年梳理规范公开的政策文件有多少个？",
    None,
    "narrative",
    "formal",
    V(2740, "个"),
    quote="梳理规范公开政策文件2740余个",
    note="printed 2740余个.",
)

# ---------------------------------------------------------------- ankang-2022: problems
add(
    "报告里说存在哪些主要问题？",
    A,
    "problems",
    "colloquial",
    CT("广度深度有待拓展", "数字化水平仍需提高"),
    quote="一是政务公开工作广度深度有待拓展;二是政府信息数字化水平仍需提高",
)
add(
    "安康市政府办下一步准备怎么改进政务公开工作？",
    None,
    "problems",
    "abbreviated",
    CT("不断深化政务公开工作", "政策信息精准化推送", "加强重点领域信息公开"),
    quote="创新开展政策信息精准化推送",
)

# ---------------------------------------------------------------- ankang-2022: consistency
add(
    "正文说全年共收到申请56件，和表三对得上吗？",
    A,
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"narrative": 56, "t3.new.tot": 56}),
    ["t3.new.tot"],
    quote="全年共收到政府信息公开申请56件",
)
add(
    "安康市政府办2022年正文称应对政府信息公开诉讼2起、均胜诉，与表四是否一致？",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S3"], {"narrative": 2, "t4.ld.keep": 2, "t4.ld.tot": 2}),
    px(A, "t4.ld.keep", "t4.ld.tot"),
    quote="应对政府信息公开诉讼2起,均胜诉",
)
add(
    "表三中第一项加第二项之和是否等于第三项加第四项之和？",
    A,
    "consistency",
    "formal",
    VD("consistent", ["H1"], {"new+carry_in": 58, "r7+carry_out": 58}),
    ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
)
add(
    "各项办理结果加起来等不等于（七）总计58件？",
    A,
    "consistency",
    "colloquial",
    VD("consistent", ["H3"], {"sum": 58, "t3.r7.tot": 58}),
    ["t3.r1.tot", "t3.r2.tot", *S3, *S4, *S5, *S6, "t3.r7.tot"],
)

# ---------------------------------------------------------------- ankang-2022: share / ratio / sum
add(
    "予以公开的申请占办理结果总数的百分之几？",
    A,
    "share",
    "formal",
    V(13.79, "%", tol=0.05),
    ["t3.r1.tot", "t3.r7.tot"],
    calc="100*{t3.r1.tot}/{t3.r7.tot}",
)
add(
    "安康市政府办22年新收申请里自然人占多大比例",
    None,
    "share",
    "abbreviated",
    V(98.21, "%", tol=0.05),
    px(A, "t3.new.np", "t3.new.tot"),
    calc="100*{ankang-2022:t3.new.np}/{ankang-2022:t3.new.tot}",
)
add(
    "因为本机关不掌握信息而无法提供的，占全部办结申请的比例是多少",
    A,
    "share",
    "colloquial",
    V(43.10, "%", tol=0.05),
    ["t3.r4_1.tot", "t3.r7.tot"],
    calc="100*{t3.r4_1.tot}/{t3.r7.tot}",
)
add(
    "“安康发布”政务微信平均每期发布几条信息？",
    A,
    "ratio",
    "colloquial",
    V(2.78, "条/期", tol=0.05),
    quote="“安康发布”政务微信发布信息780期2165条",
    calc="2165/780",
)
add(
    "本年度注销的政务新媒体数量与申报开设数量之比是多少？",
    A,
    "ratio",
    "formal",
    V(0.71, None, tol=0.05),
    quote="共申报开设政务新媒体56个、注销40个",
    calc="40/56",
)
add("予以公开和部分公开加起来有多少件？", A, "sum", "colloquial", V(25, "件"), ["t3.r1.tot", "t3.r2.tot"])
add(
    "安康市政府办2022年政务微信和微博一共发布了多少条信息？",
    None,
    "sum",
    "abbreviated",
    V(3186, "条"),
    quote="“安康发布”政务微信发布信息780期2165条,微博1021条",
    calc="2165+1021",
)

# ---------------------------------------------------------------- ankang-2022: unanswerable
add(
    "安康市政府办2022年召开了几场新闻发布会？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value. The report gives 政策吹风会信息34期, not a count of 新闻发布会.",
)
add(
    "去年（2021年）收到了多少件申请？",
    A,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value. No 2021 report of this agency in the store; 上年结转2件 is not last year's intake.",
)
add(
    "安康市人民政府办公室2023年政府信息公开申请数量是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; year not in store.",
)
add("政务公开工作经费预算是多少万元？", A, "unanswerable", "formal", R(), note="asked as value; budget not reported.")
add(
    "申请人里年龄最大的多少岁",
    A,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; applicants' age not reported.",
)
add(
    "安康市政府办2022年政府集中采购项目数量是多少？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value; 政府集中采购 is a GF2019-only row, absent from this GF2021 report.",
)
add(
    "通过网上提交的申请有多少件？",
    A,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; channel breakdown not reported.",
)
add(
    "陕西省人民政府2022年收到多少件政府信息公开申请？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; agency not in store (安康市人民政府办公室 is a different body).",
)

H = "hongze-2023"
about(H)
# ---------------------------------------------------------------- hongze-2023: table values
add(
    "洪泽区政府23年新收了几件信息公开申请",
    None,
    "value",
    "abbreviated",
    V(21, "件"),
    px(H, "t3.new.tot"),
    note="year written 23年.",
)
add("本年度予以公开的申请有多少件？", H, "value", "formal", V(0, "件"), ["t3.r1.tot"])
add("不予公开的一共几件？", H, "value", "colloquial", V(3, "件"), S3, note="（三）subtotal 1+1+1.")
add("因属于国家秘密不予公开的有几件", H, "value", "colloquial", V(1, "件"), ["t3.r3_1.tot"])
add("因属于行政执法案卷而不予公开的申请数量是多少？", H, "value", "formal", V(1, "件"), ["t3.r3_7.tot"])
add(
    "洪泽区2023年无法提供的申请合计多少件？",
    None,
    "value",
    "abbreviated",
    V(13, "件"),
    px(H, *S4),
    note="（四）subtotal 10+3+0; not the （四）1 row (10).",
)
add("没有现成信息需要另行制作的有几件？", H, "value", "colloquial", V(3, "件"), ["t3.r4_2.tot"])
add("信访举报投诉类申请不予处理的有多少件？", H, "value", "formal", V(1, "件"), ["t3.r5_1.tot"])
add(
    "洪泽区人民政府2023年行政复议结果维持的案件有多少件？",
    None,
    "value",
    "formal",
    V(10, "件"),
    px(H, "t4.rv.keep"),
    note="结果维持 10, not the 行政复议总计 (printed 0).",
)
add("行政复议结果纠正了几件？", H, "value", "colloquial", V(1, "件"), ["t4.rv.fix"])
add("洪泽 复议后起诉 结果维持几件", None, "value", "abbreviated", V(5, "件"), px(H, "t4.lr.keep"), note="terse.")
add("未经复议直接起诉的行政诉讼总计多少件？", H, "value", "formal", V(0, "件"), ["t4.ld.tot"])
add(
    "表四里行政复议“总计”那一栏印的是多少？",
    H,
    "value",
    "colloquial",
    V(0, "件"),
    ["t4.rv.tot"],
    note="printed 0 although its parts add to 11 (finding H5); the answer should give 0 and flag the break.",
)
add("洪泽区2023年行政许可处理决定多少件", None, "value", "abbreviated", V(550, "件"), px(H, "t2.license.decisions"))
add("行政强制决定有多少件？", H, "value", "colloquial", V(195, "件"), ["t2.coercion.decisions"])
add(
    "江苏省淮安市洪泽区人民政府2023年度行政事业性收费的本年收费金额为多少？",
    None,
    "value",
    "formal",
    V(7730.28, "万元"),
    px(H, "t2.fee.amount_wan"),
)
add("本年制发行政规范性文件几件", H, "value", "colloquial", V(0, "件"), ["t2.norm.made"])
add("现行有效的行政规范性文件还有多少件？", H, "value", "formal", V(5, "件"), ["t2.norm.valid"])
add("洪泽2023商业企业申请了几件", None, "value", "abbreviated", V(0, "件"), px(H, "t3.new.biz"), note="missing 年.")
add("结转下年度继续办理的申请数量？", H, "value", "formal", V(0, "件"), ["t3.carry_out.tot"])
add(
    "二〇二三年洪泽区行政处罚决定数量是多少？",
    None,
    "value",
    "abbreviated",
    V(4119, "件"),
    px(H, "t2.penalty.decisions"),
    note="Chinese-digit year.",
)

# ---------------------------------------------------------------- hongze-2023: narrative
add(
    "洪泽区2023年在政府网站平台主动公开政府信息多少条？",
    None,
    "narrative",
    "abbreviated",
    V(1136, "条"),
    quote="在政府网站平台主动公开政府信息1136条",
)
add(
    "正文中全年受理政府信息公开申请多少件？",
    H,
    "narrative",
    "formal",
    V(21, "件"),
    quote="2023年全区受理政府信息公开申请21件",
)
add("收了多少信息处理费", H, "narrative", "colloquial", V(0, "元"), quote="全年收取政府信息公开信息处理费0元")

# ---------------------------------------------------------------- hongze-2023: problems
add(
    "洪泽区政府2023年报告指出了哪些不足？",
    None,
    "problems",
    "abbreviated",
    CT("依申请公开工作规范性", "深度和广度", "政务公开队伍建设"),
    quote="如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升、政务公开队伍建设有待加强等",
)
add(
    "针对问题下一步打算怎么做？",
    H,
    "problems",
    "colloquial",
    CT("扎实推进依申请公开工作", "加强业务指导培训"),
    quote="一是扎实推进依申请公开工作",
)

# ---------------------------------------------------------------- hongze-2023: consistency
add(
    "表四里行政复议的总计和各项结果加起来一致吗？",
    H,
    "consistency",
    "colloquial",
    VD("inconsistent", ["H5"], {"t4.rv.tot printed": 0, "keep+fix+other+pend": 11}),
    ["t4.rv.keep", "t4.rv.fix", "t4.rv.tot"],
)
add(
    "洪泽区政府2023年表四复议后起诉的总计对不对？",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["H5"], {"t4.lr.tot printed": 0, "keep+fix+other+pend": 5}),
    px(H, "t4.lr.keep", "t4.lr.tot"),
)
add(
    "表三各项办理结果之和是否等于（七）总计？",
    H,
    "consistency",
    "formal",
    VD("consistent", ["H3"], {"sum": 21, "t3.r7.tot": 21}),
    ["t3.r1.tot", "t3.r2.tot", *S3, *S4, *S5, "t3.r6.tot", "t3.r7.tot"],
)
add(
    "洪泽区人民政府2023年报告正文“受理政府信息公开申请21件”与表三本年新收数是否一致？",
    None,
    "consistency",
    "formal",
    VD("consistent", ["S2"], {"narrative": 21, "t3.new.tot": 21}),
    px(H, "t3.new.tot"),
    quote="受理政府信息公开申请21件",
)

# ---------------------------------------------------------------- hongze-2023: share / ratio / sum
add(
    "无法提供的占了办结总数的多少？",
    H,
    "share",
    "colloquial",
    V(61.90, "%", tol=0.05),
    [*S4, "t3.r7.tot"],
    calc="100*({t3.r4_1.tot}+{t3.r4_2.tot}+{t3.r4_3.tot})/{t3.r7.tot}",
)
add(
    "洪泽2023部分公开占比",
    None,
    "share",
    "abbreviated",
    V(19.05, "%", tol=0.05),
    px(H, "t3.r2.tot", "t3.r7.tot"),
    calc="100*{hongze-2023:t3.r2.tot}/{hongze-2023:t3.r7.tot}",
    note="terse; share of （七）总计.",
)
add(
    "行政处罚决定数是行政许可决定数的多少倍？",
    H,
    "ratio",
    "formal",
    V(7.49, "倍", tol=0.05),
    ["t2.penalty.decisions", "t2.license.decisions"],
    calc="{t2.penalty.decisions}/{t2.license.decisions}",
)
add(
    "洪泽区人民政府2023年行政处罚决定数与行政强制决定数之比是多少？",
    None,
    "ratio",
    "formal",
    V(21.12, None, tol=0.05),
    px(H, "t2.penalty.decisions", "t2.coercion.decisions"),
    calc="{hongze-2023:t2.penalty.decisions}/{hongze-2023:t2.coercion.decisions}",
)
add(
    "行政处罚和行政强制决定加起来多少件",
    H,
    "sum",
    "colloquial",
    V(4314, "件"),
    ["t2.penalty.decisions", "t2.coercion.decisions"],
)
add(
    "洪泽区2023年行政复议各项结果（维持、纠正、其他、尚未审结）加起来是多少件？",
    None,
    "sum",
    "abbreviated",
    V(11, "件"),
    px(H, "t4.rv.keep", "t4.rv.fix", "t4.rv.other", "t4.rv.pend"),
    note="the printed 总计 is 0; the parts add to 11.",
)

# ---------------------------------------------------------------- hongze-2023: unanswerable
add(
    "淮安市2023年收到多少件政府信息公开申请？",
    None,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value. No 淮安市 report in the store; 洪泽区 is a district of 淮安 and must not be answered for it.",
)
add(
    "洪泽区人民政府2022年度政府信息公开工作年度报告中本年新收申请数量是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; 2022 not in store.",
)
add("政务微博一年发了多少条信息？", H, "unanswerable", "colloquial", R(), note="asked as narrative value; not stated.")
add(
    "洪泽区政府负责信息公开的工作人员有几名？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value; staff not reported.",
)
add(
    "本年度其他对外管理服务事项的处理决定数量是多少？",
    H,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; 其他对外管理服务事项 is a GF2019-only row.",
)
add(
    "淮安市洪泽区2023年政策解读发布了多少篇？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative value; 政策解读 is mentioned as work but never counted.",
)
