"""Bad input: a clear message naming file, sheet, row and field; non-zero exit; database unchanged."""
import hashlib
import subprocess
import sys

import openpyxl
import pytest

from tests.conftest import query, write_csv, write_xlsx
from tests.test_ingest_formats import HEADER, LI, ZHANG


def snapshot(db_path):
    """Everything a user could see in the database, to compare before and after."""
    if not db_path.exists():
        return None
    tables = [r["name"] for r in query(db_path, "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return {t: query(db_path, f"SELECT * FROM [{t}]") for t in tables}


@pytest.fixture
def seeded(tmp_path, run, db_path):
    """A database that already holds one good import."""
    assert run("ingest", write_csv(tmp_path / "good.csv", [HEADER, ZHANG])).exit_code == 0
    return snapshot(db_path)


def assert_fails_cleanly(run, db_path, before, path, *words):
    result = run("ingest", path)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    for w in words:
        assert w in result.output, result.output
    assert snapshot(db_path) == before


def test_missing_file(tmp_path, run, db_path, seeded):
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "nope.csv", "nope.csv", "找不到文件")


def test_empty_file(tmp_path, run, db_path, seeded):
    (tmp_path / "empty.csv").write_bytes(b"")
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "empty.csv", "empty.csv", "文件是空的")


def test_unknown_binary_format(tmp_path, run, db_path, seeded):
    (tmp_path / "data.xlsx").write_bytes(b"\x7fELF\x02" + bytes(range(256)) * 4)
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "data.xlsx", "data.xlsx", "无法识别")


def test_a_zip_of_rosters_and_a_scanned_image(tmp_path, run, db_path, seeded):
    import zipfile

    with zipfile.ZipFile(tmp_path / "名单.xlsx", "w") as z:  # a zip renamed: a folder of rosters
        z.writestr("东区.xlsx", b"x")
        z.writestr("西区.csv", "姓名\n张伟\n")
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "名单.xlsx", "压缩包", "2 个表格文件", "解压")
    (tmp_path / "扫描件.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "扫描件.xlsx", "图片")


def test_a_web_page_without_a_table_saved_as_xls(tmp_path, run, db_path, seeded):
    (tmp_path / "export.xls").write_text("<html><body><p>名单见附件</p></body></html>")
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "export.xls", "export.xls", "没有表格")


def test_corrupt_workbook(tmp_path, run, db_path, seeded):
    good = write_xlsx(tmp_path / "ok.xlsx", {"S": [HEADER, ZHANG]}).read_bytes()
    (tmp_path / "broken.xlsx").write_bytes(good[: len(good) // 2])
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "broken.xlsx", "broken.xlsx", "损坏")


def test_no_recognisable_name_column(tmp_path, run, db_path, seeded):
    f = write_csv(tmp_path / "noname.csv", [["编号", "电话", "单位"], ["1", "13800001234", "攀钢"]])
    assert_fails_cleanly(run, db_path, seeded, f, "noname.csv", "找不到姓名列", "--map")


def test_duplicate_headers(tmp_path, run, db_path, seeded):
    f = write_xlsx(tmp_path / "dup.xlsx", {"名单": [["姓名", "手机", "姓名"], ["张伟", "13800001234", "张伟"]]})
    assert_fails_cleanly(run, db_path, seeded, f, "dup.xlsx", "工作表“名单”", "第 1 行", "列“姓名”", "表头重复")


def test_formula_cell_without_value(tmp_path, run, db_path, seeded):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人才"
    ws.append(["姓名", "手机"])
    ws.append(["张伟", "13800001234"])
    ws.append(["李娜", "=B2+1"])  # openpyxl writes formulas without a cached value
    wb.save(tmp_path / "formula.xlsx")
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "formula.xlsx", "formula.xlsx", "工作表“人才”",
                         "第 3 行", "列“手机”", "公式")


def test_huge_cell_from_a_broken_quote(tmp_path, run, db_path, seeded):
    body = "姓名,单位\n张伟,\"攀钢\n" + "".join(f"李{i},华为\n" for i in range(5000))
    (tmp_path / "quote.csv").write_text(body, encoding="utf-8")
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "quote.csv", "quote.csv", "第 2 行", "列“单位”",
                         "引号")


def test_failure_mid_file_rolls_back_everything(tmp_path, run, db_path, seeded):
    # 3000 good rows, then a bad one: none of the 3000 may stay behind
    rows = [HEADER] + [[str(i), f"张{i}"] + ZHANG[2:] for i in range(3000)]
    rows.append(["x", "李娜", "x" * 40_000])
    f = write_csv(tmp_path / "late_error.csv", rows)
    assert_fails_cleanly(run, db_path, seeded, f, "late_error.csv", "第 3002 行")


def test_one_bad_file_does_not_stop_the_others(tmp_path, run, db_path, seeded):
    bad = write_csv(tmp_path / "noname.csv", [["编号"], ["1"]])
    good = write_csv(tmp_path / "li.csv", [HEADER, LI])
    result = run("ingest", bad, good)
    assert result.exit_code == 1
    assert [r["file_name"] for r in query(db_path, "SELECT file_name FROM sources ORDER BY id")] == ["good.csv", "li.csv"]


def test_reimport_same_file_changes_nothing(tmp_path, run, db_path, seeded):
    result = run("ingest", tmp_path / "good.csv")
    assert result.exit_code == 0 and "已导入过" in result.output
    (tmp_path / "copy.csv").write_bytes((tmp_path / "good.csv").read_bytes())
    result = run("ingest", tmp_path / "copy.csv")
    assert "已导入过" in result.output and "good.csv" in result.output
    assert snapshot(db_path) == seeded


def test_real_command_line_prints_no_traceback(tmp_path):
    """The installed console script, as an officer runs it."""
    db = tmp_path / "r.db"
    p = subprocess.run([sys.executable, "-m", "pzh_talent.cli", "ingest", str(tmp_path / "missing.xlsx"),
                        "--db", str(db)], capture_output=True, text=True)
    assert p.returncode == 1
    assert "missing.xlsx" in p.stderr and "Traceback" not in p.stderr + p.stdout


def test_sha256_recorded(tmp_path, db_path, seeded):
    src = query(db_path, "SELECT * FROM sources")[0]
    assert src["sha256"] == hashlib.sha256((tmp_path / "good.csv").read_bytes()).hexdigest()


def test_registry_busy_with_another_import(tmp_path, run, db_path, seeded):
    import sqlite3

    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another import is writing
    try:
        from pzh_talent.ingest import load
        from pzh_talent.registry import db as registry_db

        f = write_csv(tmp_path / "li.csv", [HEADER, LI])
        conn = registry_db.connect(db_path)
        conn.execute("PRAGMA busy_timeout = 100")
        with pytest.raises(sqlite3.OperationalError):
            load.load_file(conn, f)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert snapshot(db_path) == seeded


def test_csv_with_a_nul_byte_late_in_the_file_keeps_the_row(tmp_path, run, db_path, seeded):
    body = "姓名,手机\n" + "张伟,13800001234\n" * 500 + "李娜,1380000\x001235\n"
    (tmp_path / "nul.csv").write_text(body, encoding="utf-8")
    assert run("ingest", tmp_path / "nul.csv").exit_code == 0
    r = query(db_path, "SELECT raw_json, phone, flags FROM source_records WHERE row_number = 502")[0]
    assert r["phone"] is None and "phone_invalid" in r["flags"] and "\\u0000" in r["raw_json"]


def test_workbook_without_any_cells(tmp_path, run, db_path, seeded):
    openpyxl.Workbook().save(tmp_path / "blank.xlsx")
    assert_fails_cleanly(run, db_path, seeded, tmp_path / "blank.xlsx", "blank.xlsx", "文件是空的")
