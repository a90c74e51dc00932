"""The import pipeline as a whole: demo rosters end to end, worker processes, schema upgrades."""
import json
import csv
import re
import sqlite3
import zipfile

import openpyxl
import pytest

from pzh_talent.ingest import parallel
from pzh_talent.ingest.load import load_file
from pzh_talent.demo import write_demo_rosters
from pzh_talent.registry import schema
from pzh_talent.registry.db import connect
from tests.conftest import query, write_csv
from tests.test_ingest_formats import HEADER, LI, ZHANG


def stored_rows(db_path):
    return {(r["file_name"], r["sheet"] or "", r["row_number"]) for r in query(
        db_path, "SELECT s.file_name, r.sheet, r.row_number FROM source_records r JOIN sources s ON s.id = r.source_id")}


@pytest.mark.parametrize("shape", ["default", "holdout"])
def test_demo_rosters_every_person_row_stored_and_nothing_else(tmp_path, run, db_path, shape):
    """The generator's ground truth lists every person row; the import must store exactly those."""
    manifest = write_demo_rosters(tmp_path / "rosters", seed=7, n_people=300, shape=shape)
    result = run("ingest", *manifest.files)
    assert result.exit_code == 0, result.output
    with open(manifest.truth_path, encoding="utf-8") as f:
        truth = {(r["file_name"], r["sheet"], int(r["row_number"])) for r in csv.DictReader(f)}
    assert stored_rows(db_path) == truth
    for src in query(db_path, "SELECT * FROM sources"):
        accounted = (src["rows_stored"] + src["rows_rejected"] + src["rows_blank"] + src["rows_remark"]
                     + src["rows_header"] + src["rows_skipped"])
        assert accounted == src["rows_read"], src["file_name"]


def test_demo_names_normalise_to_the_true_name(tmp_path, run, db_path):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=11, n_people=300)
    run("ingest", *manifest.files)
    with open(manifest.people_path, encoding="utf-8") as f:
        people = {p["person_key"]: p for p in csv.DictReader(f)}
    with open(manifest.truth_path, encoding="utf-8") as f:
        truth = {(r["file_name"], r["sheet"], int(r["row_number"])): r for r in csv.DictReader(f)}
    rows = query(db_path, "SELECT s.file_name, r.sheet, r.row_number, r.name, r.name_key, r.id_number "
                          "FROM source_records r JOIN sources s ON s.id = r.source_id")
    exact = same = 0
    for r in rows:
        t = truth[(r["file_name"], r["sheet"] or "", r["row_number"])]
        person = people[t["person_key"]]
        if t["name_form"] in ("exact", "traditional", "space", "annotation", "yi_dot"):
            exact += 1
            # these variants must come back to the very name the person has
            same += r["name"] == person["name"]
    assert exact > 100 and same == exact


def test_worker_processes_give_the_same_registry_as_one_process(tmp_path, monkeypatch):
    rows = [HEADER]
    for i in range(12_000):  # three chunks
        person = list(ZHANG if i % 3 else LI)
        person[1] = f"{person[1][:1]}{'伟强明华'[i % 4]}{i}" if i % 7 else person[1]
        rows.append(person)
        if i % 1000 == 0:
            rows.append(["", "", "", "", "13800001234"])  # rejected: no name
    f = write_csv(tmp_path / "big.csv", rows)
    dumps = {}
    for label, min_bytes in (("serial", 1 << 40), ("workers", 0)):
        monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", min_bytes)
        db = tmp_path / f"{label}.db"
        s = load_file(connect(db), f)
        assert s.accounted() and s.rows_rejected == 12
        dumps[label] = query(db, "SELECT id, sheet, row_number, raw_json, name, flags, duplicate_of_row "
                                 "FROM source_records ORDER BY id")
        dumps[label].append(query(db, "SELECT rows_read, rows_stored, rows_duplicate FROM sources"))
    assert dumps["serial"] == dumps["workers"]
    assert [r["row_number"] for r in dumps["serial"][:-1]] == sorted(r["row_number"] for r in dumps["serial"][:-1])


def _roster_with_second_lines(tmp_path):
    """A roster where some people have their email on the line below (under 姓名), at every
    position a chunk could end, and some email-only lines that follow no one (after a blank row)."""
    rows = [["序号", "姓名", "性别", "手机", "邮箱"]]
    for i in range(60):
        rows.append([str(i + 1), f"{'张李王刘陈'[i % 5]}{'伟强明华军'[i // 5 % 5]}{i}", "男女"[i % 2],
                     f"1380000{i:04d}", f"p{i}@qq.com" if i % 4 else ""])
        if i % 3 == 1:
            rows.append(["", f"second{i}@163.com", "", "", ""])  # the person's second line
        if i % 17 == 16:
            rows.append(["", "", "", "", ""])
            rows.append(["", f"orphan{i}@163.com", "", "", ""])  # follows a blank: no one's
    return rows


def _registry(db) -> list:
    return [query(db, "SELECT sheet, row_number, raw_json, name, email, emails, flags, duplicate_of_row "
                      "FROM source_records ORDER BY row_number"),
            query(db, "SELECT sheet, row_number, kind, reason, raw_json FROM skipped_rows ORDER BY row_number"),
            query(db, "SELECT rows_read, rows_stored, rows_rejected, rows_remark, rows_blank FROM sources")]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_where_chunks_end_changes_nothing_in_the_registry(tmp_path, monkeypatch, fmt):
    from pzh_talent.ingest import load

    rows = _roster_with_second_lines(tmp_path)
    if fmt == "csv":
        f = write_csv(tmp_path / "名单.csv", rows)
    else:
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        f = tmp_path / "名单.xlsx"
        wb.save(f)
    results = {}
    ways = [(size, 1 << 40) for size in (1, 2, 3, 5, 7, 5000)]
    if fmt == "csv":  # worker processes: a big CSV is cut into text blocks in read.csv_blocks
        ways += [(size, 0) for size in (2, 3, 7)]
    for size, min_bytes in ways:
        monkeypatch.setattr(load, "CHUNK_ROWS", size)
        monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", min_bytes)
        db = tmp_path / f"{size}-{min_bytes}.db"
        assert load_file(connect(db), f).accounted()
        results[(size, min_bytes)] = _registry(db)
    whole = results.pop((5000, 1 << 40))
    assert all(r == whole for r in results.values()), [k for k, r in results.items() if r != whole]
    stored, skipped, _ = whole
    merged = [r for r in stored if "second_line_merged" in (r["flags"] or "")]
    assert len(merged) == 20 and all("second" in (r["emails"] or r["email"]) for r in merged)
    assert sum("orphan" in r["raw_json"] for r in skipped) == 3  # reported, not merged into anyone


def test_error_in_a_worker_process_is_reported_and_rolls_back(tmp_path, monkeypatch, db_path):
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    rows = [HEADER] + [ZHANG] * 9000 + [["x", "李娜", "y" * 40_000]]
    f = write_csv(tmp_path / "bad.csv", rows)
    from pzh_talent.ingest.errors import ImportFailed

    with pytest.raises(ImportFailed) as e:
        load_file(connect(db_path), f)
    assert e.value.row == 9002 and "单元格过长" in str(e.value)
    assert query(db_path, "SELECT count(*) n FROM sources")[0]["n"] == 0
    assert query(db_path, "SELECT count(*) n FROM source_records")[0]["n"] == 0


def test_duplicates_within_a_file_are_counted_and_linked(tmp_path, db_path):
    f = write_csv(tmp_path / "d.csv", [HEADER, ZHANG, LI, ZHANG, ["9", "张伟"]])
    s = load_file(connect(db_path), f)
    assert s.rows_duplicate == 1 and s.rows_stored == 4
    assert query(db_path, "SELECT row_number, duplicate_of_row FROM source_records WHERE duplicate_of_row IS NOT NULL") \
        == [{"row_number": 4, "duplicate_of_row": 2}]


def test_excel_damaged_id_in_a_number_cell_is_flagged_not_trusted(tmp_path, run, db_path):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号"])
    wb.active.append(["张伟", 5.10402199005011e17])
    wb.save(tmp_path / "n.xlsx")
    run("ingest", tmp_path / "n.xlsx")
    r = query(db_path, "SELECT id_number, id_status, flags FROM source_records")[0]
    assert r["id_number"] is None and r["id_status"] == "excel_damaged" and "id_excel_damaged" in r["flags"]


def test_repeated_header_and_section_rows_are_not_people(tmp_path, run, db_path):
    write_csv(tmp_path / "r.csv", [["姓名", "手机", "单位"], ["一、东区"], ["张伟", "13800001234", "攀钢"],
                                   ["姓名", "手机", "单位"], ["李娜", "13800001235", "华为"], ["以下空白"]])
    run("ingest", tmp_path / "r.csv")
    assert [r["name"] for r in query(db_path, "SELECT name FROM source_records ORDER BY id")] == ["张伟", "李娜"]
    kinds = [(r["row_number"], r["kind"]) for r in query(
        db_path, "SELECT row_number, kind FROM skipped_rows ORDER BY row_number")]
    assert kinds == [(1, "header"), (2, "remark"), (4, "repeated_header"), (6, "remark")]


def test_formula_with_a_computed_value_takes_the_value(tmp_path, run, db_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "姓名", "手机"])
    ws.append(["=ROW()-1", "张伟", "13800001234"])
    wb.save(tmp_path / "f.xlsx")
    # give the formula the cached value Excel would have saved
    with zipfile.ZipFile(tmp_path / "f.xlsx") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(r"<f>ROW\(\)-1</f>(<v\s*/>|<v></v>)?", "<f>ROW()-1</f><v>1</v>", sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(tmp_path / "f2.xlsx", "w") as z:
        for n, b in parts.items():
            z.writestr(n, b)
    result = run("ingest", tmp_path / "f2.xlsx")
    assert result.exit_code == 0, result.output
    assert query(db_path, "SELECT name, phone FROM source_records") == [{"name": "张伟", "phone": "+8613800001234"}]


def test_new_database_is_at_the_latest_schema_version(db_path):
    conn = connect(db_path)
    assert schema.schema_version(conn) == schema.LATEST
    assert [r["version"] for r in query(db_path, "SELECT version FROM schema_versions")] == [
        v for v, _, _ in schema.MIGRATIONS]


def test_existing_database_is_upgraded_in_place(tmp_path, monkeypatch, db_path):
    conn = connect(db_path)
    load_file(conn, write_csv(tmp_path / "a.csv", [HEADER, ZHANG]))
    conn.close()
    future = schema.MIGRATIONS + [(schema.LATEST + 1, "test: a new column",
                                   "ALTER TABLE source_records ADD COLUMN wechat TEXT;")]
    monkeypatch.setattr(schema, "MIGRATIONS", future)
    monkeypatch.setattr(schema, "LATEST", schema.LATEST + 1)
    conn = connect(db_path)
    assert schema.schema_version(conn) == schema.LATEST
    assert query(db_path, "SELECT name, wechat FROM source_records") == [{"name": "张伟", "wechat": None}]


def test_database_newer_than_the_program_is_refused(db_path, run):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 5}")
    conn.close()
    result = run("sources")
    assert result.exit_code != 0 and "升级 pzh-talent" in result.output
    assert "Traceback" not in result.output


def _registry_dump(db):
    rows = query(db, "SELECT id, sheet, row_number, raw_json, name, phone, flags FROM source_records ORDER BY id")
    return rows, query(db, "SELECT rows_read, rows_stored, rows_blank, rows_rejected FROM sources")


@pytest.mark.parametrize("stray_quote", [False, True])
def test_big_csv_split_for_workers_reads_like_the_csv_module(tmp_path, monkeypatch, stray_quote):
    lines = ["姓名,手机,通讯地址"]
    for i in range(12_000):
        address = f'"攀枝花市东区\n{i}号"' if i % 97 == 0 else f"成都市{i}号"
        if stray_quote and i == 7000:
            address = '成都"高新区'  # a quote inside an unquoted cell: literal for the csv module
        lines.append(f"张{i},138{i:08d},{address}")
        if i % 1000 == 0:
            lines.append("")
    f = tmp_path / "big.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dumps = {}
    for label, min_bytes in (("serial", 1 << 40), ("workers", 0)):
        monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", min_bytes)
        db = tmp_path / f"{label}.db"
        s = load_file(connect(db), f)
        assert s.accounted()
        dumps[label] = _registry_dump(db)
    assert dumps["serial"] == dumps["workers"]
    rows, (src,) = dumps["serial"]
    assert src["rows_stored"] == 12_000 and src["rows_blank"] == 12
    assert rows[97]["row_number"] == 2 + 97 + 1  # one blank line (after row 0) above it


def test_import_restores_the_garbage_collector(tmp_path, db_path):
    import gc

    assert gc.isenabled()
    load_file(connect(db_path), write_csv(tmp_path / "a.csv", [HEADER, ZHANG]))
    assert gc.isenabled()
    with pytest.raises(Exception):
        load_file(connect(db_path), tmp_path / "missing.csv")
    assert gc.isenabled()


def test_v12_turns_old_golden_sources_into_record_ids(tmp_path, monkeypatch, db_path):
    # a registry written before v12 keeps saying which record each field came from
    from pzh_talent.registry.dedupe.golden import field_source

    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:11])
    monkeypatch.setattr(schema, "LATEST", 11)
    conn = connect(db_path)
    old = '{"name": {"record": 7, "rule": "最常见姓名（中文优先）"}, "employer": {"record": 9, "rule": "最新来源"}}'
    with conn:
        conn.execute("INSERT INTO persons (id, name, n_records, created_at, updated_at, golden_sources) "
                     "VALUES (1, '张伟', 2, 'x', 'x', ?), (2, '李娜', 1, 'x', 'x', ?)", (old, old))
    conn.close()
    monkeypatch.undo()
    connect(db_path)
    rows = {r["id"]: r["golden_sources"] for r in query(db_path, "SELECT id, golden_sources FROM persons")}
    assert json.loads(rows[1]) == {"name": 7, "employer": 9} and rows[2] is None
    assert field_source(rows[1], "employer") == ("最新来源", 9)
