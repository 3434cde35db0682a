"""Paper-level scores of `kg extract` records against annotated concept lists.

This is how extraction is measured on abstracts kept outside the repository: an annotator
lists, per paper, the concepts an expert would make nodes of (name, type, aliases, role) in
the same JSON Lines shape `kg extract` writes, and the two files are compared.

A predicted concept matches a gold concept of the same paper when any of their names (name
or alias) are equal after folding case, hyphens, spaces and a plural (`name_key`): an
acronym and its long form match when either side lists both. Precision counts predicted
concepts that match some gold concept; recall counts gold concepts matched by some
prediction. "Typed" also requires the same type; roles are scored on matched gold concepts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Span

from kg.evaluate.scoring import Score
from kg.extract import DEFAULT_MODEL, load_pipeline
from kg.extract.lexicon import name_key
from kg.ingest import read_papers
from kg.model import Paper
from kg.pipeline import extract_records

TYPES = ("Method", "Model", "Dataset", "Metric", "Task")
ANNOTATIONS = Path(__file__).parent / "data"
SEED_SYSTEMS = ("kg", "kg-rules", "kg-ner", "kg-all-concepts", "spacy-ner", "noun-chunks")


@dataclass(frozen=True)
class Named:
    """One concept of one paper, reduced to what matching needs."""

    keys: frozenset[str]
    type: str
    role: str
    name: str


@dataclass
class PaperScores:
    """Concept-set scores summed over papers, role agreement, and papers without output."""

    papers: int = 0
    untyped: Score = field(default_factory=Score)
    typed: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in (*TYPES, "all")})
    roles_right: int = 0
    roles_scored: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def role_accuracy(self) -> float:
        return self.roles_right / self.roles_scored if self.roles_scored else 0.0


def named(concept: Mapping) -> Named:
    """A `kg extract` / annotation concept as its name keys, type and role."""
    names = [concept["name"], *concept.get("aliases", ())]
    return Named(frozenset(k for k in map(name_key, names) if k), concept.get("type", ""),
                 concept.get("role", ""), concept["name"])


def read_concept_lists(path: Path) -> dict[str, list[Named]]:
    """`{"id", "concepts": [...]}` per line; a malformed line is an error naming it."""
    papers: dict[str, list[Named]] = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                papers[str(record["id"])] = [named(c) for c in record["concepts"]]
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: not an id with a concepts list "
                                 f"({error.__class__.__name__}: {error})") from error
    return papers


def _matches(concept: Named, others: Iterable[Named], typed: bool) -> list[Named]:
    return [o for o in others if concept.keys & o.keys and (not typed or concept.type == o.type)]


def _set_score(predicted: list[Named], gold: list[Named], typed: bool) -> Score:
    good = sum(1 for p in predicted if _matches(p, gold, typed))
    found = sum(1 for g in gold if _matches(g, predicted, typed))
    return Score(good, len(predicted), found, len(gold))


def score_papers(gold: Mapping[str, list[Named]],
                 predicted: Mapping[str, list[Named]]) -> PaperScores:
    """Score the annotated papers; a paper missing from predicted counts as found nothing."""
    scores = PaperScores()
    for paper_id, gold_concepts in gold.items():
        scores.papers += 1
        if paper_id not in predicted:
            scores.missing.append(paper_id)
        found = predicted.get(paper_id, [])
        scores.untyped += _set_score(found, gold_concepts, typed=False)
        for kind in TYPES:
            score = _set_score([c for c in found if c.type == kind],
                               [c for c in gold_concepts if c.type == kind], typed=True)
            scores.typed[kind] += score
            scores.typed["all"] += score
        for concept in gold_concepts:
            matched = _matches(concept, found, typed=False)
            if matched:
                scores.roles_scored += 1
                scores.roles_right += matched[0].role == concept.role
    return scores


def seed_papers(seeds: Path, ids: Iterable[str]) -> list[Paper]:
    """The annotated papers, read from the daily-papers pages in seeds (first sighting each)."""
    wanted, found = set(ids), {}
    for item in read_papers(sorted(seeds.glob("*.txt"))):
        if isinstance(item, Paper) and item.id in wanted:
            found.setdefault(item.id, item)
    missing = wanted - set(found)
    if missing:
        raise ValueError(f"{len(missing)} annotated papers are not in {seeds}: "
                         + ", ".join(sorted(missing)[:5]))
    return [found[i] for i in sorted(found)]


def detokenize(words: list[str]) -> str:
    """Pre-tokenised words as running text: "state - of - the - art ( SOTA ) ," is
    "state-of-the-art (SOTA),", as an abstract page would show it."""
    text = re.sub(r" - ", "-", " ".join(words))
    text = re.sub(r" ([,.;:?!)\]%])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    text = re.sub(r" ('s|n't|’s)\b", r"\1", text)
    return text.replace("`` ", '"').replace(" ''", '"').replace(" / ", "/")


def scirex_abstracts(scirex: Path, path: Path = ANNOTATIONS / "scirex-abstracts.jsonl"
                     ) -> tuple[dict[str, list[Named]], list[Paper]]:
    """The SciREX train papers whose abstracts the kg authors annotated blind in the seeds
    convention: the annotations, and the papers (title and abstract, read from the SciREX
    train documents; each line gives the abstract's word range, trailing markup left out)."""
    gold: dict[str, list[Named]] = {}
    annotated = []
    with open(path, encoding="utf-8") as lines:
        for line in filter(str.strip, lines):
            record = json.loads(line)
            gold[record["id"]] = [named(c) for c in record["concepts"]]
            document = scirex / "docs" / "train_docs" / f"{record['doc']}.json"
            paper = json.loads(document.read_text(encoding="utf-8"))
            words, (title_start, title_end) = paper["words"], paper["sentences"][0]
            start, end = record["abstract"]
            annotated.append(Paper(id=record["id"],
                                   title=detokenize(words[title_start + 2 : title_end]),
                                   abstract=detokenize(words[start:end])))
    return gold, annotated


def _untyped(names: Iterable[str]) -> list[Named]:
    """Baseline spans as concepts of no type, one per distinct name."""
    unique = {name_key(n): n for n in names if name_key(n)}
    return [Named(frozenset([k]), "", "used", n) for k, n in unique.items()]


def _entities(ents: Iterable[Span]) -> list[Named]:
    """Entities as typed concepts, one per distinct name (the first type it is given)."""
    unique: dict[str, Span] = {}
    for ent in ents:
        if key := name_key(ent.text):
            unique.setdefault(key, ent)
    return [Named(frozenset([k]), e.label_, "used", e.text) for k, e in unique.items()]


def system_predictions(papers: list[Paper], systems: Iterable[str] = SEED_SYSTEMS,
                       model: str | None = None,
                       lexicons: Iterable[str] = ()) -> dict[str, dict[str, list[Named]]]:
    """System → paper id → concepts, each system run on the papers' titles and abstracts.

    kg as `kg extract` writes it; kg-rules the same without the trained NER (rules and word
    lists alone); kg-ner the trained NER's own entities, typed, one concept per name, all
    "used"; kg-all-concepts without the salience selection; the two baselines (spaCy's
    generic entities, noun chunks) untyped, so they score on "any type".
    """
    systems = list(systems)
    out: dict[str, dict[str, list[Named]]] = {s: {} for s in systems}
    nlp = load_pipeline(model, lexicons)
    runs = [("kg", nlp, False), ("kg-all-concepts", nlp, True)]
    if "kg-rules" in systems:
        runs.append(("kg-rules", load_pipeline(model, lexicons, trained_ner=False), False))
    for system, pipeline, all_concepts in runs:
        if system in systems:
            for record in extract_records(pipeline, papers, lexicons, all_concepts=all_concepts):
                out[system][record["id"]] = [named(c) for c in record["concepts"]]
    if "kg-ner" in systems:
        for paper, doc in zip(papers, nlp.pipe(p.text for p in papers), strict=True):
            out["kg-ner"][paper.id] = _entities(doc.ents)
    if {"spacy-ner", "noun-chunks"} & set(systems):
        full = spacy.load(model or DEFAULT_MODEL)
        for paper, doc in zip(papers, full.pipe(p.text for p in papers), strict=True):
            if "spacy-ner" in systems:
                out["spacy-ner"][paper.id] = _untyped(e.text for e in doc.ents)
            if "noun-chunks" in systems:
                out["noun-chunks"][paper.id] = _untyped(c.text for c in doc.noun_chunks)
    return out


def _row(system: str, label: str, score: Score) -> str:
    return (f"| {system} | {label} | {score.pred} | {score.gold} | {score.precision:.3f} | "
            f"{score.recall:.3f} | {score.f1:.3f} |")


def markdown(name: str, results: Mapping[str, PaperScores]) -> str:
    """Scores of one or more systems as a Markdown table; per type and roles for the first."""
    first = next(iter(results.values()))
    lines = [f"### {name}: {first.papers} papers, {first.untyped.gold} gold concepts\n",
             "| system | concepts | predicted | gold | P | R | F1 |",
             "|---|---|---|---|---|---|---|"]
    for system, scores in results.items():
        lines.append(_row(system, "any type", scores.untyped))
        if any(c.pred for c in scores.typed.values()):
            lines.append(_row(system, "same type", scores.typed["all"]))
    system = next(iter(results))
    lines += [_row(system, f"{kind} (same type)", first.typed[kind]) for kind in TYPES]
    lines.append(f"\n{system}: roles (proposed/used) right for {first.roles_right} of "
                 f"{first.roles_scored} matched gold concepts: {first.role_accuracy:.3f}")
    if first.missing:
        lines.append(f"\nNo prediction for {len(first.missing)} annotated papers: "
                     + ", ".join(first.missing[:10]))
    return "\n".join(lines) + "\n"
