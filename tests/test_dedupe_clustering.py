"""Clustering: strongest links first, contradictions refused; judged on unseen demo data."""
import collections
import itertools

import pytest

from pzh_talent.ingest.ids import check_char
from pzh_talent.ingest.normalise import normalise_record
from pzh_talent.registry.dedupe.clustering import cluster
from pzh_talent.registry.dedupe.run import score


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


def _born(name, birth):
    return normalise_record({"name": name, "birth_date": birth})


@pytest.mark.parametrize("a, b", [("1982-05-14", "1983-05-14"),   # one digit typed wrong
                                  ("1982-05-14", "1982-05-41"),   # neighbours swapped
                                  ("1982-05-14", "1982-05-04")])  # same month
def test_a_birthday_a_typo_apart_does_not_keep_a_linked_pair_apart(a, b):
    records = {1: _born("刘建国", a), 2: _born("刘建国", b)}
    assert sorted(cluster(records, [((1, 2), 2.0)])) == [[1, 2]]


def test_birthdays_far_apart_keep_even_a_linked_pair_apart():
    # father and son share name and address; other dates of the same year need overwhelming evidence
    records = {1: _born("刘建国", "1958-03-02"), 2: _born("刘建国", "1986-11-20"),
               3: _born("张婷", "1993-07-26"), 4: _born("张婷", "1993-05-02")}
    pairs = [((1, 2), 12.0), ((3, 4), 2.0)]
    assert sorted(cluster(records, pairs, strong=5.0)) == [[1], [2], [3], [4]]
    # the same year and a link above `strong` (masked ID, phone and school agree): one person
    assert sorted(cluster(records, [((3, 4), 9.0)], strong=5.0)) == [[1], [2], [3, 4]]


def bcubed_f1(groups, truth_of):
    in_cluster = {r: set(g) for g in groups for r in g}
    persons = collections.defaultdict(set)
    for r, p in truth_of.items():
        persons[p].add(r)
    p = sum(len(in_cluster[r] & persons[truth_of[r]]) / len(in_cluster[r]) for r in truth_of) / len(truth_of)
    rc = sum(len(in_cluster[r] & persons[truth_of[r]]) / len(persons[truth_of[r]]) for r in truth_of) / len(truth_of)
    return 2 * p * rc / (p + rc)


def test_clusters_match_the_true_persons(unseen_registry):
    scored = score(unseen_registry.conn, unseen_registry.records).scored()
    groups = cluster(unseen_registry.records, scored)
    truth = unseen_registry.true_pairs
    predicted = {p for g in groups for p in itertools.combinations(g, 2)}
    precision, recall = len(predicted & truth) / len(predicted), len(predicted & truth) / len(truth)
    assert 2 * precision * recall / (precision + recall) >= 0.98
    assert bcubed_f1(groups, unseen_registry.person_of) >= 0.98


def test_the_evaluation_counts_agree_with_listing_every_pair(unseen_registry):
    from pzh_talent.registry.dedupe.evaluate import bcubed, pairwise

    groups = cluster(unseen_registry.records, score(unseen_registry.conn, unseen_registry.records).scored())
    cluster_of = {r: i for i, g in enumerate(groups) for r in g}
    truth = unseen_registry.true_pairs
    predicted = {p for g in groups for p in itertools.combinations(g, 2)}
    precision, recall = len(predicted & truth) / len(predicted), len(predicted & truth) / len(truth)
    counted = pairwise(cluster_of, unseen_registry.person_of)
    assert (counted.precision, counted.recall) == (pytest.approx(precision), pytest.approx(recall))
    assert bcubed(cluster_of, unseen_registry.person_of).f1 == pytest.approx(bcubed_f1(groups, unseen_registry.person_of))
    # and they can fail: everyone in one cluster
    assert pairwise({r: 0 for r in cluster_of}, unseen_registry.person_of).precision < 0.01


def test_a_person_with_one_record_gets_the_golden_record_the_general_rules_give(unseen_registry):
    from pzh_talent.registry.dedupe import golden
    from pzh_talent.registry.dedupe.run import GOLDEN_COLUMNS

    rows = [dict(zip(GOLDEN_COLUMNS, r)) for r in unseen_registry.conn.execute(
        f"SELECT {', '.join(GOLDEN_COLUMNS)} FROM source_records")]
    for r in rows:
        one, many = golden._golden_of_one(r), golden._golden_of_many([r])
        # the fast path stores no sources: a single record gave every field, as the general rules say
        assert one.pop("golden_sources") is None
        sources = many.pop("golden_sources")
        assert one == many
        assert all(golden.field_source(None, f, only_record=r["id"]) == golden.field_source(sources, f)
                   for f in ["name", *golden.RULES] if one.get(f) not in (None, ""))
