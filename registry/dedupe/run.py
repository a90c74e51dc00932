"""`pzh-talent dedupe`: block, compare, train, score, cluster, then write persons.

Person IDs are stable: a new cluster takes the ID most of its records already had, so re-running,
or running after a new import, keeps existing persons' IDs and attaches new records to them.
"""
import json
from collections import Counter
from dataclasses import dataclass

from registry.schema import now

from .blocking import candidate_pairs
from .clustering import cluster
from .comparisons import COMPARISONS, LEVEL_LABELS, compare_pair
from .golden import golden_record
from .model import train


REVIEW_BAND = 5.0          # |match weight| below this (3%–97% sure) goes to officers
FIELD_LABELS = {c.name: c.label for c in COMPARISONS}


@dataclass
class DedupeSummary:
    records: int
    candidate_pairs: int
    persons: int
    persons_created: int
    persons_kept: int
    persons_retired: int
    review_pairs: int = 0


def decisions(conn) -> dict:
    """(smaller id, larger id) -> 'same' | 'not_same': the latest decision per pair wins."""
    out = {}
    for a, b, d in conn.execute("SELECT record_a, record_b, decision FROM link_decisions ORDER BY id"):
        out[(min(a, b), max(a, b))] = d
    return out


def decide(conn, review_id: int, decision: str, actor: str | None = None, note: str | None = None):
    """Record an officer's decision on a review pair; the next dedupe run applies it."""
    row = conn.execute("SELECT record_a, record_b FROM review_pairs WHERE id = ?", (review_id,)).fetchone()
    if row is None:
        raise LookupError(f"没有编号为 {review_id} 的待审核记录对")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("INSERT INTO link_decisions (record_a, record_b, decision, actor, at, note) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (row[0], row[1], decision, actor, now(), note))
        conn.execute("UPDATE review_pairs SET status = 'decided' WHERE id = ?", (review_id,))
        conn.execute("INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, 'review', ?, ?)",
                     (now(), actor, f"review_pairs/{review_id}", json.dumps({"decision": decision, "note": note},
                                                                             ensure_ascii=False)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def load_records(conn) -> dict[int, dict]:
    """Every source record as a dict of its columns, by id."""
    cols = [c[1] for c in conn.execute("PRAGMA table_info(source_records)")]
    return {r[0]: dict(zip(cols, r)) for r in conn.execute("SELECT * FROM source_records")}


def score(conn, records: dict):
    """Blocking, comparisons, training, prediction -> (model, levels by pair, [(pair, weight)])."""
    pairs = list(candidate_pairs(conn).pairs)
    model = train(records, pairs) if records else None
    levels = {p: compare_pair(records[p[0]], records[p[1]]) for p in pairs}
    return model, levels, [(p, model.weight(levels[p], records[p[0]]["name"])) for p in pairs]


def dedupe(conn, actor: str | None = None) -> DedupeSummary:
    records = load_records(conn)
    model, levels, scored = score(conn, records)
    decided = decisions(conn)
    groups = cluster(records, scored,
                     cannot_link=[p for p, d in decided.items() if d == "not_same"],
                     must_link=[p for p, d in decided.items() if d == "same" and p[0] in records and p[1] in records])

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
    created = kept = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        before = {r[0] for r in conn.execute("SELECT id FROM persons WHERE n_records > 0")}
        for group, pid in assignment:
            golden = golden_record([records[r] for r in group])
            golden.update(n_records=len(group), updated_at=stamp)
            if pid is None:
                golden["created_at"] = stamp
                pid = conn.execute(f"INSERT INTO persons ({', '.join(golden)}) VALUES ({', '.join('?' * len(golden))})",
                                   list(golden.values())).lastrowid
                created += 1
            else:
                conn.execute(f"UPDATE persons SET {', '.join(f'{k} = ?' for k in golden)} WHERE id = ?",
                             list(golden.values()) + [pid])
                kept += 1
            conn.executemany("UPDATE source_records SET person_id = ? WHERE id = ?", ((pid, r) for r in group))
        retired = before - taken
        # a person whose records all went elsewhere has no records left; keep the row, at zero
        conn.executemany("UPDATE persons SET n_records = 0, updated_at = ? WHERE id = ?",
                         ((stamp, p) for p in retired))
        summary = DedupeSummary(len(records), len(scored), len(groups), created, kept, len(retired))
        # the pairs the model is unsure about, and nobody has decided, go to the review queue
        conn.execute("DELETE FROM review_pairs WHERE status = 'open'")
        conn.executemany(
            "INSERT OR IGNORE INTO review_pairs (record_a, record_b, weight, evidence, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            ((a, b, round(w, 2), json.dumps([[FIELD_LABELS[f], LEVEL_LABELS[lv], x]
                                              for f, lv, x in model.explain(levels[(a, b)], records[a]["name"])],
                                             ensure_ascii=False), stamp)
             for (a, b), w in scored if -REVIEW_BAND < w < REVIEW_BAND and (a, b) not in decided))
        summary.review_pairs = conn.execute("SELECT count(*) FROM review_pairs WHERE status = 'open'").fetchone()[0]
        conn.execute(
            "INSERT INTO dedupe_runs (at, actor, records, candidate_pairs, persons, persons_created, persons_kept, "
            "persons_retired, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (stamp, actor, summary.records, summary.candidate_pairs, summary.persons, created, kept, len(retired),
             json.dumps({"prior": model.prior, "m": {f"{k[0]}:{k[1]}": v for k, v in model.m.items()},
                         "u": {f"{k[0]}:{k[1]}": v for k, v in model.u.items()}}) if model else None))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return summary
