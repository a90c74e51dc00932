"""Evidence that a person is "of Panzhihua" (攀籍): born, registered or schooled there.

    ev = origin_evidence({"hometown": "四川米易", "school": "攀枝花三中"}, id_area="510402")
    origin_strength(ev) -> 'strong';  origin_county(ev) -> '东区'

Evidence is kept per field, with a plain-Chinese reason an officer can check and a strength:
  strong  resident ID area code of Panzhihua; 籍贯/出生地/户籍/生源地 naming Panzhihua or one of its counties
  medium  went to school there; 仁和 without 攀枝花 (仁和镇 exist elsewhere); 攀钢 in an origin field
  weak    address, remarks, current city or employer in Panzhihua (lives/works there != origin)
A person whose only evidence is weak is a candidate for review, not silently in or out.

Traps that must never count (domain.md §2): 大渡口 (重庆 500104), 渡口镇, 延边 (吉林), 东区/西区 without
攀枝花 (香港, 中山, 台湾 … have them too), 攀登, people's names.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .ids import normalise_id
from .places import clean_text, parse_place

try:  # labels shown to officers; fields.py is the single vocabulary
    from .fields import FIELD_LABELS as _FIELD_LABELS
except Exception:  # pragma: no cover - fields.py being rewritten
    _FIELD_LABELS = {}

__all__ = ["Evidence", "origin_evidence", "origin_strength", "origin_county", "PANZHIHUA_ID_AREAS",
           "PANZHIHUA_COUNTIES", "STRENGTHS"]


@dataclass(frozen=True)
class Evidence:
    field: str          # canonical field: 'id_number', 'hometown', 'school', 'address', ...
    value: str          # the text (for id_number only the 6-digit area code, never the full ID)
    reason: str         # plain Chinese, e.g. '身份证地区码 510421（米易县）'
    strength: str       # 'strong' | 'medium' | 'weak'
    county: str | None  # 东区/西区/仁和区/米易县/盐边县 when known


STRENGTHS = ("strong", "medium", "weak")
_RANK = {s: i for i, s in enumerate(STRENGTHS)}

PANZHIHUA_COUNTIES = ("东区", "西区", "仁和区", "米易县", "盐边县")

# area code -> (name shown in the reason, county)
PANZHIHUA_ID_AREAS: dict[str, tuple[str, str | None]] = {
    "510400": ("攀枝花市", None),
    "510401": ("攀枝花市市辖区", None),
    "510402": ("东区", "东区"),
    "510403": ("西区", "西区"),
    "510411": ("仁和区，1998年前为郊区", "仁和区"),
    "510420": ("攀枝花市旧市区代码", None),
    "510421": ("米易县", "米易县"),
    "510422": ("盐边县", "盐边县"),
}

ORIGIN_FIELDS = ("hometown", "birthplace", "household", "student_origin")
_DEFAULT_LABELS = {"hometown": "籍贯", "birthplace": "出生地", "household": "户籍所在地",
                   "student_origin": "生源地", "school": "毕业院校", "address": "通讯地址",
                   "employer": "工作单位", "city": "现居城市", "remarks": "备注"}


def _label(field: str) -> str:
    return _FIELD_LABELS.get(field) or _DEFAULT_LABELS.get(field) or field


# --------------------------------------------------------------------------------------------
# what the text says
# --------------------------------------------------------------------------------------------

# Names that mean Panzhihua the city. 渡口 only as 渡口市 or right after 四川: 大渡口 is in 重庆.
_CITY_ZH = re.compile(r"攀枝花|(?<!大)渡口市|四川省?渡口(?![镇乡村街路])")
_CITY_LATIN = re.compile(r"pan\s*-?\s*zhi\s*-?\s*hua", re.I)
_DUKOU_LATIN = re.compile(r"\bdukou\b", re.I)
_SICHUAN_CONTEXT = re.compile(r"四川|攀枝花|渡口市|\bsichuan\b|\bszechuan\b|pan\s*-?\s*zhi\s*-?\s*hua", re.I)

# County names that are unambiguous on their own
_COUNTY_SURE = [(re.compile(r"米易"), "米易县", "米易"), (re.compile(r"盐边"), "盐边县", "盐边"),
                (re.compile(r"仁和区"), "仁和区", "仁和区"),
                (re.compile(r"\bmiyi\b", re.I), "米易县", "Miyi")]
# County names that need the city named in the same text (东区 is also in 香港, 中山 …)
_COUNTY_IN_CONTEXT = [(re.compile(r"东区"), "东区"), (re.compile(r"西区"), "西区"),
                      (re.compile(r"仁和"), "仁和区"), (re.compile(r"郊区"), "仁和区"),
                      (re.compile(r"米易"), "米易县"), (re.compile(r"盐边"), "盐边县"),
                      (re.compile(r"\bdong\s*qu\b|\beast(ern)?\s+district\b", re.I), "东区"),
                      (re.compile(r"\bxi\s*qu\b|\bwest(ern)?\s+district\b", re.I), "西区"),
                      (re.compile(r"\brenhe\b", re.I), "仁和区"),
                      (re.compile(r"\bmiyi\b", re.I), "米易县"),
                      (re.compile(r"\byanbian\b", re.I), "盐边县")]
# Yanbian (延边) is also a prefecture in 吉林: only with Sichuan/Panzhihua context
_YANBIAN_LATIN = re.compile(r"\byanbian\b", re.I)
_RENHE = re.compile(r"仁和(?!区)")
_PANGANG = re.compile(r"攀钢|\bpangang\b|攀煤", re.I)
_PANJI = re.compile(r"攀籍")
# 攀枝花 as a street name in another city (…路/街/巷/大道): checked against the rest of the text
_STREET_AFTER = re.compile(r"攀枝花(?:[东西南北中]?路|街|巷|大道)")

# schools whose names do not say 攀枝花
_SCHOOL_PATTERNS = [
    re.compile(r"攀钢(?:集团)?(?:公司)?(?:第?[一二三四五六七八九十]+(?:中|小|高级中学|中学)|"
               r"[^，,;；]{0,8}(?:中学|小学|学校|高中|技校|学院|子弟))"),
    re.compile(r"(?<![\u4e00-\u9fff])攀[一二三四五六七八九十]+中"),        # 攀三中, 攀七中
    re.compile(r"大河中学"),
    re.compile(r"\bpanzhihua\b.*\b(school|university|college)\b|\b(school|university|college)\b.*\bpanzhihua\b",
               re.I),
]


def _county_in_context(t: str) -> str | None:
    best = None
    for rx, county in _COUNTY_IN_CONTEXT:
        m = rx.search(t)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), county)
    return best[1] if best else None


def _elsewhere(t: str) -> bool:
    """Does the text name a mainland place outside Panzhihua (杭州仁和, 上海攀枝花路)?"""
    p = parse_place(re.sub(r"攀枝花|仁和|大河", "", t)[:60])
    if p is None:
        return False
    if p.country != "CN":
        return True
    return p.adcode is not None and not p.adcode.startswith("5104") and p.adcode != "510000"


@dataclass(frozen=True)
class _Hit:
    token: str          # what was found, as shown in the reason
    county: str | None
    sure: bool          # names Panzhihua beyond doubt


def _scan(t: str, *, bare_county: bool = True) -> _Hit | None:
    """Find Panzhihua in normalised text. bare_county=False asks for 米易县/盐边县 with the suffix
    (in free text like remarks a bare 米易 may be part of a person's name)."""
    m = _CITY_ZH.search(t)
    if m and not (_STREET_AFTER.search(t) and _elsewhere(t)):
        return _Hit(m.group(0), _county_in_context(t[m.end():]) or _county_in_context(t), True)
    m = _CITY_LATIN.search(t)
    if m:
        return _Hit("Panzhihua", _county_in_context(t), True)
    m = _DUKOU_LATIN.search(t)
    if m and _SICHUAN_CONTEXT.search(t):
        return _Hit("Dukou", _county_in_context(t), True)
    for rx, county, token in _COUNTY_SURE:
        m = rx.search(t)
        if m and (bare_county or county == "仁和区" or t[m.end():m.end() + 1] == "县"):
            return _Hit(m.group(0) if bare_county else m.group(0) + t[m.end():m.end() + 1].strip(),
                        county, True)
    if _YANBIAN_LATIN.search(t) and _SICHUAN_CONTEXT.search(t):
        return _Hit("Yanbian", "盐边县", True)
    return None


# --------------------------------------------------------------------------------------------
# per field
# --------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=200_000)
def _field_evidence(field: str, text: str) -> Evidence | None:
    t = clean_text(text)
    if not t:
        return None
    value = unicodedata.normalize("NFKC", text).strip()
    label = _label(field)

    if field in ORIGIN_FIELDS:
        hit = _scan(t)
        if hit:
            return Evidence(field, value, f"{label}含“{hit.token}”", "strong", hit.county)
        m = _RENHE.search(t)
        if m and not _elsewhere(t):
            return Evidence(field, value, f"{label}含“仁和”（未注明攀枝花，外地也有仁和镇）", "medium", "仁和区")
        m = _PANGANG.search(t)
        if m:
            return Evidence(field, value, f"{label}含“{m.group(0)}”", "medium", None)
        return None

    if field == "county":  # a 县区 column: a county of Panzhihua, named without the city
        hit = _scan(t)
        county = hit.county if hit else value if value in ("东区", "西区") else None  # in this column, 东区 is ours
        if county:
            return Evidence(field, value, f"{label}为{county}", "medium", county)
        return None

    if field == "school":
        hit = _scan(t)
        if hit is None:
            for rx in _SCHOOL_PATTERNS:
                m = rx.search(t)
                if m and not _elsewhere(t):
                    hit = _Hit(m.group(0), _county_in_context(t) if "攀钢" not in m.group(0) else None,
                               False)
                    break
        if hit:
            return Evidence(field, value, f"毕业于攀枝花学校：{value}", "medium", hit.county)
        return None

    if field == "city":
        p = parse_place(t)
        if p is not None and p.adcode and p.adcode.startswith("5104"):
            county = p.district if p.district in PANZHIHUA_COUNTIES else None
            where = f"攀枝花{county}" if county else "攀枝花"
            return Evidence(field, value, f"{label}为{where}", "weak", county)
        if p is not None:
            return None      # a definite place elsewhere
        hit = _scan(t)
        if hit:
            return Evidence(field, value, f"{label}含“{hit.token}”", "weak", hit.county)
        return None

    if field == "employer":
        hit = _scan(t)
        if hit:
            return Evidence(field, value, f"{label}在攀枝花（工作地不等于籍贯）：{value}", "weak", hit.county)
        m = _PANGANG.search(t)
        if m:
            return Evidence(field, value, f"{label}在攀枝花（工作地不等于籍贯）：{value}", "weak", None)
        return None

    if field == "address":
        hit = _scan(t)
        if hit:
            return Evidence(field, value, f"{label}含“{hit.token}”", "weak", hit.county)
        return None

    if field == "remarks":
        hit = _scan(t, bare_county=False)
        if hit:
            return Evidence(field, value, f"{label}含“{hit.token}”", "weak", hit.county)
        m = _PANJI.search(t)
        if m:
            return Evidence(field, value, f"{label}含“攀籍”", "weak", None)
        return None

    return None     # other fields (expertise, department …) say nothing about origin


# fields read, in the order evidence is listed
SCANNED_FIELDS = ORIGIN_FIELDS + ("county", "school", "address", "city", "employer", "remarks")
_AREA = re.compile(r"^\d{6}")


def _id_area(raw) -> str | None:
    if raw is None:
        return None
    if type(raw) is str and len(raw) == 6 and raw.isascii() and raw.isdigit():
        return raw  # already an area code (the normal call from normalise_record)
    s = unicodedata.normalize("NFKC", str(raw))
    s = re.sub(r"\s+", "", s)
    m = _AREA.match(s)
    return m.group(0) if m else None


PANZHIHUA_ID_AREAS_CITY = "5104"


@functools.lru_cache(maxsize=10_000)
def id_area_evidence(area: str | None, masked: bool = False) -> Evidence | None:
    """Evidence from a resident ID's six-digit area code, or None. masked: the number was printed
    partly hidden (510422********3265), which the reason says; a masked number showing only four
    digits (5104**********1234) names the city, its county hidden. The value is the area code alone."""
    if masked and area == PANZHIHUA_ID_AREAS_CITY:
        return Evidence("id_number", area, f"身份证号部分隐去，前四位 {area}（攀枝花市，区县看不到）", "strong", None)
    if area not in PANZHIHUA_ID_AREAS:
        return None
    name, county = PANZHIHUA_ID_AREAS[area]
    if masked:
        return Evidence("id_number", area, f"身份证号部分隐去，地区码 {area}（{name}）", "strong", county)
    return Evidence("id_number", area, f"身份证地区码 {area}（{name}）", "strong", county)


def field_evidence(field: str, text: str) -> Evidence | None:
    """Evidence from one field's text (cached per field and text), or None."""
    if not text or not text.strip():
        return None
    return _field_evidence(field, text)


def origin_evidence(values: dict[str, str | None], id_area: str | None = None) -> list[Evidence]:
    """Evidence, one per field at most, that a record's person is of Panzhihua.

    `values`: raw-ish text by canonical field name; `id_area`: the first six digits of the resident
    ID (if None, taken from values['id_number'] when that starts with six digits, or is a masked
    number that shows its area code). The full ID number never appears in the result.
    """
    out: list[Evidence] = []
    raw = values.get("id_number") if id_area is None else None
    shown = normalise_id(raw) if isinstance(raw, str) and not raw.isdigit() else None
    if shown is not None and shown.status == "masked":  # 510422********3265: its area code, said so
        ev = id_area_evidence(shown.area, True)
    else:
        ev = id_area_evidence(_id_area(id_area) if id_area is not None else _id_area(raw))
    if ev is not None:
        out.append(ev)
    for field in SCANNED_FIELDS:
        v = values.get(field)
        if v is None or (isinstance(v, float) and v != v):
            continue
        text = v if isinstance(v, str) else str(v)
        if not text.strip():
            continue
        ev = _field_evidence(field, text)
        if ev is not None:
            out.append(ev)
    return out


def origin_strength(evidence: list[Evidence]) -> str | None:
    """The strongest strength present, None when there is no evidence."""
    if not evidence:
        return None
    return min((e.strength for e in evidence), key=lambda s: _RANK.get(s, len(STRENGTHS)))


def origin_county(evidence) -> str | None:
    """The county named by the strongest evidence that names one. Weak evidence names none: working
    or living in 米易县 says where a person is now, not which county they come from."""
    named = [e for e in evidence if e.county and e.strength != "weak"]
    if not named:
        return None
    return min(named, key=lambda e: _RANK.get(e.strength, len(STRENGTHS))).county
