"""The Fellegi–Sunter model: how much each comparison level says for or against "same person".

For each comparison level: m = P(level | same person), u = P(level | different people). A pair's
match weight is log2 of the prior odds plus, per comparison with values on both sides, log2(m/u).
Everything is estimated from the data (as Splink does), nothing is a hand-set constant:
- u from random pairs of records, nearly all of which are two different people;
- the prior from pairs that share a valid ID number (almost surely one person), scaled by how
  many records carry an ID;
- m from "anchor" pairs that are almost surely one person without looking at the field being
  estimated: for the ID, pairs agreeing on name, birth date and phone; for every other field,
  pairs sharing a valid ID.
"""
import math
import random
from dataclasses import dataclass, field

from .comparisons import COMPARISONS, compare_pair, valid_id

_FLOOR = 1e-5  # no level is impossible: keeps log weights finite


@dataclass
class Model:
    m: dict = field(default_factory=dict)   # (comparison, level) -> probability
    u: dict = field(default_factory=dict)
    prior: float = 1e-4                     # P(two random records are one person)
    # term frequencies: an exact name match is worth more for 欧阳子墨 than for 张伟
    name_frequency: dict = field(default_factory=dict)  # name -> share of records

    def level_weight(self, name: str, level: str) -> float:
        return math.log2(self.m[(name, level)] / self.u[(name, level)])

    def name_weight(self, level: str, name: str | None) -> float:
        """An exact name match weighed by how common the name is (u = its share of records)."""
        key = name.replace("·", "") if name else None
        if level == "exact" and key in self.name_frequency:
            return math.log2(self.m[("name", "exact")] / max(_FLOOR, self.name_frequency[key]))
        return self.level_weight("name", level)

    def weight(self, levels: dict, name: str | None = None) -> float:
        """Match weight: log2 of the odds that the pair is one person. `name`: the pair's name,
        for the term-frequency adjustment of an exact name match."""
        return math.log2(self.prior / (1 - self.prior)) + sum(w for _, _, w in self.explain(levels, name, 9))

    def explain(self, levels: dict, name: str | None = None, digits: int = 2) -> list[tuple[str, str, float]]:
        """(comparison, level, weight) per field with values on both sides: the waterfall."""
        return [(c, level, round(self.name_weight(level, name) if c == "name" else self.level_weight(c, level),
                                 digits))
                for c, level in levels.items() if level is not None]


def _default_u(c) -> dict:
    """What two different people usually look like, before any data: agreement is rare."""
    common = {("gender", "exact"): 0.5, ("city", "exact"): 0.05, ("birth_date", "year"): 0.02}
    levels = {lv: common.get((c.name, lv), 0.001) for lv in c.levels[:-1]}
    levels[c.levels[-1]] = 1 - sum(levels.values())
    return levels


def _default_m(c) -> dict:
    """What one person usually looks like, before any data: the best level, mostly."""
    levels = {lv: 0.05 / max(1, len(c.levels) - 2) for lv in c.levels[1:-1]}
    levels[c.levels[0]] = 0.9
    levels[c.levels[-1]] = 1 - sum(levels.values())
    return levels


def probabilities(vectors, only=None, prior=None, strength: float = 0.0) -> dict:
    """Level frequencies per comparison. `prior`(comparison) gives default probabilities worth
    `strength` pseudo-pairs: they decide when the data are few and fade as the data grow."""
    counts: dict = {}
    totals: dict = {}
    for levels in vectors:
        for name, level in levels.items():
            if level is None or (only is not None and name not in only):
                continue
            counts[(name, level)] = counts.get((name, level), 0) + 1
            totals[name] = totals.get(name, 0) + 1
    out = {}
    for c in COMPARISONS:
        if only is not None and c.name not in only:
            continue
        default = prior(c) if prior else {lv: 1 / len(c.levels) for lv in c.levels}
        pseudo = strength if prior else 0.5 * len(c.levels)
        for level in c.levels:
            p = (counts.get((c.name, level), 0) + pseudo * default[level]) / (totals.get(c.name, 0) + pseudo)
            out[(c.name, level)] = max(_FLOOR, p)
    return out


def estimate_u(records: list[dict], samples: int = 100_000, seed: int = 0) -> dict:
    """u from random pairs, leaving out pairs that share a valid ID (those are one person)."""
    rng = random.Random(seed)
    n = len(records)
    vectors = []
    for _ in range(samples if n > 1 else 0):
        a, b = rng.randrange(n), rng.randrange(n)
        if a == b:
            continue
        ra, rb = records[a], records[b]
        if valid_id(ra) and valid_id(ra) == rb.get("id_number"):
            continue
        vectors.append(compare_pair(ra, rb))
    return probabilities(vectors, prior=_default_u, strength=1000)


def train(records_by_id: dict, pairs, seed: int = 0) -> Model:
    records = list(records_by_id.values())
    u = estimate_u(records, seed=seed)
    vectors = {p: compare_pair(records_by_id[p[0]], records_by_id[p[1]]) for p in pairs}
    same_id = [v for p, v in vectors.items() if v["id_number"] == "exact"
               and valid_id(records_by_id[p[0]]) and valid_id(records_by_id[p[1]])]
    others = {c.name for c in COMPARISONS} - {"id_number"}
    m = probabilities(same_id, only=others, prior=_default_m, strength=20)
    strong = [v for v in vectors.values() if v["name"] == "exact" and v["birth_date"] == "exact"
              and v["phone"] == "exact"]
    m.update(probabilities(strong, only={"id_number"}, prior=_default_m, strength=20))
    # prior: records with an ID that share it with another, over all pairs of ID holders
    with_id = sum(1 for r in records if valid_id(r))
    id_pairs = len(same_id)
    prior = id_pairs / max(1, with_id * (with_id - 1) / 2) if with_id > 1 else 1e-4
    counts: dict = {}
    for r in records:
        if r.get("name"):
            key = r["name"].replace("·", "")
            counts[key] = counts.get(key, 0) + 1
    frequency = {k: v / len(records) for k, v in counts.items()}
    return Model(m=m, u=u, prior=min(0.5, max(1e-9, prior)), name_frequency=frequency)
