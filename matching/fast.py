"""Candidate generation for matching at scale: numpy over every person at once, like blocking.

match.score_person is the reference: it explains every point of a score, one person at a time.
Here the same text, industry and minimum-education/title rules are computed with a few array
operations per demand: each field's distinct values are tested against a term once (and cached),
and an inverted index (value -> the persons who have it) gives the persons those values touch, so
a demand costs in proportion to the persons it concerns rather than to the whole registry. The
best few hundred candidates among a million persons are found in milliseconds; score_person then
scores and explains just those.
"""
import math
from dataclasses import dataclass, field

import numpy as np

from pzh_talent.ingest.education import EDUCATION_RANK, TITLE_RANK

from .terms import DEMAND_EDUCATION_RANK, PERSON_COLUMNS, EmployerIndex, term_pattern


@dataclass
class PersonArrays:
    ids: np.ndarray                                   # person id per row
    rows: list                                        # the PERSON_COLUMNS tuples, for score_person
    codes: dict = field(default_factory=dict)         # field -> category code per row (-1: empty)
    values: dict = field(default_factory=dict)        # field -> its distinct values
    education: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8))  # rank, -1 unknown
    title: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8))
    # the inverted index: field -> (rows sorted by value code, where each code's rows start)
    postings: dict = field(default_factory=dict)
    _masks: dict = field(default_factory=dict)        # (field, term) -> bool per distinct value
    _shares: dict = field(default_factory=dict)       # term -> share of persons with it in a text field

    _texts: dict = field(default_factory=dict)        # field -> (its distinct values, lower case, in one
                                                      # string, one per line; where each one starts)
    _employers: EmployerIndex | None = None                 # the employer values by comparison key
    _staff: dict = field(default_factory=dict)        # enterprise -> rows of the persons it employs

    def staff(self, enterprise: str | None) -> np.ndarray:
        """Rows of the persons whose employer is the enterprise (match.same_employer), sorted."""
        if not enterprise or not self.values.get("employer"):
            return np.zeros(0, dtype=np.int64)
        if enterprise not in self._staff:
            if self._employers is None:
                self._employers = EmployerIndex(self.values["employer"])
            codes = np.array(sorted(self._employers.codes(enterprise)), dtype=np.int64)
            self._staff[enterprise] = np.sort(self.rows_with("employer", codes)[0]) if len(codes) else \
                np.zeros(0, dtype=np.int64)
        return self._staff[enterprise]

    def term_mask(self, name: str, term: str) -> np.ndarray:
        """Which of the field's distinct values contain the term (as match.term_in decides)."""
        key = (name, term)
        if key not in self._masks:
            if name not in self._texts:
                lowered = [v.lower().replace("\n", " ") for v in self.values[name]]
                starts = np.cumsum([0] + [len(v) + 1 for v in lowered[:-1]]) if lowered else np.zeros(0)
                self._texts[name] = ("\n".join(lowered), starts)
            text, starts = self._texts[name]
            # one search over all the values at once, in C, instead of a Python test per value
            found = np.fromiter((m.start() for m in term_pattern(term).finditer(text)), dtype=np.int64)
            mask = np.zeros(len(starts), dtype=bool)
            mask[np.searchsorted(starts, found, side="right") - 1] = True
            self._masks[key] = mask
        return self._masks[key]

    def specificity(self, term: str, settings: dict) -> float:
        """1 for a term at most `specific_share` of persons have (in any text field), less the
        more common it is (log scale), never below `least_specificity`."""
        if term not in self._shares:
            rows = [self.rows_with(name, np.flatnonzero(self.term_mask(name, term)))[0]
                    for name in settings["field_weights"] if self.values.get(name)]
            found = len(np.unique(np.concatenate(rows))) if rows else 0
            self._shares[term] = found / max(len(self.ids), 1)
        share = self._shares[term]
        if share <= settings["specific_share"]:
            return 1.0
        return max(settings["least_specificity"], math.log(share) / math.log(settings["specific_share"]))

    def rows_with(self, name: str, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(rows, the position in `codes` of each row's value): every person whose `name` is one of
        the value codes `codes`."""
        order, starts = self.postings[name]
        begins, lengths = starts[codes], starts[codes + 1] - starts[codes]
        which = np.repeat(np.arange(len(codes)), lengths)
        # consecutive ranges order[begin:begin + length], concatenated without a Python loop
        offsets = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        return order[np.repeat(begins, lengths) + offsets], which


def load_persons(conn, text_fields) -> PersonArrays:
    rows = conn.execute(f"SELECT {', '.join(PERSON_COLUMNS)} FROM persons WHERE n_records > 0 "
                        "AND erased_at IS NULL AND deceased = 0 ORDER BY id").fetchall()
    arrays = PersonArrays(np.array([r[0] for r in rows], dtype=np.int64), rows)
    index = {c: i for i, c in enumerate(PERSON_COLUMNS)}
    for name in list(text_fields) + ["industry"]:
        seen: dict = {}
        col = index[name]
        arrays.codes[name] = np.fromiter((seen.setdefault(r[col], len(seen)) if r[col] else -1 for r in rows),
                                         dtype=np.int32, count=len(rows))
        arrays.values[name] = list(seen)
        codes = arrays.codes[name]
        order = np.argsort(codes, kind="stable").astype(np.int32)
        order = order[np.searchsorted(codes[order], 0):]  # empty values (-1) are in no posting list
        starts = np.searchsorted(codes[order], np.arange(len(seen) + 1)).astype(np.int64)
        arrays.postings[name] = (order, starts)
    arrays.education = np.fromiter((EDUCATION_RANK.get(r[index["education"]] or "", -1) for r in rows),
                                   dtype=np.int8, count=len(rows))
    arrays.title = np.fromiter((TITLE_RANK.get(r[index["title_level"]] or "", -1) for r in rows),
                               dtype=np.int8, count=len(rows))
    return arrays


def terms_found(persons: PersonArrays, rows: np.ndarray, terms: dict, fields) -> dict:
    """field -> for each of `rows`, the terms its value contains (in `terms`' order), read from
    the masks candidates() built rather than searched for again."""
    found = {}
    for name in fields:
        lists: list[list] = [[] for _ in range(len(rows))]
        if persons.values.get(name):
            codes = persons.codes[name][rows]
            has_value = codes >= 0
            codes = np.where(has_value, codes, 0)
            for term in terms:
                for i in np.flatnonzero(has_value & persons.term_mask(name, term)[codes]).tolist():
                    lists[i].append(term)
        found[name] = lists
    return found


def candidates(persons: PersonArrays, demand: dict, terms: dict, settings: dict, limit: int) -> np.ndarray:
    """Row numbers of the `limit` best candidates by text, industry and the minimums."""
    touched, points = [], []
    for name, weight in settings["field_weights"].items():
        if not persons.values.get(name):
            continue
        # as match.text_points: per demand word its best term, summed over the words, capped
        per_word: dict = {}
        for term, (factor, stands_for) in terms.items():
            hit = factor * persons.term_mask(name, term)
            per_word[stands_for] = np.maximum(per_word[stands_for], hit) if stands_for in per_word else hit
        best = np.minimum(settings["field_cap"], sum(per_word.values())) if per_word else \
            np.zeros(len(persons.values[name]), dtype=np.float32)
        codes = np.flatnonzero(best)
        rows, which = persons.rows_with(name, codes)
        touched.append(rows)
        points.append(weight * best[codes][which])
    rows = np.concatenate(touched) if touched else np.zeros(0, dtype=np.int32)
    # a person's text score: the sum over fields (each field gives a person at most one value)
    rows, inverse = np.unique(rows, return_inverse=True)
    text = np.bincount(inverse, weights=np.concatenate(points), minlength=len(rows)) if len(rows) else \
        np.zeros(0)
    if demand.get("industry") and persons.values.get("industry"):
        same, _ = persons.rows_with("industry", np.flatnonzero(persons.term_mask("industry", demand["industry"])))
        candidates_ = np.union1d(rows, same)
        score = np.zeros(len(candidates_))
        score[np.searchsorted(candidates_, rows)] = text
        score += settings["industry_match"] * np.isin(candidates_, same, assume_unique=True)
        rows = candidates_
    else:
        score = text.astype(np.float64)
    keep = np.ones(len(rows), dtype=bool)
    staff = persons.staff(demand.get("enterprise"))
    if len(staff):  # the enterprise's own staff, before the limit: they must not crowd others out
        keep &= ~np.isin(rows, staff)
    need = DEMAND_EDUCATION_RANK.get(demand.get("min_education") or "")
    if need:
        meets = persons.education[rows] >= need
        if demand.get("education_required"):
            keep &= meets
        score += np.where(meets, settings["education_meets"], 0.0)
    need_t = TITLE_RANK.get(demand.get("min_title_level") or "")
    if need_t:
        score += np.where(persons.title[rows] >= need_t, settings["title_meets"], 0.0)
    rows, score = rows[keep], score[keep]
    if len(rows) > limit:
        rows = rows[np.argpartition(-score, limit)[:limit]]
    return rows
