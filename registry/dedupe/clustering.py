"""Clustering: from scored pairs to groups of records that are one person.

Plain connected components chain weak links into giant clusters (A~B, B~C, so A=C). Here pairs
are joined strongest first, and a join is refused when the merged group would hold two different
valid ID numbers, or when both groups know full birth dates and two of them are far apart (another
month and more than one typed digit): a contradiction inside a cluster means the chain went wrong
somewhere, so the weaker link is the one that gives way. Dates a typo apart (1982-05-14 / 1983-05-14,
the same month) are no contradiction: rosters copy birthdays by hand, and the link's weight already
counts the disagreement.
"""
import math
from dataclasses import dataclass, field

from .features import valid_id


@dataclass
class _Group:
    members: list
    ids: set = field(default_factory=set)      # valid ID numbers in the group
    births: set = field(default_factory=set)   # full birth dates (YYYY-MM-DD) in the group


def _full_birth(r: dict) -> str | None:
    b = r.get("birth_date")
    return b if b and len(b) == 10 else None


def _typo_apart(a: str, b: str) -> bool:
    """Full birth dates of the same month, or one digit changed, or two neighbouring digits swapped."""
    if a[:7] == b[:7]:
        return True
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                              and a[diff[1]] == b[diff[0]])


def _births_clash(a: set, b: set, same_year_ok: bool = False) -> bool:
    """Whether some date of `a` and some date of `b` are more than a typo apart (with `same_year_ok`,
    dates of one year never clash)."""
    return any(not (_typo_apart(x, y) or (same_year_ok and x[:4] == y[:4])) for x in a for y in b)


def cluster(records_by_id: dict, scored_pairs, threshold: float = 0.0, cannot_link=(),
            must_link=(), strong: float = math.inf) -> list[list[int]]:
    """`scored_pairs`: ((a, b), match weight); `cannot_link` / `must_link`: (a, b) pairs officers
    said are two people / one person. An officer's "same" is joined first and outweighs a birth
    date that disagrees (a typo), never two different ID numbers or an officer's "not same".
    A link of weight >= `strong` (other evidence all but certain) also outweighs dates of the same
    year. Returns groups of record ids (singletons included)."""
    apart: dict[int, set] = {}
    for a, b in cannot_link:
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)
    group_of: dict[int, _Group] = {}  # only records that some link touches; the rest stay alone

    def group(rid: int) -> _Group:
        g = group_of.get(rid)
        if g is None:
            r = records_by_id[rid]
            g = group_of[rid] = _Group([rid])
            if valid_id(r):
                g.ids.add(valid_id(r))
            if _full_birth(r):
                g.births.add(_full_birth(r))
        return g

    decided = [((a, b), math.inf) for a, b in must_link]
    for (a, b), weight in decided + sorted(scored_pairs, key=lambda pw: -pw[1]):
        if weight <= threshold:
            break
        ga, gb = group(a), group(b)
        if ga is gb:
            continue
        if len(ga.ids | gb.ids) > 1:
            continue  # two different valid ID numbers: never one person
        if (weight != math.inf and ga.births.isdisjoint(gb.births)
                and _births_clash(ga.births, gb.births, same_year_ok=weight >= strong)):
            continue  # birthdays far apart: not one person (unless an officer said so)
        if apart and any(apart.get(r, set()).intersection(gb.members) for r in ga.members):
            continue  # an officer said two of these records are different people
        big, small = (ga, gb) if len(ga.members) >= len(gb.members) else (gb, ga)
        big.members += small.members
        big.ids |= small.ids
        big.births |= small.births
        for rid in small.members:
            group_of[rid] = big
    seen, groups = set(), []
    for g in group_of.values():
        if id(g) not in seen:
            seen.add(id(g))
            groups.append(sorted(g.members))
    groups.extend([rid] for rid in records_by_id if rid not in group_of)
    return groups
