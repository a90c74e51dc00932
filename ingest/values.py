"""Small value normalisers: text cells, gender, dates."""
import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import lru_cache

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 18)
def _clean_str(s: str) -> str | None:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", s)).strip() or None


def clean_text(value) -> str | None:
    """A cell as text: NFKC (full-width -> half-width), spaces collapsed, '' -> None."""
    if value is None:
        return None
    if type(value) is str:
        return _clean_str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _clean_str(str(value))


_GENDER = {
    "男": "男", "男性": "男", "m": "男", "male": "男", "man": "男", "先生": "男", "1": "男",
    "女": "女", "女性": "女", "f": "女", "female": "女", "woman": "女", "女士": "女", "2": "女",
}


# a survey's answer letter: "A.男", "C、本科及以上", "B) 女" (after NFKC)
ANSWER_LETTER_RE = re.compile(r"^[a-h]\s*[.、:)]\s*(?=\S)", re.IGNORECASE)


def normalise_gender(raw) -> str | None:
    s = clean_text(raw)
    if s is None:
        return None
    found = _GENDER.get(s.lower())
    if found or len(s) > 12:
        return found
    # a survey's answer: "A.男", "B、女", "Female 女"
    t = ANSWER_LETTER_RE.sub("", s).lower()
    if t in _GENDER:
        return _GENDER[t]
    female = "女" in t or re.search(r"\b(female|woman)\b", t)
    male = "男" in t or re.search(r"\b(male|man)\b", t)
    return "女" if female and not male else "男" if male and not female else None


def _valid(y: int, m: int, d: int | None) -> bool:
    if not 1900 <= y <= date.today().year or not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:  # '90.05' -> 1990; rosters hold adults
        n += 1900 if n > date.today().year % 100 else 2000
    return n


@lru_cache(maxsize=200_000)
def _parse_date_text(s: str) -> tuple[str | None, str | None]:
    """-> (ISO date 'YYYY-MM-DD' / 'YYYY-MM' / 'YYYY', flag or None)."""
    s = s.strip().replace("年", "-").replace("月", "-").replace("日", "").replace("号", "")
    s = s.strip("-. ")
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})?", s)  # 19900501, 199005
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
    else:
        m = re.fullmatch(r"(\d{4}|\d{2})[-./\s]+(\d{1,2})(?:[-./\s]+(\d{1,2}))?(?:[ T]\d.*)?", s)
        if m:
            y, mo, d = _year(m[1]), int(m[2]), int(m[3]) if m[3] else None
        else:
            m = re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", s)  # 05/01/1990: day or month first?
            if m:
                a, b, y = int(m[1]), int(m[2]), int(m[3])
                if a > 12 and _valid(y, b, a):
                    return date(y, b, a).isoformat(), None
                if b > 12 and _valid(y, a, b):
                    return date(y, a, b).isoformat(), None
                if _valid(y, b, a):  # ambiguous: keep year and flag it
                    return f"{y:04d}", "birth_date_ambiguous"
                return None, "birth_date_invalid"
            m = re.fullmatch(r"(\d{1,2})?\s*([a-z]{3})[a-z]*\.?,?\s*(\d{1,2})?,?\s*(\d{4})", s.lower())
            if m and m[2] in _MONTHS:  # 'May 1990', '1 May 1990', 'May 1, 1990'
                y, mo = int(m[4]), _MONTHS[m[2]]
                d = int(m[1] or m[3]) if (m[1] or m[3]) else None
            elif re.fullmatch(r"\d{4}", s):
                y, mo, d = int(s), None, None
                if not 1900 <= y <= date.today().year:
                    return None, "birth_date_invalid"
                return f"{y:04d}", None
            else:
                return None, "birth_date_invalid"
    if not _valid(y, mo, d):
        return None, "birth_date_invalid"
    return (f"{y:04d}-{mo:02d}-{d:02d}" if d else f"{y:04d}-{mo:02d}"), None


def normalise_date(raw) -> tuple[str | None, str | None]:
    """Any common way of writing a date -> ('1990-05-01' | '1990-05' | '1990' | None, flag | None)."""
    if raw is None:
        return None, None
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date):
        return raw.isoformat(), None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        n = float(raw)
        if 1900 <= n <= 2100 and n.is_integer():
            return f"{int(n):04d}", None
        if 1900 < n < 2100:  # 1990.05 typed into a number cell: year.month
            iso, flag = _parse_date_text(repr(n))
            if iso and repr(n).endswith(".1"):  # 1990.10 and 1990.1 are the same number
                flag = "birth_date_ambiguous"
            return iso, flag
        if 1000 < n < 80000:  # an Excel serial day number that lost its date format
            d = date(1899, 12, 30) + timedelta(days=int(n))
            return d.isoformat(), "birth_date_from_serial"
        raw = f"{n:.0f}" if n.is_integer() else str(raw)
    s = unicodedata.normalize("NFKC", str(raw)).strip()
    if not s:
        return None, None
    return _parse_date_text(s)
