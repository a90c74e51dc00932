"""Merging and unmerging persons by hand, with history; nothing is lost and every merge can be undone.

A merge moves records from one person to another at once and records a "same" decision so that
later dedupe runs keep it; unmerging moves exactly those records back and records "not_same".
"""
import json

from ingest.ids import mask_id
from registry.schema import now
from registry.db import transaction


class MergeError(Exception):
    pass


def _records_of(conn, person_id) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM source_records WHERE person_id = ? ORDER BY id", (person_id,))]


def _decide(conn, a, b, decision, actor, note, stamp):
    conn.execute("INSERT INTO link_decisions (record_a, record_b, decision, actor, at, note) VALUES (?, ?, ?, ?, ?, ?)",
                 (min(a, b), max(a, b), decision, actor, stamp, note))


def _recount(conn, person_id, stamp):
    conn.execute("UPDATE persons SET n_records = (SELECT count(*) FROM source_records WHERE person_id = ?), "
                 "updated_at = ? WHERE id = ?", (person_id, stamp, person_id))


def merge(conn, into_person: int, from_person: int, actor=None, note=None) -> int:
    """Move every record of from_person to into_person. Returns the merge's id (for unmerge)."""
    if into_person == from_person:
        raise MergeError("不能把人员与自己合并")
    into, moved = _records_of(conn, into_person), _records_of(conn, from_person)
    if not into or not moved:
        raise MergeError(f"人员 {into_person if not into else from_person} 不存在或没有记录")
    ids = {r[0] for r in conn.execute(
        "SELECT DISTINCT id_number FROM source_records WHERE person_id IN (?, ?) "
        "AND id_status IN ('valid', 'converted_from_15')", (into_person, from_person))}
    if len(ids) > 1:  # the hard rule every dedupe run applies, so a merge could not last
        raise MergeError("两人的身份证号不同（" + "、".join(sorted(mask_id(i) for i in ids)) + "），不是同一人，不能合并")
    stamp = now()
    with transaction(conn):
        conn.executemany("UPDATE source_records SET person_id = ? WHERE id = ?", ((into_person, r) for r in moved))
        # every moved record with the first of the other person: later runs keep them together
        for r in moved:
            _decide(conn, into[0], r, "same", actor, note, stamp)
        merge_id = conn.execute(
            "INSERT INTO person_merges (into_person, from_person, record_ids, actor, at, note) VALUES (?, ?, ?, ?, ?, ?)",
            (into_person, from_person, json.dumps(moved), actor, stamp, note)).lastrowid
        _recount(conn, into_person, stamp)
        _recount(conn, from_person, stamp)
        conn.execute("INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, 'merge', ?, ?)",
                     (stamp, actor, f"persons/{into_person}", json.dumps(
                         {"from_person": from_person, "records": moved, "note": note}, ensure_ascii=False)))
    return merge_id


def unmerge(conn, merge_id: int, actor=None, note=None) -> tuple[int, int]:
    """Undo a merge: its records go back to the person they came from. Returns (into, from)."""
    row = conn.execute("SELECT into_person, from_person, record_ids, undone_at FROM person_merges WHERE id = ?",
                       (merge_id,)).fetchone()
    if row is None:
        raise MergeError(f"没有编号为 {merge_id} 的合并记录")
    if row[3]:
        raise MergeError(f"合并 {merge_id} 已于 {row[3]} 撤销")
    into_person, from_person, moved = row[0], row[1], json.loads(row[2])
    stamp = now()
    with transaction(conn):
        conn.executemany("UPDATE source_records SET person_id = ? WHERE id = ? AND person_id = ?",
                         ((from_person, r, into_person) for r in moved))
        stay = _records_of(conn, into_person)
        for r in moved:  # later runs keep them apart
            for s in stay[:1]:
                _decide(conn, s, r, "not_same", actor, note, stamp)
        conn.execute("UPDATE person_merges SET undone_at = ?, undone_by = ? WHERE id = ?", (stamp, actor, merge_id))
        _recount(conn, into_person, stamp)
        _recount(conn, from_person, stamp)
        conn.execute("INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, 'unmerge', ?, ?)",
                     (stamp, actor, f"person_merges/{merge_id}", json.dumps({"note": note}, ensure_ascii=False)))
    return into_person, from_person
