"""Candidate generation for matching at scale: numpy over every person at once, like blocking.

match.score_person is the reference: it explains every point of a score, one person at a time.
Here the same text, industry and minimum-education/title rules are computed for all persons in a
few array operations per demand — each field's distinct values are tested against a term once
and cached — so that the best few hundred candidates can be found among a million persons in tens
of milliseconds; score_person then scores and explains just those.
"""
from dataclasses import dataclass, field

import numpy as np

from ingest.education import EDUCATION_RANK, TITLE_RANK

from .match import DEMAND_EDUCATION_RANK, PERSON_COLUMNS


@dataclass
class PersonArrays:
    ids: np.ndarray                                   # person id per row
    rows: list                                        # the PERSON_COLUMNS tuples, for score_person
    codes: dict = field(default_factory=dict)         # field -> category code per row (-1: empty)
    values: dict = field(default_factory=dict)        # field -> its distinct values
    education: np.ndarray = None                      # rank, -1 unknown
    title: np.ndarray = None
    _masks: dict = field(default_factory=dict)        # (field, term) -> bool per distinct value

    def term_mask(self, name: str, term: str) -> np.ndarray:
        key = (name, term)
        if key not in self._masks:
            self._masks[key] = np.fromiter((term in v for v in self.values[name]), dtype=bool,
                                           count=len(self.values[name]))
        return self._masks[key]


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
    arrays.education = np.fromiter((EDUCATION_RANK.get(r[index["education"]] or "", -1) for r in rows),
                                   dtype=np.int8, count=len(rows))
    arrays.title = np.fromiter((TITLE_RANK.get(r[index["title_level"]] or "", -1) for r in rows),
                               dtype=np.int8, count=len(rows))
    return arrays


def candidates(persons: PersonArrays, demand: dict, terms: dict, settings: dict, limit: int) -> np.ndarray:
    """Row numbers of the `limit` best candidates by text, industry and the minimums."""
    n = len(persons.ids)
    text = np.zeros(n, dtype=np.float32)
    for name, weight in settings["field_weights"].items():
        if not persons.values.get(name):
            continue
        best = np.zeros(len(persons.values[name]) + 1, dtype=np.float32)  # the last slot: empty values
        for term, (factor, _) in terms.items():
            mask = persons.term_mask(name, term)
            best[:-1] = np.maximum(best[:-1], factor * mask)
        text += weight * best[persons.codes[name]]
    industry = np.zeros(n, dtype=bool)
    if demand.get("industry") and persons.values.get("industry"):
        hit = np.append(persons.term_mask("industry", demand["industry"]), False)
        industry = hit[persons.codes["industry"]]
    keep = (text > 0) | industry
    score = text + settings["industry_match"] * industry
    need = DEMAND_EDUCATION_RANK.get(demand.get("min_education") or "")
    if need:
        meets = persons.education >= need
        if demand.get("education_required"):
            keep &= meets
        score += np.where(meets, settings["education_meets"], 0.0)
    need_t = TITLE_RANK.get(demand.get("min_title_level") or "")
    if need_t:
        score += np.where(persons.title >= need_t, settings["title_meets"], 0.0)
    rows = np.flatnonzero(keep)
    if len(rows) > limit:
        top = np.argpartition(-score[rows], limit)[:limit]
        rows = rows[top]
    return rows
