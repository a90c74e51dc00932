"""The golden record: one value per field for a person, each chosen by a stated rule from one of
its source records, which is named; several phones and emails are all kept.

`golden_sources` names the record each field came from, as {"employer": 1234, …}; the rule is
RULES[field] (RULE_LABELS["name"] for the name), so it is not repeated in every row. A person
with one record has none: every field came from that record."""
import json
from collections import Counter

from pzh_talent.ingest.education import EDUCATION_RANK, TITLE_RANK

from .features import valid_id

_STRENGTH = {"strong": 3, "medium": 2, "weak": 1}
_DEGREE = {"博士": 3, "硕士": 2, "学士": 1}

# field -> rule. most_frequent: the value most records give (ties: the latest);
# latest: from the most recently imported source; highest: the top rank; from_valid_id: a
# checksum-valid ID first
RULES = {
    "gender": "most_frequent", "birth_date": "most_precise", "id_number": "from_valid_id",
    "phone": "latest", "email": "latest", "school": "most_frequent", "major": "most_frequent",
    "employer": "latest", "position": "latest", "title": "latest", "city": "latest",
    "province": "latest", "country": "latest", "overseas": "latest", "expertise": "latest",
    "industry": "latest", "programme": "latest", "address": "latest", "education": "highest", "degree": "highest",
    "title_level": "highest", "origin_strength": "highest", "origin_county": "strongest_origin",
}
RULE_LABELS = {"most_frequent": "最常见", "latest": "最新来源", "highest": "最高", "most_precise": "最精确",
               "from_valid_id": "有效身份证", "strongest_origin": "最强攀籍证据", "name": "最常见姓名（中文优先）"}
_RANKS = {"education": EDUCATION_RANK, "degree": _DEGREE, "title_level": TITLE_RANK, "origin_strength": _STRENGTH}
# every golden record has exactly these columns, whatever its records hold: the writer names them
# once for all persons, so a person whose records give no name (an erased one) cannot change them
PERSON_FIELDS = ("name", *RULES, "phones", "emails", "golden_sources")
_LATEST = [f for f, rule in RULES.items() if rule == "latest"]
_CHOSEN = [(f, rule) for f, rule in RULES.items() if rule != "latest"]


def golden_record(records: list[dict]) -> dict:
    """`records`: a person's source records (dicts with `id`, `source_id` and normalised columns).
    Returns the person's columns, PERSON_FIELDS in that order, `golden_sources` included (None for
    a single record)."""
    out = _golden_of_one(records[0]) if len(records) == 1 else _golden_of_many(records)
    return {f: out.get(f) for f in PERSON_FIELDS}


def _golden_of_many(records: list[dict]) -> dict:
    latest_first = sorted(records, key=lambda r: (r["source_id"], r["id"]), reverse=True)
    out, sources = {}, {}

    def choose(field, record, rule):
        out[field] = record[field]
        sources[field] = record["id"]

    named = [r for r in latest_first if r.get("name")]
    han = [r for r in named if r.get("name_script") == "han"] or named
    if han:
        top = Counter(r["name"] for r in han).most_common(1)[0][0]
        choose("name", next(r for r in han if r["name"] == top), "name")
    for field in _LATEST:  # the first record, latest first, that gives it (most fields: kept tight)
        for r in latest_first:
            value = r.get(field)
            if value is not None and value != "":
                out[field], sources[field] = value, r["id"]
                break
        else:
            out[field] = None
    for field, rule in _CHOSEN:
        have = [r for r in latest_first if r.get(field) not in (None, "")]
        if not have:
            out[field] = None
            continue
        if len(have) == 1:  # one value: every rule chooses it
            choose(field, have[0], rule)
        elif rule == "most_frequent":
            top = have[0][field] if len({r[field] for r in have}) == 1 else \
                Counter(r[field] for r in have).most_common(1)[0][0]
            choose(field, next(r for r in have if r[field] == top), rule)
        elif rule == "highest":
            ranks = _RANKS[field]
            choose(field, max(have, key=lambda r: ranks.get(r[field], 0)), rule)
        elif rule == "most_precise":
            choose(field, max(have, key=lambda r: len(r[field])), rule)
        elif rule == "from_valid_id":
            valid = [r for r in have if valid_id(r)]
            choose(field, valid[0] if valid else have[0], rule)
        elif rule == "strongest_origin":
            choose(field, max(have, key=lambda r: _STRENGTH.get(r.get("origin_strength") or "", 0)), rule)
    # every phone and email the person's records give, most recent first
    for one, many in (("phone", "phones"), ("email", "emails")):
        values = []
        for r in latest_first:
            for v in json.loads(r[many]) if r.get(many) else ([r[one]] if r.get(one) else []):
                if v not in values:
                    values.append(v)
        out[many] = json.dumps(values) if values else None
    out["golden_sources"] = json.dumps(sources, separators=(",", ":"))
    return out


def _golden_of_one(r: dict) -> dict:
    """The same result for a person with one record, without the choosing (most persons)."""
    out = {"name": r["name"]} if r.get("name") else {}
    for field in RULES:
        value = r.get(field)
        out[field] = None if value in (None, "") else value
    for one, many in (("phone", "phones"), ("email", "emails")):
        values = list(dict.fromkeys(json.loads(r[many]))) if r.get(many) else ([r[one]] if r.get(one) else [])
        out[many] = json.dumps(values) if values else None
    out["golden_sources"] = None
    return out


def field_source(golden_sources: str | None, field: str, only_record: int | None = None) -> tuple[str, int] | None:
    """(the rule, the record id) behind one field of a golden record, or None if no record gave it.
    `only_record`: the record id of a person with one record."""
    record = json.loads(golden_sources).get(field) if golden_sources else only_record
    if record is None:
        return None
    return RULE_LABELS["name" if field == "name" else RULES[field]], record
