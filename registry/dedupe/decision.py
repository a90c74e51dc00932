"""Deciding from match weights: calibration by officers' decisions, and the join threshold.

A match weight is log2 of the odds that two records are one person, as the model sees it. Two
things turn it into decisions:
- calibration: once officers have decided enough pairs (both ways), a logistic fit of their
  decisions on the weights (w' = a + w) corrects what the model's independence assumption gets
  wrong where it matters, in the uncertain band the review queue draws from; without decisions
  a = 0;
- the threshold: the weight from which a pair is joined is the one that maximises the F1 the
  model itself expects (each pair counts as p of a true pair), not a constant.
"""
import math

import numpy as np

MIN_EACH = 5     # decisions of each kind (同一人, 不是同一人) before calibrating


def probability(weight):
    """A match weight (log2 odds; a number or a numpy array) as the probability of one person."""
    return 1 / (1 + np.power(2.0, np.negative(weight)))


def calibrate(weights, labels, min_each: int = MIN_EACH, prior_sd: float = 3.0) -> float:
    """The shift a, in bits, with P(one person) = 1 / (1 + 2^-(w + a)), fitted to officers' decisions
    (label 1 same, 0 not); 0 when there are too few of either kind. A shift only, with a Gaussian
    prior of `prior_sd` bits around 0: decided pairs are often separable by weight, and a free slope
    would then grow without bound."""
    w = np.asarray(weights, dtype=float)
    y = np.asarray(labels, dtype=float)
    if len(w) == 0 or y.sum() < min_each or (1 - y).sum() < min_each:
        return 0.0
    ln2, shift = math.log(2), 0.0
    for _ in range(100):  # Newton's method on the penalised log-likelihood of the shift
        p = 1 / (1 + np.exp(-ln2 * (w + shift)))
        gradient = ln2 * (y - p).sum() - shift / prior_sd ** 2
        curvature = -ln2 ** 2 * (p * (1 - p)).sum() - 1 / prior_sd ** 2
        step = gradient / curvature
        shift -= step
        if abs(step) < 1e-9:
            break
    return float(shift)


def join_threshold(weights, floor: float = -5.0, ceiling: float = 5.0) -> float:
    """The weight from which pairs are joined: where the expected F1 (pairs weighted by their own
    probability of being one person) is highest, kept within the review band's ends."""
    w = np.sort(np.asarray(weights, dtype=float))[::-1]
    if len(w) == 0:
        return 0.0
    p = probability(w)
    expected_true = p.sum()
    tp = np.cumsum(p)                       # joining the k strongest pairs
    k = np.arange(1, len(w) + 1)
    f1 = 2 * tp / (k + expected_true)
    best = int(np.argmax(f1))
    # join every pair at least as strong as the best k-th one
    threshold = float(w[best]) - 1e-9
    return min(ceiling, max(floor, threshold))
