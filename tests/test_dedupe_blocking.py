"""Blocking recall on labelled demo data the rules were not tuned on (seed 5; tuning used seed 99)."""
import csv
import itertools
from collections import defaultdict

import pytest

from ingest.load import load_file
from pzh_talent.demo import write_demo_rosters
from registry.db import connect
from registry.dedupe.blocking import candidate_pairs


def true_pairs(conn, manifest):
    ids = {(f, s or "", n): i for f, s, n, i in conn.execute(
        "SELECT s.file_name, r.sheet, r.row_number, r.id FROM source_records r JOIN sources s ON s.id = r.source_id")}
    by_person = defaultdict(list)
    with open(manifest.truth_path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            by_person[r["person_key"]].append(ids[(r["file_name"], r["sheet"], int(r["row_number"]))])
    return {tuple(sorted(p)) for recs in by_person.values() for p in itertools.combinations(recs, 2)}


@pytest.mark.parametrize("shape", ["default", "holdout"])
def test_blocking_finds_nearly_every_true_pair_without_comparing_everything(tmp_path, shape):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=5, n_people=1500, shape=shape)
    conn = connect(tmp_path / "r.db")
    for f in manifest.files:
        load_file(conn, f, defaults=manifest.file_settings.get(f.name))
    truth = true_pairs(conn, manifest)
    blocking = candidate_pairs(conn)
    recall = len(truth & blocking.pairs.keys()) / len(truth)
    n = conn.execute("SELECT count(*) FROM source_records").fetchone()[0]
    assert recall >= 0.98, recall
    # a tiny fraction of all n*(n-1)/2 pairs
    assert len(blocking.pairs) < 3 * len(truth) and len(blocking.pairs) < n * (n - 1) / 2 / 500


def test_common_name_alone_is_not_a_block(tmp_path):
    conn = connect(tmp_path / "r.db")
    rows = "\n".join(f"张伟,1380000{i:04d}" for i in range(300))
    (tmp_path / "zw.csv").write_text("姓名,手机\n" + rows + "\n", encoding="utf-8")
    load_file(conn, tmp_path / "zw.csv")
    blocking = candidate_pairs(conn)
    assert not blocking.pairs  # 300 张伟 with different phones: nothing says any two are one person
    assert blocking.skipped_blocks["name_key"] == 1
