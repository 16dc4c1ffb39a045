"""Questions about hebei-edu-2021, hebei-edu-2023 and hebei-edu-2018 (LEGACY, no tables)."""

from _dsl import BL, CT, S3, S4, S5, S6, VD, R, V, about, add, legal, px

E1 = "hebei-edu-2021"
about(E1)
# ---------------------------------------------------------------- hebei-edu-2021: table values
add(
    "河北省教育厅2021年本年新收政府信息公开申请中自然人提出的有多少件？",
    None,
    "value",
    "formal",
    V(34, "件"),
    px(E1, "t3.new.np"),
)
add("省教育厅2021年新收申请一共多少件", None, "value", "abbreviated", V(37, "件"), px(E1, "t3.new.tot"))
add(
    "法人或其他组织提出的申请合计几件？",
    E1,
    "value",
    "colloquial",
    V(3, "件"),
    legal("new"),
    note="商业企业1 + 法律服务机构2.",
)
add("予以公开的申请数量是多少？", E1, "value", "formal", V(18, "件"), ["t3.r1.tot"])
add("部分公开几件", E1, "value", "colloquial", V(1, "件"), ["t3.r2.tot"])
add(
    "河北教育厅2021年因保护第三方合法权益不予公开的有几件",
    None,
    "value",
    "abbreviated",
    V(1, "件"),
    px(E1, "t3.r3_4.tot"),
)
add("无法提供的申请合计多少件？", E1, "value", "formal", V(2, "件"), S4, note="（四）1 1 + （四）2 1.")
add("不予处理一共多少件", E1, "value", "colloquial", V(15, "件"), S5)
add("办理结果总计多少？", E1, "value", "colloquial", V(37, "件"), ["t3.r7.tot"])
add(
    "河北省教育厅2021年复议后起诉的行政诉讼有多少件？",
    None,
    "value",
    "formal",
    V(2, "件"),
    px(E1, "t4.lr.tot"),
    note="复议后起诉 2, not 未经复议直接起诉 6.",
)
add("省教育厅2021年未经复议直接起诉的有几件", None, "value", "abbreviated", V(6, "件"), px(E1, "t4.ld.tot"))
add("行政复议有多少件？", E1, "value", "colloquial", V(0, "件"), ["t4.rv.tot"])
add("本年度行政许可的处理决定数量是多少？", E1, "value", "formal", V(5658, "件"), ["t2.license.decisions"])
add("河北教育厅21年废止了多少件行政规范性文件", None, "value", "abbreviated", V(25, "件"), px(E1, "t2.norm.repealed"))
add("本年制发的行政规范性文件有几件？", E1, "value", "colloquial", V(7, "件"), ["t2.norm.made"])
add("本年度行政强制处理决定数量为多少？", E1, "value", "formal", V(0, "件"), ["t2.coercion.decisions"])
add("有多少件申请结转到下一年度继续办理？", E1, "value", "formal", V(0, "件"), ["t3.carry_out.tot"])
add(
    "河北省教育厅2021年法律服务机构提出的申请中予以公开的有几件？",
    None,
    "value",
    "formal",
    V(2, "件"),
    px(E1, "t3.r1.law"),
)
add(
    "上年结转政府信息公开申请数量一行的总计栏是多少？",
    E1,
    "value",
    "formal",
    BL(),
    ["t3.carry_in.tot"],
    note="printed blank; all six applicant columns are 0.",
)
add(
    "二零二一年河北省教育厅行政诉讼一共几件（直接起诉加复议后起诉）？",
    None,
    "sum",
    "formal",
    V(8, "件"),
    px(E1, "t4.ld.tot", "t4.lr.tot"),
    note="Chinese-digit year; 6+2.",
)

# ---------------------------------------------------------------- hebei-edu-2021: narrative
add(
    "河北省教育厅2021年公开发布政策文件多少件？", None, "narrative", "formal", V(58, "件"), quote="公开发布政策文件58件"
)
add("召开了几场新闻发布会？", E1, "narrative", "colloquial", V(2, "场"), quote="召开新闻发布会2场")
add(
    "省教育厅2021年编印《教育信息快报》多少期",
    None,
    "narrative",
    "abbreviated",
    V(39, "期"),
    quote="《教育信息快报》39期",
)
add("对现有规范性文件实施了几次清理？", E1, "narrative", "formal", V(7, "次"), quote="实施了7次清理")
add("选了多少所省属高校当示范学校？", E1, "narrative", "colloquial", V(10, "所"), quote="选择10所工作基础好")
add("“河北教育发布”单篇阅读量最高多少？", E1, "narrative", "colloquial", V(760, "万"), quote="单篇阅读量最高达760万")
add("河北教育厅2021年重要公告发布了多少条", None, "narrative", "abbreviated", V(49, "条"), quote="重要公告49条")
add(
    "《中国教育报》刊发本省消息、评论等多少篇？",
    E1,
    "narrative",
    "formal",
    V(90, "篇"),
    quote="刊发我省消息、评论等90多篇",
    note="printed 90多篇.",
)
add(
    "各级各类媒体发布了多少条本省教育新闻？",
    E1,
    "narrative",
    "colloquial",
    V(2000, "条"),
    quote="发布我省教育新闻2000余条",
    note="printed 2000余条.",
)

# ---------------------------------------------------------------- hebei-edu-2021: problems / consistency / share
add(
    "河北省教育厅2021年政务公开工作存在哪些不足？",
    None,
    "problems",
    "formal",
    CT("主动公开意识薄弱", "公开机制不健全", "内容不够丰富"),
    quote="仍存在主动公开意识薄弱、公开机制不健全、内容不够丰富等不足",
)
add(
    "表三各项办理结果加起来等于总计吗？",
    E1,
    "consistency",
    "colloquial",
    VD("consistent", ["H3"], {"sum": 37, "t3.r7.tot": 37}),
    ["t3.r1.tot", "t3.r2.tot", *S3, *S4, *S5, *S6, "t3.r7.tot"],
)
add(
    "省教育厅2021年正文“保留181件、废止25件”和表二一致吗",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S4"], {"narrative kept/repealed": "181/25", "t2.norm.valid/repealed": "181/25"}),
    px(E1, "t2.norm.valid", "t2.norm.repealed"),
    quote="保留部门规范性文件181件，废止25件",
)
add(
    "表四中两类行政诉讼的总计是否都等于各自结果之和？",
    E1,
    "consistency",
    "formal",
    VD("consistent", ["H5"], {"ld 6+0+0+0": 6, "lr 2+0+0+0": 2}),
    ["t4.ld.keep", "t4.ld.tot", "t4.lr.keep", "t4.lr.tot"],
)
add(
    "河北教育厅2021年不予处理占办理结果总计的比例",
    None,
    "share",
    "abbreviated",
    V(40.54, "%", tol=0.05),
    px(E1, *S5, "t3.r7.tot"),
    calc="100*({hebei-edu-2021:t3.r5_1.tot}+{hebei-edu-2021:t3.r5_2.tot}+{hebei-edu-2021:t3.r5_3.tot}+{hebei-edu-2021:t3.r5_4.tot}+{hebei-edu-2021:t3.r5_5.tot})/{hebei-edu-2021:t3.r7.tot}",
)
add("政务公开专职工作人员有几名？", E1, "unanswerable", "colloquial", R(), note="asked as value; staff not reported.")

E3 = "hebei-edu-2023"
about(E3)
# ---------------------------------------------------------------- hebei-edu-2023: table values
add(
    "河北省教育厅2023年度商业企业提出的政府信息公开申请数量为多少？",
    None,
    "value",
    "formal",
    V(1, "件"),
    px(E3, "t3.new.biz"),
)
add("河北教育厅23年新收多少件申请", None, "value", "abbreviated", V(19, "件"), px(E3, "t3.new.tot"))
add("予以公开的有几件？", E3, "value", "colloquial", V(9, "件"), ["t3.r1.tot"])
add("部分公开的申请数量？", E3, "value", "formal", V(2, "件"), ["t3.r2.tot"])
add("不予公开一共几件", E3, "value", "colloquial", V(4, "件"), S3, note="（三）3 1 + （三）4 3.")
add("因危及“三安全一稳定”不予公开的有几件？", E3, "value", "formal", V(1, "件"), ["t3.r3_3.tot"])
add("省教育厅2023年无法提供的合计多少件", None, "value", "abbreviated", V(3, "件"), px(E3, *S4))
add("因为本机关不掌握相关信息没法提供的有几件", E3, "value", "colloquial", V(2, "件"), ["t3.r4_1.tot"])
add(
    "河北省教育厅2023年行政复议结果维持的有多少件？",
    None,
    "value",
    "formal",
    V(6, "件"),
    px(E3, "t4.rv.keep"),
    note="结果维持 6, not 总计 7.",
)
add("河北教育厅2023年行政复议总计几件", None, "value", "abbreviated", V(7, "件"), px(E3, "t4.rv.tot"))
add("复议后起诉的结果纠正有几件？", E3, "value", "colloquial", V(1, "件"), ["t4.lr.fix"])
add(
    "未经复议直接起诉的行政诉讼总计为多少件？",
    E3,
    "value",
    "formal",
    V(0, "件"),
    ["t4.ld.tot"],
    note="0; the 7 lawsuits were all 复议后起诉.",
)
add("行政处罚决定有几件", E3, "value", "colloquial", V(1, "件"), ["t2.penalty.decisions"])
add("现行有效的行政规范性文件多少件？", E3, "value", "formal", V(156, "件"), ["t2.norm.valid"])
add("省教育厅2023年废止行政规范性文件几件", None, "value", "abbreviated", V(5, "件"), px(E3, "t2.norm.repealed"))
add("上年结转的申请数量是多少？", E3, "value", "formal", V(0, "件"), ["t3.carry_in.tot"])
add(
    "河北教育厅二〇二三年的行政事业性收费是多少万元",
    None,
    "value",
    "abbreviated",
    V(397.619, "万元"),
    px(E3, "t2.fee.amount_wan"),
    note="Chinese-digit year; three decimals as printed.",
)

# ---------------------------------------------------------------- hebei-edu-2023: narrative
add("河北省教育厅2023年发布政策类文件多少条？", None, "narrative", "formal", V(89, "条"), quote="发布政策类文件89条")
add("发布了多少条重要政策文件解读？", E3, "narrative", "colloquial", V(20, "条"), quote="重要政策文件解读20条")
add(
    "省教育厅2023年公开建议提案复文多少条",
    None,
    "narrative",
    "abbreviated",
    V(112, "条"),
    quote="公开省人大代表建议和省政协委员提案复文112条",
)
add("信函申请有几件？", E3, "narrative", "colloquial", V(4, "件"), quote="信函申请4件")
add("新开设了几个新媒体号？", E3, "narrative", "colloquial", V(3, "个"), quote="开设新媒体号3个")
add("本年度发布职业教育信息多少条？", E3, "narrative", "formal", V(13, "条"), quote="职业教育信息13条")
add("“冀教新视界”视频号靠几次直播涨的粉？", E3, "narrative", "colloquial", V(3, "次"), quote="仅靠3次“助力中考”直播")
add(
    "“河北教育发布”获得了什么荣誉？",
    E3,
    "narrative",
    "formal",
    CT("走好网上群众路线百个成绩突出账号"),
    quote="获评中央网信办2023年度走好网上群众路线百个成绩突出账号",
)
add(
    "申请人主要想要哪些方面的信息？",
    E3,
    "narrative",
    "colloquial",
    CT("政策文件", "证书批文", "教育数据"),
    quote="申请事项主要集中在政策文件、证书批文、教育数据等方面",
)

# ---------------------------------------------------------------- hebei-edu-2023: problems / consistency / share
add(
    "报告里说存在哪些问题与不足？",
    E3,
    "problems",
    "colloquial",
    CT("公开内容不够广泛", "政策解读形式过于单一", "与公众互动性还需进一步增强"),
    quote="如公开内容不够广泛、政策解读形式过于单一、与公众互动性还需进一步增强等",
)
add(
    "省教育厅2023年报告提出下一步如何改进政策解读？",
    None,
    "problems",
    "abbreviated",
    CT("结合图表、音频、视频等多种形式丰富解读材料"),
    quote="结合图表、音频、视频等多种形式丰富解读材料",
)
add(
    "行政复议总计与维持、纠正之和一致吗？",
    E3,
    "consistency",
    "colloquial",
    VD("consistent", ["H5"], {"6+1+0+0": 7, "t4.rv.tot": 7}),
    ["t4.rv.keep", "t4.rv.fix", "t4.rv.tot"],
)
add(
    "河北省教育厅2023年报告正文所述申请数与表三本年新收数是否一致？",
    None,
    "consistency",
    "formal",
    VD("consistent", ["S2"], {"narrative": 19, "t3.new.tot": 19}),
    px(E3, "t3.new.tot"),
    quote="政府信息公开申请共19件",
)
add(
    "网络申请和信函申请加起来等于全年申请总数吗？",
    E3,
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"15+4": 19, "narrative total": 19}),
    quote="网络申请15件，占79%，信函申请4件，占21%",
)
add(
    "河北教育厅2023年报告开头说的“六部分”和正文实际章节一致吗",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["S8"]),
    quote="全文包括总体情况、主动公开、依申请公开、政府信息管理、平台建设、其他需要报告的事项等六部分",
    note="the preamble lists the sub-heads of section 一 plus 六; the body has the six template sections.",
)
add("网络申请占多少比例？", E3, "share", "colloquial", V(79, "%"), quote="网络申请15件，占79%", note="printed.")
add(
    "省教育厅2023年予以公开占新收申请的比例",
    None,
    "share",
    "abbreviated",
    V(47.37, "%", tol=0.05),
    px(E3, "t3.r1.tot", "t3.new.tot"),
    calc="100*{hebei-edu-2023:t3.r1.tot}/{hebei-edu-2023:t3.new.tot}",
)
add(
    "本年度收取信息处理费金额为多少？",
    E3,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative value; the report never mentions 信息处理费.",
)
add(
    "当面申请有几件？",
    E3,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative value; only 网络15 and 信函4 are given.",
)
add(
    "去年的行政许可决定数是多少",
    E3,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; 2022 report not in store.",
)
add(
    "河北省教育厅2023年政务公开经费是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; budget not reported.",
)

E8 = "hebei-edu-2018"
about(E8)
# ---------------------------------------------------------------- hebei-edu-2018 (LEGACY)
add(
    "河北教育厅2018年官网发了多少条信息",
    None,
    "narrative",
    "abbreviated",
    V(1683, "条"),
    quote="2018年通过官方网站发布信息1683条",
)
add("网站访问量多少人次？", E8, "narrative", "colloquial", V(1395, "万人次"), quote="网站访问量1395万人次")
add("召开或参加新闻发布会几次？", E8, "narrative", "formal", V(2, "次"), quote="召开或参加新闻发布会2次")
add("发布政策解读多少条？", E8, "narrative", "colloquial", V(16, "条"), quote="发布政策解读16条")
add("河北省教育厅2018年受理依申请公开多少件？", None, "narrative", "formal", V(1, "件"), quote="受理依申请信息公开1件")
add(
    "因政府信息公开被申请行政复议的有几起？",
    E8,
    "narrative",
    "colloquial",
    V(0, "起"),
    quote="没有因政府信息公开而被提起的行政复议或行政诉讼",
    note="the 行政复议1起 in the same sentence is not about 信息公开.",
)
add(
    "全厅2018年共受理行政复议多少起（不限于信息公开）？",
    E8,
    "narrative",
    "formal",
    V(1, "起"),
    quote="共受理行政复议1起",
)
add(
    "全省教育大会期间各类媒体相关报道有多少条？",
    E8,
    "narrative",
    "formal",
    V(542, "条"),
    quote="各类媒相关报道达到542条",
)
add(
    "省教育厅2018年新增了多少个信息公开栏目",
    None,
    "narrative",
    "abbreviated",
    V(15, "个"),
    quote="“师资建设”等15个信息公开栏目",
)
add("“河北教育发布”2018年发了多少条", E8, "narrative", "colloquial", V(716, "条"), quote="2018年共发布信息716条")
add(
    "河北省教育厅2018年报告提到存在哪些问题？",
    None,
    "problems",
    "formal",
    CT("信息公开内容有待进一步完善", "信息公开培训需要强化", "部分高校的信息公开工作还有待加强"),
    quote="主要是信息公开内容有待进一步完善",
)
add(
    "河北省教育厅2018年予以公开的申请有多少件？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; LEGACY report, no table 三 (text: 受理1件, 均依法及时予以了回复).",
)
add(
    "那年行政许可作出了多少件处理决定？",
    E8,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; LEGACY report, no table 二.",
)
add(
    "省教育厅2018年行政事业性收费金额",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value; LEGACY report, no table 二.",
)
add(
    "2018年有几件申请被部分公开？",
    E8,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; LEGACY report, no table 三.",
)
