"""Consent per person and purpose (PIPL): grant, withdraw (in force at once), export everything held.

Purposes: `contact` (the 人才办 may contact the person) and `share_with_enterprises` (the profile
may be shown to enterprise liaisons) — separate, as PIPL Art. 23 asks. A roster whose form carried
a consent box grants it for all its rows (`pzh-talent ingest FILE --consent contact`). The consent in
force is the view `consent_in_force`: the latest event per person and purpose.
"""
import json

from pzh_talent.registry.db import audit, transaction
from pzh_talent.registry.files import write_private
from pzh_talent.registry.schema import now

PURPOSES = ("contact", "share_with_enterprises")
PURPOSE_LABELS = {"contact": "联系", "share_with_enterprises": "向企业推荐"}


def _person(conn, person_id: int) -> dict:
    row = conn.execute("SELECT id, name, erased_at FROM persons WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise LookupError(f"没有编号为 {person_id} 的人员")
    return {"id": row[0], "name": row[1], "erased_at": row[2]}


def record_consent(conn, person_id: int, purpose: str, status: str, source=None, actor=None, note=None):
    if purpose not in PURPOSES:
        raise ValueError(f"用途须为 {'、'.join(PURPOSES)} 之一")
    person = _person(conn, person_id)
    if person["erased_at"] and status == "granted":
        raise ValueError(f"人员 {person_id} 的个人信息已删除，不能再登记同意")
    stamp = now()
    with transaction(conn):
        conn.execute("INSERT INTO consents (person_id, purpose, status, source, at, actor, note) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (person_id, purpose, status, source, stamp, actor, note))
        if status == "withdrawn" and purpose == "contact":
            # in force at once: no one in an active campaign is contacted any more
            conn.execute("UPDATE campaign_members SET suppressed = '已撤回联系同意', updated_at = ?, updated_by = ? "
                         "WHERE person_id = ? AND suppressed IS NULL AND campaign_id IN "
                         "(SELECT id FROM campaigns WHERE status = 'active')", (stamp, actor, person_id))
        audit(conn, f"consent_{status}", f"persons/{person_id}",
              {"purpose": purpose, "source": source, "note": note}, actor, stamp)


def consent_in_force(conn, person_id: int) -> dict:
    """{purpose: 'granted' | 'withdrawn'} for the purposes with any consent event."""
    return dict(conn.execute("SELECT purpose, status FROM consent_in_force WHERE person_id = ?", (person_id,)))


def export_person(conn, person_id: int, actor=None, out=None) -> dict:
    """Everything held about a person (PIPL Art. 45): person, source records with provenance,
    consents, campaigns, decisions. Logged. With `out`, also written there (save_export)."""
    _person(conn, person_id)

    def rows(sql, params):
        cur = conn.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    data = {
        "person": rows("SELECT * FROM persons WHERE id = ?", (person_id,))[0],
        "source_records": rows("SELECT s.file_name, r.* FROM source_records r JOIN sources s ON s.id = r.source_id "
                               "WHERE r.person_id = ? ORDER BY r.id", (person_id,)),
        "consents": rows("SELECT * FROM consents WHERE person_id = ? ORDER BY id", (person_id,)),
        "campaigns": rows("SELECT c.name, m.* FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id "
                          "WHERE m.person_id = ? ORDER BY m.id", (person_id,)),
        "decisions": rows("SELECT d.* FROM link_decisions d WHERE d.record_a IN (SELECT id FROM source_records "
                          "WHERE person_id = ?) OR d.record_b IN (SELECT id FROM source_records WHERE person_id = ?)",
                          (person_id, person_id)),
    }
    with transaction(conn):
        audit(conn, "export_person", f"persons/{person_id}", {"records": len(data["source_records"])}, actor)
    if out is not None:
        save_export(data, out)
    return data


def save_export(data: dict, out) -> None:
    """A person's export as JSON, owner-only: it holds their full ID number, phones and addresses."""
    write_private(out, json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8"))


def mark_deceased(conn, person_id: int, actor=None, note=None) -> int:
    """Record that a person has died: no campaign contacts them again, and the members they have in
    campaigns now are suppressed with the reason. Returns how many members were suppressed."""
    with transaction(conn):
        stamp = now()
        if not conn.execute("UPDATE persons SET deceased = 1, updated_at = ? WHERE id = ?", (stamp, person_id)).rowcount:
            raise LookupError(f"没有编号为 {person_id} 的人员")
        n = conn.execute("UPDATE campaign_members SET suppressed = '已故', updated_at = ?, updated_by = ? "
                         "WHERE person_id = ? AND suppressed IS NULL", (stamp, actor, person_id)).rowcount
        audit(conn, "deceased", f"persons/{person_id}", {"note": note, "members_suppressed": n}, actor=actor)
    return n
