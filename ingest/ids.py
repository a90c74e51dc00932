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
    area: str | None = None     # first six digits
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
    if s[17] not in "0123456789X":
        return IdNumber(None, "invalid", flags=["id_invalid"])
    birth = _birth(s[6:14])
    gender = "男" if int(s[16]) % 2 else "女"
    if check_char(s[:17]) != s[17]:
        # Keep it: a one-character typo is common and dedupe compares near-equal IDs.
        return IdNumber(s, "checksum_error", s[:6], birth, gender, ["id_checksum_error"])
    if birth is None:
        return IdNumber(s, "checksum_error", s[:6], None, gender, ["id_bad_birth_date"])
    return IdNumber(s, "valid", s[:6], birth, gender)


_MASKS = re.compile(r"[*×●#•○?？]|(?<![\dX])X{2,}|X{2,}(?=[\d*])")
_MASKED = re.compile(r"\d{4,}[\d*]*\*[\d*]*X?")


def _masked(s: str) -> IdNumber | None:
    """510422********3265, 5104**********1234, 510422199001******, 5104XXXXXXXXXX1234: a number as
    offices publish it. Never an ID number (two masked forms may be different people); its visible
    parts are kept: the area code (six digits, or the city's four), the birth date and the sex digit
    where they show, and the masked form itself for comparing last digits."""
    t = _MASKS.sub(lambda m: "*" * len(m.group()), s)
    if not 8 <= len(t) <= 18 or not _MASKED.fullmatch(t) or not "11" <= t[:2] <= "82":
        return None
    area = t[:6] if t[:6].isdigit() else t[:4]
    birth = gender = None
    if len(t) == 18:
        birth = _birth(t[6:14]) if t[6:14].isdigit() else None
        gender = ("男" if int(t[16]) % 2 else "女") if t[16].isdigit() else None
    elif len(t) == 15:
        birth = _birth("19" + t[6:12]) if t[6:12].isdigit() else None
        gender = ("男" if int(t[14]) % 2 else "女") if t[14].isdigit() else None
    return IdNumber(None, "masked", area, birth, gender, ["id_masked"], visible=t)


def mask_id(number: str | None) -> str | None:
    """510402********1234: first six and last four, as officers may see it."""
    if not number:
        return None
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
