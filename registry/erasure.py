"""Erasure on request (PIPL Art. 47): a person's personal data goes; one-way fingerprints stay.

The fingerprints (sha256 of the ID number, each phone and email, and name + birth date) identify no
one by themselves, but a later roster row that carries one of them is recognised at import and
reported instead of stored, so that an erased person does not silently come back.
"""
import hashlib
import json

from pzh_talent.registry.schema import NORMALISED_COLUMNS, now
from pzh_talent.registry.db import audit, transaction

# every value normalisation read from a person's row is theirs: left on the record, education, title
# level or province came back into the golden record at the next full dedupe. Provenance (file,
# sheet, row) stays, with the erased flag and the in-file duplicate link.
PERSONAL_COLUMNS = tuple(name for name, _ in NORMALISED_COLUMNS if name not in ("flags", "duplicate_of_row"))
PERSON_COLUMNS = ("name", "gender", "birth_date", "id_number", "phone", "phones", "email", "emails", "education",
                  "degree", "school", "major", "employer", "position", "title", "title_level", "city", "province",
                  "country", "overseas", "expertise", "industry", "programme", "origin_strength", "origin_county",
                  "golden_sources", "address")
ERASED_REASON = "此人已依申请删除个人信息（个人信息保护法第四十七条），该行未入库 / person erased on request"


def _hash(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind}:{value}".encode("utf-8")).hexdigest()


def fingerprints(record: dict) -> set[str]:
    """One-way keys of a source record: ID, phones, emails, name + full birth date."""
    out = set()
    if record.get("id_number"):
        out.add(_hash("id", record["id_number"]))
    for kind, one, many in (("phone", "phone", "phones"), ("email", "email", "emails")):
        values = json.loads(record[many]) if record.get(many) else []
        for v in values + ([record[one]] if record.get(one) else []):
            out.add(_hash(kind, v))
    if record.get("name") and record.get("birth_date") and len(record["birth_date"]) == 10:
        out.add(_hash("name_birth", record["name"].replace("·", "") + "|" + record["birth_date"]))
    return out


def erased_fingerprints(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT fingerprint FROM erased_fingerprints")}


def erase(conn, person_id: int, actor=None, note=None) -> int:
    """Erase a person's personal data. Returns the number of source records blanked."""
    cols = ("id", "name", "birth_date", "id_number", "phone", "phones", "email", "emails")
    records = [dict(zip(cols, r)) for r in conn.execute(
        f"SELECT {', '.join(cols)} FROM source_records WHERE person_id = ?", (person_id,))]
    if not records and not conn.execute("SELECT 1 FROM persons WHERE id = ?", (person_id,)).fetchone():
        raise LookupError(f"没有编号为 {person_id} 的人员")
    stamp = now()
    keys = set().union(*(fingerprints(r) for r in records)) if records else set()
    with transaction(conn):
        conn.executemany("INSERT OR IGNORE INTO erased_fingerprints VALUES (?, ?)", ((k, stamp) for k in keys))
        conn.execute(f"UPDATE source_records SET {', '.join(f'{c} = NULL' for c in PERSONAL_COLUMNS)}, "
                     f"raw_json = '{{}}', flags = '[\"erased\"]' WHERE person_id = ?", (person_id,))
        conn.execute(f"UPDATE persons SET {', '.join(f'{c} = NULL' for c in PERSON_COLUMNS)}, erased_at = ?, "
                     f"updated_at = ? WHERE id = ?", (stamp, stamp, person_id))
        # what was derived from the person goes now, not at the next match or dedupe run: matches
        # (their reasons name employer, title, major, county), officers' verdicts on them, and the
        # review queue's pairs with the person's records (the evidence compares their fields)
        conn.execute("DELETE FROM person_search WHERE rowid = ?", (person_id,))
        conn.execute("DELETE FROM matches WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM match_feedback WHERE person_id = ?", (person_id,))
        conn.execute("DELETE FROM review_pairs WHERE record_a IN (SELECT id FROM source_records WHERE person_id = ?1) "
                     "OR record_b IN (SELECT id FROM source_records WHERE person_id = ?1)", (person_id,))
        conn.execute("UPDATE campaign_members SET salutation = NULL, suppressed = '已删除个人信息', updated_at = ?, "
                     "updated_by = ? WHERE person_id = ?", (stamp, actor, person_id))
        audit(conn, "erase", f"persons/{person_id}", {"records": len(records), "note": note}, actor, stamp)
    return len(records)
