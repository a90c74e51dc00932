"""`pzh-talent dedupe`: block, compare, train, score, cluster, then write persons.

Person IDs are stable: a new cluster takes the ID most of its records already had, so re-running,
or running after a new import, keeps existing persons' IDs and attaches new records to them.
"""
import gc
import json
import multiprocessing
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from pzh_talent.parallel import fork_workers

from pzh_talent.registry.schema import now

from .blocking import neighbours
from . import consent
from .clustering import cluster
from .decision import calibrate, join_threshold
from .engine import Engine, Prediction, fits, probability_weight, term_frequencies
from .features import COLUMNS as FEATURE_COLUMNS, SETTINGS, frame, plain_text, text_column
from .golden import PERSON_FIELDS, RULES, golden_record
from pzh_talent.registry.search import refresh as refresh_search, segment_person
from pzh_talent.registry.db import audit, indexes_set_aside, transaction

# pairs between the review band's ends go to officers; the join threshold is each run's (decision.py)
REVIEW_BAND = tuple(probability_weight(p) for p in SETTINGS["decision"]["review_band"])


@dataclass
class DedupeSummary:
    records: int
    candidate_pairs: int
    persons: int
    persons_created: int
    persons_kept: int
    persons_retired: int
    review_pairs: int = 0
    mode: str = "full"          # full | incremental
    at: str = ""                # the run's time stamp: persons it wrote have updated_at = at
    records_compared: int = 0   # records looked at in this run (all of them, when full)
    seconds: float = 0.0
    labels: int = 0             # officers' decisions the model was trained and calibrated with
    calibration: float = 0.0    # bits the decisions shifted every weight by (decision.calibrate)
    threshold: float = 0.0      # pairs weighing more were joined (decision.join_threshold)


def decisions(conn) -> dict:
    """(smaller id, larger id) -> 'same' | 'not_same': the latest decision per pair wins."""
    out = {}
    for a, b, d in conn.execute("SELECT record_a, record_b, decision FROM link_decisions ORDER BY id"):
        out[(min(a, b), max(a, b))] = d
    return out


def decide(conn, review_id: int, decision: str, actor: str | None = None, note: str | None = None,
           records: tuple[int, int] | None = None) -> tuple[int, int]:
    """Record an officer's decision on an open review pair; the next dedupe run applies it.
    `records`: the two records the officer looked at: refused when the number now names another
    pair. Returns the pair's two records."""
    if decision not in ("same", "not_same"):
        raise ValueError(f"结论须为“同一人”或“不是同一人”，而不是“{decision}”")
    with transaction(conn):
        row = conn.execute("SELECT record_a, record_b, status FROM review_pairs WHERE id = ?", (review_id,)).fetchone()
        if row is None:  # numbers are never reused: this one left the queue at a later dedupe, or never was
            raise LookupError(f"没有编号为 {review_id} 的待审核记录对（可能已在之后的查重中移出待审核队列），"
                              f"未作任何记录：请用 pzh-talent review list 查看现在的编号")
        if records is not None and sorted(records) != sorted((row[0], row[1])):
            raise LookupError(f"编号 {review_id} 现在是记录 {row[0]} 与 {row[1]}，不是您看的记录 "
                              f"{records[0]} 与 {records[1]}：请重新打开待审核记录对")
        if row[2] != "open":
            raise LookupError(f"记录对 {review_id}（记录 {row[0]} 与 {row[1]}）已有结论，未重复记录")
        stamp = now()
        conn.execute("INSERT INTO link_decisions (record_a, record_b, decision, actor, at, note) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (row[0], row[1], decision, actor, stamp, note))
        conn.execute("UPDATE review_pairs SET status = 'decided' WHERE id = ?", (review_id,))
        audit(conn, "review", f"review_pairs/{review_id}", {"decision": decision, "note": note}, actor, at=stamp)
    return row[0], row[1]


# The columns blocking, comparisons and clustering need; the golden record reads the rest later,
# a batch at a time, so that a million records fit in memory.
DEDUPE_COLUMNS = tuple(dict.fromkeys(("id", "source_id", "person_id") + FEATURE_COLUMNS))
GOLDEN_COLUMNS = tuple(dict.fromkeys(("id", "source_id", "name", "name_script", "id_status", "phones", "emails")
                                     + tuple(RULES)))
_SHARED_VALUES = {"name_script", "phone_kind", "surname", "gender", "id_status", "employer", "school", "city", "major"}
# an erased record (registry/erasure.py) keeps only its provenance: it stays with its erased person
# and is never compared, clustered or re-assigned, or it would split off into a nameless new person
NOT_ERASED = "flags IS NOT '[\"erased\"]'"
INCREMENTAL_SHARE = 0.2    # more new records than this share of the registry: retrain, rebuild all


def load_records(conn, only: str | None = None, columns=DEDUPE_COLUMNS) -> dict[int, dict]:
    """Source records as dicts of `columns`, by id, erased records left out; `only`: a table of
    the ids wanted."""
    where = f" WHERE {NOT_ERASED}" + (f" AND id IN (SELECT id FROM {only})" if only else "")
    shared: list[tuple[int, dict]] = [(i, {}) for i, c in enumerate(columns) if c in _SHARED_VALUES]
    out = {}
    for row in conn.execute(f"SELECT {', '.join(columns)} FROM source_records{where}"):
        if shared:  # one string object per distinct city, school, …: much less memory at 1M records
            row = list(row)
            for i, seen in shared:
                if row[i] is not None:
                    row[i] = seen.setdefault(row[i], row[i])
        out[row[0]] = dict(zip(columns, row))
    return out


def labels(decided: dict, records: dict) -> list[tuple[int, int, float]]:
    """Officers' decisions on pairs of these records, as Splink's pairwise labels."""
    return [(a, b, 1.0 if d == "same" else 0.0) for (a, b), d in decided.items() if a in records and b in records]


def _shift(saved) -> float:
    """A saved model's calibration: a shift in bits (models saved before it was one kept [shift, 1])."""
    return float(saved[0] if isinstance(saved, list) else saved)


def _lookup(prediction: Prediction):
    """pairs -> their (uncalibrated) match weights, None for a pair not predicted: a sorted array
    of packed pairs, not a dict of millions of tuples."""
    keys = (prediction.left << 32) | prediction.right
    order = np.argsort(keys)
    keys, weights = keys[order], prediction.weights[order]

    def weight_of(pairs):
        if not pairs:
            return []
        wanted = np.array([(a << 32) | b for a, b in pairs], dtype=np.int64)
        at = np.clip(np.searchsorted(keys, wanted), 0, max(0, len(keys) - 1))
        found = keys[at] == wanted if len(keys) else np.zeros(len(wanted), bool)
        return [float(weights[i]) if ok else None for i, ok in zip(at.tolist(), found.tolist())]
    return weight_of


def score(conn, records: dict, model: dict | None = None, decided: dict | None = None,
          progress=None, calibration: float | None = None) -> Prediction:
    """Blocking, comparisons, training (unless a model is given), prediction: Splink's steps; then
    calibration by officers' decisions and the join threshold (decision.py)."""
    timer = _Timer(progress)
    if len(records) < 2:
        return Prediction(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), model or {})
    df = frame(records)
    engine = Engine(df, model=model, term_frequencies=registry_frequencies(conn, records, df))
    try:
        given = labels(decided or {}, records)
        if model is None:
            engine.train(given if len(given) >= SETTINGS["training"]["labels_min"] else ())
            timer.step("估计模型参数（先验、u、m；Splink）")
        prediction = engine.predict()
        timer.step(f"分块、比对、计算匹配权重：候选对 {len(prediction.left)} 个")
        weight_of = _lookup(prediction)
        labelled = [(w, y) for (_, _, y), w in zip(given, weight_of([(a, b) for a, b, _ in given])) if w is not None]
        # an incremental run keeps the calibration its model was trained with
        shift = calibration if calibration is not None else calibrate([w for w, _ in labelled],
                                                                      [y for _, y in labelled])
        prediction.calibration = shift
        prediction.labels = len(labelled) if model is None and len(given) >= SETTINGS["training"]["labels_min"] \
            else 0
        prediction.weights = prediction.weights + shift
        lo, hi = REVIEW_BAND
        prediction.explanations = engine.explain(lo - shift, hi - shift)
        if shift:  # the waterfall shows what the officers' decisions changed
            for steps in prediction.explanations.values():
                steps.append(("审核结论校准", f"据 {len(labelled)} 条审核结论", round(shift, 2)))
        prediction.threshold = join_threshold(prediction.weights, *REVIEW_BAND)
    finally:
        engine.close()
    return prediction


def registry_frequencies(conn, records: dict, df: pd.DataFrame) -> dict:
    """How common each name, employer, … is in the whole registry (engine.term_frequencies): from
    the run's frame when it holds every record, else (an incremental run sees a few) read again."""
    whole = conn.execute(f"SELECT count(*) FROM source_records WHERE {NOT_ERASED}").fetchone()[0]
    if len(records) == whole:
        return term_frequencies(df, [-r["id"] if r["person_id"] is None else r["person_id"]
                                     for r in records.values()])
    # (a record's own id, negated, as its person until a run places it)
    names = ("name", "name_script", "surname", "employer", "school", "major", "city")
    cursor = conn.execute(f"SELECT coalesce(person_id, -id), {', '.join(names)} FROM source_records WHERE {NOT_ERASED}")
    cursor.row_factory = None
    columns = list(zip(*cursor.fetchall())) or [()] * (len(names) + 1)
    text = pd.DataFrame({c: text_column(v) for c, v in zip(names, columns[1:])})
    return term_frequencies(plain_text(text), columns[0])


class _Timer:
    """Reports each step with the seconds it took, to `progress`(message) if given."""

    def __init__(self, progress=None):
        self.progress, self.t = progress, time.perf_counter()

    def step(self, message: str):
        if self.progress:
            self.progress(f"{message}（{time.perf_counter() - self.t:.1f} 秒）")
        self.t = time.perf_counter()


def _temp_ids(conn, table: str, sql: str | None = None, params=(), ids=None):
    conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    conn.execute(f"CREATE TEMP TABLE {table} (id INTEGER PRIMARY KEY)")
    if sql:
        conn.execute(f"INSERT OR IGNORE INTO temp.{table} {sql}", params)
    if ids is not None:
        conn.executemany(f"INSERT OR IGNORE INTO temp.{table} VALUES (?)", ((i,) for i in ids))


def affected_records(conn, decisions_since: int) -> int:
    """Fill temp.dedupe_subset with what an incremental run must look at again: new records
    (no person yet), records in decisions taken since the last run, every record sharing a blocking
    key with those, and all records of the persons they belong to. Returns its size."""
    _temp_ids(conn, "dedupe_seeds", "SELECT id FROM source_records WHERE person_id IS NULL")
    conn.execute("INSERT OR IGNORE INTO temp.dedupe_seeds SELECT record_a FROM link_decisions WHERE id > ? "
                 "UNION SELECT record_b FROM link_decisions WHERE id > ?", (decisions_since, decisions_since))
    _temp_ids(conn, "dedupe_subset", "SELECT id FROM temp.dedupe_seeds",
              ids=neighbours(conn, "temp.dedupe_seeds"))
    conn.execute("INSERT OR IGNORE INTO temp.dedupe_subset SELECT id FROM source_records WHERE person_id IS NOT NULL "
                 "AND person_id IN (SELECT person_id FROM source_records WHERE id IN temp.dedupe_subset "
                 "AND person_id IS NOT NULL)")
    conn.execute("DELETE FROM temp.dedupe_subset WHERE (SELECT flags FROM source_records r "
                 "WHERE r.id = dedupe_subset.id) IS '[\"erased\"]'")  # by key: the subset is small
    return conn.execute("SELECT count(*) FROM temp.dedupe_subset").fetchone()[0]


def _golden_batch(job) -> list[tuple[dict, str]]:
    """Golden records for a batch of groups, read from the registry file `db_file` (or `conn`), each
    with the text Chinese search indexes for it (worked out here too: segmenting is the slow part)."""
    db_file, conn, groups = job
    own = conn is None
    if own:  # in a worker process: its own read-only connection (WAL lets it read beside the writer)
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        ids = json.dumps([r for group in groups for r in group])
        full = {row[0]: dict(zip(GOLDEN_COLUMNS, row)) for row in conn.execute(
            f"SELECT {', '.join(GOLDEN_COLUMNS)} FROM source_records WHERE id IN (SELECT value FROM json_each(?))",
            (ids,))}
        goldens = [golden_record([full[r] for r in group]) for group in groups]
        return [(golden, segment_person(golden)) for golden in goldens]
    finally:
        if own:
            conn.close()


def _write_persons(conn, assignment, next_id: int, stamp: str) -> tuple[dict, int, int, dict]:
    """Golden records for the groups, a batch at a time, worked out in worker processes when there
    are many. Returns ({record: person}, created, kept, {person: its search text})."""
    person_of, created, kept, texts = {}, 0, 0, {}
    batches, batch, size = [], [], 0
    for group, pid in assignment:
        is_new = pid is None
        if is_new:
            pid, next_id = next_id, next_id + 1
            created += 1
        else:
            kept += 1
        for r in group:
            person_of[r] = pid
        batch.append((group, pid, is_new))
        size += len(group)
        if size >= 10_000:
            batches.append(batch)
            batch, size = [], 0
    if batch:
        batches.append(batch)

    db_file = conn.execute("PRAGMA database_list").fetchone()[2]
    processes = fork_workers(os.cpu_count() or 1)
    jobs = [(db_file, None, [g for g, _, _ in b]) for b in batches]
    results: Iterable[list[tuple[dict, str]]]
    if len(batches) < 4 or processes < 2 or not db_file:
        pool, results = None, map(_golden_batch, ((None, conn, groups) for _, _, groups in jobs))
    else:
        segment_person({"name": "张伟"})  # jieba's dictionary loaded once, before the workers fork
        pool = multiprocessing.get_context("fork").Pool(processes)
        results = pool.imap(_golden_batch, jobs)
    columns = [*PERSON_FIELDS, "n_records", "updated_at"]  # the same for every person, named once
    try:
        # a first run writes every person: its indexes are built after, not row by row
        with indexes_set_aside(conn, "persons", when=created > 10_000 and created > kept):
            for b, goldens in zip(batches, results):
                inserts: list[list] = []
                updates: list[list] = []
                for (group, pid, is_new), (golden, text) in zip(b, goldens):
                    texts[pid] = text
                    golden.update(n_records=len(group), updated_at=stamp)
                    values = [golden[c] for c in columns]
                    (inserts if is_new else updates).append(values + ([stamp, pid] if is_new else [pid]))
                conn.executemany(f"INSERT INTO persons ({', '.join(columns)}, created_at, id) "
                                 f"VALUES ({', '.join('?' * (len(columns) + 2))})", inserts)
                conn.executemany(f"UPDATE persons SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?", updates)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return person_of, created, kept, texts


def _joins(conn, records: dict, assignment, person_of: dict) -> list[tuple[int, list[tuple[int, bool]]]]:
    """The persons that records came to from other persons in this run: [(person, [(came from,
    all of its records?)])]. Usually none: stable IDs keep most records where they were."""
    out = []
    for group, _ in assignment:
        pid = person_of[group[0]]
        previous = [records[r]["person_id"] for r in group]
        if all(p == pid or p is None for p in previous):
            continue
        came = Counter(p for p in previous if p is not None and p != pid)
        if came:
            out.append((pid, [(p, n == conn.execute("SELECT count(*) FROM source_records WHERE person_id = ?",
                                                    (p,)).fetchone()[0]) for p, n in came.items()]))
    return out


def queue_review_pairs(conn, scores: Prediction, decided: dict, stamp: str, only: str | None) -> None:
    """The pairs the model is unsure about, and nobody has decided, in the review queue (`only`:
    the records an incremental run looked at; open pairs elsewhere stay as they are). A pair still
    unsure keeps its row and number; a pair no longer unsure leaves the queue, and its number is
    never given to another pair (AUTOINCREMENT, schema v17): a decision made by number is either on
    the pair the officer saw or refused."""
    lo, hi = REVIEW_BAND
    unsure = np.flatnonzero((scores.weights > lo) & (scores.weights < hi)).tolist()
    conn.execute("DROP TABLE IF EXISTS temp.review_now")
    conn.execute("CREATE TEMP TABLE review_now (record_a INTEGER, record_b INTEGER, weight REAL, evidence TEXT, "
                 "PRIMARY KEY (record_a, record_b))")
    conn.executemany(
        "INSERT OR IGNORE INTO temp.review_now VALUES (?, ?, ?, ?)",
        ((a, b, round(float(scores.weights[i]), 2),
          json.dumps([list(step) for step in scores.explanations.get((a, b), [])], ensure_ascii=False))
         for i in unsure
         for a, b in [(int(scores.left[i]), int(scores.right[i]))] if (a, b) not in decided))
    scope = f"AND (record_a IN {only} OR record_b IN {only})" if only else ""
    conn.execute(f"DELETE FROM review_pairs WHERE status = 'open' {scope} AND NOT EXISTS (SELECT 1 FROM "
                 "temp.review_now n WHERE n.record_a = review_pairs.record_a AND n.record_b = review_pairs.record_b)")
    # WHERE true: SQLite's upsert after a SELECT needs it to parse
    conn.execute("INSERT INTO review_pairs (record_a, record_b, weight, evidence, created_at) "
                 "SELECT record_a, record_b, weight, evidence, ? FROM temp.review_now WHERE true "
                 "ON CONFLICT (record_a, record_b) DO UPDATE SET weight = excluded.weight, evidence = excluded.evidence "
                 "WHERE review_pairs.status = 'open'", (stamp,))
    conn.execute("DROP TABLE temp.review_now")


def dedupe(conn, actor: str | None = None, full: bool = False, progress=None) -> DedupeSummary:
    """Link source records into persons. Incremental when a trained model exists and the new
    records are few: only what they touch is looked at again. `full`: retrain and rebuild all.
    `progress`(message) hears about each step.

    One transaction, from the first read to the last write: what it read is what it changes (no
    import slips in between), and the persons, review pairs and search index change together or,
    killed, not at all."""
    say = progress or (lambda message: None)
    started = time.perf_counter()
    collecting = gc.isenabled()
    gc.disable()  # millions of small objects that live to the end: the cyclic collector only slows it
    try:
        with transaction(conn):
            return _dedupe(conn, actor, full, say, started)
    finally:
        if collecting:
            gc.enable()


def _dedupe(conn, actor, full, say, started) -> DedupeSummary:
    total = conn.execute("SELECT count(*) FROM source_records").fetchone()[0]
    new = conn.execute("SELECT count(*) FROM source_records WHERE person_id IS NULL").fetchone()[0]
    last = conn.execute("SELECT model, decisions_upto FROM dedupe_runs WHERE model IS NOT NULL "
                        "ORDER BY id DESC LIMIT 1").fetchone()
    decided = decisions(conn)
    decisions_upto = conn.execute("SELECT max(id) FROM link_decisions").fetchone()[0] or 0
    # incremental only with a model of these settings' comparisons and levels
    saved = json.loads(last[0]) if last is not None else None
    saved_calibration = saved.pop("calibration", None) if isinstance(saved, dict) else None
    # officers' decisions are labels: enough new ones since the model was trained retrain it
    trained_upto = conn.execute("SELECT decisions_upto FROM dedupe_runs WHERE mode = 'full' AND model IS NOT NULL "
                                "ORDER BY id DESC LIMIT 1").fetchone()
    new_labels = conn.execute("SELECT count(*) FROM link_decisions WHERE id > ?",
                              ((trained_upto[0] or 0) if trained_upto else 0,)).fetchone()[0]
    incremental = not full and fits(saved) and new <= INCREMENTAL_SHARE * total \
        and new_labels < SETTINGS["training"]["labels_min"]
    only, model = None, None
    timer = _Timer(say)
    if incremental:
        only = "temp.dedupe_subset"
        n = affected_records(conn, last[1] or 0)
        timer.step(f"增量查重：新记录 {new} 条，连同相关记录共 {n} 条需重新比对")
        records = load_records(conn, only=only)
        model = saved
    else:
        say(f"全量查重：{total} 条来源记录")
        records = load_records(conn)
    timer.step(f"读取来源记录 {len(records)} 条")
    scores = score(conn, records, model=model, decided=decided, progress=say,
                   calibration=_shift(saved_calibration) if incremental and saved_calibration is not None
                   else None)
    timer = _Timer(say)
    groups = cluster(records, scores.scored(above=scores.threshold),
                     cannot_link=[p for p, d in decided.items() if d == "not_same"],
                     must_link=[p for p, d in decided.items() if d == "same" and p[0] in records and p[1] in records],
                     strong=REVIEW_BAND[1])
    timer.step(f"聚类：{len(groups)} 组")

    # stable IDs: biggest groups choose first, each takes the ID most of its records had
    taken: set[int] = set()
    assignment: list[tuple[list[int], int | None]] = []
    for group in sorted(groups, key=len, reverse=True):
        previous = Counter(records[r]["person_id"] for r in group if records[r]["person_id"] is not None)
        pid = next((p for p, _ in previous.most_common() if p not in taken), None)
        if pid is not None:
            taken.add(pid)
        assignment.append((group, pid))

    stamp = now()
    with transaction(conn):
        if incremental:
            before = {r["person_id"] for r in records.values() if r["person_id"] is not None}
        else:
            # erased persons keep their records and stay out of the run
            before = {r[0] for r in conn.execute("SELECT id FROM persons WHERE n_records > 0 AND erased_at IS NULL")}
        next_id = (conn.execute("SELECT max(id) FROM persons").fetchone()[0] or 0) + 1
        person_of, created, kept, texts = _write_persons(conn, assignment, next_id, stamp)
        timer.step(f"人员主记录：新建 {created}，沿用 {kept}")
        joins = _joins(conn, records, assignment, person_of)
        consent_before = consent.states(conn, {p for pid, came in joins for p in (pid, *(q for q, _ in came))})
        moved = [(r, person_of[r]) for r in sorted(person_of) if records[r]["person_id"] != person_of[r]]
        conn.execute("DROP TABLE IF EXISTS temp.record_person")
        conn.execute("CREATE TEMP TABLE record_person (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL)")
        conn.executemany("INSERT INTO temp.record_person VALUES (?, ?)", moved)
        with indexes_set_aside(conn, "source_records", "person_id", when=len(moved) > total // 2):
            # one statement, in id order: the pages of a big table are then written once each
            conn.execute("UPDATE source_records SET person_id = m.person_id FROM temp.record_person m "
                         "WHERE source_records.id = m.id")
        conn.execute("DROP TABLE temp.record_person")
        for pid, came in joins:  # consent belongs to the human: the strictest state goes with the records
            consent.carry(conn, pid, came, consent_before, actor=actor, how="查重并入")
        retired = before - taken
        # a person whose records all went elsewhere has no records left; keep the row, at zero
        conn.executemany("UPDATE persons SET n_records = 0, updated_at = ? WHERE id = ?",
                         ((stamp, p) for p in retired))
        timer.step("来源记录归属")
        queue_review_pairs(conn, scores, decided, stamp, only if incremental else None)
        # the persons it wrote are found by Chinese search at once, from Python too
        refresh_search(conn, texts=texts)
        persons = conn.execute("SELECT count(*) FROM persons WHERE n_records > 0").fetchone()[0]
        summary = DedupeSummary(
            total, len(scores.left), persons, created, kept, len(retired),
            review_pairs=conn.execute("SELECT count(*) FROM review_pairs WHERE status = 'open'").fetchone()[0],
            mode="incremental" if incremental else "full", at=stamp, records_compared=len(records),
            seconds=round(time.perf_counter() - started, 1), labels=scores.labels,
            calibration=round(scores.calibration, 2), threshold=round(float(scores.threshold), 2))
        conn.execute(
            "INSERT INTO dedupe_runs (at, actor, records, candidate_pairs, persons, persons_created, persons_kept, "
            "persons_retired, model, mode, records_compared, decisions_upto, seconds) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (stamp, actor, summary.records, summary.candidate_pairs, summary.persons, created, kept, len(retired),
             json.dumps({**scores.model, "calibration": scores.calibration}, ensure_ascii=False)
             if scores.model else None, summary.mode, len(records), decisions_upto,
             summary.seconds))
    timer.step(f"待审核记录对与运行记录（共 {summary.seconds} 秒）")
    return summary
