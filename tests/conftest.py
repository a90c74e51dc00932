import csv
import json
import sqlite3

import pytest
from click.testing import CliRunner

from pzh_talent.cli import cli


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "registry.db"


@pytest.fixture
def run(db_path):
    """Run the real CLI in-process against the test's database: run('ingest', file)."""
    def _run(*args, db=True):
        args = [str(a) for a in args]
        if db:
            args += ["--db", str(db_path)]
        return CliRunner().invoke(cli, args, catch_exceptions=False)
    return _run


def query(db_path, sql, params=()):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def write_csv(path, rows, encoding="utf-8", delimiter=","):
    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path, sheets):
    """sheets: {name: [row, ...]}; a row is a list of values (None = empty)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


def write_jsonl(path, objs):
    with open(path, "w", encoding="utf-8") as f:
        for o in objs:
            f.write((json.dumps(o, ensure_ascii=False) if o is not None else "") + "\n")
    return path
