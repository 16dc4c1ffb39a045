"""Second pass: more cross-report questions (other measures than new applications) and more refusals."""

from _dsl import S3, S4, VS, WR, R, V, about, add

about(None)
PT = ["pingtan-2019", "pingtan-2020", "pingtan-2021", "pingtan-2022"]


def each(reports, *keys):
    return [f"{r}:{k}" for r in reports for k in keys]


KJT_R1 = {
    "hebei-kjt-2021": "（一）予以公开1000001",
    "hebei-kjt-2022": "（一）予以公开100000010",
    "hebei-kjt-2023": "（一）予以公开170000017",
}
KJT_LIC = {"hebei-kjt-2021": "行政许可1689", "hebei-kjt-2022": "行政许可1153", "hebei-kjt-2023": "行政许可1029"}

# ---------------------------------------------------------------- trend
add(
    "平潭历年部分公开件数",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 1, "pingtan-2020": 6, "pingtan-2021": 5, "pingtan-2022": 9}, "件"),
    each(PT, "t3.r2.tot"),
)
add(
    "平潭综合实验区2019年至2022年各年度办理结果总计分别是多少？",
    None,
    "trend",
    "formal",
    VS({"pingtan-2019": 23, "pingtan-2020": 21, "pingtan-2021": 69, "pingtan-2022": 75}, "件"),
    each(PT, "t3.r7.tot"),
    note="2020 as printed (its result rows add to 27).",
)
add(
    "平潭每年不予公开的申请一共多少",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 8, "pingtan-2022": 4}, "件"),
    each(PT, *S3),
    note="（三） subtotal per year.",
)
add(
    "河北省教育厅2021年和2023年复议后起诉的行政诉讼数量变化情况如何？",
    None,
    "trend",
    "formal",
    VS({"hebei-edu-2021": 2, "hebei-edu-2023": 7}, "件"),
    ["hebei-edu-2021:t4.lr.tot", "hebei-edu-2023:t4.lr.tot"],
)
add(
    "河北省科技厅这几年予以公开的申请有几件",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2021": 1, "hebei-kjt-2022": 10, "hebei-kjt-2023": 17}, "件"),
    quote=KJT_R1,
    note="2018–2020: no table 三 (none received 2019/2020).",
)
add(
    "平潭历年上年结转申请数",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 0, "pingtan-2022": 1}, "件"),
    each(PT, "t3.carry_in.tot"),
)
add(
    "河北科技厅“科技河北”公众号2021到2023年每年发多少篇",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2021": 1261, "hebei-kjt-2022": 1146, "hebei-kjt-2023": 1010}, "篇"),
    quote={
        "hebei-kjt-2021": "“科技河北”微信公众号全年发布信息1261篇",
        "hebei-kjt-2022": "全年发布信息1146篇",
        "hebei-kjt-2023": "全年发布信息1010篇",
    },
)

# ---------------------------------------------------------------- compare
add(
    "2022年平潭和安康政府办的行政复议谁多",
    None,
    "compare",
    "abbreviated",
    VS({"pingtan-2022": 2, "ankang-2022": 0}, "件", order=["pingtan-2022", "ankang-2022"]),
    ["pingtan-2022:t4.rv.tot", "ankang-2022:t4.rv.tot"],
)
add(
    "上海市人民政府办公厅2019年与平潭综合实验区2019年结转下年度继续办理的申请数量相比如何？",
    None,
    "compare",
    "formal",
    VS({"shanghai-office-2019": 72, "pingtan-2019": 0}, "件", order=["shanghai-office-2019", "pingtan-2019"]),
    ["shanghai-office-2019:t3.carry_out.tot", "pingtan-2019:t3.carry_out.tot"],
)
add(
    "2023年河北省教育厅和河北省科技厅的行政许可决定谁多",
    None,
    "compare",
    "abbreviated",
    VS({"hebei-edu-2023": 7417, "hebei-kjt-2023": 1029}, "件", order=["hebei-edu-2023", "hebei-kjt-2023"]),
    ["hebei-edu-2023:t2.license.decisions"],
    quote={"hebei-kjt-2023": "行政许可1029"},
)
add(
    "平潭2021年和2022年不予公开的申请哪年多",
    None,
    "compare",
    "abbreviated",
    VS({"pingtan-2021": 8, "pingtan-2022": 4}, "件", order=["pingtan-2021", "pingtan-2022"]),
    each(["pingtan-2021", "pingtan-2022"], *S3),
)
add(
    "洪泽区人民政府与河北省教育厅2023年无法提供的申请数量相比如何？",
    None,
    "compare",
    "formal",
    VS({"hongze-2023": 13, "hebei-edu-2023": 3}, "件", order=["hongze-2023", "hebei-edu-2023"]),
    each(["hongze-2023", "hebei-edu-2023"], *S4),
    note="（四） subtotals.",
)

# ---------------------------------------------------------------- rank
add(
    "2022年几份报告里谁的行政事业性收费金额最高",
    None,
    "rank",
    "colloquial",
    VS(
        {"pingtan-2022": 9116.36, "ankang-2022": 0, "hebei-kjt-2022": 0, "pingtan-junshan-2022": 0},
        "万元",
        order=["pingtan-2022"],
    ),
    ["pingtan-2022:t2.fee.amount_wan", "ankang-2022:t2.fee.amount_wan"],
    quote={"hebei-kjt-2022": "行政事业性收费0", "pingtan-junshan-2022": "行政事业性收费0"},
)
add(
    "平潭哪一年部分公开的最多",
    None,
    "rank",
    "abbreviated",
    VS({"pingtan-2019": 1, "pingtan-2020": 6, "pingtan-2021": 5, "pingtan-2022": 9}, "件", order=["pingtan-2022"]),
    each(PT, "t3.r2.tot"),
)
add(
    "河北省科技厅哪年行政许可决定最多",
    None,
    "rank",
    "abbreviated",
    VS({"hebei-kjt-2021": 1689, "hebei-kjt-2022": 1153, "hebei-kjt-2023": 1029}, "件", order=["hebei-kjt-2021"]),
    quote=KJT_LIC,
    note="2018–2020 give no clean figure (LEGACY / image / glued).",
)
add(
    "表三办理结果总计最多的是哪份报告？",
    None,
    "rank",
    "colloquial",
    VS({"shanghai-office-2019": 805}, "件", order=["shanghai-office-2019"]),
    ["shanghai-office-2019:t3.r7.tot"],
)
add(
    "平潭综合实验区各年度中，哪一年不予公开的申请最多？",
    None,
    "rank",
    "formal",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 8, "pingtan-2022": 4}, "件", order=["pingtan-2021"]),
    each(PT, *S3),
)

# ---------------------------------------------------------------- sum
add("平潭综合实验区2019年至2022年予以公开的申请合计多少件？", None, "sum", "formal", V(65, "件"), each(PT, "t3.r1.tot"))
add(
    "河北科技厅2021到2023年行政许可决定合计多少",
    None,
    "sum",
    "abbreviated",
    V(3871, "件"),
    quote=KJT_LIC,
    calc="1689+1153+1029",
)
add(
    "安康市政府办和平潭2022年新收申请合计多少",
    None,
    "sum",
    "abbreviated",
    V(130, "件"),
    ["ankang-2022:t3.new.tot", "pingtan-2022:t3.new.tot"],
)
add(
    "2023年洪泽区、河北省教育厅、河北省科学技术厅三家新收申请总和是多少？",
    None,
    "sum",
    "abbreviated",
    V(57, "件"),
    ["hongze-2023:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
    quote={"hebei-kjt-2023": "一、本年新收政府信息公开申请数量170000017"},
    calc="{hongze-2023:t3.new.tot}+{hebei-edu-2023:t3.new.tot}+17",
)
add("平潭这几年行政复议一共多少件", None, "sum", "abbreviated", V(5, "件"), each(PT, "t4.rv.tot"))

# ---------------------------------------------------------------- change
add(
    "河北科技厅2022年行政许可决定比2021年少了多少",
    None,
    "change",
    "abbreviated",
    V(-536, "件"),
    quote={k: KJT_LIC[k] for k in ("hebei-kjt-2021", "hebei-kjt-2022")},
    calc="1153-1689",
)
add(
    "平潭综合实验区2022年予以公开的申请比2021年减少了多少件？",
    None,
    "change",
    "formal",
    V(-9, "件"),
    ["pingtan-2022:t3.r1.tot", "pingtan-2021:t3.r1.tot"],
    calc="{pingtan-2022:t3.r1.tot}-{pingtan-2021:t3.r1.tot}",
)
add(
    "河北教育厅2023年现行有效的行政规范性文件比2021年少了几件",
    None,
    "change",
    "abbreviated",
    V(-25, "件"),
    ["hebei-edu-2023:t2.norm.valid", "hebei-edu-2021:t2.norm.valid"],
    calc="{hebei-edu-2023:t2.norm.valid}-{hebei-edu-2021:t2.norm.valid}",
)
add(
    "河北省人力资源和社会保障厅2020年12333来电总量比2019年减少了多少万人次？",
    None,
    "change",
    "formal",
    V(-54, "万人次"),
    quote={"hebei-rst-2019": "12333咨询电话来电总量402万人次", "hebei-rst-2020": "12333咨询电话来电总量348万人次"},
    calc="348-402",
)
add(
    "平潭行政诉讼21年到22年少了多少",
    None,
    "change",
    "abbreviated",
    V(-11, "件"),
    each(["pingtan-2022", "pingtan-2021"], "t4.ld.tot", "t4.lr.tot"),
    calc="({pingtan-2022:t4.ld.tot}+{pingtan-2022:t4.lr.tot})-({pingtan-2021:t4.ld.tot}+{pingtan-2021:t4.lr.tot})",
)

# ---------------------------------------------------------------- ratio / share
add(
    "平潭22年行政许可决定是河北科技厅22年的几倍",
    None,
    "ratio",
    "abbreviated",
    V(9.27, "倍", tol=0.05),
    ["pingtan-2022:t2.license.decisions"],
    quote={"hebei-kjt-2022": "行政许可1153"},
    calc="{pingtan-2022:t2.license.decisions}/1153",
)
add(
    "洪泽区人民政府2023年新收申请数是河北省科学技术厅同年的多少倍？",
    None,
    "ratio",
    "formal",
    V(1.24, "倍", tol=0.05),
    ["hongze-2023:t3.new.tot"],
    quote={"hebei-kjt-2023": "一、本年新收政府信息公开申请数量170000017"},
    calc="{hongze-2023:t3.new.tot}/17",
)
add(
    "省教育厅2023年行政许可决定数是2021年的多少倍",
    None,
    "ratio",
    "abbreviated",
    V(1.31, "倍", tol=0.05),
    ["hebei-edu-2023:t2.license.decisions", "hebei-edu-2021:t2.license.decisions"],
    calc="{hebei-edu-2023:t2.license.decisions}/{hebei-edu-2021:t2.license.decisions}",
)
add(
    "平潭四年新收的申请里2022年占了多少",
    None,
    "share",
    "abbreviated",
    V(39.36, "%", tol=0.05),
    each(PT, "t3.new.tot"),
    calc="100*{pingtan-2022:t3.new.tot}/({pingtan-2019:t3.new.tot}+{pingtan-2020:t3.new.tot}+{pingtan-2021:t3.new.tot}+{pingtan-2022:t3.new.tot})",
)
add(
    "河北科技厅2018-2023年收到的申请中2023年占比多少",
    None,
    "share",
    "abbreviated",
    V(51.52, "%", tol=0.05),
    quote={
        "hebei-kjt-2018": "我厅收到政府信息公开申请3件",
        "hebei-kjt-2019": "2019年未收到政府信息公开申请",
        "hebei-kjt-2020": "2020年未收到政府信息公开申请",
        "hebei-kjt-2021": "2021年收到政府信息公开申请2件",
        "hebei-kjt-2022": "2022年收到政府信息公开申请11件",
        "hebei-kjt-2023": "2023年收到政府信息公开申请17件",
    },
    calc="100*17/(3+0+0+2+11+17)",
)

# ---------------------------------------------------------------- list / which
add(
    "列出平潭综合实验区各年度行政复议结果维持的件数",
    None,
    "list",
    "formal",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 1, "pingtan-2022": 0}, "件"),
    each(PT, "t4.rv.keep"),
)
add(
    "上海市政府办公厅、平潭、河北科技厅2019年的行政复议各几件",
    None,
    "list",
    "abbreviated",
    VS({"shanghai-office-2019": 7, "pingtan-2019": 0, "hebei-kjt-2019": 0}, "件"),
    ["shanghai-office-2019:t4.rv.tot", "pingtan-2019:t4.rv.tot"],
    quote={"hebei-kjt-2019": "2019年未发生涉及政府信息公开的行政复议、行政诉讼案件"},
)
add(
    "平潭哪几年有不予公开的申请",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021", "pingtan-2022"),
    each(PT, *S3),
)
add(
    "哪些报告表二中行政事业性收费的本年收费金额不为零？",
    None,
    "which_reports",
    "formal",
    WR("hongze-2023", "hebei-edu-2021", "hebei-edu-2023", "pingtan-2021", "pingtan-2022"),
    note="all other GF2021 tables print 0; GF2019 tables have no amount.",
)

# ---------------------------------------------------------------- refusals
add(
    "2022年有多少件申请是通过信函提交的？",
    "ankang-2022",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; channels not reported.",
)
add(
    "“上海发布”抖音号粉丝有多少？",
    "shanghai-office-2019",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative value; only 播放量 and 微信/微博 figures are given.",
)
add(
    "政务公开工作领导小组有多少名成员？",
    "pingtan-2019",
    "unanswerable",
    "formal",
    R(),
    note="asked as value; not stated.",
)
add(
    "全年答复申请平均用了多少个工作日？",
    "pingtan-2021",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; not stated.",
)
add(
    "申请人中高校学生有多少？",
    "hebei-edu-2021",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; not reported.",
)
add(
    "本年度“河北教育发布”公众号的关注人数是多少？",
    "hebei-edu-2023",
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative value; the 2023 report gives none (240万 is in the 2021 report).",
)
add(
    "本年度收取了多少政府信息公开信息处理费？",
    "shanghai-office-2019",
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative value; section 六 says 无, fees are not mentioned.",
)
add(
    "洪泽区2023年政府网站访问量是多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative value; not stated.",
)
add(
    "安康市政府办2022年政务微博粉丝有多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative value; only 发布1021条.",
)
add(
    "上海科委2024年公众号原创文章总阅读量多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative value; not stated.",
)
add(
    "平潭2020年新闻发布会开了几场",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative value; not stated.",
)
add(
    "河北省科技厅2021年现行有效的行政规范性文件有多少件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    quote={"hebei-kjt-2021": "行政规范性文件81153"},
    note="asked as value; glued 「81153」 has several splits.",
)
add(
    "河北省科技厅2023年本年制发行政规范性文件几件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    quote={"hebei-kjt-2023": "行政规范性文件1153"},
    note="asked as value; glued 「1153」 has several splits.",
)
add(
    "河北省科技厅2020年行政许可处理决定数量",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    quote={"hebei-kjt-2020": "行政许可201956"},
    note="asked as value; glued 「201956」 (上一年项目/增减/处理决定) has several splits.",
)
add(
    "平潭综合实验区2022年收到的申请中有多少是网上提交的？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; channels not reported.",
)
add(
    "上海市政府办公厅2019年申请人里外国人有几个",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as value; not reported.",
)
add(
    "河北人社厅2020年予以公开的比例是多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    quote={"hebei-rst-2020": "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况"},
    note="asked as share; table 三 is an image.",
)
add(
    "河北省教育厅2016年部分公开几件",
    None,
    "unanswerable",
    "colloquial",
    R(),
    quote={"hebei-edu-2016": "受理依申请信息公开3件"},
    note="asked as value; LEGACY report, no table 三.",
)
add(
    "结转下年度继续办理的申请有多少？",
    "hebei-rst-2019",
    "unanswerable",
    "formal",
    R(),
    quote="二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况五",
    note="asked as value; table 三 is an image.",
)
add(
    "上海科委2024年上年结转2件，和2023年报告的结转下年度对得上吗？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as consistency (S1); the 2023 report is not in the store.",
)
add(
    "河北省教育厅2022年和2023年的行政复议数量相比如何？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as compare; 2022 not in store (2023: 7) — the comparison cannot be made.",
)
add(
    "安康市人民政府办公室2021年到2022年政府信息公开申请数量变化了多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as change; 2021 not in store.",
)
add(
    "洪泽区近三年行政许可决定数量怎么变化的",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as trend; only 2023 in store.",
)
add(
    "平潭综合实验区2023年与2022年相比主动公开信息增加了多少条？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as change; 2023 not in store.",
)
add(
    "上海科委近五年的申请数量排名",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as rank/trend; only 2024 in store.",
)

# ---------------------------------------------------------------- colloquial cross-report questions (agency from the scope or named in full)
add(
    "这几年每年收到的申请数是怎么变的？",
    "pingtan-2022",
    "trend",
    "colloquial",
    VS({"pingtan-2019": 23, "pingtan-2020": 21, "pingtan-2021": 70, "pingtan-2022": 74}, "件"),
    each(PT, "t3.new.tot"),
    note="「这几年」: the agency of the scoped report, every year in the store.",
)
add(
    "这几年收到的申请数有啥变化",
    "hebei-kjt-2023",
    "trend",
    "colloquial",
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
    quote={
        "hebei-kjt-2018": "我厅收到政府信息公开申请3件",
        "hebei-kjt-2019": "2019年未收到政府信息公开申请",
        "hebei-kjt-2020": "2020年未收到政府信息公开申请",
        "hebei-kjt-2021": "2021年收到政府信息公开申请2件",
        "hebei-kjt-2022": "2022年收到政府信息公开申请11件",
        "hebei-kjt-2023": "2023年收到政府信息公开申请17件",
    },
)
add(
    "河北省教育厅每年的行政许可决定数是涨了还是跌了",
    None,
    "trend",
    "colloquial",
    VS({"hebei-edu-2021": 5658, "hebei-edu-2023": 7417}, "件"),
    ["hebei-edu-2021:t2.license.decisions", "hebei-edu-2023:t2.license.decisions"],
)
add(
    "平潭综合实验区每年主动公开的信息是不是越来越多",
    None,
    "trend",
    "colloquial",
    VS({"pingtan-2019": 2599, "pingtan-2020": 2602, "pingtan-2021": 2645, "pingtan-2022": 14571}, "条"),
    quote={
        "pingtan-2019": "共公布政府信息2599条",
        "pingtan-2020": "共公布政府信息2602条",
        "pingtan-2021": "全年主动公开我区各级单位政府信息2645条",
        "pingtan-2022": "2022年全区共主动公开政府信息14571条",
    },
)
add(
    "河北省教育厅2021年和2023年哪年的行政复议多？",
    None,
    "compare",
    "colloquial",
    VS({"hebei-edu-2023": 7, "hebei-edu-2021": 0}, "件", order=["hebei-edu-2023", "hebei-edu-2021"]),
    ["hebei-edu-2023:t4.rv.tot", "hebei-edu-2021:t4.rv.tot"],
)
add(
    "洪泽区人民政府和河北省教育厅2023年谁的行政处罚决定多",
    None,
    "compare",
    "colloquial",
    VS({"hongze-2023": 4119, "hebei-edu-2023": 1}, "件", order=["hongze-2023", "hebei-edu-2023"]),
    ["hongze-2023:t2.penalty.decisions", "hebei-edu-2023:t2.penalty.decisions"],
)
add(
    "上海市人民政府办公厅跟平潭综合实验区2019年谁收到的申请多",
    None,
    "compare",
    "colloquial",
    VS({"shanghai-office-2019": 859, "pingtan-2019": 23}, "件", order=["shanghai-office-2019", "pingtan-2019"]),
    ["shanghai-office-2019:t3.new.tot", "pingtan-2019:t3.new.tot"],
)
add(
    "今年的申请是去年的几倍？",
    "pingtan-2022",
    "ratio",
    "colloquial",
    V(1.06, "倍", tol=0.05),
    ["pingtan-2022:t3.new.tot", "pingtan-2021:t3.new.tot"],
    calc="{pingtan-2022:t3.new.tot}/{pingtan-2021:t3.new.tot}",
)
add(
    "河北科技厅哪几年收到过申请",
    None,
    "which_reports",
    "abbreviated",
    WR("hebei-kjt-2018", "hebei-kjt-2021", "hebei-kjt-2022", "hebei-kjt-2023"),
    quote={
        "hebei-kjt-2018": "我厅收到政府信息公开申请3件",
        "hebei-kjt-2021": "2021年收到政府信息公开申请2件",
        "hebei-kjt-2022": "2022年收到政府信息公开申请11件",
        "hebei-kjt-2023": "2023年收到政府信息公开申请17件",
    },
)
add(
    "平潭哪几年的报告有结转到下年度的申请",
    None,
    "which_reports",
    "abbreviated",
    WR("pingtan-2021"),
    each(PT, "t3.carry_out.tot"),
)

# ---------------------------------------------------------------- typos, terse and wordy forms of table questions
add(
    "形政复议结果维持了几件",
    "hongze-2023",
    "value",
    "colloquial",
    V(10, "件"),
    ["t4.rv.keep"],
    note="typo 形政 for 行政.",
)
add(
    "安康市政府办2022年收刀多少件信息公开申清",
    None,
    "value",
    "abbreviated",
    V(56, "件"),
    ["ankang-2022:t3.new.tot"],
    note="typos 收刀 for 收到, 申清 for 申请.",
)
add("予已公开的有几件", "pingtan-2021", "value", "colloquial", V(30, "件"), ["t3.r1.tot"], note="typo 予已 for 予以.")
add(
    "上海科委2024年复义维持几件",
    None,
    "value",
    "abbreviated",
    V(1, "件"),
    ["shanghai-kewei-2024:t4.rv.keep"],
    note="typo 复义 for 复议.",
)
add(
    "不予处里的有多少件",
    "hebei-edu-2021",
    "value",
    "colloquial",
    V(15, "件"),
    [f"t3.r5_{i}.tot" for i in range(1, 6)],
    note="typo 处里 for 处理; （五） subtotal.",
)
add(
    "河北省教育厅2023年形政许可决定多少件",
    None,
    "value",
    "colloquial",
    V(7417, "件"),
    ["hebei-edu-2023:t2.license.decisions"],
    note="typo 形政.",
)
add("平潭2021新收申请", None, "value", "abbreviated", V(70, "件"), ["pingtan-2021:t3.new.tot"], note="terse, no 年.")
add(
    "结转下年度继续办里的有多少件",
    "shanghai-office-2019",
    "value",
    "colloquial",
    V(72, "件"),
    ["t3.carry_out.tot"],
    note="typo 办里.",
)
add(
    "洪泽区2023年无法题供的有几件",
    None,
    "value",
    "abbreviated",
    V(13, "件"),
    [f"hongze-2023:t3.r4_{i}.tot" for i in range(1, 4)],
    note="typo 题供 for 提供; （四） subtotal.",
)
add(
    "平潭综合实验区2022年行政复义总计",
    None,
    "value",
    "colloquial",
    V(2, "件"),
    ["pingtan-2022:t4.rv.tot"],
    note="typo 复义, terse.",
)
add("同意公开的有几件", "ankang-2022", "value", "colloquial", V(8, "件"), ["t3.r1.tot"], note="同意公开 = 予以公开.")
add(
    "河北省教育厅2023年同意公开的申请有多少件",
    None,
    "value",
    "colloquial",
    V(9, "件"),
    ["hebei-edu-2023:t3.r1.tot"],
    note="同意公开 = 予以公开, not the 19 received.",
)
add(
    "您好，我是一名记者，正在核对上海市人民政府办公厅2019年政府信息公开年报里的数字，请问表四中未经复议直接起诉的行政诉讼案件中，结果维持的一共有几件？",
    None,
    "value",
    "formal",
    V(8, "件"),
    ["shanghai-office-2019:t4.ld.keep"],
    note="wordy; 结果维持 8 of 9.",
)
add(
    "想了解一下，河北省教育厅2023年那份年报里面，行政复议那一栏，被纠正的有几件呀？",
    None,
    "value",
    "colloquial",
    V(1, "件"),
    ["hebei-edu-2023:t4.rv.fix"],
    note="wordy.",
)

# ---------------------------------------------------------------- a few more plausible refusals
add(
    "那件行政复议是谁申请的，自然人还是企业？",
    "shanghai-kewei-2024",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative; the report does not say who applied for the review.",
)
add(
    "平潭综合实验区2020年政务公开绩效考核得了多少分？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as value; not stated.",
)
add(
    "依申请公开平均办理时长是多少天？", "hongze-2023", "unanswerable", "formal", R(), note="asked as value; not stated."
)
add(
    "平潭2019年政府网站日均访问量多少",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative value; not stated.",
)
add(
    "安康市政府办2022年政府公报每期印了多少份",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as narrative value; only 4期 stated.",
)
add(
    "“张江高新区”专栏发布了多少条信息？",
    "shanghai-kewei-2024",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as narrative value; the column is mentioned, no count.",
)
add(
    "河北省人力资源和社会保障厅2023年12345热线的群众满意率是多少？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as narrative value; only 接通量/工单 counts are given.",
)
