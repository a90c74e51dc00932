"""Phone numbers and email addresses. A cell may hold several, separated by / ; 、 or spaces."""
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberType

from pzh_talent.masks import mask_contacts, mask_email, mask_phone  # noqa: F401 (masking is one place)

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_SCIENTIFIC_RE = re.compile(r"\d(\.\d+)?[eE]\+?\d+")
_SEPARATORS = str.maketrans("", "", " -()（）.\u00a0")
_SPLIT_RE = re.compile(r"[/;；,，、|]|\s{2,}|\n")
# what a number is, written beside it: 138…（办）0812-…, 手机：138…, (H) 0812-…, Tel: …; a bracket
# with digits in it is an area code, (0812)3874729, and stays
_LABEL_RE = re.compile(r"[（(][^）)0-9]{1,8}[）)]|(手机|电话|办公室?|办|宅|家|住宅|座机|单位|移动|联系|微信|"
                       r"tel|mobile|mob|cell|office|home|work|phone|ph|wechat|whatsapp)\s*[:：]", re.IGNORECASE)
_COUNTRY_IN_BRACKETS_RE = re.compile(r"(?:^|(?<=[/;；,，、]))\s*[(（]\s*\+?([1-9]\d{0,2})\s*[)）]\s*(?=\d)")
# a mainland mobile however grouped, or a landline with its area code
_ANY_NUMBER_RE = re.compile(r"(?<!\d)(?:1[3-9]\d(?:[\s-]?\d){8}|0\d{2,3}[\s-]?\d{7,8})(?!\d)")
_EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+")
_KIND = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "landline",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "mobile",
    PhoneNumberType.VOIP: "other",
    PhoneNumberType.TOLL_FREE: "other",
}


@dataclass
class Phones:
    numbers: list[str] = field(default_factory=list)  # E.164
    kinds: list[str] = field(default_factory=list)    # mobile | landline | other, same order
    flags: list[str] = field(default_factory=list)


@lru_cache(maxsize=100_000)
def _parse_one(text: str) -> tuple[str, str, str | None] | None:
    """One number through phonenumbers (CN default) -> (E.164, kind, flag), or None.

    A 7-digit number is a local landline written without its area code; in this registry that is
    Panzhihua's 0812 (flagged). A number with an explicit country code that phonenumbers thinks
    possible but not allocated is kept, flagged: its metadata lags new ranges abroad."""
    digits = text.translate(_SEPARATORS)
    flag = None
    if len(digits) == 7 and digits.isdigit() and digits[0] != "0":
        text, flag = "0812" + digits, "landline_area_code_assumed_0812"
    try:
        n = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n):
        if text.lstrip().startswith(("+", "00")) and n.country_code != 86 and phonenumbers.is_possible_number(n):
            return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164), "other", "phone_unverified"
        return None
    e164 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    return e164, _KIND.get(phonenumbers.number_type(n), "other"), flag


def normalise_phones(raw) -> Phones:
    out = Phones()
    if raw is None:
        return out
    if isinstance(raw, float):
        out.flags.append("phone_numeric_cell")  # stored as a number: leading 0 / + are gone
        raw = f"{raw:.0f}"
    s = str(raw)
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s)
    s = s.strip()
    if not s:
        return out
    # The common case, one mainland mobile however spaced (138 1234 5678, +86-138…), without the
    # cost of a full parse.
    digits = s.translate(_SEPARATORS)
    if digits.startswith(("+86", "0086")):
        digits = digits[3:] if digits[0] == "+" else digits[4:]
    if len(digits) == 11 and _MOBILE_RE.fullmatch(digits):
        out.numbers.append("+86" + digits)
        out.kinds.append("mobile")
        return out
    if _SCIENTIFIC_RE.fullmatch(s):  # 1.38E+10: Excel showed a number cell, digits are lost
        out.flags.append("phone_excel_damaged")
        return out
    if not s.isdigit():
        s = _COUNTRY_IN_BRACKETS_RE.sub(r"+\1 ", s)  # (852) 6752 4785: a country code, not an area code
        s = _LABEL_RE.sub("/", s)
    parts = [p.strip() for p in _SPLIT_RE.split(s) if p and p.strip()]
    for part in parts:
        digits = re.sub(r"[\s\-()（）.]", "", part)
        if len(digits) == 11 and _MOBILE_RE.fullmatch(digits):
            number = ("+86" + digits, "mobile")
        else:
            number = _parse_one(part)
            if number is None:
                # two numbers with one space between (0812-5871087 19911392207): each on its own
                found = [_parse_one(m.group(0)) for m in _ANY_NUMBER_RE.finditer(part)]
                found = [f for f in found if f]
                if found:
                    for e164, kind, _ in found:
                        if e164 not in out.numbers:
                            out.numbers.append(e164)
                            out.kinds.append(kind)
                    continue
                # an extension alone, a typo, too few digits
                out.flags.append("phone_invalid")
                continue
            if number[2]:
                out.flags.append(number[2])
        if number[0] not in out.numbers:
            out.numbers.append(number[0])
            out.kinds.append(number[1])
    return out


@dataclass
class Emails:
    addresses: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


_DOMAIN_TYPOS = {"163.con": "163.com", "qq.con": "qq.com", "126.con": "126.com",
                 "gmail.con": "gmail.com", "sina.con": "sina.com", "hotmail.con": "hotmail.com"}


def normalise_emails(raw) -> Emails:
    out = Emails()
    if raw is None:
        return out
    s = str(raw).strip().lower()
    if s.isascii() and _EMAIL_RE.fullmatch(s) and s.rpartition("@")[2] not in _DOMAIN_TYPOS:
        out.addresses.append(s)  # the common case: one clean address
        return out
    s = unicodedata.normalize("NFKC", s).strip()
    if not s:
        return out
    # '@qq,com' is a comma typed for a dot, not a separator
    fixed = re.sub(r"(@[a-z0-9\-]+),(com|cn|net|org|edu)\b", r"\1.\2", s)
    if fixed != s:
        out.flags.append("email_typo_fixed")
        s = fixed
    for part in re.split(r"[;；,，/、\s]+", s):
        part = part.strip(" .。<>\"'")
        if not part:
            continue
        domain = part.rpartition("@")[2]
        if domain in _DOMAIN_TYPOS:
            part = part[: -len(domain)] + _DOMAIN_TYPOS[domain]
            out.flags.append("email_typo_fixed")
        if _EMAIL_RE.fullmatch(part):
            if part not in out.addresses:
                out.addresses.append(part)
        else:
            out.flags.append("email_invalid")
    return out
