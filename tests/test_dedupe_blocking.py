"""Blocking recall on labelled demo data the rules were not tuned on (the unseen_registry fixture)."""
import pytest

from pzh_talent.registry.db import connect
from pzh_talent.ingest.load import load_file
from pzh_talent.registry.dedupe.blocking import candidate_pairs
from pzh_talent.registry.dedupe.evaluate import blocking_recall


def test_blocking_finds_nearly_every_true_pair_without_comparing_everything(unseen_registry):
    truth = unseen_registry.true_pairs
    blocking = candidate_pairs(unseen_registry.conn)
    recall = len(truth & set(blocking.pairs())) / len(truth)
    n = len(unseen_registry.records)
    assert recall >= 0.98, recall
    # a tiny fraction of all n*(n-1)/2 pairs
    assert len(blocking) < 3 * len(truth) and len(blocking) < n * (n - 1) / 2 / 500
    # the evaluation module counts the same recall without listing the pairs
    assert blocking_recall(blocking.left, blocking.right, unseen_registry.person_of) == pytest.approx(recall)


def test_common_name_alone_is_not_a_block(tmp_path):
    conn = connect(tmp_path / "r.db")
    rows = "\n".join(f"张伟,1380000{i:04d}" for i in range(300))
    (tmp_path / "zw.csv").write_text("姓名,手机\n" + rows + "\n", encoding="utf-8")
    load_file(conn, tmp_path / "zw.csv")
    blocking = candidate_pairs(conn)
    assert len(blocking) == 0  # 300 张伟 with different phones: nothing says any two are one person
    assert blocking.skipped_blocks["name_key"] == 1


def test_an_incremental_run_looks_only_at_what_shares_a_key_with_the_new_records(tmp_path):
    from pzh_talent.registry.dedupe.blocking import neighbours

    conn = connect(tmp_path / "r.db")
    (tmp_path / "a.csv").write_text("姓名,手机\n张伟,13800001234\n李娜,13900001234\n王芳,13700001234\n",
                                    encoding="utf-8")
    (tmp_path / "b.csv").write_text("姓名,手机\n张玮,13800001234\n", encoding="utf-8")
    load_file(conn, tmp_path / "a.csv")
    conn.execute("UPDATE source_records SET person_id = id")
    load_file(conn, tmp_path / "b.csv")
    conn.execute("CREATE TEMP TABLE seeds AS SELECT id FROM source_records WHERE person_id IS NULL")
    names = dict(conn.execute("SELECT id, name FROM source_records"))
    assert {names[i] for i in neighbours(conn, "temp.seeds")} == {"张伟", "张玮"}  # same phone; 李娜, 王芳 untouched


def test_the_sql_rules_are_the_rules_splink_blocks_by():
    from pzh_talent.registry.dedupe.blocking import BLOCKING_RULES
    from pzh_talent.registry.dedupe.features import SETTINGS

    assert [(r.name, r.max_block) for r in BLOCKING_RULES] == [(r["name"], r["max_block"])
                                                                for r in SETTINGS["blocking"]]
