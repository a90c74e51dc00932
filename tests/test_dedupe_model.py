"""The Splink model, trained from the data, judged on demo data it was not tuned on (seed 5)."""
import math

import pytest

from pzh_talent.registry.dedupe.run import score


def test_pairwise_f1_on_unseen_demo_data(unseen_registry):
    truth = unseen_registry.true_pairs
    scores = score(unseen_registry.conn, unseen_registry.records)
    predicted = {p for p, weight in scores.scored(above=scores.threshold)}
    precision = len(predicted & truth) / len(predicted)
    recall = len(predicted & truth) / len(truth)
    f1 = 2 * precision * recall / (precision + recall)
    assert precision >= 0.99 and f1 >= 0.95, (precision, recall, f1)


def test_weights_explain_themselves(unseen_registry):
    """Each review pair's waterfall: the prior plus each comparison's weight is the pair's weight."""
    scores = score(unseen_registry.conn, unseen_registry.records)
    prior = math.log2(scores.model["probability_two_random_records_match"]
                      / (1 - scores.model["probability_two_random_records_match"]))
    weight_of = dict(scores.scored())
    assert scores.explanations
    for pair, steps in list(scores.explanations.items())[:200]:
        assert prior + sum(w for _, _, w in steps) == pytest.approx(weight_of[pair], abs=0.05)
        assert all(label and level for label, level, _ in steps)


def test_a_common_name_is_worth_less_than_a_rare_one(unseen_registry):
    scores = score(unseen_registry.conn, unseen_registry.records)
    exact = [(pair, dict((f, w) for f, lv, w in steps)["姓名"]) for pair, steps in scores.explanations.items()
             if ("姓名", "相同") in {(f, lv) for f, lv, _ in steps}]
    names = unseen_registry.records
    by_name = {}
    for (a, b), w in exact:
        by_name.setdefault(names[a]["name"], w)
    counts = {}
    for r in names.values():
        counts[r["name"]] = counts.get(r["name"], 0) + 1
    common = max(by_name, key=lambda n: counts[n])
    rare = min(by_name, key=lambda n: counts[n])
    assert counts[common] > counts[rare] and by_name[rare] > by_name[common] + 2


def test_a_saved_model_weighs_pairs_as_the_trained_one(unseen_registry):
    scores = score(unseen_registry.conn, unseen_registry.records)
    again = score(unseen_registry.conn, unseen_registry.records, model=scores.model)
    assert dict(again.scored()) == pytest.approx(dict(scores.scored()))
