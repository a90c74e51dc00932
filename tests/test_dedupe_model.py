"""The Fellegi–Sunter model, trained from the data, judged on demo data it was not tuned on (seed 5)."""
import pytest

from pzh_talent.registry.dedupe.comparisons import compare_pair
from pzh_talent.registry.dedupe.run import score


def test_pairwise_f1_on_unseen_demo_data(unseen_registry):
    truth = unseen_registry.true_pairs
    scores = score(unseen_registry.conn, unseen_registry.records)
    predicted = {p for p, weight in scores.scored(above=0.0)}
    precision = len(predicted & truth) / len(predicted)
    recall = len(predicted & truth) / len(truth)
    f1 = 2 * precision * recall / (precision + recall)
    assert precision >= 0.99 and f1 >= 0.95, (precision, recall, f1)


def test_weights_explain_themselves():
    from pzh_talent.ingest.normalise import normalise_record
    from pzh_talent.registry.dedupe.model import Model

    a = normalise_record({"name": "欧阳子墨", "phone": ["13800001234"]})
    b = normalise_record({"name": "欧阳子默", "phone": ["13800001234"]})
    levels = compare_pair(a, b)
    model = Model(m={("name", "same_pinyin"): 0.1, ("phone", "exact"): 0.6},
                  u={("name", "same_pinyin"): 0.001, ("phone", "exact"): 0.001}, prior=0.5)
    explained = dict(((n, lv), w) for n, lv, w in model.explain(levels))
    assert explained == {("name", "same_pinyin"): pytest.approx(6.64, abs=0.01),
                         ("phone", "exact"): pytest.approx(9.23, abs=0.01)}
    assert model.weight(levels) == pytest.approx(sum(explained.values()), abs=0.02)


def test_a_common_name_is_worth_less_than_a_rare_one():
    from pzh_talent.registry.dedupe.model import Model

    model = Model(m={("name", "exact"): 0.9}, u={("name", "exact"): 0.001}, prior=0.5,
                  name_frequency={"张伟": 0.01, "欧阳子墨": 0.0001})
    levels = {"name": "exact"}
    assert model.weight(levels, "欧阳子墨") > model.weight(levels, "张伟") + 6


def test_packed_patterns_stand_for_the_same_levels(unseen_registry):
    from pzh_talent.registry.dedupe.comparisons import levels_of, pattern

    records = list(unseen_registry.records.values())[:300]
    for a, b in zip(records, records[1:]):
        assert levels_of(pattern(a, b)) == compare_pair(a, b)


def test_a_saved_model_weighs_pairs_as_the_trained_one(unseen_registry):
    from pzh_talent.registry.dedupe.model import Model

    scores = score(unseen_registry.conn, unseen_registry.records)
    again = Model.from_json(scores.model.to_json(), scores.model.name_frequency)
    records = unseen_registry.records
    weights = again.weights(scores.codes, lambda i: records[int(scores.left[i])]["name"])
    assert weights == pytest.approx(scores.weights)
