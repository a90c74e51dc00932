"""Judging dedupe against labelled data: pairwise and B-cubed precision/recall/F1, blocking recall.

Labels come as truth.csv files (file_name, sheet, row_number, person_key), as the demo generator
writes them. Everything is counted from cluster sizes (a contingency table), never by listing all
pairs, so a million records with big clusters cost no more than a few seconds.
"""
import csv
from collections import Counter
from dataclasses import asdict, dataclass

import numpy as np


@dataclass
class Scores:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict:
        return {k: round(v, 4) for k, v in asdict(self).items()}


def _f1(p: float, r: float) -> Scores:
    return Scores(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def _scores(tp: float, predicted: float, true: float) -> Scores:
    return _f1(tp / predicted if predicted else 1.0, tp / true if true else 1.0)


def read_truth(conn, *truth_paths) -> dict[int, str]:
    """{source record id: true person key} for the records the truth files label."""
    ids = {(f, s or "", n): i for f, s, n, i in conn.execute(
        "SELECT s.file_name, r.sheet, r.row_number, r.id FROM source_records r JOIN sources s ON s.id = r.source_id")}
    out = {}
    for path in truth_paths:
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                key = (row["file_name"], row["sheet"], int(row["row_number"]))
                if key in ids:
                    out[ids[key]] = row["person_key"]
    return out


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _contingency(cluster_of: dict, truth: dict) -> tuple[Counter, Counter, Counter]:
    """Records per (cluster, person), per cluster and per person, over the labelled records."""
    return (Counter((cluster_of[r], t) for r, t in truth.items()), Counter(cluster_of[r] for r in truth),
            Counter(truth.values()))


def pairwise(cluster_of: dict, truth: dict) -> Scores:
    """Pairwise scores over the records that have a label; `cluster_of`: record -> cluster."""
    cells, clusters, persons = _contingency(cluster_of, truth)
    return _scores(sum(_pairs(n) for n in cells.values()), sum(_pairs(n) for n in clusters.values()),
                   sum(_pairs(n) for n in persons.values()))


def bcubed(cluster_of: dict, truth: dict) -> Scores:
    """B-cubed: per record, the share of its cluster that is its person and vice versa, averaged."""
    cells, clusters, persons = _contingency(cluster_of, truth)
    n = len(truth) or 1
    return _f1(sum(k * k / clusters[c] for (c, _), k in cells.items()) / n,
               sum(k * k / persons[t] for (_, t), k in cells.items()) / n)


def involving(cluster_of: dict, truth: dict, records) -> Scores:
    """Pairwise scores of the pairs that involve one of `records` (a daily roster's rows)."""
    cells, clusters, persons = _contingency(cluster_of, truth)
    records = [r for r in records if r in truth]
    inside = set(records)
    tp = predicted = true = 0.0
    for r in records:
        c, t = cluster_of[r], truth[r]
        tp += cells[(c, t)] - 1
        predicted += clusters[c] - 1
        true += persons[t] - 1
    # a pair of two daily records was counted from both ends
    both = Counter((cluster_of[r], truth[r]) for r in inside)
    tp -= sum(_pairs(k) for k in both.values())
    predicted -= sum(_pairs(k) for k in Counter(cluster_of[r] for r in inside).values())
    true -= sum(_pairs(k) for k in Counter(truth[r] for r in inside).values())
    return _scores(tp, predicted, true)


def blocking_recall(left: np.ndarray, right: np.ndarray, truth: dict) -> float:
    """The share of true pairs that blocking proposes."""
    keys = {t: i for i, t in enumerate(set(truth.values()))}
    size = int(max(max(truth, default=0), left.max(initial=0), right.max(initial=0))) + 1
    person = np.full(size, -1, dtype=np.int64)
    for r, t in truth.items():
        person[r] = keys[t]
    found = int(np.count_nonzero((person[left] == person[right]) & (person[left] >= 0)))
    true = sum(_pairs(n) for n in Counter(truth.values()).values())
    return found / true if true else 1.0
