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
from .comparisons import compare_pair
from .model import train


@dataclass
class DedupeSummary:
    records: int
    candidate_pairs: int
    persons: int
    persons_created: int
    persons_kept: int
    persons_retired: int


def dedupe(conn, actor: str | None = None) -> DedupeSummary:
    cols = [c[1] for c in conn.execute("PRAGMA table_info(source_records)")]
    records = {r[0]: dict(zip(cols, r)) for r in conn.execute("SELECT * FROM source_records")}
    pairs = list(candidate_pairs(conn).pairs)
    model = train(records, pairs) if records else None
    scored = [(p, model.weight(compare_pair(records[p[0]], records[p[1]]), records[p[0]]["name"])) for p in pairs]
    groups = cluster(records, scored)

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
            name = Counter(records[r]["name"] for r in group).most_common(1)[0][0]
            if pid is None:
                pid = conn.execute("INSERT INTO persons (name, n_records, created_at, updated_at) VALUES (?, ?, ?, ?)",
                                   (name, len(group), stamp, stamp)).lastrowid
                created += 1
            else:
                conn.execute("UPDATE persons SET name = ?, n_records = ?, updated_at = ? WHERE id = ?",
                             (name, len(group), stamp, pid))
                kept += 1
            conn.executemany("UPDATE source_records SET person_id = ? WHERE id = ?", ((pid, r) for r in group))
        retired = before - taken
        # a person whose records all went elsewhere has no records left; keep the row, at zero
        conn.executemany("UPDATE persons SET n_records = 0, updated_at = ? WHERE id = ?",
                         ((stamp, p) for p in retired))
        summary = DedupeSummary(len(records), len(pairs), len(groups), created, kept, len(retired))
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
