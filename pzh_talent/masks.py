"""Masks: how a phone, an email, an ID number or contact data typed into free text is shown to anyone
but admins. The one implementation: the views call these as SQL functions (registry/db.py registers
them on every connection, the plugin on Datasette's), the person page, the review page and the CLI
call them in Python. The bottom layer: no imports of ours."""
import re


def mask_phone(e164: str | None) -> str | None:
    """138****5678 for mainland mobiles; other numbers keep the first 3 and last 4 digits."""
    if not e164:
        return None
    digits = e164[3:] if e164.startswith("+86") else e164
    if len(digits) <= 7:
        return digits[:1] + "*" * (len(digits) - 1)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_id(number: str | None) -> str | None:
    """510402********1234: the first six and last four of an ID number; '****' for anything shorter
    than an ID (a typo'd or partial number shows nothing)."""
    if not number:
        return None
    return number[:6] + "*" * (len(number) - 10) + number[-4:] if len(number) >= 15 else "****"


def mask_id_visible(visible: str | None) -> str | None:
    """A masked ID as published (510422********3265, 51042219900101****) as officers may see it: the
    first six and last four at most, like a full one, never a birth date (a 15-character form: its
    last three, the sequence; its last four hold a day digit)."""
    if not visible:
        return None
    if len(visible) == 18:
        return visible[:6] + "*" * 8 + visible[-4:]
    if len(visible) == 15:
        return visible[:6] + "*" * 6 + visible[-3:]
    return visible[:6] + "*" * 12


def mask_email(address: str | None) -> str | None:
    """z***@qq.com: the first character and the domain, as the masked views show it."""
    if not address:
        return None
    return address[:1] + "***" + address[address.find("@"):] if "@" in address else "***"


# Contact data typed into free text (专长 “钒钛冶金，电话13912345678”, 备注 …): emails, mainland
# mobiles and landlines (with +86, spaces or hyphens), and resident ID numbers
_CONTACT_IN_TEXT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?P<id>(?<![\dA-Za-z])\d{6}(?:19|20)\d{2}[01]\d[0-3]\d\d{3}[\dXx](?![\dA-Za-z]))"
    r"|(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)"
    r"|(?<!\d)0\d{2,3}[\s-]?\d{7,8}(?!\d)")


def _masked_contact(m: re.Match) -> str:
    text = m.group(0)
    if "@" in text:
        return mask_email(text) or "***"
    if m.group("id"):
        return text[:6] + "*" * 8 + text[-4:]
    digits = re.sub(r"\D", "", text)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits[:3] + "*" * max(len(digits) - 7, 1) + digits[-4:]


def mask_contacts(text: str | None) -> str | None:
    """Free text with the emails, phone and ID numbers in it masked, as the views mask their columns."""
    if not text or not any(ch.isdigit() or ch == "@" for ch in text):
        return text
    return _CONTACT_IN_TEXT.sub(_masked_contact, text)
