"""Consent belongs to the human, not to a person number (PIPL).

When persons are joined — by hand (merges.py) or by a dedupe run — the strictest state wins, per
purpose: a withdrawal on either side is in force for the joined person; else a grant on either
side. The consent boxes of rosters follow the records by themselves (the view consent_events), but
a person's own consent rows stay on its number: what the joined person must keep is written as rows
of the surviving person, stamped with the join and marked with the merge (consents.merge_id), so an
unmerge removes exactly those and each side keeps its own again.

A part of a person that a dedupe run splits off keeps that person's withdrawal (it may be the
human who withdrew), never its grant (it may be someone else).
"""
from pzh_talent.registry.schema import now

PURPOSES = ("contact", "share_with_enterprises")


def states(conn, person_ids) -> dict[int, dict[str, str]]:
    """{person: {purpose: 'granted' | 'withdrawn'}}: the consent in force, as consent_in_force
    ranks it (latest event as an instant, then the later row), for these persons only."""
    out: dict[int, dict[str, str]] = {p: {} for p in person_ids}
    if not out:
        return out
    latest: dict = {}
    conn.execute("DROP TABLE IF EXISTS temp.consent_persons")
    conn.execute("CREATE TEMP TABLE consent_persons (id INTEGER PRIMARY KEY)")
    conn.executemany("INSERT OR IGNORE INTO temp.consent_persons VALUES (?)", ((p,) for p in out))
    for person, purpose, status, at, seq in conn.execute(
            "SELECT person_id, purpose, status, julianday(at), seq FROM consent_events "
            "WHERE person_id IN temp.consent_persons"):
        key = (person, purpose)
        if key not in latest or (at or 0, seq) > latest[key][0]:
            latest[key] = ((at or 0, seq), status)
    for (person, purpose), (_, status) in latest.items():
        out[person][purpose] = status
    return out


def carry(conn, into: int, joined: list[tuple[int, bool]], before: dict, merge_id=None, actor=None,
          how: str = "合并") -> list[tuple[str, str]]:
    """After records of the persons in `joined` ((person, whole?): all its records came) moved to
    `into`, write what `into` must keep: the strictest of `before` (states() taken before the move).
    Returns the (purpose, status) rows written. Runs in the caller's transaction."""
    after = states(conn, [into])[into]
    stamp, written = now(), []
    for purpose in PURPOSES:
        mine = before.get(into, {}).get(purpose)
        withdrawn = [p for p, _ in joined if before.get(p, {}).get(purpose) == "withdrawn"]
        granted = [p for p, whole in joined if whole and before.get(p, {}).get(purpose) == "granted"]
        if withdrawn or mine == "withdrawn":
            # a withdrawal that came with the join is written even when one is in force already:
            # undoing another merge must not take this one away
            if withdrawn or after.get(purpose) != "withdrawn":
                _write(conn, into, purpose, "withdrawn", withdrawn or [into], merge_id, actor, how, stamp)
                written.append((purpose, "withdrawn"))
        elif granted and after.get(purpose) != "granted":
            _write(conn, into, purpose, "granted", granted, merge_id, actor, how, stamp)
            written.append((purpose, "granted"))
    if ("contact", "withdrawn") in written:
        # in force at once, as outreach.consent.record_consent does for a withdrawal
        conn.execute("UPDATE campaign_members SET suppressed = '已撤回联系同意', updated_at = ?, updated_by = ? "
                     "WHERE person_id = ? AND suppressed IS NULL AND campaign_id IN "
                     "(SELECT id FROM campaigns WHERE status = 'active')", (stamp, actor, into))
    return written


def _write(conn, into, purpose, status, from_persons, merge_id, actor, how, stamp):
    source = f"{how}：人员 {'、'.join(str(p) for p in sorted(set(from_persons)))} 的{'撤回' if status == 'withdrawn' else '同意'}"
    conn.execute("INSERT INTO consents (person_id, purpose, status, source, at, actor, note, merge_id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (into, purpose, status, source, stamp, actor, "合并时从严：任一方撤回即视为撤回", merge_id))


def uncarry(conn, merge_id: int) -> int:
    """Remove what a merge carried over (unmerge): each side then keeps its own. Returns the rows removed."""
    return conn.execute("DELETE FROM consents WHERE merge_id = ?", (merge_id,)).rowcount
