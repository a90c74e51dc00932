"""The Fellegi–Sunter model, trained from the data, judged on demo data it was not tuned on (seed 5)."""
import pytest

from ingest.load import load_file
from pzh_talent.demo import write_demo_rosters
from registry.db import connect
from registry.dedupe.blocking import candidate_pairs
from registry.dedupe.comparisons import compare_pair
from registry.dedupe.model import train
from tests.test_dedupe_blocking import true_pairs


@pytest.mark.parametrize("shape", ["default", "holdout"])
def test_pairwise_f1_on_unseen_demo_data(tmp_path, shape):
    manifest = write_demo_rosters(tmp_path / "rosters", seed=5, n_people=1500, shape=shape)
    conn = connect(tmp_path / "r.db")
    for f in manifest.files:
        load_file(conn, f, defaults=manifest.file_settings.get(f.name))
    truth = true_pairs(conn, manifest)
    cols = [d[1] for d in conn.execute("PRAGMA table_info(source_records)")]
    records = {r[0]: dict(zip(cols, r)) for r in conn.execute("SELECT * FROM source_records")}
    pairs = list(candidate_pairs(conn).pairs)
    model = train(records, pairs)
    predicted = {p for p in pairs
                 if model.weight(compare_pair(records[p[0]], records[p[1]]), records[p[0]]["name"]) > 0}
    precision = len(predicted & truth) / len(predicted)
    recall = len(predicted & truth) / len(truth)
    f1 = 2 * precision * recall / (precision + recall)
    assert precision >= 0.99 and f1 >= 0.95, (precision, recall, f1)


def test_weights_explain_themselves():
    from ingest.normalise import normalise_record
    from registry.dedupe.model import Model

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
    from registry.dedupe.model import Model

    model = Model(m={("name", "exact"): 0.9}, u={("name", "exact"): 0.001}, prior=0.5,
                  name_frequency={"张伟": 0.01, "欧阳子墨": 0.0001})
    levels = {"name": "exact"}
    assert model.weight(levels, "欧阳子墨") > model.weight(levels, "张伟") + 6
