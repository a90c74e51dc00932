"""The column-convention benchmark on a tiny set: its figures are shares, and comparing the plain
import with itself gives 1.0 everywhere (the comparison itself is right)."""
import csv
import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "roster_conventions.py"


@pytest.fixture(scope="module")
def rc():
    spec = importlib.util.spec_from_file_location("roster_conventions", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_plain_against_itself_and_generic(rc, tmp_path):
    result = rc.run(n_people=40, seed=3, only=["generic"], work=tmp_path)
    plain = result["plain"]
    assert plain["rows_plain"] > 0 and plain["rows_kept_share"] == 1.0 and plain["extra_rows"] == 0
    for f in rc.FIELDS:
        assert plain[f] == 1.0, f
    generic = result["conventions"]["generic"]
    assert set(result["conventions"]) == {"generic"}
    assert generic["rows_plain"] == plain["rows_plain"]
    assert 0 <= generic["rows_kept_share"] <= 1
    for f in rc.FIELDS:
        assert generic[f] is not None and 0 <= generic[f] <= 1, f
        right, total = generic["counts"][f]
        assert 0 <= right <= total
    assert "generic" in rc.table(result)


def test_variants_keep_every_row_in_order(rc, tmp_path):
    rosters = rc.read_plain(tmp_path / "plain", seed=3, n_people=40)
    roster = next(r for r in rosters if r.path.suffix == ".xlsx" and r.has_id)
    generic = rc.write_variant(roster, "generic", tmp_path / "generic", seed=3)
    with open(generic.path, encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == [f"字段{i}" for i in range(1, len(roster.headers) + 1)]
    assert len(lines) == len(roster.rows) + 1
    assert lines[1][roster.kinds.index("name")] == roster.rows[0][2][roster.kinds.index("name")]
    assert list(generic.mapping.values())[0] == (generic.path.name, None, 2)

    camel = rc.write_variant(roster, "camel", tmp_path / "camel", seed=3)
    records = json.loads(camel.path.read_text(encoding="utf-8"))
    assert len(records) == len(roster.rows) and "fullName" in records[0]

    masked = rc.write_variant(roster, "masked", tmp_path / "masked", seed=3)
    assert masked.shown_area and all(len(a) in (4, 6) for a in masked.shown_area.values())
    assert rc.pinyin_code("身份证号", "id") == "SFZH" and rc.pinyin_code("Email", "email") == "DZYX"
