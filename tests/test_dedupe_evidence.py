"""Issue 14's named cases, end to end on a registry big enough to train on (a demo registry plus
the case's own roster): a masked ID agrees with the full one, a one-character typo with the same
phone and birth month, a family landline that is no link; and officers' decisions, both respected
and learned from."""
import csv

import pytest

from tests.conftest import query, write_csv
from tests.test_ingest_formats import make_id


@pytest.fixture(scope="module")
def trained_registry(tmp_path_factory):
    """A demo registry of some 600 records (so the model is trained, not the settings' start)."""
    from pzh_talent.demo import write_demo_rosters

    folder = tmp_path_factory.mktemp("evidence")
    manifest = write_demo_rosters(folder / "rosters", seed=12, n_people=400)
    return folder, manifest


def _registry(tmp_path, run, trained_registry, rows):
    folder, manifest = trained_registry
    assert run("ingest", *manifest.files).exit_code == 0
    write_csv(tmp_path / "案例.csv", rows)
    assert run("ingest", tmp_path / "案例.csv").exit_code == 0
    out = run("dedupe")
    assert out.exit_code == 0, out.output
    return out


def _persons(db_path):
    return {r["row_number"]: r["person_id"] for r in query(
        db_path, "SELECT r.row_number, r.person_id FROM source_records r JOIN sources s ON s.id = r.source_id "
                 "WHERE s.file_name = '案例.csv'")}


def test_masked_ids_typos_and_family_landlines(tmp_path, run, db_path, trained_registry):
    full = make_id("510422", "19900101", "326")
    masked = full[:6] + "*" * 8 + full[-4:]
    rows = [["姓名", "身份证号", "出生年月", "手机", "毕业院校", "工作单位"],
            ["汪芳婷", full, "", "13811112222", "四川大学", "攀钢集团有限公司"],      # 2
            ["汪芳婷", masked, "1990-01", "", "四川大学", ""],                         # 3: masked, as offices publish
            ["刘世彬", "", "1988-06-12", "13933334444", "", "华为技术有限公司"],       # 4
            ["刘世杉", "", "1988-06", "13933334444", "", ""],                          # 5: one character misread
            ["卢建国", "", "1961-03-02", "0812-3345678", "", "攀钢集团有限公司"],     # 6: father
            ["卢浩然", "", "1989-11-20", "0812-3345678", "", "成都理工大学"]]          # 7: son, same landline
    _registry(tmp_path, run, trained_registry, rows)
    person = _persons(db_path)
    assert person[2] == person[3]    # the masked ID's visible digits agree with the full number
    assert person[4] == person[5]    # same phone and birth month outweigh one character
    assert person[6] != person[7]    # a household's landline is no link between two people


def test_a_decision_is_respected_and_learned_from(tmp_path, run, db_path):
    """Officers decide the review pairs (30 at most) from the demo's truth: every decision holds in the next run,
    and the run trains and calibrates with them (the summary says so). A registry big enough to leave
    the model unsure of at least settings.json's training.labels_min pairs."""
    from pzh_talent.demo import write_demo_rosters

    manifest = write_demo_rosters(tmp_path / "rosters", seed=12, n_people=900)
    assert run("ingest", *manifest.files).exit_code == 0
    assert run("dedupe").exit_code == 0
    with open(manifest.truth_path, encoding="utf-8") as f:
        truth = {(r["file_name"], r["sheet"] or "", int(r["row_number"])): r["person_key"] for r in csv.DictReader(f)}
    key = {r["id"]: truth.get((r["file_name"], r["sheet"] or "", r["row_number"])) for r in query(
        db_path, "SELECT r.id, s.file_name, r.sheet, r.row_number FROM source_records r "
                 "JOIN sources s ON s.id = r.source_id")}
    pairs = query(db_path, "SELECT id, record_a, record_b FROM review_pairs WHERE status = 'open' ORDER BY id LIMIT 30")
    assert len(pairs) >= 20  # settings.json training.labels_min
    decided = {}
    for p in pairs:
        same = key[p["record_a"]] == key[p["record_b"]]
        assert run("review", "decide", p["id"], "同一人" if same else "不是同一人").exit_code == 0
        decided[(p["record_a"], p["record_b"])] = same
    assert any(decided.values())
    out = run("dedupe")
    assert f"审核结论 {len(decided)} 条用于训练模型与校准" in out.output
    person = {r["id"]: r["person_id"] for r in query(db_path, "SELECT id, person_id FROM source_records")}
    for (a, b), same in decided.items():
        assert (person[a] == person[b]) == same
    assert "审核结论" in run("dedupe", "--full").output  # and again from scratch


def test_the_queue_puts_uncertain_pairs_that_move_many_records_first():
    from pzh_talent.registry.dedupe.review import priority

    assert priority(0.0, 2) > priority(4.0, 2)         # even odds teach more than a near-certain pair
    assert priority(0.0, 6) > priority(0.0, 2)         # a pair joining two big persons moves more records
    assert priority(30.0, 50) < priority(0.5, 2)


def test_calibration_moves_weights_towards_the_officers_decisions_and_the_threshold_is_the_models():
    from pzh_talent.registry.dedupe.decision import calibrate, join_threshold

    # the model says -1 (33 %) for pairs officers find to be one person 85 times in 100
    weights = [-1.0] * 40
    labels = [1] * 34 + [0] * 6
    assert calibrate(weights, labels) > 2.0
    assert calibrate(weights[:4], labels[:4]) == 0.0  # too few of each kind: no change
    # pairs the model is sure of, then a few it thinks unlikely: joined from where expected F1 is best
    w = [20.0] * 100 + [-8.0] * 100
    assert -8.0 < join_threshold(w) <= 5.0
