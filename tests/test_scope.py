"""Agency resolution against a catalogue: exact over partial, ambiguity said, scope stated."""

from rag.question import Scope
from rag.scope import Catalogue


def catalogue(*rows: tuple[str, str, int]) -> Catalogue:
    from extractor.agency import agency_key

    return Catalogue(
        [
            {
                "id": rid,
                "agency": name,
                "agency_key": agency_key(name),
                "year": year,
                "ingested_at": "2026-01-01T00:00:00",
            }
            for rid, name, year in rows
        ]
    )


HUAIAN = catalogue(
    ("city24", "淮安市人民政府", 2024), ("hz23", "淮安市洪泽区人民政府", 2023), ("hz24", "淮安市洪泽区人民政府", 2024)
)


def resolve(cat: Catalogue, q: str, years=()):
    return cat.resolve(q, Scope(years=list(years)))


def test_a_city_is_not_its_district():
    assert resolve(HUAIAN, "淮安市2024年收到多少申请", [2024]).ids == ["city24"]
    assert resolve(HUAIAN, "淮安市洪泽区2024年收到多少申请", [2024]).ids == ["hz24"]
    assert resolve(HUAIAN, "洪泽区政府2023年", [2023]).ids == ["hz23"]
    assert resolve(HUAIAN, "洪泽历年的申请").ids == ["hz23", "hz24"]


def test_a_city_without_its_report_is_not_answered_with_a_district():
    only_district = catalogue(("hz23", "淮安市洪泽区人民政府", 2023))
    r = resolve(only_district, "淮安市2023年行政复议多少件", [2023])
    assert r.ids == [] and r.unknown and "淮安市" in r.unknown


def test_ambiguous_short_name_is_said():
    cat = catalogue(("a", "河北省教育厅", 2021), ("b", "湖南省教育厅", 2021))
    r = resolve(cat, "教育厅2021年收到多少申请", [2021])
    assert r.ids == [] and set(r.ambiguous) == {"河北省教育厅", "湖南省教育厅"}
    assert resolve(cat, "湖南省教育厅2021年", [2021]).ids == ["b"]
    assert resolve(cat, "河北教育厅2021年", [2021]).ids == ["a"]


def test_year_settles_a_short_name_and_office_stands_for_government():
    cat = catalogue(("o19", "上海市人民政府办公厅", 2019), ("k24", "上海市科委", 2024))
    assert resolve(cat, "上海2019年收到多少申请", [2019]).ids == ["o19"]
    assert resolve(cat, "上海市人民政府2019年的申请", [2019]).ids == ["o19"]
    assert resolve(cat, "市科委2024年", [2024]).ids == ["k24"]


def test_no_agency_named_is_the_corpus_and_unknown_place_is_refused():
    r = resolve(HUAIAN, "2024年哪个机关收到的申请最多", [2024])
    assert r.corpus and sorted(r.ids) == ["city24", "hz24"]
    assert resolve(HUAIAN, "火星市2024年收到多少申请", [2024]).unknown


def test_scope_is_stated():
    r = resolve(HUAIAN, "淮安市2024年", [2024])
    assert r.statement(HUAIAN.entry) == "范围：淮安市人民政府 2024年"
    r = resolve(HUAIAN, "洪泽历年")
    assert r.statement(HUAIAN.entry) == "范围：淮安市洪泽区人民政府 2023—2024年（2份报告）"


def test_a_version_the_store_superseded_is_not_resolved():
    cat = Catalogue(
        [
            {
                "id": "v1",
                "agency": "安康市人民政府办公室",
                "agency_key": "安康市人民政府办公室",
                "year": 2022,
                "ingested_at": "2026-01-01T00:00:00",
                "superseded_by": "v2",
            },
            {
                "id": "v2",
                "agency": "安康市人民政府办公室",
                "agency_key": "安康市人民政府办公室",
                "year": 2022,
                "ingested_at": "2026-02-01T00:00:00",
            },
        ]
    )
    assert resolve(cat, "安康2022年", [2022]).ids == ["v2"]


def test_a_body_written_with_its_parent_place_is_the_body():
    cat = catalogue(("pt", "平潭综合实验区", 2022), ("js", "平潭综合实验区君山片区管理局", 2022))
    assert resolve(cat, "平潭君山片区2022年收到多少申请", [2022]).ids == ["js"]
    assert resolve(cat, "君山片区2022年", [2022]).ids == ["js"]
    assert resolve(cat, "平潭2022年", [2022]).ids == ["pt"]


def test_a_merged_department_named_by_some_of_its_lines_is_written_in_full():
    # 「新化县文旅体局」: users leave 广电 out of 文化旅游广电体育局's name; the store's one such body of the place
    cat = catalogue(
        ("x22", "新化县文化旅游广电体育局", 2022),
        ("x23", "新化县文化旅游广电体育局", 2023),
        ("j", "新化县教育体育局", 2023),
    )
    assert cat.merged_written("新化县文旅体局2022年主动公开多少条") == "新化县文化旅游广电体育局2022年主动公开多少条"
    assert cat.merged_written("新化文旅体局，2023年呢") == "新化县文化旅游广电体育局，2023年呢"  # (the stored name)
    assert cat.merged_written("涟源市文旅体局2022年主动公开多少条") is None  # another place: no body of it
    assert cat.merged_written("新化县教育局2023年") is None  # one line of work is a body of its own, not 教育体育局
    two = catalogue(("a", "新化县文化旅游广电体育局", 2022), ("b", "新化县文化广电旅游体育局", 2022))
    assert two.merged_written("新化县文旅体局2022年主动公开多少条") is None  # two such bodies: not guessed


def test_the_asker_reads_a_merged_department_and_says_so(tmp_path):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store
    from webserver import ROOT

    store = Store(tmp_path / "s")
    store.add(extract_path(str(ROOT / "eval/wild19/reports/h22-xinhua-tyj-bosi-abbr-blank-2022.html")))
    asker = Asker(store, Index(store))
    ans = asker.ask("新化县文旅体局2022年主动公开了多少条政府信息")
    assert ans.value == 475 and "按「新化县文化旅游广电体育局2022年" in ans.answer, ans.answer
    assert asker.ask("新化县文旅局2022年行政复议多少件").value is not None  # (文旅局 is one of its own forms)
    assert asker.ask("新化县卫健局2022年行政复议多少件").value is None


def test_only_a_merged_culture_body_is_named_by_some_of_its_lines():
    # 食品药品监督管理局 is not 药品监督管理局's, 住房和城乡建设交通运输局 not 交通运输局's (review 14)
    cat = catalogue(("s", "河北省食品药品监督管理局", 2017), ("z", "某某县住房和城乡建设交通运输局", 2022))
    assert cat.merged_written("河北省药品监督管理局2023年新收多少件") is None
    assert cat.merged_written("某某县交通运输局2022年新收多少件") is None
