"""One roster row (values by canonical field) -> the normalised columns of source_records.

Nothing is fixed silently: every change of meaning adds a flag, and the raw values stay beside.
"""
import json
import re
from pathlib import Path
from functools import lru_cache

from pzh_talent.registry.schema import NORMALISED_COLUMNS

from .contact import normalise_emails, normalise_phones
from .education import (EDUCATION_RANK, LEVEL_OF_DEGREE, doctoral_if_degree_says, normalise_degree,
                        normalise_education, title_level)
from .fields import t2s
from .ids import normalise_id
from .names import normalise_name
from .origin import SCANNED_FIELDS, field_evidence, id_area_evidence, origin_county, origin_strength
from .places import parse_place
from .schools import canonical_school
from .values import clean_text, normalise_date, normalise_gender

# Free-text fields stored as cleaned text.
TEXT_FIELDS = ("school", "major", "employer", "department", "position", "title", "address", "hometown",
               "expertise", "industry", "programme")
ORIGIN_TEXT_FIELDS = SCANNED_FIELDS  # the fields the origin check reads, in its order
_TEXT_OR_ORIGIN = set(TEXT_FIELDS) | set(ORIGIN_TEXT_FIELDS)
_COLUMNS = tuple(c for c, _ in NORMALISED_COLUMNS)


def _year(value) -> int | None:
    m = re.search(r"(19|20)\d{2}", str(value)) if value is not None else None
    return int(m[0]) if m else None


@lru_cache(maxsize=10_000)
def _origin_columns(evidence: tuple) -> tuple:
    """(evidence JSON, strength, county): few distinct evidence sets, so each is worked out once."""
    if not evidence:
        return None, None, None
    evidence = list(evidence)
    as_json = json.dumps([{"field": e.field, "value": e.value, "reason": e.reason, "strength": e.strength,
                           "county": e.county} for e in evidence], ensure_ascii=False, separators=(",", ":"))
    return as_json, origin_strength(evidence), origin_county(evidence)


_EMPLOYER_STATUSES = json.loads((Path(__file__).parent / "vocabulary" / "employer_statuses.json")
                                .read_text(encoding="utf-8"))
_STATUS_OF = {w: kind for kind in ("student", "none") for w in _EMPLOYER_STATUSES[kind]}
_SCHOOL_THEN_STATUS = re.compile(_EMPLOYER_STATUSES["school_then_status"])


def employer_status(text: str) -> tuple[str | None, str | None]:
    """'在读' -> ('student', None), '川大(在读)' -> ('student', '川大'), '待业' -> ('none', None),
    '攀钢集团' -> (None, None): what a 工作单位 cell says when it names no employer."""
    kind = _STATUS_OF.get(text.strip())
    if kind:
        return kind, None
    m = _SCHOOL_THEN_STATUS.match(text.strip())
    if m:
        return "student", m.group(1).strip()
    return None, None


def normalise_record(values: dict) -> dict:
    """One row: raw cell values by canonical field (phone/email may be lists of cells)."""
    return {c: v[0] for c, v in normalise_columns([values]).items()}


def _join_name(family: str, given: str) -> str:
    """张 + 伟 -> 张伟; Zhang + Wei -> 'Wei Zhang' (given name first, as English forms write it)."""
    if re.search(r"[A-Za-z]", family + given):
        return f"{given} {family}".strip()
    return family + given


def _cells(value) -> list:
    return value if isinstance(value, list) else [value]


_COUNTRY_CODE_RE = re.compile(r"\+?\(?\+?(\d{1,3})\)?")


def _with_country_codes(cells: list) -> list:
    """A form with its country code in a column of its own (+44 | 7911123456): one number."""
    out = []
    for cell in cells:
        text = str(cell).strip() if cell is not None else ""
        code = _COUNTRY_CODE_RE.fullmatch(str(out[-1]).strip()) if out and out[-1] is not None else None
        if code:
            out[-1] = text if code.group(1) == "86" or text.startswith(("+", "00")) else f"+{code.group(1)} {text}"
            continue
        out.append(cell)
    return out


def normalise_columns(rows: list[dict]) -> dict[str, list]:
    """Many rows at once, column by column: {normalised column: [value per row]}.

    Column-wise because most cells repeat (genders, degrees, employers, cities): each distinct
    value is worked out once (cached) and a row costs a few list look-ups, not dozens of calls.
    """
    n = len(rows)
    flags: list = [None] * n
    out: dict[str, list] = {}

    def add_flags(i, new):
        if new:
            if flags[i] is None:
                flags[i] = set()
            flags[i].update(new)

    present = set()
    for r in rows:
        present.update(r)

    def column(f):
        return [r.get(f) for r in rows] if f in present else [None] * n

    def mapped(f, fn):
        """fn over a field's column; a field the file does not have costs one call, not n."""
        return [fn(v) for v in column(f)] if f in present else [fn(None)] * n

    # names: from two columns (姓 + 名) when the form splits them; a romanised name stands in when
    # there is no Chinese one
    raw_names = column("name")
    if "family_name" in present or "given_name" in present:
        for i, (family, given) in enumerate(zip(column("family_name"), column("given_name"))):
            if raw_names[i] is None and (family or given):
                raw_names[i] = _join_name(clean_text(family) or "", clean_text(given) or "")
                add_flags(i, ("name_from_parts",))
    raw_en = column("name_en")
    names = [normalise_name(v) for v in raw_names]
    for i, nm in enumerate(names):
        if nm.name is None and raw_en[i] is not None:
            names[i] = nm = normalise_name(raw_en[i])
        if nm.flags:
            add_flags(i, nm.flags)
    out["name"] = [nm.name for nm in names]
    out["name_annotation"] = [nm.annotation for nm in names]
    out["name_latin"] = [clean_text(en) if nm.script == "han" and en is not None else nm.latin
                         for nm, en in zip(names, raw_en)]
    out["name_script"] = [nm.script for nm in names]
    out["surname"] = [nm.surname for nm in names]
    out["given_name"] = [nm.given for nm in names]
    out["name_key"] = [nm.key for nm in names]

    ids = mapped("id_number", normalise_id)
    out["id_number"] = [x.number for x in ids]
    out["id_status"] = [None if x.status == "empty" else x.status for x in ids]
    out["id_area"] = [x.area for x in ids]
    out["id_visible"] = [x.visible for x in ids]

    genders = mapped("gender", _gender)
    births = mapped("birth_date", normalise_date)
    out_gender, out_birth = [], []
    for i, (x, gender, (birth, flag)) in enumerate(zip(ids, genders, births)):
        if x.flags:
            add_flags(i, x.flags)
        if flag:
            add_flags(i, (flag,))
        # a masked number's birth date and sex digit, where they show, count as a full one's do
        # the sex digit of a number we can read (valid, or masked where it shows)
        if gender and x.gender and gender != x.gender and x.status in ("valid", "masked"):
            add_flags(i, ("gender_differs_from_id",))
        if x.birth_date is not None and x.status in ("valid", "converted_from_15", "masked"):
            if birth and not x.birth_date.startswith(birth):
                if birth.endswith("-01") and x.birth_date.startswith(birth[:7]):
                    birth = x.birth_date  # a 出生年月 date cell: Excel filled in day 1
                else:
                    add_flags(i, ("birth_date_differs_from_id",))
            elif not birth or len(birth) < 10:
                birth = x.birth_date  # none given, or 出生年月 1963.11 that the ID completes
        out_gender.append(gender or x.gender)
        out_birth.append(birth)
    out["gender"] = out_gender
    out["birth_date"] = out_birth
    out["birth_year"] = [int(b[:4]) if b else None for b in out_birth]

    phone, phone_kind, phones = [], [], []
    for i, value in enumerate(column("phone")):
        if value is None:
            phone.append(None)
            phone_kind.append(None)
            phones.append(None)
            continue
        if len(value) == 1:  # one cell holding one number: the usual case
            p = normalise_phones(value[0])
            if len(p.numbers) == 1 and not p.flags:
                phone.append(p.numbers[0])
                phone_kind.append(p.kinds[0])
                phones.append(None)
                continue
        numbers, kinds = [], []
        for cell in _with_country_codes(_cells(value)):
            p = normalise_phones(cell)
            if p.flags:
                add_flags(i, p.flags)
            for number, kind in zip(p.numbers, p.kinds):
                if number not in numbers:
                    numbers.append(number)
                    kinds.append(kind)
        if numbers:
            # the person's own mobile first: a landline is often the household's
            best = kinds.index("mobile") if "mobile" in kinds else 0
            phone.append(numbers[best])
            phone_kind.append(kinds[best])
        else:
            phone.append(None)
            phone_kind.append(None)
        phones.append(json.dumps(numbers) if len(numbers) > 1 else None)
    out["phone"], out["phone_kind"], out["phones"] = phone, phone_kind, phones

    email, emails = [], []
    for i, value in enumerate(column("email")):
        if value is None:
            email.append(None)
            emails.append(None)
            continue
        found = []
        for cell in _cells(value):
            e = normalise_emails(cell)
            if e.flags:
                add_flags(i, e.flags)
            found += [a for a in e.addresses if a not in found]
        email.append(found[0] if found else None)
        emails.append(json.dumps(found) if len(found) > 1 else None)
    out["email"], out["emails"] = email, emails

    educations = mapped("education", normalise_education)
    degrees = mapped("degree", normalise_degree)
    out["degree"] = [d or e[1] for d, e in zip(degrees, educations)]
    out["education"] = [doctoral_if_degree_says(e[0], d, str(t) if t is not None else None)
                        for e, d, t in zip(educations, out["degree"], column("education"))]
    # no 学历 given but a 学位: a master's degree says 硕士研究生 at least
    for i, (e, d) in enumerate(zip(out["education"], out["degree"])):
        if e is None and d in LEVEL_OF_DEGREE:
            out["education"][i] = LEVEL_OF_DEGREE[d]
            add_flags(i, ("education_from_degree",))
    out["education_rank"] = [EDUCATION_RANK.get(e) for e in out["education"]]
    for i, e in enumerate(educations):
        if e[2]:
            add_flags(i, (e[2],))

    texts = {f: mapped(f, clean_text) for f in _TEXT_OR_ORIGIN}
    # 在读, 待业, 川大（在读）: a status, not an employer; the school before 在读 is the person's school
    statuses = {t: employer_status(t if t.isascii() else t2s().convert(t))  # 在讀 is 在读
                for t in set(texts["employer"]) if t}
    for i, t in enumerate(texts["employer"]):
        if t:
            status, school = statuses[t]
            if status:
                texts["employer"][i] = None
                add_flags(i, (f"employer_{status}",))
                if school and not texts["school"][i]:
                    texts["school"][i] = school
    # 川大, Sichuan University -> 四川大学: one school, one name (the raw value stays in raw_json)
    schools = {t: canonical_school(t) for t in set(texts["school"]) if t}
    for i, t in enumerate(texts["school"]):
        if t and schools[t] and schools[t] != t:
            texts["school"][i] = schools[t]
            add_flags(i, ("school_alias",))
    for f in TEXT_FIELDS:
        out[f] = texts[f]
    out["graduation_year"] = mapped("graduation_year", _year)
    out["title_level"] = [title_level(t) or title_level(p) for t, p in zip(texts["title"], texts["position"])]

    city, province, country, overseas = [], [], [], []
    for i, (city_text, country_value) in enumerate(zip(texts["city"], column("country"))):
        place = parse_place(city_text) if city_text else None
        country_place = parse_place(clean_text(country_value)) if country_value is not None else None
        if place and country_place and place.country != country_place.country:
            add_flags(i, ("city_country_mismatch",))
        place = place or country_place
        if place is not None:
            city.append(place.city)
            province.append(place.province)
            country.append(place.country)
            overseas.append(int(place.overseas))
        else:
            city.append(city_text)  # keep what was written; we could not place it
            province.append(None)
            country.append(None)
            overseas.append(None)
            if city_text:
                add_flags(i, ("city_unknown",))
    out["city"], out["province"], out["country"], out["overseas"] = city, province, country, overseas

    # evidence per distinct (field, text) and per ID area; a row's combination is mostly unique
    per_field = [[None if t is None else field_evidence(f, t) for t in texts[f]]
                 for f in ORIGIN_TEXT_FIELDS if any(texts[f])]
    # a masked number's area code is evidence too, said to come from a partly hidden number; and
    # what the roster's title or name says of everyone on it (ingest/context.py), a tuple per row
    roster = column("_roster")
    origin = [_origin_columns(tuple(e for e in (id_area_evidence(area, status == "masked"),) + found
                                    + (context or ()) if e is not None))
              for area, status, found, context in zip(out["id_area"], out["id_status"],
                                                      zip(*per_field) if per_field else ((),) * n, roster)]
    out["origin_evidence"] = [o[0] for o in origin]
    out["origin_strength"] = [o[1] for o in origin]
    out["origin_county"] = [o[2] for o in origin]

    out["flags"] = [json.dumps(sorted(f)) if f else None for f in flags]
    out["duplicate_of_row"] = [None] * n
    missing = set(_COLUMNS) - set(out)
    assert not missing, missing  # every column is decided here
    return out


@lru_cache(maxsize=1_000)
def _gender(value):
    return normalise_gender(value)
