"""Probe questions of the narrative and consistency families (issue 13, branch `asknarr`), written from the
user's side before running the router on them: the number nearest the asked label inside a sentence,
label synonyms, a stated change against the previous year, one narrative measure over years, ratios
within one report's text, the text's own sums (check N), text figures against table 三 (S checks),
identities named in words, yes/no answers and section 五 asked in other words. Every one is `dev_only`."""

from _dsl import CT, VD, VS, R, V, add, px  # noqa: F401

P = dict(dev_only=True)

# ---------------------------------------------------------------- 1. the number nearest the asked label
add(
    "公众号原创文章有多少篇",
    "shanghai-kewei-2024",
    "narrative",
    "colloquial",
    V(294, "篇"),
    quote="其中原创文章 294",
    **P,
)
add(
    "上海科委2024年微信公众号一共编发了多少篇文章",
    None,
    "narrative",
    "abbreviated",
    V(1640, "篇"),
    quote={"shanghai-kewei-2024": "共编发文章 1640 篇"},
    **P,
)
add(
    "12333来电量比去年涨了多少",
    "hebei-rst-2019",
    "narrative",
    "colloquial",
    V(31.6, "%"),
    quote="比去年同期增长31.6%",
    **P,
)
add(
    "河北省人力资源和社会保障厅2019年12333咨询电话来电总量的增长率是多少",
    None,
    "narrative",
    "formal",
    V(31.6, "%"),
    quote={"hebei-rst-2019": "比去年同期增长31.6%"},
    **P,
)
add(
    "接听电话总时长比上年增长了百分之几",
    "hebei-rst-2019",
    "narrative",
    "formal",
    V(24.1, "%"),
    quote="比去年同期增长24.1%",
    **P,
)
add(
    "申请量比上年少了百分之几",
    "shanghai-office-2019",
    "narrative",
    "colloquial",
    V(12.3, "%"),
    quote="申请数量较去年回落12.3%",
    **P,
)
add(
    "上海市府办2019年信息公开申请数量较上一年下降了多少",
    None,
    "narrative",
    "abbreviated",
    V(12.3, "%"),
    quote={"shanghai-office-2019": "申请数量较去年回落12.3%"},
    **P,
)
add(
    "冀教新视界视频号粉丝有多少",
    "hebei-edu-2023",
    "narrative",
    "colloquial",
    V(3.7, "万"),
    quote="粉丝量迅速跃升至3.7万",
    **P,
)
add("网上提交的申请有几件", "hebei-edu-2023", "narrative", "colloquial", V(15, "件"), quote="网络申请15件", **P)
add(
    "河北教育厅2023年通过信件方式提出的申请有多少",
    None,
    "narrative",
    "abbreviated",
    V(4, "件"),
    quote={"hebei-edu-2023": "信函申请4件"},
    **P,
)
add(
    "科技河北公众号的粉丝有多少",
    "hebei-kjt-2021",
    "narrative",
    "colloquial",
    V(22000, "人"),
    quote="关注人数达22000余人",
    **P,
)
add(
    "河北省科学技术厅2022年政务微信公众号的关注用户数是多少",
    None,
    "narrative",
    "formal",
    V(3.7, "万人"),
    quote={"hebei-kjt-2022": "微信公众号关注人数达3.7万人"},
    **P,
)
add(
    "短视频的播放量是多少",
    "shanghai-kewei-2024",
    "narrative",
    "colloquial",
    V(1924252, "次"),
    quote="累计观看量 1924252 次",
    **P,
)
add(
    "直播一共有多少人次观看",
    "shanghai-kewei-2024",
    "narrative",
    "colloquial",
    V(303855, "次"),
    quote="累计观看量 303855 次",
    **P,
)
add(
    "电子证照入库数量是多少",
    "pingtan-2020",
    "narrative",
    "formal",
    V(452149, "份"),
    quote="累计入库电子证照452149份",
    **P,
)
add(
    "12333电话人工接听了多少人次",
    "hebei-rst-2020",
    "narrative",
    "colloquial",
    V(120, "万人次"),
    quote="人工服务总量为120万人次",
    **P,
)
add(
    "政协提案复文公开了多少件",
    "shanghai-kewei-2024",
    "narrative",
    "colloquial",
    V(85, "件"),
    quote="办政协提案 85 件的办理复文",
    **P,
)

# ---------------------------------------------------------------- 2. one narrative measure over years; ratios in one text
add(
    "河北科技厅公众号关注人数这三年怎么变的",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2021": 22000, "hebei-kjt-2022": 37000, "hebei-kjt-2023": 66000}, "人"),
    quote={
        "hebei-kjt-2021": "关注人数达22000余人",
        "hebei-kjt-2022": "微信公众号关注人数达3.7万人",
        "hebei-kjt-2023": "微信公众号关注人数达6.6万人",
    },
    **P,
)
add(
    "河北省科学技术厅2021到2023年微信公众号一共发布了多少篇信息",
    None,
    "sum",
    "formal",
    V(3417, "篇"),
    quote={
        "hebei-kjt-2021": "全年发布信息1261篇",
        "hebei-kjt-2022": "全年发布信息1146篇",
        "hebei-kjt-2023": "全年发布信息1010篇",
    },
    calc="1261+1146+1010",
    **P,
)
add(
    "河北人社厅2019年和2020年12333来电总量各是多少",
    None,
    "list",
    "abbreviated",
    VS({"hebei-rst-2019": 402, "hebei-rst-2020": 348}, "万人次"),
    quote={"hebei-rst-2019": "来电总量402万人次", "hebei-rst-2020": "来电总量348万人次"},
    **P,
)
add(
    "河北省科学技术厅2022年和2023年视频号关注量哪年多",
    None,
    "compare",
    "formal",
    VS({"hebei-kjt-2022": 1, "hebei-kjt-2023": 1.8}, "万人", order=["hebei-kjt-2023", "hebei-kjt-2022"]),
    quote={"hebei-kjt-2022": "视频号关注量达1万余人", "hebei-kjt-2023": "视频号关注量达1.8万余人"},
    **P,
)
add(
    "河北科技厅微信公众号发文这三年是多了还是少了",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2021": 1261, "hebei-kjt-2022": 1146, "hebei-kjt-2023": 1010}, "篇"),
    quote={
        "hebei-kjt-2021": "全年发布信息1261篇",
        "hebei-kjt-2022": "全年发布信息1146篇",
        "hebei-kjt-2023": "全年发布信息1010篇",
    },
    **P,
)
add(
    "公众号文章总数是原创的几倍",
    "shanghai-kewei-2024",
    "ratio",
    "colloquial",
    V(5.58, "倍", tol=0.05),
    quote="共编发文章 1640 篇，其中原创文章 294",
    calc="1640/294",
    **P,
)
add(
    "公众号发的信息是视频号的几倍",
    "hebei-kjt-2023",
    "ratio",
    "colloquial",
    V(4.39, "倍", tol=0.05),
    quote="全年发布信息1010篇，“科技河北”视频号发布信息230条",
    calc="1010/230",
    **P,
)

# ---------------------------------------------------------------- 3. the text's own arithmetic (N)
add(
    "正文说受理网民互动交流事项872件，各平台加起来对得上吗",
    "hebei-rst-2023",
    "consistency",
    "colloquial",
    VD("inconsistent", ["N"], {"printed": 872, "242+101+407+81+17": 848}),
    quote="受理网民互动交流事项872件",
    **P,
)
add(
    "清理文件53件，保留、修改、废止加起来等于53吗",
    "hebei-kjt-2023",
    "consistency",
    "colloquial",
    VD("consistent", ["N"], {"printed": 53, "49+3+1": 53}),
    quote="对53件文件规范性文件进行清理",
    **P,
)
add(
    "河北省科学技术厅2022年清理的规范性文件总数与保留、修改、废止的件数之和是否相符",
    None,
    "consistency",
    "formal",
    VD("consistent", ["N"], {"printed": 70, "39+23+8": 70}),
    quote={"hebei-kjt-2022": "对70件文件规范性文件进行清理"},
    **P,
)
add(
    "现有206件规范性文件，保留的和废止的加起来对不对",
    "hebei-edu-2021",
    "consistency",
    "colloquial",
    VD("consistent", ["N"], {"printed": 206, "181+25": 206}),
    quote="对现有206件规范性文件实施了7次清理",
    **P,
)

# ---------------------------------------------------------------- 4. text against table 三 (S), identities named in words
add(
    "正文里无法提供的那10件，跟表三能对上不",
    "shanghai-kewei-2024",
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"narrative": 10, "t3 r4 sum": 10}),
    cells=["t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot"],
    quote="无法提供的 10 件",
    **P,
)
add(
    "正文里其他处理14件与统计表是否一致",
    "shanghai-kewei-2024",
    "consistency",
    "formal",
    VD("consistent", ["S2"], {"narrative": 14, "t3 r6 sum": 14}),
    cells=["t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"],
    quote="其他处理 14 件",
    **P,
)
add(
    "正文“不予处理158件”与表三是否相符",
    "shanghai-office-2019",
    "consistency",
    "formal",
    VD("consistent", ["S2"], {"narrative": 158, "t3 r5 columns": 158}),
    quote="不予处理158件",
    **P,
)
add(
    "收到70件、办结69件、1件结转，和表三一致吗",
    "pingtan-2021",
    "consistency",
    "colloquial",
    VD("consistent", ["S2"], {"t3.new.tot": 70, "t3.r7.tot": 69, "t3.carry_out.tot": 1}),
    cells=["t3.new.tot", "t3.r7.tot", "t3.carry_out.tot"],
    quote="本年度全区共收到70件申请",
    **P,
)
add(
    "网络申请15件加信函4件等于全年19件吗",
    "hebei-edu-2023",
    "consistency",
    "colloquial",
    VD("consistent", ["N"], {"15+4": 19, "t3.new.tot": 19}),
    cells=["t3.new.tot"],
    quote="网络申请15件",
    **P,
)
add(
    "表三收支能平吗",
    "ankang-2022",
    "consistency",
    "colloquial",
    VD("consistent", ["H1"], {"t3.new.tot": 56, "t3.carry_in.tot": 2, "t3.r7.tot": 58, "t3.carry_out.tot": 0}),
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
    **P,
)
add(
    "第一项加第二项等不等于第三项加第四项",
    "pingtan-2021",
    "consistency",
    "colloquial",
    VD("consistent", ["H1"], {"t3.new.tot": 70, "t3.carry_in.tot": 0, "t3.r7.tot": 69, "t3.carry_out.tot": 1}),
    cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
    **P,
)
add(
    "自然人那一列新收加上年结转等于办结加结转下年吗",
    "pingtan-2021",
    "consistency",
    "colloquial",
    VD("consistent", ["H1"], {"t3.new.np": 64, "t3.carry_in.np": 0, "t3.r7.np": 63, "t3.carry_out.np": 1}),
    cells=["t3.new.np", "t3.carry_in.np", "t3.r7.np", "t3.carry_out.np"],
    **P,
)
add(
    "直接起诉那组总计和各结果对得上吗",
    "hongze-2023",
    "consistency",
    "colloquial",
    VD("consistent", ["H5"], {"t4.ld.tot": 0, "ld parts": 0}),
    cells=["t4.ld.keep", "t4.ld.tot"],
    **P,
)
add(
    "复议后起诉那一组的总计与各项结果之和相符吗",
    "hongze-2023",
    "consistency",
    "formal",
    VD("inconsistent", ["H5"], {"t4.lr.tot printed": 0, "lr parts": 5}),
    cells=["t4.lr.keep", "t4.lr.tot"],
    **P,
)
add(
    "20年转出去的和21年转进来的对得上吗",
    "pingtan-2021",
    "consistency",
    "colloquial",
    VD("consistent", ["S1"], {"pingtan-2020 carry_out": 0, "pingtan-2021 carry_in": 0}),
    cells=px("pingtan-2020", "t3.carry_out.tot") + ["t3.carry_in.tot"],
    **P,
)

# ---------------------------------------------------------------- 5. yes/no and text answers
add("诉讼结果怎么样，赢了吗", "ankang-2022", "narrative", "colloquial", CT("均胜诉"), quote="均胜诉", **P)
add(
    "安康市政府办2022年收没收信息处理费",
    None,
    "narrative",
    "abbreviated",
    CT("本年度未收取政府信息公开信息处理费"),
    quote={"ankang-2022": "本年度未收取政府信息公开信息处理费"},
    **P,
)
add(
    "差距在哪",
    "ankang-2022",
    "problems",
    "colloquial",
    CT("政务公开工作广度深度有待拓展"),
    quote="政务公开工作广度深度有待拓展",
    **P,
)
add(
    "下一步打算怎么改进",
    "ankang-2022",
    "problems",
    "colloquial",
    CT("认真履行主管、主办职能"),
    quote="认真履行主管、主办职能",
    **P,
)


# ---------------------------------------------------------------- 6. branch asknarr3: short labels, derived figures,
# one measure over the years in one unit, section 五 by place, platforms not mentioned (written before running them)
add("政务微博全年一共发了几条", "ankang-2022", "narrative", "colloquial", V(1021, "条"), quote="微博1021条", **P)
add(
    "上海市政府办公厅2019年公报一共编了多少期",
    None,
    "narrative",
    "abbreviated",
    V(24, "期"),
    quote={"shanghai-office-2019": "全年共编发公报24期"},
    **P,
)
add(
    "河北省科技厅2021年微信公众号全年发文多少篇",
    None,
    "narrative",
    "abbreviated",
    V(1261, "篇"),
    quote={"hebei-kjt-2021": "全年发布信息1261篇"},
    **P,
)
add(
    "全区政府信息公开单位一共公布了多少条政府信息",
    "pingtan-2019",
    "narrative",
    "colloquial",
    V(2599, "条"),
    quote="共公布政府信息2599条",
    **P,
)
add("信函申请占了多大比例", "hebei-edu-2023", "share", "colloquial", V(21, "%"), quote="信函申请4件，占21%", **P)
add(
    "平潭2019年为民办实事类信息占公布信息总数的百分比",
    None,
    "share",
    "abbreviated",
    V(6.73, "%", tol=0.05),
    quote={"pingtan-2019": "共公布政府信息2599条"},
    calc="100*175/2599",
    **P,
)
add(
    "政务微信每期平均发多少条",
    "ankang-2022",
    "ratio",
    "colloquial",
    V(2.78, "条", tol=0.05),
    quote="发布信息780期2165条",
    calc="2165/780",
    **P,
)
add(
    "河北人社厅2020年12333人工服务量和自动语音服务量之比",
    None,
    "ratio",
    "abbreviated",
    V(0.53, None, tol=0.05),
    quote={"hebei-rst-2020": "人工服务总量为120万人次，自动语音服务量为228万人次"},
    calc="120/228",
    **P,
)
add(
    "河北省科技厅公众号发布信息量历年变化",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2021": 1261, "hebei-kjt-2022": 1146, "hebei-kjt-2023": 1010}, "篇"),
    quote={"hebei-kjt-2021": "全年发布信息1261篇", "hebei-kjt-2022": "1146篇", "hebei-kjt-2023": "全年发布信息1010篇"},
    **P,
)
add(
    "年报提到的第二个问题",
    "pingtan-2022",
    "problems",
    "colloquial",
    CT("部分重点领域信息公开深度不足"),
    quote="部分重点领域信息公开深度不足",
    **P,
)
add(
    "改进措施第二条是啥",
    "shanghai-office-2019",
    "problems",
    "colloquial",
    CT("进一步深化解读回应"),
    quote="进一步深化解读回应",
    **P,
)
add(
    "河北省人社厅2023年快手号粉丝有多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    about="hebei-rst-2023",
    note="the report names no 快手 account; its fans are the 微信公众号's",
    **P,
)

# ---------------------------------------------------------------- 7. branch asknarr4: a glued row's stated whole,
# section 五 in other words, counts in Chinese numerals, a year's plans in the report before, narrative figures
# over the years (written before running them; none a copy of a blind6 question)
add(
    "河北科技厅2022年度依申请公开一共接到多少件申请",
    None,
    "narrative",
    "abbreviated",
    V(11, "件"),
    quote={"hebei-kjt-2022": "收到政府信息公开申请11件"},
    note="表三's 本年新收 row is glued beyond a unique split: the text's stated whole answers",
    **P,
)
add(
    "这份报告里哪些方面还做得不到位",
    "hongze-2023",
    "problems",
    "colloquial",
    CT("政务公开队伍建设有待加强"),
    quote="政务公开队伍建设有待加强",
    **P,
)
add(
    "存在的不足及改进措施有哪些",
    "ankang-2022",
    "problems",
    "formal",
    CT("政府信息数字化水平仍需提高", "加强重点领域信息公开"),
    quote="政府信息数字化水平仍需提高",
    note="both parts of section 五 asked at once",
    **P,
)
add(
    "洪泽区打算2024年如何改进政务公开",
    None,
    "problems",
    "abbreviated",
    CT("跟班学习制度"),
    quote={"hongze-2023": "跟班学习制度"},
    note="no 2024 report: a year's plans are the measures of the report before",
    **P,
)
add(
    "河北省教育厅2018年省内主流媒体和网络刊发了该厅多少条教育信息",
    None,
    "narrative",
    "formal",
    V(1000, "条"),
    quote={"hebei-edu-2018": "刊发我厅教育信息千余条"},
    note="a count in Chinese numerals (千余条)",
    **P,
)
add(
    "君山片区管理局2022年意见征集搞了几次",
    None,
    "narrative",
    "abbreviated",
    V(4, "次"),
    quote={"pingtan-junshan-2022": "意见征集四次"},
    **P,
)
add(
    "河北省科技厅“科技河北”公众号关注人数2022年和2023年分别是多少",
    None,
    "compare",
    "abbreviated",
    VS({"hebei-kjt-2022": 37000, "hebei-kjt-2023": 66000}, "人"),
    quote={"hebei-kjt-2022": "微信公众号关注人数达3.7万人", "hebei-kjt-2023": "微信公众号关注人数达6.6万人"},
    **P,
)
add(
    "全区主动公开的政府信息是去年的几倍",
    "pingtan-2021",
    "ratio",
    "colloquial",
    V(1.02, None, tol=0.05),
    calc="2645 / 2602",
    note="the 2020 report's 共公开 2602条",
    **P,
)
add(
    "平潭2020年主动公开政府信息条数较2019年增加了多少条",
    None,
    "change",
    "abbreviated",
    V(3, "条"),
    calc="2602 - 2599",
    **P,
)
add(
    "君山片区管理局和平潭综合实验区2022年主动公开的政府信息各有多少条",
    None,
    "compare",
    "abbreviated",
    VS({"pingtan-2022": 14571, "pingtan-junshan-2022": 156}, "条"),
    quote={"pingtan-2022": "2022年全区共主动公开政府信息14571条", "pingtan-junshan-2022": "全年主动公开信息数156条"},
    **P,
)
add(
    "河北省科技厅2022年和2023年公众号关注人数相差多少",
    None,
    "change",
    "abbreviated",
    V(29000, "人"),
    calc="66000 - 37000",
    **P,
)

# ---------------------------------------------------------------- 8. branch asknarr5: search-box labels, fillers,
# a figure put to the text, a stated change against a year by number, platforms by their other name, a measure's
# name, a column asked of the text, two asks, English words, lower governments, section 五 labels (written before
# running them; none a copy of a blind7 question)
add(
    "上海科委2024公众号原创文章",
    None,
    "narrative",
    "abbreviated",
    V(294, "篇"),
    quote={"shanghai-kewei-2024": "其中原创文章 294篇"},
    note="a search-box label, no asking word: the figure, not only the passage",
    **P,
)
add(
    "平潭2021主动公开政府信息总数",
    None,
    "narrative",
    "abbreviated",
    V(2645, "条"),
    quote={"pingtan-2021": "政府信息2645条"},
    **P,
)
add(
    "安康2022政务微信发布了多少期来着",
    None,
    "narrative",
    "colloquial",
    V(780, "期"),
    quote={"ankang-2022": "发布信息780期"},
    **P,
)
add(
    "君山片区2022主动公开信息数是多少来着",
    None,
    "narrative",
    "abbreviated",
    V(156, "条"),
    quote={"pingtan-junshan-2022": "全年主动公开信息数156条"},
    **P,
)
add(
    "报告说12333来电总量402万人次，对吗",
    "hebei-rst-2019",
    "narrative",
    "colloquial",
    V(402, "万人次"),
    quote="来电总量402万人次",
    note="a journalist's check: the printed figure",
    **P,
)
add(
    "报告说信函申请4件占21%，对吗",
    "hebei-edu-2023",
    "narrative",
    "colloquial",
    V(21, "%"),
    quote="信函申请4件，占21%",
    **P,
)
add(
    "人社厅2019年12333接听电话总时长比2018年增长了多少",
    None,
    "narrative",
    "abbreviated",
    V(24.1, "%"),
    quote={"hebei-rst-2019": "比去年同期增长24.1%"},
    note="the year before written by number, no 2018 report: the change the text states",
    **P,
)
add(
    "人社厅2019接听电话总时长同比增长",
    None,
    "narrative",
    "abbreviated",
    V(24.1, "%"),
    quote={"hebei-rst-2019": "比去年同期增长24.1%"},
    **P,
)
add(
    "科技厅2022人大建议政协提案复文",
    None,
    "narrative",
    "colloquial",
    V(36, "件"),
    quote={"hebei-kjt-2022": "复文共36件"},
    note="a search-box label; 「2022人大」 is a year before 人大, not 2022 persons",
    **P,
)
add(
    "省教育厅2021公众号关注数",
    None,
    "narrative",
    "abbreviated",
    V(2400000, "人"),
    quote={"hebei-edu-2021": "关注数达240万人"},
    note="the text's 政务微信 is the 公众号 asked",
    **P,
)
add(
    "省教育厅2023在网上申请的比例是多少",
    None,
    "narrative",
    "abbreviated",
    V(79, "%"),
    quote={"hebei-edu-2023": "网络申请15件，占79%"},
    **P,
)
add(
    "正文里商业企业申请有几件",
    "pingtan-2022",
    "narrative",
    "colloquial",
    V(3, "件"),
    quote="商业企业3件",
    note="a column asked of the text: not the 75 received",
    **P,
)
add(
    "河北人社视频号发布视频多少条",
    None,
    "narrative",
    "colloquial",
    V(352, "条"),
    quote={"hebei-rst-2023": "河北人社视频号发布视频352条"},
    **P,
)
add(
    "科技厅2020依申请公开几件",
    None,
    "narrative",
    "colloquial",
    V(0, "件"),
    quote={"hebei-kjt-2020": "2020年未收到政府信息公开申请"},
    **P,
)
add(
    "洪泽2023 new applications 几件",
    None,
    "value",
    "abbreviated",
    V(21, "件"),
    cells=px("hongze-2023", "t3.new.tot"),
    note="English words mixed in",
    **P,
)
add(
    "平潭2021 administrative reconsideration 多少件",
    None,
    "value",
    "abbreviated",
    V(3, "件"),
    cells=px("pingtan-2021", "t4.rv.tot"),
    **P,
)
add(
    "上海市府办2019年各区县政府受理申请多少件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="the district governments publish their own reports",
    **P,
)
add(
    "平潭2022政务抖音发了多少条",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="抖音 is never 「corrected」 to another word",
    **P,
)
add(
    "上海科委2024政务公开问题",
    None,
    "problems",
    "abbreviated",
    CT("原有部门网站政务公开栏目"),
    quote={"shanghai-kewei-2024": "原有部门网站政务公开栏目"},
    **P,
)
add(
    "上海市政府办公厅2019年度受理的政府信息公开申请同比下降了多少",
    None,
    "narrative",
    "abbreviated",
    V(12.3, "%"),
    quote={"shanghai-office-2019": "申请数量较去年回落12.3%"},
    note="同比下降 asked, 较去年回落 said; no 2018 report",
    **P,
)
add(
    "上海市政府办公厅2019年差评率",
    None,
    "narrative",
    "abbreviated",
    V(0.34, "%"),
    quote={"shanghai-office-2019": "差评数占评价量总数的0.34%"},
    note="a rate as a search-box label",
    **P,
)
add(
    "河北科技厅2022年清理后保留文件数",
    None,
    "narrative",
    "abbreviated",
    V(39, "件"),
    quote={"hebei-kjt-2022": "其中39件文件保留"},
    **P,
)
add(
    "上海科委24年微信公众号原创文章有几篇",
    None,
    "narrative",
    "abbreviated",
    V(294, "篇"),
    quote={"shanghai-kewei-2024": "其中原创文章 294篇"},
    note="a part said with 其中 carries the whole's words (微信公众号), not the whole's 1640",
    **P,
)
add(
    "河北教育厅2018年官网发布信息多少条",
    None,
    "narrative",
    "abbreviated",
    V(1683, "条"),
    quote={"hebei-edu-2018": "通过官方网站发布信息1683条"},
    note="官网 is the 官方网站, not the 官方微信公众号",
    **P,
)
add(
    "收费这块，河北科技厅2018年收过费没有",
    None,
    "narrative",
    "abbreviated",
    CT("全部免费为申请人提供政府信息"),
    quote={"hebei-kjt-2018": "全部免费为申请人提供政府信息"},
    **P,
)
add(
    "平潭2021年行政诉讼所涉及的信息是什么",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="what a case was about: the tables count, they name nothing",
    **P,
)
add(
    "上海市府办2019年改进措施一共几项，分别是什么",
    None,
    "problems",
    "abbreviated",
    CT("深化公众参与", "着力提升平台渠道管理和服务水平", "严格强化工作保障和监督"),
    quote={"shanghai-office-2019": "严格强化工作保障和监督"},
    **P,
)
add(
    "洪泽2023年主动公开政府信息较上年增减多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="no 2022 report and no change stated: never the year's 1136条 as the change",
    **P,
)
