"""What a column holds, told by its values: for headers we do not know (字段3, Column3, F3, a code
nobody listed), for tables without a header row, and for headers that are wrong (a 手机 column full
of ID numbers).

Each recogniser says whether one value looks like one field; a column's profile is the share of its
non-blank sampled values each recogniser accepts. Fields that can be checked (ID checksum, phone,
email, date) decide on their own; the softer ones (names, schools, places) need a larger share.
"""
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .education import normalise_education, title_level
from .ids import normalise_id
from .names import COMPOUND_SURNAMES
from .places import parse_place
from .schools import canonical_school
from .values import normalise_gender

SAMPLE_ROWS = 200

# A field is taken from content alone when at least this share of the column's values fit it.
# An ID number is personal data of the most sensitive kind: it is never mapped from weak evidence.
CONTENT_SHARE = {"id_number": 0.8, "phone": 0.7, "email": 0.7, "birth_date": 0.8, "gender": 0.9,
                 "name": 0.7, "name_en": 0.8, "education": 0.7, "title": 0.6, "school": 0.6,
                 "employer": 0.6, "graduation_year": 0.9, "address": 0.6, "place": 0.6, "country": 0.8, "major": 0.6,
                 "serial": 0.95}
# fields whose values can be checked: a header naming one of these whose values fit another is wrong
CHECKABLE = ("id_number", "phone", "email", "birth_date", "gender")


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset:
    text = (Path(__file__).parent / "vocabulary" / "surnames.txt").read_text(encoding="utf-8")
    return frozenset("".join(line for line in text.splitlines() if not line.startswith("#")).strip())


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


_MOBILE_RE = re.compile(r"(\+?86)?1[3-9]\d{9}")
_PHONE_RE = re.compile(r"(\+?86)?0\d{2,3}\d{7,8}|\+[1-9]\d{6,14}")
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_DATE_RE = re.compile(r"(19|20)\d{2}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,2}\s*日?|\s*月?)|(19|20)\d{2}(0[1-9]|1[0-2])"
                      r"([0-2]\d|3[01])?")
_YEAR_RE = re.compile(r"(19[5-9]\d|20[0-3]\d)\s*(届|年)?")
_HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
_YI_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,6}[·•.．][\u4e00-\u9fff]{1,8}")
_LATIN_NAME_RE = re.compile(r"[A-Z][a-zA-Z'\-]+(\s+[A-Z][a-zA-Z'\-]+){1,3}|[A-Z]+,?\s+[A-Z][a-z]+")
_SCHOOL_RE = re.compile(r"(大学|学院|中学|高中|学校|[一二三四五六七八九十\d]+中|附中|职中|University|College|"
                        r"Institute of Technology|School)\s*$|^(University|College) of ", re.IGNORECASE)
_EMPLOYER_RE = re.compile(r"(公司|集团|医院|研究院|研究所|设计院|银行|局|委员会|中心|厂|事务所|政府|管委会|"
                          r"Ltd\.?|Limited|Inc\.?|Co\.?|Corp\.?|Corporation|Group|GmbH|AG|plc|S\.?A\.?|LLC|Hospital|Bank)\s*$", re.IGNORECASE)
_ADDRESS_RE = re.compile(r"\S{2,}(路|街|道|巷|号|村|组|小区|栋|幢|单元|室|楼)\S*")
_MAJOR_RE = re.compile(r"[\u4e00-\u9fff]{2,14}(工程|技术|科学|管理|医学|学|设计|教育|经济|法学|文学|化学|物理|"
                       r"护理|金融|会计|艺术)$")
_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{2,}(省|市|县|区|州|自治州|盟|旗)|^(北京|上海|天津|重庆|成都|深圳|广州|"
                       r"攀枝花|米易|盐边|仁和|东区|西区)")


def _is_name(s: str) -> bool:
    if _YI_NAME_RE.fullmatch(s):
        return True
    if not _HAN_NAME_RE.fullmatch(s):
        return False
    if s[:2] in COMPOUND_SURNAMES:
        return True
    # 高中, 本科, 成都, 男性: words that start with a surname but are no one's name
    return s[0] in _surnames() and normalise_education(s)[0] is None and not _PLACE_RE.match(s) \
        and normalise_gender(s) is None


def _is_birth_date(value, s: str) -> bool:
    if isinstance(value, (date, datetime)):
        return 1930 <= value.year <= 2010
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 10958 <= value <= 40179 and float(value).is_integer()  # Excel serials of 1930 … 2009
    m = _DATE_RE.fullmatch(s.replace(" ", ""))
    return bool(m) and 1930 <= int(s[:4]) <= 2010


def _digits(s: str) -> str:
    return re.sub(r"[\s\-()（）]", "", s)


RECOGNISERS = {
    "id_number": lambda v, s: normalise_id(s).status in ("valid", "converted_from_15", "masked"),
    "phone": lambda v, s: bool(_MOBILE_RE.fullmatch(_digits(s)) or _PHONE_RE.fullmatch(_digits(s))),
    "email": lambda v, s: bool(_EMAIL_RE.fullmatch(s)),
    "birth_date": _is_birth_date,
    "gender": lambda v, s: normalise_gender(s) is not None and not s.isdigit(),
    "name": lambda v, s: _is_name(s),
    "name_en": lambda v, s: s.isascii() and bool(_LATIN_NAME_RE.fullmatch(s)),
    "education": lambda v, s: len(s) <= 20 and normalise_education(s)[0] is not None,
    "title": lambda v, s: len(s) <= 20 and title_level(s) is not None,
    "school": lambda v, s: bool(_SCHOOL_RE.search(s)) or canonical_school(s) is not None,
    "employer": lambda v, s: bool(_EMPLOYER_RE.search(s)) and not _SCHOOL_RE.search(s),
    "graduation_year": lambda v, s: bool(_YEAR_RE.fullmatch(s)),
    "address": lambda v, s: len(s) >= 8 and bool(_ADDRESS_RE.search(s)),
    "major": lambda v, s: bool(_MAJOR_RE.fullmatch(s)) and not _SCHOOL_RE.search(s),
    "place": lambda v, s: _place_kind(s) == "place",
    "country": lambda v, s: _place_kind(s) == "country",
}


def _place_kind(s: str) -> str | None:
    """'place' (a province, city or county: 四川米易, Renhe, Panzhihua, London), 'country' (Germany) or None."""
    p = _place(s)
    if p is None:
        return None
    return "place" if p.city or p.district or p.province else "country"


@functools.lru_cache(maxsize=4096)
def _place(s: str):
    """A place a person comes from or lives in (四川米易, Renhe, Panzhihua, London), not an address,
    a school or an employer that happen to name one."""
    if len(s) > 30 or _ADDRESS_RE.search(s) or _SCHOOL_RE.search(s) or _EMPLOYER_RE.search(s) or s.isdigit():
        return None
    return parse_place(s)


@dataclass
class ColumnProfile:
    filled: int                                      # non-blank values sampled
    shares: dict[str, float] = field(default_factory=dict)
    panzhihua: float = 0.0                           # share of values naming a Panzhihua place

    def best(self, exclude=()) -> tuple[str | None, float]:
        """The field that fits the values best, if it fits enough of them to decide on its own."""
        ranked = sorted(((s, f) for f, s in self.shares.items() if f not in exclude), reverse=True)
        for share, f in ranked:
            if share >= CONTENT_SHARE[f]:
                return f, share
        return None, 0.0


_PANZHIHUA_RE = re.compile(r"攀枝花|米易|盐边|仁和|渡口|Panzhihua|Miyi|Yanbian|Renhe", re.IGNORECASE)


def profile(values) -> ColumnProfile:
    """Profile a column's sampled values."""
    texts = [(v, _text(v)) for v in values]
    texts = [(v, s) for v, s in texts if s]
    n = len(texts)
    out = ColumnProfile(n)
    if not n:
        return out
    for f, accepts in RECOGNISERS.items():
        hits = sum(1 for v, s in texts if accepts(v, s))
        if hits:
            out.shares[f] = round(hits / n, 3)
    serial = [s for _, s in texts if s.isdigit()]
    if len(serial) == n and n >= 3 and all(int(b) - int(a) in (0, 1) for a, b in zip(serial, serial[1:])):
        out.shares["serial"] = 1.0
    out.panzhihua = round(sum(1 for _, s in texts if _PANZHIHUA_RE.search(s) or
                              ((_place(s) is not None) and (_place(s).adcode or "").startswith("5104"))) / n, 3)
    return out


def profile_columns(rows: list[list], width: int) -> list[ColumnProfile]:
    """Profiles of each column of `rows` (cell lists), sampling the first SAMPLE_ROWS rows."""
    sample = rows[:SAMPLE_ROWS]
    return [profile([r[i] if i < len(r) else None for r in sample]) for i in range(width)]


def looks_like_data(cells: list) -> bool:
    """Is this row a person rather than a header? Some cell is a checkable value or a name."""
    for c in cells:
        s = _text(c)
        if s and (RECOGNISERS["id_number"](c, s) or RECOGNISERS["phone"](c, s) or RECOGNISERS["email"](c, s)
                  or RECOGNISERS["name"](c, s)):
            return True
    return False
