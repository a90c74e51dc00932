"""The demo-data generator: deterministic, honest ground truth, files shaped as offices send them."""
import csv
import hashlib
import json
import re
from collections import Counter, defaultdict
from datetime import date

import opencc
import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from pzh_talent.ingest.fields import field_for_header
from pzh_talent import demo, demo_people
from pzh_talent.demo import write_big_csv, write_big_xlsx, write_demo_rosters

N = 1500
_T2S = opencc.OpenCC("t2s")


@pytest.fixture(scope="module")
def default_set(tmp_path_factory):
    return write_demo_rosters(tmp_path_factory.mktemp("default"), seed=2024, n_people=N)


@pytest.fixture(scope="module")
def holdout_set(tmp_path_factory):
    return write_demo_rosters(tmp_path_factory.mktemp("holdout"), seed=2024, n_people=N, shape="holdout")


def _csv_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _people(manifest):
    return {row["person_key"]: row for row in _csv_rows(manifest.people_path)}


def _digest(directory):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


# ---------------------------------------------------------------------------------------------
# Reading the rosters back, as a person would see them


def _read_tables(path):
    """{sheet: [(row_number, [cells])]} for table-like files; row numbers as Excel shows them."""
    suffix = path.suffix
    if suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        return {ws.title: [(row[0].row, [c.value for c in row]) for row in ws.iter_rows()] for ws in wb}
    if suffix == ".xls":
        wb = CalamineWorkbook.from_path(str(path))
        return {name: list(enumerate(wb.get_sheet_by_name(name).to_python(skip_empty_area=False), start=1))
                for name in wb.sheet_names}
    if suffix == ".csv":
        raw = path.read_bytes()
        encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        return {"": list(enumerate(csv.reader(text.splitlines()), start=1))}
    if suffix == ".txt":
        text = path.read_bytes().decode("utf-16")
        return {"": list(enumerate(csv.reader(text.splitlines(), delimiter="\t"), start=1))}
    raise AssertionError(f"not a table: {path}")


def _records(path):
    """{(sheet, row_number): {header: value}} for the data area, header found by its name column."""
    if path.suffix == ".json":
        return {("", i): obj for i, obj in enumerate(json.loads(path.read_text("utf-8")), start=1)}
    if path.suffix == ".jsonl":
        lines = path.read_text("utf-8").splitlines()
        return {("", i): json.loads(line) for i, line in enumerate(lines, start=1)}
    out = {}
    for sheet, rows in _read_tables(path).items():
        header_at = next(i for i, (_, cells) in enumerate(rows)
                         if any(field_for_header(c) == "name" for c in cells if isinstance(c, str)))
        headers = rows[header_at][1]
        for number, cells in rows[header_at + 1:]:
            out[sheet, number] = {h: v for h, v in zip(headers, cells) if h}
    return out


def _name_values(record):
    return {h: v for h, v in record.items() if field_for_header(h) in ("name", "name_en")}


_DOTS = re.compile(r"[·•‧・･．.∙⋅]")


def _plain(name: str) -> str:
    name = re.sub(r"[（(][^）)]*[）)]", "", name)
    name = re.sub(r"\s+", "", name.replace("\u3000", " "))
    return _T2S.convert(_DOTS.sub("", name))


def _romanised_ok(text: str, pinyin: str) -> bool:
    tokens = sorted(t for t in re.split(r"[\s,]+", text.replace("-", "").lower()) if t)
    return tokens == sorted(pinyin.lower().split())


def _is_remark(record) -> bool:
    """A remarks line under the table (备注：…, 填表人：…): one filled cell, a label with a colon."""
    filled = [v for v in record.values() if v not in (None, "")]
    return len(filled) == 1 and isinstance(filled[0], str) and "：" in filled[0]


def _name_ok(cell: str, person: dict, form: str) -> bool:
    true = person["name"]
    if re.fullmatch(r"[A-Za-z ,\-]+", cell):  # a romanised name column (next to the Chinese one)
        return _romanised_ok(cell, person["name_pinyin"])
    if form == "exact":
        return cell == true
    a, b = _plain(cell), _plain(true)
    if a == b:
        return form in ("traditional", "space", "annotation", "yi_dot")
    one_char_off = len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
    return one_char_off and form in ("homophone", "shape")


# ---------------------------------------------------------------------------------------------


def test_same_seed_gives_identical_bytes(tmp_path):
    a = write_demo_rosters(tmp_path / "a", seed=7, n_people=300)
    b = write_demo_rosters(tmp_path / "b", seed=7, n_people=300)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert {p.name for p in a.files} == {p.name for p in b.files}
    write_demo_rosters(tmp_path / "h1", seed=7, n_people=300, shape="holdout")
    write_demo_rosters(tmp_path / "h2", seed=7, n_people=300, shape="holdout")
    assert _digest(tmp_path / "h1") == _digest(tmp_path / "h2")
    c = write_demo_rosters(tmp_path / "c", seed=8, n_people=300)
    assert _digest(tmp_path / "c")["people.csv"] != _digest(tmp_path / "a")["people.csv"]
    assert c.n_people == 300


def test_default_files_are_the_ones_offices_send(default_set):
    names = {p.name for p in default_set.files}
    assert names == {
        "攀枝花人才码注册导出_2024.xlsx", "攀枝花三中在外校友名单.xlsx", "四川大学2023届攀枝花生源毕业生.csv",
        "人才招聘会签到表_2024春.csv", "overseas_network.xlsx", "专家库导出.json", "人才码增量_2024Q2.jsonl",
        "米易县在外人才统计表.xls", "盐边县人才摸底.txt"}
    assert all(p.exists() and p.stat().st_size > 0 for p in default_set.files)
    truth = _csv_rows(default_set.truth_path)
    assert default_set.n_rows == len(truth)
    assert set(truth[0]) >= {"file_name", "sheet", "row_number", "person_key"}
    per_file = Counter(row["file_name"] for row in truth)
    assert set(per_file) == names, "every roster has data rows"


def test_every_truth_row_points_at_that_persons_row(default_set, holdout_set):
    for manifest in (default_set, holdout_set):
        people = _people(manifest)
        truth = defaultdict(dict)
        for row in _csv_rows(manifest.truth_path):
            truth[row["file_name"]][row["sheet"], int(row["row_number"])] = row
        forms = Counter()
        for path in manifest.files:
            records = _records(path)
            pointed = truth[path.name]
            for where, t in pointed.items():
                assert where in records, f"{path.name} {where} is not a data row"
                person = people[t["person_key"]]
                names = {h: v for h, v in _name_values(records[where]).items() if v}
                assert names, f"{path.name} {where}: no name"
                ok = [_name_ok(str(v), person, t["name_form"]) for v in names.values()]
                assert all(ok), f"{path.name} {where}: {names} is not {person['name']} ({t['name_form']})"
                forms[t["name_form"]] += 1
            # and every row that carries a name is in the truth: nothing unlabelled slips through
            named = {w for w, rec in records.items()
                     if any(v for v in _name_values(rec).values()) and not _is_remark(rec)}
            assert named == set(pointed), path.name
        assert forms["exact"] > 0.75 * sum(forms.values())
        assert {"traditional", "homophone", "space", "romanised"} <= set(forms)


def test_people_have_valid_ids_and_realistic_shape(default_set):
    people = list(_people(default_set).values())
    assert len(people) == N
    for p in people:
        id18 = p["id_number"]
        assert demo_people.id_check_char(id18[:17]) == id18[17]
        assert (int(id18[16]) % 2 == 1) == (p["gender"] == "男")
        assert id18[6:14] == p["birth_date"].replace("-", "")
        assert 1960 <= int(p["birth_date"][:4]) <= 2003
        if p["id_number_15"]:
            assert p["birth_date"] < "1980"
            assert p["id_number_15"] == id18[:6] + id18[8:17]
    origin = sum(p["panzhihua_origin"] == "1" for p in people) / N
    assert 0.62 < origin < 0.78
    assert any(p["id_number"].startswith("500104") for p in people), "大渡口 trap present"
    names = Counter(p["name"] for p in people)
    assert names["张伟"] + names["王伟"] + names["王芳"] + names["李娜"] >= 8, "common names repeat"
    assert any("·" in p["name"] for p in people), "Yi names"
    assert any(p["name"][:2] in demo_people.COMPOUND_SURNAMES for p in people)
    assert any(p["name"][0] in demo_people.TRICKY_SURNAMES for p in people)
    files = Counter(p["n_files"] for p in people)
    assert set(files) <= {"1", "2", "3", "4"} and files["1"] > 0 and files["4"] > 0


def test_family_members_share_surname_and_landline_but_not_identity(default_set):
    families = defaultdict(list)
    for p in _people(default_set).values():
        families[p["family_key"]].append(p)
    households = [members for members in families.values() if len(members) > 1]
    assert len(households) > 50
    for members in households:
        surnames = {m["name"].split("·")[0][:1] for m in members}
        assert len(surnames) == 1
        assert len({m["landline"] for m in members}) == 1 and members[0]["landline"]
        assert len({m["id_number"] for m in members}) == len(members)
        assert {m["family_role"] for m in members} == {"parent", "child"}
    twins = [m for m in households if len({c["birth_date"] for c in m if c["family_role"] == "child"}) == 1
             and sum(c["family_role"] == "child" for c in m) == 2]
    assert twins, "some households have twins: same surname, birth date and landline, different persons"


def test_encodings_are_as_offices_send_them(default_set):
    files = {p.name: p for p in default_set.files}
    gb = files["四川大学2023届攀枝花生源毕业生.csv"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        gb.decode("utf-8")
    assert gb.decode("gb18030").startswith("姓名,性别,学号")
    bom = files["人才招聘会签到表_2024春.csv"].read_bytes()
    assert bom.startswith(b"\xef\xbb\xbf") and bom[3:].decode("utf-8").startswith("姓名,电话")
    u16 = files["盐边县人才摸底.txt"].read_bytes()
    assert u16.startswith(b"\xff\xfe")
    lines = u16[2:].decode("utf-16-le").split("\r\n")
    assert "\t" in lines[1] and lines[1].split("\t")[1] == "姓名"
    jsonl = files["人才码增量_2024Q2.jsonl"].read_text("utf-8").splitlines()
    assert all(json.loads(line)["姓名"] for line in jsonl)


def test_alumni_workbook_has_title_rows_class_sheets_and_remarks(default_set):
    path = next(p for p in default_set.files if p.name == "攀枝花三中在外校友名单.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["2005届", "2008届", "2012届"]
    ws = wb["2008届"]
    assert ws["A1"].value == "攀枝花市第三高级中学在外校友信息登记表"
    assert "A1:I1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A2"].value.startswith("填报单位")
    assert [c.value for c in ws[3]][:2] == ["序号", "姓名"]
    last = [c.value for c in ws[ws.max_row]]
    assert last[0].startswith("填表人")
    assert wb.properties.created.year == 2024


def test_workbooks_carry_excel_damage(default_set):
    path = next(p for p in default_set.files if p.name == "攀枝花人才码注册导出_2024.xlsx")
    ws = openpyxl.load_workbook(path).active
    ids = [row[3] for row in ws.iter_rows(min_row=2, values_only=True)]
    damaged = [v for v in ids if isinstance(v, float)]
    # only 15 significant digits survive, as when Excel turned the ID into a number
    assert damaged and all(len(f"{v:.0f}") == 18 and float(f"{v:.15g}") == v for v in damaged)
    assert any(isinstance(row[4], int) for row in ws.iter_rows(min_row=2, values_only=True))
    xls = next(p for p in default_set.files if p.suffix == ".xls")
    rows = CalamineWorkbook.from_path(str(xls)).get_sheet_by_name("在外人才").to_python(skip_empty_area=False)
    assert rows[0][0] == "米易县在外人才统计表" and rows[1][0] == "姓名"
    assert any(isinstance(r[2], date) for r in rows[2:]), "some birth months are real date cells"
    assert any(isinstance(r[3], str) and len(r[3]) == 15 for r in rows[2:]), "legacy 15-digit IDs"


def test_headers_use_the_ingest_vocabulary():
    expected = {"name": "name", "name_zh_opt": "name", "gender": "gender", "birth": "birth_date",
                "birth_month": "birth_date", "id": "id_number", "phone": "phone", "phone_intl": "phone",
                "landline": "phone", "email": "email", "education": "education", "degree": "degree",
                "school": "school", "major": "major", "employer": "employer", "position": "position",
                "title": "title", "city": "city", "country": "country", "hometown": "hometown",
                "student_origin": "student_origin", "class": "graduation_year", "class_year": "graduation_year",
                "remarks": "remarks", "expertise": "expertise", "programme": "programme", "serial": "serial"}
    for shape in demo.SHAPES.values():
        for spec in shape.rosters:
            for header, kind in spec.columns:
                if kind in expected:
                    assert field_for_header(header) == expected[kind], (spec.file_name, header)
                if kind == "name_roman":
                    assert field_for_header(header) in ("name", "name_en"), (spec.file_name, header)


def test_holdout_is_shaped_differently(default_set, holdout_set):
    d_files = {p.name for p in default_set.files}
    h_files = {p.name for p in holdout_set.files}
    assert not d_files & h_files
    assert Counter(p.suffix for p in default_set.files) != Counter(p.suffix for p in holdout_set.files)
    d_headers = {h for s in demo.SHAPES["default"].rosters for h, _ in s.columns}
    h_headers = {h for s in demo.SHAPES["holdout"].rosters for h, _ in s.columns}
    assert len(h_headers - d_headers) >= 15
    d_people, h_people = _people(default_set), _people(holdout_set)
    d_names = Counter(p["name"] for p in d_people.values())
    h_names = Counter(p["name"] for p in h_people.values())
    assert d_names.most_common(1)[0][0] != h_names.most_common(1)[0][0] or d_names != h_names
    assert len(set(d_names) & set(h_names)) < 0.5 * len(d_names)
    d_forms = Counter(r["name_form"] for r in _csv_rows(default_set.truth_path))
    h_forms = Counter(r["name_form"] for r in _csv_rows(holdout_set.truth_path))
    d_rate = 1 - d_forms["exact"] / sum(d_forms.values())
    h_rate = 1 - h_forms["exact"] / sum(h_forms.values())
    assert h_rate > d_rate * 1.2, "holdout is messier"


def test_unknown_shape_is_refused(tmp_path):
    with pytest.raises(ValueError, match="shape"):
        write_demo_rosters(tmp_path, shape="nope")


def test_big_csv_writes_the_requested_rows(tmp_path):
    path = write_big_csv(tmp_path / "big.csv", 5000, seed=3)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 5001
    assert rows[0] == demo.BIG_HEADERS and len(rows[0]) == 14
    assert {len(r) for r in rows} == {14}
    valid = sum(len(r[3]) == 18 and demo_people.id_check_char(r[3][:17]) == r[3][17].upper() for r in rows[1:])
    assert 0.9 * 5000 < valid < 5000, "mostly valid IDs, some messy ones"
    assert write_big_csv(tmp_path / "again.csv", 5000, seed=3).read_bytes() == path.read_bytes()


def test_big_xlsx_writes_the_requested_rows(tmp_path):
    path = write_big_xlsx(tmp_path / "big.xlsx", 2000)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("人才码注册信息").to_python()
    assert len(rows) == 2001 and rows[0][:2] == ["序号", "姓名"]


def test_the_demo_fills_every_page_of_the_officers_guide(tmp_path):
    from click.testing import CliRunner

    from pzh_talent.cli import cli
    from tests.conftest import query

    out = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "demo"), "--people", "250"])
    assert out.exit_code == 0, out.output
    db = tmp_path / "demo" / "registry.db"
    one = lambda sql: query(db, sql)[0]["n"]  # noqa: E731
    assert one("SELECT count(*) AS n FROM 企业需求") == 4 and one("SELECT count(*) AS n FROM 需求匹配") > 0
    assert one("SELECT count(*) AS n FROM segments") == 1
    assert one("SELECT count(*) AS n FROM 活动成员 WHERE 状态 NOT IN ('待联系', '不予联系')") == 12
    users = json.loads((tmp_path / "demo" / "registry.users.json").read_text(encoding="utf-8"))["users"]
    assert set(users) == {"admin", "wang", "li"} and users["li"]["enterprise"] == "攀枝花中和钒钛科技有限公司"
    assert "密码只显示这一次" in out.output and "请用 pzh-talent user add 改密码" in out.output
    again = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "demo"), "--people", "250"])
    assert again.exit_code == 0 and "密码只显示这一次" not in again.output  # accounts kept, not re-made
