"""Questions about pingtan-2019 .. pingtan-2022, one report each (glued tables: gold holds the unique split)."""

from _dsl import CT, S3, S4, S5, S6, VD, R, V, about, add, px

P9 = "pingtan-2019"
about(P9)
# ---------------------------------------------------------------- pingtan-2019
add(
    "平潭综合实验区2019年本年新收政府信息公开申请数量是多少？",
    None,
    "value",
    "formal",
    V(23, "件"),
    px(P9, "t3.new.tot"),
)
add("予以公开的申请有几件？", P9, "value", "colloquial", V(7, "件"), ["t3.r1.tot"])
add("部分公开多少件", P9, "value", "colloquial", V(1, "件"), ["t3.r2.tot"])
add("平潭2019年无法提供的申请合计几件", None, "value", "abbreviated", V(12, "件"), px(P9, *S4), note="7+0+5.")
add("补正后申请内容仍不明确的有几件？", P9, "value", "formal", V(5, "件"), ["t3.r4_3.tot"])
add("因重复申请不予处理的有多少件？", P9, "value", "formal", V(3, "件"), ["t3.r5_2.tot"])
add("本机关不掌握相关政府信息的有几件", P9, "value", "colloquial", V(7, "件"), ["t3.r4_1.tot"])
add("平潭实验区2019年办理结果总计多少件", None, "value", "abbreviated", V(23, "件"), px(P9, "t3.r7.tot"))
add("本年新制作的规章数量是多少？", P9, "value", "formal", V(0, "件"), ["t2.reg.new_made"])
add("行政复议总计？", P9, "value", "colloquial", V(0, "件"), ["t4.rv.tot"])
add(
    "二〇一九年度平潭综合实验区予以公开的申请有几件？",
    None,
    "value",
    "formal",
    V(7, "件"),
    px(P9, "t3.r1.tot"),
    note="Chinese-digit year.",
)

add("平潭2019年发布了多少条征地信息？", None, "narrative", "abbreviated", V(61, "条"), quote="共发布征地信息61条")
add(
    "组织了几期《问政平潭有事你说》？", P9, "narrative", "colloquial", V(19, "期"), quote="组织19期《问政平潭有事你说》"
)
add(
    "实现“一窗通办”的公共服务事项有多少项？",
    P9,
    "narrative",
    "formal",
    V(348, "项"),
    quote="8大类348项公共服务事项实现“一窗通办”",
)
add(
    "国资国企信息发布了多少条？",
    P9,
    "narrative",
    "colloquial",
    V(37, "条"),
    quote="及时公开国有企业改革重组、经济效益、运营情况、人事变动等信息，今年共发布37条信息",
)
add("“三公”经费信息公开了多少条？", P9, "narrative", "formal", V(27, "条"), quote="“三公”经费27条")
add(
    "平潭2019年食品药品安全信息发布了多少条",
    None,
    "narrative",
    "abbreviated",
    V(77, "条"),
    quote="全面提高惠民政策的社会知晓率和民政对象对相关政策的认知度，全年共发布77条信息",
)
add("围绕扫黑除恶等开展了多少场次互动活动？", P9, "narrative", "formal", V(42, "场次"), quote="开展互动活动42场次")
add("整合了多少项涉企补助事项？", P9, "narrative", "colloquial", V(129, "项"), quote="整合129项涉企补助事项")
add(
    "申请户外广告设置许可证的信息公开了多少条？",
    P9,
    "narrative",
    "formal",
    V(783, "条"),
    quote="申请户外广告设置许可证783条",
)
add(
    "平潭综合实验区2019年“一窗通办”改革后群众等候时间缩短到多少分钟？",
    None,
    "narrative",
    "formal",
    V(19, "分钟"),
    quote="群众等候时间由42分钟缩至19分钟",
    note="19 after, 42 before.",
)

add(
    "平潭综合实验区2019年政府信息公开工作存在哪些不足？",
    None,
    "problems",
    "formal",
    CT("主动性和自觉性仍待提高", "兼职经办", "长效工作机制建设不够“全”"),
    quote="一是个别部门对政府信息公开工作主动性和自觉性仍待提高",
)
add(
    "2020年打算采取哪些改进措施？",
    P9,
    "problems",
    "colloquial",
    CT("继续强化信息公开责任", "继续完善信息公开机制", "继续加强督导协调工作"),
    quote="（一）继续强化信息公开责任",
)

add(
    "平潭2019年报告里各类主动公开信息的条数相加，跟总数2599条对得上吗？",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["N"], {"printed": 2599, "sum of 11 categories": 2533}),
    quote="共公布政府信息2599条",
    note="25+68+28+69+90+175+67+983+48+124+856 = 2533.",
)
add(
    "财政资金信息380条与专项资金、预决算、“三公”经费、债券发行各项之和一致吗？",
    P9,
    "consistency",
    "formal",
    VD("consistent", ["N"], {"printed": 380, "152+197+27+4": 380}),
    quote="今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条（政府预决算32条、部门预决算公开165条）、“三公”经费27条、债券发行4条",
)
add(
    "表三办理结果各项之和与总计相符吗",
    P9,
    "consistency",
    "colloquial",
    VD("consistent", ["H3"], {"sum": 23, "t3.r7.tot": 23}),
    ["t3.r1.tot", "t3.r2.tot", *S3, *S4, *S5, "t3.r6.tot", "t3.r7.tot"],
)

add(
    "平潭综合实验区2019年行政许可处理决定数量是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; glued row 「行政许可3960181」 has no unique split (gold null).",
)
add(
    "行政事业性收费金额多少万元？",
    P9,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; GF2019 has no fee amount.",
)
add("平潭2018年收到多少申请", None, "unanswerable", "abbreviated", R(), note="asked as value; 2018 not in store.")

P0 = "pingtan-2020"
about(P0)
# ---------------------------------------------------------------- pingtan-2020
add("平潭综合实验区2020年新收政府信息公开申请多少件", None, "value", "formal", V(21, "件"), px(P0, "t3.new.tot"))
add("“其他”类申请人提了几件？", P0, "value", "colloquial", V(1, "件"), ["t3.new.oth"])
add("自然人新收申请数量是多少？", P0, "value", "formal", V(20, "件"), ["t3.new.np"])
add("平潭2020年予以公开几件", None, "value", "abbreviated", V(7, "件"), px(P0, "t3.r1.tot"))
add("部分公开的有几件", P0, "value", "colloquial", V(6, "件"), ["t3.r2.tot"])
add("（六）其他处理的申请数量为多少？", P0, "value", "formal", V(4, "件"), ["t3.r6.tot"])
add("无法提供合计多少", P0, "value", "colloquial", V(7, "件"), S4, note="4+0+3.")
add(
    "平潭实验区2020年表三（七）总计印的是多少",
    None,
    "value",
    "abbreviated",
    V(21, "件"),
    px(P0, "t3.r7.tot"),
    note="printed 21 while the result rows add to 27 (finding H3).",
)
add("对外公开的规章总数量为多少？", P0, "value", "formal", V(7, "件"), ["t2.reg.total_public"])
add(
    "行政事业性收费的本年增/减是多少？",
    P0,
    "value",
    "formal",
    V(-15, None),
    ["t2.fee.delta"],
    note="signed; no unit printed.",
)
add("行政事业性收费上一年项目数量", P0, "value", "colloquial", V(35, None), ["t2.fee.prev_items"])

add(
    "平潭2020年公开了多少条疫情防控相关信息？",
    None,
    "narrative",
    "abbreviated",
    V(51, "条"),
    quote="共公开51条疫情防控相关信息",
)
add(
    "《问政平潭》组织了几期？",
    P0,
    "narrative",
    "colloquial",
    V(6, "期"),
    quote="共组织开展6期《问政平潭》",
    note="6期《问政平潭》; the 19期 are 《问政平潭之有事你说》.",
)
add("《问政平潭之有事你说》上线部门有多少家？", P0, "narrative", "formal", V(22, "家"), quote="上线部门22家")
add("12个区直部门的权责清单项共有多少项？", P0, "narrative", "formal", V(4650, "项"), quote="权责清单项共4650项")
add("电子证照调用了多少次？", P0, "narrative", "colloquial", V(21525, "次"), quote="调用21525次")
add("平潭综合实验区2020年发布征地信息多少条？", None, "narrative", "formal", V(121, "条"), quote="征地信息类121条")
add("“一窗通办”融合了多少个事项", P0, "narrative", "colloquial", V(290, "个"), quote="部门290个事项审批服务")
add("完成了多少类电子证照梳理？", P0, "narrative", "formal", V(360, "类"), quote="完成360类电子证照梳理")

add(
    "平潭2020年存在的主要问题是什么",
    None,
    "problems",
    "abbreviated",
    CT("基层政务公开标准化规范化水平有待进一步提升", "开展还不够均衡", "“政务”属性不够突出"),
    quote="基层政务公开标准化规范化水平有待进一步提升",
)
add(
    "有哪些改进措施", P0, "problems", "colloquial", CT("季度检查抽查", "加大统筹指导力度"), quote="坚持开展季度检查抽查"
)

add(
    "平潭综合实验区2020年表三各项办理结果之和与（七）总计是否一致？",
    None,
    "consistency",
    "formal",
    VD("inconsistent", ["H3"], {"t3.r7.tot printed": 21, "sum of result rows": 27}),
    px(P0, "t3.r1.tot", "t3.r2.tot", "t3.r4_1.tot", "t3.r4_3.tot", "t3.r5_2.tot", "t3.r6.tot", "t3.r7.tot"),
)
add(
    "各类信息分项相加和“共公布政府信息2602条”对得上吗",
    P0,
    "consistency",
    "colloquial",
    VD("inconsistent", ["N"], {"printed": 2602, "sum of 11 categories": 2603}),
    quote="共公布政府信息2602条",
)
add(
    "现场解决与跟进解决之和是否等于收到的群众诉求数？",
    P0,
    "consistency",
    "formal",
    VD("consistent", ["N"], {"162+186": 348, "printed": 348}),
    quote="收到群众诉求348件，现场解决162件，跟进解决186件",
)
add(
    "平潭2020年正文受理21件与表三本年新收一致吗",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S2"], {"narrative": 21, "t3.new.tot": 21}),
    px(P0, "t3.new.tot"),
    quote="共受理政府信息公开申请21件",
)
add(
    "自然人一列的办理结果加起来是否等于（七）总计中的自然人数？",
    P0,
    "consistency",
    "formal",
    VD("inconsistent", ["H3"], {"t3.r7.np printed": 20, "sum of np result cells": 26}),
    ["t3.r1.np", "t3.r2.np", "t3.r4_1.np", "t3.r4_3.np", "t3.r5_2.np", "t3.r6.np", "t3.r7.np"],
)

add(
    "平潭2020年行政处罚处理决定数量",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value; glued row 「行政处罚2648-18538」 has no unique split (gold null).",
)
add(
    "（六）其他处理中因申请人逾期不补正而不再处理的有几件？",
    P0,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; GF2019 has a single （六） row (4 in all), no sub-rows.",
)
add(
    "政府集中采购总金额是多少？",
    P0,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; glued, no unique split (gold null).",
)
add(
    "去年（2019年）主动公开了多少条政府信息？",
    P0,
    "narrative",
    "colloquial",
    V(2599, "条"),
    quote={"pingtan-2019": "共公布政府信息2599条"},
    note="「去年」 relative to the 2020 report: pingtan-2019.",
)

P1 = "pingtan-2021"
about(P1)
# ---------------------------------------------------------------- pingtan-2021
add("平潭综合实验区2021年本年新收申请多少件", None, "value", "formal", V(70, "件"), px(P1, "t3.new.tot"))
add("社会公益组织提了几件申请", P1, "value", "colloquial", V(2, "件"), ["t3.new.npo"])
add("平潭2021年新收申请中“其他”类法人或组织有几件", None, "value", "abbreviated", V(4, "件"), px(P1, "t3.new.oth"))
add("部分公开的申请数量是多少？", P1, "value", "formal", V(5, "件"), ["t3.r2.tot"])
add("不予公开合计几件", P1, "value", "colloquial", V(8, "件"), S3, note="1+6+1.")
add("因属于行政执法案卷不予公开的有多少？", P1, "value", "formal", V(6, "件"), ["t3.r3_7.tot"])
add(
    "平潭实验区2021年本机关不掌握相关政府信息的有多少件",
    None,
    "value",
    "abbreviated",
    V(25, "件"),
    px(P1, "t3.r4_1.tot"),
)
add("结转下年度继续办理的有几件？", P1, "value", "colloquial", V(1, "件"), ["t3.carry_out.tot"])
add("行政复议结果维持几件？", P1, "value", "colloquial", V(1, "件"), ["t4.rv.keep"])
add("行政复议“其他结果”有几件？", P1, "value", "formal", V(2, "件"), ["t4.rv.other"])
add("平潭2021年行政复议总计", None, "value", "abbreviated", V(3, "件"), px(P1, "t4.rv.tot"), note="terse.")
add("未经复议直接起诉的行政诉讼有多少件？", P1, "value", "formal", V(12, "件"), ["t4.ld.tot"])
add("复议后起诉几件", P1, "value", "colloquial", V(0, "件"), ["t4.lr.tot"])
add("平潭综合实验区2021年行政许可处理决定数量", None, "value", "formal", V(2293, "件"), px(P1, "t2.license.decisions"))
add("行政强制决定多少件", P1, "value", "colloquial", V(42, "件"), ["t2.coercion.decisions"])
add("本年度行政事业性收费金额为多少万元？", P1, "value", "formal", V(24252.311082, "万元"), ["t2.fee.amount_wan"])
add("平潭2021年办结的申请（办理结果总计）有几件", None, "value", "abbreviated", V(69, "件"), px(P1, "t3.r7.tot"))
add(
    "上一年度行政复议有几件？",
    P1,
    "value",
    "formal",
    V(0, "件"),
    ["pingtan-2020:t4.rv.tot"],
    note="「上一年度」 relative to the 2021 report: pingtan-2020.",
)

add(
    "平潭实验区2021年主动公开各级单位政府信息多少条？",
    None,
    "narrative",
    "abbreviated",
    V(2645, "条"),
    quote="全年主动公开我区各级单位政府信息2645条",
)
add(
    "推出了几期《问政平潭之有事您说》？",
    P1,
    "narrative",
    "colloquial",
    V(20, "期"),
    quote="推出20期《问政平潭之有事您说》",
)
add("组织了几次季度政务公开检查？", P1, "narrative", "formal", V(4, "次"), quote="组织4次季度政务公开检查")
add(
    "平潭综合实验区2021年解读了几项重要政策文件？",
    None,
    "narrative",
    "formal",
    V(29, "项"),
    quote="对29项涉及群众切身利益",
)
add(
    "信息处理费收了多少",
    P1,
    "narrative",
    "colloquial",
    CT("无收取信息处理费情况"),
    quote="2021年，无收取信息处理费情况",
)

add(
    "平潭2021年报告指出了哪些问题",
    None,
    "problems",
    "abbreviated",
    CT("政策解读形式不够丰富", "政务公开质量水平有待提高", "政务公开渠道有限"),
    quote="政策解读形式不够丰富",
)
add(
    "改进措施有哪些？",
    P1,
    "problems",
    "formal",
    CT("丰富政策解读形式", "加强重点政务信息管理", "拓宽公开载体和渠道"),
    quote="一是丰富政策解读形式",
)

add(
    "表四行政复议总计是否等于各项结果之和？",
    P1,
    "consistency",
    "formal",
    VD("consistent", ["H5"], {"1+0+2+0": 3, "t4.rv.tot": 3}),
    ["t4.rv.keep", "t4.rv.fix", "t4.rv.other", "t4.rv.pend", "t4.rv.tot"],
)
add(
    "平潭2021年正文“收到70件、办结69件、1件结转”跟表三对得上吗",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S2"], {"new": 70, "r7": 69, "carry_out": 1}),
    px(P1, "t3.new.tot", "t3.r7.tot", "t3.carry_out.tot"),
    quote="本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理",
)
add(
    "表三办理结果各项之和等于总计吗？",
    P1,
    "consistency",
    "colloquial",
    VD("consistent", ["H3"], {"sum": 69, "t3.r7.tot": 69}),
    ["t3.r1.tot", "t3.r2.tot", *S3, *S4, *S5, *S6, "t3.r7.tot"],
)

add(
    "平潭综合实验区2021年现行有效的行政规范性文件有多少件？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; glued 「行政规范性文件693665」 has no unique split (gold null).",
)
add(
    "2021年全区一共有多少个政务新媒体？",
    P1,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative value; only 关停2个 is stated (33个 is in the 2022 report).",
)
add("新开设了多少个政务新媒体？", P1, "unanswerable", "colloquial", R(), note="asked as narrative value; not stated.")

P2 = "pingtan-2022"
about(P2)
# ---------------------------------------------------------------- pingtan-2022
add(
    "平潭综合实验区2022年本年新收政府信息公开申请多少件",
    None,
    "value",
    "formal",
    V(74, "件"),
    px(P2, "t3.new.tot"),
    note="table 74; the text's 75 includes the 1 carried in.",
)
add("上年结转的申请有几件？", P2, "value", "colloquial", V(1, "件"), ["t3.carry_in.tot"])
add("平潭2022年新收申请里自然人多少件", None, "value", "abbreviated", V(71, "件"), px(P2, "t3.new.np"))
add("同意公开（予以公开）的有多少件？", P2, "value", "colloquial", V(21, "件"), ["t3.r1.tot"])
add("本年度部分公开的申请有多少件？", P2, "value", "formal", V(9, "件"), ["t3.r2.tot"])
add("商业企业的申请被部分公开了几件？", P2, "value", "colloquial", V(1, "件"), ["t3.r2.biz"])
add("平潭实验区2022年不予公开的合计几件", None, "value", "abbreviated", V(4, "件"), px(P2, *S3))
add("因属于四类过程性信息不予公开的有多少件？", P2, "value", "formal", V(2, "件"), ["t3.r3_6.tot"])
add(
    "我在看平潭综合实验区2022年度的政府信息公开工作年度报告，想问一下表三里面因为本机关不掌握相关政府信息所以无法提供的申请一共有多少件？",
    None,
    "value",
    "colloquial",
    V(37, "件"),
    px(P2, "t3.r4_1.tot"),
    note="wordy.",
)
add("其他处理一共几件", P2, "value", "colloquial", V(4, "件"), S6, note="2+0+2.")
add("（六）其他处理“3.其他”里商业企业有几件？", P2, "value", "formal", V(2, "件"), ["t3.r6_3.biz"])
add("办理结果总计多少件？", P2, "value", "formal", V(75, "件"), ["t3.r7.tot"])
add("平潭2022年行政复议结果纠正几件", None, "value", "abbreviated", V(1, "件"), px(P2, "t4.rv.fix"))
add("行政复议总计多少件", P2, "value", "colloquial", V(2, "件"), ["t4.rv.tot"])
add("未经复议直接起诉的行政诉讼中结果维持的有几件？", P2, "value", "formal", V(1, "件"), ["t4.ld.keep"])
add("平潭综合实验区2022年行政规范性文件本年制发件数", None, "value", "formal", V(88, "件"), px(P2, "t2.norm.made"))
add("废止了多少件行政规范性文件", P2, "value", "colloquial", V(55, "件"), ["t2.norm.repealed"])
add("平潭2022年行政处罚决定数", None, "value", "abbreviated", V(2113, "件"), px(P2, "t2.penalty.decisions"))
add("行政许可处理决定数量是多少？", P2, "value", "formal", V(10690, "件"), ["t2.license.decisions"])
add("行政事业性收费金额？", P2, "value", "colloquial", V(9116.36, "万元"), ["t2.fee.amount_wan"])
add(
    "二〇二二年平潭综合实验区结转下年度继续办理的申请有几件？",
    None,
    "value",
    "formal",
    V(0, "件"),
    px(P2, "t3.carry_out.tot"),
    note="Chinese-digit year.",
)
add(
    "去年新收了多少件申请？",
    P2,
    "value",
    "colloquial",
    V(70, "件"),
    ["pingtan-2021:t3.new.tot"],
    note="「去年」 relative to the 2022 report: pingtan-2021 本年新收.",
)
add(
    "平谭2022年予以公开多少件",
    None,
    "value",
    "abbreviated",
    V(21, "件"),
    px(P2, "t3.r1.tot"),
    note="typo 平谭 for 平潭.",
)

add(
    "平潭22年主动公开信息数",
    None,
    "narrative",
    "abbreviated",
    V(14571, "条"),
    quote="2022年全区共主动公开政府信息14571条",
    note="terse.",
)
add("规划专栏本年度公开了多少条信息？", P2, "narrative", "formal", V(77, "条"), quote="本年度公开信息77条")
add("惠企纾困专栏发了多少件政策文件", P2, "narrative", "colloquial", V(20, "件"), quote="发布政策文件20件")
add("政府门户网站新增了几个便民主题？", P2, "narrative", "formal", V(8, "个"), quote="新增社保等8个便民主题")
add("推进了几轮督促整改？", P2, "narrative", "colloquial", V(3, "轮"), quote="推进3轮督促整改工作")
add(
    "平潭综合实验区2022年正文说收到政府信息公开申请多少件？",
    None,
    "narrative",
    "formal",
    V(75, "件"),
    quote="全区收到政府信息公开申请75件",
    note="the text's figure (= 表三 新收74 + 上年结转1).",
)
add(
    "公开了几个领域的公共企事业单位信息？",
    P2,
    "narrative",
    "colloquial",
    V(8, "个"),
    quote="供气等8个领域公共企事业单位信息",
)
add(
    "信息处理费收了多少钱",
    P2,
    "narrative",
    "colloquial",
    CT("无收取信息处理费情况"),
    quote="2022年，无收取信息处理费情况",
)
add("全区现存的政务新媒体有多少个？", P2, "narrative", "formal", V(33, "个"), quote="全区现存的33个政务新媒体")

add(
    "平潭综合实验区2022年政府信息公开工作存在哪些问题？",
    None,
    "problems",
    "formal",
    CT("重大行政决策预公开程度需进一步加强", "重点领域信息公开深度不足", "政策解读形式单一"),
    quote="一是重大行政决策预公开程度需进一步加强",
)
add(
    "针对问题，下一年打算采取什么措施？",
    P2,
    "problems",
    "colloquial",
    CT("丰富意见征集形式", "加大重点领域公开信息整合归类力度", "丰富政策解读形式和方式"),
    quote="一是丰富意见征集形式",
)

add(
    "表三办理结果各项之和与（七）总计一致吗？",
    P2,
    "consistency",
    "formal",
    VD("consistent", ["H3"], {"sum": 75, "t3.r7.tot": 75}),
    ["t3.r1.tot", "t3.r2.tot", *S3, *S4, *S5, *S6, "t3.r7.tot"],
)
add(
    "平潭2022年正文复议2件、诉讼1件与表四一致吗",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S3"], {"t4.rv.tot": 2, "t4.ld.tot+t4.lr.tot": 1}),
    px(P2, "t4.rv.tot", "t4.ld.tot", "t4.lr.tot"),
    quote="共有行政诉讼案件1件、行政复议案件2件",
)
add(
    "表三第一项加第二项等不等于第三项加第四项？",
    P2,
    "consistency",
    "colloquial",
    VD("consistent", ["H1"], {"74+1": 75, "75+0": 75}),
    ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
)

add(
    "平潭综合实验区2023年政府信息公开申请数量是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; 2023 not in store.",
)
add("政务公开培训开展了几次？", P2, "unanswerable", "colloquial", R(), note="asked as narrative value; not stated.")
add(
    "平潭2022年政府网站访问量多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative value; not stated.",
)
add("本年度的政务公开工作经费是多少？", P2, "unanswerable", "formal", R(), note="asked as value; budget not reported.")
add(
    "申请人中来自台湾的有多少件？",
    P2,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; applicants' origin not reported.",
)
