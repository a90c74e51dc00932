"""Clustering: strongest links first, contradictions refused; judged on unseen demo data."""
import collections
import itertools

from ingest.ids import check_char
from ingest.normalise import normalise_record
from registry.dedupe.clustering import cluster
from registry.dedupe.run import score


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


def test_clusters_match_the_true_persons(unseen_registry):
    _, _, scored = score(unseen_registry.conn, unseen_registry.records)
    groups = cluster(unseen_registry.records, scored)
    truth = unseen_registry.true_pairs
    predicted = {p for g in groups for p in itertools.combinations(g, 2)}
    precision, recall = len(predicted & truth) / len(predicted), len(predicted & truth) / len(truth)
    assert 2 * precision * recall / (precision + recall) >= 0.98
    assert bcubed_f1(groups, unseen_registry.person_of) >= 0.98
