"""Blocking recall on labelled demo data the rules were not tuned on (the unseen_registry fixture)."""
from registry.db import connect
from ingest.load import load_file
from registry.dedupe.blocking import candidate_pairs


def test_blocking_finds_nearly_every_true_pair_without_comparing_everything(unseen_registry):
    truth = unseen_registry.true_pairs
    blocking = candidate_pairs(unseen_registry.conn)
    recall = len(truth & blocking.pairs.keys()) / len(truth)
    n = len(unseen_registry.records)
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
