"""`kg eval`: scoring arithmetic on hand-made spans, and the readers on the real data sets."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
import spacy

from kg.evaluate import evaluate, markdown, papers, read_set
from kg.evaluate.datasets import EvalDoc, EvalSet, read_tdmsci
from kg.evaluate.scoring import Score, concept_sets, exact, lenient, per_type
from tests.conftest import SHARED

EVAL = SHARED / "eval"
ROOT = Path(__file__).resolve().parents[1]


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


def test_tdmsci_train_is_read_from_its_conll_file():
    data = read_tdmsci(EVAL / "tdmsci", "train")  # counts as SOURCE.md publishes them
    assert (len(data.docs), sum(len(d.gold) for d in data.docs)) == (1523, 2175)
    labels = Counter(kind for d in data.docs for _, _, kind in d.gold)
    assert labels == {"Task": 1219, "Dataset": 420, "Metric": 536}
    assert all(d.text[s:e].strip() == d.text[s:e] for d in data.docs for s, e, _ in d.gold)


def test_the_ner_training_script_reads_tdmsci_train_as_kg_eval_does():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    docs = list(script.tdmsci_docs(spacy.blank("en").vocab,
                                   EVAL / "tdmsci" / "conllFormat" / "train_1500_v2.conll"))
    labels = Counter(ent.label_ for doc in docs for ent in doc.ents)
    assert (len(docs), labels) == (1523, {"Task": 1219, "Dataset": 420, "Metric": 536})


def test_tdmsci_spans_are_the_annotated_text():
    data = read_set("tdmsci", EVAL)
    first = data.docs[0]
    assert [first.text[s:e] for s, e, _ in first.gold] == ["response selection"]


def _concepts(*rows):
    return [papers.named({"name": n, "type": t, "aliases": a, "role": r}) for n, t, a, r in rows]


def test_paper_level_scores_match_names_aliases_types_and_roles():
    gold = {"p1": _concepts(("Low-Rank Adaptation", "Method", ["LoRA"], "used"),
                            ("GSM8K", "Dataset", [], "used"),
                            ("FooNet", "Method", [], "proposed")),
            "p2": _concepts(("accuracy", "Metric", [], "used"))}
    predicted = {"p1": _concepts(("LoRA", "Method", [], "used"),        # acronym = long form
                                 ("GSM-8K", "Model", [], "used"),       # right name, wrong type
                                 ("FooNet", "Method", [], "used"),      # wrong role
                                 ("filtering mechanism", "Method", [], "used"))}  # false
    scores = papers.score_papers(gold, predicted)
    assert scores.papers == 2 and scores.missing == ["p2"]
    assert (scores.untyped.tp_pred, scores.untyped.pred) == (3, 4)
    assert (scores.untyped.tp_gold, scores.untyped.gold) == (3, 4)
    assert (scores.typed["all"].tp_pred, scores.typed["all"].tp_gold) == (2, 2)
    assert scores.typed["Dataset"].recall == 0.0 and scores.typed["Model"].precision == 0.0
    assert (scores.roles_right, scores.roles_scored) == (2, 3)
    table = papers.markdown("tiny", {"kg": scores})
    assert "| kg | any type | 4 | 4 | 0.750 | 0.750 | 0.750 |" in table
    assert "No prediction for 1 annotated papers: p2" in table


def test_concept_lists_name_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "concepts": []}\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:2: not an id with a concepts list"):
        papers.read_concept_lists(path)


def test_seed_annotations_are_seed_papers_in_two_disjoint_halves():
    halves = {s: papers.read_concept_lists(papers.ANNOTATIONS / f"seeds-{s}.jsonl")
              for s in ("dev", "test")}
    assert (len(halves["dev"]), len(halves["test"])) == (320, 37)
    assert not set(halves["dev"]) & set(halves["test"])
    for half in halves.values():
        found = papers.seed_papers(SHARED / "seeds", half)
        assert [p.id for p in found] == sorted(half)
        for concepts in half.values():
            assert concepts and all(c.type in papers.TYPES for c in concepts)
            assert all(c.role in {"proposed", "used"} for c in concepts)


def test_kg_on_the_seed_dev_half_beats_both_baselines():
    gold = papers.read_concept_lists(papers.ANNOTATIONS / "seeds-dev.jsonl")
    annotated = papers.seed_papers(SHARED / "seeds", gold)[:5]
    gold = {p.id: gold[p.id] for p in annotated}
    predicted = papers.system_predictions(annotated)
    f1 = {s: papers.score_papers(gold, found).untyped.f1 for s, found in predicted.items()}
    assert f1["kg"] > 2 * max(f1["spacy-ner"], f1["noun-chunks"])
    assert f1["kg"] > f1["kg-all-concepts"]
    # the rules alone and the trained NER alone are scored too, each paper having output
    assert all(set(predicted[s]) == set(gold) for s in ("kg-rules", "kg-ner"))
    ner = [c for found in predicted["kg-ner"].values() for c in found]
    assert ner and all(c.type in papers.TYPES and c.role == "used" for c in ner)
    assert f1["kg"] > f1["kg-ner"]


def test_detokenize_gives_running_text():
    text = "state - of - the - art ( SOTA ) , the model 's CNN / Daily Mail score ."
    assert papers.detokenize(text.split(" ")) == (
        "state-of-the-art (SOTA), the model's CNN/Daily Mail score.")


def test_the_annotated_scirex_abstracts_are_train_papers_read_as_text():
    gold, annotated = papers.scirex_abstracts(EVAL / "scirex")
    assert len(annotated) == len(gold) == 247
    assert [p.id for p in annotated] == list(gold)
    assert all(p.title and len(p.abstract.split()) >= 60 for p in annotated)
    first = annotated[0]  # the draw's first paper: its title and the abstract's last words
    assert first.title.startswith("SentiHood")
    assert first.abstract.endswith("recurrent neural networks.")
    assert sum(len(c) for c in gold.values()) == 1742
    ids = {path.stem[:12] for path in (EVAL / "scirex" / "docs" / "train_docs").glob("*.json")}
    assert {i.removeprefix("sx:") for i in gold} <= ids  # train documents: allowed for tuning
