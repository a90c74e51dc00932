"""Clustering: strongest links first, contradictions refused; judged on unseen demo data."""
import collections
import csv
import itertools

import pytest

from ingest.ids import check_char
from ingest.load import load_file
from ingest.normalise import normalise_record
from pzh_talent.demo import write_demo_rosters
from registry.db import connect
from registry.dedupe.blocking import candidate_pairs
from registry.dedupe.clustering import cluster
from registry.dedupe.comparisons import compare_pair
from registry.dedupe.model import train


def make_id(first17):
    return first17 + check_char(first17)


def test_two_zhang_wei_with_different_ids_stay_apart_even_through_a_third_record():
    records = {
        1: normalise_record({"name": "张伟", "id_number": make_id("51040219900501123")}),
        2: normalise_record({"name": "张伟", "phone": ["13800001234"]}),   # links to both
        3: normalise_record({"name": "张伟", "id_number": make_id("51040219851212456")}),
    }
    groups = cluster(records, [((1, 2), 9.0), ((2, 3), 8.0)])
    assert sorted(groups) == [[1, 2], [3]]  # the weaker link gave way


def test_links_below_the_threshold_do_not_join():
    records = {i: normalise_record({"name": "李娜"}) for i in (1, 2)}
    assert sorted(cluster(records, [((1, 2), -3.0)])) == [[1], [2]]


def bcubed_f1(groups, truth_of):
    in_cluster = {r: set(g) for g in groups for r in g}
    persons = collections.defaultdict(set)
    for r, p in truth_of.items():
        persons[p].add(r)
    p = sum(len(in_cluster[r] & persons[truth_of[r]]) / len(in_cluster[r]) for r in truth_of) / len(truth_of)
    rc = sum(len(in_cluster[r] & persons[truth_of[r]]) / len(persons[truth_of[r]]) for r in truth_of) / len(truth_of)
    return 2 * p * rc / (p + rc)


@pytest.mark.parametrize("shape", ["default", "holdout"])
def test_clusters_match_the_true_persons(tmp_path, shape):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=5, n_people=1500, shape=shape)
    conn = connect(tmp_path / "r.db")
    for f in manifest.files:
        load_file(conn, f, defaults=manifest.file_settings.get(f.name))
    ids = {(f, s or "", n): i for f, s, n, i in conn.execute(
        "SELECT s.file_name, r.sheet, r.row_number, r.id FROM source_records r JOIN sources s ON s.id = r.source_id")}
    with open(manifest.truth_path, encoding="utf-8") as f:
        truth_of = {ids[(r["file_name"], r["sheet"], int(r["row_number"]))]: r["person_key"] for r in csv.DictReader(f)}
    cols = [c[1] for c in conn.execute("PRAGMA table_info(source_records)")]
    records = {r[0]: dict(zip(cols, r)) for r in conn.execute("SELECT * FROM source_records")}
    pairs = list(candidate_pairs(conn).pairs)
    model = train(records, pairs)
    groups = cluster(records, [(p, model.weight(compare_pair(records[p[0]], records[p[1]]), records[p[0]]["name"]))
                               for p in pairs])
    persons = collections.defaultdict(list)
    for r, p in truth_of.items():
        persons[p].append(r)
    truth = {tuple(sorted(p)) for v in persons.values() for p in itertools.combinations(v, 2)}
    predicted = {p for g in groups for p in itertools.combinations(g, 2)}
    precision, recall = len(predicted & truth) / len(predicted), len(predicted & truth) / len(truth)
    assert 2 * precision * recall / (precision + recall) >= 0.98
    assert bcubed_f1(groups, truth_of) >= 0.98
