"""`pzh-talent dedupe` end to end: persons written, IDs stable across runs and new imports."""
import csv
import shutil

from tests.conftest import query
from pzh_talent.demo import write_demo_rosters


def person_of(db_path):
    return {(r["file_name"], r["sheet"] or "", r["row_number"]): r["person_id"] for r in query(
        db_path, "SELECT s.file_name, r.sheet, r.row_number, r.person_id FROM source_records r "
                 "JOIN sources s ON s.id = r.source_id")}


def test_dedupe_writes_persons_and_keeps_their_ids(tmp_path, run, db_path):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=8, n_people=600)
    first, later = manifest.files[:-2], manifest.files[-2:]
    assert run("ingest", *first).exit_code == 0
    result = run("dedupe")
    assert result.exit_code == 0 and "人员" in result.output
    before = person_of(db_path)
    assert all(before.values())
    n_persons = query(db_path, "SELECT count(*) n FROM persons WHERE n_records > 0")[0]["n"]
    with open(manifest.truth_path, encoding="utf-8") as f:
        truth = {(r["file_name"], r["sheet"], int(r["row_number"])): r["person_key"] for r in csv.DictReader(f)}
    true_persons = len({truth[k] for k in before})
    assert abs(n_persons - true_persons) <= 0.05 * true_persons

    # running again changes nobody's ID
    assert "新建 0" in run("dedupe").output
    assert person_of(db_path) == before

    # a new import: the earlier records keep their persons, new records join existing persons
    assert run("ingest", *later).exit_code == 0
    run("dedupe")
    after = person_of(db_path)
    changed = sum(after[k] != v for k, v in before.items())
    assert changed <= 0.01 * len(before)
    new_rows = [k for k in after if k not in before]
    joined = sum(after[k] in set(before.values()) for k in new_rows)
    assert joined > 0
