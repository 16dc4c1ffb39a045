"""Questions asked to the whole store: trends, rankings, comparisons, sums, which-reports, missing agencies/years."""

from _dsl import CT, VD, VS, WR, R, V, about, add

about(None)
PT = ["pingtan-2019", "pingtan-2020", "pingtan-2021", "pingtan-2022"]


def each(reports, *keys):
    return [f"{r}:{k}" for r in reports for k in keys]


KJT_APPS = {
    "hebei-kjt-2018": "我厅收到政府信息公开申请3件",
    "hebei-kjt-2019": "2019年未收到政府信息公开申请",
    "hebei-kjt-2020": "2020年未收到政府信息公开申请",
    "hebei-kjt-2021": "2021年收到政府信息公开申请2件",
    "hebei-kjt-2022": "2022年收到政府信息公开申请11件",
    "hebei-kjt-2023": "2023年收到政府信息公开申请17件",
}
KJT_APPS_V = {
    "hebei-kjt-2018": 3,
    "hebei-kjt-2019": 0,
    "hebei-kjt-2020": 0,
    "hebei-kjt-2021": 2,
    "hebei-kjt-2022": 11,
    "hebei-kjt-2023": 17,
}
PT_NEW = {"pingtan-2019": 23, "pingtan-2020": 21, "pingtan-2021": 70, "pingtan-2022": 74}
PT_PUB_Q = {
    "pingtan-2019": "共公布政府信息2599条",
    "pingtan-2020": "共公布政府信息2602条",
    "pingtan-2021": "全年主动公开我区各级单位政府信息2645条",
    "pingtan-2022": "2022年全区共主动公开政府信息14571条",
}
Y22 = {"ankang-2022": 56, "pingtan-2022": 74, "hebei-kjt-2022": 11, "pingtan-junshan-2022": 0}
Y22_Q = {
    "hebei-kjt-2022": "一、本年新收政府信息公开申请数量110000011",
    "pingtan-junshan-2022": "一、本年新收政府信息公开申请数量0000000",
}

# ---------------------------------------------------------------- trend
add(
    "平潭综合实验区2019年到2022年每年新收的政府信息公开申请数量分别是多少？",
    None,
    "trend",
    "formal",
    VS(PT_NEW, "件"),
    each(PT, "t3.new.tot"),
)
add("平潭的申请数量逐年怎么变化？", None, "trend", "abbreviated", VS(PT_NEW, "件"), each(PT, "t3.new.tot"))
add(
    "平潭这几年收到的信息公开申请是多了还是少了", None, "trend", "abbreviated", VS(PT_NEW, "件"), each(PT, "t3.new.tot")
)
add(
    "平潭历年行政复议案件数",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 3, "pingtan-2022": 2}, "件"),
    each(PT, "t4.rv.tot"),
)
add(
    "平潭综合实验区历年年报中主动公开政府信息条数的变化趋势如何？",
    None,
    "trend",
    "formal",
    VS({"pingtan-2019": 2599, "pingtan-2020": 2602, "pingtan-2021": 2645, "pingtan-2022": 14571}, "条"),
    quote=PT_PUB_Q,
)
add(
    "平潭这几年予以公开的申请数是怎么变的",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 7, "pingtan-2020": 7, "pingtan-2021": 30, "pingtan-2022": 21}, "件"),
    each(PT, "t3.r1.tot"),
)
add(
    "平潭综合实验区2019—2022年因本机关不掌握相关政府信息而无法提供的申请数量变化情况如何？",
    None,
    "trend",
    "formal",
    VS({"pingtan-2019": 7, "pingtan-2020": 4, "pingtan-2021": 25, "pingtan-2022": 37}, "件"),
    each(PT, "t3.r4_1.tot"),
    note="row （四）1 only, not the （四） subtotal.",
)
add(
    "平潭历年行政诉讼（直接起诉加复议后起诉）多少件",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 12, "pingtan-2022": 1}, "件"),
    each(PT, "t4.ld.tot", "t4.lr.tot"),
)
add(
    "河北省教育厅历年报告中收到的政府信息公开申请数量有何变化？",
    None,
    "trend",
    "formal",
    VS({"hebei-edu-2016": 3, "hebei-edu-2018": 1, "hebei-edu-2021": 37, "hebei-edu-2023": 19}, "件"),
    ["hebei-edu-2021:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
    quote={"hebei-edu-2016": "受理依申请信息公开3件", "hebei-edu-2018": "受理依申请信息公开1件"},
    note="2016 and 2018 are LEGACY reports: the text's 受理 count.",
)
add(
    "省教育厅这几年的行政许可决定数怎么变化",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-edu-2021": 5658, "hebei-edu-2023": 7417}, "件"),
    ["hebei-edu-2021:t2.license.decisions", "hebei-edu-2023:t2.license.decisions"],
    note="2016/2018 reports have no table 二.",
)
add(
    "河北教育厅历年行政事业性收费金额",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-edu-2021": 1163.54, "hebei-edu-2023": 397.619}, "万元"),
    ["hebei-edu-2021:t2.fee.amount_wan", "hebei-edu-2023:t2.fee.amount_wan"],
)
add(
    "河北省科学技术厅2018年至2023年每年收到的政府信息公开申请数量分别是多少？",
    None,
    "trend",
    "formal",
    VS(KJT_APPS_V, "件"),
    quote=KJT_APPS,
)
add("省科技厅这几年收到的申请多了还是少了", None, "trend", "abbreviated", VS(KJT_APPS_V, "件"), quote=KJT_APPS)
add(
    "河北省科技厅历年举办参加新闻发布会的次数",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2018": 3, "hebei-kjt-2019": 5, "hebei-kjt-2020": 7, "hebei-kjt-2021": 7}, "次"),
    quote={
        "hebei-kjt-2018": "全年共举办参加新闻发布会3次",
        "hebei-kjt-2019": "我厅共举办参加新闻发布会5次",
        "hebei-kjt-2020": "我厅共举办参加新闻发布会7次",
        "hebei-kjt-2021": "举办参加新闻发布会7次",
    },
    note="the 2022 and 2023 reports give no count.",
)
add(
    "河北省科学技术厅2021—2023年行政许可处理决定数量如何变化？",
    None,
    "trend",
    "formal",
    VS({"hebei-kjt-2021": 1689, "hebei-kjt-2022": 1153, "hebei-kjt-2023": 1029}, "件"),
    quote={"hebei-kjt-2021": "行政许可1689", "hebei-kjt-2022": "行政许可1153", "hebei-kjt-2023": "行政许可1029"},
)
add(
    "河北科技厅近三年“科技河北”微信公众号关注人数变化",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2021": 22000, "hebei-kjt-2022": 37000, "hebei-kjt-2023": 66000}, "人"),
    quote={
        "hebei-kjt-2021": "关注人数达22000余人",
        "hebei-kjt-2022": "微信公众号关注人数达3.7万人",
        "hebei-kjt-2023": "微信公众号关注人数达6.6万人",
    },
    note="printed 22000余人, 3.7万人, 6.6万人.",
)
add(
    "省科技厅网站21到23年每年发的信息数咋变的",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2021": 4818, "hebei-kjt-2022": 5009, "hebei-kjt-2023": 4987}, "篇"),
    quote={"hebei-kjt-2021": "各类信息4818篇", "hebei-kjt-2022": "各类信息5009篇", "hebei-kjt-2023": "各类信息4987篇"},
)
add(
    "河北省人力资源和社会保障厅2019年、2020年和2023年的依申请公开数量分别是多少？",
    None,
    "trend",
    "formal",
    VS({"hebei-rst-2019": 64, "hebei-rst-2020": 78, "hebei-rst-2023": 224}, "件"),
    quote={
        "hebei-rst-2019": "全年共受理政府信息公开申请64件",
        "hebei-rst-2020": "全年共受理政府信息公开申请78件",
        "hebei-rst-2023": "2023年办理依申请公开文件数224件",
    },
    note="2019/2020 受理; 2023 办理依申请公开文件数 (the only figure given).",
)
add(
    "河北人社厅历年12333来电总量",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-rst-2019": 402, "hebei-rst-2020": 348}, "万人次"),
    quote={"hebei-rst-2019": "12333咨询电话来电总量402万人次", "hebei-rst-2020": "12333咨询电话来电总量348万人次"},
    note="the 2023 report gives no 12333 total.",
)
add(
    "省科技厅每年办的建议提案复文是越来越多吗",
    None,
    "trend",
    "abbreviated",
    VS({"hebei-kjt-2021": 29, "hebei-kjt-2022": 36, "hebei-kjt-2023": 41}, "件"),
    quote={"hebei-kjt-2021": "复文共29件", "hebei-kjt-2022": "复文共36件", "hebei-kjt-2023": "复文共41件"},
)
add(
    "平潭每年结转到下一年继续办理的申请有多少",
    None,
    "trend",
    "abbreviated",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 1, "pingtan-2022": 0}, "件"),
    each(PT, "t3.carry_out.tot"),
)
add(
    "平潭综合实验区历年行政事业性收费金额是多少？",
    None,
    "trend",
    "formal",
    VS({"pingtan-2021": 24252.311082, "pingtan-2022": 9116.36}, "万元"),
    ["pingtan-2021:t2.fee.amount_wan", "pingtan-2022:t2.fee.amount_wan"],
    note="2019/2020 (GF2019) have no fee amount.",
)

# ---------------------------------------------------------------- rank
add(
    "2022年安康市政府办、平潭、河北省科技厅、君山片区管理局，谁新收的政府信息公开申请最多？",
    None,
    "rank",
    "abbreviated",
    VS(Y22, "件", order=["pingtan-2022", "ankang-2022", "hebei-kjt-2022", "pingtan-junshan-2022"]),
    ["ankang-2022:t3.new.tot", "pingtan-2022:t3.new.tot"],
    quote=Y22_Q,
)
add(
    "2022年的报告里，哪个机关收到的申请最多？",
    None,
    "rank",
    "colloquial",
    VS(Y22, "件", order=["pingtan-2022"]),
    ["ankang-2022:t3.new.tot", "pingtan-2022:t3.new.tot"],
    quote=Y22_Q,
)
add(
    "2023年洪泽区、河北省教育厅、河北省科学技术厅新收申请数量从多到少如何排序？",
    None,
    "rank",
    "abbreviated",
    VS(
        {"hongze-2023": 21, "hebei-edu-2023": 19, "hebei-kjt-2023": 17},
        "件",
        order=["hongze-2023", "hebei-edu-2023", "hebei-kjt-2023"],
    ),
    ["hongze-2023:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
    quote={"hebei-kjt-2023": "一、本年新收政府信息公开申请数量170000017"},
)
add(
    "2021年平潭、河北教育厅、河北科技厅的新收申请排个序",
    None,
    "rank",
    "abbreviated",
    VS(
        {"pingtan-2021": 70, "hebei-edu-2021": 37, "hebei-kjt-2021": 2},
        "件",
        order=["pingtan-2021", "hebei-edu-2021", "hebei-kjt-2021"],
    ),
    ["pingtan-2021:t3.new.tot", "hebei-edu-2021:t3.new.tot"],
    quote={"hebei-kjt-2021": "一、本年新收政府信息公开申请数量2000002"},
)
add(
    "2019年上海市政府办公厅、平潭、河北省科技厅谁收到的申请最多",
    None,
    "rank",
    "abbreviated",
    VS(
        {"shanghai-office-2019": 859, "pingtan-2019": 23, "hebei-kjt-2019": 0},
        "件",
        order=["shanghai-office-2019", "pingtan-2019", "hebei-kjt-2019"],
    ),
    ["shanghai-office-2019:t3.new.tot", "pingtan-2019:t3.new.tot"],
    quote={"hebei-kjt-2019": "2019年未收到政府信息公开申请"},
)
add(
    "所有报告里哪一份新收的政府信息公开申请最多？",
    None,
    "rank",
    "colloquial",
    VS({"shanghai-office-2019": 859}, "件", order=["shanghai-office-2019"]),
    ["shanghai-office-2019:t3.new.tot"],
    note="next largest: hebei-rst-2023 办理224 (text), pingtan-2021/2022 70/74.",
)
add(
    "2023年洪泽区、河北省教育厅、河北省科学技术厅的行政许可决定数量如何排名？",
    None,
    "rank",
    "abbreviated",
    VS(
        {"hebei-edu-2023": 7417, "hebei-kjt-2023": 1029, "hongze-2023": 550},
        "件",
        order=["hebei-edu-2023", "hebei-kjt-2023", "hongze-2023"],
    ),
    ["hebei-edu-2023:t2.license.decisions", "hongze-2023:t2.license.decisions"],
    quote={"hebei-kjt-2023": "行政许可1029"},
)
add(
    "2022年平潭、河北科技厅、安康市政府办的行政许可处理决定数排个序",
    None,
    "rank",
    "abbreviated",
    VS(
        {"pingtan-2022": 10690, "hebei-kjt-2022": 1153, "ankang-2022": 0},
        "件",
        order=["pingtan-2022", "hebei-kjt-2022", "ankang-2022"],
    ),
    ["pingtan-2022:t2.license.decisions", "ankang-2022:t2.license.decisions"],
    quote={"hebei-kjt-2022": "行政许可1153"},
)
add(
    "2023年洪泽区、河北省教育厅、河北省科技厅，哪家的行政事业性收费金额最高？",
    None,
    "rank",
    "abbreviated",
    VS(
        {"hongze-2023": 7730.28, "hebei-edu-2023": 397.619, "hebei-kjt-2023": 0},
        "万元",
        order=["hongze-2023", "hebei-edu-2023", "hebei-kjt-2023"],
    ),
    ["hongze-2023:t2.fee.amount_wan", "hebei-edu-2023:t2.fee.amount_wan"],
    quote={"hebei-kjt-2023": "行政事业性收费0"},
)
add(
    "平潭综合实验区、河北省教育厅、上海市人民政府办公厅、安康市人民政府办公室的历年年报中，哪一份报告的政府信息公开行政诉讼案件最多？",
    None,
    "rank",
    "formal",
    VS(
        {
            "pingtan-2021": 12,
            "shanghai-office-2019": 9,
            "hebei-edu-2021": 8,
            "hebei-edu-2023": 7,
            "ankang-2022": 2,
            "pingtan-2022": 1,
            "pingtan-2019": 0,
            "pingtan-2020": 0,
        },
        "件",
        order=["pingtan-2021"],
    ),
    [
        *each(
            [
                "pingtan-2021",
                "hebei-edu-2021",
                "hebei-edu-2023",
                "ankang-2022",
                "pingtan-2022",
                "pingtan-2019",
                "pingtan-2020",
            ],
            "t4.ld.tot",
            "t4.lr.tot",
        ),
        "shanghai-office-2019:t4.ld.tot",
    ],
    note="行政诉讼 = 未经复议直接起诉 + 复议后起诉; 上海 复议后起诉 blank; 河北教育厅 2016/2018 had none about 信息公开.",
)
add(
    "2022年的几份报告里，哪个机关予以公开的申请最多",
    None,
    "rank",
    "colloquial",
    VS(
        {"pingtan-2022": 21, "hebei-kjt-2022": 10, "ankang-2022": 8, "pingtan-junshan-2022": 0},
        "件",
        order=["pingtan-2022", "hebei-kjt-2022", "ankang-2022", "pingtan-junshan-2022"],
    ),
    ["pingtan-2022:t3.r1.tot", "ankang-2022:t3.r1.tot"],
    quote={"hebei-kjt-2022": "（一）予以公开100000010", "pingtan-junshan-2022": "（一）予以公开0000000"},
)
add(
    "2023年洪泽、省教育厅、省科技厅，哪家予以公开的比例（占新收）最高？",
    None,
    "rank",
    "abbreviated",
    VS(
        {"hebei-kjt-2023": 100, "hebei-edu-2023": 47.37, "hongze-2023": 0},
        "%",
        order=["hebei-kjt-2023", "hebei-edu-2023", "hongze-2023"],
        tol=0.05,
    ),
    ["hebei-edu-2023:t3.r1.tot", "hebei-edu-2023:t3.new.tot", "hongze-2023:t3.r1.tot", "hongze-2023:t3.new.tot"],
    quote={"hebei-kjt-2023": "（一）予以公开170000017"},
    note="17/17, 9/19, 0/21.",
    calc={
        "hebei-kjt-2023": "100*17/17",
        "hebei-edu-2023": "100*{hebei-edu-2023:t3.r1.tot}/{hebei-edu-2023:t3.new.tot}",
        "hongze-2023": "100*{hongze-2023:t3.r1.tot}/{hongze-2023:t3.new.tot}",
    },
)
add(
    "平潭综合实验区哪一年新收政府信息公开申请最多？",
    None,
    "rank",
    "formal",
    VS(PT_NEW, "件", order=["pingtan-2022"]),
    each(PT, "t3.new.tot"),
)
add(
    "河北省科学技术厅哪一年收到的政府信息公开申请最多？",
    None,
    "rank",
    "formal",
    VS(KJT_APPS_V, "件", order=["hebei-kjt-2023"]),
    quote=KJT_APPS,
)
add(
    "平潭哪一年主动公开的信息条数最少",
    None,
    "rank",
    "abbreviated",
    VS(
        {"pingtan-2019": 2599, "pingtan-2020": 2602, "pingtan-2021": 2645, "pingtan-2022": 14571},
        "条",
        order=["pingtan-2019"],
    ),
    quote=PT_PUB_Q,
)
add(
    "在河北省教育厅的历年年报中，哪一年因政府信息公开被申请行政复议的案件最多？",
    None,
    "rank",
    "formal",
    VS(
        {"hebei-edu-2023": 7, "hebei-edu-2021": 0, "hebei-edu-2016": 0, "hebei-edu-2018": 0},
        "件",
        order=["hebei-edu-2023"],
    ),
    ["hebei-edu-2023:t4.rv.tot", "hebei-edu-2021:t4.rv.tot"],
    quote={
        "hebei-edu-2016": "没有因政府信息公开而被提起的行政复议或行政诉讼",
        "hebei-edu-2018": "没有因政府信息公开而被提起的行政复议或行政诉讼",
    },
)
add(
    "河北省科技厅哪年收到的申请最少",
    None,
    "rank",
    "abbreviated",
    VS({"hebei-kjt-2019": 0, "hebei-kjt-2020": 0}, "件", order=["hebei-kjt-2019", "hebei-kjt-2020"]),
    quote={k: KJT_APPS[k] for k in ("hebei-kjt-2019", "hebei-kjt-2020")},
    note="a tie: none received in 2019 and 2020.",
)

# ---------------------------------------------------------------- compare
add(
    "平潭2022年和2021年哪一年新收申请更多？",
    None,
    "compare",
    "abbreviated",
    VS({"pingtan-2022": 74, "pingtan-2021": 70}, "件", order=["pingtan-2022", "pingtan-2021"]),
    ["pingtan-2022:t3.new.tot", "pingtan-2021:t3.new.tot"],
)
add(
    "2023年洪泽区人民政府和河北省教育厅相比，谁的行政复议结果维持数更多？",
    None,
    "compare",
    "formal",
    VS({"hongze-2023": 10, "hebei-edu-2023": 6}, "件", order=["hongze-2023", "hebei-edu-2023"]),
    ["hongze-2023:t4.rv.keep", "hebei-edu-2023:t4.rv.keep"],
)
add(
    "安康政府办和平潭2022年予以公开的申请各多少，哪个多",
    None,
    "compare",
    "abbreviated",
    VS({"pingtan-2022": 21, "ankang-2022": 8}, "件", order=["pingtan-2022", "ankang-2022"]),
    ["pingtan-2022:t3.r1.tot", "ankang-2022:t3.r1.tot"],
)
add(
    "河北省教育厅2021年与2023年新收政府信息公开申请数量对比情况如何？",
    None,
    "compare",
    "formal",
    VS({"hebei-edu-2021": 37, "hebei-edu-2023": 19}, "件", order=["hebei-edu-2021", "hebei-edu-2023"]),
    ["hebei-edu-2021:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
)
add(
    "省科技厅2022年和2023年的行政许可决定数哪年多",
    None,
    "compare",
    "abbreviated",
    VS({"hebei-kjt-2022": 1153, "hebei-kjt-2023": 1029}, "件", order=["hebei-kjt-2022", "hebei-kjt-2023"]),
    quote={"hebei-kjt-2022": "行政许可1153", "hebei-kjt-2023": "行政许可1029"},
)
add(
    "上海科委2024年和上海市政府办公厅2019年的上年结转申请比一比",
    None,
    "compare",
    "abbreviated",
    VS(
        {"shanghai-office-2019": 18, "shanghai-kewei-2024": 2},
        "件",
        order=["shanghai-office-2019", "shanghai-kewei-2024"],
    ),
    ["shanghai-office-2019:t3.carry_in.tot", "shanghai-kewei-2024:t3.carry_in.tot"],
)
add(
    "河北省教育厅2021年与2023年行政事业性收费金额相比如何？",
    None,
    "compare",
    "formal",
    VS({"hebei-edu-2021": 1163.54, "hebei-edu-2023": 397.619}, "万元", order=["hebei-edu-2021", "hebei-edu-2023"]),
    ["hebei-edu-2021:t2.fee.amount_wan", "hebei-edu-2023:t2.fee.amount_wan"],
)
add(
    "洪泽区2023年和河北省教育厅2023年谁收到的申请多",
    None,
    "compare",
    "abbreviated",
    VS({"hongze-2023": 21, "hebei-edu-2023": 19}, "件", order=["hongze-2023", "hebei-edu-2023"]),
    ["hongze-2023:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
)
add(
    "跟去年比，今年的行政复议多了还是少了？",
    "pingtan-2022",
    "compare",
    "colloquial",
    VS({"pingtan-2021": 3, "pingtan-2022": 2}, "件", order=["pingtan-2021", "pingtan-2022"]),
    ["pingtan-2022:t4.rv.tot", "pingtan-2021:t4.rv.tot"],
    note="「去年」 relative to the 2022 report.",
)
add(
    "2021年平潭综合实验区与河北省教育厅未经复议直接起诉的行政诉讼数量相比如何？",
    None,
    "compare",
    "formal",
    VS({"pingtan-2021": 12, "hebei-edu-2021": 6}, "件", order=["pingtan-2021", "hebei-edu-2021"]),
    ["pingtan-2021:t4.ld.tot", "hebei-edu-2021:t4.ld.tot"],
)
add(
    "平潭2020和2019年部分公开的件数比较",
    None,
    "compare",
    "abbreviated",
    VS({"pingtan-2020": 6, "pingtan-2019": 1}, "件", order=["pingtan-2020", "pingtan-2019"]),
    ["pingtan-2020:t3.r2.tot", "pingtan-2019:t3.r2.tot"],
)
add(
    "河北人社厅2020年受理的申请比2019年多还是少",
    None,
    "compare",
    "abbreviated",
    VS({"hebei-rst-2020": 78, "hebei-rst-2019": 64}, "件", order=["hebei-rst-2020", "hebei-rst-2019"]),
    quote={"hebei-rst-2019": "全年共受理政府信息公开申请64件", "hebei-rst-2020": "全年共受理政府信息公开申请78件"},
)
add(
    "安康市人民政府办公室2022年与洪泽区人民政府2023年的办理结果总计相比如何？",
    None,
    "compare",
    "formal",
    VS({"ankang-2022": 58, "hongze-2023": 21}, "件", order=["ankang-2022", "hongze-2023"]),
    ["ankang-2022:t3.r7.tot", "hongze-2023:t3.r7.tot"],
)
add(
    "平潭和君山片区管理局2022年谁主动公开的信息多",
    None,
    "compare",
    "abbreviated",
    VS({"pingtan-2022": 14571, "pingtan-junshan-2022": 156}, "条", order=["pingtan-2022", "pingtan-junshan-2022"]),
    quote={"pingtan-2022": "2022年全区共主动公开政府信息14571条", "pingtan-junshan-2022": "全年主动公开信息数156条"},
)

# ---------------------------------------------------------------- change
add(
    "2022年和2021年相比申请数量变化？",
    "pingtan-2022",
    "change",
    "colloquial",
    V(4, "件"),
    ["pingtan-2022:t3.new.tot", "pingtan-2021:t3.new.tot"],
    calc="{pingtan-2022:t3.new.tot}-{pingtan-2021:t3.new.tot}",
    note="signed change, later minus earlier (74-70).",
)
add(
    "平潭综合实验区2021年新收申请比2020年增加了多少件？",
    None,
    "change",
    "formal",
    V(49, "件"),
    ["pingtan-2021:t3.new.tot", "pingtan-2020:t3.new.tot"],
    calc="{pingtan-2021:t3.new.tot}-{pingtan-2020:t3.new.tot}",
)
add(
    "平潭2020年比2019年申请数少了几件",
    None,
    "change",
    "abbreviated",
    V(-2, "件"),
    ["pingtan-2020:t3.new.tot", "pingtan-2019:t3.new.tot"],
    calc="{pingtan-2020:t3.new.tot}-{pingtan-2019:t3.new.tot}",
    note="signed: -2 (「少了2件」 matches).",
)
add(
    "和上一份年报（2021年）比，新收申请减少了多少件？",
    "hebei-edu-2023",
    "change",
    "colloquial",
    V(-18, "件"),
    ["hebei-edu-2023:t3.new.tot", "hebei-edu-2021:t3.new.tot"],
    calc="{hebei-edu-2023:t3.new.tot}-{hebei-edu-2021:t3.new.tot}",
)
add(
    "河北省科技厅2023年收到的申请比2022年多几件",
    None,
    "change",
    "abbreviated",
    V(6, "件"),
    quote={"hebei-kjt-2023": KJT_APPS["hebei-kjt-2023"], "hebei-kjt-2022": KJT_APPS["hebei-kjt-2022"]},
    calc="17-11",
)
add(
    "河北省教育厅2023年行政许可决定数量比2021年增加了多少？",
    None,
    "change",
    "formal",
    V(1759, "件"),
    ["hebei-edu-2023:t2.license.decisions", "hebei-edu-2021:t2.license.decisions"],
    calc="{hebei-edu-2023:t2.license.decisions}-{hebei-edu-2021:t2.license.decisions}",
)
add(
    "平潭2022年主动公开信息比2021年多了多少条",
    None,
    "change",
    "abbreviated",
    V(11926, "条"),
    quote={"pingtan-2022": PT_PUB_Q["pingtan-2022"], "pingtan-2021": PT_PUB_Q["pingtan-2021"]},
    calc="14571-2645",
)
add(
    "河北省人力资源和社会保障厅2020年受理申请数比2019年增加多少件？",
    None,
    "change",
    "formal",
    V(14, "件"),
    quote={"hebei-rst-2019": "全年共受理政府信息公开申请64件", "hebei-rst-2020": "全年共受理政府信息公开申请78件"},
    calc="78-64",
)
add(
    "同去年相比，本年度行政诉讼数量有何变化？",
    "pingtan-2022",
    "change",
    "formal",
    V(-11, "件"),
    ["pingtan-2022:t4.ld.tot", "pingtan-2022:t4.lr.tot", "pingtan-2021:t4.ld.tot", "pingtan-2021:t4.lr.tot"],
    calc="({pingtan-2022:t4.ld.tot}+{pingtan-2022:t4.lr.tot})-({pingtan-2021:t4.ld.tot}+{pingtan-2021:t4.lr.tot})",
    note="1 vs 12.",
)
add(
    "平潭综合实验区2022年新收申请较上年增长百分之几？",
    None,
    "change",
    "formal",
    V(5.71, "%", tol=0.05),
    ["pingtan-2022:t3.new.tot", "pingtan-2021:t3.new.tot"],
    calc="100*({pingtan-2022:t3.new.tot}-{pingtan-2021:t3.new.tot})/{pingtan-2021:t3.new.tot}",
)
add(
    "河北教育厅2023年行政事业性收费比2021年少了多少万元",
    None,
    "change",
    "abbreviated",
    V(-765.921, "万元", tol=0.001),
    ["hebei-edu-2023:t2.fee.amount_wan", "hebei-edu-2021:t2.fee.amount_wan"],
    calc="{hebei-edu-2023:t2.fee.amount_wan}-{hebei-edu-2021:t2.fee.amount_wan}",
)
add(
    "河北省科技厅公众号关注人数2023年比2022年涨了多少",
    None,
    "change",
    "abbreviated",
    V(2.9, "万人", tol=0.05),
    quote={"hebei-kjt-2023": "微信公众号关注人数达6.6万人", "hebei-kjt-2022": "微信公众号关注人数达3.7万人"},
    calc="6.6-3.7",
)
add(
    "与上一年度相比，本年度予以公开的申请增加了多少件？",
    "pingtan-2021",
    "change",
    "formal",
    V(23, "件"),
    ["pingtan-2021:t3.r1.tot", "pingtan-2020:t3.r1.tot"],
    calc="{pingtan-2021:t3.r1.tot}-{pingtan-2020:t3.r1.tot}",
)
add(
    "二零二一年到二〇二二年，平潭综合实验区行政复议案件数量变化了多少？",
    None,
    "change",
    "formal",
    V(-1, "件"),
    ["pingtan-2022:t4.rv.tot", "pingtan-2021:t4.rv.tot"],
    calc="{pingtan-2022:t4.rv.tot}-{pingtan-2021:t4.rv.tot}",
    note="Chinese-digit years.",
)
add(
    "平潭这几年本机关不掌握信息的申请从19年到22年增加了多少",
    None,
    "change",
    "abbreviated",
    V(30, "件"),
    ["pingtan-2022:t3.r4_1.tot", "pingtan-2019:t3.r4_1.tot"],
    calc="{pingtan-2022:t3.r4_1.tot}-{pingtan-2019:t3.r4_1.tot}",
)
add(
    "上海市政府办公厅2019年的申请量跟去年比是涨是跌，变化多少？",
    None,
    "change",
    "abbreviated",
    V(-12.3, "%"),
    quote={"shanghai-office-2019": "申请数量较去年回落12.3%"},
    note="回落12.3% = -12.3%.",
)

# ---------------------------------------------------------------- sum
add(
    "平潭综合实验区2019年至2022年新收政府信息公开申请合计多少件？",
    None,
    "sum",
    "formal",
    V(188, "件"),
    each(PT, "t3.new.tot"),
)
add("平潭这四年一共收到多少申请", None, "sum", "abbreviated", V(188, "件"), each(PT, "t3.new.tot"))
add(
    "河北教育厅2021和2023两年新收申请加起来多少",
    None,
    "sum",
    "abbreviated",
    V(56, "件"),
    ["hebei-edu-2021:t3.new.tot", "hebei-edu-2023:t3.new.tot"],
)
add(
    "河北省科学技术厅2018年至2023年共收到政府信息公开申请多少件？",
    None,
    "sum",
    "formal",
    V(33, "件"),
    quote=KJT_APPS,
    calc="3+0+0+2+11+17",
)
add(
    "2022年各报告新收申请加起来一共多少件",
    None,
    "sum",
    "colloquial",
    V(141, "件"),
    ["ankang-2022:t3.new.tot", "pingtan-2022:t3.new.tot"],
    quote=Y22_Q,
    calc="{ankang-2022:t3.new.tot}+{pingtan-2022:t3.new.tot}+11+0",
    note="安康56 + 平潭74 + 河北科技厅11 + 君山片区0.",
)
add(
    "平潭2021和2022年行政诉讼一共多少件",
    None,
    "sum",
    "abbreviated",
    V(13, "件"),
    each(["pingtan-2021", "pingtan-2022"], "t4.ld.tot", "t4.lr.tot"),
)
add(
    "2023年洪泽区人民政府和河北省教育厅的行政复议结果维持数合计为多少？",
    None,
    "sum",
    "formal",
    V(16, "件"),
    ["hongze-2023:t4.rv.keep", "hebei-edu-2023:t4.rv.keep"],
)
add(
    "省科技厅2021到2023年办理的建议提案复文共多少件",
    None,
    "sum",
    "abbreviated",
    V(106, "件"),
    quote={"hebei-kjt-2021": "复文共29件", "hebei-kjt-2022": "复文共36件", "hebei-kjt-2023": "复文共41件"},
    calc="29+36+41",
)
add(
    "行政复议和行政诉讼加起来一共多少件？",
    "pingtan-2021",
    "sum",
    "colloquial",
    V(15, "件"),
    ["pingtan-2021:t4.rv.tot", "pingtan-2021:t4.ld.tot", "pingtan-2021:t4.lr.tot"],
)
add(
    "平潭综合实验区2021年和2022年行政事业性收费金额合计多少万元？",
    None,
    "sum",
    "formal",
    V(33368.671082, "万元", tol=1e-6),
    ["pingtan-2021:t2.fee.amount_wan", "pingtan-2022:t2.fee.amount_wan"],
)
add(
    "河北省教育厅2021年、2023年两年的行政诉讼一共多少件",
    None,
    "sum",
    "formal",
    V(15, "件"),
    each(["hebei-edu-2021", "hebei-edu-2023"], "t4.ld.tot", "t4.lr.tot"),
)

# ---------------------------------------------------------------- share / ratio across reports
add(
    "2022年几份报告的新收申请里平潭占多少",
    None,
    "share",
    "abbreviated",
    V(52.48, "%", tol=0.05),
    ["ankang-2022:t3.new.tot", "pingtan-2022:t3.new.tot"],
    quote=Y22_Q,
    calc="100*{pingtan-2022:t3.new.tot}/({ankang-2022:t3.new.tot}+{pingtan-2022:t3.new.tot}+11+0)",
)
add(
    "平潭综合实验区2021年的办结率（办理结果总计占新收加上年结转）是多少？",
    None,
    "share",
    "formal",
    V(98.57, "%", tol=0.05),
    ["pingtan-2021:t3.r7.tot", "pingtan-2021:t3.new.tot", "pingtan-2021:t3.carry_in.tot"],
    calc="100*{pingtan-2021:t3.r7.tot}/({pingtan-2021:t3.new.tot}+{pingtan-2021:t3.carry_in.tot})",
)
add(
    "本机关不掌握信息而无法提供的占办结总数的百分之几",
    "pingtan-2022",
    "share",
    "colloquial",
    V(49.33, "%", tol=0.05),
    ["pingtan-2022:t3.r4_1.tot", "pingtan-2022:t3.r7.tot"],
    calc="100*{pingtan-2022:t3.r4_1.tot}/{pingtan-2022:t3.r7.tot}",
)
add(
    "平潭2022年新收申请中商业企业占比",
    None,
    "share",
    "abbreviated",
    V(4.05, "%", tol=0.05),
    ["pingtan-2022:t3.new.biz", "pingtan-2022:t3.new.tot"],
    calc="100*{pingtan-2022:t3.new.biz}/{pingtan-2022:t3.new.tot}",
)
add(
    "平潭综合实验区2021年予以公开的申请占办理结果总计的比例为多少？",
    None,
    "share",
    "formal",
    V(43.48, "%", tol=0.05),
    ["pingtan-2021:t3.r1.tot", "pingtan-2021:t3.r7.tot"],
    calc="100*{pingtan-2021:t3.r1.tot}/{pingtan-2021:t3.r7.tot}",
)
add(
    "平潭2021年新收申请是2020年的几倍",
    None,
    "ratio",
    "abbreviated",
    V(3.33, "倍", tol=0.05),
    ["pingtan-2021:t3.new.tot", "pingtan-2020:t3.new.tot"],
    calc="{pingtan-2021:t3.new.tot}/{pingtan-2020:t3.new.tot}",
)
add(
    "河北省教育厅2021年行政事业性收费金额是2023年的多少倍？",
    None,
    "ratio",
    "formal",
    V(2.93, "倍", tol=0.05),
    ["hebei-edu-2021:t2.fee.amount_wan", "hebei-edu-2023:t2.fee.amount_wan"],
    calc="{hebei-edu-2021:t2.fee.amount_wan}/{hebei-edu-2023:t2.fee.amount_wan}",
)
add(
    "上海市人民政府办公厅2019年新收申请数是平潭综合实验区同年的多少倍？",
    None,
    "ratio",
    "formal",
    V(37.35, "倍", tol=0.05),
    ["shanghai-office-2019:t3.new.tot", "pingtan-2019:t3.new.tot"],
    calc="{shanghai-office-2019:t3.new.tot}/{pingtan-2019:t3.new.tot}",
)
add(
    "河北科技厅2023年公众号关注人数是2021年的几倍",
    None,
    "ratio",
    "abbreviated",
    V(3.0, "倍", tol=0.05),
    quote={"hebei-kjt-2023": "微信公众号关注人数达6.6万人", "hebei-kjt-2021": "关注人数达22000余人"},
    calc="66000/22000",
    note="2021 is printed 22000余人.",
)
add(
    "平潭2022年平均每个月主动公开多少条信息",
    None,
    "ratio",
    "abbreviated",
    V(1214.25, "条/月", tol=0.5),
    quote={"pingtan-2022": PT_PUB_Q["pingtan-2022"]},
    calc="14571/12",
)
add(
    "平潭2022年的行政许可决定数大约是2021年的几倍？",
    None,
    "ratio",
    "abbreviated",
    V(4.66, "倍", tol=0.05),
    ["pingtan-2022:t2.license.decisions", "pingtan-2021:t2.license.decisions"],
    calc="{pingtan-2022:t2.license.decisions}/{pingtan-2021:t2.license.decisions}",
)

# ---------------------------------------------------------------- list
add(
    "列出2022年各份报告的本年新收申请数",
    None,
    "list",
    "formal",
    VS(Y22, "件"),
    ["ankang-2022:t3.new.tot", "pingtan-2022:t3.new.tot"],
    quote=Y22_Q,
)
add(
    "不予公开的申请按理由分别有多少件？",
    "hebei-edu-2023",
    "list",
    "formal",
    VS({"t3.r3_3.tot": 1, "t3.r3_4.tot": 3}, "件"),
    ["t3.r3_3.tot", "t3.r3_4.tot"],
    note="the other six reasons are 0.",
)
add(
    "新收申请按申请人类型分别是多少？",
    "shanghai-office-2019",
    "list",
    "colloquial",
    VS({"t3.new.np": 821, "t3.new.biz": 35, "t3.new.law": 2, "t3.new.oth": 1}, "件"),
    ["t3.new.np", "t3.new.biz", "t3.new.law", "t3.new.oth"],
    note="科研机构, 社会公益组织 printed blank.",
)
add(
    "平潭2021年行政复议按结果分别是多少",
    None,
    "list",
    "abbreviated",
    VS({"pingtan-2021:t4.rv.keep": 1, "pingtan-2021:t4.rv.other": 2}, "件"),
    ["pingtan-2021:t4.rv.keep", "pingtan-2021:t4.rv.other"],
    note="纠正 and 尚未审结 are 0.",
)
add(
    "不予公开和无法提供分别是哪些理由、各几件？",
    "shanghai-kewei-2024",
    "list",
    "colloquial",
    VS({"t3.r3_5.tot": 1, "t3.r3_6.tot": 1, "t3.r4_1.tot": 4, "t3.r4_2.tot": 6}, "件"),
    ["t3.r3_5.tot", "t3.r3_6.tot", "t3.r4_1.tot", "t3.r4_2.tot"],
)
add(
    "行政复议和行政诉讼各是什么结果？",
    "pingtan-2022",
    "list",
    "formal",
    VS({"t4.rv.fix": 1, "t4.rv.other": 1, "t4.ld.keep": 1}, "件"),
    ["t4.rv.fix", "t4.rv.other", "t4.ld.keep"],
)
add(
    "表二里面行政许可、行政处罚、行政强制各多少件",
    "hongze-2023",
    "list",
    "colloquial",
    VS({"t2.license.decisions": 550, "t2.penalty.decisions": 4119, "t2.coercion.decisions": 195}, "件"),
    ["t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"],
)
add(
    "其他处理的各项分别是多少？",
    "ankang-2022",
    "list",
    "formal",
    VS({"t3.r6_1.tot": 2, "t3.r6_3.tot": 2}, "件"),
    ["t3.r6_1.tot", "t3.r6_3.tot"],
    note="（六）2 is 0.",
)
add(
    "平潭四份年报各自的行政复议加行政诉讼总数列一下",
    None,
    "list",
    "abbreviated",
    VS({"pingtan-2019": 0, "pingtan-2020": 0, "pingtan-2021": 15, "pingtan-2022": 3}, "件"),
    each(PT, "t4.rv.tot", "t4.ld.tot", "t4.lr.tot"),
)
add(
    "上海科委2024年新收申请按申请人类型列一下",
    None,
    "list",
    "abbreviated",
    VS({"shanghai-kewei-2024:t3.new.np": 32, "shanghai-kewei-2024:t3.new.biz": 2}, "件"),
    ["shanghai-kewei-2024:t3.new.np", "shanghai-kewei-2024:t3.new.biz"],
)
add(
    "无法提供的具体原因各有几件？",
    "pingtan-2019",
    "list",
    "colloquial",
    VS({"t3.r4_1.tot": 7, "t3.r4_3.tot": 5}, "件"),
    ["t3.r4_1.tot", "t3.r4_3.tot"],
)
add(
    "河北省各厅2021年分别收到多少申请",
    None,
    "list",
    "colloquial",
    VS({"hebei-edu-2021": 37, "hebei-kjt-2021": 2}, "件"),
    ["hebei-edu-2021:t3.new.tot"],
    quote={"hebei-kjt-2021": KJT_APPS["hebei-kjt-2021"]},
    note="河北省人力资源和社会保障厅 has no 2021 report in the store.",
)
add(
    "2019年的报告里各机关受理的政府信息公开申请分别是多少？",
    None,
    "list",
    "formal",
    VS({"shanghai-office-2019": 859, "pingtan-2019": 23, "hebei-kjt-2019": 0, "hebei-rst-2019": 64}, "件"),
    ["shanghai-office-2019:t3.new.tot", "pingtan-2019:t3.new.tot"],
    quote={"hebei-kjt-2019": KJT_APPS["hebei-kjt-2019"], "hebei-rst-2019": "全年共受理政府信息公开申请64件"},
)
add(
    "洪泽、河北教育厅、河北科技厅2023年行政许可决定各是多少",
    None,
    "list",
    "abbreviated",
    VS({"hongze-2023": 550, "hebei-edu-2023": 7417, "hebei-kjt-2023": 1029}, "件"),
    ["hongze-2023:t2.license.decisions", "hebei-edu-2023:t2.license.decisions"],
    quote={"hebei-kjt-2023": "行政许可1029"},
)
add(
    "河北省教育厅2023年表二中行政规范性文件的制发、废止和现行有效件数分别为多少？",
    None,
    "list",
    "formal",
    VS(
        {"hebei-edu-2023:t2.norm.made": 3, "hebei-edu-2023:t2.norm.repealed": 5, "hebei-edu-2023:t2.norm.valid": 156},
        "件",
    ),
    ["hebei-edu-2023:t2.norm.made", "hebei-edu-2023:t2.norm.repealed", "hebei-edu-2023:t2.norm.valid"],
)

# ---------------------------------------------------------------- which_reports
add(
    "哪些报告的行政复议总计印错了？",
    None,
    "which_reports",
    "colloquial",
    WR("hongze-2023"),
    note="洪泽 prints 行政复议总计 0 with parts 10+1; every other readable table 四 adds up.",
)
add(
    "表四中总计与各项结果之和不一致的报告有哪些？",
    None,
    "which_reports",
    "formal",
    WR("hongze-2023"),
    note="洪泽: 行政复议 (0 vs 11) and 复议后起诉 (0 vs 5).",
)
add(
    "哪几份报告的表三总计栏有空着没填的？",
    None,
    "which_reports",
    "colloquial",
    WR("shanghai-office-2019", "shanghai-kewei-2024", "hebei-edu-2021"),
    note="上海办公厅: result rows; 上海科委: 结转下年度; 河北教育厅2021: 上年结转.",
)
add(
    "平潭综合实验区哪一年的年报中表三办理结果之和与总计不一致？",
    None,
    "which_reports",
    "formal",
    WR("pingtan-2020"),
    note="27 vs 21. 君山片区管理局 is a different agency.",
)
add(
    "哪些年报有复议后起诉的行政诉讼案件？",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-edu-2021", "hebei-edu-2023", "hongze-2023"),
    note="洪泽: 5 kept though its 总计 is printed 0. 河北人社厅 tables are images (unknown).",
)
add(
    "存在上年结转申请的报告有哪些？",
    None,
    "which_reports",
    "formal",
    WR("ankang-2022", "shanghai-office-2019", "shanghai-kewei-2024", "pingtan-2022"),
)
add(
    "哪些报告有结转到下一年度继续办理的申请",
    None,
    "which_reports",
    "colloquial",
    WR("shanghai-office-2019", "pingtan-2021", "shanghai-kewei-2024"),
    note="上海科委: 自然人 1, 总计 blank.",
)
add(
    "哪些报告使用的是2019版（国办公开办函〔2019〕60号）的年报格式？",
    None,
    "which_reports",
    "formal",
    WR(
        "shanghai-office-2019",
        "pingtan-2019",
        "pingtan-2020",
        "hebei-kjt-2019",
        "hebei-kjt-2020",
        "hebei-rst-2019",
        "hebei-rst-2020",
    ),
    quote={
        "hebei-kjt-2019": "2019年以来，河北省科学技术厅",
        "hebei-kjt-2020": "2020年以来，河北省科学技术厅",
        "hebei-rst-2019": "2019年，省人社厅坚持",
        "hebei-rst-2020": "（国办公开办函〔2019〕60号）",
    },
    note="report years 2019 and 2020.",
)
add(
    "哪些报告是2019年新条例施行以前的旧式年报？",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-edu-2016", "hebei-edu-2018", "hebei-kjt-2018"),
    quote={
        "hebei-edu-2016": "统计期限自2016年1月1日起至2016年12月31日止",
        "hebei-kjt-2018": "内容涵盖我厅2018年1月1日至2018年12月31日期间政府信息公开情况",
    },
)
add("平潭哪几年有行政复议案件", None, "which_reports", "abbreviated", WR("pingtan-2021", "pingtan-2022"))
add(
    "河北省科学技术厅哪些年份没有收到政府信息公开申请？",
    None,
    "which_reports",
    "formal",
    WR("hebei-kjt-2019", "hebei-kjt-2020"),
    quote={k: KJT_APPS[k] for k in ("hebei-kjt-2019", "hebei-kjt-2020")},
)
add(
    "哪几份新格式的年报统计表看不到数字（可能发布成了图片）？",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-kjt-2019", "hebei-rst-2019", "hebei-rst-2020", "hebei-rst-2023"),
    quote={
        "hebei-kjt-2019": "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况",
        "hebei-rst-2019": "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况五",
        "hebei-rst-2020": "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、政府信息公开行政复议、行政诉讼情况2020年",
        "hebei-rst-2023": "二、主动公开政府信息情况三、收到和处理政府信息公开申请情况四、因政府信息公开工作被申请行政复议、提起行政诉讼情况五",
    },
    note="河北科技厅2019: table 二 missing (三/四 replaced by statements); 河北人社厅: all three tables missing.",
)
add(
    "2022年未收取信息处理费的报告有哪些",
    None,
    "which_reports",
    "colloquial",
    WR("ankang-2022", "pingtan-2022", "hebei-kjt-2022", "pingtan-junshan-2022"),
    quote={
        "ankang-2022": "本年度未收取政府信息公开信息处理费",
        "pingtan-2022": "2022年，无收取信息处理费情况",
        "hebei-kjt-2022": "2022年未收取信息处理费",
        "pingtan-junshan-2022": "本年度没有产生信息公开处理费",
    },
    note="安康: 本年度未收取; 平潭: 无收取; 河北科技厅: 2022年未收取; 君山: 没有产生.",
)
add(
    "哪些报告的表三中“予以公开”一行印的是0？",
    None,
    "which_reports",
    "colloquial",
    WR("hongze-2023", "pingtan-junshan-2022"),
    cells=["hongze-2023:t3.r1.tot"],
    quote={"pingtan-junshan-2022": "（一）予以公开0000000"},
    note="上海办公厅's 予以公开 总计 is blank but its columns are not 0.",
)
add(
    "有哪些报告存在行政复议结果被纠正的情况？",
    None,
    "which_reports",
    "formal",
    WR("hongze-2023", "hebei-edu-2023", "pingtan-2022"),
    note="上海办公厅 结果纠正 is blank.",
)
add(
    "平潭综合实验区的年报库里有哪几年的？",
    None,
    "which_reports",
    "colloquial",
    WR(*PT),
    note="平潭综合实验区君山片区管理局 is a different agency.",
)
add(
    "河北省教育厅有哪些年份的年报",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-edu-2016", "hebei-edu-2018", "hebei-edu-2021", "hebei-edu-2023"),
    quote={"hebei-edu-2016": "现将2016年政府信息公开工作报告如下"},
)
add(
    "哪些报告当年一件政府信息公开申请都没收到？",
    None,
    "which_reports",
    "colloquial",
    WR("hebei-kjt-2019", "hebei-kjt-2020", "pingtan-junshan-2022"),
    quote={
        "hebei-kjt-2019": KJT_APPS["hebei-kjt-2019"],
        "hebei-kjt-2020": KJT_APPS["hebei-kjt-2020"],
        "pingtan-junshan-2022": "2022年未收到依申请公开事宜",
    },
)
add(
    "有哪些报告的行政诉讼中存在未经复议直接起诉的案件？",
    None,
    "which_reports",
    "formal",
    WR("ankang-2022", "shanghai-office-2019", "hebei-edu-2021", "pingtan-2021", "pingtan-2022"),
    note="河北教育厅2016/2018 lawsuits were not about 信息公开.",
)
add(
    "哪些报告的表四显示有因政府信息公开被申请行政复议的案件",
    None,
    "which_reports",
    "colloquial",
    WR("shanghai-office-2019", "hebei-edu-2023", "hongze-2023", "pingtan-2021", "pingtan-2022", "shanghai-kewei-2024"),
    note="洪泽 counted from its parts (10+1). 河北人社厅 tables are images (unknown).",
)
add(
    "2023年的年报有哪些？",
    None,
    "which_reports",
    "colloquial",
    WR("hongze-2023", "hebei-edu-2023", "hebei-kjt-2023", "hebei-rst-2023"),
    quote={
        "hebei-kjt-2023": "统计期限为2023年1月1日至12月31日",
        "hebei-rst-2023": "统计期限从2023年1月1日起至2023年12月31日止",
    },
)
add(
    "在表三办理结果之和与（七）总计不一致的问题上，有哪些报告出错？",
    None,
    "which_reports",
    "formal",
    WR("pingtan-2020", "pingtan-junshan-2022", "hebei-kjt-2022"),
    quote={"pingtan-junshan-2022": "1.本机关不掌握相关政府信息30000252", "hebei-kjt-2022": "（七）总计20000011"},
    note="平潭2020 27 vs 21; 君山片区 （四）1 row non-zero with 总计 0; 河北科技厅2022 （七）总计 row digits 20000011 add up in no split.",
)

# ---------------------------------------------------------------- consistency across reports (S1)
add(
    "平潭综合实验区2021年报告的结转下年度继续办理数，与2022年报告的上年结转数是否一致？",
    None,
    "consistency",
    "formal",
    VD("consistent", ["S1"], {"pingtan-2021 carry_out": 1, "pingtan-2022 carry_in": 1}),
    ["pingtan-2021:t3.carry_out.tot", "pingtan-2022:t3.carry_in.tot"],
)
add(
    "平潭2020年结转下年度的申请数和2021年报告里的上年结转对得上吗",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S1"], {"pingtan-2020 carry_out": 0, "pingtan-2021 carry_in": 0}),
    ["pingtan-2020:t3.carry_out.tot", "pingtan-2021:t3.carry_in.tot"],
)
add(
    "平潭19年结转到20年的申请，跟20年报告里写的上年结转一样不",
    None,
    "consistency",
    "abbreviated",
    VD("consistent", ["S1"], {"pingtan-2019 carry_out": 0, "pingtan-2020 carry_in": 0}),
    ["pingtan-2019:t3.carry_out.tot", "pingtan-2020:t3.carry_in.tot"],
)

# ---------------------------------------------------------------- problems across reports
add(
    "平潭综合实验区2021年和2022年的报告都提到了哪个相同的问题？",
    None,
    "problems",
    "formal",
    CT("政策解读形式"),
    quote={"pingtan-2021": "政策解读形式不够丰富", "pingtan-2022": "政策解读形式单一"},
)
add(
    "河北科技厅21年和22年报告里说的问题一样吗",
    None,
    "problems",
    "abbreviated",
    CT("政策解读形式不够丰富", "推送不够精准"),
    quote={
        "hebei-kjt-2021": "存在政策解读形式不够丰富、覆盖面不完全、推送不够精准等问题",
        "hebei-kjt-2022": "存在政策解读形式不够丰富、覆盖面不完全、推送不够精准等问题",
    },
    note="word for word the same problems in both years.",
)
add(
    "河北人社厅19年和20年都说了哪些老问题",
    None,
    "problems",
    "abbreviated",
    CT("政策解读材料的质量仍有待提高"),
    quote={"hebei-rst-2019": "二是政策解读材料的质量仍有待提高", "hebei-rst-2020": "政策解读材料的质量仍有待提高"},
)

# ---------------------------------------------------------------- unanswerable: agency or year not in the store
for q, style, why in [
    ("北京市教育委员会2022年收到多少件政府信息公开申请？", "formal", "agency not in store"),
    (
        "福建省人民政府2021年政府信息公开行政复议多少件？",
        "formal",
        "agency not in store (平潭 is in 福建 but a different body)",
    ),
    ("河北教育厅22年新收申请多少", "abbreviated", "2022 not in store for 河北省教育厅"),
    ("省人社厅2021年受理了多少申请", "abbreviated", "2021 not in store for 河北省人力资源和社会保障厅"),
    ("河北省科技厅2024年收到多少申请", "abbreviated", "2024 not in store"),
    ("上海市科委2022年行政复议几件", "abbreviated", "2022 not in store for 上海市科委"),
    ("安康市政府办2021年上年结转多少件", "abbreviated", "2021 not in store"),
    ("平潭综合实验区君山片区管理局2021年主动公开了多少条政府信息？", "formal", "2021 not in store for 君山片区"),
    ("河北省教育厅2019年收到多少件政府信息公开申请？", "formal", "2019 not in store for 河北省教育厅"),
    ("河北省教育厅2020年因政府信息公开被申请行政复议的情况如何？", "formal", "2020 not in store"),
    ("广州市人民政府办公厅2023年予以公开的申请有多少件？", "formal", "agency not in store"),
    ("江苏省2023年一共收到多少政府信息公开申请", "colloquial", "no 江苏省 report; 洪泽区 must not be substituted"),
    (
        "淮安市人民政府2023年度因政府信息公开被提起行政诉讼多少件？",
        "formal",
        "no 淮安市 report; 洪泽区 must not be substituted",
    ),
    ("平潭2018年主动公开多少条信息", "abbreviated", "2018 not in store for 平潭"),
    ("上海市人民政府办公厅2024年收到多少申请？", "formal", "2024 not in store for 上海市人民政府办公厅"),
    ("河北省科技厅2017年收到几件申请", "abbreviated", "2017 not in store"),
    ("河北省人力资源和社会保障厅2022年政府信息公开行政复议数量是多少？", "formal", "2022 not in store"),
    ("洪泽区2024年收到多少申请", "abbreviated", "2024 not in store"),
    (
        "安康市汉滨区2022年收了多少件信息公开申请",
        "colloquial",
        "agency not in store (安康市人民政府办公室 is the city)",
    ),
    ("上海市发改委2024年的行政复议有几件", "colloquial", "agency not in store (上海市科委 is a different body)"),
    ("石家庄市政府2023年主动公开了多少条信息", "colloquial", "agency not in store (河北省 departments only)"),
    (
        "二〇二〇年安康市政府办公室收到的政府信息公开申请有多少件？",
        "abbreviated",
        "2020 not in store for 安康; Chinese-digit year",
    ),
]:
    add(q, None, "unanswerable", style, R(), note=f"asked as value; {why}.")

# ---------------------------------------------------------------- unanswerable: across-report computations that cannot be done
add(
    "平潭的现行有效行政规范性文件2022年比2021年多了多少件",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as change; 2021's glued row 「693665」 has no unique split (gold null).",
)
add(
    "去年（2022年）收到多少申请？",
    "hebei-edu-2023",
    "unanswerable",
    "colloquial",
    R(),
    note="asked as value; 2022 not in store.",
)
add(
    "河北省人力资源和社会保障厅2019年至2023年行政复议案件数量变化趋势如何？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as trend; the 河北人社厅 tables are images and the texts give no counts (2021/2022 not in store).",
)
add(
    "河北人社厅2023年的行政复议数量在2023年各份报告里排第几？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as rank; 河北人社厅2023 table 四 is an image, so its rank cannot be stated.",
)
add(
    "河北省科技厅2019年和2020年政府集中采购金额各是多少？",
    None,
    "unanswerable",
    "abbreviated",
    R(),
    note="asked as list; 2019 table 二 missing; 2020 glued 「政府集中采购102339.45万元」 has no certain split.",
)
add(
    "所有报告里申请人平均年龄最高的是哪份？",
    None,
    "unanswerable",
    "colloquial",
    R(),
    note="asked as rank; age never reported.",
)
add(
    "各报告政务公开经费合计多少万元？",
    None,
    "unanswerable",
    "formal",
    R(),
    note="asked as sum; budgets never reported.",
)
