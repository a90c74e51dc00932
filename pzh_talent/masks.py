"""Masks: how a phone, an email or contact data typed into free text is shown to anyone but admins.
The bottom layer (no imports of ours): the views' SQL functions, the person page and intake use it."""
import re


def mask_phone(e164: str | None) -> str | None:
    """138****5678 for mainland mobiles; other numbers keep the first 3 and last 4 digits."""
    if not e164:
        return None
    digits = e164[3:] if e164.startswith("+86") else e164
    if len(digits) <= 7:
        return digits[:1] + "*" * (len(digits) - 1)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


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
