"""The Fellegi–Sunter model: how much each comparison level says for or against "same person".

For each comparison level: m = P(level | same person), u = P(level | different people). A pair's
match weight is log2 of the prior odds plus, per comparison with values on both sides, log2(m/u).
Everything is estimated from the data (as Splink does), nothing is a hand-set constant:
- u from random pairs of records, nearly all of which are two different people;
- the prior from pairs that share a valid ID number (almost surely one person), scaled by how
  many records carry an ID;
- m from "anchor" pairs that are almost surely one person without looking at the field being
  estimated: for the ID, pairs agreeing on name, birth date and phone; for the name, pairs sharing
  a valid ID, or a mobile number or email without disagreeing birth dates; for every other field,
  pairs sharing a valid ID.
"""
import json
import math
import random
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .comparisons import COMPARISONS, level_code, levels_of, pattern, valid_id

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

    def weights(self, codes: np.ndarray, name_of) -> np.ndarray:
        """Match weights of many pairs at once, from their packed patterns; name_of(i) gives pair i's
        name, asked only for exact-name pairs (the term-frequency adjustment)."""
        distinct = {int(c): self.weight(levels_of(int(c))) for c in np.unique(codes).tolist()}
        out = np.array([distinct[c] for c in codes.tolist()], dtype=np.float64)
        if self.name_frequency:  # term frequency: correct the exact-name pairs one by one
            exact = self.level_weight("name", "exact") if ("name", "exact") in self.m else 0.0
            for i in np.flatnonzero(_has(codes, "name", "exact")).tolist():
                out[i] += self.name_weight("exact", name_of(i)) - exact
        return out

    def to_json(self) -> str:
        return json.dumps({"prior": self.prior, "m": {f"{k[0]}:{k[1]}": v for k, v in self.m.items()},
                           "u": {f"{k[0]}:{k[1]}": v for k, v in self.u.items()}})

    @classmethod
    def from_json(cls, text: str, name_frequency: dict | None = None) -> "Model":
        data = json.loads(text)
        split = lambda d: {tuple(k.split(":", 1)): v for k, v in d.items()}  # noqa: E731
        return cls(m=split(data["m"]), u=split(data["u"]), prior=data["prior"], name_frequency=name_frequency or {})

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


def probabilities(pattern_counts: dict, only=None, prior=None, strength: float = 0.0) -> dict:
    """Level frequencies per comparison, from {packed pattern: number of pairs}. `prior`(comparison)
    gives default probabilities worth `strength` pseudo-pairs: they decide when the data are few and
    fade as the data grow."""
    counts: dict = {}
    totals: dict = {}
    for code, n in pattern_counts.items():
        for name, level in levels_of(code).items():
            if level is None or (only is not None and name not in only):
                continue
            counts[(name, level)] = counts.get((name, level), 0) + n
            totals[name] = totals.get(name, 0) + n
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
    patterns: Counter = Counter()
    for _ in range(samples if n > 1 else 0):
        a, b = rng.randrange(n), rng.randrange(n)
        if a == b:
            continue
        ra, rb = records[a], records[b]
        if valid_id(ra) and valid_id(ra) == rb.get("id_number"):
            continue
        patterns[pattern(ra, rb)] += 1
    return probabilities(patterns, prior=_default_u, strength=1000)


def _has(codes: np.ndarray, comparison: str, level: str | None) -> np.ndarray:
    shift, value = level_code(comparison, level)
    return ((codes >> shift) & 7) == value


def name_frequency(records) -> dict:
    """Term frequencies (Yi-name dots ignored): for a record with a name, the chance that another
    record, of someone else, has the same name — the other records with it, over all records."""
    counts = Counter(r["name"].replace("·", "") for r in records if r.get("name"))
    return {k: tf_share(v, len(records)) for k, v in counts.items()}


def tf_share(count: int, total: int) -> float:
    """A name held by `count` of `total` records: the record itself is not one of the others."""
    return max(1, count - 1) / max(1, total)


def train(records_by_id: dict, left: np.ndarray, right: np.ndarray, codes: np.ndarray, seed: int = 0) -> Model:
    """Estimate m, u and the prior from the records and their candidate pairs' packed patterns."""
    records = list(records_by_id.values())
    u = estimate_u(records, seed=seed)
    # anchors for every field but the ID: pairs that share a valid ID number
    same_id = Counter()
    for i in np.flatnonzero(_has(codes, "id_number", "exact")).tolist():
        if valid_id(records_by_id[int(left[i])]) and valid_id(records_by_id[int(right[i])]):
            same_id[int(codes[i])] += 1
    others = {c.name for c in COMPARISONS} - {"id_number"}
    m = probabilities(same_id, only=others, prior=_default_m, strength=20)
    # anchors for the name: records without an ID (people abroad, often written in pinyin) would
    # leave their name forms unseen, so pairs sharing a mobile number or an email count too — but
    # not where the birth dates disagree: a family email is shared by parents and children
    birth_fits = _has(codes, "birth_date", None) | _has(codes, "birth_date", "exact") | \
        _has(codes, "birth_date", "year_month") | _has(codes, "birth_date", "one_typo")
    contact = (_has(codes, "phone", "exact") | _has(codes, "email", "exact")) & \
        ~_has(codes, "id_number", "exact") & birth_fits
    name_anchors = same_id + Counter(codes[contact].tolist())
    m.update(probabilities(name_anchors, only={"name"}, prior=_default_m, strength=20))
    # anchors for the ID: pairs agreeing on name, birth date and phone
    strong = _has(codes, "name", "exact") & _has(codes, "birth_date", "exact") & _has(codes, "phone", "exact")
    m.update(probabilities(Counter(codes[strong].tolist()), only={"id_number"}, prior=_default_m, strength=20))
    # prior: records with an ID that share it with another, over all pairs of ID holders
    with_id = sum(1 for r in records if valid_id(r))
    id_pairs = sum(same_id.values())
    prior = id_pairs / max(1, with_id * (with_id - 1) / 2) if with_id > 1 else 1e-4
    return Model(m=m, u=u, prior=min(0.5, max(1e-9, prior)), name_frequency=name_frequency(records))
