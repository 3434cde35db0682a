"""`kg eval`: scoring arithmetic on hand-made spans, and the readers on the real data sets."""

from __future__ import annotations

import pytest

from kg.evaluate import evaluate, markdown, read_set
from kg.evaluate.datasets import EvalDoc, EvalSet
from kg.evaluate.scoring import Score, concept_sets, exact, lenient, per_type
from tests.conftest import SHARED

EVAL = SHARED / "eval"


def test_exact_and_lenient_matching():
    gold = [(0, 5, "Task"), (10, 20, "Dataset"), (30, 35, "Task")]
    predicted = [(0, 5, "Task"), (12, 18, "Dataset"), (30, 33, "Dataset"), (40, 45, "Task")]
    assert exact(predicted, gold) == Score(1, 4, 1, 3)
    by_type = per_type([predicted], [gold], ["Task", "Dataset"], lenient)
    assert by_type["Task"] == Score(1, 2, 1, 2)
    assert by_type["Dataset"] == Score(1, 2, 1, 1)
    assert by_type["all"] == Score(2, 4, 2, 3)
    score = by_type["all"]
    assert (score.precision, score.recall) == (0.5, 2 / 3)
    assert round(score.f1, 4) == round(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3), 4)
    assert Score().f1 == 0.0


def test_concept_sets_compare_distinct_names_per_document():
    predicted = [{("Task", "qa"), ("Metric", "f1")}, {("Task", "mt")}]
    gold = [{("Task", "qa")}, {("Task", "mt"), ("Task", "asr")}]
    scores = concept_sets(predicted, gold, ["Task", "Metric"])
    assert scores["Task"] == Score(2, 2, 2, 3)
    assert scores["Metric"] == Score(0, 1, 0, 0)


def test_kg_and_baselines_on_a_tiny_set():
    text = "We evaluate LoRA on GSM8K and report accuracy."
    data = EvalSet("tiny", [EvalDoc("d1", text, [(20, 25, "Dataset"), (37, 45, "Metric")])],
                   ("Dataset", "Metric"), paper_level=True)
    result = evaluate(data)
    assert result.exact["kg"]["all"] == Score(2, 2, 2, 2)  # LoRA is a Method: not scored here
    assert result.concepts["kg"]["all"].f1 == 1.0
    assert result.exact["noun-chunks"]["all"].pred > 0
    table = markdown([result])
    assert "| Dataset | kg | 1.000 | 1.000 | 1.000 |" in table


@pytest.mark.parametrize(("name", "docs", "gold"), [("tdmsci", 487, 762), ("scierc", 100, 922),
                                                    ("scirex", 66, 23365)])
def test_readers_match_the_published_counts(name, docs, gold):
    data = read_set(name, EVAL)
    assert (len(data.docs), sum(len(d.gold) for d in data.docs)) == (docs, gold)
    doc = data.docs[0]
    assert all(0 <= s < e <= len(doc.text) for s, e, _ in doc.gold)


def test_tdmsci_spans_are_the_annotated_text():
    data = read_set("tdmsci", EVAL)
    first = data.docs[0]
    assert [first.text[s:e] for s, e, _ in first.gold] == ["response selection"]
