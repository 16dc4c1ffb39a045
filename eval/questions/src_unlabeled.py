"""Questions about single unlabeled reports, each answer read off the text (source_quote required)."""

from _dsl import BL, CT, VD, R, V, about, add

TABLES_MISSING_19 = "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况五、存在的主要问题及改进情况"

# ---------------------------------------------------------------- hebei-kjt-2018 (LEGACY)
J8 = "hebei-kjt-2018"
about(J8)
add(
    "2018年在厅门户网站主动公开了多少条政府信息？",
    J8,
    "narrative",
    "formal",
    V(400, "条"),
    quote="在厅门户网站主动公开各类政府信息400余条",
    note="printed 400余条.",
)
add(
    "省科技厅2018年向省档案馆、省图书馆提交了多少件政府信息资料",
    None,
    "narrative",
    "abbreviated",
    V(179, "件"),
    quote="按时向省档案馆、省图书馆提交主动公开的政府信息资料179件",
)
add(
    "河北省科学技术厅2018年收到政府信息公开申请多少件？",
    None,
    "narrative",
    "formal",
    V(3, "件"),
    quote="我厅收到政府信息公开申请3件",
)
add("依申请提供信息收费了吗？", J8, "narrative", "colloquial", CT("全部免费"), quote="我厅全部免费为申请人提供政府信息")
add(
    "存在哪些问题？",
    J8,
    "problems",
    "colloquial",
    CT("公开的内容和深度仍有待进一步拓展", "制度落实力度需进一步加强"),
    quote="公开的内容和深度仍有待进一步拓展，制度落实力度需进一步加强",
)
add(
    "河北省科学技术厅2018年部分公开的申请数量是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    quote="我厅收到政府信息公开申请3件，均按时答复申请人",
    note="asked as value; LEGACY report, no table 三.",
)

# ---------------------------------------------------------------- hebei-kjt-2019 (GF2019, table 二 missing)
J9 = "hebei-kjt-2019"
about(J9)
add(
    "“科技河北”微信公众平台累计发布多少条信息？",
    J9,
    "narrative",
    "colloquial",
    V(1111, "条"),
    quote="“科技河北”微信公众平台累计发布信息1111条",
)
add(
    "河北省科学技术厅2019年向中国河北门户网站报送信息多少条？",
    None,
    "narrative",
    "formal",
    V(883, "条"),
    quote="向中国河北门户网站报送信息883条",
)
add(
    "省科技厅2019年收到几件政府信息公开申请",
    None,
    "narrative",
    "abbreviated",
    V(0, "件"),
    quote="2019年未收到政府信息公开申请",
)
add(
    "在河北政务服务网发布了多少条通知公告信息？",
    J9,
    "narrative",
    "formal",
    V(110, "条"),
    quote="在河北政务服务网发布通知公告信息110条",
)
add(
    "河北省科技厅2019年报告中提到的问题",
    None,
    "problems",
    "abbreviated",
    CT("政策宣传解读不到位", "信息公开范围不全面"),
    quote="存在对部分政策宣传解读不到位、信息公开范围不全面等问题",
)
add(
    "行政许可处理决定数量是多少",
    J9,
    "unanswerable",
    "colloquial",
    R(),
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
    note="asked as value; table 二 is not in the text (published as an image).",
)

# ---------------------------------------------------------------- hebei-kjt-2020 (GF2019, glued table 二)
J0 = "hebei-kjt-2020"
about(J0)
add(
    "微博、微信关注总量达到多少？",
    J0,
    "narrative",
    "colloquial",
    V(5.1, "万人"),
    quote="我厅微博、微信关注总量达5.1万余人",
    note="printed 5.1万余人.",
)
add(
    "全年开展了多少场宣讲培训服务？",
    J0,
    "narrative",
    "formal",
    V(100, "场"),
    quote="全年开展宣讲培训服务100余场",
    note="printed 100余场.",
)
add(
    "河北省科技厅2020年全年在门户网站主动公开各类文件信息多少条",
    None,
    "narrative",
    "abbreviated",
    V(316, "条"),
    quote="全年在厅门户网站主动公开各类文件信息316条",
)
add(
    "河北省科技厅2020年行政处罚处理决定数量是多少？",
    None,
    "value",
    "abbreviated",
    BL(),
    quote="行政处罚行政强制第二十条第（八）项",
    note="the 行政处罚 cell is printed empty.",
)
add(
    "本年度存在的主要问题是什么？",
    J0,
    "problems",
    "formal",
    CT("科技政策宣传解读覆盖不完全", "信息公开范围需进一步优化"),
    quote="存在科技政策宣传解读覆盖不完全、信息公开范围需进一步优化等问题",
)

# ---------------------------------------------------------------- hebei-kjt-2021
J1 = "hebei-kjt-2021"
about(J1)
add(
    "省科技厅2021年依托政策直通车累计上传政策文件多少件",
    None,
    "narrative",
    "abbreviated",
    V(36, "件"),
    quote="目前已累计上传发布政策文件36件",
)
add(
    "政务微博“科技河北”发布了多少条信息？",
    J1,
    "narrative",
    "colloquial",
    V(4000, "条"),
    quote="政务微博“科技河北”发布信息4000余条",
    note="printed 4000余条.",
)
add("这一年行政许可的处理决定有多少件？", J1, "value", "formal", V(1689, "件"), quote="行政许可1689")
add(
    "因属于三类内部事务信息不予公开的有几件",
    J1,
    "value",
    "formal",
    V(1, "件"),
    quote="5.属于三类内部事务信息1000001",
    note="glued row, unique split 1/0/0/0/0/0/1.",
)
add(
    "行政强制处理决定数量是多少？",
    J1,
    "value",
    "formal",
    BL(),
    quote="行政处罚0行政强制第二十条第（八）项",
    note="行政强制 printed empty (行政处罚 is 0).",
)
add(
    "2021年存在哪些问题",
    J1,
    "problems",
    "colloquial",
    CT("政策解读形式不够丰富", "推送不够精准"),
    quote="存在政策解读形式不够丰富、覆盖面不完全、推送不够精准等问题",
)
add(
    "全年开展了多少场宣讲培训？",
    J1,
    "unanswerable",
    "colloquial",
    R(),
    quote="举办参加新闻发布会7次",
    note="asked as narrative value; not stated in 2021 (the 2020 report has 100余场).",
)

# ---------------------------------------------------------------- hebei-kjt-2022
J2 = "hebei-kjt-2022"
about(J2)
add("对多少件规范性文件进行了清理？", J2, "narrative", "formal", V(70, "件"), quote="对70件文件规范性文件进行清理")
add(
    "河北科技厅2022年视频号发布信息多少条",
    None,
    "narrative",
    "abbreviated",
    V(263, "条"),
    quote="“科技河北”视频号发布信息263条",
)
add("河北省科技厅2022年行政许可处理决定数量", None, "value", "abbreviated", V(1153, "件"), quote="行政许可1153")
add(
    "予以公开的申请数量是几件？",
    J2,
    "value",
    "colloquial",
    V(10, "件"),
    quote="（一）予以公开100000010",
    note="glued, unique split.",
)
add(
    "这一年废止的行政规范性文件有几件？",
    J2,
    "value",
    "formal",
    V(8, "件"),
    quote="行政规范性文件　　13　　8　　49",
    note="cells 13 / 8 / 49 separated by spaces in the source.",
)
add(
    "新闻发布会开了几次？",
    J2,
    "unanswerable",
    "colloquial",
    R(),
    quote="“科技河北”微信公众号坚持每日推送更新",
    note="asked as narrative value; 2022 report gives no count (earlier years do).",
)
add(
    "去年收到几件申请",
    J2,
    "narrative",
    "colloquial",
    V(2, "件"),
    quote={"hebei-kjt-2021": "2021年收到政府信息公开申请2件"},
    note="「去年」 relative to the 2022 report: hebei-kjt-2021.",
)
add(
    "清理的70件规范性文件，保留、限期修改、废止各项加起来对得上吗？",
    J2,
    "consistency",
    "formal",
    VD("consistent", ["N"], {"39+23+8": 70, "printed": 70}),
    quote="对70件文件规范性文件进行清理，其中39件文件保留，23件文件列入限期修改，8件文件予以废止或宣布失效",
)
add(
    "河北科技厅2022年正文说收到11件申请，和表三本年新收一致吗",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S2"], {"narrative": 11, "t3.new.tot": 11}),
    quote="2022年收到政府信息公开申请11件",
)
add(
    "河北省科学技术厅2022年表三“（七）总计”一行，各申请人列相加等于总计吗？",
    None,
    "consistency",
    "formal",
    VD("inconsistent", ["H2"]),
    quote="（七）总计20000011",
    note="no split of the printed digits makes the columns add up (自然人 2 or 20 vs 总计 11); 本年新收 and 予以公开 are 11 and 10.",
)

# ---------------------------------------------------------------- hebei-kjt-2023
J3 = "hebei-kjt-2023"
about(J3)
add("开展线上直播多少场次？", J3, "narrative", "colloquial", V(14, "场次"), quote="开展线上直播14场次")
add(
    "河北省科学技术厅2023年全年向“两馆一中心”转交文件多少件？",
    None,
    "narrative",
    "formal",
    V(119, "件"),
    quote="全年转交文件119件",
)
add("省科技厅2023年行政许可决定多少件", None, "value", "abbreviated", V(1029, "件"), quote="行政许可1029")
add(
    "予以公开多少件",
    J3,
    "value",
    "colloquial",
    V(17, "件"),
    quote="（一）予以公开170000017",
    note="glued, unique split.",
)
add(
    "省科技厅2023年正文收到17件与表三新收是否一致",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S2"], {"narrative": 17, "t3.new.tot": 17}),
    quote="2023年收到政府信息公开申请17件",
)
add(
    "河北省科学技术厅2023年存在的主要问题有哪些？",
    None,
    "problems",
    "formal",
    CT("分析研判还不够", "服务类信息占比仍然不高", "业务能力和水平还有待提高"),
    quote="一是对企业群众问题诉求的分析研判还不够",
)
add(
    "政务微博发布了多少条",
    J3,
    "unanswerable",
    "colloquial",
    R(),
    quote="着力提升厅政务微博、微信的影响力",
    note="asked as narrative value; 微博 mentioned, no count.",
)
add(
    "比去年多收到几件申请？",
    J3,
    "change",
    "colloquial",
    V(6, "件"),
    quote={"hebei-kjt-2023": "2023年收到政府信息公开申请17件", "hebei-kjt-2022": "2022年收到政府信息公开申请11件"},
    calc="17-11",
    note="「去年」 relative to the 2023 report.",
)

# ---------------------------------------------------------------- hebei-rst-2019 (tables missing)
T9 = "hebei-rst-2019"
about(T9)
add(
    "12333咨询电话来电总量比去年同期增长了多少？", T9, "change", "colloquial", V(31.6, "%"), quote="比去年同期增长31.6%"
)
add(
    "河北人社厅2019年受理政府信息公开申请多少件",
    None,
    "narrative",
    "abbreviated",
    V(64, "件"),
    quote="全年共受理政府信息公开申请64件",
)
add(
    "受理厅网站互动交流平台群众留言多少条？",
    T9,
    "narrative",
    "formal",
    V(81, "条"),
    quote="受理厅网站互动交流平台群众留言81条",
)
add(
    "存在的主要问题有哪些？",
    T9,
    "problems",
    "formal",
    CT("政府信息公开意识还需要进一步增强", "政策解读材料的质量仍有待提高"),
    quote="一是政府信息公开意识还需要进一步增强",
)
add(
    "河北省人社厅2019年行政复议多少件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    quote=TABLES_MISSING_19,
    note="asked as value; tables 二–四 are not in the text (images); the text gives no count.",
)
add(
    "主动公开的规范性文件有多少件？",
    T9,
    "unanswerable",
    "formal",
    R(),
    quote="按照规定在厅门户网站主动公开政策性文件和规范性文件的有效、废止、失效的情况",
    note="asked as value; no count, table 二 missing.",
)

# ---------------------------------------------------------------- hebei-rst-2020 (tables missing)
T0 = "hebei-rst-2020"
about(T0)
add("全年受理政府信息公开申请多少件？", T0, "narrative", "formal", V(78, "件"), quote="全年共受理政府信息公开申请78件")
add(
    "河北省人社厅2020年举办参加新闻发布会几次",
    None,
    "narrative",
    "abbreviated",
    V(10, "次"),
    quote="共举办参加新闻发布会10次",
)
add(
    "受理厅官网互动交流平台群众留言多少条",
    T0,
    "narrative",
    "colloquial",
    V(3962, "条"),
    quote="受理厅官网互动交流平台群众留言3962条",
)
add(
    "12333人工服务量与自动语音服务量相加是否等于来电总量？",
    T0,
    "consistency",
    "formal",
    VD("consistent", ["N"], {"120+228": 348, "printed": 348}),
    quote="12333咨询电话来电总量348万人次，人工服务总量为120万人次，自动语音服务量为228万人次",
)
add(
    "12333来电中人工服务占比多少",
    T0,
    "share",
    "colloquial",
    V(34.48, "%", tol=0.05),
    quote="12333咨询电话来电总量348万人次，人工服务总量为120万人次",
    calc="100*120/348",
)
add(
    "下一年打算怎么改进",
    T0,
    "problems",
    "colloquial",
    CT("加强对政府信息公开工作的督查", "加大培训力度"),
    quote="加强对政府信息公开工作的督查",
)
add(
    "予以公开的申请有多少件？",
    T0,
    "unanswerable",
    "colloquial",
    R(),
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况2020年",
    note="asked as value; table 三 missing (image).",
)
add(
    "河北省人社厅2020年行政诉讼案件数",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况2020年",
    note="asked as value; table 四 missing (image).",
)

# ---------------------------------------------------------------- hebei-rst-2023 (tables missing)
T3 = "hebei-rst-2023"
about(T3)
add(
    "“河北人社”微信公众号粉丝量突破多少？",
    T3,
    "narrative",
    "colloquial",
    V(400, "万"),
    quote="河北人社微信公众号粉丝量突破400万",
)
add(
    "河北省人力资源和社会保障厅2023年办理依申请公开文件数是多少？",
    None,
    "narrative",
    "formal",
    V(224, "件"),
    quote="2023年办理依申请公开文件数224件",
)
add(
    "编印了几期《河北人力资源和社会保障》杂志？",
    T3,
    "narrative",
    "colloquial",
    V(12, "期"),
    quote="编印12期《河北人力资源和社会保障》杂志",
)
add(
    "省人社厅2023年抖音发布视频多少条",
    None,
    "narrative",
    "abbreviated",
    V(448, "条"),
    quote="河北人社抖音发布视频448条",
    note="抖音 448; the 视频号 352.",
)
add(
    "通过厅门户网站公开发布解读材料多少篇？",
    T3,
    "narrative",
    "formal",
    V(12, "篇"),
    quote="通过厅门户网站公开发布解读材料12篇",
)
add(
    "河北人社厅2023年报告指出了什么问题",
    None,
    "problems",
    "abbreviated",
    CT("信息更新不够及时", "政策解读材料形式不够丰富"),
    quote="还存在信息更新不够及时、政策解读材料形式不够丰富等问题",
)
add(
    "河北省人力资源和社会保障厅2023年本年新收政府信息公开申请中自然人提出的有多少件？",
    None,
    "unanswerable",
    "formal",
    R(),
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、因政府信息公开工作被申请行政复议、提起行政诉讼情况五",
    note="asked as value; table 三 missing (image).",
)
add(
    "河北人社厅2023年行政许可处理决定多少件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
    note="asked as value; table 二 missing (image).",
)
add(
    "行政复议结果维持几件",
    T3,
    "unanswerable",
    "colloquial",
    R(),
    quote="四、因政府信息公开工作被申请行政复议、提起行政诉讼情况五",
    note="asked as value; table 四 missing (image).",
)
add(
    "河北省人社厅2023年12333来电总量多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    quote="省12345热线人社远程专家坐席总接通量88429个",
    note="asked as narrative value; 2023 reports 12345 figures, not 12333.",
)
add("信息处理费收了没", T3, "narrative", "colloquial", CT("未收取信息处理费"), quote="2023年我厅未收取信息处理费")

# ---------------------------------------------------------------- hebei-edu-2016 (LEGACY)
D6 = "hebei-edu-2016"
about(D6)
add(
    "河北省教育厅2016年主动公开政府信息多少条？",
    None,
    "narrative",
    "formal",
    V(1621, "条"),
    quote="2016年主动公开政府信息1621条",
)
add("网站共发布了多少条信息", D6, "narrative", "colloquial", V(679, "条"), quote="共发布信息679条")
add("省教育厅2016年受理依申请公开几件", None, "narrative", "abbreviated", V(3, "件"), quote="受理依申请信息公开3件")
add(
    "2016年全厅行政诉讼有几起？跟信息公开有关吗？",
    D6,
    "narrative",
    "colloquial",
    V(3, "起"),
    quote="共受理行政复议0起，行政诉讼3起，行政申诉2起，没有因政府信息公开而被提起的行政复议或行政诉讼",
    note="3起, none of them about 政府信息公开.",
)
add(
    "信息公开方面存在哪些问题？",
    D6,
    "problems",
    "colloquial",
    CT("信息公开形式有待创新", "部分高校的信息公开还有待加强"),
    quote="主要是信息公开内容有待完善；信息公开形式有待创新；部分高校的信息公开还有待加强",
)
add(
    "不予公开的申请有几件？",
    D6,
    "unanswerable",
    "colloquial",
    R(),
    quote="受理依申请信息公开3件",
    note="asked as value; LEGACY report, no table 三.",
)

# ---------------------------------------------------------------- pingtan-junshan-2022
JS = "pingtan-junshan-2022"
about(JS)
add(
    "君山片区管理局2022年主动公开信息多少条",
    None,
    "narrative",
    "abbreviated",
    V(156, "条"),
    quote="全年主动公开信息数156条",
)
add(
    "突发公共事件应急预案类信息公开了多少条？",
    JS,
    "narrative",
    "formal",
    V(47, "条"),
    quote="突发公共事件应急预案类信息47条",
)
add("微信公众号发了多少篇信息", JS, "narrative", "colloquial", V(903, "篇"), quote="微信公众号共发布903篇公众号信息")
add(
    "发布了几次调查问卷？",
    JS,
    "narrative",
    "colloquial",
    V(4, "次"),
    quote="发布调查问卷四次",
    note="Chinese numeral 四次.",
)
add(
    "平潭综合实验区君山片区管理局2022年现行有效的行政规范性文件有多少件？",
    None,
    "value",
    "formal",
    V(11, "件"),
    quote="行政规范性文件0011",
    note="glued 0/0/11, the only split without leading zeros.",
)
add(
    "本年新收政府信息公开申请数量为多少？",
    JS,
    "value",
    "formal",
    V(0, "件"),
    quote="2022年未收到依申请公开事宜",
    note="table 三 row 一 is 0000000 as well.",
)
add(
    "主动公开信息156条和各类信息分项加起来一致吗？",
    JS,
    "consistency",
    "colloquial",
    VD("inconsistent", ["N"], {"printed": 156, "12+0+2+12+47+33+45": 151}),
    quote="全年主动公开信息数156条，其中机关职能类信息12条，行政许可类信息0条，财政预决算类信息2条，扶贫、教育、医疗、社会保障、促进就业类信息12条；突发公共事件应急预案类信息47条；环境保护、公共卫生、安全生产、食品药品、产品质量类信息33条；其他应主动公开的政府信息45条",
)
add(
    "君山片区2022年表三（四）1“本机关不掌握相关政府信息”那一行，与办理结果总计对得上吗？",
    None,
    "consistency",
    "abbreviated",
    VD("inconsistent", ["H3"]),
    quote="1.本机关不掌握相关政府信息30000252",
    note="the row has non-zero digits (自然人 at least 3) while 本年新收 and （七）总计 are all 0.",
)
add(
    "君山片区管理局2022年存在的问题",
    None,
    "problems",
    "abbreviated",
    CT("主动公开意识和力度还不够", "创新举措不足"),
    quote="一是对群众关切的内容主动公开意识和力度还不够",
)
add(
    "君山片区2022年召开了几次新闻发布会？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    quote="发布调查问卷四次、意见征集四次",
    note="asked as narrative value; not stated.",
)
add(
    "平潭综合实验区君山片区管理局2022年收取了多少信息处理费？",
    None,
    "narrative",
    "formal",
    CT("没有产生信息公开处理费"),
    quote="本年度没有产生信息公开处理费",
)
