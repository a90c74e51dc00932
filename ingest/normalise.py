"""One roster row (values by canonical field) -> the normalised columns of source_records.

Nothing is fixed silently: every change of meaning adds a flag, and the raw values stay beside.
"""
import json
import re
from functools import lru_cache

from registry.schema import NORMALISED_COLUMNS

from .contact import normalise_emails, normalise_phones
from .education import EDUCATION_RANK, normalise_degree, normalise_education, title_level
from .ids import normalise_id
from .names import normalise_name
from .origin import origin_county, origin_evidence, origin_strength
from .places import parse_place
from .values import clean_text, normalise_date, normalise_gender

_COLUMNS = tuple(c for c, _ in NORMALISED_COLUMNS)
# Free-text fields stored as cleaned text.
TEXT_FIELDS = ("school", "major", "employer", "department", "position", "title", "address", "hometown",
               "expertise", "industry", "programme")
ORIGIN_TEXT_FIELDS = ("hometown", "birthplace", "household", "student_origin", "school", "address",
                      "employer", "city", "remarks")


def _year(value) -> int | None:
    m = re.search(r"(19|20)\d{2}", str(value)) if value is not None else None
    return int(m[0]) if m else None


@lru_cache(maxsize=10_000)
def _origin_columns(evidence: tuple) -> tuple:
    """(evidence JSON, strength, county): few distinct combinations, so computed once each."""
    as_json = json.dumps([{"field": e.field, "value": e.value, "reason": e.reason, "strength": e.strength,
                           "county": e.county} for e in evidence], ensure_ascii=False)
    return as_json, origin_strength(list(evidence)), origin_county(list(evidence))


def normalise_record(values: dict) -> dict:
    """`values`: raw cell values by canonical field (phone/email may be lists of cells)."""
    flags: list[str] = []
    out: dict = dict.fromkeys(_COLUMNS)

    name = normalise_name(values.get("name"))
    if name.name is None and values.get("name_en") is not None:
        name = normalise_name(values.get("name_en"))
    flags += name.flags
    latin = name.latin
    if name.script == "han" and values.get("name_en") is not None:
        latin = clean_text(values["name_en"])
    out.update(name=name.name, name_annotation=name.annotation, name_latin=latin,
               name_script=name.script, surname=name.surname, given_name=name.given, name_key=name.key)

    id_ = normalise_id(values.get("id_number"))
    flags += id_.flags
    out.update(id_number=id_.number, id_status=None if id_.status == "empty" else id_.status,
               id_area=id_.area)

    gender = normalise_gender(values.get("gender"))
    if gender and id_.gender and gender != id_.gender and id_.status == "valid":
        flags.append("gender_differs_from_id")
    out["gender"] = gender or id_.gender

    birth, flag = normalise_date(values.get("birth_date"))
    if flag:
        flags.append(flag)
    if id_.birth_date and id_.status in ("valid", "converted_from_15"):
        if birth and not id_.birth_date.startswith(birth):
            flags.append("birth_date_differs_from_id")
        elif not birth:
            birth = id_.birth_date
    out["birth_date"] = birth
    out["birth_year"] = int(birth[:4]) if birth else None

    phone_cells = values.get("phone")
    phones, kinds = [], []
    for cell in phone_cells if isinstance(phone_cells, list) else [phone_cells]:
        p = normalise_phones(cell)
        flags += p.flags
        for number, kind in zip(p.numbers, p.kinds):
            if number not in phones:
                phones.append(number)
                kinds.append(kind)
    if phones:
        # the person's own mobile first: a landline is often the household's
        best = kinds.index("mobile") if "mobile" in kinds else 0
        out["phone"], out["phone_kind"] = phones[best], kinds[best]
    out["phones"] = json.dumps(phones) if len(phones) > 1 else None

    email_cells = values.get("email")
    emails = []
    for cell in email_cells if isinstance(email_cells, list) else [email_cells]:
        e = normalise_emails(cell)
        flags += e.flags
        emails += [a for a in e.addresses if a not in emails]
    out["email"] = emails[0] if emails else None
    out["emails"] = json.dumps(emails) if len(emails) > 1 else None

    level, degree, flag = normalise_education(values.get("education"))
    if flag:
        flags.append(flag)
    degree = normalise_degree(values.get("degree")) or degree
    out.update(education=level, education_rank=EDUCATION_RANK.get(level), degree=degree)

    for f in TEXT_FIELDS:
        out[f] = clean_text(values.get(f))
    out["graduation_year"] = _year(values.get("graduation_year"))
    out["title_level"] = title_level(out["title"]) or title_level(out["position"])

    city_text, country_text = clean_text(values.get("city")), clean_text(values.get("country"))
    place = parse_place(city_text) if city_text else None
    country = parse_place(country_text) if country_text else None
    if place and country and place.country != country.country:
        flags.append("city_country_mismatch")
    if place is None:
        place = country
    if place is not None:
        out.update(city=place.city, province=place.province, country=place.country,
                   overseas=int(place.overseas))
    elif city_text:
        out["city"] = city_text  # keep what was written; we could not place it
        flags.append("city_unknown")

    texts = {f: clean_text(values.get(f)) for f in ORIGIN_TEXT_FIELDS}
    evidence = origin_evidence({k: v for k, v in texts.items() if v}, id_.area)
    if evidence:
        out["origin_evidence"], out["origin_strength"], out["origin_county"] = _origin_columns(tuple(evidence))

    out["flags"] = json.dumps(sorted(set(flags))) if flags else None
    return out
