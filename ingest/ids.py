"""Resident identity numbers (公民身份号码, GB 11643).

python-stdnum's cn.ric rejects valid old Panzhihua IDs (it checks the area code's validity dates),
so the checksum is done here. A failed checksum is a flag, never a reason to drop a record.
"""
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import mul

from pzh_talent.masks import mask_id  # noqa: F401 (the one mask; read from here too)

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_JUNK = re.compile(r"[\s\-']")


_ZERO = ord("0") * sum(_WEIGHTS)


def check_char(first17: str) -> str:
    # on the bytes: '0' is 48, so subtract 48 x the weights once instead of int() per digit
    return _CHECK[(sum(map(mul, first17.encode(), _WEIGHTS)) - _ZERO) % 11]


@dataclass(slots=True)
class IdNumber:
    number: str | None          # 18 characters when we have one we can use
    status: str                 # valid | checksum_error | converted_from_15 | masked | excel_damaged | invalid | empty
    area: str | None = None     # first six digits (a masked number showing only four: those four)
    birth_date: str | None = None
    gender: str | None = None   # 男 / 女 from the sequence digit
    flags: list[str] = field(default_factory=list)
    visible: str | None = None  # a masked number as shown, masks as '*': 510422********3265


@lru_cache(maxsize=100_000)
def _birth(yyyymmdd: str) -> str | None:
    try:
        d = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return None
    if not 1880 <= d.year <= date.today().year:
        return None
    return d.isoformat()


_DAMAGED = re.compile(r"\d(\.\d+)?E\+?\d+|\d{15,17}\.0")
_ID15 = re.compile(r"\d{15}")
_ID18 = re.compile(r"\d{17}[\dX]")


def normalise_id(raw) -> IdNumber:
    if raw is None:
        return IdNumber(None, "empty")
    if isinstance(raw, float):
        # Excel stored the ID as a number: only 15 significant digits survive, which loses an
        # 18-digit ID but keeps an old 15-digit one whole
        if not (raw.is_integer() and 10**14 <= raw < 10**15):
            return IdNumber(None, "excel_damaged", flags=["id_excel_damaged"])
        raw = str(int(raw))
    s = str(raw)
    if len(s) == 18 and s.isascii() and s[:17].isdigit():  # the common case needs no cleaning
        if s[17] == "x":
            s = s.upper()
    else:
        s = _JUNK.sub("", unicodedata.normalize("NFKC", s).strip()).upper()
        if not s:
            return IdNumber(None, "empty")
        if _DAMAGED.fullmatch(s):
            return IdNumber(None, "excel_damaged", flags=["id_excel_damaged"])
        if _ID15.fullmatch(s):
            seq = s[12:15]
            century = "18" if seq in ("996", "997", "998", "999") else "19"
            first17 = s[:6] + century + s[6:15]
            birth = _birth(first17[6:14])
            if birth is None:
                return IdNumber(None, "invalid", area=s[:6], flags=["id_invalid"])
            full = first17 + check_char(first17)
            return IdNumber(full, "converted_from_15", s[:6], birth,
                            "男" if int(seq[-1]) % 2 else "女", ["id_converted_from_15"])
        if not _ID18.fullmatch(s):
            return _masked(s) or IdNumber(None, "invalid", flags=["id_invalid"])
    if s[17] not in "0123456789X":  # 51042219900101123*: only the check character hidden
        return _masked(_JUNK.sub("", unicodedata.normalize("NFKC", s).strip()).upper()) or \
            IdNumber(None, "invalid", flags=["id_invalid"])
    birth = _birth(s[6:14])
    gender = "男" if int(s[16]) % 2 else "女"
    if check_char(s[:17]) != s[17]:
        # Keep it: a one-character typo is common and dedupe compares near-equal IDs.
        return IdNumber(s, "checksum_error", s[:6], birth, gender, ["id_checksum_error"])
    if birth is None:
        return IdNumber(s, "checksum_error", s[:6], None, gender, ["id_bad_birth_date"])
    return IdNumber(s, "valid", s[:6], birth, gender)


# what offices print for a hidden digit (after NFKC: ＊ ﹡ -> *, ＃ -> #, ？ -> ?, ｘ -> x)
_MASK_CHARS = re.compile(r"[*⁎∗✱✲✳×✕✖╳●○◯•∙■□◆◇★☆※#?_]")
_XS = re.compile(r"X+")
_FORM = re.compile(r"[\d*]+X?")
# the first two digits of every real area code (GB/T 2260: 11 北京 … 65 新疆, 71 台湾, 81 香港, 82 澳门)
PROVINCES = frozenset("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
                      "61 62 63 64 65 71 81 82".split())


def _stars(m) -> str:
    return "*" * len(m.group())


def _x_stars(m) -> str:
    """x/X hides digits too (5104XXXXXXXXXX1234, 51042219900101xxxx), except one alone at the end:
    that is the check character (510422********326X)."""
    if len(m.group()) == 1 and m.end() == len(m.string):
        return "X"
    return "*" * len(m.group())


def _masked(s: str) -> IdNumber | None:
    """510422********3265, 5104**********1234, 510422199001******, 51042219900101********: a number as
    offices publish it (s is cleaned: NFKC, no spaces, upper case). Never an ID number (two masked
    forms may be different people); what shows is kept: the area code (six digits, or the city's
    four), the birth date and the sex digit, and the form itself with every mask as '*'.

    15 or 18 characters are read position by position. Other lengths hide a run of digits behind a
    run of masks of another length (5104221990******, 51042219900101********): the leading digits
    are the number's first ones, the trailing ones its last ones, and the form is set out over 18
    characters (5104221990********) so that a position means the same in every visible form.
    None (not masked) when nothing but masks shows, or too little to mean anything: not at least the
    first four digits, of a real province."""
    t = _XS.sub(_x_stars, _MASK_CHARS.sub(_stars, s))
    if "*" not in t or not 8 <= len(t) <= 24 or not _FORM.fullmatch(t) or not t[:4].isdigit() \
            or t[:2] not in PROVINCES:
        return None
    if len(t) != 18 and (len(t) != 15 or t[-1] == "X"):  # a 15-digit number has no check character
        head = t[:len(t) - len(t.lstrip("0123456789"))]
        tail = t[t.rfind("*") + 1:]
        hidden = 18 - len(head) - len(tail)
        if hidden < 1:
            return None  # more digits than a number has: not a masked ID
        t = head + "*" * hidden + tail  # digits between two runs of masks cannot be placed: hidden too
    if len(t) == 18:
        ymd, sex = t[6:14], t[16]
    else:  # a masked 15-digit number: 6 area + YYMMDD + 3 sequence (996-999: born in the 1800s)
        ymd, sex = ("18" if t[12:15] in ("996", "997", "998", "999") else "19") + t[6:12], t[14]
    flags = ["id_masked"]
    birth = None
    if ymd.isdigit():
        birth = _birth(ymd)
        if birth is None:
            flags.append("id_bad_birth_date")
    gender = ("男" if int(sex) % 2 else "女") if sex.isdigit() else None
    area = t[:6] if t[:6].isdigit() else t[:4]
    return IdNumber(None, "masked", area, birth, gender, flags, visible=t)
