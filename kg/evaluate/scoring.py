"""Precision, recall and F1 of predicted spans against gold spans, per type.

Exact: a prediction counts only with the same start, end and type as a gold span. Lenient:
a prediction counts if it overlaps a gold span of its type, and a gold span is found if a
prediction of its type overlaps it (the usual "partial match" of span evaluations).
Paper level: per document, the sets of distinct concepts (type, normalised name) are compared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Score:
    """Counts behind precision and recall; for lenient matching, found-gold and good-predicted
    are counted separately, so tp is split in two."""

    tp_pred: int = 0
    pred: int = 0
    tp_gold: int = 0
    gold: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp_pred + other.tp_pred, self.pred + other.pred,
                     self.tp_gold + other.tp_gold, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def exact(predicted: list[Span], gold: list[Span]) -> Score:
    """Exact span-and-type matches."""
    hits = len(set(predicted) & set(gold))
    return Score(hits, len(set(predicted)), hits, len(set(gold)))


def _overlaps(span: Span, others: list[Span]) -> bool:
    """True if span shares a character with any of others."""
    start, end, _ = span
    return any(o_start < end and o_end > start for o_start, o_end, _ in others)


def lenient(predicted: list[Span], gold: list[Span]) -> Score:
    """Overlap matches of the same type."""
    predicted, gold = sorted(set(predicted)), sorted(set(gold))
    good = sum(1 for p in predicted if _overlaps(p, gold))
    found = sum(1 for g in gold if _overlaps(g, predicted))
    return Score(good, len(predicted), found, len(gold))


def per_type(
    predicted: Iterable[list[Span]],
    gold: Iterable[list[Span]],
    types: Iterable[str],
    match: Callable[[list[Span], list[Span]], Score],
) -> dict[str, Score]:
    """Scores summed over documents, per type and over all types ("all")."""
    types = list(types)
    totals: dict[str, Score] = {t: Score() for t in [*types, "all"]}
    for doc_pred, doc_gold in zip(predicted, gold, strict=True):
        for kind in types:
            score = match([s for s in doc_pred if s[2] == kind],
                          [s for s in doc_gold if s[2] == kind])
            totals[kind] += score
            totals["all"] += score
    return totals


def concept_sets(
    predicted: Iterable[set[tuple[str, str]]], gold: Iterable[set[tuple[str, str]]],
    types: Iterable[str],
) -> dict[str, Score]:
    """Paper-level scores: distinct (type, concept key) pairs per document."""
    types = list(types)
    totals: dict[str, Score] = {t: Score() for t in [*types, "all"]}
    for doc_pred, doc_gold in zip(predicted, gold, strict=True):
        for kind in types:
            p = {k for t, k in doc_pred if t == kind}
            g = {k for t, k in doc_gold if t == kind}
            score = Score(len(p & g), len(p), len(p & g), len(g))
            totals[kind] += score
            totals["all"] += score
    return totals


def type_counts(spans: Iterable[list[Span]]) -> Counter:
    """How many spans of each type."""
    return Counter(s[2] for doc in spans for s in doc)
