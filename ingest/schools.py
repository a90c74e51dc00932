"""Universities under one name: rosters write 川大, 四川大学 and Sichuan University for one school.

The table (vocabulary/schools.json) lists a school's full Chinese name with the short forms and English names in common use.
Short forms that name more than one school (东大: 东北大学 or 东南大学; 西大: 西北大学 or 广西大学;
中南: 中南大学 or 中南财经政法大学; 多大) are left out on purpose: guessing would merge people wrongly.
A name not in the table is kept as written.
"""
import json
import re
from pathlib import Path

from .fields import simplified

# by region in the file; one table here
SCHOOLS: dict[str, list[str]] = {
    name: aliases
    for region, schools in json.loads((Path(__file__).parent / "vocabulary" / "schools.json").read_text(encoding="utf-8")).items()
    if not region.startswith("_") for name, aliases in schools.items()}


def _key(text: str) -> str:
    """Case, spaces, punctuation and a leading "The" do not matter."""
    text = re.sub(r"^the\s+", "", text.strip().casefold())
    return re.sub(r"[\s\.,'’\-()（）]", "", text)


_CANONICAL = {_key(alias): name for name, aliases in SCHOOLS.items() for alias in [name, *aliases]}


def canonical_school(text: str | None) -> str | None:
    """The full Chinese name of a school written as a known short form or English name, else None."""
    if not text:
        return None
    found = _CANONICAL.get(_key(text))
    if found is None and not text.isascii():  # 四川農業大學, 香港大學: Hong Kong and Taiwan lists
        found = _CANONICAL.get(_key(simplified(text)))
    return found
