"""Merging and unmerging persons by hand, with history; nothing is lost and every merge can be undone.

A merge moves records from one person to another at once and records a "same" decision so that
later dedupe runs keep it; unmerging moves exactly those records back and records "not_same".
Merges can be undone in any order: A←B then C←A, undoing A←B first takes B's records back from C.
Consent goes with the human (consent.py): the strictest state of both sides, undone with the merge.
"""
import json

from pzh_talent.registry.search import refresh as refresh_search
from pzh_talent.ingest.ids import mask_id
from pzh_talent.registry.schema import now
from pzh_talent.registry.db import audit, transaction

from . import consent


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


class MergeConflict(MergeError):
    """The two persons look like different people; merging needs force and a reason."""

    def __init__(self, conflicts: list[str]):
        self.conflicts = conflicts
        super().__init__("两人看起来不是同一个人：" + "；".join(conflicts) +
                         "。确认是同一人时请加 --force，并用 --note 写明依据")


def conflicts(conn, a: int, b: int) -> list[str]:
    """What says two persons are different people: gender, birth year (or full date), ID numbers —
    also ones that fail their checksum, which a dedupe run would not trust but an officer should see."""
    def values(person, column):
        return {r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM source_records WHERE person_id = ? "
                                           f"AND {column} IS NOT NULL AND {column} != ''", (person,))}
    out = []
    ga, gb = values(a, "gender"), values(b, "gender")
    if ga and gb and not ga & gb:
        out.append(f"性别不同（{'/'.join(sorted(ga))} 与 {'/'.join(sorted(gb))}）")
    ya, yb = {d[:4] for d in values(a, "birth_date")}, {d[:4] for d in values(b, "birth_date")}
    if ya and yb and not ya & yb:
        out.append(f"出生年份不同（{'/'.join(sorted(ya))} 与 {'/'.join(sorted(yb))}）")
    ia, ib = values(a, "id_number"), values(b, "id_number")
    if ia and ib and not ia & ib:
        out.append(f"身份证号不同（{'、'.join(sorted(mask_id(i) for i in ia | ib))}，其中可能有校验不通过的号码）")
    return out


def merge(conn, into_person: int, from_person: int, actor=None, note=None, force: bool = False) -> int:
    """Move every record of from_person to into_person. Returns the merge's id (for unmerge).
    Persons whose records contradict each other (conflicts()) are merged only with `force` and a note."""
    if into_person == from_person:
        raise MergeError("不能把人员与自己合并")
    erased = [p for p, in conn.execute("SELECT id FROM persons WHERE id IN (?, ?) AND erased_at IS NOT NULL",
                                       (into_person, from_person))]
    if erased:  # their records keep only provenance, and stay with them
        raise MergeError(f"人员 {erased[0]} 的个人信息已依申请删除，不能合并")
    into, moved = _records_of(conn, into_person), _records_of(conn, from_person)
    if not into or not moved:
        raise MergeError(f"人员 {into_person if not into else from_person} 不存在或没有记录")
    ids = {r[0] for r in conn.execute(
        "SELECT DISTINCT id_number FROM source_records WHERE person_id IN (?, ?) "
        "AND id_status IN ('valid', 'converted_from_15')", (into_person, from_person))}
    if len(ids) > 1:  # the hard rule every dedupe run applies, so a merge could not last
        raise MergeError("两人的身份证号不同（" + "、".join(sorted(mask_id(i) for i in ids)) + "），不是同一人，不能合并")
    found = conflicts(conn, into_person, from_person)
    if found and not (force and (note or "").strip()):
        raise MergeConflict(found)
    if found:
        note = f"{note}（确认合并，尽管：{'；'.join(found)}）"
    stamp = now()
    with transaction(conn):
        before = consent.states(conn, [into_person, from_person])
        conn.executemany("UPDATE source_records SET person_id = ? WHERE id = ?", ((into_person, r) for r in moved))
        # every moved record with the first of the other person: later runs keep them together
        for r in moved:
            _decide(conn, into[0], r, "same", actor, note, stamp)
        merge_id = conn.execute(
            "INSERT INTO person_merges (into_person, from_person, record_ids, actor, at, note) VALUES (?, ?, ?, ?, ?, ?)",
            (into_person, from_person, json.dumps(moved), actor, stamp, note)).lastrowid
        carried = consent.carry(conn, into_person, [(from_person, True)], before, merge_id, actor)
        _recount(conn, into_person, stamp)
        _recount(conn, from_person, stamp)
        audit(conn, "merge", f"persons/{into_person}",
              {"from_person": from_person, "records": moved, "consent_carried": carried, "note": note}, actor, stamp)
        refresh_search(conn, persons=[into_person, from_person])  # search finds the merged person at once
    return merge_id


def holder(conn, person_id: int, after_merge: int) -> int:
    """Who holds `person_id`'s records now: itself, or the person it was merged into by a merge
    after `after_merge` that still stands, followed on (A←B, then C←A: B's records are with C)."""
    seen = {person_id}
    while True:
        row = conn.execute("SELECT id, into_person FROM person_merges WHERE from_person = ? AND id > ? "
                           "AND undone_at IS NULL ORDER BY id LIMIT 1", (person_id, after_merge)).fetchone()
        if row is None or row[1] in seen:
            return person_id
        after_merge, person_id = row
        seen.add(person_id)


def _keep_apart(conn, back: list[int], stay_with: int | None, actor, note, stamp) -> None:
    """Decisions so that later runs keep the records taken back apart from the rest: every "same"
    that ties one of them to another record is answered "not_same" (latest decision wins), and one
    record of the holder is set apart from each, as a plain unmerge always did."""
    back_set = set(back)
    latest = {}
    for a, b, d in conn.execute("SELECT record_a, record_b, decision FROM link_decisions WHERE record_a IN "
                                "(SELECT value FROM json_each(?1)) OR record_b IN (SELECT value FROM json_each(?1)) "
                                "ORDER BY id", (json.dumps(back),)):
        latest[(min(a, b), max(a, b))] = d
    for (a, b), d in latest.items():
        if d == "same" and (a in back_set) != (b in back_set):
            _decide(conn, a, b, "not_same", actor, note, stamp)
    if stay_with is not None:
        for r in back:
            if (min(r, stay_with), max(r, stay_with)) not in latest:  # a "same" one was answered above
                _decide(conn, stay_with, r, "not_same", actor, note, stamp)


def unmerge(conn, merge_id: int, actor=None, note=None) -> tuple[int, int]:
    """Undo a merge, whatever was merged or undone since: the records it moved go back to the
    person they came from, taken from whoever holds them now. Returns (into, from)."""
    stamp = now()
    with transaction(conn):
        row = conn.execute("SELECT into_person, from_person, record_ids, undone_at FROM person_merges WHERE id = ?",
                           (merge_id,)).fetchone()
        if row is None:
            raise MergeError(f"没有编号为 {merge_id} 的合并记录")
        if row[3]:
            raise MergeError(f"合并 {merge_id} 已于 {row[3]} 撤销")
        into_person, from_person, moved = row[0], row[1], json.loads(row[2])
        now_with = holder(conn, into_person, merge_id)
        erased = [p for p, in conn.execute("SELECT id FROM persons WHERE id IN (?, ?, ?) AND erased_at IS NOT NULL",
                                           (into_person, from_person, now_with))]
        if erased:  # erased records stay with their person; and a record must not go back to an erased one
            raise MergeError(f"人员 {erased[0]} 的个人信息已依申请删除，合并 {merge_id} 不能再撤销")
        back = [r for r, in conn.execute(
            "SELECT id FROM source_records WHERE person_id = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (now_with, json.dumps(moved)))]
        if not back:
            raise MergeError(f"合并 {merge_id} 移入人员 {into_person} 的 {len(moved)} 条记录现在都不在人员 {now_with} 名下"
                             f"（之后的查重或合并已把它们移走），无法撤销，未作任何更改；"
                             f"请查看 pzh-talent 的合并历史后用 merge 手工调整")
        conn.executemany("UPDATE source_records SET person_id = ? WHERE id = ?", ((from_person, r) for r in back))
        stay = _records_of(conn, now_with)
        _keep_apart(conn, back, stay[0] if stay else None, actor, note, stamp)
        uncarried = consent.uncarry(conn, merge_id)  # each side keeps its own consent again
        conn.execute("UPDATE person_merges SET undone_at = ?, undone_by = ? WHERE id = ?", (stamp, actor, merge_id))
        for p in {into_person, from_person, now_with}:
            _recount(conn, p, stamp)
        audit(conn, "unmerge", f"person_merges/{merge_id}",
              {"records": back, "taken_from": now_with, "not_found": len(moved) - len(back),
               "consent_rows_removed": uncarried, "note": note}, actor, stamp)
        refresh_search(conn, persons=[into_person, from_person, now_with])
    return into_person, from_person
